"""The course's own text in content/: what a trainee reads and answers.

Loads the real content folder through the real loader, and checks the facts a
learner or trainer would notice when they are wrong: quiz answers, numbering,
the intro's stat tiles, the closing checklist, and clean text (no emoji, no
broken encoding). Broken copies of the real files must be reported by file and
line.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.content.loader import load_course, validate

CONTENT = Path(__file__).resolve().parents[2] / "content"
STEP_FILES = [f"step_{n}.yaml" for n in range(1, 6)]


@pytest.fixture(scope="module")
def course():
    return load_course(CONTENT)


# -- quizzes ------------------------------------------------------------------------------

def test_quiz_answers_match_the_course_facts(course):
    # COURSE-FACTS.md: 1 B, 2 C, 3 C, 4 B, 5 C.
    expected = {"q1": "B", "q2": "C", "q3": "C", "q4": "B", "q5": "C"}
    found = {qid: key.upper() for qid, key in course.answer_key.items()}
    assert found == expected


def test_quizzes_are_numbered_one_to_five_across_the_steps(course):
    assert [(q.id, q.number) for q in course.quizzes] == [
        ("q1", 1), ("q2", 2), ("q3", 3), ("q4", 4), ("q5", 5)]
    # Where each quiz sits, as in the seed: step 3 has none, step 5 has two.
    by_step = {s.number: [q.id for q in s.quizzes] for s in course.steps}
    assert by_step == {1: ["q1"], 2: ["q2"], 3: [], 4: ["q3"], 5: ["q4", "q5"]}


def test_every_quiz_offers_four_options_each_with_its_own_feedback(course):
    for quiz in course.quizzes:
        assert [o.key for o in quiz.options] == ["a", "b", "c", "d"], quiz.id
        feedback = [o.feedback for o in quiz.options]
        assert all(feedback), quiz.id
        assert len(set(feedback)) == 4, f"{quiz.id}: options share a feedback text"
        assert quiz.explanation and quiz.explanation not in feedback, quiz.id
        right = quiz.option(quiz.answer)
        assert right is not None and right.feedback.startswith("Correct"), quiz.id
        for option in quiz.options:
            if option.key != quiz.answer:
                assert not option.feedback.startswith("Correct"), (quiz.id, option.key)


def test_quiz_texts_are_the_seeds_questions(course):
    quizzes = {q.id: q for q in course.quizzes}
    assert "real-time customer data" in quizzes["q1"].question
    assert quizzes["q1"].option("b").text.startswith("Feature Store + Streaming layer")
    assert "purchase history to predict churn" in quizzes["q2"].question
    assert "200-person e-commerce startup" in quizzes["q3"].question
    assert quizzes["q3"].option("c").text.startswith("Embedded")
    assert "VP of Sales" in quizzes["q4"].question
    assert "90-day test" in quizzes["q4"].option("b").text
    assert "68% of the time" in quizzes["q5"].question


# -- intro, steps, closing ------------------------------------------------------------------

def test_intro_shows_the_four_stat_tiles(course):
    assert course.intro.title == "The $2M Question"
    assert [s.value for s in course.intro.stats] == ["87%", "$2M", "3.5×", "6 mo."]
    # Every figure names a source a trainer can open, or says it is illustrative.
    sourced, illustrative = course.intro.stats[0], course.intro.stats[1:]
    assert "data-science projects" in sourced.label and "2019" in sourced.note
    assert sourced.source.url.startswith("https://venturebeat.com/")
    assert all(s.source is None and s.note.startswith("Illustrative:") for s in illustrative)
    assert all(f.note for f in course.closing.figures)
    assert "Where did the $2M we spent on AI go?" in course.intro.quote


def test_every_step_has_a_title_an_intro_and_its_stepper_label(course):
    assert [s.number for s in course.steps] == [1, 2, 3, 4, 5]
    assert [s.short_label for s in course.steps] == [
        "Data Arch.", "Governance", "Cost Opt.", "Team Org.", "Change Mgmt"]
    for step in course.steps:
        assert step.title.strip(), step.number
        assert len(step.intro.split()) >= 15, f"step {step.number} intro is too short"
        assert step.blocks, step.number


def test_each_step_places_its_interactive_parts_in_the_seeds_order(course):
    widgets = {s.number: [b.widget for b in s.blocks if b.kind == "widget"] for s in course.steps}
    assert widgets == {
        1: ["diagram"],
        2: ["gdpr_checker", "bias_audit"],
        3: ["cost_calculator", "savings_levers"],
        4: ["team_structures", "team_fit", "case_study"],
        5: ["stakeholder_map", "shap_demo"],
    }
    for step in course.steps:
        for block in step.blocks:
            if block.kind == "widget":
                assert block.title and block.text, (step.number, block.widget)


def test_the_seeds_callouts_are_there_with_euro_signs(course):
    callouts = {b.callout.title: b.callout for s in course.steps for b in s.blocks if b.callout}
    assert set(callouts) >= {"The Core Problem", "Real Consequence", "The Trust Problem",
                             "Key Insight: The Data Mesh vs. Data Lake Debate"}
    consequence = callouts["Real Consequence"].body
    assert "€20M" in consequence and "€746M" in consequence


def test_closing_has_three_figures_and_the_eight_item_checklist(course):
    closing = course.closing
    assert closing.title == "Framework complete"
    assert [f.value for f in closing.figures] == ["$2M", "87% → 30%", "3.5×"]
    assert len(closing.checklist) == 8
    assert len(set(closing.checklist)) == 8
    assert "feature store" in closing.checklist[0].lower()
    assert "CTO" in closing.answer


def test_scoring_reaches_exactly_100_percent(course):
    # Five steps and five quizzes: a learner who does everything sees 100 %.
    scoring = course.scoring
    assert 5 * scoring.per_step + 5 * scoring.per_correct == 100
    assert 0 < scoring.pass_percent <= 100


def test_header_and_home(course):
    assert course.title == "Framework 4: Enterprise ML Integration"
    assert course.back_link == "MLOps Course Home"
    assert course.tags == ("ML Frameworks & Applied Analytics", "Production ML",
                           "Business Strategy")
    assert course.course_iri.startswith("https://")
    frameworks = course.home.frameworks
    assert [f.number for f in frameworks] == list(range(1, len(frameworks) + 1))
    assert [f.number for f in frameworks if f.available] == [4]
    assert all(f.summary for f in frameworks)
    for name in ("PySide6", "LGPL", "pyqtgraph", "PyYAML", "psygnal", "NumPy", "DejaVu"):
        assert name in course.licences


# -- clean text ------------------------------------------------------------------------------

#: Pictograph and emoji blocks; the course uses SVG icons instead.
EMOJI_RANGES = (
    (0x2300, 0x23FF),    # misc technical (watch, hourglass, play buttons)
    (0x2600, 0x27BF),    # misc symbols and dingbats
    (0x2B00, 0x2BFF),    # arrows and stars used as emoji
    (0x1F000, 0x1FAFF),  # all emoji, pictograph and flag blocks
    (0xE0000, 0xE007F),  # emoji tag characters
)
EMOJI_JOINERS = {0x200D, 0x20E3} | set(range(0xFE00, 0xFE10))
#: UTF-8 read as cp1252 / Latin-1, as the seed's raw text shows.
MOJIBAKE = ("â€", "Ã", "Î²", "Â", "ðŸ", "\ufffd")


def text_problems(text: str) -> list[str]:
    """Every emoji or mojibake in ``text``, as 'line N: what'."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        for ch in line:
            code = ord(ch)
            if code in EMOJI_JOINERS or any(lo <= code <= hi for lo, hi in EMOJI_RANGES):
                out.append(f"line {number}: emoji U+{code:04X}")
            elif 0x80 <= code <= 0x9F:
                out.append(f"line {number}: control character U+{code:04X} (broken encoding)")
        out.extend(f"line {number}: mojibake {bad!r}" for bad in MOJIBAKE if bad in line)
    return out


