"""xAPI 1.0.3 statements for what a learner does in the course (pure Python).

The app works offline, so it does not talk to a Learning Record Store: it builds
statements as plain JSON-ready dicts, keeps them on disk (see learning_record),
and the learner exports them for the trainer to post to any LRS.

Every statement has a version-4 UUID id, an ISO 8601 timestamp with the local
offset, an actor with exactly one inverse functional identifier (an account with
a random learner id, or an ``mbox`` when the learner gave an e-mail), a verb from
the ADL vocabulary, an activity whose id is an IRI under the course IRI, and a
context whose registration names the attempt (a "Start over" begins a new one).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Callable, Iterable
from urllib.parse import quote, urlsplit

XAPI_VERSION = "1.0.3"
#: The language of the built-in words (verb displays, "Quiz 1"): the source language's.
LANG = "en-US"
#: The learner's language (desktop/i18n.py sets it): names and descriptions taken from the
#: course, which is shown in that language, and the statements' context.language.
_learner_language = LANG


def set_language(tag: str) -> None:
    """The BCP 47 tag ("de-DE", "ar") of the language the learner sees the course in."""
    global _learner_language
    _learner_language = tag or LANG


def learner_language() -> str:
    return _learner_language


@dataclass(frozen=True)
class Words:
    """The app's own words in activity names. The model keeps them in English; the Qt
    layer passes them worded in the learner's language (desktop/words.py), so
    that each entry of a language map holds text in the language its tag names."""

    step: str = "Step {number}: {title}"
    quiz: str = "Quiz {number}"
    gdpr_checker: str = "GDPR checker"
    bias_audit: str = "Bias audit"


ENGLISH = Words()
LanguageMap = dict[str, str]


def own_words(field: str, words: Words = ENGLISH, **values: Any) -> LanguageMap:
    """A name made of the app's words only ("Quiz 2"): English always, so a class report
    of many languages names it one way, and the learner's wording beside it."""
    english = getattr(ENGLISH, field).format(**values)
    if _learner_language == LANG:
        return {LANG: english}
    return {LANG: english, _learner_language: getattr(words, field).format(**values)}


def worded(field: str, words: Words = ENGLISH, **values: Any) -> LanguageMap:
    """A name with course text in it ("Step 1: <title>"): in the learner's language only,
    the one the course text is shown in (English words for an English learner)."""
    template = getattr(ENGLISH if _learner_language == LANG else words, field)
    return {_learner_language: template.format(**values)}

ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"
#: Verb id suffix -> English display; all from the ADL vocabulary.
VERBS = {
    "launched": "launched",
    "initialized": "initialized",
    "experienced": "experienced",
    "answered": "answered",
    "completed": "completed",
    "passed": "passed",
    "failed": "failed",
    "terminated": "terminated",
    "interacted": "interacted",
}
COURSE_TYPE = ADL_ACTIVITIES + "course"
STEP_TYPE = ADL_ACTIVITIES + "lesson"
QUESTION_TYPE = ADL_ACTIVITIES + "cmi.interaction"
INTERACTION_TYPE = ADL_ACTIVITIES + "interaction"
PLATFORM = "Enterprise ML Integration (desktop, offline)"

Statement = dict[str, Any]
Clock = Callable[[], datetime]


def verb_iri(verb: str) -> str:
    if verb not in VERBS:
        raise ValueError(f"not an ADL verb this app uses: {verb}")
    return ADL_VERBS + verb


def now_local() -> datetime:
    """The current time with the machine's UTC offset (xAPI wants a time zone)."""
    return datetime.now(timezone.utc).astimezone()


