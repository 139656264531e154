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
    """The footnotes the content words itself (a cost's basis, a part's sources): the same
    strings, and so the same translations, as the pages' own (chrome's
    desktop/widgets/source_notes.py, context "SourceNotes")."""
    return FootnoteWords(label=_sources_label, illustrative=QCoreApplication.translate(
        "SourceNotes", "Illustrative: {why}"))


def _sources_label(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("SourceNotes", "Source: {sources}")
    return QCoreApplication.translate("SourceNotes", "Sources: {sources}")
