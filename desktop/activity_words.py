"""The app's own words in the learning records' activity names, in the learner's language.

desktop/model/xapi.py is Qt-free and keeps these words in English; the records (desktop/
records.py) pass this wording in, so a statement's language map tags each name with the
language it is really written in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .model.xapi import Words


def activity_words() -> Words:
    return Words(
        step=QCoreApplication.translate("activity_words", "Step {number}: {title}"),
        quiz=QCoreApplication.translate("activity_words", "Quiz {number}"),
        gdpr_checker=QCoreApplication.translate("activity_words", "GDPR checker"),
        bias_audit=QCoreApplication.translate("activity_words", "Bias audit"),
    )
