"""Step 2's bias audit simulator: both groups' rates and counts, the band, the test, the chart.

Bound to ``state.bias``: every slider writes the state, and every readout and the
chart are redrawn from the state's change events.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QSizePolicy, QWidget

from ...content.bias import COUNT_FIELDS, FIELDS, STATE_FIELDS, BiasContent
from ...content.sources import footnote
from ...model.costs import MINUS
from ...model.fairness import AuditResult, format_p_value
from ...model.state import BiasState
from ..backdrop import Backdrop
from ..binding import Coalesced, on_event, reset_section
from ..bias_chart import BiasChart
from ..common import announce, hbox, label, pane, vbox
from ..display import number, percent
from ..icon_label import IconLabel
from ..labelled_slider import LabelledSlider
from ..responsive_row import flow_grid
from ..segmented import Segmented
from ..stat_readout import set_tone
from ..two_pane import TwoPane

_BAND_LOOK = {"pass": ("pass", "success", "success"), "caution": ("caution", "warning", "warning"),
              "fail": ("fail", "danger", "problem")}
#: Sliders in reading order: in two columns group A sits beside group B.
SLIDER_ORDER = ("rate_a", "rate_b", "n_a", "n_b", "accuracy")
SLIDER_GAP = 28


def signed(value: float, unit: str) -> str:
    """+17 pp, −17 pp, 0 pp (a real minus sign, never "-0")."""
    if round(value, 2) == 0:
        return f"0\u00a0{unit}"
    sign = "+" if value > 0 else MINUS
    return f"{sign}{number(round(abs(value), 2))}\u00a0{unit}"


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
        # The band's colours on a backdrop: re-polishing the tile would re-measure its labels.
        self.look = Backdrop(self)

    def set_band(self, kind: str, tone: str) -> None:
        """Colour the tile by the audit's band (pass, caution, fail), as the band box is."""
        self.look.set_look("callout", kind)
        set_tone(self.value, tone)

    def set(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.value.setAccessibleName(QCoreApplication.translate("BiasAudit", "{caption}: {value}").format(
            caption=self._caption, value=value))
        self.value.setAccessibleDescription(detail)


class BiasAudit(QFrame):
    """Sliders for both groups' rates, accuracy and counts; readouts, band, test and chart.

    The sliders, the band and the test's sentence are on the left; the four readouts and
    the chart on the right, kept in view while the sliders scroll (:class:`TwoPane`).
    """

    def __init__(self, content: BiasContent, state: BiasState, parent: QWidget | None = None):
        super().__init__(parent)
        self.content, self.state = content, state
        self._context_shown = ""
        self.setProperty("card", "true")
        self.setObjectName("bias.audit")
        self.setAccessibleName(QCoreApplication.translate("BiasAudit", "Bias audit simulator"))
        # Never forces the page wider than the window: resizeEvent stacks its parts instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        lay = vbox(self, margins=(18, 16, 18, 18), spacing=14)
        lay.addWidget(label(content.intro, markdown=True, name="bias.intro"))
        lay.addWidget(label(content.context_label, "h3"))
        self.context = Segmented(tuple((c.id, c.label) for c in content.contexts),
                                 "bias.context", content.context_label)
        lay.addWidget(self.context)
        self.context_intro = label("", markdown=True, name="bias.context.intro")
        lay.addWidget(self.context_intro)
        self.context_sources = label("", "muted", name="bias.context.sources", selectable=True)
        lay.addWidget(self.context_sources)
        self._tiles()
        lay.addWidget(TwoPane(self._controls(), self._results(), min_chars=75, stretch=(5, 6)))
        # children are built: connect them
        self.refresh = Coalesced(self, self._sync)
        self.context.changed.connect(self._on_context)
        for field, slider in self.sliders.items():
            slider.value_changed.connect(lambda v, f=field: self._on_input(f, v))
        for name in STATE_FIELDS:
            getattr(state.events, name).connect(self.refresh.refresh)
        # A new text size changes what fits without resizing this widget.
        on_event(self, QEvent.Type.LayoutRequest, lambda: self._reflow(self.width()))
        self._sync()

    def _controls(self) -> QWidget:
        box, col = pane("bias.controls")
        col.addLayout(self._sliders())
        col.addWidget(self._band_box())
        col.addLayout(self.test_grid)
        col.addWidget(label(self.content.bands_note, "muted", name="bias.bands_note"))
        self.significance = label("", name="bias.p_value.sentence")
        col.addWidget(self.significance)
        self.note = label("", "muted", name="bias.note")
        col.addWidget(self.note)
        col.addStretch(1)
        return box

    def _results(self) -> QWidget:
        box, col = pane("bias.results", spacing=12)
        col.addLayout(self.ratio_grid)
        names = tuple(g.name for g in self.content.groups)
        ticks = tuple(f"{g.name}\n({g.role})" for g in self.content.groups)
        self.chart = BiasChart("bias.chart", self.content.labels.chart_title, names, ticks,
                               self.content.labels.threshold_line,
                               QCoreApplication.translate("BiasAudit", "Approval rate (%)"))
        col.addWidget(self.chart, 1)
        return box

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
            self.sliders[field] = widget
        self._slider_columns = 0
        self._place_sliders(1)
        return self.slider_grid

    def _place_sliders(self, columns: int) -> None:
        """Group A beside group B in two columns; one under the other when narrow."""
        if columns == self._slider_columns:
            return
        self._slider_columns = columns
        flow_grid(self.slider_grid, self.sliders.values(), columns)

    def _tiles(self) -> None:
        """The ratio and the group it disadvantages beside the chart; the difference and
        the test's p-value under the band (the results pane must fit a 545 px viewport)."""
        labels = self.content.labels
        self.ratio_tile = _Tile("bias.impact_ratio", labels.impact_ratio)
        self.group_tile = _Tile("bias.disadvantaged", labels.disadvantaged)
        self.parity_tile = _Tile("bias.parity_difference", labels.parity_difference)
        self.p_tile = _Tile("bias.p_value", labels.p_value)
        self.tiles = (self.ratio_tile, self.group_tile, self.parity_tile, self.p_tile)
        self.ratio_grid, self.test_grid = QGridLayout(), QGridLayout()
        # The test's two tiles stand one above the other: side by side at 200 % text they
        # made the controls' column wider than its viewport (cut off on the right).
        for grid, pair, columns in ((self.ratio_grid, self.tiles[:2], 2),
                                    (self.test_grid, self.tiles[2:], 1)):
            grid.setSpacing(12)
            flow_grid(grid, pair, columns)

    def _reflow(self, width: int) -> None:
        # Measured in characters of the current text size, never in the values shown, so
        # the layout cannot flip while a slider is dragged. Beside the results the sliders
        # take one column; stacked under them (a narrow window) two fit again.
        inner, char = width - 36, self.fontMetrics().averageCharWidth()
        stacked = inner < char * 75
        self._place_sliders(2 if stacked and inner >= char * 90 else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._reflow(event.size().width())
        super().resizeEvent(event)

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
        threshold = number(rules.threshold, 2)
        low, high = sorted((r.rate_a, r.rate_b))
        adverse = (QCoreApplication.translate("BiasAudit", "below {threshold}: adverse impact")
                   if r.adverse_impact else
                   QCoreApplication.translate("BiasAudit", "{threshold} or more: no adverse impact")
                   ).format(threshold=threshold)
        self.ratio_tile.set(r.ratio_text, QCoreApplication.translate(
            "BiasAudit", "{low} \u00f7 {high}; {verdict}").format(
                low=percent(low), high=percent(high), verdict=adverse))
        if r.disadvantaged_name:
            self.group_tile.set(r.disadvantaged_name, QCoreApplication.translate(
                "BiasAudit", "approved less often: {low} against {high}").format(
                    low=percent(low), high=percent(high)))
        else:
            self.group_tile.set(labels.no_disadvantage, QCoreApplication.translate(
                "BiasAudit", "both approved at {rate}").format(rate=percent(high)))
        names = dict(zip(("a", "b"), (rules.group_a, rules.group_b)))
        self.parity_tile.set(signed(r.parity_difference, labels.parity_unit),
                             f"{percent(r.rate_b)} {MINUS} {percent(r.rate_a)}")
        p_text = format_p_value(r.p_value, labels.not_defined).replace("< ", "<\u00a0")
        self.p_tile.set(p_text, QCoreApplication.translate(
            "BiasAudit", "{selected}: {sel_a} of {n_a} ({name_a}), {sel_b} of {n_b} ({name_b})").format(
                selected=labels.selected, sel_a=number(r.selected_a), n_a=number(r.n_a),
                name_a=names["a"], sel_b=number(r.selected_b), n_b=number(r.n_b),
                name_b=names["b"]))
        self.p_tile.value.setAccessibleDescription(r.significance_text)
        icon, token, kind = _BAND_LOOK.get(r.band_id, ("info", "info", "info"))
        if (icon, token) != self._band_icon_look:  # an icon is an SVG rendered afresh
            self._band_icon_look = (icon, token)
            self.band_icon.set_icon(icon, token)
        self.band_look.set_look("callout", kind)
        self.ratio_tile.set_band(kind, token if token != "info" else "")
        rule = self.content.context(self.state.context).rule_name
        band = QCoreApplication.translate("BiasAudit", "{rule}: {band}").format(rule=rule, band=r.band_label)
        self.band.setText(band)
        self.band.setAccessibleName(band)
        self.advice.setText(r.band_advice)
        self.band_box.setAccessibleName(self.band.text())
        self.band_box.setAccessibleDescription(r.band_advice)
        announce(self.band_box, f"{self.band.text()}. {r.band_advice}")
        self.significance.setText(r.significance_text)
        self.note.setText(r.note)
        self.note.setVisible(bool(r.note))
        self.chart.set_values(r.rate_a, r.rate_b, r.threshold_rate)

    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.content, "bias", self.state)

    def unbind(self) -> None:
        """Stop following the state (the page is being dropped)."""
        for name in STATE_FIELDS:
            getattr(self.state.events, name).disconnect(self.refresh.refresh)


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.bias_audit
    from ._preview import preview

    preview("bias_audit")
