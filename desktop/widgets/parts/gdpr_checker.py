"""Step 2's GDPR compliance checker: a preset or the learner's own use case, and the result.

Bound to ``state.gdpr``: a control writes the state, and the result is redrawn from
the state's change events, so a reset, "Start over" or a restart restores it
exactly, including a result that had been checked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QComboBox, QFrame, QPushButton, QSizePolicy, QWidget

from ... import theme
from ...content.gdpr import GdprContent
from ...model import compliance as c
from ...model.state import GdprState
from ..accessibility import set_role
from ..binding import Coalesced, on_event, reset_section, scroll_area_of
from ..choice_form import ChoiceForm, ChoiceQuestion
from ..common import hbox, label, named, set_prop, signals_blocked, vbox
from ..compliance_result import CheckRow, ComplianceResultView
from ..eliding_combo import ElidingComboBox
from ..icon_label import IconLabel
from ..pinned import PinnedRail
from ..scroller import ContentScroller
from ..row_snap import RowSnap
from ..responsive_row import ArrangedByWidth, arrange_box

_GDPR_FIELDS = ("mode", "preset", "checked", "custom", "custom_checked")
#: Below this width (in average characters) the result goes under the controls.
SIDE_BY_SIDE_CHARS = 70


def numbered_list(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    if len(words) == 1:
        return words[0]
    return QCoreApplication.translate("GdprChecker", "{first} and {last}").format(
        first=", ".join(words[:-1]), last=words[-1])


class GdprChecker(ArrangedByWidth, QFrame):
    """Presets or the learner's own use case beside the Check button and the result.

    The controls scroll; the Check button and the result (verdict first) stay pinned
    beside them, so checking a long form shows its verdict without a scroll.
    """

    checked_by_user = Signal()

    def __init__(self, content: GdprContent, state: GdprState, parent: QWidget | None = None):
        super().__init__(parent)
        self.content, self.state = content, state
        self.setProperty("card", "true")
        self.setObjectName("gdpr.checker")
        self.setAccessibleName(QCoreApplication.translate("GdprChecker", "GDPR compliance checker"))
        lay = vbox(self, margins=(18, 16, 18, 18), spacing=14)
        lay.addWidget(self._disclaimer())
        columns = QWidget()
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, columns)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(24)
        self.columns.addWidget(self._controls(), 1)
        self.rail = PinnedRail(self._result_pane())
        self.columns.addWidget(self.rail, 1)
        lay.addWidget(columns)
        self.refresh = Coalesced(self, self._sync)
        for name in _GDPR_FIELDS:
            getattr(state.events, name).connect(self.refresh.refresh)
        self.checked_by_user.connect(self._reveal_result)
        # A new text size changes what fits without resizing this widget.
        on_event(self, QEvent.Type.LayoutRequest, lambda: self.arrange(self.width()))
        # The mode icons are pixmaps: recolour them with the theme.
        on_event(self, QEvent.Type.StyleChange, lambda: self._paint_mode_icons(restyled=True))
        self._sync()

    # -- building ------------------------------------------------------------------------
    def _disclaimer(self) -> QFrame:
        box = QFrame()
        box.setObjectName("gdpr.disclaimer")
        box.setProperty("callout", "info")
        row = hbox(box, margins=(12, 10, 12, 10), spacing=10)
        row.addWidget(IconLabel("info", "info", 20), 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(label(self.content.disclaimer, name="gdpr.disclaimer.text"), 1)
        box.setAccessibleName(self.content.disclaimer)
        return box

    def _controls(self) -> QWidget:
        """The left pane: how to choose, then the preset or the learner's own use case."""
        controls = QWidget()
        controls.setObjectName("gdpr.controls")
        col = vbox(controls, spacing=14)
        col.addWidget(self._mode_switch())
        self.preset_panel = self._preset_panel()
        col.addWidget(self.preset_panel)
        self.custom_panel = self._custom_panel()
        col.addWidget(self.custom_panel)
        col.addLayout(self._action_row())
        col.addStretch(1)
        return controls

    def _result_pane(self) -> ContentScroller:
        """The right pane: the result, its verdict first, in sight of Check wherever the form is.

        Pinned beside the controls it is never taller than the page shows; a long list of
        checks then scrolls within it, under the verdict."""
        body = QWidget()
        col = vbox(body, margins=(0, 0, 8, 0), spacing=12)
        self.waiting = label("", "muted", name="gdpr.waiting")
        col.addWidget(self.waiting)
        self.result = ComplianceResultView("gdpr.result", "gdpr.verdict", self.content.status_labels)
        col.addWidget(self.result)
        col.addStretch(1)
        pane = ContentScroller(body, "gdpr.result_pane")
        self._snap = RowSnap(pane, lambda: (self.result.verdict_box, *self.result.lines))
        return pane

    def _mode_switch(self) -> QWidget:
        self.mode_box = box = QWidget()
        named(box, "gdpr.mode", QCoreApplication.translate("GdprChecker", "How to choose the use case"))
        # The row never forces the page wider: resizeEvent stacks the buttons instead.
        box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.mode_row = row = hbox(box, spacing=8)
        # No exclusive QButtonGroup: it would make the pair one Tab stop. The state keeps
        # exactly one of them checked instead.
        self.mode_buttons: dict[str, QPushButton] = {}
        self._icon_looks: dict[str, tuple] = {}  # (checked, theme) each button's icon shows
        texts = {"preset": self.content.texts.preset_mode, "custom": self.content.texts.custom_mode}
        for mode, text in texts.items():
            b = QPushButton()
            set_role(b, "radio")  # one of two that exclude each other (issue 20)
            b.setText(text)
            named(b, f"gdpr.mode.{mode}", text)
            b.setCheckable(True)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.clicked.connect(lambda _=False, m=mode: self._on_mode(m))
            self.mode_buttons[mode] = b
            row.addWidget(b)
        row.addStretch(1)
        on_event(box, QEvent.Type.Resize, self._reflow_modes)
        return box

    def _preset_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("gdpr.preset_panel")
        col = vbox(panel, spacing=6)
        caption = label(QCoreApplication.translate("GdprChecker", "Use case"), "h3")
        col.addWidget(caption)
        self.chooser = ElidingComboBox()
        named(self.chooser, "gdpr.use_case", QCoreApplication.translate("GdprChecker", "Use case to check"))
        for preset in self.content.presets:
            self.chooser.addItem(preset.label, preset.id)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # As wide as the longest use case where there is room, yet never wider than the page.
        self.chooser.setMinimumWidth(160)
        self.chooser.currentIndexChanged.connect(self._on_preset)
        caption.setBuddy(self.chooser)
        col.addWidget(self.chooser, 0, Qt.AlignmentFlag.AlignLeft)
        self.description = label("", name="gdpr.use_case.description")
        col.addWidget(self.description)
        texts = self.content.texts
        self.open_in_form = QPushButton(texts.open_in_form)
        named(self.open_in_form, "gdpr.open_in_form", texts.open_in_form)
        self.open_in_form.setAccessibleDescription(texts.open_in_form_help)
        self.open_in_form.setToolTip(texts.open_in_form_help)
        self.open_in_form.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_in_form.clicked.connect(self._on_open_in_form)
        col.addWidget(self.open_in_form, 0, Qt.AlignmentFlag.AlignLeft)
        return panel

    def _custom_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("gdpr.custom_panel")
        col = vbox(panel, spacing=12)
        col.addWidget(label(self.content.texts.form_intro, name="gdpr.custom.intro"))
        questions = tuple(ChoiceQuestion(q.id, q.label, q.kind,
                                         tuple((o.id, o.label) for o in q.options), q.help)
                          for q in self.content.form.questions)
        self.form = ChoiceForm("gdpr.custom", questions)
        self.form.answers_changed.connect(self._on_answers)
        col.addWidget(self.form)
        return panel

    def _action_row(self):
        col = vbox(spacing=8)
        self.check = QPushButton(self.content.texts.check_button)
        named(self.check, "gdpr.check", self.content.texts.check_button)
        self.check.setProperty("accent", "true")
        self.check.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.check.setCursor(Qt.CursorShape.PointingHandCursor)
        self.check.clicked.connect(self._on_check)
        col.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeft)
        row = hbox(spacing=8)
        self.missing_icon = IconLabel("info", "text_muted", 18)
        row.addWidget(self.missing_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.missing = label("", "muted", name="gdpr.missing")
        row.addWidget(self.missing, 1)
        col.addLayout(row)
        return col

    # -- what the state says -----------------------------------------------------------------
    def _mode(self) -> str:
        return self.state.mode if self.state.mode in ("preset", "custom") else "preset"

    def _preset(self) -> c.Preset:
        return self.content.preset(self.state.preset) or self.content.presets[0]

    def _answers(self) -> dict:
        # Saved progress may come from older content; keep only what still fits the form.
        return c.clean_answers(self.content.form, self.state.custom)

    # -- user actions -> state -----------------------------------------------------------------
    def _on_mode(self, mode: str) -> None:
        if mode == self._mode():
            self.refresh.refresh()  # a click on the current mode un-checked its button: check it again
        self.state.mode = mode

    def _on_preset(self, index: int) -> None:
        preset_id = self.chooser.itemData(index)
        if preset_id and preset_id != self.state.preset:
            self.state.checked = False
            self.state.preset = preset_id

    def _on_answers(self, answers: dict) -> None:
        if answers == self._answers():
            return
        # A shown result must always belong to the answers on screen: check again.
        self.state.custom_checked = False
        self.state.custom = dict(answers)
        # Answering the form describes one's own use case, however the control was set
        # (a click, an accessibility tool, a test harness): Check must then check the form,
        # never the preset that happened to be chosen.
        self.state.mode = "custom"

    def _on_open_in_form(self) -> None:
        """The preset's answers in the form, checked, so one changed answer shows what flips."""
        self.state.custom = {k: list(v) if isinstance(v, tuple) else v
                             for k, v in self._preset().answers.items()}
        self.state.custom_checked = True
        self.state.mode = "custom"
        self.checked_by_user.emit()

    def _on_check(self) -> None:
        if self._mode() == "preset":
            self.state.checked = True
        else:
            # Whatever the controls show is what gets checked, however they were set.
            self._on_answers(self.form.answers())
            if not c.missing_answers(self.content.form, self._answers()):
                self.state.custom_checked = True
        self.checked_by_user.emit()

    # -- state -> widgets ----------------------------------------------------------------------
    def _sync(self, *_: object) -> None:
        mode, preset, answers = self._mode(), self._preset(), self._answers()
        for m, button in self.mode_buttons.items():
            with signals_blocked(button):
                button.setChecked(m == mode)
            set_prop(button, "accent", "true" if m == mode else "false")
        self._paint_mode_icons()
        self.preset_panel.setVisible(mode == "preset")
        self.custom_panel.setVisible(mode == "custom")
        with signals_blocked(self.chooser):
            self.chooser.setCurrentIndex(max(0, self.chooser.findData(preset.id)))
        self.description.setText(preset.description)
        self.form.set_answers(answers)
        prefix = self.content.texts.skipped_prefix
        self.form.set_skipped({q: f"{prefix} {why}"
                               for q, why in self.content.form.skipped(answers).items()})
        missing = c.missing_answers(self.content.form, answers) if mode == "custom" else ()
        self.check.setEnabled(not missing)
        # The accent style would hide the disabled look, so it goes with the enabled state.
        set_prop(self.check, "accent", "false" if missing else "true")
        self.missing.setVisible(bool(missing))
        self.missing_icon.setVisible(bool(missing))
        if missing:
            ids = self.content.form.ids
            numbers = [ids.index(q) + 1 for q in missing]
            # A list of question numbers, not a count: one sentence for one, one for several.
            still = (QCoreApplication.translate("GdprChecker", "Still to answer: question {numbers}.")
                     if len(numbers) == 1 else
                     QCoreApplication.translate("GdprChecker", "Still to answer: questions {numbers}."))
            self.missing.setText(f"{self.content.texts.incomplete} "
                                 f"{still.format(numbers=numbered_list(numbers))}")
        self.check.setAccessibleDescription(self.missing.text() if missing else "")
        self._show_result(mode, preset, answers, missing)

    def _paint_mode_icons(self, restyled: bool = False) -> None:
        # A new icon makes the button ask for a new layout, and with it the whole page:
        # only set one when the button's state (or the theme) changed.
        t = theme.current()
        for mode, button in self.mode_buttons.items():
            look = (button.isChecked(), t)
            if restyled or self._icon_looks.get(mode) != look:
                self._icon_looks[mode] = look
                # Grown with the text and kept clear of it (issue 19 items 11 and 12).
                theme.set_button_icon(button, *(("check", "on_primary") if look[0]
                                                else ("circle", "text_muted")))

    def arrange(self, width: int) -> None:
        """Result beside the controls when both fit, under them when not; mode buttons likewise."""
        self.rail.set_pinned(arrange_box(self.columns, self, width, SIDE_BY_SIDE_CHARS))
        self._reflow_modes()

    def _reflow_modes(self) -> None:
        """The two mode buttons side by side when they fit in the controls' width, else stacked."""
        need = sum(b.sizeHint().width() for b in self.mode_buttons.values()) + self.mode_row.spacing()
        direction = (QBoxLayout.Direction.LeftToRight if self.mode_box.width() >= need
                     else QBoxLayout.Direction.TopToBottom)
        if self.mode_row.direction() != direction:
            self.mode_row.setDirection(direction)

    def _show_result(self, mode: str, preset: c.Preset, answers: dict, missing) -> None:
        self.rail.pane.verticalScrollBar().setValue(0)  # a new result reads from its verdict
        if mode == "preset" and self.state.checked:
            title = QCoreApplication.translate("GdprChecker", "Result: {use_case}").format(
                use_case=preset.label)
            result = self.content.preset_result(preset)
        elif mode == "custom" and self.state.custom_checked and not missing:
            title = QCoreApplication.translate("GdprChecker", "Result: your use case")
            result = self.content.evaluate(answers)
        else:
            self.result.hide()
            self.waiting.setText(QCoreApplication.translate(
                "GdprChecker", "The verdict and every check, with the article it applies, appear here."))
            self.waiting.show()
            return
        self.waiting.hide()
        rows = [CheckRow(k.id, k.title, k.article, k.status, k.reason) for k in result.checks]
        self.result.set_result(title, rows, result.verdict.status, result.verdict.label,
                               result.conclusion)
        self.result.show()

    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.content, "gdpr", self.state)

    def unbind(self) -> None:
        """Stop following the state (the page is being dropped)."""
        for name in _GDPR_FIELDS:
            getattr(self.state.events, name).disconnect(self.refresh.refresh)

    def _reveal_result(self) -> None:
        # After the layout has made room for the result, scroll it up if it is out of sight.
        QTimer.singleShot(0, self, self._scroll_to_result)

    def _scroll_to_result(self) -> None:
        self.refresh.flush()
        page = scroll_area_of(self)
        if page is None or not self.result.isVisible():
            return
        if self.rail.pinned:
            # Beside the controls the verdict rides along with the page: bring Check into view.
            page.ensureWidgetVisible(self.check, 0, 16)
        else:
            page.ensureWidgetVisible(self.result.verdict_box, 0, 16)


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.gdpr_checker
    from ._preview import preview

    preview("gdpr_checker")
