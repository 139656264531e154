"""Words the Qt-free layers leave to the Qt layer, worded in the learner's language.

desktop/model has no Qt, so its own words (an activity's name in the learning records,
why a name cannot go on the certificate) are English or codes there; these functions
word them through Qt's translation and hand them in. (The content's footnote words are
handed in by desktop/i18n.py's _tell_sources.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .model import learning_record as record
from .model.xapi import Words


def _step_template() -> str:
    return QCoreApplication.translate("words", "Step {number}: {title}")


def step_name(number: int, title: str) -> str:
    """A step's full name ("Step 2: Data Governance & Compliance"): one string for the
    stepper, the step page, the kiosk's counters and the records, translated once."""
    return _step_template().format(number=number, title=title)


def activity_words() -> Words:
    """The records' activity names (xAPI language maps tag each with its language)."""
    return Words(
        step=_step_template(),
        quiz=QCoreApplication.translate("words", "Quiz {number}"),
        gdpr_checker=QCoreApplication.translate("words", "GDPR checker"),
        bias_audit=QCoreApplication.translate("words", "Bias audit"),
    )


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
