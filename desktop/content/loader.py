"""Load a content folder into a :class:`Course`, reporting every problem by file and line."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..model.state import StateRules
from .course import Course, parse_course_header, parse_step
from .locales import Translation
from .reader import ContentError, Problem, Reader, read_file


@dataclass(frozen=True)
class Topic:
    """A topic file (diagram.yaml, costs.yaml, ...) and the function that parses it.

    The parsed object may offer ``defaults()``, ``ranges()`` and ``choices()``, each
    returning ``{state_section: {field: value}}``, and ``node_ids()``; they feed
    the StateRules that decide which saved values still fit.
    """

    name: str
    filename: str
    parse: Callable[[Reader], Any]


def _topics() -> tuple[Topic, ...]:
    # Imported here so that each topic module stays independent of the loader.
    from . import bias, churn, costs, diagram, gdpr, stakeholders, teams

    return (
        Topic("diagram", "diagram.yaml", diagram.parse),
        Topic("gdpr", "gdpr.yaml", gdpr.parse),
        Topic("bias", "bias.yaml", bias.parse),
        Topic("costs", "costs.yaml", costs.parse),
        Topic("teams", "teams.yaml", teams.parse),
        Topic("stakeholders", "stakeholders.yaml", stakeholders.parse),
        Topic("churn", "churn_model.yaml", churn.parse),
    )


TOPICS: tuple[Topic, ...] = _topics()

#: Every file of a content folder and the function that parses it, in the order they load.
PARSERS: dict[str, Callable[[Reader], Any]] = {
    "course.yaml": parse_course_header,
    **{f"step_{n}.yaml": (lambda r, n=n: parse_step(r, n)) for n in range(1, 6)},
    **{topic.filename: topic.parse for topic in TOPICS},
}


def _display(folder: Path, name: str) -> str:
    return f"{folder.name}/{name}"


def _parse_file(folder: Path, name: str, parse: Callable[[Reader], Any],
                problems: list[Problem], translation: Translation | None = None) -> Any:
    """Parse one file, adding its problems to ``problems``; return None if it failed."""
    texts = translation.for_file(name, _display(folder, name)) if translation else None
    try:
        reader = read_file(folder / name, _display(folder, name), texts)
    except ContentError as exc:
        problems.extend(exc.problems)
        return None
    before = len(reader.problems)
    result = parse(reader)
    reader.report_unknown_keys()
    problems.extend(reader.problems)
    return result if len(reader.problems) == before else None


def load_course(folder: Path | str, language: str | None = None) -> Course:
    """Load and validate a whole content folder; raise ContentError listing every problem.

    ``language``: the learner's ("de", "ar"); its catalogues in ``<folder>/locales/``
    translate the texts, value by value, and whatever they lack stays in the source
    language. None, "en" and "pseudo" load the source. Should a translation still upset
    a loader's check, the course opens in the source language (``validate --locale``
    names the problem): a catalogue never keeps a learner out of the course.
    """
    translation = Translation(Path(folder), language)
    if translation.dir is None:
        return load_translated(folder, translation)
    try:
        return load_translated(folder, translation)
    except ContentError as exc:
        course = load_translated(folder, Translation(Path(folder), None))
        logging.getLogger("desktop").warning("the %s translation is left out: %s", language, exc)
        return course


def load_translated(folder: Path | str, translation: Translation) -> Course:
    """:func:`load_course` with the translation given; it records every text it served
    (``translation.files``), which is how the catalogue tools learn what there is."""
    folder = Path(folder)
    problems: list[Problem] = []
    if not folder.is_dir():
        raise ContentError([Problem(str(folder), 1, "content folder not found")])
    parsed = {name: _parse_file(folder, name, parse, problems, translation)
              for name, parse in PARSERS.items()}
    header = parsed["course.yaml"]
    steps = [parsed[f"step_{n}.yaml"] for n in range(1, 6)]
    topics = {topic.name: parsed[topic.filename] for topic in TOPICS}
    if not problems:
        problems.extend(_cross_checks(folder, steps))
    if problems:
        raise ContentError(problems)
    course = Course(folder=folder, steps=tuple(steps), topics=topics, **header)
    return _numbered(course)


def file_problems(folder: Path | str, name: str) -> list[Problem]:
    """The problems :func:`validate` finds in one file of a folder (without the checks that
    span files), for tools and tests that change one file at a time."""
    problems: list[Problem] = []
    _parse_file(Path(folder), name, PARSERS[name], problems)
    return problems


def _cross_checks(folder: Path, steps: list) -> list[Problem]:
    """Checks that span files: quiz ids unique across the course, widgets present."""
    out = []
    seen: dict[str, str] = {}
    for step in steps:
        for quiz in step.quizzes:
            name = _display(folder, f"step_{step.number}.yaml")
            if quiz.id in seen:
                out.append(Problem(name, quiz.line,
                                   f"duplicate quiz id '{quiz.id}' (also in {seen[quiz.id]})"))
            seen[quiz.id] = name
    return out


def _numbered(course: Course) -> Course:
    """Give each quiz its position in the course (Quiz 1 of 5 ...)."""
    from dataclasses import replace

    counter = 0
    steps = []
    for step in course.steps:
        blocks = []
        for block in step.blocks:
            if block.quiz is not None:
                counter += 1
                block = replace(block, quiz=replace(block.quiz, number=counter))
            blocks.append(block)
        steps.append(replace(step, blocks=tuple(blocks)))
    return replace(course, steps=tuple(steps))


def state_rules(course: Course) -> StateRules:
    """What saved progress may hold for this course, and a first start's values."""
    defaults: dict[str, dict[str, Any]] = {"": {"page": "intro"}}
    ranges: dict[str, dict[str, tuple[float, float]]] = {}
    choices: dict[str, dict[str, tuple[str, ...]]] = {}
    node_ids: tuple[str, ...] = ()
    for topic in course.topics.values():
        for method, target in (("defaults", defaults), ("ranges", ranges), ("choices", choices)):
            if hasattr(topic, method):
                for section, values in getattr(topic, method)().items():
                    target.setdefault(section, {}).update(values)
        if hasattr(topic, "node_ids"):
            node_ids += tuple(topic.node_ids())
    quiz_options = {q.id: tuple(o.key for o in q.options) for q in course.quizzes}
    return StateRules(quiz_options=quiz_options, defaults=defaults, ranges=ranges,
                      choices=choices, node_ids=node_ids)


def validate(folder: Path | str) -> list[Problem]:
    """Every problem in a content folder (empty when it is fine), and the errors of every
    translation catalogue it ships (syntax, placeholders, Markdown; see
    :mod:`desktop.content.catalogues`: what is merely missing is ``validate --locale``'s)."""
    from .catalogues import shipped_catalogue_problems

    try:
        load_course(folder)
    except ContentError as exc:
        return exc.problems
    return shipped_catalogue_problems(Path(folder))
