"""Issue 19 item 14: the home page leads into this course, and says once what is elsewhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton


def open_home(session):
    session.window.go("home")
    return session.window.page("home")


def visible_texts(widget) -> list[str]:
    return [lab.text() for lab in widget.findChildren(QLabel) if lab.isVisibleTo(widget) and lab.text()]


def test_this_courses_card_comes_first_and_opens_it(session, qtbot):
    home = open_home(session)
    cards = [home.body.itemAt(i).widget() for i in range(home.body.count())]
    frames = [w for w in cards if type(w) is QFrame and w.objectName().startswith("home.")]
    assert frames[0].objectName() == "home.framework_4"
    button = home.findChild(QPushButton, "home.open_4")
    assert button.property("accent") == "true" and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert session.window.stack.currentWidget().objectName() == "page.intro"


def test_frameworks_not_in_the_package_are_said_to_be_elsewhere_once(session):
    home = open_home(session)
    texts = visible_texts(home)
    note = session.course.home.unavailable_note
    assert texts.count(note) == 1
    assert not any("Not part of this package" in t for t in texts)
    others = [f for f in session.course.home.frameworks if not f.available]
    group = home.findChild(QFrame, "home.elsewhere")
    for fw in others:
        row = group.findChild(QFrame, f"home.framework_{fw.number}")
        assert row is not None and row.findChild(QPushButton) is None, "listed, not a dead-end button"
    assert len(home.findChildren(QPushButton)) == 1
