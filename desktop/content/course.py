"""Typed, frozen objects for the course's common content (texts, quizzes, steps)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from ..model.state import SECTIONS
from .parts import PARTS
from .reader import Reader
from .sources import Source, basis, basis_note, parse_source

SCHEMA = 1
OPTION_KEYS = ("a", "b", "c", "d")
CALLOUT_KINDS = ("insight", "warning", "problem", "info", "success")
#: Icons in resources/icons that content may name.
ICON_NAMES = (
    "alert", "architecture", "arrow_left", "arrow_right", "book", "calendar", "cards",
    "caution", "champion", "chart", "check", "check_circle", "chevron_down", "chevron_up",
    "circle", "clock", "coins", "cross", "database", "document", "download", "fail", "feature",
    "flag", "gavel", "globe", "grid", "home", "info", "lake", "lightbulb", "lock", "logs",
    "monitoring", "network", "neutral", "pass", "people", "pipeline", "play", "question",
    "refresh", "rocket", "scale", "sensor", "server", "serving", "settings", "shield",
    "skeptic", "star", "target", "touch", "training", "trash", "trophy", "unlock", "user",
    "warehouse", "warning",
)
#: Interactive blocks a step file may place; each is built by its step page.
WIDGET_BLOCKS = tuple(PARTS)


@dataclass(frozen=True)
class QuizOption:
    key: str
    text: str
    feedback: str


@dataclass(frozen=True)
class Quiz:
    id: str
    question: str
    options: tuple[QuizOption, ...]
    answer: str
    explanation: str
    number: int = 0  # 1-based position in the course, set by the loader
    line: int = field(default=0, compare=False)  # where the id stands, for cross-file messages

    def option(self, key: str) -> QuizOption | None:
        return next((o for o in self.options if o.key == key), None)


@dataclass(frozen=True)
class Callout:
    kind: str
    title: str
    body: str
    icon: str
    #: Where the facts in ``body`` come from, shown as a footnote under it.
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Block:
    """One piece of a step page, in order: text, heading, callout, quiz or widget."""

    kind: str
    text: str = ""
    callout: Callout | None = None
    quiz: Quiz | None = None
    widget: str = ""
    title: str = ""


@dataclass(frozen=True)
class Step:
    number: int
    short_label: str
    title: str
    icon: str
    intro: str
    blocks: tuple[Block, ...]

    @property
    def page_id(self) -> str:
        return f"step_{self.number}"

    @property
    def quizzes(self) -> tuple[Quiz, ...]:
        return tuple(b.quiz for b in self.blocks if b.quiz is not None)


@dataclass(frozen=True)
class Stat:
    """A figure on a tile: either published (``source``) or marked illustrative (why)."""

    value: str
    label: str
    source: Source | None = None
    illustrative: str = ""

    @property
    def note(self) -> str:
        """The footnote or tooltip that says where the figure comes from."""
        return basis_note(self.source, self.illustrative)


@dataclass(frozen=True)
class Intro:
    title: str
    quote: str
    body: str
    stats: tuple[Stat, ...]


@dataclass(frozen=True)
class Framework:
    number: int
    title: str
    summary: str
    available: bool


@dataclass(frozen=True)
class Home:
    title: str
    intro: str
    frameworks: tuple[Framework, ...]
    unavailable_note: str


@dataclass(frozen=True)
class Closing:
    title: str
    answer: str
    figures: tuple[Stat, ...]
    checklist_title: str
    checklist: tuple[str, ...]
    next_steps: str
    #: Per checklist item, where the course practises it: a state section (the item is
    #: ticked once the learner used that part), "course" (all steps complete) or "".
    checklist_practised: tuple[str, ...] = ()


@dataclass(frozen=True)
class CertificateText:
    """What the trainer puts on the certificate besides the learner's results."""

    issuer: str = ""
    signature_label: str = ""


@dataclass(frozen=True)
class Scoring:
    per_step: int
    per_correct: int
    pass_percent: int


@dataclass(frozen=True)
class Course:
    """The whole course as loaded from a content folder."""

    folder: Path
    version: str
    title: str
    back_link: str
    tags: tuple[str, ...]
    step_hint: str
    home: Home
    intro: Intro
    steps: tuple[Step, ...]
    closing: Closing
    scoring: Scoring
    course_iri: str
    licences: str
    #: Topic content (diagram, costs, ...) by name; see loader.TOPICS.
    topics: Mapping[str, Any] = field(default_factory=dict)
    #: The hint for a touch screen (a kiosk): "Tap" where step_hint says "Click".
    step_hint_touch: str = ""
    certificate: CertificateText = CertificateText()

    def for_touch(self) -> "Course":
        """The course as a touch screen words it (the kiosk's): its touch hint, if it has one."""
        return replace(self, step_hint=self.step_hint_touch or self.step_hint)

    @property
    def quizzes(self) -> tuple[Quiz, ...]:
        return tuple(q for s in self.steps for q in s.quizzes)

    @property
    def answer_key(self) -> dict[str, str]:
        return {q.id: q.answer for q in self.quizzes}

    def topic(self, name: str) -> Any:
        return self.topics[name]


# -- parsers --------------------------------------------------------------------------------

