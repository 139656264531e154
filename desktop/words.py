"""Words the Qt-free layers leave to the Qt layer, worded in the learner's language.

desktop/model and desktop/content have no Qt, so their own words (an activity's name in
the learning records, a footnote's "Sources:") are English there; these functions word
them through Qt's translation and hand them in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .content.sources import Words as FootnoteWords
from .model import learning_record as record
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


def check_name(name: str) -> str:
    """Why ``name`` cannot go on the certificate, in the learner's language; "" if it can."""
    return _record_problem(record.check_name(name))


def check_email(email: str) -> str:
    """Why ``email`` cannot identify the learner, in the learner's language; "" if it can."""
    return _record_problem(record.check_email(email))


def _record_problem(code: str) -> str:
    if not code:
        return ""
    if code == record.NAME_TOO_LONG:
        return QCoreApplication.translate(
            "words", "Please keep your name under {count} characters.").format(
            count=record.MAX_NAME)
    texts = {
        record.NAME_MISSING: QCoreApplication.translate("words", "Please enter your name."),
        record.NAME_MARKS: QCoreApplication.translate(
            "words", "Your name cannot contain control characters or text-direction marks."),
        record.NAME_NO_LETTER: QCoreApplication.translate(
            "words", "Your name needs at least one letter."),
        record.EMAIL_INVALID: QCoreApplication.translate(
            "words", "That does not look like an e-mail address (name@example.com). Leave it "
                     "empty if you prefer."),
    }
    return texts[code]
