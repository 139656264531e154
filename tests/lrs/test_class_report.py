"""The class report on 30 generated learners: its numbers equal a count made here."""

from __future__ import annotations

import csv
import json
import os
import random
import shutil
import subprocess
import sys
from collections import Counter

import pytest

from desktop.content.loader import load_course
from desktop.lrs.bundle import write_bundle
from desktop.model import xapi
from desktop.model.learning_record import Profile

from .ralph_server import ROOT

LEARNERS = 30


def generate(course, rng):
    """Statements of 30 learners doing the course differently, and what they did."""
    course_act = xapi.course_activity(course.course_iri, course.title)
    step2 = xapi.step_activity(course_act, 2, "Step 2")
    quizzes = list(course.quizzes)
    presets = [p.id for p in course.topic("gdpr").presets]
    base = course_act.id
    gdpr_part = xapi.Activity(f"{base}/step/2/gdpr-checker", "GDPR checker", xapi.INTERACTION_TYPE)
    bias_part = xapi.Activity(f"{base}/step/2/bias-audit", "Bias audit", xapi.INTERACTION_TYPE)
    truth = []
    for n in range(LEARNERS):
        profile = Profile.new()
        learner = xapi.Learner(profile.learner_id, xapi.home_page(base), f"Learner {n:02d}")
        rec = xapi.Recorder(learner, course_act, profile.registration)
        did = {"name": f"Learner {n:02d}", "answers": {}, "presets": set(), "bands": set(),
               "completed": False, "score": None, "statements": [rec.launched()]}
        for q in quizzes:
            if rng.random() < 0.85:
                act = xapi.question_activity(course_act, q.id, q.number, q.question,
                                             [(o.key, o.text) for o in q.options], q.answer)
                if rng.random() < 0.3:  # changed their mind: the later answer counts
                    did["statements"].append(rec.answered(act, step2, q.options[0].key, False))
                key = rng.choice([o.key for o in q.options])
                did["statements"].append(rec.answered(act, step2, key, key == q.answer))
                did["answers"][q.number] = key
        for preset in rng.sample(presets, rng.randint(0, 3)):
            did["statements"].append(rec.interacted(gdpr_part, step2, {f"{base}/xapi/extensions/gdpr-preset": preset}))
            did["presets"].add(preset)
        for band in rng.sample(["pass", "caution", "fail"], rng.randint(0, 3)):
            did["statements"].append(rec.interacted(bias_part, step2, {f"{base}/xapi/extensions/bias-band": band}))
            did["bands"].add(band)
        if len(did["answers"]) == len(quizzes) and rng.random() < 0.8:
            score = rng.randint(30, 100)
            did["statements"] += [rec.completed_course(score), rec.judged_course(score, 70)]
            did["completed"], did["score"] = True, score
        truth.append(did)
    return truth


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("class")
    course = load_course(ROOT / "content")
    truth = generate(course, random.Random(2126))
    sources = []
    for i, did in enumerate(truth[:20]):  # 20 learners handed in bundles
        path = folder / f"learner-{i:02d}.zip"
        write_bundle(path, {"statements.json": json.dumps(did["statements"]).encode()},
                     learner={"name": did["name"]}, course={"iri": course.course_iri},
                     exported_at="2026-12-06T10:00:00.000+00:00", app_version="test")
        sources.append(path)
    shared = [s for did in truth[20:] for s in did["statements"]]  # 10 came from an LRS export
    (folder / "lrs-export.json").write_text(json.dumps(shared))
    sources += [folder / "lrs-export.json", sources[0]]  # one bundle given twice: counted once
    out = folder / "report"
    result = subprocess.run([sys.executable, "-m", "desktop", "records", "report",
                             *map(str, sources), "--out", str(out)], cwd=ROOT, text=True,
                            capture_output=True, timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return course, truth, out, result.stdout


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_completion_scores_and_answers_match_a_count_made_here(made):
    course, truth, out, stdout = made
    learners = {r["learner"]: r for r in rows(out / "learners.csv")}
    assert len(learners) == LEARNERS
    completed = sum(d["completed"] for d in truth)
    passed = sum(1 for d in truth if d["score"] is not None and d["score"] >= 70)
    assert f"{LEARNERS} learners: {completed} completed the course, {passed} passed" in stdout
    for d in truth:
        row = learners[d["name"]]
        assert row["completed"] == ("yes" if d["completed"] else "no")
        assert row["score"] == ("" if d["score"] is None else str(d["score"]))
        for q in course.quizzes:
            assert row[f"Quiz {q.number} answer"] == d["answers"].get(q.number, "").upper()
        assert set(row["gdpr_presets_checked"].split()) == d["presets"]
        assert set(row["bias_bands_reached"].split()) == d["bands"]


def test_each_questions_correct_rate_and_wrong_options_match_a_count_made_here(made):
    course, truth, out, _ = made
    table = rows(out / "questions.csv")
    for q in course.quizzes:
        answers = [d["answers"][q.number] for d in truth if q.number in d["answers"]]
        wrong = Counter(a for a in answers if a != q.answer)
        mine = [r for r in table if r["question"] == f"Quiz {q.number}"]
        assert {int(r["answered"]) for r in mine} == {len(answers)}
        assert {int(r["correct"]) for r in mine} == {answers.count(q.answer)}
        assert {r["wrong_option"].lower(): int(r["chosen_by"]) for r in mine} == {
            o.key: wrong.get(o.key, 0) for o in q.options if o.key != q.answer}


def test_the_pdf_has_the_charts(made):
    _, _, out, _ = made
    pdf = out / "class-report.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / "page")], check=True)
    pages = sorted(out.glob("page*.png"))
    assert len(pages) >= 2
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        for title in ("Completion", "Scores", "Correct answers per quiz question",
                      "Wrong options chosen", "GDPR use cases checked", "Bias audit bands reached"):
            assert title in text


def test_presets_and_bands_are_named_as_the_course_names_them(made):
    """A trainer reads "Adverse impact indicated", not the statement's id "caution"."""
    course, truth, out, _ = made
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = " ".join(subprocess.run(["pdftotext", str(out / "class-report.pdf"), "-"],
                                   capture_output=True, text=True, check=True).stdout.split())
    bands = {b.id: b.label for b in course.topic("bias").rules.bands}
    presets = {p.id: p.label for p in course.topic("gdpr").presets}
    reached = set().union(*(did["bands"] for did in truth))
    checked = set().union(*(did["presets"] for did in truth))
    for band in reached:
        assert " ".join(bands[band].split()) in text, band
    for preset in checked:
        assert " ".join(presets[preset].split())[:25] in text, preset


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_like_a_statements_file_is_refused_not_waited_on(tmp_path):
    from desktop.lrs.classdata import SourceError, read_sources

    pipe = tmp_path / "statements.json"
    os.mkfifo(pipe)
    with pytest.raises(SourceError, match="not a regular file"):
        read_sources([pipe])


def test_a_pdf_that_cannot_be_written_is_reported_not_announced(tmp_path):
    course = load_course(ROOT / "content")
    source = tmp_path / "lrs-export.json"
    source.write_text(json.dumps(generate(course, random.Random(7))[0]["statements"]))
    out = tmp_path / "report"
    (out / "class-report.pdf").mkdir(parents=True)  # where the PDF should go, a folder is
    result = subprocess.run([sys.executable, "-m", "desktop", "records", "report", str(source),
                             "--out", str(out)], cwd=ROOT, text=True, capture_output=True,
                            timeout=300,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert "Wrote" not in result.stdout
    assert "class report PDF could not be written" in result.stderr
