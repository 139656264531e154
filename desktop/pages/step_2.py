"""Step 2 page: the GDPR compliance checker and the bias audit simulator.

Both parts are bound to the learner state (``state.gdpr``, ``state.bias``): a
control writes the state, and every readout, result and chart is redrawn from
the state's change events, so a reset, "Start over" or a restart restores the
page exactly, including a result that had been checked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout, QComboBox, QFrame, QGridLayout, QPushButton, QSizePolicy, QWidget,
)

from .. import theme
from ..content.bias import COUNT_FIELDS, FIELDS, STATE_FIELDS, BiasContent
from ..content.sources import footnote
from ..content.course import Block
from ..content.gdpr import GdprContent
from ..model import compliance as c
from ..model.fairness import AuditResult, format_p_value
from ..model.state import BiasState, GdprState
from ..widgets.accessibility import set_role
from ..widgets.backdrop import Backdrop
from ..widgets.bias_chart import BiasChart, percent
from ..widgets.choice_form import ChoiceForm, ChoiceQuestion
from ..widgets.common import announce, hbox, label, named, set_prop, signals_blocked, vbox
from ..widgets.compliance_result import CheckRow, ComplianceResultView
from ..widgets.icon_label import IconLabel
from ..widgets.labelled_slider import LabelledSlider, plain_number
from ..widgets.layout_growth import set_visible_in_place
from ..widgets.segmented import Segmented
from ..widgets.stat_readout import steady_in_place
from .base import StepPage

MINUS = "\u2212"
_BAND_LOOK = {"pass": ("pass", "success", "success"), "caution": ("caution", "warning", "warning"),
              "fail": ("fail", "danger", "problem")}
_GDPR_FIELDS = ("mode", "preset", "checked", "custom", "custom_checked")
#: Sliders in reading order: in two columns group A sits beside group B.
SLIDER_ORDER = ("rate_a", "rate_b", "n_a", "n_b", "accuracy")
SLIDER_GAP = 28


def signed(value: float, unit: str) -> str:
    """+17 pp, −17 pp, 0 pp (a real minus sign, never "-0")."""
    if round(value, 2) == 0:
        return f"0\u00a0{unit}"
    sign = "+" if value > 0 else MINUS
    return f"{sign}{plain_number(round(abs(value), 2))}\u00a0{unit}"


def numbered_list(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


# -- the compliance checker ---------------------------------------------------------------------

class GdprChecker(QFrame):
    """Presets or the learner's own use case, the Check button, and the result."""

    checked_by_user = Signal()

    def __init__(self, content: GdprContent, state: GdprState, parent: QWidget | None = None):
        super().__init__(parent)
        self.content, self.state = content, state
        self.setProperty("card", "true")
        self.setObjectName("gdpr.checker")
        self.setAccessibleName("GDPR compliance checker")
        lay = vbox(self, margins=(18, 16, 18, 18), spacing=14)
        lay.addWidget(self._disclaimer())
        lay.addWidget(self._mode_switch())
        self.preset_panel = self._preset_panel()
        lay.addWidget(self.preset_panel)
        self.custom_panel = self._custom_panel()
        lay.addWidget(self.custom_panel)
        lay.addLayout(self._action_row())
        self.result = ComplianceResultView("gdpr.result", "gdpr.verdict", content.status_labels)
        lay.addWidget(self.result)
        for name in _GDPR_FIELDS:
            getattr(state.events, name).connect(self._sync)
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

    def _mode_switch(self) -> QWidget:
        box = QWidget()
        named(box, "gdpr.mode", "How to choose the use case")
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
        return box

    def _preset_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("gdpr.preset_panel")
        col = vbox(panel, spacing=6)
        caption = label("Use case", "h3")
        col.addWidget(caption)
        self.chooser = QComboBox()
        named(self.chooser, "gdpr.use_case", "Use case to check")
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
        row = hbox(spacing=12)
        self.missing_icon = IconLabel("info", "text_muted", 18)
        row.addWidget(self.missing_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.missing = label("", "muted", name="gdpr.missing")
        row.addWidget(self.missing, 1)
        row.addStretch(0)
        self.check = QPushButton(self.content.texts.check_button)
        named(self.check, "gdpr.check", self.content.texts.check_button)
        self.check.setProperty("accent", "true")
        self.check.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.check.setCursor(Qt.CursorShape.PointingHandCursor)
        self.check.clicked.connect(self._on_check)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        return row

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
            self._sync()  # a click on the current mode un-checked its button: check it again
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
            word = "question" if len(numbers) == 1 else "questions"
            self.missing.setText(f"{self.content.texts.incomplete} Still to answer: {word} "
                                 f"{numbered_list(numbers)}.")
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
                button.setIcon(t.icon("check", "on_primary") if look[0]
                               else t.icon("circle", "text_muted"))

    def _reflow(self, width: int) -> None:
        need = sum(b.sizeHint().width() for b in self.mode_buttons.values()) + 8 + 36
        direction = (QBoxLayout.Direction.LeftToRight if width >= need
                     else QBoxLayout.Direction.TopToBottom)
        if self.mode_row.direction() != direction:
            self.mode_row.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._reflow(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # A new text size changes what fits without resizing this widget.
        if event.type() == QEvent.Type.LayoutRequest and hasattr(self, "mode_row"):
            self._reflow(self.width())
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange and hasattr(self, "mode_buttons"):
            self._paint_mode_icons(restyled=True)  # icons are pixmaps: recolour them
        super().changeEvent(event)

    def _show_result(self, mode: str, preset: c.Preset, answers: dict, missing) -> None:
        if mode == "preset" and self.state.checked:
            title, result = f"Result: {preset.label}", self.content.preset_result(preset)
        elif mode == "custom" and self.state.custom_checked and not missing:
            title, result = "Result: your use case", self.content.evaluate(answers)
        else:
            self.result.hide()
            return
        rows = [CheckRow(k.id, k.title, k.article, k.status, k.reason) for k in result.checks]
        self.result.set_result(title, rows, result.verdict.status, result.verdict.label,
                               result.conclusion)
        self.result.show()

    def unbind(self) -> None:
        """Stop following the state (the page is being dropped)."""
        for name in _GDPR_FIELDS:
            getattr(self.state.events, name).disconnect(self._sync)


# -- the bias audit -----------------------------------------------------------------------------

class _Tile(QFrame):
    """A readout: caption, a big value (named ``name``) and a detail line (``name.detail``)."""

    def __init__(self, name: str, caption: str):
        super().__init__()
        self.setProperty("card", "true")
        self.setObjectName(f"{name}.tile")
        col = vbox(self, margins=(12, 10, 12, 10), spacing=2)
        self.caption = label(caption, "muted")
        self.value = label("", "stat", name=name)
        self.detail = label("", "muted", name=f"{name}.detail")
        col.addWidget(self.caption)
        col.addWidget(self.value)
        col.addWidget(self.detail)
        col.addStretch(1)
        self._caption = caption
        # These change on every slider step: keep the text change from re-laying-out the page.
        steady_in_place(self.value)
        steady_in_place(self.detail)

    def set(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.value.setAccessibleName(f"{self._caption}: {value}")
        self.value.setAccessibleDescription(detail)


class BiasAudit(QFrame):
    """Sliders for both groups' rates, accuracy and counts; readouts, band, test and chart."""

    def __init__(self, content: BiasContent, state: BiasState, parent: QWidget | None = None):
        super().__init__(parent)
        self.content, self.state = content, state
        self._context_shown = ""
        self.setProperty("card", "true")
        self.setObjectName("bias.audit")
        self.setAccessibleName("Bias audit simulator")
        # Never forces the page wider than the window: resizeEvent stacks its parts instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        lay = vbox(self, margins=(18, 16, 18, 18), spacing=14)
        lay.addWidget(label(content.intro, markdown=True, name="bias.intro"))
        lay.addWidget(label(content.context_label, "h3"))
        self.context = Segmented(tuple((c.id, c.label) for c in content.contexts),
                                 "bias.context", content.context_label)
        self.context.changed.connect(self._on_context)
        lay.addWidget(self.context)
        self.context_intro = label("", markdown=True, name="bias.context.intro")
        lay.addWidget(self.context_intro)
        self.context_sources = label("", "muted", name="bias.context.sources", selectable=True)
        lay.addWidget(self.context_sources)
        lay.addLayout(self._sliders())
        lay.addLayout(self._tiles())
        lay.addWidget(self._band_box())
        lay.addWidget(label(content.bands_note, "muted", name="bias.bands_note"))
        self.significance = label("", name="bias.p_value.sentence")
        lay.addWidget(self.significance)
        steady_in_place(self.significance)
        self.note = label("", "muted", name="bias.note")
        lay.addWidget(self.note)
        names = tuple(g.name for g in content.groups)
        ticks = tuple(f"{g.name}\n({g.role})" for g in content.groups)
        self.chart = BiasChart("bias.chart", content.labels.chart_title, names, ticks,
                               content.labels.threshold_line, "Approval rate (%)")
        lay.addWidget(self.chart)
        for name in STATE_FIELDS:
            getattr(state.events, name).connect(self._sync)
        self._sync()

    def _sliders(self) -> QGridLayout:
        self.slider_grid = QGridLayout()
        self.slider_grid.setHorizontalSpacing(SLIDER_GAP)
        self.slider_grid.setVerticalSpacing(12)
        self.sliders: dict[str, LabelledSlider] = {}
        order = [f for f in SLIDER_ORDER if f in FIELDS] + [f for f in FIELDS if f not in SLIDER_ORDER]
        for field in order:
            s = self.content.slider(field)
            note = self.content.labels.accuracy_note if field == "accuracy" else ""
            widget = LabelledSlider(f"bias.{field}", s.label, s.minimum, s.maximum, s.step,
                                    unit=s.unit, note=note)
            widget.value_changed.connect(lambda v, f=field: self._on_input(f, v))
            steady_in_place(widget.readout)
            self.sliders[field] = widget
        self._slider_columns = 0
        self._place_sliders(2)
        return self.slider_grid

    def _place_sliders(self, columns: int) -> None:
        """Group A beside group B in two columns; one under the other when narrow."""
        if columns == self._slider_columns:
            return
        self._slider_columns = columns
        for widget in self.sliders.values():
            self.slider_grid.removeWidget(widget)
        for i, widget in enumerate(self.sliders.values()):
            self.slider_grid.addWidget(widget, i // columns, i % columns)
        self.slider_grid.setColumnStretch(0, 1)
        self.slider_grid.setColumnStretch(1, 1 if columns == 2 else 0)

    def _tiles(self) -> QGridLayout:
        labels = self.content.labels
        self.tile_grid = QGridLayout()
        self.tile_grid.setSpacing(12)
        self.ratio_tile = _Tile("bias.impact_ratio", labels.impact_ratio)
        self.group_tile = _Tile("bias.disadvantaged", labels.disadvantaged)
        self.parity_tile = _Tile("bias.parity_difference", labels.parity_difference)
        self.p_tile = _Tile("bias.p_value", labels.p_value)
        self.tiles = (self.ratio_tile, self.group_tile, self.parity_tile, self.p_tile)
        self._tile_columns = 0
        self._place_tiles(len(self.tiles))
        return self.tile_grid

    def _place_tiles(self, columns: int) -> None:
        if columns == self._tile_columns:
            return
        self._tile_columns = columns
        for tile in self.tiles:
            self.tile_grid.removeWidget(tile)
        for i, tile in enumerate(self.tiles):
            self.tile_grid.addWidget(tile, i // columns, i % columns)
        for col in range(len(self.tiles)):
            self.tile_grid.setColumnStretch(col, 1 if col < columns else 0)

    def _reflow(self, width: int) -> None:
        # Measured in characters of the current text size, never in the values shown, so
        # the layout cannot flip while a slider is dragged.
        inner, char = width - 36, self.fontMetrics().averageCharWidth()
        self._place_sliders(2 if inner >= char * 90 else 1)
        # Four readouts side by side while each has room for ~18 characters; else two rows.
        self._place_tiles(len(self.tiles) if inner >= (char * 18 + 40) * len(self.tiles) else 2)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._reflow(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        # A new text size changes what fits without resizing this widget.
        if event.type() == QEvent.Type.LayoutRequest and hasattr(self, "tiles"):
            self._reflow(self.width())
        return super().event(event)

    def _band_box(self) -> QFrame:
        self.band_box = QFrame()
        self.band_box.setObjectName("bias.band.box")
        # The band's colours are on a backdrop: the band changes on many slider steps, and
        # re-polishing the box itself would lay the whole page out again each time.
        self.band_look = Backdrop(self.band_box)
        self.band_look.set_look("callout", "info")
        row = hbox(self.band_box, margins=(14, 12, 14, 12), spacing=12)
        self.band_icon = IconLabel("info", "info", 26)
        self._band_icon_look = ("info", "info")
        row.addWidget(self.band_icon, 0, Qt.AlignmentFlag.AlignTop)
        col = vbox(spacing=4)
        self.band = label("", "h3", name="bias.band")
        self.advice = label("", markdown=True, name="bias.band.advice")
        col.addWidget(self.band)
        col.addWidget(self.advice)
        row.addLayout(col, 1)
        steady_in_place(self.band)
        steady_in_place(self.advice)
        return self.band_box

    # -- input -> state --------------------------------------------------------------------
    def _on_input(self, field: str, value: float) -> None:
        setattr(self.state, field, int(round(value)) if field in COUNT_FIELDS else float(value))

    def _on_context(self, context_id: str) -> None:
        self.state.context = context_id

    # -- state -> widgets ------------------------------------------------------------------
    def _sync(self, *_: object) -> None:
        for field, slider in self.sliders.items():
            slider.set_value(getattr(self.state, field))
        context = self.content.context(self.state.context)
        if self.context.current() != context.id:
            self.context.set_current(context.id)
        if self._context_shown != context.id:  # texts change only with the context
            self._context_shown = context.id
            self.context_intro.setText(context.intro)
            self.context_sources.setText(footnote(context.sources))
        self._show(self.content.audit(self.state))

    def _show(self, r: AuditResult) -> None:
        labels, rules = self.content.labels, self.content.rules
        threshold = f"{rules.threshold:.2f}"
        low, high = sorted((r.rate_a, r.rate_b))
        adverse = (f"below {threshold}: adverse impact" if r.adverse_impact
                   else f"{threshold} or more: no adverse impact")
        self.ratio_tile.set(r.ratio_text, f"{percent(low)} \u00f7 {percent(high)}; {adverse}")
        if r.disadvantaged_name:
            self.group_tile.set(r.disadvantaged_name,
                                f"approved less often: {percent(low)} against {percent(high)}")
        else:
            self.group_tile.set(labels.no_disadvantage, f"both approved at {percent(high)}")
        names = dict(zip(("a", "b"), (rules.group_a, rules.group_b)))
        self.parity_tile.set(signed(r.parity_difference, labels.parity_unit),
                             f"{percent(r.rate_b)} {MINUS} {percent(r.rate_a)}")
        p_text = format_p_value(r.p_value, labels.not_defined).replace("< ", "<\u00a0")
        self.p_tile.set(p_text, f"{labels.selected}: {r.selected_a:,} of {r.n_a:,} "
                                f"({names['a']}), {r.selected_b:,} of {r.n_b:,} ({names['b']})")
        self.p_tile.value.setAccessibleDescription(r.significance_text)
        icon, token, kind = _BAND_LOOK.get(r.band_id, ("info", "info", "info"))
        if (icon, token) != self._band_icon_look:  # an icon is an SVG rendered afresh
            self._band_icon_look = (icon, token)
            self.band_icon.set_icon(icon, token)
        self.band_look.set_look("callout", kind)
        rule = self.content.context(self.state.context).rule_name
        self.band.setText(f"{rule}: {r.band_label}")
        self.band.setAccessibleName(f"{rule}: {r.band_label}")
        self.advice.setText(r.band_advice)
        self.band_box.setAccessibleName(self.band.text())
        self.band_box.setAccessibleDescription(r.band_advice)
        announce(self.band_box, f"{self.band.text()}. {r.band_advice}")
        self.significance.setText(r.significance_text)
        self.note.setText(r.note)
        set_visible_in_place(self.note, bool(r.note))
        self.chart.set_values(r.rate_a, r.rate_b, r.threshold_rate)

    def unbind(self) -> None:
        """Stop following the state (the page is being dropped)."""
        for name in STATE_FIELDS:
            getattr(self.state.events, name).disconnect(self._sync)


# -- the page -------------------------------------------------------------------------------------

class Step2Page(StepPage):
    """Step 2: text and quiz from content/step_2.yaml, the checker and the bias audit."""

    def build_widget(self, block: Block) -> QWidget | None:
        if block.widget == "gdpr_checker":
            self.gdpr = GdprChecker(self.course.topic("gdpr"), self.state.gdpr)
            self.gdpr.checked_by_user.connect(self._reveal_result)
            return self._keep(self.gdpr)
        if block.widget == "bias_audit":
            self.bias = BiasAudit(self.course.topic("bias"), self.state.bias)
            return self._keep(self.bias)
        return None

    def _keep(self, section: GdprChecker | BiasAudit) -> QWidget:
        if not hasattr(self, "_sections"):
            self._sections: list[GdprChecker | BiasAudit] = []
        self._sections.append(section)
        return section

    def _reveal_result(self) -> None:
        # After the layout has made room for the result, scroll it up if it is out of sight.
        QTimer.singleShot(0, self, self._scroll_to_result)

    def _scroll_to_result(self) -> None:
        result = self.gdpr.result
        if not result.isVisible():
            return
        top = result.mapTo(self.widget(), QPoint(0, 0)).y()
        bar = self.verticalScrollBar()
        if top > bar.value() + self.viewport().height() - 160:
            bar.setValue(top - 24)

    def close_page(self) -> None:
        super().close_page()
        for section in getattr(self, "_sections", []):
            section.unbind()
