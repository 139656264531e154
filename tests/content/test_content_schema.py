"""One content schema: a misspelt key, an absurd number or a YAML slip is refused by
`validate` with file:line, once, and never with a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from desktop.content.loader import PARSERS, file_problems, validate

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
FILES = sorted(PARSERS)


@pytest.fixture
def folder(tmp_path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def edit(folder: Path, name: str, old: str, new: str) -> int:
    """Replace the first line of ``name`` that is ``old`` once stripped; its line number."""
    lines = (folder / name).read_text("utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == old)
    lines[at] = lines[at].replace(old, new)
    (folder / name).write_text("\n".join(lines), "utf-8")
    return at + 1


def keys_of(text: str) -> dict[str, tuple[int, int]]:
    """Each key of a YAML file (first occurrence): (line index, column), from PyYAML's marks."""
    found: dict[str, tuple[int, int]] = {}

    def walk(node):
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                found.setdefault(key.value, (key.start_mark.line, key.start_mark.column))
                walk(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item)

    walk(yaml.compose(text, Loader=yaml.SafeLoader))
    return found


def misspelt(key: str) -> str:
    """Two letters swapped at the end, as fingers do (a letter added when that changes nothing)."""
    if len(key) > 2 and key[-1] != key[-2]:
        return key[:-2] + key[-1] + key[-2]
    return key + "x"


def test_the_real_content_has_no_unknown_key():
    assert validate(CONTENT) == []


@pytest.mark.parametrize("name", FILES)
def test_every_misspelt_key_of_every_file_is_refused_at_its_line(folder, name):
    """Each key of the file misspelt in turn: refused at that line. A key the course knows by
    name is an unknown key with a did-you-mean; a key that names something (a question, a
    condition) is refused by the check that knows those names."""
    text = (CONTENT / name).read_text("utf-8")
    lines = text.split("\n")
    keys = keys_of(text)
    unknown = alone = 0
    for key, (line, column) in keys.items():
        wrong = misspelt(key)
        changed = list(lines)
        changed[line] = changed[line][:column] + wrong + changed[line][column + len(key):]
        (folder / name).write_text("\n".join(changed), "utf-8")
        problems = file_problems(folder, name) or validate(folder)
        assert problems, f"{name}:{line + 1}: '{wrong}' instead of '{key}' passed"
        assert all(p.file == f"content/{name}" for p in problems), problems
        hint = f"unknown key '{wrong}' (did you mean '{key}'?)"
        if any(p.line == line + 1 and p.message == hint for p in problems):
            unknown += 1
            alone += len(problems) == 1
            # First: what follows may come from the key the loader missed.
            assert problems[0].message == hint, problems
        else:
            assert any(wrong in p.message or key in p.message for p in problems), problems
    (folder / name).write_text(text, "utf-8")
    assert unknown >= len(keys) // 2, f"only {unknown} of {len(keys)} keys were found unknown"
    print(f"{name}: {len(keys)} keys misspelt, {unknown} refused as unknown keys "
          f"({alone} with no other message)")


def test_the_issue_misspellings_are_named_with_a_guess(folder):
    lines = {
        "step_1.yaml": edit(folder, "step_1.yaml", "intro: >-", "intor: >-"),
        "step_2.yaml": edit(folder, "step_2.yaml", "short_label: Governance", "short_lable: Governance"),
    }
    spot = next(i for i, line in enumerate((folder / "costs.yaml").read_text().split("\n"), 1)
                if line.strip().startswith("spot_rate:"))
    text = (folder / "costs.yaml").read_text().split("\n")
    text[spot - 1] = text[spot - 1].replace("spot_rate:", "spot_rat:")
    (folder / "costs.yaml").write_text("\n".join(text))
    assert [str(p) for p in validate(folder)] == [
        f"content/step_1.yaml:{lines['step_1.yaml']}: unknown key 'intor' (did you mean 'intro'?)",
        f"content/step_2.yaml:{lines['step_2.yaml']}: unknown key 'short_lable' "
        "(did you mean 'short_label'?)",
        f"content/costs.yaml:{spot}: unknown key 'spot_rat' (did you mean 'spot_rate'?)",
    ]


# -- numbers that opened pages which then failed --------------------------------------------
def test_a_slider_step_too_fine_for_its_range_is_refused(folder):
    line = edit(folder, "costs.yaml", "step: 10", "step: 1.0e-300")
    assert [(p.file, p.line) for p in validate(folder)] == [("content/costs.yaml", line)]
    assert "too fine" in validate(folder)[0].message


@pytest.mark.parametrize("old", ["max: 100\n", "max: 1000000,"])  # practitioners; a size band
def test_a_head_count_beyond_a_spin_box_is_refused(folder, old):
    """2,147,483,648 passed validate, then step 4's spin box raised OverflowError on opening."""
    text = (folder / "teams.yaml").read_text("utf-8")
    assert text.count(old) == 1
    (folder / "teams.yaml").write_text(text.replace(old, "max: 2147483648" + old[-1]), "utf-8")
    line = text[:text.index(old)].count("\n") + 1
    problems = validate(folder)
    assert [(p.file, p.line) for p in problems] == [("content/teams.yaml", line)]


