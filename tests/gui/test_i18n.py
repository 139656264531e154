"""The interface in the learner's language (issue 22): Qt catalogues, choosing, right to
left, numbers for display only, plural forms and the pseudo-locale."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget

from desktop import i18n
from desktop.app import build_parser, start_language
from desktop.pseudo import is_pseudo, pseudo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import i18n as catalogues  # noqa: E402  (tools/i18n.py)

PLURAL = "{completed} of %n learner(s) completed the course."


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """The language is app-wide: every test leaves English in force for the next."""
    yield
    i18n.install(qapp, "en")


def plural(n: int) -> str:
    return QCoreApplication.translate("ClassReport", PLURAL, None, n).format(completed=1)


# -- catalogues ----------------------------------------------------------------------------

def test_every_catalogue_has_every_string_and_every_qm_is_compiled():
    run = subprocess.run([sys.executable, "tools/i18n.py", "check"], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_a_string_new_in_the_code_is_listed_until_a_catalogue_has_it(tmp_path, monkeypatch):
    tree = tmp_path / "desktop"
    tree.mkdir()
    (tree / "new_part.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "rows = []\n"
        "TITLE = QCoreApplication.translate('NewPart', 'Fresh words')\n"
        "COUNT = QCoreApplication.translate('NewPart', '%n row(s)', None, len(rows))\n")
    monkeypatch.setattr(catalogues, "SOURCES", tree)
    found = "\n".join(catalogues.problems())
    assert "emi_de.ts: missing [NewPart] 'Fresh words'" in found
    assert "emi_ar.ts: missing [NewPart] '%n row(s)'" in found
    # The plural reaches the catalogues as one (lupdate alone drops a call counting len(rows)).
    out = tmp_path / "ts"
    catalogues.update(out)
    entry = catalogues.messages(catalogues.ts_path("ar", out))[("NewPart", "%n row(s)")]
    assert entry["numerus"]


@pytest.mark.parametrize("language, forms", [
    ("en", {1: "1 of 1 learner completed the course.", 2: "1 of 2 learners completed the course."}),
    ("de", {1: "1 von 1 Lernenden hat den Kurs abgeschlossen.",
            2: "1 von 2 Lernenden haben den Kurs abgeschlossen."}),
    # Arabic's six forms: zero, one, two, few (3-10), many (11-99), other (100, ...).
    ("ar", {0: "أكمل 1 من أصل 0 متعلمين الدورة.", 1: "أكمل 1 من أصل متعلم واحد الدورة.",
            2: "أكمل 1 من أصل متعلمَين اثنين الدورة.", 3: "أكمل 1 من أصل 3 متعلمين الدورة.",
            11: "أكمل 1 من أصل 11 متعلمًا الدورة.", 100: "أكمل 1 من أصل 100 متعلم الدورة."}),
])
def test_plural_forms_follow_each_language(qapp, language, forms):
    assert i18n.install(qapp, language) == language
    assert {n: plural(n) for n in forms} == forms


def test_qt_own_buttons_speak_the_language(qapp):
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install(qapp, "de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes | QDialogButtonBox.StandardButton.No)
    assert sorted(b.text() for b in box.buttons()) == ["&Ja", "&Nein"]


# -- choosing ------------------------------------------------------------------------------

@pytest.mark.parametrize("cli, env, saved, system, expected", [
    (None, {}, None, "de_AT", "de"),          # first start: the system's language
    (None, {}, None, "fr_FR", "en"),          # not shipped: English
    (None, {}, None, "C", "en"),
    (None, {}, "ar", "de_DE", "ar"),          # View › Language beats the system
    ("de", {}, "ar", "en_US", "de"),          # --lang beats everything
    (None, {"EMI_PSEUDO_LOCALE": "1"}, "de", "de_DE", "pseudo"),
    ("pseudo", {}, None, "en_US", "pseudo"),
])
def test_which_language_a_start_uses(cli, env, saved, system, expected):
    assert i18n.choose(cli, saved, system, env) == expected


def test_the_system_language_is_read_from_the_environment_at_first_start(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="de_DE.UTF-8", LANGUAGE="", PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", (
        "from PySide6.QtCore import QCoreApplication\n"
        "from desktop.app import build_parser, start_language\n"
        "import sys\n"
        "app = QCoreApplication([])\n"
        f"args = build_parser().parse_args(['--data-dir', {str(tmp_path)!r}])\n"
        f"print(start_language(args, app, __import__('pathlib').Path({str(tmp_path)!r})))\n")],
        capture_output=True, text=True, env=env, cwd=tmp_path)
    assert run.stdout.strip() == "de", run.stderr


def test_view_language_saves_the_choice_and_says_when_it_applies(make_session, qapp, tmp_path):
    session = make_session()
    action = session.window.findChild(QAction, "action.language.de")
    assert action is not None and action.text() == "Deutsch"
    action.trigger()
    settings = json.loads((session.data_dir / "settings.json").read_text("utf-8"))
    assert settings["language"] == "de"
    # Told in the language chosen, so a learner who picked it can read it.
    assert session.window.notice_text.text() == \
        "Der Kurs wird beim nächsten Start auf Deutsch angezeigt."
    assert session.window.notice.isVisible()
    # A theme change afterwards keeps the language (the appearance saves the same file).
    session.window.appearance_requested.emit("dark")
    assert json.loads((session.data_dir / "settings.json").read_text("utf-8"))["language"] == "de"
    # The next start (no --lang) is in German.
    args = build_parser().parse_args(["--data-dir", str(session.data_dir)])
    assert start_language(args, qapp, session.data_dir) == "de"
    assert QCoreApplication.translate("LanguageMenu", "&Language") == "&Sprache"


def test_german_shows_the_language_menu_and_messages_in_german(make_session):
    session = make_session("--lang", "de")
    menu = session.window.findChild(QMenu, "menu.language")
    assert menu.title() == "&Sprache"
    from desktop.errors import FRIENDLY, ErrorHandler

    shown = []
    ErrorHandler(shown.append, lambda: None).handle(RuntimeError, RuntimeError("x"), None)
    assert shown[0].startswith("In diesem Teil des Kurses ist etwas schiefgegangen.")
    assert shown[0] != FRIENDLY


# -- right to left -------------------------------------------------------------------------

def _points(button) -> str:
    """Which way a button's arrow icon points: the arrowhead's strokes pull the ink's
    centre of mass towards the tip, away from the middle of the glyph's bounding box."""
    image = button.icon().pixmap(button.iconSize()).toImage()
    inked = [x for x in range(image.width()) for y in range(image.height())
             if image.pixelColor(x, y).alpha() > 64]
    assert inked, "the button shows an icon"
    centre, middle = sum(inked) / len(inked), (min(inked) + max(inked)) / 2
    assert abs(centre - middle) > 0.5, "an arrow, not a symmetric icon"
    return "left" if centre < middle else "right"


