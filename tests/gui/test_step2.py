"""Step 2 as a trainee uses it: the GDPR checker (presets and own use case) and the bias audit.

Everything is driven by object name and read back from what the page shows:
labels, the plot's items, the enabled state of buttons.
"""

from __future__ import annotations

import re
from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QFrame, QLabel, QPushButton, QSlider, QWidget,
)

from desktop.widgets.compliance_result import legal_reference
from tests.gui.events import Events

#: What the page shows at a first start (content/bias.yaml defaults 65 / 48 / 82 / 500 / 500).
FIRST_START = {"rate_a": "65 %", "rate_b": "48 %", "accuracy": "82 %",
               "n_a": "500 applicants", "n_b": "500 applicants"}
NOT_A_NUMBER = re.compile(r"\b(nan|inf|infinity)\b", re.IGNORECASE)


# -- helpers ------------------------------------------------------------------------------------

def settle(root):
    """Run the parts' pending coalesced redraws (one per event-loop pass), as the next
    frame would, so a read sees what the learner sees after a change."""
    from desktop.widgets.binding import Coalesced

    for part in getattr(root, "parts", {}).values():
        if isinstance(getattr(part, "refresh", None), Coalesced):
            part.refresh.flush()


def drawn(root):
    """The GDPR checker redraws once per event-loop pass: let it show what the state says."""
    for checker in root.window().findChildren(QWidget, "gdpr.checker"):
        checker.refresh.flush()


def find(root, cls, name):
    drawn(root)
    settle(root)
    widget = root.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def text(root, name) -> str:
    return find(root, QLabel, name).text()

def box_text(root, row: str) -> str:
    """A slider row's value as the learner reads it: in its box, with its unit (issue 19 item 9)."""
    return find(root, QAbstractSpinBox, f"{row}.spin").text()


@pytest.fixture
def page(session):
    session.window.go("step_2")
    return session.window.page("step_2")


def slide(page, field, value):
    """Move a bias slider as a user would (the QSlider's position is the value itself)."""
    slider = find(page, QSlider, f"bias.{field}")
    slider.setValue(int(round(value)))
    settle(page)


def chart_items(page):
    import pyqtgraph as pg

    plot = find(page, QWidget, "bias.chart")
    items = plot.getPlotItem().items
    bars = [i for i in items if isinstance(i, pg.BarGraphItem)]
    lines = [i for i in items if isinstance(i, pg.InfiniteLine)]
    texts = [i.toPlainText() for i in items if isinstance(i, pg.TextItem)]
    # the threshold's name and value stand on the right axis, beside the line's end
    texts += [text for level in plot.getPlotItem().getAxis("right")._tickLevels or ()
              for _, text in level]
    assert len(bars) == 1 and len(lines) == 1
    return bars[0], lines[0], texts


def bar_heights(page):
    bars, _, _ = chart_items(page)
    return [float(h) for h in bars.opts["height"]]


def threshold(page):
    return chart_items(page)[1].value()


def no_number_glitches(page):
    shown = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    shown += chart_items(page)[2]
    bad = [t for t in shown if NOT_A_NUMBER.search(t)]
    assert not bad, bad


def gdpr(session):
    return session.course.topic("gdpr")


def shown_lines(page):
    """The result's lines on show, in order: their frames (``gdpr.result.<check>``)."""
    drawn(page)
    result = page.findChild(QWidget, "gdpr.result")
    return [f for f in result.findChildren(QFrame)
            if f.objectName().count(".") == 2 and f.property("status") and f.isVisibleTo(result)]


def shown_checks(page):
    """(check id, status word) of each line on show."""
    return [(f.objectName().split(".")[-1], f.findChild(QLabel, f"{f.objectName()}.status").text())
            for f in shown_lines(page)]


def as_sets(answers):
    """Answers with multiple-choice selections as sets (the order of ticking does not matter)."""
    return {k: set(v) if isinstance(v, (list, tuple)) else v for k, v in answers.items()}


def fill_form(page, answers, form):
    """Answer the custom form by clicking its options (questions left out stay as they are)."""
    for q in form.questions:
        if q.id not in answers and q.kind != "multiple":
            continue
        value = answers.get(q.id)
        if q.kind == "multiple":
            for option in q.options:
                box = find(page, QAbstractButton, f"gdpr.custom.{q.id}.{option.id}")
                if box.isChecked() != (option.id in (value or ())):
                    box.click()
        elif value is not None:
            find(page, QAbstractButton, f"gdpr.custom.{q.id}.{value}").click()


