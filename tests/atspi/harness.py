"""A private desktop for one test run: D-Bus session, AT-SPI bus, Xvfb, the app, a client.

Nothing here touches the machine's own session: the bus, the display and the runtime
directory are new and are torn down afterwards. The app runs with the platform's
accessibility bridge on; the client (tests/atspi/client.py) runs in the system Python,
whose gi bindings talk AT-SPI, so the app is read from a separate process as Orca would.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The app under test; another checkout's (ATSPI_APP_ROOT) for before/after numbers.
ROOT = Path(os.environ.get("ATSPI_APP_ROOT") or Path(__file__).resolve().parents[2])
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
APP_NAME = "Enterprise ML Integration"


def missing_packages() -> list[str]:
    """What this machine lacks to run the AT-SPI tests, as Debian package names."""
    missing = []
    if not shutil.which("dbus-daemon"):
        missing.append("dbus")
    if not any(Path(p).exists() for p in BUS_LAUNCHERS):
        missing.append("at-spi2-core")
    if not shutil.which("Xvfb"):
        missing.append("xvfb")
    if not shutil.which("xdotool"):
        missing.append("xdotool")
    probe = Path(SYSTEM_PYTHON).exists() and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0');"
         "from gi.repository import Atspi"], capture_output=True).returncode == 0
    if not probe:
        missing.append("python3-gi gir1.2-atspi-2.0 (or python3-pyatspi)")
    return missing


class ClientError(AssertionError):
    pass


class Desktop:
    """Start with :meth:`start`, end with :meth:`stop` (the fixture does both)."""

    def __init__(self, data_dir: Path, theme: str = "light"):
        self.data_dir, self.theme = data_dir, theme
        self.procs: list[subprocess.Popen] = []
        self.runtime = Path(tempfile.mkdtemp(prefix="atspi-run-"))
        os.chmod(self.runtime, 0o700)
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("QT_", "DBUS_", "AT_SPI", "DISPLAY", "WAYLAND"))}
        self.env.update(XDG_RUNTIME_DIR=str(self.runtime), NO_AT_BRIDGE="0",
                        GTK_A11Y="atspi", LC_ALL="C.UTF-8")
        self.app_log = self.runtime / "app.log"
        self.client: subprocess.Popen | None = None

    def _spawn(self, argv, **kw) -> subprocess.Popen:
        p = subprocess.Popen(argv, env=self.env, start_new_session=True, **kw)
        self.procs.append(p)
        return p

    def start(self) -> "Desktop":
        bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                              "--print-pid=1"], env=self.env, capture_output=True, text=True,
                             check=True).stdout.split()
        self.env["DBUS_SESSION_BUS_ADDRESS"], self.bus_pid = bus[0], int(bus[1])
        launcher = next(p for p in BUS_LAUNCHERS if Path(p).exists())
        self._spawn([launcher, "--launch-immediately"], stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL)
        read, write = os.pipe()
        self._spawn(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten",
                     "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as f:
            self.env["DISPLAY"] = ":" + f.readline().strip()
        self.client = self._spawn([SYSTEM_PYTHON, str(Path(__file__).with_name("client.py"))],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self._answer()  # ready
        return self

    def launch(self, *extra: str) -> dict:
        env = dict(self.env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
        with open(self.app_log, "w") as log:
            p = subprocess.Popen([sys.executable, "-m", "desktop", "--data-dir", str(self.data_dir),
                                  "--theme", self.theme, *extra], env=env, cwd=ROOT,
                                 stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(p)
        self.app = p
        answer = self.ask("wait_app", name=APP_NAME, timeout=60)
        # The window paints first and the course comes after it: wait for a page.
        end = time.monotonic() + 60
        while time.monotonic() < end and not any(
                ".shell.pages.page." in n["id"] and "showing" in n["states"] for n in self.tree()):
            self.ask("pump", seconds=0.3)
        self.ask("pump", seconds=0.5)
        return answer

    def _answer(self) -> dict:
        line = self.client.stdout.readline()
        if not line:
            raise ClientError(f"the AT-SPI client ended; app log:\n{self.log()}")
        return json.loads(line)

    def ask(self, cmd: str, **args) -> dict:
        self.client.stdin.write(json.dumps({"cmd": cmd, **args}) + "\n")
        self.client.stdin.flush()
        answer = self._answer()
        if not answer.get("ok"):
            raise ClientError(f"{cmd} {args}: {answer.get('error')}\napp log:\n{self.log()}")
        return answer

    def tree(self) -> list[dict]:
        return self.ask("tree")["nodes"]

    def press(self, name: str, role: str | None = None) -> dict:
        return self.ask("press", name=name, role=role)["node"]

    def focus(self, name: str) -> dict | None:
        return self.ask("focus", name=name)["node"]

    def spoken(self) -> list[str]:
        """The notifications a screen reader was sent since the last call."""
        return self.ask("spoken")["spoken"]

    def set_value(self, name: str, value: float) -> dict:
        return self.ask("set_value", name=name, value=value)["node"]

    def key(self, *keys: str) -> dict | None:
        return self.ask("key", keys=list(keys))["node"]

    def focus_window(self) -> None:
        wid = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", APP_NAME],
                             env=self.env, capture_output=True, text=True, check=True).stdout.split()
        subprocess.run(["xdotool", "windowfocus", "--sync", wid[-1]], env=self.env, check=True)

    def log(self) -> str:
        try:
            return self.app_log.read_text()[-3000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.client is not None:
            self.client.stdin.close()
            self.client.stdout.close()
        for p in reversed(self.procs):
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
        try:
            os.kill(self.bus_pid, signal.SIGTERM)
        except (OSError, AttributeError):
            pass
        shutil.rmtree(self.runtime, ignore_errors=True)