def test_arabic_mirrors_the_window_but_not_numbers_or_charts(make_session, qapp):
    session = make_session("--lang", "ar")
    window = session.window
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The stepper runs right to left: step 1 is the rightmost.
    steps = [window.findChild(QWidget, f"stepper.step_{n}") for n in (1, 5)]
    first, last = (s.mapTo(window, s.rect().center()).x() for s in steps)
    assert first > last
    # "Back" points right: the pointing icons are mirrored, in one place (theme.icon_pixmap).
    from desktop import theme

    back = theme.icon_pixmap("arrow_left", "#000000", 24, 1.0).toImage()
    i18n.install(qapp, "en")
    right = theme.icon_pixmap("arrow_right", "#000000", 24, 1.0).toImage()
    left = theme.icon_pixmap("arrow_left", "#000000", 24, 1.0).toImage()
    assert back == right and back != left
    i18n.install(qapp, "ar")
    # And on the buttons themselves: Next points left (its arrowhead's ink is on the left),
    # Back points right.
    window.go("step_1")
    qapp.processEvents()
    assert _points(window.next_button) == "left"
    assert _points(window.back_button) == "right"
    # A chart's axis still grows from left to right.
    import pyqtgraph as pg

    window.go("step_3")
    qapp.processEvents()
    plots = window.page("step_3").findChildren(pg.PlotWidget)
    assert plots, "step 3 has a chart"
    box = plots[0].getPlotItem().getViewBox()
    assert box.mapViewToScene(QPointF(0, 0)).x() < box.mapViewToScene(QPointF(1, 0)).x()


# -- numbers: shown in the locale, stored and exported without it ---------------------------

def test_german_money_is_written_as_german_and_exports_stay_locale_free(make_session, tmp_path):
    session = make_session("--lang", "de")
    from desktop.model.costs import format_money, format_number, format_percent

    currency = session.course.topics["costs"].currency
    assert format_money(1_200_000, currency) == "1.200.000\u00a0$"
    assert format_money(-1234.5, currency, 1) == "\u22121.234,5\u00a0$"
    assert format_percent(70, currency) == "70\u00a0%"
    assert format_number(1234.5, currency, 1) == "1.234,5"
    # The exports: plain numbers and ISO times; only the CSV's header row is German.
    from desktop.model import xapi
    from desktop.model.learning_record import CSV_HEADERS, summary_csv

    from desktop.records import install_records

    records = install_records(session)
    session.state.complete_step(1)
    text = summary_csv(records.record())
    header, *rows = text.splitlines()
    assert header.split(",") == list(CSV_HEADERS["de-DE"])
    assert any(",step,1," in row for row in rows)
    assert xapi.learner_language() == "de-DE"
    i18n.install(QApplication.instance(), "en")
    assert format_money(1_200_000, currency) == "$1,200,000"
    assert summary_csv(records.record()).splitlines()[0].startswith("learner_name,")


