"""Helpers shared by the benchmark scripts: run a child and measure it, statistics, paths."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
APP = "enterprise-ml-integration"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
APP_BUNDLE = ROOT / "dist" / APP / (APP + EXE_SUFFIX)
FLOORS_DIST = ROOT / "dist" / "floors"
FLOORS_WORK = ROOT / "build" / "floors"
BARE_BUNDLE = FLOORS_DIST / "bare-window" / ("bare-window" + EXE_SUFFIX)
PLOT_BUNDLE = FLOORS_DIST / "plot-window" / ("plot-window" + EXE_SUFFIX)


@dataclass
class Run:
    wall: float        # seconds from spawn to exit
    peak_rss_mb: float  # the child's peak resident set size (ru_maxrss)
    code: int
    cpu: float = 0.0    # user + system CPU seconds of the child (robust on a busy machine)


def run_child(cmd: list[str], env: dict[str, str] | None = None, timeout: float = 300) -> Run:
    """Spawn ``cmd``, wait for it with wait4() and return wall time, peak RSS, exit code.

    wait4 gives the rusage of exactly this child, so ru_maxrss is its own peak (kB on
    Linux), not a maximum over earlier children as RUSAGE_CHILDREN would be.
    """
    with tempfile.TemporaryFile() as err_file:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err_file,
                                cwd=str(ROOT))
        if hasattr(os, "wait4"):
            killer = threading.Timer(timeout, proc.kill)
            killer.start()
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                killer.cancel()
            wall = time.perf_counter() - start
            code = os.waitstatus_to_exitcode(status)
            proc.returncode = code
            rss_kb = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)  # macOS: bytes
            cpu = usage.ru_utime + usage.ru_stime
        else:  # Windows: no wait4, so wall time only
            proc.wait(timeout=timeout)
            wall, code, rss_kb, cpu = time.perf_counter() - start, proc.returncode, 0.0, 0.0
        err_file.seek(0)
        err = err_file.read().decode(errors="replace")
    if code != 0:
        sys.stderr.write(f"[{' '.join(map(str, cmd))}] exit {code}\n{err[-2000:]}\n")
    return Run(wall, rss_kb / 1024, code, cpu)


def child_env(platform: str, keep_dont_write_bytecode: bool = False) -> dict[str, str]:
    """The children's environment. PYTHONDONTWRITEBYTECODE is dropped (unless asked): with
    it set, every source run recompiles the app's ~60 modules (no __pycache__ is ever
    written), a cost an installed app never pays; the warm-up round writes the .pyc files."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    if not keep_dont_write_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def fresh_data_dir() -> str:
    return tempfile.mkdtemp(prefix="emi-bench-")


def stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "median": statistics.median(ordered),
        "min": ordered[0],
        "max": ordered[-1],
        "p95": percentile(ordered, 95),
        "n": len(ordered),
    }


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (the value below which pct % of the samples lie)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, -(-len(ordered) * pct // 100))  # ceil
    return ordered[int(rank) - 1]


def build_floors(which: tuple[str, ...] = ("bare_window", "plot_window")) -> None:
    """Freeze the floor scripts with packaging/<name>.spec into dist/floors/."""
    for name in which:
        print(f"building {name} bundle ...", flush=True)
        subprocess.run([PYTHON, "-m", "PyInstaller", str(ROOT / "packaging" / f"{name}.spec"),
                        "--noconfirm", "--log-level", "WARN", "--distpath", str(FLOORS_DIST),
                        "--workpath", str(FLOORS_WORK)], check=True, cwd=str(ROOT))


def build_app() -> None:
    print("building the app bundle ...", flush=True)
    subprocess.run([PYTHON, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
                    "--log-level", "WARN"], check=True, cwd=str(ROOT))


def ensure_bundles(build: bool) -> None:
    """Build whatever bundle is missing (or all of them with build=True)."""
    if build or not APP_BUNDLE.exists():
        build_app()
    missing = tuple(n for n, exe in (("bare_window", BARE_BUNDLE), ("plot_window", PLOT_BUNDLE))
                    if build or not exe.exists())
    if missing:
        build_floors(missing)


def cleanup(path: str) -> None:
    shutil.rmtree(path, ignore_errors=True)


def ratio_line(label: str, value: float, floor: float, budget: float) -> str:
    r = value / floor if floor else float("nan")
    verdict = "OK" if r <= budget else "OVER BUDGET"
    return f"{label:<44} {r:5.2f}x  (budget <= {budget:.2f}x)  {verdict}"


def cpu_info() -> str:
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average {os.getloadavg()[0]:.1f}"
    return f"{os.cpu_count()} CPUs{load}, Python {sys.version.split()[0]}, {sys.platform}"