def parse_quiz(r: Reader) -> Quiz:
    qid = r.ident("id")
    options = []
    option_readers = r.items("options", min_items=2, max_items=4)
    for i, o in enumerate(option_readers):
        key = o.code("key")
        if key and key not in OPTION_KEYS:
            o.problem(f"option key must be one of a, b, c, d; found '{key}'", o.line_of("key"))
        elif key and key != OPTION_KEYS[i]:
            o.problem(f"option {i + 1} must have key '{OPTION_KEYS[i]}', found '{key}'", o.line_of("key"))
        options.append(QuizOption(key, o.text("text"), o.text("feedback")))
    answer = r.code("answer")
    if answer and options and answer not in {o.key for o in options}:
        r.problem(f"answer '{answer}' names no option of quiz '{qid}' "
                  f"(options: {', '.join(o.key for o in options)})", r.line_of("answer"))
    return Quiz(qid, r.text("question"), tuple(options), answer, r.text("explanation"),
                line=r.line_of("id"))


def parse_callout(r: Reader) -> Callout:
    kind = r.choice("kind", CALLOUT_KINDS)
    sources = r.each("sources", parse_source) if r.has("sources") else ()
    return Callout(kind, r.text("title"), r.text("body"), r.choice("icon", ICON_NAMES, _KIND_ICON[kind]),
                   sources)


_KIND_ICON = {"insight": "lightbulb", "warning": "warning", "problem": "alert", "info": "info",
              "success": "check"}


def parse_block(r: Reader) -> Block:
    if not r.is_mapping():
        r.problem("each block must be a mapping with one of: text, heading, callout, quiz, widget")
        return Block("text")
    kinds = [k for k in ("text", "heading", "callout", "quiz", "widget") if r.has(k)]
    if len(kinds) != 1:
        r.problem("each block needs exactly one of: text, heading, callout, quiz, widget"
                  + (f" (found {', '.join(kinds)})" if kinds else ""))
        return Block("text")
    kind = kinds[0]
    if kind == "callout":
        return Block(kind, callout=parse_callout(r.child("callout")))
    if kind == "quiz":
        return Block(kind, quiz=parse_quiz(r.child("quiz")))
    if kind == "widget":
        return Block(kind, widget=r.choice("widget", WIDGET_BLOCKS), title=r.text("title", ""),
                     text=r.text("intro", ""))
    return Block(kind, text=r.text(kind))


def parse_step(r: Reader, number: int) -> Step:
    r.integer("schema", minimum=SCHEMA, maximum=SCHEMA)
    found = r.integer("number", minimum=1, maximum=5)
    if found and found != number:
        r.problem(f"this file is step {number} but says number: {found}", r.line_of("number"))
    blocks = r.each("blocks", parse_block, min_items=1)
    return Step(number, r.text("short_label"), r.text("title"), r.choice("icon", ICON_NAMES),
                r.text("intro"), blocks)


def parse_stat(r: Reader) -> Stat:
    # A figure stated as fact needs a source a trainer can check; one that has none
    # must say it is illustrative, and why.
    source, illustrative = basis(r)
    return Stat(r.text("value"), r.text("label"), source, illustrative)


def parse_framework(r: Reader) -> Framework:
    return Framework(r.integer("number", minimum=1), r.text("title"), r.text("summary"),
                     r.boolean("available"))


def _iri(r: Reader, key: str) -> str:
    value = r.code(key)
    scheme, _, rest = value.partition("://")
    if value and (not scheme.isalpha() or not rest or " " in value):
        r.problem(f"'{key}' must be an absolute IRI such as https://example.com/course, found '{value}'",
                  r.line_of(key))
    return value


#: What a checklist item may be practised by: a state section, or the whole course.
PRACTISED_BY = (*SECTIONS, "course", "none")


def _closing(r: Reader) -> Closing:
    checklist = r.text_list("checklist", min_items=1)
    practised = r.text_list("checklist_practised", optional=True)
    for item in practised:
        if item not in PRACTISED_BY:
            r.problem(f"'checklist_practised' entries must be one of {', '.join(PRACTISED_BY)}, "
                      f"found '{item}'", r.line_of("checklist_practised"))
    if practised and len(practised) != len(checklist):
        r.problem(f"'checklist_practised' has {len(practised)} entries for {len(checklist)} "
                  "checklist items; give one per item, in the same order",
                  r.line_of("checklist_practised"))
    return Closing(r.text("title"), r.text("answer"),
                   r.each("figures", parse_stat, min_items=1, max_items=6),
                   r.text("checklist_title"), checklist, r.text("next_steps"), practised)


def _certificate(r: Reader) -> CertificateText:
    if not r.has("certificate"):
        return CertificateText()
    c = r.child("certificate")
    return CertificateText(c.text("issuer", ""), c.text("signature_label", ""))


def parse_course_header(r: Reader) -> dict[str, Any]:
    """The parts of course.yaml other than steps and topics, as Course keyword arguments."""
    r.integer("schema", minimum=SCHEMA, maximum=SCHEMA)
    home, intro, closing, scoring = r.child("home"), r.child("intro"), r.child("closing"), r.child("scoring")
    return dict(
        version=str(r.code("version")),
        title=r.text("title"),
        back_link=r.text("back_link"),
        tags=r.text_list("tags", min_items=1),
        step_hint=r.text("step_hint"),
        step_hint_touch=r.text("step_hint_touch", ""),
        course_iri=_iri(r, "course_iri"),
        licences=r.text("licences"),
        home=Home(home.text("title"), home.text("intro"),
                  home.each("frameworks", parse_framework, min_items=1), home.text("unavailable_note")),
        intro=Intro(intro.text("title"), intro.text("quote"), intro.text("body"),
                    intro.each("stats", parse_stat, min_items=1, max_items=6)),
        closing=_closing(closing),
        certificate=_certificate(r),
        scoring=Scoring(scoring.integer("per_step", minimum=0, maximum=100),
                        scoring.integer("per_correct", minimum=0, maximum=100),
                        scoring.integer("pass_percent", minimum=0, maximum=100)),
    )