# -- the pseudo-locale ---------------------------------------------------------------------

def test_pseudo_text_is_longer_accented_and_keeps_what_must_survive():
    source = "&Next: step {number} of %n, <b>bold</b> and **strong** &amp; more"
    text = pseudo(source)
    assert is_pseudo(text) and text.startswith("[") and text.endswith("]")
    for kept in ("&N", "{number}", "%n", "<b>", "</b>", "**", "&amp;"):
        assert kept in text
    assert len(text) >= 1.3 * len(source)
    assert "Ñ" in text or "é" in text


# -- the kiosk: each visitor chooses, the next one starts afresh ---------------------------

def test_kiosk_visitor_chooses_a_language_and_the_next_visit_starts_in_the_kiosk_one(
        qapp, tmp_path, monkeypatch):
    import shiboken6
    from PySide6.QtCore import QEvent

    import desktop.kiosk.fatal

    # Not under test, and faulthandler would keep its log file open past the test.
    monkeypatch.setattr(desktop.kiosk.fatal, "enable_crash_log", lambda folder: None)
    from PySide6.QtWidgets import QMainWindow

    from desktop.app import _Launch

    config = tmp_path / "kiosk.yaml"
    config.write_text("languages: [en, de]\nfullscreen: false\nalways_on_top: false\n", "utf-8")
    args = build_parser().parse_args(["--kiosk-config", str(config), "--data-dir",
                                      str(tmp_path / "data"), "--theme", "light", "--lang", "en"])
    start_language(args, qapp, tmp_path / "data")
    launch = _Launch(args, qapp)
    try:
        assert launch.load() is None
        session = launch.session
        attract = session.window.findChild(QWidget, "kiosk.attract")
        assert attract.isVisible()
        buttons = {b.objectName(): b for b in attract.findChildren(QAbstractButton)}
        assert {"kiosk.attract.language.en", "kiosk.attract.language.de"} <= set(buttons)
        assert buttons["kiosk.attract.language.de"].text() == "Deutsch"
        buttons["kiosk.attract.language.de"].click()
        qapp.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        german = launch.session
        assert german is not session and i18n.current_language() == "de"
        attract = german.window.findChild(QWidget, "kiosk.attract")
        assert not attract.isVisible(), "the visit started at once"
        assert german.window.findChild(QMenu, "menu.language").title() == "&Sprache"
        # One kiosk window: the first visitor's language's replaced the one before.
        assert german.window.isVisible() and not shiboken6.isValid(session.window)
        assert [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMainWindow) and w.isVisible()] == [german.window]
        # The visit ends (idle): the attract screen is back, and in the kiosk's language.
        launch.kiosk_controller.end_session("idle")
        qapp.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert i18n.current_language() == "en"
        english = launch.session
        assert english is not german
        assert english.window.findChild(QWidget, "kiosk.attract").isVisible()
        assert english.window.findChild(QMenu, "menu.language").title() == "&Language"
    finally:
        if launch.session is not None:
            launch.session.close()
            launch.session.window.set_close_guard(lambda: True)
            launch.session.window.close()
            launch.session.window.deleteLater()
        qapp.processEvents()



def test_view_language_switches_the_running_course_keeping_where_the_learner_is(qapp, tmp_path):
    """Through the real start-up: the window is rebuilt in German from the saved progress."""
    import shiboken6
    from PySide6.QtCore import QEvent

    from desktop.app import _Launch

    data = tmp_path / "data"
    args = build_parser().parse_args(["--data-dir", str(data), "--theme", "light", "--lang", "en"])
    start_language(args, qapp, data)
    launch = _Launch(args, qapp)
    try:
        assert launch.load() is None
        first = launch.session
        first.window.resize(1200, 700)
        first.window.go("step_2")
        quiz = first.course.steps[0].quizzes[0]
        first.state.answer_quiz(quiz.id, quiz.answer)
        first.state.complete_step(1)
        before = (first.state.page, first.state.completed_steps, dict(first.state.quiz_answers))
        first.window.findChild(QAction, "action.language.de").trigger()
        qapp.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        german = launch.session
        assert german is not first and not shiboken6.isValid(first.window)
        assert i18n.current_language() == "de"
        assert (german.state.page, german.state.completed_steps,
                dict(german.state.quiz_answers)) == before
        assert german.window.isVisible() and german.window.size().width() == 1200
        assert german.window.findChild(QMenu, "menu.language").title() == "&Sprache"
        assert german.window.notice_text.text() == "Der Kurs wird jetzt auf Deutsch angezeigt."
        assert not german.window.findChild(QWidget, "welcome.banner").isVisible()
        # Saved for the next start too.
        assert json.loads((data / "settings.json").read_text("utf-8"))["language"] == "de"
    finally:
        if launch.session is not None:
            launch.session.close()
            launch.session.window.close()
            launch.session.window.deleteLater()
        qapp.processEvents()
