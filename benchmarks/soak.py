"""Soak: 20,000 seeded monkey events in one process; prints errors, warnings, time and RSS.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/soak.py [--events 20000] [--seed 1]

Exit code 1 if any unhandled exception or Qt warning occurred.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tools")]


def rss_kb() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--events", type=int, default=20_000)
    p.add_argument("--seed", type=int, default=1)
    opts = p.parse_args()
    from desktop.app import build_parser, build_session, ensure_app
    from desktop.smoke import Problems
    from monkey import Monkey
    from PySide6.QtCore import qInstallMessageHandler

    app = ensure_app()
    problems = Problems()
    qInstallMessageHandler(problems.qt_message)
    sys.excepthook = problems.excepthook
    args = build_parser().parse_args(["--data-dir", tempfile.mkdtemp(prefix="soak-")])
    session = build_session(args, app)
    session.window.resize(1366, 768)
    session.window.show()
    app.processEvents()
    monkey = Monkey(session, seed=opts.seed)
    start_rss, start = rss_kb(), time.perf_counter()
    checkpoints = []
    for i in range(1, opts.events + 1):
        monkey.step()
        if i % 2000 == 0:
            checkpoints.append((i, rss_kb()))
            print(f"  {i:>6} events  {time.perf_counter() - start:7.1f} s  RSS {rss_kb() / 1024:7.1f} MB",
                  flush=True)
    duration = time.perf_counter() - start
    session.close()
    print(f"events: {monkey.events}")
    print(f"duration: {duration:.1f} s ({monkey.events / duration:.0f} events/s)")
    print(f"RSS start: {start_rss / 1024:.1f} MB, end: {rss_kb() / 1024:.1f} MB")
    print(f"unhandled exceptions and Qt warnings: {len(problems.items)}")
    for item in problems.items[:10]:
        print(item)
    return 1 if problems.items else 0


if __name__ == "__main__":
    sys.exit(main())
