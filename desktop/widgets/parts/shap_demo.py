"""Step 5's live, exact SHAP explanation of the churn model, with what-if controls.

Bound to ``state.shap``: a control writes the state, and the prediction, the chart,
the contributions and the explanation follow the state's events.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QPushButton, QWidget

from ... import theme
from ...model.state import ShapState
from ..binding import Coalesced, on_event, reset_section
from ..common import card_header, hbox, label, pane, signals_blocked, vbox
from ..display import number, share, signed
from ..icon_label import IconLabel
from ..labelled_slider import LabelledSlider
from ..segmented import Segmented
from ..stakeholder_card import TintLabel
from ..steady import Steady
from ..two_pane import TwoPane
from ...model.churn import Customer, base_value, shap_values
from ..waterfall_chart import Ruler, WaterfallChart, WaterfallData, WaterfallStep


# -- segmented choice ---------------------------------------------------------------------------
def _set_text(widget: Any, text: str) -> bool:
    """Set a label's text only if it differs (each change costs a relayout and a repaint)."""
    if widget.text() == text:
        return False
    widget.setText(text)
    return True


#: Icon, colour token and words for a contribution that raises, lowers or keeps the risk
#: (the words are translated where they are shown; QT_TRANSLATE_NOOP marks them for lupdate).
_UP = ("chevron_up", "risk_up", QT_TRANSLATE_NOOP("ShapDemo", "raises the risk"))
_DOWN = ("chevron_down", "risk_down", QT_TRANSLATE_NOOP("ShapDemo", "lowers the risk"))
_FLAT = ("circle", "text_muted", QT_TRANSLATE_NOOP("ShapDemo", "hardly changes the risk"))

#: How a risk band looks, from the highest band down: callout kind, icon, colour token.
_BAND_LOOKS = (("danger_bg", "alert", "danger"), ("warning_bg", "warning", "warning"),
               ("success_bg", "check_circle", "success"))


def _row_label(feature: Any, value: Any) -> str:
    return f"{feature.label}: {feature.display(value)}"


def _control_values(control: Any) -> tuple:
    """Every value a what-if control can take."""
    if control.kind != "numeric":
        return tuple(level for level, _ in control.options)
    count = int(round((control.maximum - control.minimum) / control.step))
    return tuple(control.minimum + i * control.step for i in range(count + 1))


def _ends(control: Any) -> tuple:
    """A slider's two ends, or every option of a choice."""
    values = _control_values(control)
    return (values[0], values[-1]) if control.kind == "numeric" else values


def what_if_ruler(content: Any) -> Ruler:
    """What the waterfall can show for any what-if, so one scale fits them all.

    The running values' extremes are taken over the corners of the what-if space (each
    slider at an end, each option): a feature's share grows with its own value, so the
    partial sums reach their extremes there. A hundredth more on each side absorbs the
    rounding of the shown shares.
    """
    model = content.model
    controls = {c.feature: c for c in content.controls}
    rows = [_row_label(f, v) for f in model.features for v in _control_values(controls[f.id])]
    low, high = _running_extremes(model, tuple(_ends(controls[f.id]) for f in model.features))
    return Ruler(low - 0.01, high + 0.01, tuple(rows))


@lru_cache(maxsize=4)
def _running_extremes(model: Any, corners: tuple) -> tuple[float, float]:
    """Lowest and highest running value over the what-if corners (once per model: about
    a tenth of a second, so a page built again reuses it)."""
    base = base_value(model)
    low = high = base
    for combo in itertools.product(*corners):
        running = base
        for share_ in shap_values(model, Customer(dict(zip(model.feature_ids, combo)))):
            running += share_
            low, high = min(low, running), max(high, running)
    return low, high


class BandPanel(QFrame):
    """The prediction's panel, tinted by the risk band like a callout.

    Painted here rather than by switching a stylesheet property: a re-polish would
    lay the whole page out again, and the band can change on any step of a drag.
    """

    def __init__(self) -> None:
        super().__init__()
        self.tint = ("danger_bg", "danger")

    def set_tint(self, background: str, accent: str) -> None:
        if (background, accent) != self.tint:
            self.tint = (background, accent)
            self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        t = theme.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(t.color(self.tint[0]))
        p.drawRoundedRect(QRectF(self.rect()), 6, 6)
        p.setBrush(t.color(self.tint[1]))
        p.drawRoundedRect(QRectF(0, 0, 5, self.height()), 2, 2)
        p.end()