# -- bias audit ---------------------------------------------------------------------------------

def test_first_start_shows_the_seed_audit(page):
    for field, shown in FIRST_START.items():
        assert box_text(page, f"bias.{field}").replace("\u00a0", " ") == shown
    assert text(page, "bias.impact_ratio") == "0.74"
    assert text(page, "bias.disadvantaged") == "Group B"
    assert text(page, "bias.parity_difference") == "\u221217\u00a0pp"
    assert text(page, "bias.band") == "Four-fifths rule: Adverse impact indicated"
    assert "re-weight the training data" in text(page, "bias.band.advice")
    assert text(page, "bias.p_value") == "<\u00a00.001"  # 325/500 against 240/500
    assert "325 of 500" in text(page, "bias.p_value.detail")
    assert "statistically significant" in text(page, "bias.p_value.sentence")
    assert bar_heights(page) == [65.0, 48.0]
    assert threshold(page) == pytest.approx(52.0)
    assert find(page, QLabel, "bias.band").accessibleName() == \
        "Four-fifths rule: Adverse impact indicated"


def test_the_chart_follows_a_slider_while_it_is_dragged(page):
    seen = []
    for value in (48, 52, 60, 70, 80):  # each tick of a drag writes the state and redraws
        slide(page, "rate_b", value)
        seen.append((bar_heights(page), threshold(page), text(page, "bias.impact_ratio")))
    assert [s[0] for s in seen] == [[65, v] for v in (48, 52, 60, 70, 80)]
    # The line sits at 80 % of the highest rate: A's until B overtakes it.
    assert [s[1] for s in seen] == pytest.approx([52, 52, 52, 56, 64])
    assert [s[2] for s in seen] == ["0.74", "0.80", "0.92", "0.93", "0.81"]
    _, _, labels = chart_items(page)
    assert "65 %" in [t.replace("\u00a0", " ") for t in labels]
    assert any(t.startswith("0.80 × higher rate") and "64" in t for t in labels)
    assert "Group A: 65" in find(page, QLabel, "bias.chart.summary").text()


def test_b_higher_than_a_names_a_as_disadvantaged(page, session):
    slide(page, "rate_a", 50)
    slide(page, "rate_b", 80)
    assert session.state.bias.rate_a == 50 and session.state.bias.rate_b == 80
    assert text(page, "bias.disadvantaged") == "Group A"
    assert text(page, "bias.impact_ratio") == "0.63"  # 50 / 80 = 0.625, not 80 / 50
    assert text(page, "bias.parity_difference") == "+30\u00a0pp"
    assert text(page, "bias.band") == "Four-fifths rule: Adverse impact indicated"
    assert threshold(page) == pytest.approx(64.0)
    assert bar_heights(page) == [50.0, 80.0]


def test_equal_rates_and_the_exact_boundary(page):
    slide(page, "rate_b", 65)
    assert text(page, "bias.impact_ratio") == "1.00"
    assert text(page, "bias.disadvantaged") == "Neither \u2014 equal rates"
    assert text(page, "bias.parity_difference") == "0\u00a0pp"
    assert text(page, "bias.band") == "Four-fifths rule: No adverse impact indicated"
    slide(page, "rate_a", 60)
    slide(page, "rate_b", 48)  # exactly four-fifths is not adverse impact
    assert text(page, "bias.impact_ratio") == "0.80"
    assert text(page, "bias.band") == "Four-fifths rule: No adverse impact indicated"
    assert "no adverse impact" in text(page, "bias.impact_ratio.detail")
    no_number_glitches(page)


