"""The Qt-free side of the learner's language (issue 22): what the model keeps, what it
shows through the display hook, and what its records say about the language."""

from __future__ import annotations

import pytest

from desktop.model import xapi
from desktop.model.costs import (
    Currency, format_money, format_number, format_percent, use_display_locale,
)
from desktop.model.settings import AppSettings, SetAside, read_settings, save_settings

USD = Currency()


class SpaceGrouped:
    """A locale that groups with thin spaces and puts the symbol after ("1 200 000 $")."""

    def digits(self, amount: float, decimals: int) -> str:
        whole, _, fraction = f"{amount:.{decimals}f}".partition(".")
        grouped = f"{int(whole):,}".replace(",", "\u202f")
        return grouped + ("," + fraction if fraction else "")

    def money(self, digits: str, symbol: str) -> str:
        return f"{digits}\u00a0{symbol}"

    def percent(self, digits: str) -> str:
        return f"{digits}\u00a0%"


@pytest.fixture
def display_locale():
    use_display_locale(SpaceGrouped())
    yield
    use_display_locale(None)


@pytest.fixture
def german_records():
    xapi.set_language("de-DE")
    yield
    xapi.set_language(xapi.LANG)


def test_without_a_display_locale_numbers_follow_the_course_currency():
    assert format_money(1_200_000, USD) == "$1,200,000"
    assert format_money(-1234.5, USD, 1) == "\u2212$1,234.5"
    assert format_percent(70, USD) == "70%"


def test_a_display_locale_writes_what_is_shown_and_keeps_sign_rounding_and_gaps(display_locale):
    assert format_money(1_200_000, USD) == "1\u202f200\u202f000\u00a0$"
    # The model still rounds half away from zero and leads with U+2212 for a loss.
    assert format_money(-1234.5, USD) == "\u22121\u202f235\u00a0$"
    assert format_number(2.5, USD, signed=True) == "+3"
    assert format_percent(12.25, USD, 1) == "12,3\u00a0%"
    assert format_money(None, USD, not_available="k. A.") == "k. A."


def test_the_language_choice_is_kept_with_the_settings_and_a_bad_one_ignored(tmp_path):
    path = tmp_path / "settings.json"
    save_settings(path, AppSettings(theme="dark", language="de"))
    assert read_settings(path)[0].language == "de"
    path.write_text('{"theme": "dark", "language": "../../etc"}', "utf-8")
    settings, problem = read_settings(path)
    assert settings.language is None and settings.theme == "dark" and problem is None


def test_a_damaged_settings_file_is_reported_as_data_for_the_qt_layer_to_word(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{not json", "utf-8")
    settings, problem = read_settings(path)
    assert settings == AppSettings() and isinstance(problem, SetAside)
    assert problem.kept_as.startswith("settings.corrupt") and (tmp_path / problem.kept_as).exists()


def test_statements_carry_the_learners_language_and_english_verbs(german_records):
    course = xapi.course_activity("https://example.org/course", "ML-Integration im Unternehmen")
    recorder = xapi.Recorder(xapi.Learner("id-1", "https://example.org"), course, "reg-1")
    statement = recorder.statement("completed", course)
    assert statement["context"]["language"] == "de-DE"
    assert statement["object"]["definition"]["name"] == {"de-DE": "ML-Integration im Unternehmen"}
    # The verbs' display is the app's own English, and says so.
    assert statement["verb"]["display"] == {"en-US": "completed"}


def test_the_csv_header_row_follows_the_learners_language(german_records):
    from desktop.model.learning_record import CSV_COLUMNS, CSV_HEADERS

    assert len(CSV_HEADERS["de-DE"]) == len(CSV_HEADERS["ar"]) == len(CSV_COLUMNS)
    assert CSV_HEADERS["en-US"] == CSV_COLUMNS


def test_a_language_map_holds_each_name_in_the_language_its_tag_names(german_records):
    """The app's own words are English unless the Qt layer words them: a German learner's
    statements carry them tagged en-US, and the German wording beside them."""
    course = xapi.course_activity("https://example.org/course", "ML-Integration im Unternehmen")
    german = xapi.Words(step="Schritt {number}: {title}", quiz="Frage {number}",
                        gdpr_checker="DSGVO-Prüfer", bias_audit="Bias-Audit")
    step = xapi.step_activity(course, 2, "Risiken", german).to_dict()["definition"]
    assert step["name"] == {"de-DE": "Schritt 2: Risiken"}
    quiz = xapi.question_activity(course, "q1", 3, "Was gilt?", [("a", "Ja")], "a", german)
    assert quiz.to_dict()["definition"]["name"] == {"en-US": "Quiz 3", "de-DE": "Frage 3"}
    parts = xapi.explored_activities(course, german)
    assert parts["gdpr"].to_dict()["definition"]["name"] == {"en-US": "GDPR checker",
                                                               "de-DE": "DSGVO-Prüfer"}
    # Without the Qt layer's words nothing English is tagged German.
    plain = xapi.question_activity(course, "q1", 3, "Was gilt?", [("a", "Ja")], "a")
    assert plain.to_dict()["definition"]["name"] == {"en-US": "Quiz 3", "de-DE": "Quiz 3"}


def test_an_english_learners_names_are_english_only():
    course = xapi.course_activity("https://example.org/course", "Enterprise ML Integration")
    german = xapi.Words(step="Schritt {number}: {title}", gdpr_checker="DSGVO-Prüfer")
    assert xapi.step_activity(course, 1, "Risks", german).to_dict()["definition"]["name"] == {
        "en-US": "Step 1: Risks"}
    assert xapi.explored_activities(course, german)["gdpr"].to_dict()["definition"]["name"] == {
        "en-US": "GDPR checker"}


def test_name_and_email_problems_are_codes_for_the_qt_layer_to_word():
    from desktop.model import learning_record as record

    assert record.check_name("  ") == record.NAME_MISSING
    assert record.check_name("x" * (record.MAX_NAME + 1)) == record.NAME_TOO_LONG
    assert record.check_name("Ad\u202ea") == record.NAME_MARKS
    assert record.check_name("1234") == record.NAME_NO_LETTER
    assert record.check_email("zoe@") == record.EMAIL_INVALID
    assert record.check_name("Zoë Müller") == record.check_email("") == ""