class ShapDemo(QWidget):
    """Prediction, what-if controls, waterfall, contributions and explanation, all live.

    The what-if controls scroll beside the prediction and the chart (:class:`TwoPane`);
    the contributions and the explanation follow under the pair.
    """

    def __init__(self, content: Any, state: ShapState):
        super().__init__()
        self.content, self.state = content, state
        self.model = content.model
        self.setObjectName("shap.demo")
        texts = content.texts
        lay = vbox(self, spacing=14)
        results, right = pane("shap.results")
        right.addWidget(self._build_prediction())
        self.chart = WaterfallChart("shap.chart", texts.chart_caption, height=170)
        self.chart.set_ruler(what_if_ruler(content))
        right.addWidget(self.chart, 1)
        lay.addWidget(TwoPane(self._build_what_if(), results, min_chars=75, stretch=(1, 1)))
        # New figures and words on each slider step, seldom a new height: held so that a
        # step lays out these cards and not the page (see Steady)
        lay.addWidget(Steady(self._build_contributions()))
        lay.addWidget(Steady(self._build_explanation()))
        note = hbox(spacing=8)
        note.addWidget(IconLabel("info", "info", 18), 0, Qt.AlignmentFlag.AlignTop)
        self.note = label(f"{texts.shap_note} {texts.background_note}", "muted", name="shap.note")
        self.note.setAccessibleName(QCoreApplication.translate("ShapDemo", "What SHAP values are and are not"))
        note.addWidget(self.note, 1)
        lay.addLayout(note)
        self.explanation_now = None
        self._bound = True
        on_event(self, QEvent.Type.StyleChange,  # the icon is a pixmap: recolour it
                 lambda: theme.set_button_icon(self.reset_button, "refresh", "text"))
        self.refresh = Coalesced(self, self._redraw)
        for field in ("tickets", "login_gap", "renewal", "spend_trend", "industry"):
            getattr(state.events, field).connect(self.refresh.refresh)
        self._redraw()

    # -- building ------------------------------------------------------------------------------
    def _build_prediction(self) -> QFrame:
        texts = self.content.texts
        self.prediction_panel = BandPanel()
        self.prediction_panel.setObjectName("shap.prediction.panel")
        row = hbox(self.prediction_panel, margins=(16, 14, 16, 14), spacing=14)
        self.band_icon = IconLabel("alert", "danger", 30)
        row.addWidget(self.band_icon, 0, Qt.AlignmentFlag.AlignTop)
        col = vbox(spacing=4)
        col.addWidget(label(texts.prediction_label, "eyebrow"))
        self.prediction = label("", "h2", name="shap.prediction")
        col.addWidget(self.prediction)
        facts = " \u00b7 ".join(f"{f.label}: {f.value}" for f in self.content.facts)
        customer = f"{texts.customer_label}: {self.content.customer_name}"
        self.customer = label(f"{customer} \u00b7 {facts}" if facts else customer,
                              name="shap.customer")
        self.base_value = label("", "muted", name="shap.base_value")
        col.addWidget(self.base_value)
        row.addLayout(col, 1)
        return self.prediction_panel

    def _build_what_if(self) -> QFrame:
        texts = self.content.texts
        box = QFrame()
        box.setProperty("card", "true")
        box.setObjectName("shap.what_if")
        lay = vbox(box, margins=(16, 14, 16, 14), spacing=12)
        lay.addLayout(card_header("settings", texts.what_if_title))
        # Who the what-if starts from: beside the controls, so the results pane stays short.
        lay.addWidget(self.customer)
        lay.addWidget(label(texts.what_if_hint, "muted"))
        self.sliders: dict[str, LabelledSlider] = {}
        self.choices: dict[str, Segmented | QComboBox] = {}
        for control in self.content.controls:
            if control.kind == "numeric":
                feature = self.model.feature(control.feature)
                slider = LabelledSlider(f"shap.input.{control.feature}", control.label,
                                        control.minimum, control.maximum, control.step,
                                        formatter=feature.display)
                slider.value_changed.connect(
                    lambda v, f=control.feature: setattr(self.state, f, float(v)))
                self.sliders[control.feature] = slider
                lay.addWidget(slider)
            elif len(control.options) <= 3:
                lay.addWidget(self._segments(control))
            else:
                lay.addWidget(self._combo(control))
        self.reset_button = QPushButton(texts.reset_label)
        self.reset_button.setObjectName("shap.reset")
        self.reset_button.setAccessibleName(texts.reset_label)
        theme.set_button_icon(self.reset_button, "refresh", "text")
        self.reset_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reset_button.clicked.connect(lambda: self.reset())
        lay.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        return box

    def _segments(self, control: Any) -> QWidget:
        box = Segmented(control.options, f"shap.input.{control.feature}", control.label,
                        spoken=lambda text: f"{control.label}: {text}", title=control.label)
        box.changed.connect(lambda level, f=control.feature: setattr(self.state, f, level))
        self.choices[control.feature] = box
        return box

    def _combo(self, control: Any) -> QWidget:
        box = QWidget()
        lay = vbox(box, spacing=6)
        title = label(control.label)
        title.setProperty("role", "h3")
        lay.addWidget(title)
        combo = QComboBox()
        combo.setObjectName(f"shap.input.{control.feature}")
        combo.setAccessibleName(control.label)
        # Its longest option must not set the controls' column width (200 % text).
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        for level, text in control.options:
            combo.addItem(text, level)
        combo.currentIndexChanged.connect(
            lambda i, f=control.feature, c=combo: setattr(self.state, f, c.itemData(i)))
        title.setBuddy(combo)
        lay.addWidget(combo)
        self.choices[control.feature] = combo
        return box

    def _build_contributions(self) -> QFrame:
        box = QFrame()
        box.setProperty("card", "true")
        box.setObjectName("shap.contributions")
        grid = QGridLayout(box)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.contribution_icons: dict[str, IconLabel] = {}
        self.contribution_names: dict = {}
        self.contributions: dict[str, TintLabel] = {}
        self.contribution_notes: dict = {}
        for r, f in enumerate(self.model.features):
            icon = IconLabel("chevron_up", "risk_up", 18)
            name = label("", name=f"shap.contribution.{f.id}.feature")
            value = TintLabel("", "risk_up", name=f"shap.contribution.{f.id}")
            value.setWordWrap(False)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            note = label("", "muted", name=f"shap.contribution.{f.id}.note")
            grid.addWidget(icon, r, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(name, r, 1)
            grid.addWidget(value, r, 2)
            grid.addWidget(note, r, 3)
            self.contribution_icons[f.id], self.contribution_names[f.id] = icon, name
            self.contributions[f.id], self.contribution_notes[f.id] = value, note
        return box

    def _build_explanation(self) -> QFrame:
        box = QFrame()
        box.setProperty("card", "true")
        box.setObjectName("shap.explanation.panel")
        row = hbox(box, margins=(16, 14, 16, 14), spacing=12)
        row.addWidget(IconLabel("lightbulb", "primary", 24), 0, Qt.AlignmentFlag.AlignTop)
        col = vbox(spacing=4)
        col.addWidget(label(self.content.texts.explanation_title, "h3"))
        self.explanation = label("", name="shap.explanation")
        self.explanation.setAccessibleName(self.content.texts.explanation_title)
        col.addWidget(self.explanation)
        row.addLayout(col, 1)
        return box

    # -- state binding ---------------------------------------------------------------------------
    def what_if_customer(self) -> Any:
        return self.content.customer_from_state(self.state)

    def _redraw(self) -> None:
        """Show the state's what-if customer everywhere (inputs, numbers, chart, words).

        Runs on every step of a drag, so it touches only what changed: each changed
        widget costs a repaint, and the chart must repaint within a few milliseconds.
        """
        customer = self.what_if_customer()
        e = self.content.explain(customer)
        self.explanation_now = e
        self._sync_inputs()
        texts = self.content.texts
        base, prediction, shares = e.rounded(2)
        band = e.band
        bands = sorted(self.content.rules.bands, key=lambda b: b.minimum, reverse=True)
        index = bands.index(band)
        tint, icon, token = _BAND_LOOKS[0 if index == 0 else 2 if index == len(bands) - 1 else 1]
        if _set_text(self.prediction, QCoreApplication.translate("ShapDemo", "{band} ({share})").format(
                band=band.label, share=share(prediction))):
            self.prediction.setAccessibleName(QCoreApplication.translate("ShapDemo", "{label}: {value}").format(
                label=texts.prediction_label, value=self.prediction.text()))
        self.prediction_panel.set_tint(tint, token)
        self._set_icon(self.band_icon, (icon, token))
        if _set_text(self.base_value, QCoreApplication.translate("ShapDemo", "{label}: {value} ({share})").format(
                label=texts.base_label, value=number(base, 2), share=share(base))):
            self.base_value.setAccessibleName(self.base_value.text())
        steps = []
        for c, shown in zip(e.contributions, shares):
            # the sign of the shown number decides: a share that rounds to 0.00 is neutral
            look = _UP if shown > 0 else _DOWN if shown < 0 else _FLAT
            self._set_icon(self.contribution_icons[c.feature], look[:2])
            _set_text(self.contribution_names[c.feature], f"{c.label} ({c.display_value})")
            value = self.contributions[c.feature]
            if _set_text(value, signed(shown)) or value.accessibleName() == "":
                value.setAccessibleName(QCoreApplication.translate(
                    "ShapDemo", "{feature}, {value}: {share}, {effect}").format(
                        feature=c.label, value=c.display_value, share=signed(shown),
                        effect=QCoreApplication.translate("ShapDemo", look[2])))
            value.set_token(look[1])
            _set_text(self.contribution_notes[c.feature], c.note)
            steps.append(WaterfallStep(_row_label(self.model.feature(c.feature), c.value),
                                       shown, signed(shown)))
        self.chart.set_data(WaterfallData(
            base=base, base_label=texts.base_label, base_text=number(base, 2),
            total_label=texts.prediction_bar_label,
            total_text=f"{number(prediction, 2)} ({share(prediction)})", steps=tuple(steps),
            summary=self._summary(e, base, prediction, shares),
            axis_label=QCoreApplication.translate("ShapDemo", "Churn risk (probability)")))
        if _set_text(self.explanation, e.text):
            self.explanation.setAccessibleDescription(e.text)
        changed = dict(customer.values) != dict(self.content.default_customer.values)
        if self.reset_button.isEnabled() != changed:
            self.reset_button.setEnabled(changed)

    def _set_icon(self, icon: IconLabel, look: tuple[str, str]) -> None:
        if getattr(icon, "_look", None) != look:
            icon._look = look
            icon.set_icon(*look)

    def _summary(self, e: Any, base: float, prediction: float, shares: tuple) -> str:
        # each feature's label as the content writes it: lower-casing would break German
        # nouns ("Support-Tickets") and any name ("SaaS")
        parts = [f"{c.label} {signed(s)}" for c, s in zip(e.contributions, shares)]
        return QCoreApplication.translate(
            "ShapDemo", "From the average customer's {base}: {parts}; "
            "this customer's risk is {risk}.").format(
                base=number(base, 2), parts=", ".join(parts), risk=number(prediction, 2))

    def _sync_inputs(self) -> None:
        for fid, slider in self.sliders.items():
            value = float(getattr(self.state, fid))
            if slider.value() != value:
                slider.set_value(value)
        for fid, choice in self.choices.items():
            value = getattr(self.state, fid)
            if isinstance(choice, QComboBox):
                index = choice.findData(value)
                if index != choice.currentIndex():
                    with signals_blocked(choice):
                        choice.setCurrentIndex(index)
            else:
                choice.set_current(value)

    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.content, "shap", self.state)

    def unbind(self) -> None:
        if self._bound:
            self._bound = False
            for field in ("tickets", "login_gap", "renewal", "spend_trend", "industry"):
                getattr(self.state.events, field).disconnect(self.refresh.refresh)


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.shap_demo
    from ._preview import preview

    preview("shap_demo")
