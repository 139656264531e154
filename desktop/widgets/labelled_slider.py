"""A slider with its label, an optional note and a spin box that shows its value.

Values are floats in content units (hours, TB, percent…); the QSlider underneath
counts whole steps. The spin box, top right of the row, is the row's one readout:
it shows the value with its unit ("4,000 h/month", "$1,200,000 a year", "1 ticket")
and takes a typed number. Typing a value outside the range into it clamps it, and
the clamped value is what both the spin box and the slider then show.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox, QDoubleSpinBox, QSlider, QStyle, QStyleOptionSpinBox, QWidget,
)

from .common import hbox, label, set_prop, signals_blocked, vbox
from .display import number

#: A QLineEdit's own margin on each side of its text (QLineEditPrivate::horizontalMargin).
_EDIT_MARGIN = 2
#: Characters a number may be typed with: whatever else the box shows is its unit.
_NUMBER_CHARS = "0123456789"


def plain_number(value: float) -> str:
    return number(value)


class ClampingSpinBox(QDoubleSpinBox):
    """A spin box that lets a learner type a number beyond its range, then clamps it.

    QDoubleSpinBox silently drops the keystroke that leaves the range, so typing
    5000 into a 0–1000 box ends up as 500. Here the number is accepted as
    "intermediate" while typing and corrected to the nearest limit on Enter.
    """

    def __init__(self, shown: Callable[[float], str] | None = None):
        super().__init__()
        # The box's value in words ("4,000 h/month"); None: the number alone.
        self._shown = shown

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return self._shown(value) if self._shown else super().textFromValue(value)

    def _number(self, text: str) -> float | None:
        """The number typed, read the way the box shows numbers (its locale): "12,5" is
        12.5 in German and "12.5" is no number there (it used to become 125). The unit
        around it ("$", "h/month", "tickets") is not read: a learner types the number."""
        if text == self.textFromValue(self.value()):
            return self.value()  # the box's own text, whatever its unit's wording
        bare = text.strip().removesuffix(self.suffix().strip()).removeprefix(self.prefix()).strip()
        start = next((i for i, c in enumerate(bare) if c in _NUMBER_CHARS), None)
        if start is None:
            return None
        end = max(i for i, c in enumerate(bare) if c in _NUMBER_CHARS) + 1
        sign = "-" if bare[:start].rstrip().endswith(("-", self.locale().negativeSign())) else ""
        value, ok = self.locale().toDouble(sign + bare[start:end])
        return value if ok else None

    def validate(self, text: str, pos: int):  # noqa: D102 - Qt override
        number = self._number(text)
        if self.locale().groupSeparator() in text:
            # Qt drops any group separator while typing, so "12.5" under German became
            # 125. Kept as typed instead: Enter takes it only if it is a number in this
            # locale ("1.250"), and otherwise puts the old value back (see fixup).
            if number is not None and self.minimum() <= number <= self.maximum():
                return (QValidator.State.Acceptable, text, pos)
            return (QValidator.State.Intermediate, text, pos)
        if number is None:
            return (QValidator.State.Intermediate, text, pos)  # still typing; Enter restores
        if self.minimum() <= number <= self.maximum():
            return (QValidator.State.Acceptable, text, pos)
        return (QValidator.State.Intermediate, text, pos)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        number = self._number(text)
        return self.value() if number is None else number

    def fixup(self, text: str) -> str:  # noqa: D102 - Qt override: called on Enter / focus out
        number = self._number(text)
        if number is None:
            number = self.value()  # not a number as this box writes them: keep the old value
        clamped = min(self.maximum(), max(self.minimum(), number))
        return self.prefix() + self.textFromValue(clamped) + self.suffix()

    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Scrolling the page must not change a value the pointer happens to pass over.
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class _FocusWheelSlider(QSlider):
    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class LabelledSlider(QWidget):
    """One numeric input: label and spin box (its value, typable) above a full-width
    slider, the ends of its range and a note.

    ``name`` becomes the slider's objectName and the spin box gets ``name + ".spin"``.
    Without a ``formatter`` the box writes ``spin_prefix``, the number and ``unit``.
    """

    value_changed = Signal(float)

    def __init__(self, name: str, text: str, minimum: float, maximum: float, step: float = 1.0,
                 *, unit: str = "", note: str = "", decimals: int | None = None,
                 formatter: Callable[[float], str] | None = None, show_spin: bool = True,
                 spin_factor: float = 1.0, spin_prefix: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        if not maximum > minimum or step <= 0:
            raise ValueError(f"{name}: need minimum < maximum and a positive step")
        self._min, self._max, self._step = float(minimum), float(maximum), float(step)
        # The box counts in the unit a learner reads: a value kept in thousands (the state's
        # "_k" fields) is typed and shown whole ("1,200,000", with "$" for money).
        self._factor = float(spin_factor)
        suffix = f" {unit}" if unit else ""
        self._format = formatter or (
            lambda v: f"{spin_prefix}{plain_number(v * self._factor)}{suffix}")
        self._value = self._min
        self.setObjectName(f"{name}.row")
        lay = vbox(self, spacing=4)
        top = hbox(spacing=8)
        self.title = label(text)
        self.title.setProperty("role", "h3")
        top.addWidget(self.title, 1)
        self.slider = _FocusWheelSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName(name)
        self.slider.setAccessibleName(text)
        self.slider.setRange(self._position(self._min), self._position(self._max))
        self.slider.setSingleStep(self._position(self._min + self._step) - self.slider.minimum())
        self.slider.setPageStep(max(self.slider.singleStep(),
                                    self._position(self._from_steps(self._steps(self._max) // 10))
                                    - self.slider.minimum()))
        self.slider.setMinimumHeight(28)
        self.slider.valueChanged.connect(self._on_slider)
        # Issue 19 item 9: the value shows once, in the box, so the box heads the row and
        # the track has the row's full width: tracks of a column of rows are equally long.
        # A given wording ("1 ticket", "$1,200,000 a year") is the box's text; else the box
        # writes the number in its own locale, with the unit as its suffix.
        self.spin = ClampingSpinBox(formatter and (lambda v: formatter(v / self._factor)))
        if formatter is None:
            self.spin.setPrefix(spin_prefix)
            self.spin.setSuffix(suffix)
        self.spin.setObjectName(f"{name}.spin")
        self.spin.setAccessibleName(QCoreApplication.translate("LabelledSlider", "{label}, exact value").format(label=text))
        places = decimals if decimals is not None else (0 if float(step).is_integer() else
                                                         len(str(step).split(".")[1]))
        self.spin.setDecimals(0 if spin_factor != 1 else places)
        self.spin.setRange(self._min * self._factor, self._max * self._factor)
        self.spin.setSingleStep(self._step * self._factor)
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.spin.setKeyboardTracking(False)
        self.spin.setGroupSeparatorShown(True)
        self.spin.valueChanged.connect(self._on_spin)
        top.addWidget(self.spin, 0, Qt.AlignmentFlag.AlignVCenter)
        lay.addLayout(top)
        lay.addWidget(self.slider)
        self.set_spin_visible(show_spin)  # sizes the box, with or without its arrows
        ends = hbox(spacing=4)
        # The ends may wrap: two long ones ("10,000,000 calls/month") on one line set
        # the row wider than a column at 200 % text.
        self._ends = label(self._format(self._min), "muted"), label(self._format(self._max), "muted")
        ends.addWidget(self._ends[0], 1)
        ends.addWidget(self._ends[1], 1)
        lay.addLayout(ends)
        self._place_ends()
        self.note = label(note, "muted", name=f"{name}.note")
        self.note.setVisible(bool(note))
        lay.addWidget(self.note)
        self._show(self._min)

    def _size_spin(self) -> None:
        """As wide as the widest text it will show, so dragging never resizes it, plus
        whatever the style draws beside the text (frame, padding, the arrow buttons)."""
        spin = self.spin
        spin.ensurePolished()
        metrics = spin.fontMetrics()
        values = {self._min, self._max, self._min + self._step,
                  self._from_steps(self._steps(self._max) - 1)}
        widest = max(metrics.horizontalAdvance(self._format(v)) for v in values)
        # Under a style sheet the edit field starts at the frame, whatever the padding:
        # a margin of its own keeps the text off the border, growing with the text size.
        inset = metrics.horizontalAdvance("0") // 2
        spin.lineEdit().setTextMargins(inset, 0, 0, 0)
        # "0": room for the cursor and a rounding pixel; the edit field is measured in a
        # trial rectangle because the theme places the buttons by its own rules.
        text = widest + inset + metrics.horizontalAdvance("0") + 2 * _EDIT_MARGIN
        opt = QStyleOptionSpinBox()
        spin.initStyleOption(opt)
        trial = 1000
        opt.rect = QRect(0, 0, trial, spin.sizeHint().height())
        field = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, opt,
                                            QStyle.SubControl.SC_SpinBoxEditField, spin)
        spin.setFixedWidth(text + trial - field.width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_spin()  # a new text size: the same number of characters
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._place_ends()
        super().changeEvent(event)

    def _place_ends(self) -> None:
        """The minimum's words under the track's minimum end, the maximum's under the other.

        Right to left Qt puts a slider's minimum at the right; the labels are aligned
        absolutely, as "5 TB" alone would read left to right and sit flush left. The
        stylesheet fills the groove from the minimum end ([mirrored="true"] in theme.py).
        """
        mirrored = self.slider.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if self.slider.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
            set_prop(self.slider, "mirrored", "true" if mirrored else "false")
        else:  # not styled yet: no re-polish for each new row
            self.slider.setProperty("mirrored", "true" if mirrored else "false")
        start, end = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        if mirrored:
            start, end = end, start
        top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignAbsolute
        self._ends[0].setAlignment(start | top)
        self._ends[1].setAlignment(end | top)

    # -- value mapping ------------------------------------------------------------------
    # The QSlider's position is the value itself when the steps are whole numbers, so a
    # screen reader reads "65" for 65 %, not the step count; else hundredths of it. A value
    # kept in thousands is positioned in the whole units its box and readout show: a
    # screen reader says 1,200,000 where the learner reads "$1,200,000", not 1,200.
    def _position(self, value: float) -> int:
        return int(round(value * self._scale()))

    def _scale(self) -> int:
        if self._factor != 1:
            return int(self._factor)
        whole = all(float(v).is_integer() for v in (self._min, self._max, self._step))
        return 1 if whole else 100

    def _steps(self, value: float) -> int:
        return int(round((value - self._min) / self._step))

    def _from_steps(self, steps: int) -> float:
        value = self._min + steps * self._step
        return round(min(self._max, max(self._min, value)), 10)

    def clamp(self, value: float) -> float:
        if value != value:  # NaN
            return self._min
        return min(self._max, max(self._min, float(value)))

    # -- public ------------------------------------------------------------------------
    def value(self) -> float:
        return self._value

    def set_value(self, value: float) -> None:
        """Show ``value`` (clamped) without emitting value_changed."""
        value = self.clamp(value)
        # A page re-syncs every control after each change: one that already shows the
        # value must not set its slider, box and readout again (each is a repaint).
        if value != self._value:
            self._show(value)

    def set_spin_visible(self, visible: bool) -> None:
        """Show or hide the box's typing: hidden, it still shows the value (it is the
        row's one readout) but takes no keys, clicks or focus (a kiosk has no keyboard),
        and the theme draws it without its arrow buttons (``typing="false"``)."""
        self.spin.setReadOnly(not visible)
        self.spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus if visible else Qt.FocusPolicy.NoFocus)
        # Not NoButtons: under a style sheet that leaves the line edit 1 px wide.
        if self.spin.property("typing") != visible:
            self.spin.setProperty("typing", visible)
            self.spin.style().unpolish(self.spin)
            self.spin.style().polish(self.spin)
            self._size_spin()

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # -- internals ---------------------------------------------------------------------
    def _show(self, value: float) -> None:
        self._value = value
        with signals_blocked(self.slider):
            self.slider.setValue(self._position(value))
        with signals_blocked(self.spin):
            self.spin.setValue(value * self._factor)
        self.slider.setAccessibleDescription(self._format(value))

    def _on_slider(self, position: int) -> None:
        # A drag lands between steps: snap to the nearest one and show it there.
        value = self._from_steps(self._steps(position / self._scale()))
        if self._position(value) != position:
            with signals_blocked(self.slider):
                self.slider.setValue(self._position(value))
        self._emit(value)

    def _on_spin(self, value: float) -> None:
        self._emit(self.clamp(round(value / self._factor, 10)))

    def _emit(self, value: float) -> None:
        if value == self._value:
            return
        self._show(value)
        self.value_changed.emit(value)