def timestamp(moment: datetime) -> str:
    """ISO 8601 with milliseconds and an explicit offset, e.g. 2026-11-12T09:30:00.000+01:00."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("an xAPI timestamp needs a time zone")
    return moment.isoformat(timespec="milliseconds")


def new_uuid() -> str:
    """A version-4 UUID, lower-case and hyphenated, as statement ids and registrations use."""
    return str(uuid.uuid4())


def duration(seconds: float) -> str:
    """An ISO 8601 duration (xAPI result.duration), e.g. PT1H2M3.5S."""
    seconds = max(0.0, round(seconds, 2))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    out = "PT"
    if hours:
        out += f"{int(hours)}H"
    if minutes:
        out += f"{int(minutes)}M"
    text = f"{secs:.2f}".rstrip("0").rstrip(".")
    return out + f"{text}S"


def is_absolute_iri(text: str) -> bool:
    """A scheme and, for http(s), a host; no spaces (good enough for ids we build)."""
    if not isinstance(text, str) or not text or any(c.isspace() for c in text):
        return False
    parts = urlsplit(text)
    if not parts.scheme or not parts.scheme[0].isalpha():
        return False
    if parts.scheme in ("http", "https"):
        return bool(parts.netloc)
    return bool(parts.path or parts.netloc)


def home_page(course_iri: str) -> str:
    """The account home page: the origin of the course IRI (the system that knows the id)."""
    parts = urlsplit(course_iri)
    return f"{parts.scheme}://{parts.netloc}"


# -- activities ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Activity:
    """An xAPI Activity: an IRI and a definition (name, type, optional interaction)."""

    id: str
    #: Course text in the learner's language, or a language map (see own_words, worded).
    name: str | LanguageMap
    type: str
    description: str = ""
    interaction: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        lang = _learner_language
        name = dict(self.name) if isinstance(self.name, dict) else {lang: self.name}
        definition: dict[str, Any] = {"name": name, "type": self.type}
        if self.description:
            definition["description"] = {lang: self.description}
        if self.interaction:
            definition.update(self.interaction)
        return {"objectType": "Activity", "id": self.id, "definition": definition}

    def ref(self) -> dict[str, Any]:
        """The short form used in contextActivities."""
        return {"objectType": "Activity", "id": self.id}


def course_activity(course_iri: str, title: str) -> Activity:
    if not is_absolute_iri(course_iri):
        raise ValueError(f"course_iri must be an absolute IRI, found {course_iri!r}")
    return Activity(course_iri.rstrip("/"), title, COURSE_TYPE)


def step_activity(course: Activity, number: int, title: str, words: Words = ENGLISH) -> Activity:
    return Activity(f"{course.id}/step/{number}", worded("step", words, number=number, title=title),
                    STEP_TYPE)


def question_activity(course: Activity, quiz_id: str, number: int, question: str,
                      options: Iterable[tuple[str, str]], correct: str,
                      words: Words = ENGLISH) -> Activity:
    """A multiple-choice question as a cmi.interaction of type "choice"."""
    choices = [{"id": key, "description": {_learner_language: text}} for key, text in options]
    interaction = {"interactionType": "choice", "correctResponsesPattern": [correct],
                   "choices": choices}
    return Activity(f"{course.id}/quiz/{quote(quiz_id, safe='')}",
                    own_words("quiz", words, number=number), QUESTION_TYPE, question, interaction)


def explored_activities(course: Activity, words: Words = ENGLISH) -> dict[str, Activity]:
    """The interactive parts a class report counts: the GDPR presets and the bias bands."""
    base = f"{course.id}/step/2"
    return {"gdpr": Activity(f"{base}/gdpr-checker", own_words("gdpr_checker", words),
                             INTERACTION_TYPE),
            "bias": Activity(f"{base}/bias-audit", own_words("bias_audit", words),
                             INTERACTION_TYPE)}


# -- actor -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Learner:
    """Who the statements are about: a random id made once, and what the learner gave."""

    learner_id: str
    home_page: str
    name: str = ""
    email: str = ""

    def actor(self) -> dict[str, Any]:
        """An Agent with exactly one inverse functional identifier."""
        agent: dict[str, Any] = {"objectType": "Agent"}
        if self.name:
            agent["name"] = self.name
        if self.email:
            agent["mbox"] = f"mailto:{self.email}"
        else:
            agent["account"] = {"homePage": self.home_page, "name": self.learner_id}
        return agent


# -- statements ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Recorder:
    """Builds the statements of one attempt (registration) of one learner in one course."""

    learner: Learner
    course: Activity
    registration: str
    clock: Clock = now_local
    #: context.extensions of every statement (which course edition made it: see desktop/lrs/edition)
    extensions: dict[str, Any] | None = None

    def statement(self, verb: str, activity: Activity, *, result: dict[str, Any] | None = None,
                  parent: Activity | None = None, grouping: Activity | None = None) -> Statement:
        context: dict[str, Any] = {"registration": self.registration, "platform": PLATFORM,
                                   "language": _learner_language}
        context_activities = {}
        if parent is not None:
            context_activities["parent"] = [parent.ref()]
        if grouping is not None:
            context_activities["grouping"] = [grouping.ref()]
        if context_activities:
            context["contextActivities"] = context_activities
        if self.extensions:
            context["extensions"] = dict(self.extensions)
        stmt: Statement = {
            "id": new_uuid(),
            "actor": self.learner.actor(),
            "verb": {"id": verb_iri(verb), "display": {LANG: VERBS[verb]}},
            "object": activity.to_dict(),
            "context": context,
            "timestamp": timestamp(self.clock()),
            "version": XAPI_VERSION,
        }
        if result:
            stmt["result"] = result
        return stmt

    def launched(self) -> Statement:
        return self.statement("launched", self.course)

    def initialized(self) -> Statement:
        return self.statement("initialized", self.course)

    def experienced(self, step: Activity) -> Statement:
        return self.statement("experienced", step, parent=self.course)

    def answered(self, question: Activity, step: Activity, response: str, correct: bool) -> Statement:
        return self.statement("answered", question, parent=step, grouping=self.course,
                              result={"success": bool(correct), "response": response})

    def interacted(self, part: Activity, step: Activity, extensions: dict[str, Any]) -> Statement:
        """The learner tried something in an interactive part (a GDPR preset, a bias band)."""
        return self.statement("interacted", part, parent=step, grouping=self.course,
                              result={"extensions": dict(extensions)})

    def completed_step(self, step: Activity) -> Statement:
        return self.statement("completed", step, parent=self.course, result={"completion": True})

    def completed_course(self, percent: int, extensions: dict[str, Any] | None = None) -> Statement:
        result: dict[str, Any] = {"completion": True, "score": score(percent)}
        if extensions:
            result["extensions"] = dict(extensions)
        return self.statement("completed", self.course, result=result)

    def judged_course(self, percent: int, pass_percent: int) -> Statement:
        """``passed`` or ``failed`` against the content's threshold."""
        passed = percent >= pass_percent
        return self.statement("passed" if passed else "failed", self.course,
                              result={"success": passed, "completion": True, "score": score(percent)})

    def terminated(self, seconds: float) -> Statement:
        return self.statement("terminated", self.course, result={"duration": duration(seconds)})


def score(percent: int) -> dict[str, Any]:
    """The course score as xAPI wants it: raw within [min, max], scaled within [-1, 1]."""
    raw = max(0, min(100, int(percent)))
    return {"scaled": round(raw / 100, 4), "raw": raw, "min": 0, "max": 100}


def with_actor(statements: Iterable[Statement], actor: dict[str, Any]) -> list[Statement]:
    """The statements with one actor: a learner gives a name or e-mail late, often at the end."""
    return [{**s, "actor": dict(actor)} for s in statements]