def test_an_on_demand_rate_below_the_spot_rate_is_refused_not_a_crash(folder):
    """Hypothesis found it: rate 6.7e-311 made the spot saving -infinity (OverflowError)."""
    edit(folder, "costs.yaml", "rate: 3                      # per GPU hour, on demand (A100)",
         "rate: 6.675221575521e-311")
    problems = validate(folder)
    assert [p.message for p in problems if "spot_rate" in p.message], problems


def test_a_churn_what_if_range_of_1e308_is_refused(folder):
    line = edit(folder, "churn_model.yaml", "what_if: {min: 0, max: 20, step: 1}",
                "what_if: {min: -1.0e+308, max: 1.0e+308, step: 1.0e+303}")
    problems = validate(folder)
    assert problems and all((p.file, p.line) == ("content/churn_model.yaml", line) for p in problems)
    assert "10^15" in problems[0].message


def test_infinity_and_nan_are_not_numbers_here(folder):
    line = edit(folder, "costs.yaml", "step: 10", "step: .inf")
    assert [(p.line, "10^15" in p.message) for p in validate(folder)] == [(line, True)]
    edit(folder, "costs.yaml", "step: .inf", "step: .nan")
    assert [(p.line, "must be a number" in p.message) for p in validate(folder)] == [(line, True)]


def test_a_400_digit_integer_is_refused_without_a_traceback(folder):
    line = edit(folder, "bias.yaml", "max: 10000", "max: 1" + "0" * 400)
    result = subprocess.run([sys.executable, "-m", "desktop", "validate", str(folder)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        f"{folder.name}/bias.yaml:{line}: 'max' must lie between -10^15 and 10^15, "
        "found a number with 401 digits"]


@pytest.mark.parametrize("name", FILES)
def test_a_wrong_typed_number_gives_one_error(folder, name):
    """Every number of the file in turn replaced by a word: exactly one problem, at that line
    (comparisons with the placeholder that stands in for it say nothing)."""
    text = (CONTENT / name).read_text("utf-8")
    lines = text.split("\n")
    numbers = _number_marks(text)
    for line, column, length in numbers:
        changed = list(lines)
        changed[line] = changed[line][:column] + "ten" + changed[line][column + length:]
        (folder / name).write_text("\n".join(changed), "utf-8")
        problems = file_problems(folder, name)
        assert [p.line for p in problems] == [line + 1], problems


def _number_marks(text: str) -> list[tuple[int, int, int]]:
    out = []

    def walk(node):
        if isinstance(node, yaml.MappingNode):
            for _, value in node.value:
                walk(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item)
        elif node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float") and not node.style:
            out.append((node.start_mark.line, node.start_mark.column,
                        node.end_mark.index - node.start_mark.index))

    walk(yaml.compose(text, Loader=yaml.SafeLoader))
    return out


# -- YAML slips -------------------------------------------------------------------------------
def test_an_unclosed_quote_is_reported_where_it_opens(folder):
    line = edit(folder, "step_1.yaml", "title: Enterprise Data Architecture for ML",
                'title: "Enterprise Data Architecture for ML')
    problems = validate(folder)
    assert len(problems) == 1, problems
    assert (problems[0].file, problems[0].line) == ("content/step_1.yaml", line)
    assert "quote" in problems[0].message


@pytest.mark.parametrize("mistake, expected", [
    ("title:: [Enterprise Data Architecture for ML", "'['"),   # a list never closed
    ("title Enterprise Data Architecture for ML", "':'"),        # a key without its colon
    ("  title: Enterprise Data Architecture for ML", "mapping"),  # indented too far
])
def test_a_yaml_slip_is_one_problem_at_its_line(folder, mistake, expected):
    line = edit(folder, "step_1.yaml", "title: Enterprise Data Architecture for ML", mistake)
    problems = validate(folder)
    assert len(problems) == 1, problems
    assert (problems[0].line, expected in problems[0].message) == (line, True), problems[0]


@pytest.mark.parametrize("name", FILES)
def test_every_content_file_opens_with_what_may_be_changed(name):
    """The README's promise to trainers: the first lines say what to change and what to keep."""
    lines = (CONTENT / name).read_text("utf-8").splitlines()
    if lines[0] == "schema: 1":  # the topic files: their comment follows it
        lines = lines[1:]
    assert lines[0].startswith("# "), f"{name} opens with {lines[0]!r}"
    header = " ".join(lines[:next(i for i, line in enumerate(lines) if not line.startswith("#"))])
    assert "Trainers may change:" in header and "Keep:" in header, name


def test_checklist_ticks_name_parts_that_exist_one_per_item(folder):
    line = edit(folder, "course.yaml",
                "checklist_practised: [diagram, gdpr, bias, cost, team, stakeholders, shap, none]",
                "checklist_practised: [diagram, gdpr, bias, costs, team, stakeholders, shap]")
    text = "\n".join(str(p) for p in file_problems(folder, "course.yaml"))
    assert f"course.yaml:{line}:" in text
    assert "found 'costs'" in text and "has 7 entries for 8 checklist items" in text
