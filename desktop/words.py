"""Words the Qt-free layers leave to the Qt layer, worded in the learner's language.

desktop/model and desktop/content have no Qt, so their own words (an activity's name in
the learning records, a footnote's "Sources:") are English there; these functions word
them through Qt's translation and hand them in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .content.sources import Words as FootnoteWords
from .model.xapi import Words


def activity_words() -> Words:
    """The records' activity names (xAPI language maps tag each with its language)."""
    return Words(
        step=QCoreApplication.translate("words", "Step {number}: {title}"),
        quiz=QCoreApplication.translate("words", "Quiz {number}"),
        gdpr_checker=QCoreApplication.translate("words", "GDPR checker"),
        bias_audit=QCoreApplication.translate("words", "Bias audit"),
    )


def footnote_words() -> FootnoteWords:
    """The course's source footnotes: "Sources: ...", "Illustrative: ..."."""
    return FootnoteWords(
        label=lambda count: QCoreApplication.translate("words", "%n source(s): {sources}", None,
                                                       count),
        illustrative=QCoreApplication.translate("words", "Illustrative: {why}"))
