"""Issue 19 (review item 12): sentences that read right for the numbers they show.

The business-value slider's box shows the whole amount ("$1,200,000 a year"), so its
note no longer says "in thousands"; a GDPR verdict over one check reads as well as one
over nine ("1 of the 1 checks that apply need one" before)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication, QLabel


def test_the_business_value_note_matches_the_whole_amount_in_its_box(session):
    w = session.window
    w.go("step_3")
    QApplication.processEvents()
    texts = [lab.text() for lab in w.findChildren(QLabel) if lab.isVisibleTo(w)]
    assert "$1,200,000" in texts, "the box says the whole amount"
    notes = [t for t in texts if t.startswith("Your estimate of what the models earn")]
    assert notes and not any("thousand" in t for t in notes), notes


def test_a_verdict_over_a_single_check_reads_as_a_sentence(session):
    w, state = session.window, session.state
    state.gdpr.mode = "custom"
    state.gdpr.custom = {"personal_data": "no", "ai_act_use": "recruitment", "art6_3": "preparatory",
                         "ai_practice": ()}
    state.gdpr.custom_checked = True
    w.go("step_2")
    QApplication.processEvents()
    conclusion = w.findChild(QLabel, "gdpr.verdict.conclusion").text()
    assert len([k for k in state_checks(w) if k != "not_applicable"]) == 1, "the case: one applies"
    assert not re.search(r"\b1 checks\b|\bthe 1\b|\b1 of the\b", conclusion), conclusion


def state_checks(w) -> list[str]:
    """The status of each check line the result shows."""
    from PySide6.QtWidgets import QFrame

    return [f.property("status") for f in w.findChildren(QFrame)
            if f.objectName().startswith("gdpr.result.") and f.objectName().count(".") == 2
            and f.isVisibleTo(w) and f.property("status")]