@pytest.mark.parametrize("sample", [
    "Insight \U0001F4A1", "Warning \u26a0\ufe0f", "Done \u2705", "Star \u2b50",
    "cost \u00e2\u20ac\u201d high",  # an em dash decoded as cp1252
    "\u00c3\u2014 factor", "\u00ce\u00b2 weight", "broken \ufffd",
])
def test_the_text_scan_catches_emoji_and_mojibake(sample):
    assert text_problems(sample)


def test_the_text_scan_accepts_proper_typography():
    assert text_problems("3.5× — 2015–2016, €20M, “quoted”, ‘it’s’, 87% → 30%, döt") == []


@pytest.mark.parametrize("path", sorted(CONTENT.glob("*.yaml")), ids=lambda p: p.name)
def test_content_has_no_emoji_or_mojibake(path):
    assert text_problems(path.read_text("utf-8")) == []


def test_content_files_use_no_yaml_aliases_and_start_with_the_schema():
    for path in sorted(CONTENT.glob("*.yaml")):
        lines = [ln for ln in path.read_text("utf-8").splitlines()
                 if ln.strip() and not ln.lstrip().startswith("#")]
        assert lines[0] == "schema: 1", path.name


# -- broken copies are reported by file and line -------------------------------------------

def broken_copy(tmp_path: Path, name: str, old: str, new: str) -> tuple[Path, int]:
    """A copy of the content folder with one line of ``name`` changed; returns its line."""
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    lines = (folder / name).read_text("utf-8").splitlines(keepends=True)
    matches = [i for i, line in enumerate(lines) if line.rstrip("\n") == old]
    assert len(matches) == 1, f"{old!r} must occur once in {name}"
    index = matches[0]
    lines[index] = new + "\n"
    (folder / name).write_text("".join(lines), "utf-8")
    return folder, index + 1


