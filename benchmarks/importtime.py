"""What the app's start-up spends its time on: imports, then building the session.

    python benchmarks/importtime.py [--top 25] [--no-profile]

1. Runs ``python -X importtime -m desktop --quit-when-shown`` (offscreen, fresh data dir)
   and prints the modules with the largest cumulative and self import times, and the
   self time summed per top-level package (desktop.content, numpy, PySide6, yaml, ...).
2. Times the phases of a start-up as the app runs it (imports, QApplication, the start
   window and its first paint, which is the budget's moment; then, after that frame,
   content loading, the rest of build_session and the course's first paint) in fresh
   processes, median wall and CPU time.
3. Profiles ``desktop.app.build_session`` in-process with cProfile (after the imports
   it needs, so it shows the work: theme, content loading, state, window) and prints the
   functions with the largest cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bench as b  # noqa: E402

LINE = re.compile(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def import_breakdown(top: int) -> None:
    data = b.fresh_data_dir()
    env = b.child_env("offscreen")
    subprocess.run([b.PYTHON, "-m", "compileall", "-q", str(b.ROOT / "desktop")], env=env,
                   check=False, capture_output=True)  # as an installed app has them
    proc = subprocess.run([b.PYTHON, "-X", "importtime", "-m", "desktop", "--quit-when-shown",
                           "--data-dir", data], env=env, capture_output=True, text=True,
                          cwd=str(b.ROOT), timeout=300)
    b.cleanup(data)
    rows = []
    for line in proc.stderr.splitlines():
        m = LINE.match(line)
        if m:
            rows.append((int(m.group(1)), int(m.group(2)), len(m.group(3)) // 2, m.group(4)))
    if not rows:
        print("no -X importtime output (exit code %d)" % proc.returncode)
        return
    total = sum(r[0] for r in rows)
    print(f"== imports of `python -m desktop --quit-when-shown`: {len(rows)} modules, "
          f"{total / 1000:.0f} ms self time in total (-X importtime inflates it somewhat)")
    print(f"\n-- top {top} by cumulative time (a module and everything it imported first)")
    for self_us, cum_us, depth, name in sorted(rows, key=lambda r: -r[1])[:top]:
        print(f"{cum_us / 1000:8.1f} ms  {'  ' * min(depth, 8)}{name}")
    groups: dict[str, int] = defaultdict(int)
    for self_us, _, _, name in rows:
        parts = name.split(".")
        key = ".".join(parts[:2]) if parts[0] in ("desktop", "PySide6") else parts[0]
        groups[key] += self_us
    print(f"\n-- self time per package (top {top})")
    for key, us in sorted(groups.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{us / 1000:8.1f} ms  {key}")
    heavy = [name for _, _, _, name in rows if name in ("numpy", "pyqtgraph", "yaml._yaml")]
    print(f"\nheavy optional packages imported before the first frame: {heavy or 'none'}")


PHASES = ("import PySide6.QtWidgets", "import desktop.app", "QApplication",
          "start window (theme, settings, start screen), shown",
          "first paint  <- FIRST FRAME (the budget's measure)",
          "after it: load_course (YAML + parse)",
          "after it: the rest of build_session (state, progress, course view)",
          "course's first paint  <- READY")


def phases_child() -> None:
    """One staged start-up as ``python -m desktop`` runs it, each phase timed (wall, CPU)."""
    import json

    clock = [(time.perf_counter(), time.process_time())]

    def mark():
        clock.append((time.perf_counter(), time.process_time()))

    from PySide6.QtWidgets import QApplication  # noqa: F401
    mark()
    from desktop import app as desktop_app
    from desktop.first_paint import after_first_paint
    mark()
    qapp = desktop_app.ensure_app()
    mark()
    folder = b.fresh_data_dir()
    args = desktop_app.build_parser().parse_args(["--data-dir", folder])
    window, appearance = desktop_app.open_start_window(args, qapp, Path(folder))
    mark()
    spent = {"load": (0.0, 0.0)}
    sessions = []

    def load():
        mark()  # the first frame is on screen
        from desktop.content import loader  # as build_session imports it: after the frame
        original = loader.load_course

        def timed_load(*a, **k):
            w, c = time.perf_counter(), time.process_time()
            try:
                return original(*a, **k)
            finally:
                spent["load"] = (time.perf_counter() - w, time.process_time() - c)

        loader.load_course = timed_load
        sessions.append(desktop_app.build_session(args, qapp, window=window, appearance=appearance))
        mark()
        after_first_paint(window, qapp.quit)

    after_first_paint(window, load)
    qapp.exec()
    mark()
    sessions[0].close()
    d = [(clock[i + 1][0] - clock[i][0], clock[i + 1][1] - clock[i][1]) for i in range(len(clock) - 1)]
    load_w, load_c = spent["load"]
    rows = [*d[:5], (load_w, load_c), (d[5][0] - load_w, d[5][1] - load_c), d[6]]
    print(json.dumps(rows))


def phases(runs: int) -> None:
    import json

    env = b.child_env("offscreen")
    samples = []
    for _ in range(runs + 1):
        proc = subprocess.run([b.PYTHON, __file__, "--phases-child"], env=env, capture_output=True,
                              text=True, cwd=str(b.ROOT), timeout=300)
        lines = [line for line in proc.stdout.splitlines() if line.startswith("[")]
        if lines:
            samples.append(json.loads(lines[-1]))
    samples = samples[1:]  # the first run warms caches
    print(f"\n== phases of a start-up (fresh process each, {len(samples)} runs; median wall / "
          f"median CPU, ms)")
    total_w = total_c = 0.0
    for i, label in enumerate(PHASES):
        w = b.stats([s[i][0] * 1000 for s in samples])["median"]
        c = b.stats([s[i][1] * 1000 for s in samples])["median"]
        total_w, total_c = total_w + w, total_c + c
        print(f"{w:8.1f} {c:8.1f}  {label}")
        if i == 4:
            print(f"{total_w:8.1f} {total_c:8.1f}  = to the first frame, after the interpreter started")
    print(f"{total_w:8.1f} {total_c:8.1f}  = to the course ready, after the interpreter started")


def profile(top: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop import app as desktop_app

    qapp = desktop_app.ensure_app()
    args = desktop_app.build_parser().parse_args(["--data-dir", b.fresh_data_dir()])
    profiler = cProfile.Profile()
    profiler.enable()
    session = desktop_app.build_session(args, qapp)
    profiler.disable()
    session.close()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    print(f"\n== cProfile of desktop.app.build_session (imports done), top {top} by cumulative "
          f"time (the profiler inflates many-small-call code such as PyYAML's ~3x)")
    text = out.getvalue()
    print(text[text.find("   ncalls"):].rstrip())
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(r"desktop[/\\]", top)
    print(f"\n-- the same, the app's own functions only (top {top})")
    text = out.getvalue()
    print(text[text.find("   ncalls"):].rstrip())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--runs", type=int, default=5, help="start-ups for the phase timing")
    p.add_argument("--no-profile", action="store_true", help="import breakdown and phases only")
    p.add_argument("--phases-child", action="store_true", help=argparse.SUPPRESS)
    opts = p.parse_args(argv)
    if opts.phases_child:
        phases_child()
        return 0
    import_breakdown(opts.top)
    phases(opts.runs)
    if not opts.no_profile:
        profile(opts.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
