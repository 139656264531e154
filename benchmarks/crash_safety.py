"""Crash safety: SIGKILL the app at random moments during rapid saves, then check the file.

    .venv/bin/python benchmarks/crash_safety.py [--kills 200]

A child process runs the real session (offscreen) and changes the learner state as
fast as it can, saving after every change through the app's own AutoSaver. Before
each save it prints the state it is about to write. The parent kills it (SIGKILL)
at a random moment, then loads progress.json with the app's own loader: it must
load, and hold either the last state printed or the one before it, never a mix
and never nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import os, sys, json, random
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[2])
from desktop.app import build_parser, build_session, ensure_app
from desktop.model.state import state_to_dict
app = ensure_app()
session = build_session(build_parser().parse_args(["--data-dir", sys.argv[1]]), app)
state, saver = session.state, session.saver
rng = random.Random(int(sys.argv[3]))
print("READY", flush=True)
i = 0
while True:
    i += 1
    state.bias.rate_a = float(10 + i % 85)
    state.cost.gpu_hours = float(i % 1000)
    if i % 7 == 0:
        state.quiz_answers = {"q1": "abcd"[i % 4]}
    print(json.dumps(state_to_dict(state), sort_keys=True), flush=True)
    saver.save_now()
"""


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--kills", type=int, default=200)
    p.add_argument("--seed", type=int, default=7)
    opts = p.parse_args()
    sys.path.insert(0, str(ROOT))
    from desktop.model.persistence import ProgressStore

    rng = random.Random(opts.seed)
    ok = bad = 0
    started = time.perf_counter()
    for n in range(opts.kills):
        data = Path(tempfile.mkdtemp(prefix="crash-"))
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(data), str(ROOT), str(n)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if child.stdout.readline().strip() != "READY":
            child.kill()
            print(f"kill {n}: the app did not start:\n{child.stderr.read()}")
            return 2
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        child.stderr.close()
        printed = [line for line in child.stdout.read().splitlines() if line.startswith("{")]
        child.wait()
        store = ProgressStore(data / "progress.json")
        if not store.path.exists():
            # Killed before the first save completed: the learner had no saved progress yet.
            ok += 1 if len(printed) <= 1 else 0
            bad += 0 if len(printed) <= 1 else 1
            continue
        result = store.load()
        saved = json.dumps(result.document["state"], sort_keys=True) if result.document else None
        if saved is not None and saved in printed[-2:]:
            ok += 1
        else:
            bad += 1
            print(f"kill {n}: progress file is not one of the last two states "
                  f"({len(printed)} states written)")
    print(f"kills: {opts.kills}, valid progress after kill: {ok}, invalid: {bad}, "
          f"time: {time.perf_counter() - started:.0f} s")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