def first_key_line(name: str) -> int:
    lines = (CONTENT / name).read_text("utf-8").splitlines()
    return next(i for i, ln in enumerate(lines, 1) if ln.strip() and not ln.startswith("#"))


@pytest.mark.parametrize("name, old, new, message", [
    ("step_1.yaml", "      answer: b", "      answer: e", "answer 'e' names no option"),
    ("step_1.yaml", "  - widget: diagram", "  - widget: diagrams", "'widget' must be one of"),
    ("step_4.yaml", "icon: network", "icon: spaceship", "'icon' must be one of"),
    ("step_4.yaml", "number: 4", "number: 3", "this file is step 4 but says number: 3"),
    ("step_5.yaml", "  - widget: shap_demo", "  - widget: shap_demo: [", "YAML syntax error"),
    ("course.yaml", "  per_step: 10", "  per_step: ten", "'per_step' must be a number"),
    ("course.yaml", "  pass_percent: 80", "  pass_percent: 180", "'pass_percent' must be at most 100"),
])
def test_a_broken_line_is_reported_with_its_file_and_line(tmp_path, name, old, new, message):
    folder, line = broken_copy(tmp_path, name, old, new)
    problems = validate(folder)
    assert [(p.file, p.line) for p in problems] == [(f"content/{name}", line)], problems
    assert message in problems[0].message


def test_a_missing_title_is_reported_at_the_step_file(tmp_path):
    folder, _ = broken_copy(tmp_path, "step_2.yaml", "title: Data Governance & Compliance",
                            "# title removed")
    problems = validate(folder)
    assert [(p.file, p.line, p.message) for p in problems] == [
        ("content/step_2.yaml", first_key_line("step_2.yaml"), "missing field 'title'")]


def test_a_quiz_id_used_twice_is_reported_at_the_second_use(tmp_path):
    folder, line = broken_copy(tmp_path, "step_2.yaml", "      id: q2", "      id: q1")
    problems = validate(folder)
    assert [(p.file, p.line) for p in problems] == [("content/step_2.yaml", line)], problems
    assert "duplicate quiz id 'q1'" in problems[0].message


def test_a_figure_without_a_source_or_an_illustrative_mark_is_reported_at_its_line():
    from desktop.content.course import parse_stat
    from desktop.content.reader import parse_yaml

    reader = parse_yaml("stat:\n  value: 87%\n  label: of models fail\n", "content/course.yaml")
    parse_stat(reader.child("stat"))
    assert [(p.line, "exactly one of 'source'" in p.message) for p in reader.problems] == [(2, True)]
    reader = parse_yaml("stat:\n  value: 1x\n  label: x\n  source:\n    title: t\n    publisher: p\n"
                        "    year: 2020\n    url: http://example.com\n", "content/course.yaml")
    parse_stat(reader.child("stat"))
    assert [(p.line, "https://" in p.message) for p in reader.problems] == [(8, True)]
