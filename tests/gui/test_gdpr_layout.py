"""Step 2's GDPR checker on a laptop screen: Check and the verdict together, the verdict
first, one line per check with its provision, the reason one click away."""

from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QWidget

from desktop import theme
from desktop.model.settings import AppSettings, save_settings
from desktop.widgets.compliance_result import legal_reference

from .viewport import assert_together


def open_checker(make_session, tmp_path, size=(1366, 768), scale=1.0):
    data = tmp_path / "learner"
    data.mkdir(parents=True, exist_ok=True)
    save_settings(data / "settings.json", AppSettings(text_scale=scale))
    session = make_session(data_dir=data)
    session.window.resize(*size)
    session.window.go("step_2")
    session.app.processEvents()
    return session, session.window.page("step_2")


def drawn(session):
    session.window.findChild(QWidget, "gdpr.checker").refresh.flush()
    session.app.processEvents()


@pytest.mark.parametrize("size, scale", [((1366, 768), 1.0), ((1920, 1080), 2.0)],
                         ids=["1366x768", "1920x1080-200pct"])
def test_check_and_the_verdict_are_on_one_screen(make_session, tmp_path, size, scale):
    session, page = open_checker(make_session, tmp_path, size, scale)
    assert theme.current().scale == scale
    # A worked use case with thirteen checks.
    session.state.gdpr.preset, session.state.gdpr.checked = "credit_social", True
    drawn(session)
    assert_together(session.window, "gdpr.check", "gdpr.verdict")
    if scale == 1.0:
        assert_together(session.window, "gdpr.check", "gdpr.verdict.box")
    # The learner's own use case: the form is long; the verdict rides beside it, in sight
    # of Check at its end and of any question on the way.
    content = session.course.topic("gdpr")
    session.state.gdpr.mode = "custom"
    session.state.gdpr.custom = dict(content.preset("churn").answers)
    session.state.gdpr.custom_checked = True
    drawn(session)
    assert_together(session.window, "gdpr.check", "gdpr.verdict")
    for question in content.form.questions[::4]:
        option = question.options[-1].id
        assert_together(session.window, f"gdpr.custom.{question.id}.{option}", "gdpr.verdict")


def test_the_verdict_comes_before_the_checks_and_each_check_is_one_line(make_session, tmp_path, qtbot):
    session, page = open_checker(make_session, tmp_path)
    session.state.gdpr.preset, session.state.gdpr.checked = "credit_social", True
    drawn(session)
    content = session.course.topic("gdpr")
    expected = content.preset_result(content.preset("credit_social"))
    verdict = page.findChild(QWidget, "gdpr.verdict.box")
    lines = [page.findChild(QFrame, f"gdpr.result.{k.id}") for k in expected.checks]
    assert all(line.isVisibleTo(page) for line in lines)
    assert all(verdict.geometry().bottom() < line.mapTo(verdict.parentWidget(), line.rect().topLeft()).y()
               for line in lines), "the verdict first"
    # Every provision the content cites is on show, word for word, beside its check
    # (its spaces no-break ones inside a citation).
    for k in expected.checks:
        shown = page.findChild(QLabel, f"gdpr.result.{k.id}.title").text()
        assert escape(k.title) in shown and escape(legal_reference(k.article)) in shown
    # A line each; a long provision wraps under itself (three of thirteen take more than two).
    line_height = page.fontMetrics().lineSpacing()
    tall = [k.id for k, line in zip(expected.checks, lines) if line.height() > 2 * line_height + 8]
    assert len(tall) <= 3, tall
    # The reason is one click away, and always in the line's description for screen readers.
    first = expected.checks[4]
    reason = page.findChild(QLabel, f"gdpr.result.{first.id}.reason")
    assert not reason.isVisibleTo(page)
    assert page.findChild(QFrame, f"gdpr.result.{first.id}").accessibleDescription() == first.reason
    why = page.findChild(QAbstractButton, f"gdpr.result.{first.id}.why")
    qtbot.mouseClick(why, Qt.MouseButton.LeftButton)
    assert reason.isVisibleTo(page) and reason.text() == first.reason


def test_the_result_pane_takes_the_room_its_result_needs_after_every_change(make_session, tmp_path):
    """From a short result to a long one, the pane grows (up to the visible page) instead of
    keeping the old height and scrolling thirteen checks through a slot."""
    session, page = open_checker(make_session, tmp_path)
    session.state.gdpr.mode = "custom"
    session.state.gdpr.custom = {"personal_data": "no", "ai_act_use": "recruitment",
                                 "art6_3": "preparatory", "ai_practice": ()}
    session.state.gdpr.custom_checked = True
    drawn(session)
    session.state.gdpr.mode, session.state.gdpr.preset = "preset", "credit_social"
    session.state.gdpr.checked = True
    drawn(session)
    for _ in range(3):
        session.app.processEvents()
    pane = page.findChild(QWidget, "gdpr.result_pane")
    room = page.viewport().height() - 16
    assert pane.height() >= min(pane.heightForWidth(pane.width()), room) - 1
    column = pane.parentWidget()
    assert pane.geometry().bottom() < column.height(), "the whole pane shows, none cut off below"
