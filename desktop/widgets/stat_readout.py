"""Building blocks for live readouts: a steady label box, text tones, a big figure card.

- ``SteadyLabel`` holds a QLabel whose text changes while a slider is dragged,
  and keeps the page's layouts from being recomputed for every new text.
- ``set_tone`` colours a label with a theme token ("danger", "success"); widgets
  that use it call ``refresh_tone`` again when the theme changes. A tone only adds
  colour: callers always say the same thing in words (and usually with an icon).
- ``StatReadout`` is a card with a caption, a big value and a detail line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

from .. import theme
from .common import hbox, label, vbox
from .icon_label import IconLabel

#: Events after which QLabel itself measures its text again (a new frame width from a
#: style arrives as ContentsRectChange); a colour-only style sheet (set_tone) is none of them.
_LOOK_CHANGES = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange,
                 QEvent.Type.ContentsRectChange, QEvent.Type.LayoutDirectionChange)
#: One-line hints remembered per box (a dragged slider walks through a few hundred texts).
_HINTS_KEPT = 256


class SteadyLabel(QWidget):
    """A box around one QLabel that passes on a text change only when it needs room.

    QLabel.setText makes every layout up to the window recompute; on a long page
    with many word-wrapped labels that takes about 10 ms, too slow for readouts
    that follow a dragged slider. The box has no layout of its own, so the label's
    request stops here, and the box asks for a new layout only when the label
    really needs another size: a word-wrapped label when its height at the
    current width changes, a one-line label when it is wider than ever before
    (one-line readouts never shrink, so a row of figures does not jitter).

    A one-line label's size hint is remembered per text: a selectable QLabel lays
    its text out as a document two or three times to answer it (~0.1 ms a label,
    and a slider step changes a dozen readouts). The hints are forgotten on the
    events after which QLabel drops its own (font, contents rect) and on a new
    style or font of the box; set margin, indent or text format before adopting.
    """

    def __init__(self, child: QLabel | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.label: QLabel | None = None
        self._widest = QSize(0, 0)
        self._text_height = (-1, -1)  # (width, the wrapped label's height at that width)
        self._hints: dict[str, QSize] = {}  # a one-line label's sizeHint per text
        if child is not None:
            self.adopt(child)

    def adopt(self, child: QLabel) -> None:
        if self.label is not None:
            self.label.removeEventFilter(self)
        self.label = child
        self._hints.clear()
        child.installEventFilter(self)
        child.setParent(self)
        child.show()
        policy = QSizePolicy(child.sizePolicy())
        policy.setHeightForWidth(child.wordWrap())
        self.setSizePolicy(policy)
        if child.objectName():
            self.setObjectName(f"{child.objectName()}.box")
        self._widest = QSize(0, 0)
        self.updateGeometry()

    # -- size negotiation ----------------------------------------------------------------
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self.label is None:
            return QSize(0, 0)
        if self.label.wordWrap():
            return self.label.sizeHint()
        hint = self._one_line_hint()
        self._widest = QSize(max(self._widest.width(), hint.width()), hint.height())
        return self._widest

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self.label is None:
            return QSize(0, 0)
        return self.label.minimumSizeHint() if self.label.wordWrap() else self.sizeHint()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return self.label is not None and self.label.wordWrap()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self.label.heightForWidth(width) if self.label is not None else 0

    def _needs_room(self) -> bool:
        label = self.label
        if label is None:
            return False
        if label.wordWrap():
            # Compare with the text's own height at this width, not with the box's
            # height: the row may make the box taller than its text.
            width = self.width()
            height = label.heightForWidth(width)
            changed = self._text_height != (width, height) and self._text_height[0] == width
            self._text_height = (width, height)
            return changed
        hint = self._one_line_hint()
        # Against the box's real width, not the widest hint given: a parent layout may
        # still hold an older, narrower hint (asked while this page was hidden).
        return hint.width() > self.width() or hint.height() != self._widest.height()

    def _one_line_hint(self) -> QSize:
        text = self.label.text()
        hint = self._hints.get(text)
        if hint is None:
            if len(self._hints) >= _HINTS_KEPT:
                self._hints.clear()
            hint = self._hints[text] = self.label.sizeHint()
        return hint

    # -- events ----------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            if self._needs_room():
                self.updateGeometry()
            return True
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._hints.clear()
            self._widest = QSize(0, 0)  # a new font may need less room as well as more
            self.updateGeometry()
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.label and event.type() in _LOOK_CHANGES:
            self._hints.clear()
        return False

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # A text set while the box was hidden posted no layout request (Qt posts one
        # only to a visible parent), so check once more when it appears.
        super().showEvent(event)
        if self._needs_room():
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        if self.label is not None:
            self.label.setGeometry(self.rect())
            if self.label.wordWrap():
                self._text_height = (self.width(), self.label.heightForWidth(self.width()))
        super().resizeEvent(event)


def steady_in_place(label: QLabel) -> SteadyLabel:
    """Put ``label``, already in a layout, into a SteadyLabel at the same place."""
    holder = label.parentWidget()
    box = SteadyLabel()
    layout = holder.layout() if holder is not None else None
    if layout is None or layout.replaceWidget(label, box) is None:
        raise ValueError(f"{label.objectName() or 'label'} is not in its parent's layout")
    box.adopt(label)
    return box


def set_tone(widget: QLabel, tone: str | None) -> None:
    """Colour ``widget``'s text with the theme token ``tone`` (None: the normal colour)."""
    tone = tone or ""
    if widget.property("tone") == tone:
        return
    widget.setProperty("tone", tone)
    refresh_tone(widget)


def refresh_tone(widget: QLabel) -> None:
    """Re-apply a label's tone from the current theme (after a theme change)."""
    tone = widget.property("tone") or ""
    # A widget-local sheet, because the app's stylesheet cannot know this property's
    # colour per theme without a rule per token; it wins over the app sheet's colour.
    sheet = f"color: {theme.current().hex(tone)};" if tone else ""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


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
        row.addWidget(SteadyLabel(self.value), 1)
        lay.addLayout(row)
        self.detail = label("", "muted", name=f"{name}.detail")
        self._detail_box = SteadyLabel(self.detail)
        self._detail_box.hide()
        lay.addWidget(self._detail_box)
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
        if self._detail_box.isVisibleTo(self) != bool(self.detail.text()):
            self._detail_box.setVisible(bool(self.detail.text()))
        spoken = f"{self.caption.text()}: {text}"
        if self.detail.text():
            spoken += f". {self.detail.text()}"
        if self.value.accessibleName() != spoken:
            self.value.setAccessibleName(spoken)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange:
            refresh_tone(self.value)
        super().changeEvent(event)


if __name__ == "__main__":  # preview
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    theme.apply(app, theme.Theme("light"))
    w = StatReadout("preview.stat", "Net ROI")
    w.set_value("\u2212$12,000", tone="danger", icon="alert", detail="A loss: costs exceed value.")
    w.show()
    app.exec()
