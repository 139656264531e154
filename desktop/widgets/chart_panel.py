"""A titled pyqtgraph chart with a text alternative (summary line and values table).

pyqtgraph (and numpy under it) is imported when the first chart is built, never
at module import, so the app's first frame does not wait for it.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QFrame, QGraphicsView, QPushButton, QTableWidget, QTableWidgetItem,
                               QWidget)

from .. import theme
from .binding import Coalesced, settle_layouts
from .common import label, vbox
from .responsive_row import ResponsiveRow
from .steady import Steady


def pyqtgraph():
    """The pyqtgraph module, configured once."""
    import pyqtgraph as pg

    if not getattr(pg, "_course_configured", False):
        pg.setConfigOptions(antialias=True)
        pg._course_configured = True
    return pg


def room_for_end_labels(plot_item, right: float = 0.0) -> None:
    """Margins round a plot for the half of an end's tick label that reaches past the axis
    (the top value of the y axis, the last value of the x axis), so it is never cut."""
    font = plot_item.getAxis("left").style.get("tickFont") or QFont()
    half = QFontMetrics(font).height() / 2
    margins = (2.0, half + 2, right + 4, 2.0)
    if tuple(plot_item.layout.getContentsMargins()) != margins:
        plot_item.layout.setContentsMargins(*margins)
    # pyqtgraph drops a tick label that reaches past its axis by more than this many px
    plot_item.getAxis("left").setStyle(hideOverlappingLabels=int(half + 4))
    plot_item.getAxis("bottom").setStyle(hideOverlappingLabels=int(right + 4))


def grid_lines(plot_item):
    """Grid lines as one item under the data, set with :func:`set_grid`. An axis's own
    grid makes pyqtgraph measure the axis as the whole plot, and then it drops the end
    labels that reach past the plot ($0 at the bottom, the top value)."""
    pg = pyqtgraph()
    grid = pg.PlotCurveItem(connect="pairs")
    grid.setZValue(-10)
    plot_item.addItem(grid, ignoreBounds=True)
    return grid


def set_grid(grid, ticks, span: tuple[float, float], vertical: bool) -> None:
    """Lines at ``ticks``' values across ``span`` (vertical lines for an x axis)."""
    values = [v for v, _ in ticks]
    across = [e for _ in values for e in span]
    along = [v for v in values for _ in span]
    grid.setData(along, across) if vertical else grid.setData(across, along)


HEAD_MIN_CHARS = 36  #: title and "Show values" side by side from this width, in characters


