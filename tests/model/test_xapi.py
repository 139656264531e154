"""xAPI statements and the learner's record on disk, without Qt.

``xapi_problems`` checks a statement against the xAPI 1.0.3 data rules (Data
section 2.4). No Python validator was sound enough to lean on: ralph-malph's
pydantic models (read at openfun/ralph, src/ralph/models/xapi/base/) accept
timestamps without a time zone and UUIDs of any version, skip the raw/min/max
checks when a bound is 0 (``if min_value:``), and typed score.scaled as an
integer until PR #613; tincan's last release is from 2020. So the rules are
written out here, each one also tested against a statement that breaks it.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timedelta, timezone

import pytest

from desktop.model import xapi
from desktop.model.learning_record import (
    Attempt, Profile, ProfileStore, QuestionSpec, StatementLog, StepSpec, attempt, check_email,
    check_name, course_record, erase_learner_data, export_statements, learner_files, summary_csv,
    verification_code,
)
from desktop.model.persistence import ProgressStore

# -- the xAPI 1.0.3 rules ----------------------------------------------------------------------

STATEMENT_KEYS = {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored",
                  "authority", "version", "attachments"}
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
INTERACTION_TYPES = {"true-false", "choice", "fill-in", "long-fill-in", "matching", "performance",
                     "sequencing", "likert", "numeric", "other"}
CONTEXT_ACTIVITY_KEYS = {"parent", "grouping", "category", "other"}
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
# RFC 3987 absolute IRI: a scheme, then no spaces or characters IRIs exclude.
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+$")
# ISO 8601 date-time with a time zone; xAPI forbids the offset -00:00.
TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DURATION = re.compile(r"^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?"
                      r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$")
# RFC 5646 language tag (the usual subset: language, script, region, variants).
LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?"
                          r"(-([A-Za-z0-9]{5,8}|\d[A-Za-z0-9]{3}))*$")
MAILTO = re.compile(r"^mailto:[^@\s]+@[^@\s]+$")


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _iri(value) -> bool:
    return isinstance(value, str) and bool(IRI.match(value))


def _language_map(value, where: str, out: list[str]) -> None:
    if not isinstance(value, dict) or not value:
        out.append(f"{where}: a language map must be a non-empty object")
        return
    for tag, text in value.items():
        if not LANGUAGE_TAG.match(tag):
            out.append(f"{where}: '{tag}' is not an RFC 5646 language tag")
        if not isinstance(text, str):
            out.append(f"{where}.{tag}: must be a string")


def _timestamp(value, where: str, out: list[str]) -> None:
    if not isinstance(value, str) or not TIMESTAMP.match(value):
        out.append(f"{where}: not an ISO 8601 timestamp with a time zone: {value!r}")
        return
    if value.endswith("-00:00"):
        out.append(f"{where}: the offset -00:00 is not allowed")
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        out.append(f"{where}: not a real date/time: {value!r}")


def _agent(actor, where: str, out: list[str]) -> None:
    if not isinstance(actor, dict):
        out.append(f"{where}: must be an object")
        return
    if actor.get("objectType", "Agent") != "Agent":
        out.append(f"{where}.objectType: this app's learner is an Agent")
    unknown = set(actor) - {"objectType", "name", *IFIS}
    if unknown:
        out.append(f"{where}: unknown properties {sorted(unknown)}")
    ifis = [k for k in IFIS if k in actor]
    if len(ifis) != 1:
        out.append(f"{where}: needs exactly one inverse functional identifier, found {ifis}")
    if "name" in actor and not isinstance(actor["name"], str):
        out.append(f"{where}.name: must be a string")
    if "mbox" in actor and not (isinstance(actor["mbox"], str) and MAILTO.match(actor["mbox"])):
        out.append(f"{where}.mbox: must be a mailto: IRI")
    if "account" in actor:
        account = actor["account"]
        if not isinstance(account, dict) or set(account) != {"homePage", "name"}:
            out.append(f"{where}.account: must have exactly homePage and name")
        else:
            if not _iri(account["homePage"]):
                out.append(f"{where}.account.homePage: must be an IRL")
            if not isinstance(account["name"], str) or not account["name"]:
                out.append(f"{where}.account.name: must be a non-empty string")


def _activity(activity, where: str, out: list[str], reference: bool = False) -> None:
    if not isinstance(activity, dict):
        out.append(f"{where}: must be an object")
        return
    if activity.get("objectType", "Activity") != "Activity":
        out.append(f"{where}.objectType: must be Activity")
    if not _iri(activity.get("id")):
        out.append(f"{where}.id: must be an IRI, found {activity.get('id')!r}")
    unknown = set(activity) - {"objectType", "id", "definition"}
    if unknown:
        out.append(f"{where}: unknown properties {sorted(unknown)}")
    definition = activity.get("definition")
    if definition is None:
        return
    if not isinstance(definition, dict):
        out.append(f"{where}.definition: must be an object")
        return
    for key in ("name", "description"):
        if key in definition:
            _language_map(definition[key], f"{where}.definition.{key}", out)
    if "type" in definition and not _iri(definition["type"]):
        out.append(f"{where}.definition.type: must be an IRI")
    interaction = {"interactionType", "correctResponsesPattern", "choices", "scale", "source",
                   "target", "steps"} & set(definition)
    if interaction:
        kind = definition.get("interactionType")
        if kind not in INTERACTION_TYPES:
            out.append(f"{where}.definition.interactionType: {kind!r} is not an xAPI interaction type")
        pattern = definition.get("correctResponsesPattern", [])
        if not isinstance(pattern, list) or not all(isinstance(p, str) for p in pattern):
            out.append(f"{where}.definition.correctResponsesPattern: must be a list of strings")
        if "choices" in definition:
            if kind not in ("choice", "sequencing"):
                out.append(f"{where}.definition.choices: only for choice or sequencing")
            ids = [c.get("id") for c in definition["choices"]]
            if len(set(ids)) != len(ids) or not all(isinstance(i, str) and i for i in ids):
                out.append(f"{where}.definition.choices: ids must be unique, non-empty strings")
            for i, c in enumerate(definition["choices"]):
                _language_map(c.get("description"), f"{where}.definition.choices[{i}].description", out)


def _result(result, out: list[str]) -> None:
    if not isinstance(result, dict):
        out.append("result: must be an object")
        return
    unknown = set(result) - {"score", "success", "completion", "response", "duration", "extensions"}
    if unknown:
        out.append(f"result: unknown properties {sorted(unknown)}")
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            out.append(f"result.{key}: must be true or false")
    if "response" in result and not isinstance(result["response"], str):
        out.append("result.response: must be a string")
    if "duration" in result and not (isinstance(result["duration"], str)
                                     and DURATION.match(result["duration"])):
        out.append(f"result.duration: not an ISO 8601 duration: {result['duration']!r}")
    for key in result.get("extensions", {}) or {}:
        if not _iri(key):
            out.append(f"result.extensions: key {key!r} must be an IRI")
    if "score" in result:
        score = result["score"]
        if not isinstance(score, dict) or set(score) - {"scaled", "raw", "min", "max"}:
            out.append("result.score: only scaled, raw, min and max")
            return
        for key, value in score.items():
            if not _number(value):
                out.append(f"result.score.{key}: must be a number")
                return
        if "scaled" in score and not -1 <= score["scaled"] <= 1:
            out.append(f"result.score.scaled: {score['scaled']} is outside [-1, 1]")
        low, high, raw = score.get("min"), score.get("max"), score.get("raw")
        if low is not None and high is not None and not low < high:
            out.append("result.score: max must be greater than min")
        if raw is not None and low is not None and raw < low:
            out.append(f"result.score.raw: {raw} is below min {low}")
        if raw is not None and high is not None and raw > high:
            out.append(f"result.score.raw: {raw} is above max {high}")


def _context(context, out: list[str]) -> None:
    if not isinstance(context, dict):
        out.append("context: must be an object")
        return
    unknown = set(context) - {"registration", "instructor", "team", "contextActivities", "revision",
                              "platform", "language", "statement", "extensions"}
    if unknown:
        out.append(f"context: unknown properties {sorted(unknown)}")
    if "registration" in context and not (isinstance(context["registration"], str)
                                          and UUID4.match(context["registration"])):
        out.append(f"context.registration: not a lower-case v4 UUID: {context['registration']!r}")
    if "language" in context and not LANGUAGE_TAG.match(str(context["language"])):
        out.append("context.language: not an RFC 5646 tag")
    for key in ("platform", "revision"):
        if key in context and not isinstance(context[key], str):
            out.append(f"context.{key}: must be a string")
    activities = context.get("contextActivities", {})
    if not isinstance(activities, dict) or set(activities) - CONTEXT_ACTIVITY_KEYS:
        out.append("context.contextActivities: only parent, grouping, category, other")
        return
    for key, value in activities.items():
        items = value if isinstance(value, list) else [value]
        for i, item in enumerate(items):
            _activity(item, f"context.contextActivities.{key}[{i}]", out)


def xapi_problems(stmt) -> list[str]:
    """Every way ``stmt`` breaks the xAPI 1.0.3 statement rules (empty when it is valid)."""
    out: list[str] = []
    if not isinstance(stmt, dict):
        return ["a statement must be a JSON object"]
    unknown = set(stmt) - STATEMENT_KEYS
    if unknown:
        out.append(f"unknown properties {sorted(unknown)}")
    for key in ("id", "actor", "verb", "object", "timestamp"):
        if key not in stmt:
            out.append(f"missing {key}")
    if "id" in stmt and not (isinstance(stmt["id"], str) and UUID4.match(stmt["id"])):
        out.append(f"id: not a lower-case hyphenated v4 UUID: {stmt['id']!r}")
    if "actor" in stmt:
        _agent(stmt["actor"], "actor", out)
    verb = stmt.get("verb")
    if "verb" in stmt:
        if not isinstance(verb, dict) or not _iri(verb.get("id")):
            out.append("verb.id: must be an IRI")
        elif "display" in verb:
            _language_map(verb["display"], "verb.display", out)
    if "object" in stmt:
        _activity(stmt["object"], "object", out)
    if "result" in stmt:
        _result(stmt["result"], out)
    if "context" in stmt:
        _context(stmt["context"], out)
    if "timestamp" in stmt:
        _timestamp(stmt["timestamp"], "timestamp", out)
    if "version" in stmt and not re.match(r"^1\.0\.\d+$", str(stmt["version"])):
        out.append("version: must be 1.0.x")
    return out


# -- builders --------------------------------------------------------------------------------

COURSE_IRI = "https://courses.example.com/mlops/framework-4"
T0 = datetime(2026, 11, 12, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def recorder(email: str = "", name: str = "") -> xapi.Recorder:
    course = xapi.course_activity(COURSE_IRI, "Framework 4: Enterprise ML Integration")
    learner = xapi.Learner("3f2b8c1d9e7a4b6c8d0e1f2a3b4c5d6e", xapi.home_page(COURSE_IRI), name, email)
    return xapi.Recorder(learner, course, xapi.new_uuid(), clock=lambda: T0)


def every_kind(r: xapi.Recorder) -> list[dict]:
    step = xapi.step_activity(r.course, 1, "Enterprise Data Architecture for ML")
    question = xapi.question_activity(r.course, "q1", 1, "Where does the data come from?",
                                      [("a", "Warehouse"), ("b", "Feature store")], "b")
    return [r.launched(), r.initialized(), r.experienced(step),
            r.answered(question, step, "b", True), r.answered(question, step, "a", False),
            r.completed_step(step), r.completed_course(90, {f"{COURSE_IRI}/xapi/extensions/code": "X"}),
            r.judged_course(90, 80), r.judged_course(70, 80), r.terminated(3723.5)]


@pytest.mark.parametrize("email", ["", "zoe@example.com"])
def test_every_statement_this_app_makes_follows_the_xapi_rules(email):
    statements = every_kind(recorder(email, "Zoë"))
    for stmt in statements:
        assert xapi_problems(stmt) == [], stmt
    assert len({s["id"] for s in statements}) == len(statements)
    assert {s["context"]["registration"] for s in statements} == {statements[0]["context"]["registration"]}


def test_verbs_are_adl_iris_with_english_display():
    verbs = [s["verb"] for s in every_kind(recorder())]
    assert [v["id"].rsplit("/", 1)[1] for v in verbs] == [
        "launched", "initialized", "experienced", "answered", "answered", "completed", "completed",
        "passed", "failed", "terminated"]
    assert all(v["id"].startswith("http://adlnet.gov/expapi/verbs/") for v in verbs)
    assert all(v["display"] == {"en-US": v["id"].rsplit("/", 1)[1]} for v in verbs)


def test_actor_is_an_account_or_an_mbox_never_both():
    anonymous = recorder().launched()["actor"]
    assert anonymous == {"objectType": "Agent", "account": {
        "homePage": "https://courses.example.com", "name": "3f2b8c1d9e7a4b6c8d0e1f2a3b4c5d6e"}}
    named = recorder("zoe@example.com", "Zoë").launched()["actor"]
    assert named == {"objectType": "Agent", "name": "Zoë", "mbox": "mailto:zoe@example.com"}


def test_object_ids_sit_under_the_course_iri_and_context_names_the_course():
    r = recorder()
    step = xapi.step_activity(r.course, 3, "Cost")
    question = xapi.question_activity(r.course, "q3", 3, "?", [("a", "A"), ("c", "C")], "c")
    answered = r.answered(question, step, "c", True)
    assert answered["object"]["id"] == f"{COURSE_IRI}/quiz/q3"
    assert answered["context"]["contextActivities"] == {
        "parent": [{"objectType": "Activity", "id": f"{COURSE_IRI}/step/3"}],
        "grouping": [{"objectType": "Activity", "id": COURSE_IRI}]}
    assert answered["result"] == {"success": True, "response": "c"}
    definition = answered["object"]["definition"]
    assert definition["interactionType"] == "choice"
    assert definition["correctResponsesPattern"] == ["c"]
    experienced = r.experienced(step)
    assert experienced["object"]["id"] == f"{COURSE_IRI}/step/3"
    assert experienced["context"]["contextActivities"] == {
        "parent": [{"objectType": "Activity", "id": COURSE_IRI}]}


def test_course_result_uses_the_content_threshold_and_a_valid_score():
    r = recorder()
    passed, failed = r.judged_course(80, 80), r.judged_course(79, 80)
    assert passed["verb"]["id"].endswith("/passed") and passed["result"]["success"] is True
    assert failed["verb"]["id"].endswith("/failed") and failed["result"]["success"] is False
    assert passed["result"]["score"] == {"scaled": 0.8, "raw": 80, "min": 0, "max": 100}
    assert r.completed_course(100)["result"]["score"]["scaled"] == 1.0


def test_timestamps_carry_the_offset_and_naive_times_are_refused():
    assert recorder().launched()["timestamp"] == "2026-11-12T09:30:00.000+01:00"
    assert xapi.timestamp(datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)).endswith("+00:00")
    with pytest.raises(ValueError):
        xapi.timestamp(datetime(2026, 1, 2))
    assert TIMESTAMP.match(xapi.timestamp(xapi.now_local()))


def test_durations_are_iso_8601():
    assert xapi.duration(3723.5) == "PT1H2M3.5S"
    assert xapi.duration(0) == "PT0S"
    assert xapi.duration(59.999) == "PT1M0S"
    for seconds in (0, 1, 59.5, 61, 3600, 86400 * 3 + 1.25):
        assert DURATION.match(xapi.duration(seconds)), seconds


def test_a_course_iri_that_is_no_iri_is_refused():
    for bad in ("courses.example.com/x", "https:///nohost", "has space://x", ""):
        with pytest.raises(ValueError):
            xapi.course_activity(bad, "T")


# -- the checks catch what they claim to catch ---------------------------------------------

def _broken(change) -> dict:
    stmt = json.loads(json.dumps(every_kind(recorder())[6]))  # course completed, with a score
    change(stmt)
    return stmt


@pytest.mark.parametrize("change, expected", [
    (lambda s: s.pop("actor"), "missing actor"),
    (lambda s: s.pop("verb"), "missing verb"),
    (lambda s: s.pop("object"), "missing object"),
    (lambda s: s.pop("id"), "missing id"),
    (lambda s: s.pop("timestamp"), "missing timestamp"),
    (lambda s: s["actor"].update(mbox="mailto:a@b.c"), "exactly one inverse functional"),
    (lambda s: s["actor"].pop("account"), "exactly one inverse functional"),
    (lambda s: s["actor"].update(account={"name": "x"}), "exactly homePage and name"),
    (lambda s: s.update(id=s["id"].upper()), "v4 UUID"),
    (lambda s: s.update(id="6fa459ea-ee8a-3ca4-894e-db77e160355e"), "v4 UUID"),  # version 3
    (lambda s: s.update(id=s["id"].replace("-", "")), "v4 UUID"),
    (lambda s: s["verb"].update(id="completed"), "verb.id"),
    (lambda s: s["object"].update(id="step 1"), "object.id"),
    (lambda s: s["verb"].update(display={"english": "done"}), "language tag"),
    (lambda s: s["object"]["definition"].update(name="Course"), "language map"),
    (lambda s: s.update(timestamp="2026-11-12T09:30:00"), "time zone"),
    (lambda s: s.update(timestamp="2026-11-12T09:30:00-00:00"), "-00:00"),
    (lambda s: s.update(timestamp="2026-13-45T09:30:00Z"), "real date"),
    (lambda s: s["result"]["score"].update(scaled=1.5), "outside [-1, 1]"),
    (lambda s: s["result"]["score"].update(raw=101), "above max"),
    (lambda s: s["result"]["score"].update(raw=-1), "below min"),
    (lambda s: s["result"]["score"].update(min=100, max=0), "greater than min"),
    (lambda s: s["result"].update(completion="yes"), "true or false"),
    (lambda s: s["context"].update(registration="not-a-uuid"), "registration"),
    (lambda s: s["result"].update(extensions={"code": "x"}), "must be an IRI"),
    (lambda s: s["result"].update(duration="1 hour"), "ISO 8601 duration"),
])
def test_the_rule_checks_catch_broken_statements(change, expected):
    assert xapi_problems(every_kind(recorder())[6]) == []
    problems = xapi_problems(_broken(change))
    assert any(expected in p for p in problems), problems


# -- statement log ---------------------------------------------------------------------------

def test_log_appends_one_line_per_statement_and_reads_them_back(tmp_path):
    log = StatementLog(tmp_path / "statements.jsonl")
    statements = every_kind(recorder())
    for s in statements:
        log.append(s)
    lines = (tmp_path / "statements.jsonl").read_bytes().split(b"\n")
    assert lines[-1] == b"" and len(lines) == len(statements) + 1
    assert log.read().statements == statements and log.read().skipped == 0


def test_a_crash_mid_append_loses_at_most_the_torn_statement(tmp_path):
    path = tmp_path / "statements.jsonl"
    statements = every_kind(recorder())[:4]
    log = StatementLog(path)
    for s in statements:
        log.append(s)
    whole = path.read_bytes()
    ends = [i + 1 for i, b in enumerate(whole) if b == ord("\n")]
    # Cut the file inside the last line, as a power cut mid-write would: at every byte
    # near both ends of the line (where JSON parsers are most easily fooled) and every
    # 13th byte between.
    first, last = ends[-2], len(whole)
    cuts = sorted({*range(first + 1, first + 40), *range(first, last, 13), *range(last - 40, last)})
    for cut in cuts:
        path.write_bytes(whole[:cut])
        contents = log.read()
        whole_line = cut == last - 1  # only the newline is missing: the statement is intact
        assert contents.statements == statements[:4 if whole_line else 3], cut
        assert contents.skipped == (0 if whole_line or cut == first else 1), cut
        extra = recorder().terminated(1)
        log.append(extra)  # the next statement after a restart stays whole
        after = log.read()
        assert after.statements == [*statements[:4 if whole_line else 3], extra], cut
        assert after.skipped == contents.skipped, cut


def test_a_torn_line_in_the_middle_costs_only_itself(tmp_path):
    path = tmp_path / "statements.jsonl"
    statements = every_kind(recorder())[:3]
    lines = [json.dumps(s) for s in statements]
    path.write_text(lines[0] + "\n" + lines[1][:40] + "\n" + lines[2] + "\n", "utf-8")
    contents = StatementLog(path).read()
    assert contents.statements == [statements[0], statements[2]] and contents.skipped == 1


def test_an_unreadable_log_reads_as_empty_with_the_reason(tmp_path):
    (tmp_path / "statements.jsonl").mkdir()
    contents = StatementLog(tmp_path / "statements.jsonl").read()
    assert contents.statements == [] and contents.error
    with pytest.raises(OSError):
        StatementLog(tmp_path / "statements.jsonl").append(recorder().launched())


def test_export_is_one_json_array_of_valid_statements(tmp_path):
    statements = every_kind(recorder("zoe@example.com"))
    export_statements(statements, tmp_path / "out.json")
    loaded = json.loads((tmp_path / "out.json").read_text("utf-8"))
    assert isinstance(loaded, list) and loaded == statements
    assert all(xapi_problems(s) == [] for s in loaded)


def test_with_actor_gives_every_statement_the_current_identity():
    statements = every_kind(recorder())
    actor = xapi.Learner("id", "https://x.example", "Zoë", "zoe@example.com").actor()
    restamped = xapi.with_actor(statements, actor)
    assert all(s["actor"] == actor for s in restamped)
    assert [s["id"] for s in restamped] == [s["id"] for s in statements]
    assert all(xapi_problems(s) == [] for s in restamped)


# -- profile, names ------------------------------------------------------------------------

def test_profile_round_trips_and_a_damaged_one_is_set_aside(tmp_path):
    store = ProfileStore(tmp_path / "profile.json")
    assert store.load() is None
    profile = Profile.new()
    assert re.fullmatch(r"[0-9a-f]{32}", profile.learner_id) and UUID4.match(profile.registration)
    named = Profile(profile.learner_id, profile.registration, "Zoë", "zoe@example.com")
    store.save(named)
    assert store.load() == named
    again = named.new_attempt()
    assert again.learner_id == named.learner_id and again.registration != named.registration
    (tmp_path / "profile.json").write_text("{not json", "utf-8")
    assert store.load() is None
    assert not (tmp_path / "profile.json").exists()
    assert len(list(tmp_path.glob("profile.corrupt-*.json"))) == 1


@pytest.mark.parametrize("name, ok", [("Zoë Müller", True), ("  Ana  ", True), ("", False),
                                      ("   ", False), ("1234", False), ("a\tb", False),
                                      ("x" * 101, False)])
def test_names_are_checked(name, ok):
    assert (check_name(name) == "") is ok


@pytest.mark.parametrize("email, ok", [("", True), ("zoe@example.com", True),
                                       ("zoe.m+course@mail.example.co.uk", True),
                                       ("zoe", False), ("zoe@", False), ("zoe@example", False),
                                       ("zo e@example.com", False), ("a@b@c.com", False),
                                       ("<zoe@example.com>", False)])
def test_emails_are_checked(email, ok):
    assert (check_email(email) == "") is ok


# -- summary and verification code ---------------------------------------------------------

STEPS = [StepSpec(n, f"Step title {n}", f"{COURSE_IRI}/step/{n}") for n in range(1, 6)]
QUESTIONS = [QuestionSpec(f"q{n}", n, f"Question {n}?", {"a": "Alpha", "b": "Beta"}, "b",
                          f"{COURSE_IRI}/quiz/q{n}") for n in range(1, 6)]


def make_record(answers, steps=(1, 2, 3, 4, 5), name="Zoë", registration=None, log=Attempt()):
    profile = Profile("3f2b8c1d9e7a4b6c8d0e1f2a3b4c5d6e",
                      registration or "0b6f2c1e-8d4a-4e7b-9c3d-2a1f0e9d8c7b", name)
    return course_record(course_title="Course", course_iri=COURSE_IRI, content_version="1",
                         profile=profile, steps=STEPS, questions=QUESTIONS, completed_steps=steps,
                         answers=answers, log=log, per_step=10, per_correct=10, pass_percent=80)


def test_record_scores_and_lists_what_is_missing():
    partial = make_record({"q1": "b", "q2": "a"}, steps=(1, 3))
    assert partial.completion_percent == 30 and partial.quiz_correct == 1
    assert not partial.complete
    assert partial.missing() == ["mark step 2 (Step title 2) complete",
                                 "mark step 4 (Step title 4) complete",
                                 "mark step 5 (Step title 5) complete",
                                 "answer quiz 3", "answer quiz 4", "answer quiz 5"]
    full = make_record({f"q{n}": "b" if n != 3 else "a" for n in range(1, 6)})
    assert full.complete and full.completion_percent == 90 and full.passed
    assert [q.result_text for q in full.questions] == ["Correct", "Correct", "Incorrect", "Correct",
                                                       "Correct"]


def test_record_takes_times_from_the_statements_of_its_attempt():
    r = recorder()
    step = xapi.step_activity(r.course, 1, "S")
    question = xapi.question_activity(r.course, "q1", 1, "?", [("a", "A"), ("b", "B")], "b")
    done = r.completed_step(step)
    other = xapi.Recorder(r.learner, r.course, xapi.new_uuid(), clock=r.clock).completed_step(step)
    statements = [other, done, r.answered(question, step, "b", True), r.completed_course(60)]
    log = attempt(statements, r.registration, r.course.id)
    assert log.completed[step.id] == done and log.course_completed is not None
    record = make_record({"q1": "b"}, steps=(1,), registration=r.registration, log=log)
    assert record.steps[0].completed_at == done["timestamp"]
    assert record.questions[0].answered_at == done["timestamp"]
    assert record.completed_at == done["timestamp"]


def test_verification_code_is_stable_and_follows_the_results():
    answers = {f"q{n}": "b" for n in range(1, 6)}
    code = verification_code(make_record(answers))
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", code)
    assert verification_code(make_record(dict(answers))) == code
    assert verification_code(make_record({**answers, "q5": "a"})) != code
    assert verification_code(make_record(answers, steps=(1, 2, 3, 4))) != code
    other = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
    assert verification_code(make_record(answers, registration=other)) != code


def test_csv_has_one_row_per_step_and_question_and_defuses_formulas():
    record = make_record({"q1": "b", "q2": "a"}, steps=(1,), name="=HYPERLINK(\"x\")")
    rows = list(csv.DictReader(io.StringIO(summary_csv(record))))
    assert [(r["item"], r["number"]) for r in rows] == (
        [("step", str(n)) for n in range(1, 6)] + [("question", str(n)) for n in range(1, 6)])
    assert rows[0]["status"] == "completed" and rows[1]["status"] == "not completed"
    assert rows[5]["result"] == "correct" and rows[5]["response"] == "B: Beta"
    assert rows[6]["result"] == "incorrect" and rows[6]["correct_answer"] == "B: Beta"
    assert rows[7]["status"] == "not answered" and rows[7]["result"] == "not answered"
    assert all(r["learner_name"].startswith("'=") for r in rows)


# -- erasure -------------------------------------------------------------------------------

def test_erasure_leaves_no_file_of_the_learner_and_keeps_the_rest(tmp_path):
    store = ProgressStore(tmp_path / "progress.json")
    store.save({"page": "step_2"}, "1")
    (tmp_path / "progress.corrupt-20260101-000000.json").write_text("x")
    ProfileStore(tmp_path / "profile.json").save(Profile.new())
    (tmp_path / "profile.corrupt-20260101-000000.json").write_text("x")
    StatementLog(tmp_path / "statements.jsonl").append(recorder().launched())
    (tmp_path / ".statements.jsonl.abc.tmp").write_text("x")
    (tmp_path / "kiosk.yaml").write_text("schema: 1\n")  # the trainer's, not the learner's
    before = learner_files(tmp_path, store)
    assert len(before) == 6
    erasure = erase_learner_data(tmp_path, store)
    assert sorted(erasure.erased) == before and erasure.failed == []
    assert learner_files(tmp_path, store) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.yaml"]
    assert erase_learner_data(tmp_path, store).erased == []

