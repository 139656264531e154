"""The sender against a real Ralph LRS: deliver, read back, resync, refusals, credentials, kills."""

from __future__ import annotations

import threading
import time
from collections import Counter

from desktop.lrs.client import LrsClient
from desktop.lrs.config import load_config
from desktop.lrs.ledger import LEDGER_FILE
from desktop.lrs.sender import AUTH, OFFLINE, Queue
from desktop.model.learning_record import STATEMENTS_FILE, StatementLog

from .conftest import make_learner, write_config


def queue_for(ralph, tmp_path, **extra) -> Queue:
    config = load_config(write_config(tmp_path / "lrs.yaml", ralph.config_text(**extra)))
    return Queue(tmp_path / "learner", config)


def test_a_learners_statements_reach_ralph_once_and_read_back(ralph, tmp_path):
    made = make_learner(tmp_path / "learner", 37)
    queue = queue_for(ralph, tmp_path, batch_size=10)
    assert queue.status().message() == "37 records waiting: will send shortly."

    first = queue.sync()
    assert (first.sent, first.rejected, first.problem) == (37, 0, ""), first.detail
    assert queue.status().message() == "All 37 records sent to Ralph (test)."

    learner_id = queue._profile().learner_id
    back = LrsClient(queue.config).all_statements(limit=20)
    mine = [s for s in back if s["actor"].get("account", {}).get("name") == learner_id]
    assert sorted(s["id"] for s in mine) == sorted(s["id"] for s in made)
    by_id = {s["id"]: s for s in mine}
    for s in made:
        assert by_id[s["id"]]["verb"] == s["verb"] and by_id[s["id"]]["object"] == s["object"]

    stored_before = len(ralph.stored())
    (tmp_path / "learner" / LEDGER_FILE).unlink()  # as if every confirmation were lost
    again = queue.sync()
    assert again.problem == "" and again.sent == 37  # the LRS said it holds them (204)
    assert len(ralph.stored()) == stored_before  # and stored nothing new


def test_a_malformed_statement_is_kept_aside_with_ralphs_reason(ralph, tmp_path):
    made = make_learner(tmp_path / "learner", 9)
    bad = dict(made[4], id="0b0b0b0b-0000-4000-8000-00000000000b", verb={"display": {"en-US": "did"}})
    StatementLog(tmp_path / "learner" / STATEMENTS_FILE).append(bad)
    make_learner(tmp_path / "learner", 6)
    queue = queue_for(ralph, tmp_path, batch_size=50)

    result = queue.sync()
    assert (result.sent, result.rejected, result.problem) == (15, 1, "")
    ledger = queue.ledger.load()
    assert set(ledger.rejected) == {bad["id"]}
    assert "verb" in ledger.rejected[bad["id"]] and "422" in ledger.rejected[bad["id"]]
    assert queue.status().message() == "The LRS refused 1 record (a trainer can see why)."
    stored_ids = {s["id"] for s in ralph.stored()}
    assert bad["id"] not in stored_ids and {s["id"] for s in made} <= stored_ids

    assert queue.sync().sent == 0  # a refused statement is not retried


def test_wrong_credentials_keep_records_waiting_and_say_so(ralph, tmp_path):
    make_learner(tmp_path / "learner", 4)
    queue = queue_for(ralph, tmp_path, **{})
    queue.client = LrsClient(load_config(write_config(tmp_path / "bad.yaml",
                                                      ralph.config_text(secret="Zq9-not-the-secret"))))
    result = queue.sync()
    assert result.problem == AUTH and result.sent == 0
    assert queue.status(result.problem).message() == (
        "4 records waiting: Ralph (test) did not accept this computer's credentials; "
        "please tell your IT department.")
    assert "Zq9" not in repr(queue.client) and "Zq9" not in repr(queue.client.config)


def test_no_network_keeps_records_waiting(tmp_path):
    make_learner(tmp_path / "learner", 3)
    from .ralph_server import free_port

    config = load_config(write_config(tmp_path / "lrs.yaml", (
        f"schema: 1\nname: Nobody\nendpoint: http://127.0.0.1:{free_port()}/xAPI/\n"
        "auth:\n  key: k\n  secret: s\n")))
    queue = Queue(tmp_path / "learner", config)
    result = queue.sync()
    assert result.problem == OFFLINE
    assert queue.status(result.problem).message() == (
        "3 records waiting: will send when the network is back.")


def test_ralph_killed_mid_batch_and_restarted_loses_and_doubles_nothing(own_ralph, tmp_path):
    made = make_learner(tmp_path / "learner", 400)
    queue = queue_for(own_ralph, tmp_path, batch_size=5)
    results = []
    worker = threading.Thread(target=lambda: results.append(queue.sync()))
    worker.start()
    while not own_ralph.stored():  # the first batches are in: kill it while it takes more
        time.sleep(0.02)
    own_ralph.kill()
    worker.join(120)
    stored_at_kill = len(own_ralph.stored())
    assert results[0].problem == OFFLINE and 0 < stored_at_kill < 400
    assert results[0].sent <= stored_at_kill  # the ledger never runs ahead of the LRS

    own_ralph.start()
    assert queue.sync().problem == ""
    counts = Counter(s["id"] for s in own_ralph.stored())
    assert set(counts) == {s["id"] for s in made}
    assert max(counts.values()) == 1


def test_records_status_shows_a_trainer_why_the_lrs_refused(ralph, tmp_path):
    import os
    import subprocess
    import sys

    from .ralph_server import ROOT

    made = make_learner(tmp_path / "learner", 3)
    bad = dict(made[0], id="0c0c0c0c-0000-4000-8000-00000000000c", verb={"display": {"en-US": "x"}})
    StatementLog(tmp_path / "learner" / STATEMENTS_FILE).append(bad)
    queue = queue_for(ralph, tmp_path)
    queue.sync()
    result = subprocess.run([sys.executable, "-m", "desktop", "records", "status", "--data-dir",
                             str(tmp_path / "learner"), "--lrs-config", str(tmp_path / "lrs.yaml")],
                            cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.splitlines()[0] == "The LRS refused 1 record (a trainer can see why)."
    assert result.stdout.splitlines()[1].startswith(f"refused {bad['id']}: HTTP 422:")
    assert "verb" in result.stdout and "s3cret" not in result.stdout + result.stderr


def test_ralph_restarts_after_a_kill_tore_its_own_files(own_ralph, tmp_path):
    """A SIGKILL can leave Ralph's read history empty and its store's last line unfinished;
    the test LRS recovers them on start as a database would, else every request fails."""
    first = make_learner(tmp_path / "learner", 3)
    queue = queue_for(own_ralph, tmp_path)
    assert queue.sync().problem == ""
    own_ralph.kill()
    (own_ralph.folder / "app").mkdir(exist_ok=True)
    (own_ralph.folder / "app" / "history.json").write_text("")  # opened "w", killed before the dump
    store = own_ralph.data / "fs_lrs.jsonl"
    store.write_bytes(store.read_bytes().rstrip(b"\n") + b'\n{"id": "half a statem')
    own_ralph.start()
    more = make_learner(tmp_path / "learner", 2)
    assert queue.sync().problem == ""
    assert {s["id"] for s in own_ralph.stored()} == {s["id"] for s in first + more}
