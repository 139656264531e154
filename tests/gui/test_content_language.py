"""The app started with a content language shows the translated content on the page:
the translator's round trip (export, edit in a text editor, import) seen by a learner."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel

from desktop.content.strings_cli import run_content_command

ROOT = Path(__file__).resolve().parents[2]
TITLE = "Enterprise Data Architecture for ML"
GERMAN = "Unternehmensdatenarchitektur für ML"


@pytest.fixture
def german_content(tmp_path):
    """The course content, exported, with one string translated as a translator would
    (in the .po file, by hand) and imported back."""
    folder = tmp_path / "content"
    shutil.copytree(ROOT / "content", folder, ignore=shutil.ignore_patterns("locales"))
    out = tmp_path / "out"
    assert run_content_command(["export-strings", "--locale", "de", "--content", str(folder),
                                "--out", str(out)], folder) == 0
    po = out / "step_1.po"
    text = po.read_text("utf-8")
    entry = f'msgctxt "title"\nmsgid "{TITLE}"\nmsgstr ""'
    assert entry in text
    po.write_text(text.replace(entry, entry[:-2] + f'"{GERMAN}"'), "utf-8")
    assert run_content_command(["import-strings", "--locale", "de", "--content", str(folder),
                                str(po)], folder) == 0
    return folder


def visible_texts(widget) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
            if w.isVisibleTo(widget.window()) and w.text()]


def open_step_1(session, qtbot):
    button = session.window.findChild(QAbstractButton, "stepper.step_1")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    page = session.window.stack.currentWidget()
    assert page.objectName() == "page.step_1"
    return page


def test_the_translated_title_is_on_the_page_and_the_rest_falls_back(make_session, german_content, qtbot):
    page = open_step_1(make_session("--content", str(german_content), "--lang", "de"), qtbot)
    texts = visible_texts(page)
    assert any(GERMAN in t for t in texts), texts
    assert not any(TITLE in t for t in texts)
    # untranslated values are the English, not blanks or keys
    assert any("The Core Problem" in t for t in texts)


def test_the_same_content_in_english_shows_the_source(make_session, german_content, qtbot):
    session = make_session("--content", str(german_content), "--lang", "en")
    texts = visible_texts(open_step_1(session, qtbot))
    assert any(TITLE in t for t in texts) and not any(GERMAN in t for t in texts)
