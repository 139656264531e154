"""A structured form built from plain question data: single choice, multiple choice, yes/no.

Nothing needs typing: every answer is a radio button or a check box, so the form
works with a mouse, a touch screen or the keyboard alone (Tab moves between
questions and options, the arrow keys move within a question, Space ticks).
Option texts wrap instead of being cut off.

Answers are plain data: ``{question id: option id}`` for single-choice and yes/no
questions, ``{question id: (option id, ...)}`` for multiple choice. A single
question without an answer is absent; a multiple-choice question is always
present (an empty tuple means "none of these").

Any change of a control's checked state is a new answer, however it was made:
a click, the keyboard, or a program (an accessibility tool, a test) calling
``setChecked``. A question that does not apply can be marked skipped: it stays
usable, with a line saying why.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractButton, QButtonGroup, QCheckBox, QGridLayout, QRadioButton,
    QSizePolicy, QWidget,
)

from .. import theme
from .common import hbox, label, signals_blocked, vbox

SINGLE, MULTIPLE, YES_NO = "single", "multiple", "yes_no"
#: Options above this count are laid out in two columns.
ONE_COLUMN_MAX = 5


@dataclass(frozen=True)
class ChoiceQuestion:
    """One question: ``options`` are (id, label) pairs; ``kind`` is single, multiple or yes_no."""

    id: str
    label: str
    kind: str
    options: tuple[tuple[str, str], ...]
    help: str = ""


INDICATOR = 18  # px at text scale 1
GAP = 10


class _WrappingChoice:
    """Mixin: a radio button or check box whose text is a word-wrapping label inside it.

    Qt's own button text never wraps; a label laid out beside the indicator does,
    and the whole row (not only the indicator) takes clicks and touches. The
    indicator is drawn here from theme tokens, so it reads the same in every
    theme (the platform style would take its colours from the light palette).
    """

    round_indicator = False

    def _set_up(self, text: str) -> None:
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        lay = hbox(self)
        self._fit_indicator()
        self.text_label = label(text)
        self.text_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Top-aligned, so the text stays beside the indicator when the row is stretched.
        lay.addWidget(self.text_label, 1, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)  # repaint the indicator on hover

    def _fit_indicator(self) -> None:
        # The indicator grows with the text scale (Appearance menu), like the icons do.
        self._box = int(round(INDICATOR * theme.current().scale))
        self.layout().setContentsMargins(4 + self._box + GAP, 5, 6, 5)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange:
            self._fit_indicator()
        super().changeEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        t = theme.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.hasFocus():
            p.setPen(QPen(t.color("focus"), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        size = self._box
        line = self.text_label.fontMetrics().height()
        top = self.text_label.geometry().top() + max(0, (line - size) // 2)
        box = QRectF(4, top, size, size).adjusted(1, 1, -1, -1)
        on, enabled = self.isChecked(), self.isEnabled()
        accent = t.color("primary" if enabled else "text_muted")
        edge = accent if (on or self.underMouse()) else t.color("text_muted")
        p.setPen(QPen(edge, 2))
        if self.round_indicator:
            p.setBrush(t.color("surface"))
            p.drawEllipse(box)
            if on:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(accent)
                p.drawEllipse(box.adjusted(size * 0.25, size * 0.25, -size * 0.25, -size * 0.25))
        else:
            p.setBrush(accent if on else t.color("surface"))
            p.drawRoundedRect(box, 3, 3)
            if on:
                tick = QPainterPath(QPointF(box.left() + size * 0.22, box.center().y()))
                tick.lineTo(box.left() + size * 0.42, box.bottom() - size * 0.25)
                tick.lineTo(box.right() - size * 0.2, box.top() + size * 0.25)
                p.setPen(QPen(t.color("on_primary"), 2.2, Qt.PenStyle.SolidLine,
                              Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(tick)
        p.end()

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 - Qt override
        return self.rect().contains(pos)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(120, self.layout().totalMinimumSize().height())


class ChoiceRadio(_WrappingChoice, QRadioButton):
    round_indicator = True

    def __init__(self, text: str, parent: QWidget | None = None):
        QRadioButton.__init__(self, parent)
        self._set_up(text)


class ChoiceCheck(_WrappingChoice, QCheckBox):
    def __init__(self, text: str, parent: QWidget | None = None):
        QCheckBox.__init__(self, parent)
        self._set_up(text)


class ChoiceForm(QWidget):
    """Numbered questions with their options; emits ``answers_changed`` on every user choice.

    ``name`` prefixes the object names: the form is ``name``, a question's box
    ``name.<question>``, an option ``name.<question>.<option>``.
    """

    answers_changed = Signal(object)  # dict of answers (see the module docstring)

    def __init__(self, name: str, questions: tuple[ChoiceQuestion, ...], *,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(QCoreApplication.translate("ChoiceForm", "Use-case form"))
        self.questions = questions
        self.groups: dict[str, QButtonGroup] = {}
        self.options: dict[str, dict[str, QAbstractButton]] = {}
        self.boxes: dict[str, QWidget] = {}
        self.skip_notes: dict[str, QWidget] = {}
        self._setting = False
        lay = vbox(self, spacing=18)
        for number, question in enumerate(questions, 1):
            box = self._question_box(name, number, question)
            self.boxes[question.id] = box
            lay.addWidget(box)

    def _question_box(self, name: str, number: int, q: ChoiceQuestion) -> QWidget:
        box = QWidget()
        box.setObjectName(f"{name}.{q.id}")
        box.setAccessibleName(QCoreApplication.translate("ChoiceForm", "Question {number}: {question}")
                              .format(number=number, question=q.label))
        col = vbox(box, spacing=4)
        numbered = QCoreApplication.translate("ChoiceForm", "{number}. {question}")
        title = label(numbered.format(number=number, question=q.label), "h3", name=f"{name}.{q.id}.label")
        col.addWidget(title)
        if q.help:
            col.addWidget(label(q.help, "muted", name=f"{name}.{q.id}.help"))
        skip = label("", "muted", name=f"{name}.{q.id}.skipped")
        skip.hide()
        col.addWidget(skip)
        self.skip_notes[q.id] = skip
        group = QButtonGroup(box)
        group.setExclusive(q.kind != MULTIPLE)
        grid = QGridLayout()
        grid.setContentsMargins(0, 2, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        if q.kind == YES_NO:
            columns = len(q.options)
        else:
            columns = 1 if len(q.options) <= ONE_COLUMN_MAX else 2
        rows = -(-len(q.options) // columns)
        buttons: dict[str, QAbstractButton] = {}
        for i, (option_id, text) in enumerate(q.options):
            button = ChoiceCheck(text) if q.kind == MULTIPLE else ChoiceRadio(text)
            button.setObjectName(f"{name}.{q.id}.{option_id}")
            button.setAccessibleDescription(box.accessibleName())
            if q.kind != MULTIPLE:
                # Tab stops at one member of a button group, exclusive or not: check
                # boxes outside a group are each a Tab stop (issue 20, WCAG 2.1.1).
                group.addButton(button)
            button.toggled.connect(self._on_toggled)
            # Column-major order, so reading down the first column comes first.
            grid.addWidget(button, i % rows, i // rows)
            buttons[option_id] = button
        for c in range(columns):
            grid.setColumnStretch(c, 1)
        if q.kind == YES_NO:
            grid.setColumnStretch(columns, 3)  # keep "Yes" and "No" close together
        col.addLayout(grid)
        self.groups[q.id] = group
        self.options[q.id] = buttons
        return box

    # -- answers ---------------------------------------------------------------------------
    def answers(self) -> dict[str, Any]:
        """The answers as the form shows them now."""
        out: dict[str, Any] = {}
        for q in self.questions:
            ticked = tuple(o for o, b in self.options[q.id].items() if b.isChecked())
            if q.kind == MULTIPLE:
                out[q.id] = ticked
            elif ticked:
                out[q.id] = ticked[0]
        return out

    def set_answers(self, answers: Mapping[str, Any]) -> None:
        """Show ``answers`` without emitting; unknown ids are ignored, missing ones cleared."""
        self._setting = True
        try:
            self._show_answers(answers)
        finally:
            self._setting = False

    def _show_answers(self, answers: Mapping[str, Any]) -> None:
        for q in self.questions:
            value = answers.get(q.id)
            if q.kind == MULTIPLE:
                chosen = set(value) if isinstance(value, (list, tuple)) else set()
            else:
                chosen = {value} if isinstance(value, str) else set()
            group = self.groups[q.id]
            with signals_blocked(group):
                # An exclusive group never lets its last checked button go: lift that briefly.
                group.setExclusive(False)
                for option_id, button in self.options[q.id].items():
                    with signals_blocked(button):
                        button.setChecked(option_id in chosen)
                group.setExclusive(q.kind != MULTIPLE)

    def set_skipped(self, skipped: Mapping[str, str]) -> None:
        """Mark the questions in ``skipped`` (id -> why) as not applying; the rest as asked."""
        for qid, note in self.skip_notes.items():
            why = skipped.get(qid)
            if why is not None:
                note.setText(why)
            note.setVisible(why is not None)
            # Never disabled: an answer to a skipped question may still be given, and kept
            # for when it applies again.
            self.boxes[qid].setAccessibleDescription(why or "")

    def _on_toggled(self, _checked: bool) -> None:
        # An exclusive group unchecks the old option before checking the new one, and
        # both toggle: the answers emitted last are the final ones.
        if not self._setting:
            self.answers_changed.emit(self.answers())


if __name__ == "__main__":  # a preview with made-up questions
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    form = ChoiceForm("preview", (
        ChoiceQuestion("data", "Which data?", MULTIPLE,
                       tuple((f"o{i}", f"Option number {i} with a longer text") for i in range(7))),
        ChoiceQuestion("basis", "Which basis?", SINGLE, (("a", "Consent"), ("b", "Contract"))),
        ChoiceQuestion("dpia", "DPIA done?", YES_NO, (("yes", "Yes"), ("no", "No"))),
    ))
    form.answers_changed.connect(print)
    form.show()
    sys.exit(app.exec())
