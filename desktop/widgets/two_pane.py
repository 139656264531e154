"""Controls on the left, their results on the right, both on one screen.

Issue 19: at 1366×768 a learner drags a slider and must see what it changes. The
pair is never taller than the page's viewport: the controls scroll in their own
column while the results beside them stay put, and the results' stretchable child
(a chart) gives up height first, so every readout stays whole. Scrolling a control
into view (``binding.reveal``, keyboard focus) also brings the whole pair into the
page's view.

Below ``min_chars`` characters of width (200 % text) the results are pinned above
the controls, which scroll under them, while the viewport leaves the controls room for
a few lines; in a window too short even for that (960×600) the two panes simply stack,
the results first, and the controls take their full height (nothing scrolls inside).
Results of wrapped text alone (``whole_results``: a strategy beside a grid) have no
chart to give up height, so they stand beside or pinned only where all of them fits.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QScrollArea, QSizePolicy, QWidget

from .binding import scroll_area_of
from .responsive_row import ArrangedByWidth, arrange_box
from .steady import Steady

#: Pixels of the page's viewport left free above and below the pair.
GAP = 8
#: Lines of text the controls keep in view when the results are pinned above them.
CONTROL_LINES = 6


class TwoPane(ArrangedByWidth, QWidget):
    """``controls`` (scrolling in their column) beside ``results``."""

    def __init__(self, controls: QWidget, results: QWidget, *, min_chars: float = 100,
                 stretch: tuple[int, int] = (1, 1), spacing: int = 14,
                 whole_results: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.min_chars = min_chars
        # results of wrapped text only (no chart to give up height): side by side or pinned
        # only where their full height at that width fits the viewport
        self._whole = whole_results
        self.controls, self.results = controls, results
        self.column = QScrollArea()
        self.column.setObjectName(f"{controls.objectName()}.scroll")
        self.column.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own (an unnamed "filler" to a screen reader): Tab goes to its
        # controls, and the column scrolls each focused one into view.
        self.column.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.column.setWidgetResizable(True)
        self.column.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.column.setWidget(controls)
        self.column.viewport().setAutoFillBackground(False)
        controls.setAutoFillBackground(False)
        self.column.verticalScrollBar().valueChanged.connect(self._bring_into_view)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self._stretch = stretch
        self.box.addWidget(self.column, stretch[0])
        # The results' layout requests stop at the holder (see Steady): _results_changed
        # says when they reach the page.
        self.holder = Steady(results, self._results_changed)
        self.box.addWidget(self.holder, stretch[1])
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._page: QScrollArea | None = None
        self._height = -1
        self._pinned = False  # results above, the controls scrolling under them
        self._capped = False  # side by side at the viewport's height: content changes can wait
        controls.installEventFilter(self)

    @property
    def is_row(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def arrange(self, width: int) -> None:
        # Side by side only where the results fit the viewport's height: in a short window
        # (960×600) they could not be seen whole anyway, and stacked they get the width.
        view = self._page.viewport().height() if self._page is not None else 0
        need = self.results.minimumSizeHint().height() + 2 * GAP
        if self._whole:
            share = self._stretch[1] / max(1, sum(self._stretch))
            side = int((width - self.box.spacing()) * share)
            need = max(need, self._natural(self.results, side) + 2 * GAP)
        wide = arrange_box(self.box, self, width,
                           self.min_chars if view >= need and self._fit_beside(width) else 1e9)
        room = self.fontMetrics().lineSpacing() * CONTROL_LINES + self.box.spacing()
        # pinned over the full width: wrapped text there is shorter than at its minimum width
        pinned_need = min(need, self._natural(self.results, width) + 2 * GAP)
        self._pinned = not wide and view >= pinned_need + room
        # Beside each other the panes share the width; pinned, the results take the
        # height they need (at most what leaves the controls their room).
        # Never narrower than the controls need (a segmented switch at 200 % text): a
        # column narrower than its content would cut it off on the right.
        self.column.setMinimumWidth(self._controls_min_width() if wide else 0)
        # By index: setStretch leaves the box alone when the factor is the one it has, while
        # setStretchFactor invalidates it anyway, and arranged on each show the pair laid
        # out its whole page at every page switch (benchmarks/interaction.py).
        self.box.setStretch(self.box.indexOf(self.column), self._stretch[0] if wide else 1)
        self.box.setStretch(self.box.indexOf(self.holder), self._stretch[1] if wide else 0)
        cap = 16777215
        if self._pinned:
            cap = min(self._natural(self.results, width), view - 2 * GAP - room)
        if self.holder.maximumHeight() != cap:
            self.holder.setMaximumHeight(cap)
        # Stacked, the results come first: what a control changes is read before it.
        if (self.box.itemAt(0).widget() is self.holder) == wide:
            self.box.removeWidget(self.holder)
            self.box.insertWidget(1 if wide else 0, self.holder, 1)
        self._fit()

    def _controls_min_width(self) -> int:
        return self.controls.minimumSizeHint().width() + self.column.verticalScrollBar().sizeHint().width()

    def _fit_beside(self, width: int) -> bool:
        """Both panes at least their minimum width side by side. Short of it the box lays
        them over each other: German at 200 % text (1920×1080) drew step 5's prediction
        over its own what-if sliders, cutting "Monatliche" to "Monatlic"."""
        need = (self._controls_min_width() + self.box.spacing()
                + self.results.minimumSizeHint().width())
        return need <= width

    # -- height --------------------------------------------------------------------------
    def _natural(self, widget: QWidget, width: int) -> int:
        if widget.hasHeightForWidth():
            return widget.heightForWidth(width)
        lay = widget.layout()
        if lay is not None and lay.hasHeightForWidth():
            return lay.totalHeightForWidth(width)
        return widget.sizeHint().height()

    def _fit(self) -> None:
        """As tall as the taller pane needs, but no taller than the page's viewport."""
        width = self.width()
        self._capped = False
        if width <= 0:
            return
        spacing = self.box.spacing()
        if self.is_row:
            side = max(1, (width - spacing) // 2)
            controls = self._natural(self.controls, self.column.viewport().width() or side)
            natural = max(controls, self._natural(self.results, self.results.width() or side))
            cap = self._page.viewport().height() - 2 * GAP if self._page is not None else natural
            self._capped = natural > cap
            height = max(min(natural, cap), self.results.minimumSizeHint().height())
        elif self._pinned:
            height = self._page.viewport().height() - 2 * GAP
        else:
            height = (self._natural(self.results, width) + spacing
                      + self._natural(self.controls, width))
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)

    def _bring_into_view(self, *_: object) -> None:
        """A control scrolled into view in its column: show the whole pair on the page."""
        if self._page is not None and (self.is_row or self._pinned):
            self._page.ensureWidgetVisible(self, 0, GAP)

    def _results_changed(self) -> bool:
        if self.is_row and self.results.minimumSizeHint().width() > self.holder.width():
            # Wider than its share now ("$509,430" turned on at 200 % text): without a new
            # layout Qt keeps the old widths and the figure is drawn cut.
            return True
        # Results as tall as before at their width: nothing around them moves. Passed on,
        # each slider step of step 5's what-if laid out the whole page (interaction.py:
        # one page layout a step).
        if not self.holder.size_changed():
            return False
        if self._pinned or self._whole:  # results grown or shrunk: a new cap, or stacked
            self.arrange(self.width())
            return True
        # While the pair fills the viewport's height side by side, a new readout text
        # cannot change that height, and measuring both panes again (height for width
        # of every label) cost a few milliseconds a step (interaction.py --clock cpu).
        if self._capped and self.is_row:
            return False
        self._fit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest:
            if not (self._capped and self.is_row):
                self._fit()
        elif watched is not self.controls and event.type() == QEvent.Type.Resize:
            self.arrange(self.width())  # the page's viewport: a new window height
        return False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        page = scroll_area_of(self)
        if page is not self._page:
            if page is not None:
                page.viewport().installEventFilter(self)  # a new window height
            self._page = page
        self.arrange(self.width())