def test_both_slider_ends_from_the_keyboard(page, session, qtbot):
    for field in ("rate_a", "rate_b", "accuracy", "n_a", "n_b"):
        slider = find(page, QSlider, f"bias.{field}")
        s = page.parts["bias_audit"].content.slider(field)
        slider.setFocus()
        qtbot.keyClick(slider, Qt.Key.Key_Home)
        assert getattr(session.state.bias, field) == s.minimum
        no_number_glitches(page)
        qtbot.keyClick(slider, Qt.Key.Key_End)
        assert getattr(session.state.bias, field) == s.maximum
        no_number_glitches(page)
    # Now both rates are 95 %, 10,000 applicants each.
    assert text(page, "bias.impact_ratio") == "1.00"
    slide(page, "rate_a", 10)
    assert text(page, "bias.impact_ratio") == "0.11"  # 10 / 95
    assert text(page, "bias.disadvantaged") == "Group A"
    assert text(page, "bias.band") == "Four-fifths rule: Severe adverse impact"
    assert text(page, "bias.parity_difference") == "+85\u00a0pp"
    assert bar_heights(page) == [10.0, 95.0]
    assert threshold(page) == pytest.approx(76.0)
    slide(page, "n_a", 10)
    slide(page, "n_b", 10)  # 1 of 10 against 10 of 10: still a defined test
    assert text(page, "bias.p_value") != page.parts["bias_audit"].content.labels.not_defined
    no_number_glitches(page)


def test_small_groups_flag_the_gap_without_significance(page):
    slide(page, "n_a", 20)
    slide(page, "n_b", 20)
    # 13 of 20 against 10 of 20 (65 % and 48 %, rounded to whole people): pooled 23/40,
    # z = 0.15 / sqrt(0.575 * 0.425 * (2 / 20)) = 0.960, two-sided p = 0.337.
    assert text(page, "bias.impact_ratio") == "0.74"
    assert "13 of 20" in text(page, "bias.p_value.detail")
    assert text(page, "bias.p_value") == "0.337"
    assert "not statistically significant" in text(page, "bias.p_value.sentence")
    note = find(page, QLabel, "bias.note")
    assert note.isVisibleTo(page) and "too small" in note.text()


def test_typed_values_outside_the_range_are_clamped(page, session, qtbot):
    spin = find(page, QAbstractSpinBox, "bias.rate_a.spin")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert session.state.bias.rate_a == 10  # below the minimum of 10 %
    assert spin.text() == "10 %"  # the value, shown once: in the box, with its unit
    assert bar_heights(page)[0] == 10.0
    count = find(page, QAbstractSpinBox, "bias.n_b.spin")
    count.setValue(50_000)  # what a paste of a huge number amounts to
    assert session.state.bias.n_b == 10_000
    assert count.text() == "10,000 applicants"


# -- GDPR checker: presets ------------------------------------------------------------------------

def test_disclaimer_is_said_once_and_plainly(page):
    said = [w for w in page.findChildren(QLabel) if "not legal advice" in w.text()]
    assert len(said) == 1
    assert said[0].isVisibleTo(page)


def test_each_preset_shows_the_engines_rows_its_notes_and_verdict(page, session, qtbot):
    content = gdpr(session)
    chooser = find(page, QComboBox, "gdpr.use_case")
    check = find(page, QPushButton, "gdpr.check")
    result = find(page, QWidget, "gdpr.result")
    assert [chooser.itemText(i) for i in range(chooser.count())] == [
        p.label for p in content.presets]
    labels = content.status_labels
    for i, preset in enumerate(content.presets):
        chooser.setCurrentIndex(i)
        drawn(page)
        assert not result.isVisibleTo(page), "a new choice waits for Check"
        assert text(page, "gdpr.use_case.description") == preset.description
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
        drawn(page)
        assert result.isVisibleTo(page)
        expected = content.preset_result(preset)
        assert shown_checks(page) == [(k.id, labels[k.status]) for k in expected.checks]
        assert {f.objectName().split(".")[-1]: f.property("status") for f in shown_lines(page)} == \
            {k.id: k.status for k in expected.checks}
        # The shown verdict is the one rule applied to the rows on show.
        statuses = [k.status for k in expected.checks]
        verdict = "fail" if "fail" in statuses else "warn" if "warn" in statuses else "pass"
        assert verdict == preset.verdict == expected.verdict.status
        assert text(page, "gdpr.verdict") == expected.verdict.label
        assert text(page, "gdpr.verdict.conclusion") == expected.conclusion
        assert text(page, "gdpr.verdict.conclusion").endswith(preset.advice)
        first = expected.checks[1]
        assert text(page, f"gdpr.result.{first.id}.title").endswith(f" · {escape(legal_reference(first.article))}")
    assert session.state.gdpr.preset == "fraud_detection" and session.state.gdpr.checked


