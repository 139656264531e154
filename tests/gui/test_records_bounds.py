"""Issue 16, item 8: the statement log does not grow with every page view, and the
certificate's date and name print as the course's English page means them."""

from __future__ import annotations

import json
import locale
from pathlib import Path

import pytest

from desktop.certificate import completion_date, printed_name
from desktop.model.learning_record import FSI, PDI
from desktop.records import install_records

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def statements(session) -> list[dict]:
    path = Path(session.data_dir) / "statements.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_visiting_pages_again_adds_no_statements(make_session):
    session = make_session()
    install_records(session)
    w = session.window
    for page in ("step_1", "step_2", "step_3"):
        w.go(page)
    once = len(statements(session))
    for _ in range(20):
        for page in ("step_1", "step_2", "step_3", "home"):
            w.go(page)
    assert len(statements(session)) == once


def test_a_new_attempt_records_page_views_again(make_session):
    session = make_session()
    install_records(session)
    session.window.go("step_1")
    session.state.complete_step(1)
    session.start_over()
    session.window.go("step_1")
    views = [s for s in statements(session) if s["verb"]["id"].endswith("/experienced")]
    assert len({s["context"]["registration"] for s in views}) == 2


@pytest.fixture
def german_dates():
    try:
        before = locale.setlocale(locale.LC_TIME)
        locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
    except locale.Error:
        pytest.skip("the de_DE.UTF-8 locale is not installed (Debian: locales, locale-gen)")
    yield
    locale.setlocale(locale.LC_TIME, before)


def test_the_certificate_date_is_english_on_a_german_computer(german_dates):
    assert completion_date("2026-12-06T10:00:00+01:00") == "6 December 2026"


def test_the_certificate_isolates_the_learner_name(make_session):
    session = make_session()
    records = install_records(session)
    records.set_learner("Zoë")
    assert printed_name(records.record()) == f"{FSI}Zoë{PDI}"


def test_the_certificate_date_is_in_the_learners_language(qapp):
    from desktop import i18n

    try:
        i18n.install(qapp, "de")
        assert completion_date("2026-12-06T10:00:00+01:00") == "6. Dezember 2026"
    finally:
        i18n.install(qapp, "en")
    assert completion_date("2026-12-06T10:00:00+01:00") == "6 December 2026"
