"""Any bytes as a progress file and any YAML as content give only the documented errors."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.content.loader import load_course, state_rules
from desktop.content.reader import ContentError, parse_yaml
from desktop.model.persistence import ProgressFormatError, ProgressStore, decode
from desktop.model.state import apply_saved, new_state, state_to_dict

CONTENT = Path(__file__).resolve().parents[2] / "content"
COURSE = load_course(CONTENT)
RULES = state_rules(COURSE)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=40,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_are_rejected_cleanly(raw):
    try:
        doc = decode(raw)
    except ProgressFormatError:
        return
    apply_saved(new_state(RULES), doc["state"], RULES)


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_any_json_state_loads_what_fits_and_nothing_else(value):
    state = new_state(RULES)
    apply_saved(state, value, RULES)
    # Whatever was loaded is still a state the app can save and load again.
    again = new_state(RULES)
    apply_saved(again, state_to_dict(state), RULES)
    assert state_to_dict(again) == state_to_dict(state)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["page", "completed_steps", "quiz_answers", "bias", "cost",
                                        "shap", "diagram", "team", "gdpr", "stakeholders"]),
                       json_values, max_size=8))
def test_mutated_state_sections_never_crash(sections):
    apply_saved(new_state(RULES), sections, RULES)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=500))
def test_a_store_moves_any_unreadable_file_aside(tmp_path, raw):
    folder = tmp_path / f"d{abs(hash(raw))}"
    folder.mkdir()
    store = ProgressStore(folder / "progress.json")
    store.path.write_bytes(raw)
    result = store.load()
    if result.document is None:
        assert not store.path.exists() and result.moved_to and result.moved_to.read_bytes() == raw


yaml_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
yaml_docs = st.recursive(yaml_scalars, lambda inner: st.lists(inner, max_size=4)
                         | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_random_bytes_as_yaml_give_content_errors_only(raw):
    try:
        parse_yaml(raw, "content/x.yaml")
    except ContentError as exc:
        assert all(p.file == "content/x.yaml" and p.line >= 1 for p in exc.problems)


def _parsers():
    from desktop.content.course import parse_course_header, parse_step
    from desktop.content.loader import TOPICS

    out = {"course.yaml": parse_course_header, "step_1.yaml": lambda r: parse_step(r, 1)}
    out.update({t.filename: t.parse for t in TOPICS})
    return out


PARSERS = _parsers()


@pytest.mark.parametrize("name", sorted(PARSERS))
@settings(max_examples=60, deadline=None)
@given(doc=yaml_docs)
def test_any_yaml_document_gives_problems_not_crashes(name, doc):
    """Each file's parser, fed any document, reports problems with lines and never raises."""
    reader = parse_yaml(json.dumps(doc), f"content/{name}")   # JSON is YAML
    PARSERS[name](reader)
    assert all(p.line >= 1 and p.file == f"content/{name}" for p in reader.problems)


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_a_wrong_typed_real_file_is_reported_not_crashed(tmp_path, name):
    """The real file with every scalar replaced by a list: problems, no exception."""
    import yaml

    real = yaml.safe_load((CONTENT / name).read_text("utf-8"))

    def spoil(v):
        if isinstance(v, dict):
            return {k: spoil(x) for k, x in v.items()}
        if isinstance(v, list):
            return [spoil(x) for x in v]
        return [v]

    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    (folder / name).write_text(json.dumps(spoil(real)), "utf-8")
    with pytest.raises(ContentError) as info:
        load_course(folder)
    assert any(p.file == f"content/{name}" for p in info.value.problems)


@pytest.mark.parametrize("text, message", [
    ("a: &x [1, 2]\nb: [*x, *x, *x]\n", "aliases"),
    ("a: " + "[" * 5000 + "]" * 5000 + "\n", "nested"),
    ("a: " + "x" * 1_100_000, "larger than"),
    (b"title: caf\xe9\n", "UTF-8"),
])
def test_hostile_yaml_is_refused_with_a_message(text, message):
    with pytest.raises(ContentError) as info:
        parse_yaml(text, "content/x.yaml")
    assert message in str(info.value)


