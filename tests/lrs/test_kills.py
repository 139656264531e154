"""Kill the app's sender (SIGKILL) at random points of a sync: every statement reaches Ralph once."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter

from desktop.lrs.ledger import LEDGER_FILE, LedgerStore

from .conftest import make_learner, write_config
from .ralph_server import ROOT

KILLS = 50


def sync_command(data, config):
    return [sys.executable, "-m", "desktop", "records", "sync", "--data-dir", str(data),
            "--lrs-config", str(config)]


def test_fifty_kills_during_syncs_lose_and_double_nothing(own_ralph, tmp_path):
    rng = random.Random(21)
    data = tmp_path / "learner"
    config = write_config(tmp_path / "lrs.yaml", own_ralph.config_text(batch_size=2))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    made = make_learner(data, 40)
    ledger = LedgerStore(data / LEDGER_FILE)
    killed_mid_sync = unconfirmed_after_kill = rounds_timed = 0
    sync_seconds = 1.0
    kills = 0
    while kills < KILLS:
        made += make_learner(data, 30)  # the learner went on: there is always something to send
        before = len(ledger.load().delivered)
        started = time.monotonic()
        process = subprocess.Popen(sync_command(data, config), cwd=ROOT, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if rounds_timed < 1:
            process.wait(60)
            # Kill somewhere in a sync as long as this machine's: start-up, batches, ledger.
            sync_seconds = time.monotonic() - started
            rounds_timed += 1
            continue
        time.sleep(rng.uniform(0.0, sync_seconds))
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        kills += process.returncode == -signal.SIGKILL
        confirmed = ledger.load().delivered
        stored = {s["id"] for s in own_ralph.stored()}
        if process.returncode == -signal.SIGKILL and before < len(confirmed) < len(made):
            killed_mid_sync += 1
        if stored - confirmed:
            unconfirmed_after_kill += 1  # Ralph holds what the ledger does not know yet
    final = subprocess.run(sync_command(data, config), cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    assert f"All {len(made)} records sent" in final.stdout

    counts = Counter(s["id"] for s in own_ralph.stored())
    assert set(counts) == {s["id"] for s in made}
    assert max(counts.values()) == 1
    print(f"{kills} kills, {killed_mid_sync} mid-sync, {unconfirmed_after_kill} left Ralph holding "
          f"statements the ledger had not recorded; {len(made)} statements, each stored once")
    assert killed_mid_sync >= KILLS // 3
