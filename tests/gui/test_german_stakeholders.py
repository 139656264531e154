"""Issue 19 (review item 13): in German every stakeholder card's name is German, not
only "Recht/Compliance" ("VP of Sales" and "Head of Operations" stayed English)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel


def test_every_stakeholder_name_is_translated(make_session):
    session = make_session("--lang", "de")
    w = session.window
    w.go("step_5")
    QApplication.processEvents()
    names = {lab.text() for lab in w.page("step_5").findChildren(QLabel)
             if lab.objectName().endswith(".name") and lab.objectName().startswith("stakeholder")}
    english = {"VP of Sales", "Head of Operations", "Legal/Compliance"}
    assert "Recht/Compliance" in names, names
    assert not names & english, names
    assert {"Vertriebsleitung", "Leitung Operations"} <= names