def test_billion_laughs_is_refused_quickly():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, "
        f"*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8))
    with pytest.raises(ContentError, match="aliases"):
        parse_yaml(bomb, "content/x.yaml")


# -- hostile files (issue 16, item 4) ---------------------------------------------------------
# What an attacker or a broken disk puts where the app keeps its files: numbers too large
# for a float, nesting deep enough to exhaust the stack, a UTF-8 BOM, and (below) FIFOs and
# links to endless devices. Every loader must turn each into "set aside, start fresh".

def _nested(depth: int, inner: str = "1") -> str:
    return "[" * depth + inner + "]" * depth


huge_ints = st.integers(min_value=300, max_value=4000).map(lambda n: "9" * n)
deep_json = st.integers(min_value=33, max_value=120_000).map(_nested)
deep_state = st.integers(min_value=33, max_value=3_000).map(
    lambda d: '{"gdpr": {"custom": {"x": ' + _nested(d) + "}}}")
hostile_state = (
    huge_ints.map(lambda n: '{"bias": {"n_a": ' + n + "}}")
    | huge_ints.map(lambda n: '{"completed_steps": [' + n + "]}")
    | huge_ints.map(lambda n: '{"cost": {"gpu_hours": -' + n + "}}")
    | deep_state
)
hostile_progress = (
    hostile_state.map(lambda s: '{"schema": 1, "content_version": "x", "state": ' + s + "}")
    | deep_json
    | huge_ints
).map(lambda text: text.encode("utf-8"))
with_bom = st.builds(lambda doc: b"\xef\xbb\xbf" + json.dumps(doc).encode(), st.fixed_dictionaries(
    {"schema": st.just(1), "content_version": st.text(max_size=5),
     "state": st.fixed_dictionaries({"page": st.sampled_from(["intro", "step_2", "closing"])})}))


def stored(tmp_path: Path, raw: bytes):
    """A store whose file holds ``raw`` (in a fresh folder: hypothesis repeats examples)."""
    store = ProgressStore(Path(tempfile.mkdtemp(dir=tmp_path)) / "progress.json")
    store.path.write_bytes(raw)
    return store, store.load()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=hostile_progress)
def test_hostile_progress_is_set_aside_and_saving_never_recurses(tmp_path, raw):
    store, result = stored(tmp_path, raw)
    if result.document is not None:
        state = new_state(RULES)
        apply_saved(state, result.document["state"], RULES)
        store.save(state_to_dict(state), "x")  # must not raise RecursionError
        return
    assert result.moved_to is not None and result.moved_to.read_bytes() == raw
    assert not store.path.exists() and ". " not in result.message  # one sentence


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=with_bom)
def test_a_bom_does_not_make_good_progress_damaged(tmp_path, raw):
    _, result = stored(tmp_path, raw)
    assert result.document is not None and result.moved_to is None


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=hostile_progress | deep_json.map(str.encode) | with_bom)
def test_every_loader_survives_hostile_bytes(tmp_path, raw):
    from desktop.model.learning_record import ProfileStore, StatementLog
    from desktop.model.settings import AppSettings, load_settings

    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    for name in ("settings.json", "profile.json", "statements.jsonl"):
        (folder / name).write_bytes(raw)
    assert isinstance(load_settings(folder / "settings.json"), AppSettings)
    assert ProfileStore(folder / "profile.json").load() is None
    assert StatementLog(folder / "statements.jsonl").read().statements == []


SPECIAL_FILES = ["fifo", "dev_zero", "dev_urandom", "directory"]


def _special(path: Path, kind: str) -> None:
    import os

    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "directory":
        path.mkdir()
    else:
        path.symlink_to("/dev/zero" if kind == "dev_zero" else "/dev/urandom")


