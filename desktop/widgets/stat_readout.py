"""Building blocks for live readouts: text tones and a big figure card.

(A ``SteadyLabel`` box and ``steady_in_place`` used to keep each readout's text change
from laying out the page: parts now redraw once per event-loop pass (``Coalesced``),
which is what those caches bought.)

- ``set_tone`` colours a label with a theme token ("danger", "success"), and again in
  each new theme. A tone only adds
  colour: callers always say the same thing in words (and usually with an icon).
- ``StatReadout`` is a card with a caption, a big value and a detail line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from .. import theme
from .binding import on_event
from .common import hbox, label, vbox
from .icon_label import IconLabel
from .steady import Steady

#: The palette role a toned label paints its text with: one no label otherwise uses, so
#: the style sheet's colour for the label (WindowText) stays as it is beside it.
_TONE_ROLE = QPalette.ColorRole.BrightText


def set_tone(widget: QLabel, tone: str | None) -> None:
    """Colour ``widget``'s text with the theme token ``tone`` (None: the normal colour)."""
    tone = tone or ""
    if widget.property("tone") == tone:
        return
    if widget.property("tone") is None:
        # Each re-polish (a theme change) gives the label the style sheet's palette
        # again, after its parents heard of the change: the label itself re-applies.
        on_event(widget, QEvent.Type.StyleChange, lambda: refresh_tone(widget))
    widget.setProperty("tone", tone)
    refresh_tone(widget)


def refresh_tone(widget: QLabel) -> None:
    """Re-apply a label's tone from the current theme (``set_tone`` has it done on each
    theme change).

    The tone's colour waits in a palette role of its own and the label paints with that
    role while toned. A widget-local style sheet (``color: ...``) did the same at about
    three times the cost, a new style and a re-polish each time a tone came or went:
    the slow tail of the cost sliders' steps (net ROI turning into a loss) and of the
    lever toggles (benchmarks/interaction.py --clock cpu).
    """
    tone = widget.property("tone") or ""
    if tone:
        colour = theme.current().color(tone)
        if widget.palette().color(_TONE_ROLE) != colour:
            palette = QPalette(widget.palette())
            palette.setColor(_TONE_ROLE, colour)
            widget.setPalette(palette)
    role = _TONE_ROLE if tone else QPalette.ColorRole.WindowText
    if widget.foregroundRole() != role:
        widget.setForegroundRole(role)
        widget.update()


class StatReadout(QFrame):
    """A card: caption, a big value (objectName ``name``), an optional icon and detail.

    ``set_value(text, tone=..., icon=..., detail=...)`` updates it; the accessible
    name always reads "caption: value. detail".
    """

    def __init__(self, name: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("card", "true")
        self.setObjectName(f"{name}.card")
        lay = vbox(self, margins=(16, 12, 16, 12), spacing=2)
        self.caption = label(caption, "muted", name=f"{name}.caption")
        lay.addWidget(self.caption)
        row = hbox(spacing=8)
        self.icon = IconLabel("circle", "text", 22)
        self.icon.hide()
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        self.value = label("", "stat", name=name, wrap=False)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(Steady(self.value), 1)  # a new figure, seldom a new width: see Steady
        lay.addLayout(row)
        self.detail = label("", "muted", name=f"{name}.detail")
        self.detail.hide()
        lay.addWidget(Steady(self.detail))  # a new sentence, seldom a new height: see Steady
        self._icon_key = ("", "text")

    def set_value(self, text: str, *, tone: str | None = None, icon: str | None = None,
                  detail: str | None = None) -> None:
        if self.value.text() != text:
            self.value.setText(text)
        set_tone(self.value, tone)
        key = (icon or "", tone or "text")
        if key != self._icon_key:
            self._icon_key = key
            if icon:
                self.icon.set_icon(icon, tone or "text")
            self.icon.setVisible(bool(icon))
        if detail is not None and self.detail.text() != detail:
            self.detail.setText(detail)
        if self.detail.isVisibleTo(self) != bool(self.detail.text()):
            self.detail.setVisible(bool(self.detail.text()))
        spoken = f"{self.caption.text()}: {text}"
        if self.detail.text():
            spoken += f". {self.detail.text()}"
        if self.value.accessibleName() != spoken:
            self.value.setAccessibleName(spoken)

if __name__ == "__main__":  # preview
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    theme.apply(app, theme.Theme("light"))
    w = StatReadout("preview.stat", "Net ROI")
    w.set_value("\u2212$12,000", tone="danger", icon="alert", detail="A loss: costs exceed value.")
    w.show()
    app.exec()
