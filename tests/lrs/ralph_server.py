"""A real Ralph LRS for the tests: its own venv, file-system backend, a loopback port.

Ralph (PyPI ``ralph-malph[cli,lrs]``) lives in its own virtual environment, found at
``$EMI_RALPH_VENV``, ``/work/venv-ralph`` or ``<repo>/.venv-ralph`` (``.ci/run``
makes one). The server is Ralph's ASGI app under uvicorn, which is what ``ralph
runserver`` starts, minus its auto-reloader: the reloader forks a second process,
and the tests must be able to SIGKILL exactly one server process mid-batch
(run_ralph.py also says why the file backend appends).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY, SECRET = "course-laptops", "s3cret-for-tests"
CANDIDATES = [os.environ.get("EMI_RALPH_VENV", ""), "/work/venv-ralph", str(ROOT / ".venv-ralph")]


def ralph_python() -> Path | None:
    for folder in filter(None, CANDIDATES):
        python = Path(folder) / "bin" / "python"
        if python.exists() and (Path(folder) / "bin" / "ralph").exists():
            return python
    return None


def require_ralph() -> Path:
    python = ralph_python()
    if python is None:
        pytest.skip("Ralph LRS is not installed: python3 -m venv /work/venv-ralph && "
                    "/work/venv-ralph/bin/pip install 'ralph-malph[cli,lrs]' requests "
                    "(or set EMI_RALPH_VENV); .ci/run installs it")
    return python


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Ralph:
    def __init__(self, folder: Path):
        self.python = require_ralph()
        self.folder = Path(folder)
        self.data = self.folder / "lrs-data"
        self.data.mkdir(parents=True, exist_ok=True)
        self.auth = self.folder / "auth.json"
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.log = self.folder / "ralph.log"
        self._write_credentials()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def _write_credentials(self) -> None:
        """Ralph's credentials file: a bcrypt hash, made with Ralph's own bcrypt."""
        code = ("import bcrypt, json, sys\n"
                "h = bcrypt.hashpw(sys.argv[2].encode(), bcrypt.gensalt(rounds=4)).decode()\n"
                "json.dump([{'username': sys.argv[1], 'hash': h, 'scopes': ['all'],"
                " 'agent': {'mbox': 'mailto:it@example.com'}}], open(sys.argv[3], 'w'))\n")
        subprocess.run([str(self.python), "-c", code, KEY, SECRET, str(self.auth)], check=True)

    def start(self) -> "Ralph":
        env = {**os.environ, "RALPH_AUTH_FILE": str(self.auth), "RALPH_RUNSERVER_BACKEND": "fs",
               "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.data),
               "RALPH_APP_DIR": str(self.folder / "app")}
        env.pop("PYTHONPATH", None)
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [str(self.python), str(Path(__file__).with_name("run_ralph.py")), str(self.port)],
                env=env, cwd=self.folder, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph exited: {self.log.read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__heartbeat__", timeout=2):
                    return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("Ralph did not answer within 90 s")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(30)
        self.process = None

    def stored(self) -> list[dict]:
        """Every statement Ralph's file backend holds, duplicates included."""
        path = self.data / "fs_lrs.jsonl"
        if not path.exists():
            return []
        return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]

    def config_text(self, secret: str = SECRET, **extra: object) -> str:
        lines = ["schema: 1", "name: Ralph (test)", f"endpoint: {self.endpoint}",
                 "auth:", f"  key: {KEY}", f"  secret: {secret}"]
        lines += [f"{k}: {json.dumps(v)}" for k, v in extra.items()]
        return "\n".join(lines) + "\n"
