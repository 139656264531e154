"""Issue 16, items 4 and 8: the learner's record files are private, bounded, read
incrementally and safely, and names cannot reorder or hide text."""

from __future__ import annotations

import json
import os

import pytest

from desktop.model.learning_record import (
    FSI, PDI, LogFull, Profile, ProfileStore, StatementLog, check_email, check_name, clean_text,
    isolate,
)
from desktop.model.persistence import ProgressStore

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes")


def statement(n: int, padding: int = 0) -> dict:
    return {"id": f"{n:08d}-0000-4000-8000-000000000000", "verb": {"id": "x"}, "pad": "x" * padding}


@posix_only
def test_every_file_with_personal_data_is_owner_only(tmp_path):
    old_umask = os.umask(0o022)
    try:
        log = tmp_path / "statements.jsonl"
        log.write_text("")
        os.chmod(log, 0o644)  # left by an earlier version
        StatementLog(log).append(statement(1))
        StatementLog(tmp_path / "new.jsonl").append(statement(1))
        ProfileStore(tmp_path / "profile.json").save(Profile.new())
        ProgressStore(tmp_path / "progress.json").save({"page": "intro"}, "1")
    finally:
        os.umask(old_umask)
    for name in ("statements.jsonl", "new.jsonl", "profile.json", "progress.json"):
        assert (tmp_path / name).stat().st_mode & 0o777 == 0o600, name


def test_the_log_takes_no_statement_beyond_its_limit_and_keeps_every_one_it_has(tmp_path):
    log = StatementLog(tmp_path / "statements.jsonl", max_bytes=20_000)
    written = 0
    with pytest.raises(LogFull):
        while True:
            log.append(statement(written, 900))
            written += 1
    assert 15 <= written <= 22
    size = (tmp_path / "statements.jsonl").stat().st_size
    assert size <= 20_000
    assert [s["id"] for s in log.read().statements] == [statement(n)["id"] for n in range(written)]


def test_reading_picks_up_only_what_was_appended_and_notices_a_replaced_file(tmp_path):
    path = tmp_path / "statements.jsonl"
    writer, reader = StatementLog(path), StatementLog(path)
    for n in range(3):
        writer.append(statement(n))
    assert len(reader.read().statements) == 3
    writer.append(statement(3))
    assert [s["id"][:8] for s in reader.read().statements] == ["00000000", "00000001", "00000002",
                                                               "00000003"]
    path.write_text(json.dumps(statement(9)) + "\n")  # same size class, other content
    assert [s["id"][:8] for s in reader.read().statements] == ["00000009"]


def test_a_log_larger_than_its_limit_is_read_only_up_to_the_limit(tmp_path):
    path = tmp_path / "statements.jsonl"
    line = (json.dumps(statement(1, 100)) + "\n").encode()
    path.write_bytes(line * 1000)
    contents = StatementLog(path, max_bytes=len(line) * 10).read()
    assert len(contents.statements) == 10


@pytest.mark.parametrize("raw, shown", [
    ("\u202eevil\u202c Adam", "evil Adam"),
    ("Ada\u0085 Lovelace\u009b", "Ada Lovelace"),
    ("\u2067Zoë\u2069", "Zoë"),
    ("Ana\x07", "Ana"),
])
def test_names_lose_controls_and_direction_overrides(tmp_path, raw, shown):
    assert clean_text(raw) == shown
    assert check_name(raw) != "", "typed in the dialog: the learner is told"
    store = ProfileStore(tmp_path / "profile.json")
    store.save(Profile("0" * 32, "00000000-0000-4000-8000-000000000000", raw, ""))
    assert store.load().name == shown, "from a file: stripped"


def test_an_email_with_direction_marks_is_refused():
    assert check_email("ada@example.com") == ""
    assert check_email("ad\u202ea@example.com") != ""


def test_a_shown_name_is_isolated_from_the_text_around_it():
    assert isolate("زينب") == f"{FSI}زينب{PDI}"
    assert isolate("") == ""
