"""A real Ralph LRS for the tests: its own venv, file-system backend, a loopback port.

Ralph (PyPI ``ralph-malph[cli,lrs]``) lives in its own virtual environment, found at
``$EMI_RALPH_VENV`` or ``<repo>/.venv-ralph`` (``./dev test`` makes one). The server is Ralph's ASGI app under uvicorn, which is what ``ralph
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
CANDIDATES = [os.environ.get("EMI_RALPH_VENV", ""), str(ROOT / ".venv-ralph")]


def ralph_python() -> Path | None:
    for folder in filter(None, CANDIDATES):
        python = Path(folder) / "bin" / "python"
        if python.exists() and (Path(folder) / "bin" / "ralph").exists():
            return python
    return None


def require_ralph() -> Path:
    python = ralph_python()
    if python is None:
        pytest.skip("Ralph LRS is not installed: './dev test' sets it up in .venv-ralph "
                    "(or point EMI_RALPH_VENV at a venv with 'ralph-malph[cli,lrs]==5.1.0' requests)")
    return python


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Ralph:
    def __init__(self, folder: Path, tls: bool = False):
        self.python = require_ralph()
        self.tls = tls
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
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}/xAPI/"

    def _make_certificate(self) -> list[str]:
        """A test CA and a server certificate for 127.0.0.1 signed by it (openssl CLI)."""
        ca_key, ca, key, csr, cert = (self.folder / n for n in (
            "ca.key", "ca.pem", "server.key", "server.csr", "server.pem"))
        ext = self.folder / "san.cnf"
        ext.write_text("subjectAltName=IP:127.0.0.1\n")
        run = lambda *a: subprocess.run(["openssl", *a], check=True, capture_output=True)  # noqa: E731
        run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(ca_key), "-out", str(ca),
            "-days", "2", "-subj", "/CN=Test company CA")
        run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(csr),
            "-subj", "/CN=127.0.0.1")
        run("x509", "-req", "-in", str(csr), "-CA", str(ca), "-CAkey", str(ca_key),
            "-CAcreateserial", "-out", str(cert), "-days", "2", "-extfile", str(ext))
        self.ca_file = ca
        return [str(cert), str(key)]

    def _write_credentials(self) -> None:
        """Ralph's credentials file: a bcrypt hash, made with Ralph's own bcrypt."""
        code = ("import bcrypt, json, sys\n"
                "h = bcrypt.hashpw(sys.argv[2].encode(), bcrypt.gensalt(rounds=4)).decode()\n"
                "json.dump([{'username': sys.argv[1], 'hash': h, 'scopes': ['all'],"
                " 'agent': {'mbox': 'mailto:it@example.com'}}], open(sys.argv[3], 'w'))\n")
        subprocess.run([str(self.python), "-c", code, KEY, SECRET, str(self.auth)], check=True)

    def _recover_store(self) -> None:
        """Mend what the last SIGKILL cut off, as a database's recovery would.

        Ralph's file backend appends a batch as JSON lines; killed mid-write it can leave a
        line without its newline (or half a line), and its next append then glues a new
        statement onto it: every later request fails with 500. A real company LRS keeps
        its store on a database that recovers its own journal; this does that for the file.
        """
        # Ralph rewrites its read-history file in place (open "w", then dump): a kill between
        # the two leaves it empty and every later request fails on reading it. It is a log
        # of past reads, not data: a missing one is started afresh.
        history = self.folder / "app" / "history.json"
        try:
            json.loads(history.read_text("utf-8"))
        except FileNotFoundError:
            pass
        except ValueError:
            history.unlink()
        path = self.data / "fs_lrs.jsonl"
        if not path.exists():
            return
        raw = path.read_bytes()
        if not raw or raw.endswith(b"\n"):
            return
        head, _, tail = raw.rpartition(b"\n")
        try:
            json.loads(tail)
            path.write_bytes(raw + b"\n")  # a whole statement: only its newline was lost
        except ValueError:
            path.write_bytes(head + b"\n" if head else b"")  # half a statement: never stored

    def start(self) -> "Ralph":
        self._recover_store()
        env = {**os.environ, "RALPH_AUTH_FILE": str(self.auth), "RALPH_RUNSERVER_BACKEND": "fs",
               "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(self.data),
               "RALPH_APP_DIR": str(self.folder / "app")}
        env.pop("PYTHONPATH", None)
        tls = self._make_certificate() if self.tls and not hasattr(self, "ca_file") else (
            [str(self.folder / "server.pem"), str(self.folder / "server.key")] if self.tls else [])
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [str(self.python), str(Path(__file__).with_name("run_ralph.py")), str(self.port),
                 *tls],
                env=env, cwd=self.folder, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Ralph exited: {self.log.read_text()[-2000:]}")
            try:
                import ssl

                context = ssl.create_default_context(cafile=str(self.ca_file)) if self.tls else None
                with urllib.request.urlopen(self.endpoint.replace("xAPI/", "__heartbeat__"),
                                            timeout=2, context=context):
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
