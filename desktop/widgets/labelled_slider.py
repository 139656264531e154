"""A slider with its label, its value in units, an optional note and a spin box.

Values are floats in content units (hours, TB, percent…); the QSlider underneath
counts whole steps. Typing a value outside the range into the spin box clamps
it, and the clamped value is what both the spin box and the slider then show.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSizePolicy, QSlider, QWidget

from .common import hbox, label, signals_blocked, vbox
from .display import number
from .text_label import TextLabel

#: Characters every spin box has room for ("$1,200,000"), the same in every row.
SPIN_CHARS = 10
#: Pixels around the digits: frame, padding and the arrow buttons.
SPIN_PADDING = 34


def plain_number(value: float) -> str:
    return number(value)


class ClampingSpinBox(QDoubleSpinBox):
    """A spin box that lets a learner type a number beyond its range, then clamps it.

    QDoubleSpinBox silently drops the keystroke that leaves the range, so typing
    5000 into a 0–1000 box ends up as 500. Here the number is accepted as
    "intermediate" while typing and corrected to the nearest limit on Enter.
    """

    def _number(self, text: str) -> float | None:
        """The number typed, read the way the box shows numbers (its locale): "12,5" is
        12.5 in German and "12.5" is no number there (it used to become 125)."""
        bare = text.strip().removesuffix(self.suffix().strip()).removeprefix(self.prefix()).strip()
        value, ok = self.locale().toDouble(bare)
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
        result = super().validate(text, pos)
        if result[0] == QValidator.State.Invalid and number is not None:
            return (QValidator.State.Intermediate, text, pos)
        return result

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


class _Readout(TextLabel):
    """The row's value: on one line where the row has room, wrapped where it has not.

    QLabel hints a short wrapped text at a quarter of 80 characters, so "500,000
    calls/month" broke after "calls/" beside a title that left it room for one line.
    """

    def __init__(self, name: str):
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setProperty("role", "h3")
        self.setObjectName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        margins = self.contentsMargins()
        width = (self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin()
                 + margins.left() + margins.right() + 1)
        return QSize(width, self.heightForWidth(width))


class _FocusWheelSlider(QSlider):
    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class LabelledSlider(QWidget):
    """One numeric input: label, readout, slider, spin box (exact entry) and a note.

    ``name`` becomes the slider's objectName; the spin box gets ``name + ".spin"``
    and the readout ``name + ".value"``.
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
        self._format = formatter or (lambda v: f"{plain_number(v)}{(' ' + unit) if unit else ''}")
        self._value = self._min
        # The box counts in the unit a learner reads: a value kept in thousands (the state's
        # "_k" fields) is typed and shown whole ("1,200,000", with "$" for money).
        self._factor = float(spin_factor)
        self.setObjectName(f"{name}.row")
        lay = vbox(self, spacing=4)
        top = hbox(spacing=8)
        self.title = label(text)
        self.title.setProperty("role", "h3")
        # may wrap ("500 thousand / calls/month" at 200 % text) rather than widen the column
        self.readout = _Readout(f"{name}.value")
        top.addWidget(self.title, 1)
        top.addWidget(self.readout)
        lay.addLayout(top)
        row = hbox(spacing=10)
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
        row.addWidget(self.slider, 1)
        self.spin = ClampingSpinBox()
        self.spin.setObjectName(f"{name}.spin")
        self.spin.setAccessibleName(QCoreApplication.translate("LabelledSlider", "{label}, exact value").format(label=text))
        places = decimals if decimals is not None else (0 if float(step).is_integer() else
                                                         len(str(step).split(".")[1]))
        self.spin.setDecimals(0 if spin_factor != 1 else places)
        self.spin.setRange(self._min * self._factor, self._max * self._factor)
        self.spin.setSingleStep(self._step * self._factor)
        self.spin.setPrefix(spin_prefix)
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.spin.setKeyboardTracking(False)
        self.spin.setGroupSeparatorShown(True)
        # No unit in the box: the readout above says the value in the learner's unit
        # ("$1,200,000 a year"), which the box's own unit ("thousand USD/year") contradicted.
        # Every box is SPIN_CHARS wide, so the tracks of a column of sliders line up.
        self._size_spin()
        self.spin.valueChanged.connect(self._on_spin)
        self.spin.setVisible(show_spin)
        row.addWidget(self.spin)
        lay.addLayout(row)
        ends = hbox(spacing=4)
        # The ends may wrap: two long ones ("10,000,000 calls/month") on one line set
        # the row wider than a column at 200 % text.
        low, high = label(self._format(self._min), "muted"), label(self._format(self._max), "muted")
        high.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        ends.addWidget(low, 1)
        ends.addWidget(high, 1)
        lay.addLayout(ends)
        self.note = label(note, "muted", name=f"{name}.note")
        self.note.setVisible(bool(note))
        lay.addWidget(self.note)
        self._show(self._min)

    def _size_spin(self) -> None:
        digits = self.spin.fontMetrics().horizontalAdvance("0" * SPIN_CHARS)
        self.spin.setFixedWidth(digits + SPIN_PADDING)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_spin()  # a new text size: the same number of characters
        super().changeEvent(event)

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
        self.spin.setVisible(visible)

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
        text = self._format(value)
        self.readout.setText(text)
        self.slider.setAccessibleDescription(text)

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