class ChartPanel(QFrame):
    """A card holding a plot, a one-line summary and a "Show values" table.

    ``name`` is the plot's objectName (``cost.chart.lines``); the summary label is
    ``name + ".summary"``, the toggle ``name + ".show_values"``, the table
    ``name + ".table"``.
    """

    def __init__(self, name: str, title: str, *, height: int = 260, parent: QWidget | None = None):
        super().__init__(parent)
        pg = pyqtgraph()
        self.setProperty("card", "true")
        self.setObjectName(f"{name}.panel")
        lay = vbox(self, margins=(14, 12, 14, 12), spacing=8)
        # In a narrow pane (200 % text) the toggle goes under the title: beside it, the
        # SHAP chart's title took six lines and squeezed the plot under its summary.
        head = ResponsiveRow(HEAD_MIN_CHARS, spacing=8)
        self.title = label(title, "h3")
        head.add(self.title, 1)
        self.toggle = QPushButton(QCoreApplication.translate("ChartPanel", "Show values"))
        self.toggle.setObjectName(f"{name}.show_values")
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(QCoreApplication.translate(
            "ChartPanel", "Show the values of {title} as a table").format(title=title))
        self.toggle.toggled.connect(self._on_toggle)
        head.add(self.toggle, 0)
        head.box.setAlignment(self.toggle, Qt.AlignmentFlag.AlignLeading)
        lay.addWidget(head)
        self.plot = pg.PlotWidget()
        self.plot.setObjectName(name)
        # pyqtgraph caches each view's background as a picture of the view's size: about
        # 3.9 MB over the course's charts for a plain fill (benchmarks/memory.py: peak RSS
        # after --smoke 153.5 -> 149.9 MB without it).
        self.plot.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        # A chart's plot reads left to right in every language, as Arabic business charts
        # do: numbers, axes and bars as in LTR; the title and the summary (widgets
        # outside the plot) follow the page's direction. A half-mirrored plot would put
        # the axis on one side and the bars' origin on the other.
        self.plot.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot.getPlotItem().setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.plot.setAccessibleName(title)
        self.plot.setMinimumHeight(height)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the summary and table say it
        lay.addWidget(self.plot)
        self.summary = label("", "muted", name=f"{name}.summary")
        lay.addWidget(Steady(self.summary))  # a new sentence on each change: see Steady
        self.table = QTableWidget()
        self.table.setObjectName(f"{name}.table")
        self.table.setAccessibleName(QCoreApplication.translate("ChartPanel", "{title}: values").format(title=title))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Tab leaves the table (WCAG 2.1.2): the arrow keys move between its cells.
        self.table.setTabKeyNavigation(False)
        self.table.hide()
        lay.addWidget(self.table)
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._headers: tuple[str, ...] = ()
        self._limits = (height, self.plot.maximumHeight())
        self._release = Coalesced(self, self._release_plot_height)
        self.apply_theme()

    # -- text alternative -----------------------------------------------------------------
    def set_summary(self, text: str) -> None:
        if text != self.summary.text():
            self.summary.setText(text)
            self.plot.setAccessibleDescription(text)

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """Values behind the chart; filled into the table only while it is shown."""
        self._headers = tuple(headers)
        self._rows = tuple(tuple(r) for r in rows)
        if self.table.isVisible():
            self._fill_table()

    def _fill_table(self) -> None:
        self.table.setColumnCount(len(self._headers))
        self.table.setHorizontalHeaderLabels(list(self._headers))
        self.table.setRowCount(len(self._rows))
        for r, row in enumerate(self._rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        height = self.table.horizontalHeader().height() + sum(
            self.table.rowHeight(r) for r in range(len(self._rows))) + 4
        self.table.setFixedHeight(min(height, 320))

    def _on_toggle(self, shown: bool) -> None:
        self.toggle.setText(QCoreApplication.translate("ChartPanel", "Hide values") if shown
                            else QCoreApplication.translate("ChartPanel", "Show values"))
        self._hold_plot_height()
        self.table.setVisible(shown)
        if shown:
            self._fill_table()

    def _hold_plot_height(self) -> None:
        """The plot keeps its height while the page makes room for the table or takes it back.

        Showing the table lays out this card at once, before the page has grown (Qt
        activates the layouts up to the scroll area's content), and hiding it lays out
        this card before the page shrinks: the plot was squeezed or stretched for a
        round or three and back, and pyqtgraph re-ranged and repainted it at each size
        (benchmarks/interaction.py, step 3's sensitivity "Show values": p95 14.0 -> 7.8 ms).
        The hold ends on the next event-loop pass, once the owner has filled the table
        (its own handler of ``toggled`` runs after this one) and the page is laid out.
        """
        if not self._release.pending:
            self._limits = (self.plot.minimumHeight(), self.plot.maximumHeight())
            self.plot.setFixedHeight(self.plot.height())
            self._release.refresh()

    def _release_plot_height(self) -> None:
        settle_layouts()
        self.plot.setMinimumHeight(self._limits[0])
        self.plot.setMaximumHeight(self._limits[1])

    # -- theme ----------------------------------------------------------------------------
    def apply_theme(self) -> None:
        t = theme.current()
        self.plot.setBackground(t.color("surface"))
        item = self.plot.getPlotItem()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(t.color("text_muted"))
            axis.setTextPen(t.color("text"))
            # the font the labels are measured in is the one they are drawn in (the
            # view's own font can differ from the panel's at 200 %)
            axis.setTickFont(QFont(self.font()))
        # the bottom labels' line is known before the first paint (pyqtgraph grows the
        # axis only after painting labels that did not fit: a first frame lost them)
        item.getAxis("bottom").setStyle(autoExpandTextSpace=False,
                                        tickTextHeight=QFontMetrics(self.font()).height())
        self.on_theme_changed()

    def on_theme_changed(self) -> None:
        """Subclasses or owners redraw their items with the new colours."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange:
            self.apply_theme()
        super().changeEvent(event)
