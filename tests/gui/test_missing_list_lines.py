"""Issue 19 (review item 9): Finish's "still to do" list never ends a line on a step's
label with that step's links on the next line, in English and German, at 100 % and 200 %."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from .screens import open_session

SCREENS = (("en", (1366, 768), 2.0), ("en", (1920, 1080), 2.0), ("de", (1366, 768), 1.0),
           ("de", (1366, 768), 2.0))


def _missing_after_finish(make_session, tmp_path, lang, size, scale) -> QWidget:
    w = open_session(make_session, tmp_path, lang=lang, scale=scale, size=size).window
    w.go("step_5")
    QApplication.processEvents()
    w.findChild(QPushButton, "nav.finish").click()
    QApplication.processEvents()
    missing = w.findChild(QWidget, "finish.missing")
    assert missing.isVisible()
    return missing


@pytest.mark.parametrize("lang,size,scale", SCREENS)
def test_each_step_label_shares_its_line_with_a_link_of_that_step(make_session, tmp_path,
                                                                    lang, size, scale):
    missing = _missing_after_finish(make_session, tmp_path, lang, size, scale)
    heads = [lab for lab in missing.findChildren(QLabel)
             if lab.isVisibleTo(missing) and lab.text().endswith(":")
             and lab.text().rstrip(":").split()[-1].isdigit()]
    assert len(heads) == 5, [h.text() for h in heads]
    links = [b for b in missing.findChildren(QPushButton)
             if b.isVisibleTo(missing) and b.property("link") == "true"]
    orphans = []
    for head in heads:
        step = head.text().rstrip(":").split()[-1]
        top_left = head.mapTo(missing, QPoint(0, 0))
        middle = top_left.y() + head.height() // 2
        beside = [b for b in links if f".{_target_step(b)}" == f".{step}"
                  and b.mapTo(missing, QPoint(0, 0)).y() <= middle
                  <= b.mapTo(missing, QPoint(0, b.height())).y()
                  and b.mapTo(missing, QPoint(0, 0)).x() > top_left.x()]
        if not beside:
            orphans.append(head.text())
    assert not orphans, f"step labels that end a line alone: {orphans}"


def _target_step(button: QPushButton) -> str:
    """The step a link leads to, from its accessible name "Step 3: …" (any language)."""
    words = button.accessibleName().split(":")[0].split()
    return words[-1]