def test_the_verdict_says_its_status_in_words_and_icon(page, session):
    session.state.gdpr.preset = "credit_social"
    session.state.gdpr.checked = True
    verdict = find(page, QLabel, "gdpr.verdict")
    assert verdict.text() == "High compliance risk"
    assert verdict.accessibleName() == "Overall verdict: High compliance risk"
    assert find(page, QWidget, "gdpr.verdict.box").property("callout") == "problem"
    row = find(page, QWidget, "gdpr.result.purpose_limitation")
    assert row.accessibleName().endswith(": Fail")


# -- GDPR checker: your own use case ---------------------------------------------------------

def test_check_waits_until_every_question_is_answered(page, session):
    form = gdpr(session).form
    find(page, QPushButton, "gdpr.mode.custom").click()
    assert session.state.gdpr.mode == "custom"
    find(page, QPushButton, "gdpr.mode.custom").click()  # clicking the current mode keeps it
    assert find(page, QPushButton, "gdpr.mode.custom").isChecked()
    assert not find(page, QPushButton, "gdpr.mode.preset").isChecked()
    check = find(page, QPushButton, "gdpr.check")
    missing = find(page, QLabel, "gdpr.missing")
    assert not check.isEnabled()
    required = [n for n, q in enumerate(form.questions, 1) if q.kind != "multiple"]
    assert missing.text().endswith(f"and {required[-1]}.")
    answers = dict(gdpr(session).preset("churn").answers)
    last = "ai_act_use"
    fill_form(page, {k: v for k, v in answers.items() if k != last}, form)
    assert not check.isEnabled()
    # Until the use is known, so is not whether the Art. 6(3) question applies.
    number = form.ids.index(last) + 1
    assert missing.text().endswith(f"questions {number} and {number + 1}.")
    fill_form(page, answers, form)
    assert check.isEnabled() and not missing.isVisibleTo(page)


def test_each_preset_entered_through_the_form_gets_the_presets_verdict(page, session):
    content = gdpr(session)
    find(page, QPushButton, "gdpr.mode.custom").click()
    check = find(page, QPushButton, "gdpr.check")
    seen = []
    for preset in content.presets:
        fill_form(page, preset.answers, content.form)
        # An earlier preset's answer to a question this one skips is kept, and ignored.
        skipped = content.form.skipped(session.state.gdpr.custom)
        kept = {k: v for k, v in session.state.gdpr.custom.items() if k not in skipped}
        assert as_sets(kept) == as_sets(preset.answers)
        assert not session.state.gdpr.custom_checked, "new answers wait for Check"
        check.click()
        seen.append(text(page, "gdpr.verdict"))
        assert text(page, "gdpr.result.title") == "Result: your use case"
        shown = shown_checks(page)
        assert [cid for cid, _ in shown] == [k.id for k in content.rules.checks]
        assert all(status in content.status_labels.values() for _, status in shown)
    assert seen == [content.evaluate(p.answers).verdict.label for p in content.presets]
    assert set(seen) == {"Generally compliant", "Compliant with safeguards",
                         "High compliance risk"}


def test_checking_the_long_form_scrolls_the_result_into_view(page, session, qtbot):
    from .viewport import outside

    content = gdpr(session)
    find(page, QPushButton, "gdpr.mode.custom").click()
    fill_form(page, content.preset("churn").answers, content.form)
    result = find(page, QWidget, "gdpr.result")
    bar = page.verticalScrollBar()
    assert bar.value() == 0
    find(page, QPushButton, "gdpr.check").click()
    verdict = find(page, QWidget, "gdpr.verdict.box")
    assert result.isVisibleTo(page)
    # The verdict comes fully into view, with the button that gave it.
    qtbot.waitUntil(lambda: not outside([verdict, find(page, QPushButton, "gdpr.check")]), timeout=2000)


def test_changing_an_answer_hides_the_old_result(page, session):
    content = gdpr(session)
    find(page, QPushButton, "gdpr.mode.custom").click()
    fill_form(page, content.preset("fraud_detection").answers, content.form)
    find(page, QPushButton, "gdpr.check").click()
    assert text(page, "gdpr.verdict") == "Compliant with safeguards"
    find(page, QAbstractButton, "gdpr.custom.lawful_basis.none").click()
    assert not find(page, QWidget, "gdpr.result").isVisibleTo(page)
    find(page, QPushButton, "gdpr.check").click()
    assert text(page, "gdpr.verdict") == "High compliance risk"
    assert ("lawful_basis", content.status_labels["fail"]) in shown_checks(page)


