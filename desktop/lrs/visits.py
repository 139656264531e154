"""A kiosk's visits as queues: one folder per visit, kept until the LRS holds all of it.

With ``identify_by: anonymous_station`` every visit is its own anonymous learner: a
folder ``kiosk-visits/<start>-<random>/`` with the visit's statements, a profile
that holds only random ids (no name, no e-mail: a kiosk never asks for them) and
the visit's sent-ledger. The GUI thread only appends to the open visit and, at the
idle reset, drops an end marker; the sender thread delivers each folder and removes
an ended one once the LRS confirmed every statement in it. So a reset never waits
for the network, and a restart resumes with whatever folders are left.
"""

from __future__ import annotations

import shutil
import time
import uuid
from dataclasses import replace
from pathlib import Path

from .config import LrsConfig
from .ledger import Ledger
from .sender import Queue, Status, SyncResult, pending, status_of

VISITS_DIR = "kiosk-visits"
ENDED = "visit-ended"  # written after the visit's last statement: the folder may go once sent


class VisitQueues:
    """Every visit folder of one kiosk data folder, sent oldest first."""

    def __init__(self, data_dir: Path, config: LrsConfig):
        self.root, self.config = Path(data_dir) / VISITS_DIR, config
        self.profile = None  # LrsLink sets it; each visit's profile is in its own folder

    def folders(self) -> list[Path]:
        try:
            return sorted(p for p in self.root.iterdir() if p.is_dir())
        except FileNotFoundError:
            return []

    def open_visit(self) -> Path:
        """A new, empty folder for the visit that starts now (the name sorts by start time)."""
        folder = self.root / f"{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
        folder.mkdir(parents=True, mode=0o700)
        return folder

    @staticmethod
    def end_visit(folder: Path) -> None:
        (Path(folder) / ENDED).touch()

    def end_all(self) -> None:
        """At start: visits of an earlier run are over (the app was closed or killed)."""
        for folder in self.folders():
            self.end_visit(folder)

    def sync(self) -> SyncResult:
        sent = rejected = 0
        for folder in self.folders():
            ended = (folder / ENDED).exists()  # before reading: then every statement is in
            queue = Queue(folder, self.config)
            result = queue.sync()
            sent, rejected = sent + result.sent, rejected + result.rejected
            if result.problem:
                return replace(result, sent=sent, rejected=rejected)
            ledger = queue.ledger.load()
            if ended and not ledger.rejected and not pending(queue.statements(), ledger):
                shutil.rmtree(folder, ignore_errors=True)
        return SyncResult(sent, rejected)

    def statements(self) -> list[dict]:
        return [s for folder in self.folders() for s in Queue(folder, self.config).statements()]

    @property
    def ledger(self) -> "_Ledgers":
        return _Ledgers(self)

    def status(self, problem: str = "", sending: bool = False) -> Status:
        return status_of(self.statements(), self.ledger.load(), self.config, problem, sending)


class _Ledgers:
    """All visits' ledgers read as one (for the status and a trainer's ``records status``)."""

    def __init__(self, visits: VisitQueues):
        self.visits = visits

    def load(self) -> Ledger:
        merged = Ledger()
        for folder in self.visits.folders():
            one = Queue(folder, self.visits.config).ledger.load()
            merged.delivered |= one.delivered
            merged.rejected.update(one.rejected)
        return merged