@pytest.mark.parametrize("kind", SPECIAL_FILES)
def test_a_special_file_in_place_of_any_file_neither_hangs_nor_fills_memory(tmp_path, kind):
    """A FIFO would block a plain open() for ever; /dev/zero would be read until memory ran out."""
    import os

    if kind != "directory" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs or /dev on this system")
    from desktop.model.learning_record import ProfileStore, StatementLog
    from desktop.model.settings import AppSettings, load_settings

    for name in ("progress.json", "settings.json", "profile.json", "statements.jsonl"):
        _special(tmp_path / name, kind)
    result = ProgressStore(tmp_path / "progress.json").load()
    assert result.document is None and result.message
    assert load_settings(tmp_path / "settings.json") == AppSettings()
    assert ProfileStore(tmp_path / "profile.json").load() is None
    assert StatementLog(tmp_path / "statements.jsonl").read().statements == []


# -- the real content with its numbers changed: what validate accepts must open -------------
def _number_leaves() -> list[tuple[str, int, int, int, str]]:
    """(file, line, column, length, text) of every plain number in the real content."""
    import yaml

    out = []

    def walk(name, node):
        if isinstance(node, yaml.MappingNode):
            for _, value in node.value:
                walk(name, value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(name, item)
        elif node.tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float") and not node.style:
            start, end = node.start_mark, node.end_mark
            out.append((name, start.line, start.column, end.index - start.index, node.value))

    for name in sorted(PARSERS):
        walk(name, yaml.compose((CONTENT / name).read_text("utf-8"), Loader=yaml.SafeLoader))
    return out


NUMBER_LEAVES = _number_leaves()
#: What broke pages or validate before: tiny steps, huge ranges, giant integers, infinities.
EXTREMES = ("0", "-1", "1.0e-300", "1.0e+308", "-1.0e+308", "1" + "0" * 400, ".inf", "-.inf",
            ".nan", "1000000000000000", "-1000000000000000", "0.000001", "2147483648")


def _numbers_near(text: str):
    value = float(text.replace("_", ""))
    return (st.sampled_from(EXTREMES)
            | st.integers(-5, 5).map(lambda d: repr(int(value) + d))
            | st.floats(-3, 3).map(lambda f: repr(value * f))
            | st.floats(allow_nan=False, allow_infinity=False).map(repr))


#: One to three numbers of the real content replaced, mostly near what they were (so that
#: validate often accepts the result), sometimes by the values that once broke the app.
content_mutations = st.lists(
    st.sampled_from(NUMBER_LEAVES).flatmap(lambda leaf: st.tuples(st.just(leaf),
                                                                  _numbers_near(leaf[4]))),
    min_size=1, max_size=3, unique_by=lambda m: m[0][:3])


def write_mutated_content(target: Path, mutations) -> Path:
    """A copy of the real content at ``target`` with ``mutations`` applied."""
    shutil.copytree(CONTENT, target)
    by_file: dict[str, list] = {}
    for leaf, new in mutations:
        by_file.setdefault(leaf[0], []).append((leaf, new))
    for name, changes in by_file.items():
        lines = (target / name).read_text("utf-8").split("\n")
        # right to left, so that columns of earlier changes on a line stay true
        for (_, line, column, length, _), new in sorted(changes, key=lambda c: -c[0][2]):
            lines[line] = lines[line][:column] + new + lines[line][column + length:]
        (target / name).write_text("\n".join(lines), "utf-8")
    return target


@settings(max_examples=150, deadline=None)
@given(content_mutations)
def test_changed_numbers_give_problems_or_a_course_never_a_crash(mutations):
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        folder = write_mutated_content(Path(scratch) / "content", mutations)
        try:
            course = load_course(folder)
        except ContentError as exc:
            assert all(p.line >= 1 for p in exc.problems)
            return
        state_rules(course)
