"""Every interface string is translatable: under the pseudo-locale, no visible text is left
without its markers, on any page or in the main dialogs (issue 22).

Left out by design: text from content/ (it is translated by the content catalogues),
names and numbers. What remains is interface text written in Python that does not go
through Qt's translation; the test lists all of it, with where it was found.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QGraphicsSimpleTextItem, QGraphicsTextItem, QGraphicsView,
    QGroupBox, QLabel, QLineEdit, QMessageBox, QWidget,
)

from desktop import i18n
from desktop.model.pages import PageId
from desktop.pseudo import is_pseudo
from desktop.paths import default_content_dir

WORD = re.compile(r"[^\W\d_]{2,}")


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    i18n.install(qapp, "en")


def content_texts() -> list[str]:
    """Every piece of text in the course's YAML, longest first (removed before looking)."""
    found: set[str] = set()

    def walk(node):
        if isinstance(node, str):
            found.add(node.strip())
            found.update(line.strip() for line in node.splitlines() if line.strip())
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in Path(default_content_dir()).rglob("*.yaml"):
        walk(yaml.safe_load(path.read_text("utf-8")))
    return sorted((t for t in found if t), key=len, reverse=True)


#: Names by design: each language in its own words (View › Language, the kiosk's buttons).
NAMES = tuple(i18n.NATIVE_NAMES.values())


def _pattern(piece: str) -> re.Pattern | None:
    """A content template ("{money} a year") as a pattern for the text made from it."""
    if "{" not in piece:
        return None
    parts = re.split(r"\{[^{}]*\}", piece)
    if not any(WORD.search(p) for p in parts):
        return None
    return re.compile(".*?".join(re.escape(p) for p in parts))


def untranslated(text: str, content: list[str]) -> bool:
    """True if ``text`` holds a word that is neither pseudo-translated nor content."""
    if not text or is_pseudo(text) or text in NAMES:
        return False
    rest = re.sub(r"<[^>]+>|&[a-z]+;", " ", text)
    for piece in content:
        if len(piece) < 2:
            continue
        pattern = _pattern(piece)
        if pattern is not None:
            rest = pattern.sub(" ", rest)
        elif piece in rest:
            rest = rest.replace(piece, " ")
    return bool(WORD.search(rest))


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a learner can read in ``root`` now."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = widget.objectName() or type(widget).__name__
        texts = []
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if isinstance(item, QGraphicsTextItem) and item.isVisible():
                    texts.append(item.toPlainText())
                elif isinstance(item, QGraphicsSimpleTextItem) and item.isVisible():
                    texts.append(item.text())
        out += [(where, t) for t in texts if t]
    return out


def menu_texts(window) -> list[tuple[str, str]]:
    out = []
    stack = list(window.menuBar().actions())
    while stack:
        action = stack.pop()
        if action.text():
            out.append((action.objectName() or "menu", action.text()))
        if action.menu() is not None:
            stack += action.menu().actions()
    return out


def test_every_visible_interface_string_goes_through_qt_translation(make_session, qapp):
    session = make_session("--lang", "pseudo")
    window = session.window
    content = content_texts()
    found: list[str] = []

    def look(place: str, pairs):
        for where, text in pairs:
            if untranslated(text, content):
                found.append(f"{place} / {where}: {text[:90]!r}")

    look("window", [("title", window.windowTitle())])
    look("menus", menu_texts(window))
    for page in PageId:
        if page is PageId.CLOSING:
            for n in range(1, 6):
                session.state.complete_step(n)
        window.go(page)
        qapp.processEvents()
        look(page.value, visible_texts(window))
    for opener in (window.show_about, window.show_shortcuts):
        opener()
        qapp.processEvents()
        for box in [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]:
            look(box.objectName() or "dialog", visible_texts(box) + [("title", box.windowTitle())])
            box.close()
    unique = sorted(set(found))
    report = "\n".join(unique)
    print(f"\n{len(unique)} untranslated interface string(s):\n{report}")
    assert not unique, f"{len(unique)} visible strings do not go through Qt's translation:\n{report}"


def test_the_checker_sees_a_plain_string_and_lets_content_and_numbers_pass():
    content = ["Data sources", "Step hint"]
    assert untranslated("Back", content)
    assert not untranslated("[Ƀàçķ~~]", content)
    assert not untranslated("Data sources", content)
    assert not untranslated("$1,200,000 · 48 %", content)
    assert untranslated("Step hint, and more", content)
    assert not untranslated("$0 a year", ["{money} a year"])
    assert not untranslated("Deutsch", content)


def test_the_kiosk_attract_screen_is_translated(make_session, qapp):
    from desktop.kiosk.attract import DEFAULT_INVITATION, AttractScreen

    session = make_session("--lang", "pseudo")
    attract = AttractScreen(session.course.title, "", (), DEFAULT_INVITATION, True, session.window)
    attract.offer_languages(("en", "de"), "en")
    attract.open()
    qapp.processEvents()
    texts = visible_texts(attract)
    assert not [t for _, t in texts if untranslated(t, content_texts())], texts
    assert ("kiosk.attract.language.de", "Deutsch") in texts
    attract.hide()
