"""Soak test for kiosk mode: many simulated visitors in one process, and the memory it costs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/kiosk_soak.py [--sessions 1000]

Each visitor touches the attract screen, then does random things: opens pages, clicks
buttons, moves sliders, ticks boxes, answers quizzes. Then the idle reset runs
(triggered directly, not by waiting). The script reports the resident memory (RSS)
at the start, after the warm-up sessions and at the end, and the growth per
session after the warm-up. The target is under 20 KB per session after the first
50. It exits 1 when the growth is over the target, 2 when a reset left anything
behind.
Not part of the test suite: it runs for minutes.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton, QApplication, QCheckBox, QComboBox, QSlider, QToolButton,
)

from desktop.app import build_parser, build_session, ensure_app  # noqa: E402
from desktop.kiosk import KioskConfig, install_kiosk  # noqa: E402
from desktop.model.state import new_state, state_to_dict  # noqa: E402
from desktop.widgets.quiz_card import QuizCard  # noqa: E402

TARGET_KB = 20.0
PAGES = ("home", "intro", "step_1", "step_2", "step_3", "step_4", "step_5")


def rss_kb() -> float:
    """Resident set size of this process in KB (Linux /proc; psutil elsewhere if present)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024
    except (OSError, ValueError, AttributeError):
        pass
    try:
        import psutil  # type: ignore[import-not-found]

        return psutil.Process().memory_info().rss / 1024
    except ImportError:
        raise SystemExit("cannot read this process's memory here (no /proc, no psutil)") from None


def close_modal_windows() -> None:
    """A click that opens a modal dialog must not stall the soak: close it again."""
    for widget in (QApplication.activeModalWidget(), QApplication.activePopupWidget()):
        if widget is not None:
            widget.close()


class Visitor:
    """Random actions on the current page, like a stranger trying things out."""

    def __init__(self, session, rng: random.Random):
        self.session, self.window, self.rng = session, session.window, rng
        self.actions = {"page": 0, "click": 0, "slider": 0, "box": 0, "quiz": 0}

    def page(self):
        return self.window.page(self.session.state.page)

    def visible(self, cls):
        return [w for w in self.page().findChildren(cls) if w.isVisible() and w.isEnabled()]

    def act(self) -> None:
        kind = self.rng.choices(("page", "click", "slider", "box", "quiz"), (3, 4, 4, 2, 3))[0]
        if kind == "page":
            buttons = [b for b in self.window.stepper.findChildren(QToolButton) if b.isVisible()]
            if buttons and self.rng.random() < 0.5:
                QTest.mouseClick(self.rng.choice(buttons), Qt.MouseButton.LeftButton)
            else:
                self.window.go(self.rng.choice(PAGES))
        elif kind == "click":
            buttons = [b for b in self.visible(QAbstractButton) if not isinstance(b, QCheckBox)]
            if buttons:
                self.rng.choice(buttons).click()
        elif kind == "slider":
            sliders = self.visible(QSlider)
            if sliders:
                s = self.rng.choice(sliders)
                s.setValue(self.rng.randint(s.minimum(), s.maximum()))
        elif kind == "box":
            boxes = self.visible(QCheckBox) + self.visible(QComboBox)
            if boxes:
                box = self.rng.choice(boxes)
                if isinstance(box, QCheckBox):
                    box.setChecked(not box.isChecked())
                elif box.count():
                    box.setCurrentIndex(self.rng.randrange(box.count()))
        else:
            cards = [c for c in self.visible(QuizCard) if not c.locked]
            if cards:
                card = self.rng.choice(cards)
                card.choose(self.rng.choice(list(card.buttons)))
        self.actions[kind] += 1


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sessions", type=int, default=1000)
    p.add_argument("--warmup", type=int, default=50, help="sessions before growth is measured")
    p.add_argument("--actions", type=int, default=12, help="mean random actions per visitor")
    p.add_argument("--seed", type=int, default=1)
    opts = p.parse_args()
    if opts.sessions <= opts.warmup:
        p.error("--sessions must be more than --warmup")

    app = ensure_app()
    data = Path(tempfile.mkdtemp(prefix="emi-kiosk-soak-"))
    session = build_session(build_parser().parse_args(["--data-dir", str(data), "--theme", "light"]), app)
    controller = install_kiosk(session, replace(KioskConfig(), idle_seconds=3600, countdown_seconds=60))
    watchdog = QTimer()
    watchdog.timeout.connect(close_modal_windows)
    watchdog.start(50)
    rng = random.Random(opts.seed)
    visitor = Visitor(session, rng)
    fresh = state_to_dict(new_state(session.rules))

    def one_visit() -> None:
        QTest.mouseClick(controller.attract, Qt.MouseButton.LeftButton)
        for _ in range(max(1, int(rng.expovariate(1 / opts.actions)))):
            visitor.act()
            app.processEvents()
        controller.end_session("idle")
        app.processEvents()

    gc.collect()
    start_kb = rss_kb()
    samples: list[tuple[int, float]] = []
    leftovers = 0
    t0 = time.perf_counter()
    for n in range(1, opts.sessions + 1):
        one_visit()
        if state_to_dict(session.state) != fresh or not controller.attract.isVisible():
            leftovers += 1
        if n == opts.warmup or n % 50 == 0 or n == opts.sessions:
            gc.collect()
            app.processEvents()
            samples.append((n, rss_kb()))
            print(f"  {n:5d} sessions  RSS {samples[-1][1] / 1024:8.1f} MB", flush=True)
    elapsed = time.perf_counter() - t0

    warm_kb = next(kb for n, kb in samples if n == opts.warmup)
    end_kb = samples[-1][1]
    per_session = (end_kb - warm_kb) / (opts.sessions - opts.warmup)
    after = [(n, kb) for n, kb in samples if n >= opts.warmup]
    slope = _slope(after)
    counters = controller.counters
    print()
    print(f"sessions           {opts.sessions} ({opts.warmup} warm-up), seed {opts.seed}, "
          f"{elapsed / opts.sessions * 1000:.0f} ms each")
    print(f"visitor actions    {visitor.actions}")
    print(f"counters           started {counters.sessions_started}, ended by idle "
          f"{counters.sessions_ended_by_idle}, steps {sum(counters.steps_completed.values())}, "
          f"quiz answers {sum(q['right'] + q['wrong'] for q in counters.quiz.values())}")
    print(f"RSS at start       {start_kb / 1024:.1f} MB")
    print(f"RSS after {opts.warmup:<8d} {warm_kb / 1024:.1f} MB")
    print(f"RSS at the end     {end_kb / 1024:.1f} MB")
    print(f"growth per session after the warm-up: {per_session:.2f} KB "
          f"(least-squares slope {slope:.2f} KB); target < {TARGET_KB:.0f} KB")
    print(f"resets that left something behind: {leftovers}")
    watchdog.stop()
    session.close()
    if leftovers:
        return 2
    return 0 if per_session < TARGET_KB else 1


def _slope(points: list[tuple[int, float]]) -> float:
    if len(points) < 2:
        return 0.0
    mx = sum(n for n, _ in points) / len(points)
    my = sum(kb for _, kb in points) / len(points)
    den = sum((n - mx) ** 2 for n, _ in points)
    return sum((n - mx) * (kb - my) for n, kb in points) / den if den else 0.0


if __name__ == "__main__":
    sys.exit(main())
