"""The independent audit's cases, driven through the real form as the customer's tests are.

Each control is found by its object name (``gdpr.custom.<question>.<option>``) and set
with ``setChecked``; the check button is clicked; each row is read from its frame
``gdpr.result.<check>`` (Qt property ``status``) and the verdict from ``gdpr.verdict``.
The cases run one after another on one form without clearing it, so answers left in
questions a later case skips are still on screen, as they would be for a learner:
they must not change the result.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QFrame, QLabel, QPushButton, QWidget

CASES_FILE = Path(__file__).resolve().parents[1] / "model" / "test_gdpr_independent_cases.py"


def _cases_module():
    spec = importlib.util.spec_from_file_location("gdpr_independent_cases", CASES_FILE)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


CASES = _cases_module()


def drawn(root):
    for checker in root.window().findChildren(QWidget, "gdpr.checker"):
        checker.refresh.flush()  # it redraws once per event-loop pass


def find(root, cls, name):
    drawn(root)
    widget = root.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


@pytest.fixture
def page(session):
    session.window.go("step_2")
    return session.window.page("step_2")


def set_answers(page, form, answers):
    """Set every control a case answers, in code, as a harness would (nothing else is touched)."""
    for q in form.questions:
        if q.id not in answers:
            continue
        value = answers[q.id]
        for option in q.options:
            control = find(page, QAbstractButton, f"gdpr.custom.{q.id}.{option.id}")
            wanted = option.id in value if q.kind == "multiple" else option.id == value
            if control.isChecked() != wanted and (wanted or q.kind == "multiple"):
                control.setChecked(wanted)


def shown_rows(page, check_ids):
    return {cid: find(page, QFrame, f"gdpr.result.{cid}").property("status") for cid in check_ids}


def verdict_text(page):
    return find(page, QLabel, "gdpr.verdict").text()


def test_every_independent_case_through_the_form(page, session):
    content = session.course.topic("gdpr")
    check_ids = [k.id for k in content.rules.checks]
    find(page, QPushButton, "gdpr.mode.custom").click()
    check = find(page, QPushButton, "gdpr.check")
    wrong = []
    for case in CASES.CASES:
        set_answers(page, content.form, case.full_answers)
        assert check.isEnabled(), (case.name, find(page, QLabel, "gdpr.missing").text())
        check.click()
        assert find(page, QWidget, "gdpr.result").isVisibleTo(page), case.name
        rows = shown_rows(page, check_ids)
        expected = content.rules.verdict.outcome(case.verdict).label
        verdict_status = find(page, QLabel, "gdpr.verdict").property("status")
        if ({k: rows[k] for k in case.rows} != case.rows or verdict_text(page) != expected
                or verdict_status != case.verdict):
            wrong.append((case.name, case.source))
        # The verdict is the one rule over the rows on show.
        statuses = list(rows.values())
        rule = "fail" if "fail" in statuses else "warn" if "warn" in statuses else "pass"
        assert verdict_text(page) == content.rules.verdict.outcome(rule).label, case.name
    assert not wrong, wrong


def test_a_result_never_follows_a_skipped_questions_old_answer(page, session):
    content = session.course.topic("gdpr")
    find(page, QPushButton, "gdpr.mode.custom").click()
    check = find(page, QPushButton, "gdpr.check")
    solely_automated = {**CASES.BASE, "data": ["financial"], "automated_decision": "yes",
                        "human_review": "no", "art22_exception": "none", "dpia": "yes"}
    set_answers(page, content.form, solely_automated)
    check.click()
    assert shown_rows(page, ["automated_decisions"]) == {"automated_decisions": "fail"}
    # A person now reviews each decision: the "none" still ticked under Art. 22(2) is moot.
    find(page, QAbstractButton, "gdpr.custom.human_review.yes").setChecked(True)
    assert not find(page, QWidget, "gdpr.result").isVisibleTo(page)  # old result withdrawn
    assert find(page, QAbstractButton, "gdpr.custom.art22_exception.none").isChecked()
    assert find(page, QLabel, "gdpr.custom.art22_exception.skipped").isVisibleTo(page)
    check.click()
    assert shown_rows(page, ["automated_decisions"]) == {"automated_decisions": "not_applicable"}
    assert verdict_text(page) == content.rules.verdict.outcome("pass").label
    # Anonymous data: a "none identified" basis and special data still ticked count for nothing.
    find(page, QAbstractButton, "gdpr.custom.lawful_basis.none").setChecked(True)
    find(page, QAbstractButton, "gdpr.custom.data.health").setChecked(True)
    find(page, QAbstractButton, "gdpr.custom.personal_data.no").setChecked(True)
    check.click()
    gdpr_rows = shown_rows(page, CASES.GDPR_CHECKS)
    assert set(gdpr_rows.values()) == {"not_applicable"}, gdpr_rows
    assert verdict_text(page) == content.rules.verdict.outcome("pass").label


def test_a_required_question_left_open_gives_no_result(page, session):
    content = session.course.topic("gdpr")
    find(page, QPushButton, "gdpr.mode.custom").click()
    check = find(page, QPushButton, "gdpr.check")
    # A high-risk use whose Art. 6(3) question is not answered yet.
    set_answers(page, content.form, {**CASES.BASE, "ai_act_use": "recruitment"})
    drawn(page)
    assert not check.isEnabled()
    assert "question 17" in find(page, QLabel, "gdpr.missing").text()
    check.click()
    assert not find(page, QWidget, "gdpr.result").isVisibleTo(page)
    # A solely automated decision whose Art. 22(2) exception is not named yet.
    set_answers(page, content.form, {"art6_3": "none", "automated_decision": "yes",
                                     "human_review": "no"})
    drawn(page)
    assert not check.isEnabled()
    check.click()
    assert not find(page, QWidget, "gdpr.result").isVisibleTo(page)
    find(page, QAbstractButton, "gdpr.custom.art22_exception.contract_necessary").setChecked(True)
    drawn(page)
    assert check.isEnabled()
    check.click()
    assert shown_rows(page, ["automated_decisions"]) == {"automated_decisions": "warn"}


def test_answering_the_form_in_code_checks_the_form_not_a_preset(page, session):
    """A harness that sets the form's controls and presses Check gets the form's result,
    even if it never pressed "Describe your own use case" first."""
    content = session.course.topic("gdpr")
    assert session.state.gdpr.mode == "preset"
    set_answers(page, content.form, {**CASES.BASE, "lawful_basis": "none"})
    find(page, QPushButton, "gdpr.check").click()
    assert find(page, QLabel, "gdpr.result.title").text() == "Result: your use case"
    assert shown_rows(page, ["lawful_basis"]) == {"lawful_basis": "fail"}
    assert verdict_text(page) == content.rules.verdict.outcome("fail").label