def test_the_form_works_from_the_keyboard(page, session, qtbot):
    session.window.activateWindow()
    qtbot.waitUntil(session.window.isActiveWindow)
    find(page, QPushButton, "gdpr.mode.custom").click()
    # The form is laid out on the next pass, as a learner sees it before pressing an arrow
    # key (arrow keys pick the button below by position).
    qtbot.waitUntil(lambda: find(page, QAbstractButton, "gdpr.custom.source.observed").y()
                    > find(page, QAbstractButton, "gdpr.custom.source.from_people").y() + 10)
    first = find(page, QAbstractButton, "gdpr.custom.source.from_people")
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert session.state.gdpr.custom["source"] == "from_people"
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert session.state.gdpr.custom["source"] == "observed"  # arrows move and choose
    assert find(page, QAbstractButton, "gdpr.custom.source.observed").hasFocus()
    box = find(page, QAbstractButton, "gdpr.custom.data.health")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert session.state.gdpr.custom["data"] == ("health",)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert session.state.gdpr.custom["data"] == ()


def test_tab_reaches_every_control_of_both_parts(page, session, qtbot):
    from PySide6.QtWidgets import QApplication

    session.window.activateWindow()
    qtbot.waitUntil(session.window.isActiveWindow)
    start = find(page, QPushButton, "gdpr.mode.preset")
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in range(40):
        focused = QApplication.focusWidget()
        reached.append(focused.objectName())
        if isinstance(focused.parentWidget(), (QAbstractSpinBox, QComboBox)):
            reached.append(focused.parentWidget().objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    wanted = ["gdpr.mode.preset", "gdpr.mode.custom", "gdpr.use_case", "gdpr.check"]
    for field in ("rate_a", "rate_b", "n_a", "n_b", "accuracy"):
        wanted += [f"bias.{field}", f"bias.{field}.spin"]
    assert [name for name in wanted if name not in reached] == []
    assert reached.index("gdpr.check") < reached.index("bias.rate_a") < reached.index("bias.rate_b")


def test_every_control_has_a_name_a_screen_reader_can_read(page):
    for name in ("gdpr.use_case", "gdpr.check", "gdpr.mode.preset", "gdpr.mode.custom",
                 "bias.rate_a", "bias.rate_b", "bias.accuracy", "bias.n_a", "bias.n_b"):
        assert find(page, QWidget, name).accessibleName(), name
    for option in find(page, QWidget, "gdpr.custom").findChildren(QAbstractButton):
        assert option.objectName().startswith("gdpr.custom.") and option.accessibleName()
    for name in ("bias.impact_ratio", "bias.disadvantaged", "bias.parity_difference",
                 "bias.p_value"):
        assert find(page, QLabel, name).accessibleName(), name


# -- state: reset and restart ---------------------------------------------------------------------

def test_start_over_returns_the_page_to_a_first_start(page, session):
    slide(page, "rate_a", 20)
    slide(page, "n_b", 3000)
    find(page, QComboBox, "gdpr.use_case").setCurrentIndex(3)
    find(page, QPushButton, "gdpr.check").click()
    find(page, QPushButton, "gdpr.mode.custom").click()
    fill_form(page, gdpr(session).preset("churn").answers, gdpr(session).form)
    find(page, QPushButton, "gdpr.check").click()
    session.start_over()
    for field, shown in FIRST_START.items():
        assert box_text(page, f"bias.{field}").replace("\u00a0", " ") == shown
    assert text(page, "bias.impact_ratio") == "0.74"
    assert bar_heights(page) == [65.0, 48.0] and threshold(page) == pytest.approx(52.0)
    assert find(page, QPushButton, "gdpr.mode.preset").isChecked()
    assert find(page, QComboBox, "gdpr.use_case").currentIndex() == 0
    assert not find(page, QWidget, "gdpr.result").isVisibleTo(page)
    assert not find(page, QWidget, "gdpr.custom").isVisibleTo(page)
    assert page.parts["gdpr_checker"].form.answers() == {"data": (), "people": (), "dpia_factors": (),
                                        "ai_practice": ()}
    assert not any(b.isChecked()
                   for b in find(page, QWidget, "gdpr.custom").findChildren(QAbstractButton))


def test_a_restart_shows_the_checked_result_again(make_session, tmp_path):
    first = make_session(data_dir=tmp_path / "d")
    first.window.go("step_2")
    page = first.window.page("step_2")
    content = first.course.topic("gdpr")
    find(page, QComboBox, "gdpr.use_case").setCurrentIndex(2)
    find(page, QPushButton, "gdpr.check").click()
    find(page, QPushButton, "gdpr.mode.custom").click()
    fill_form(page, content.preset("health_insurance").answers, content.form)
    find(page, QPushButton, "gdpr.check").click()
    slide(page, "rate_b", 70)
    first.window.close()  # closing the window flushes the debounced save

    again = make_session(data_dir=tmp_path / "d")
    again.window.go("step_2")
    page = again.window.page("step_2")
    assert find(page, QWidget, "gdpr.result").isVisibleTo(page)
    assert text(page, "gdpr.result.title") == "Result: your use case"
    assert text(page, "gdpr.verdict") == "High compliance risk"
    assert page.parts["gdpr_checker"].form.answers()["data"] == ("contact", "financial", "health")
    find(page, QPushButton, "gdpr.mode.preset").click()
    assert text(page, "gdpr.result.title") == "Result: Resume screening for hiring"
    assert text(page, "bias.disadvantaged") == "Group A"
    assert bar_heights(page) == [65.0, 70.0]


def test_closing_the_page_stops_it_following_the_state(page, session):
    page.close_page()
    session.state.bias.rate_b = 30.0
    session.state.gdpr.checked = True
    assert text(page, "bias.impact_ratio") == "0.74"
    assert not find(page, QWidget, "gdpr.result").isVisibleTo(page)


# -- interaction cost (issue 7) -------------------------------------------------------------------

def test_a_note_that_appears_leaves_the_chart_beside_it_unsqueezed(page, session):
    """Showing the note laid the audit out first in its old height (the chart, its biggest
    part, squeezed by the note's height) and then again grown: two resizes of the plot.
    The note now appears in the controls' column, beside the chart, which keeps its place."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    audit, plot = page.parts["bias_audit"], page.parts["bias_audit"].chart.plot
    slide(page, "rate_b", 50)
    QApplication.processEvents()
    assert not audit.note.isVisibleTo(audit)
    size, top = plot.size(), audit.chart.y()

    resizes = Events.on(plot, QEvent.Type.Resize)
    slide(page, "rate_b", 55)  # 65 % against 55 %: no adverse impact, yet significant
    for _ in range(3):
        QApplication.processEvents()
    resized = resizes.stop()
    note = audit.note
    assert note.isVisibleTo(audit) and note.text()
    assert resized == [], "the chart was squeezed and grown again"
    assert plot.size() == size
    assert audit.chart.y() == top
    assert note.mapTo(audit, note.rect().topLeft()).x() < audit.chart.mapTo(audit, audit.chart.rect().topLeft()).x()


# -- GDPR checker driven through the object names (issue 17) ---------------------------------------

def _cases():
    """The worked cases of tests/model/test_compliance_cases.py, each naming its source."""
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "model" / "test_compliance_cases.py"
    spec = importlib.util.spec_from_file_location("compliance_cases", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.BASE, module.CASES


def set_controls(page, answers, form):
    """Answer by setting each control's checked state in code, as a test harness would."""
    for q in form.questions:
        value = answers.get(q.id)
        for option in q.options:
            control = find(page, QAbstractButton, f"gdpr.custom.{q.id}.{option.id}")
            wanted = option.id in value if q.kind == "multiple" else option.id == value
            if value is not None and control.isChecked() != wanted:
                control.setChecked(wanted)


def row_statuses(page):
    rows = [w for w in find(page, QWidget, "gdpr.result").findChildren(QWidget)
            if w.objectName().startswith("gdpr.result.") and w.property("status")]
    return {w.objectName().removeprefix("gdpr.result."): w.property("status") for w in rows}


def test_every_worked_case_gives_the_same_rows_when_driven_through_the_form(page, session):
    base, cases = _cases()
    content = gdpr(session)
    find(page, QPushButton, "gdpr.mode.custom").click()
    check = find(page, QPushButton, "gdpr.check")
    for case in cases:
        set_controls(page, {**base, **case.answers}, content.form)
        check.click()
        assert find(page, QWidget, "gdpr.result").isVisibleTo(page), case.source
        shown = row_statuses(page)
        assert {k: shown[k] for k in case.rows} == case.rows, case.source
        assert set(shown) == {k.id for k in content.rules.checks}
        if case.verdict:
            assert page.parts["gdpr_checker"].result.verdict.text() == \
                content.rules.verdict.outcome(case.verdict).label, case.source


def test_set_checked_in_code_updates_the_answers_without_a_click(page, session):
    find(page, QPushButton, "gdpr.mode.custom").click()
    find(page, QAbstractButton, "gdpr.custom.lawful_basis.vital_interests").setChecked(True)
    assert session.state.gdpr.custom["lawful_basis"] == "vital_interests"
    find(page, QAbstractButton, "gdpr.custom.lawful_basis.public_task").setChecked(True)
    assert session.state.gdpr.custom["lawful_basis"] == "public_task"
    find(page, QAbstractButton, "gdpr.custom.data.trade_union").setChecked(True)
    find(page, QAbstractButton, "gdpr.custom.data.genetic").setChecked(True)
    assert set(session.state.gdpr.custom["data"]) == {"trade_union", "genetic"}


def test_anonymous_data_skips_the_gdpr_questions_and_says_why(page, session):
    content = gdpr(session)
    find(page, QPushButton, "gdpr.mode.custom").click()
    note = find(page, QLabel, "gdpr.custom.lawful_basis.skipped")
    assert not note.isVisibleTo(page)
    find(page, QAbstractButton, "gdpr.custom.personal_data.no").click()
    drawn(page)
    assert note.isVisibleTo(page) and "GDPR does not apply" in note.text()
    find(page, QAbstractButton, "gdpr.custom.ai_act_use.recruitment").click()
    find(page, QAbstractButton, "gdpr.custom.art6_3.none").click()
    check = find(page, QPushButton, "gdpr.check")
    drawn(page)
    assert check.isEnabled(), text(page, "gdpr.missing")
    check.click()
    shown = row_statuses(page)
    assert shown["scope"] == "not_applicable" and shown["lawful_basis"] == "not_applicable"
    assert shown["ai_act"] == "warn"
    assert "4(a)" in text(page, "gdpr.result.ai_act.reason")
    assert text(page, "gdpr.result.scope.status") == content.status_labels["not_applicable"]
    assert text(page, "gdpr.verdict") == "Compliant with safeguards"


def test_open_in_the_form_loads_a_preset_so_one_changed_answer_shows_what_flips(page, session):
    content = gdpr(session)
    chooser = find(page, QComboBox, "gdpr.use_case")
    chooser.setCurrentIndex([p.id for p in content.presets].index("credit_social"))
    find(page, QPushButton, "gdpr.open_in_form").click()
    assert session.state.gdpr.mode == "custom"
    assert find(page, QWidget, "gdpr.custom").isVisibleTo(page)
    assert find(page, QAbstractButton, "gdpr.custom.source.public_web").isChecked()
    assert row_statuses(page)["automated_decisions"] == "fail"
    # A person now reviews each decision: Art. 22 no longer applies.
    find(page, QAbstractButton, "gdpr.custom.human_review.yes").click()
    find(page, QPushButton, "gdpr.check").click()
    assert row_statuses(page)["automated_decisions"] == "not_applicable"
    assert find(page, QLabel, "gdpr.custom.art22_exception.skipped").isVisibleTo(page)


def test_the_learner_chooses_hiring_or_lending_and_the_framing_follows(page, session):
    intro = find(page, QLabel, "bias.context.intro")
    assert find(page, QPushButton, "bias.context.hiring").isChecked()
    assert "1607.4(D)" in intro.text() and "ecfr.gov" in text(page, "bias.context.sources")
    assert text(page, "bias.band") == "Four-fifths rule: Adverse impact indicated"
    find(page, QPushButton, "bias.context.lending").click()
    assert session.state.bias.context == "lending"
    settle(page)
    assert "Regulation B" in intro.text() and "no numeric threshold" in intro.text()
    assert "1002.6" in text(page, "bias.context.sources")
    # The arithmetic does not change with the law; what the ratio is called does.
    assert text(page, "bias.impact_ratio") == "0.74"
    assert text(page, "bias.band") == "Screening ratio: Adverse impact indicated"
    assert "statistically significant" in text(page, "bias.p_value.sentence")
    slide(page, "rate_b", 38)
    assert text(page, "bias.band") == "Screening ratio: Severe adverse impact"
    assert "0.60" in text(page, "bias.bands_note")
