"""Memory benchmark: peak RSS after visiting every page and moving every control.

    python benchmarks/memory.py [--runs 3] [--no-bundle] [--build]

The app's own ``--smoke`` run does exactly the visiting and moving (every page, every
control through its range, the summary page) in a child process; its peak RSS (wait4's
ru_maxrss) is compared with the plot floor's (benchmarks/plot_window.py: a window with
one pyqtgraph plot), from source and from the bundles, alternating runs. Budget: the app
at most 1.3x the plot floor. Prints the medians and the ratios.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bench as b  # noqa: E402

BUDGET = 1.3


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--no-bundle", action="store_true", help="source runs only")
    p.add_argument("--build", action="store_true", help="rebuild the bundles first")
    opts = p.parse_args(argv)
    if not opts.no_bundle:
        b.ensure_bundles(opts.build)
    env = b.child_env("offscreen")
    cands = [("app --smoke (source)", [b.PYTHON, "-m", "desktop", "--smoke"], True),
             ("plot floor (source)", [b.PYTHON, str(b.ROOT / "benchmarks" / "plot_window.py")], False),
             ("bare floor (source)", [b.PYTHON, str(b.ROOT / "benchmarks" / "bare_window.py")], False)]
    if not opts.no_bundle:
        cands += [("app --smoke (bundle)", [str(b.APP_BUNDLE), "--smoke"], True),
                  ("plot floor (bundle)", [str(b.PLOT_BUNDLE)], False),
                  ("bare floor (bundle)", [str(b.BARE_BUNDLE)], False)]
    rss: dict[str, list[float]] = {label: [] for label, _, _ in cands}
    failed = False
    for round_no in range(opts.runs + 1):  # round 0 warms caches and writes .pyc files
        for label, cmd, needs_data in cands:
            data = b.fresh_data_dir() if needs_data else None
            run = b.run_child(cmd + (["--data-dir", data] if data else []), env, timeout=900)
            if data:
                b.cleanup(data)
            failed |= run.code != 0
            if round_no:
                rss[label].append(run.peak_rss_mb)
        print(f"round {round_no}/{opts.runs} done", file=sys.stderr, flush=True)
    print(f"Peak RSS (MB), median of {opts.runs} alternating runs, offscreen, {b.cpu_info()}")
    med = {}
    for label, values in rss.items():
        s = b.stats(values)
        med[label] = s["median"]
        print(f"{label:<24} {s['median']:8.1f}   (min {s['min']:.1f}, max {s['max']:.1f})")
    print()
    for where in ("source", "bundle"):
        app, plot = f"app --smoke ({where})", f"plot floor ({where})"
        if app in med:
            print(b.ratio_line(f"peak RSS app/plot floor ({where})", med[app], med[plot], BUDGET))
    return 2 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
