"""Issue 19 (review item 11): Intro and Home show one blue primary, the page's own
"Start step 1" / "Open the course", not also a blue "Next" beside it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton


@pytest.mark.parametrize("page_id,primary", (("intro", "intro.start"), ("home", "home.open_4")))
def test_the_page_and_the_navigation_show_one_primary(session, page_id, primary):
    w = session.window
    w.go(page_id)
    QApplication.processEvents()
    accents = [b.objectName() for b in w.findChildren(QPushButton)
               if b.isVisible() and b.isEnabled() and b.property("accent") == "true"]
    assert accents == [primary]
    next_button = w.findChild(QPushButton, "nav.next")
    assert next_button.isVisible() and next_button.isEnabled(), "Next still leads on, as a plain button"
