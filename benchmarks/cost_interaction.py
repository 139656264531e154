"""Step 3 live update: time from a slider's value change to every readout and both charts repainted.

Not a test: it prints numbers. Run it under Xvfb (or the offscreen platform):

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python benchmarks/cost_interaction.py
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/cost_interaction.py --moves 500

Each move sets one slider (cycling through all five, as a learner drags) to a
new position and then paints. Three ways of painting are timed:

- "changed": ``app.processEvents()`` only, so Qt repaints what the move changed
  (the readouts and both charts), as it does while a learner drags;
- "forced": ``window.repaint()`` and then ``app.processEvents()``, which paints
  the whole window on every move whether it changed or not;
- "window floor": ``window.repaint()`` with nothing changed, the cost of the
  forced variant that is not the page's.

One more row gives the page's own share: "update only" times the state change
and every readout and plot item being updated (the paint follows, untimed).

For the first two the window is made tall enough that the whole Step 3 page is
on screen, so both charts really are repainted on every move (the run checks it
by counting their paint events). A last run uses a 1366×768 window.

Wall-clock times depend on what else the machine runs; the CPU time of the GUI
thread (``time.thread_time``) is printed beside them, and the load average too.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject  # noqa: E402

from desktop.app import build_parser, build_session, ensure_app  # noqa: E402

DRIVERS = ("gpu_hours", "storage_tb", "calls_k", "team_fte", "value_k")


class PaintCounter(QObject):
    """Counts paint events of the widgets it is installed on."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def positions(slider, moves: int):
    """A drag-like walk over the slider: a few steps each time, bouncing at the ends."""
    low, high = slider.minimum(), slider.maximum()
    span = high - low
    stride = max(1, span // 97)
    value, direction = slider.value(), 1
    for _ in range(moves):
        if not low <= value + direction * stride <= high:
            direction = -direction
        value += direction * stride
        yield value


def measure(app, tall: bool, moves: int, how: str, levers: bool = False):
    args = build_parser().parse_args(["--theme", "light", "--data-dir", tempfile.mkdtemp()])
    session = build_session(args, app)
    window = session.window
    window.resize(1366, 768)
    window.show()
    window.go("step_3")
    page = window.page("step_3")
    if levers:
        for lever in ("spot", "compression", "caching"):
            setattr(session.state.cost, lever, True)
    for _ in range(5):
        app.processEvents()
    if tall:  # the whole page on screen: every readout and both charts are painted
        extra = page.widget().height() - page.viewport().height()
        window.resize(1366, 768 + max(0, extra) + 40)
        for _ in range(5):
            app.processEvents()
    counter = PaintCounter()
    charts = [page.parts["cost_calculator"].sensitivity.plot.viewport(), page.parts["savings_levers"].lines_chart.plot.viewport()]
    for viewport in charts:
        viewport.installEventFilter(counter)
    sliders = [page.parts["cost_calculator"].sliders[d].slider for d in DRIVERS]
    parts = [page.parts["cost_calculator"], page.parts["savings_levers"]]
    walks = [positions(s, moves) for s in sliders]
    wall, cpu, both_painted = [], [], 0
    for i in range(moves):
        k = i % len(sliders)
        target = next(walks[k])
        counter.count = 0
        w0, c0 = time.perf_counter(), time.thread_time()
        if how != "floor":
            sliders[k].setValue(target)
        if how == "update":  # the parts' redraws, which otherwise wait for the event loop
            for part in parts:
                part.refresh.flush()
        if how in ("forced", "floor"):
            window.repaint()
        if how != "update":
            app.processEvents()
        wall.append((time.perf_counter() - w0) * 1000.0)
        cpu.append((time.thread_time() - c0) * 1000.0)
        if how == "update":
            app.processEvents()  # paint outside the timed part
        both_painted += counter.count >= len(charts)
    session.close()
    window.close()
    window.deleteLater()
    app.processEvents()
    return wall, cpu, both_painted


def pct(values, q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def report(name: str, result) -> None:
    wall, cpu, both = result
    print(f"{name:<46} wall median {statistics.median(wall):6.2f} p95 {pct(wall, .95):6.2f} ms | "
          f"CPU median {statistics.median(cpu):6.2f} p95 {pct(cpu, .95):6.2f} ms | "
          f"both charts painted {both}/{len(wall)}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--moves", type=int, default=500)
    opts = p.parse_args()
    app = ensure_app()
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; "
          f"platform {app.platformName()}")
    measure(app, False, 50, "changed")  # warm-up: imports, fonts, icon caches
    n = opts.moves
    report("whole page, update only (no paint)", measure(app, True, n, "update"))
    report("whole page, repaint what changed", measure(app, True, n, "changed"))
    report("whole page, levers on, repaint what changed", measure(app, True, n, "changed", True))
    report("whole page, forced window.repaint()", measure(app, True, n, "forced"))
    report("whole page, window floor (no change)", measure(app, True, n, "floor"))
    report("1366x768, forced window.repaint()", measure(app, False, n, "forced"))
    report("1366x768, window floor (no change)", measure(app, False, n, "floor"))
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
