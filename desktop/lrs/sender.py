"""The durable queue: send what the statement log holds and the ledger does not, exactly once.

Why it neither loses nor duplicates a statement, whatever moment it is killed at:

- every statement got its id when it was made and was fsync'd into the log before
  anything tries to send it;
- the ledger records an id only after the LRS answered 200/204 (stored) or 409
  (it already holds that id), and is replaced atomically;
- a statement sent but not yet in the ledger is sent again with the same id, and
  an xAPI LRS stores one statement per id (it answers 204 or 409 the second time).

A batch the LRS refuses as a whole (xAPI batches are atomic) is split in halves
until the refused statements stand alone; those are kept aside with the LRS's
reason for a trainer, and never retried. 401/403 stop sending until someone acts;
timeouts, 5xx and no network back off exponentially with jitter.
"""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence
from urllib.parse import urlsplit

from ..model import xapi
from ..model.learning_record import PROFILE_FILE, STATEMENTS_FILE, Profile, ProfileStore, StatementLog
from .client import LrsClient, Reply, Unreachable
from .config import LrsConfig
from .ledger import LEDGER_FILE, Ledger, LedgerStore

log = logging.getLogger("desktop.lrs")

OFFLINE, SERVER, AUTH, UNTRUSTED = "offline", "server", "auth", "untrusted"
#: Voiding statements wait here after "Delete my data" erased the learner's files; both go
#: once the LRS has them all. They hold only statement ids and the learner's random id.
VOID_LOG, VOID_LEDGER = "lrs-voiding.jsonl", "lrs-voiding-ledger.json"
VOIDED = "http://adlnet.gov/expapi/verbs/voided"
RETRY_STATUSES = (408, 429)


class _Stop(Exception):
    def __init__(self, problem: str, detail: str):
        super().__init__(detail)
        self.problem, self.detail = problem, detail


@dataclass(frozen=True)
class SyncResult:
    sent: int = 0
    rejected: int = 0
    problem: str = ""  # "", OFFLINE, SERVER or AUTH
    detail: str = ""


def wire_actor(profile: Profile, config: LrsConfig, home_page: str) -> dict[str, Any]:
    """The actor the LRS sees: IT chose e-mail (when the learner gave one) or the random id."""
    if config.anonymous:
        # A kiosk visit: the station and the visit's random id, never what a visitor typed.
        station = config.station_id
        return {"objectType": "Agent",
                "account": {"homePage": f"{config.home_page or home_page}/kiosk/{station}",
                            "name": f"{station}-{profile.learner_id}"}}
    if config.identify_by == "email" and profile.email:
        return {"objectType": "Agent", "mbox": f"mailto:{profile.email}"}
    return {"objectType": "Agent",
            "account": {"homePage": config.home_page or home_page, "name": profile.learner_id}}


def origin(iri: str) -> str:
    parts = urlsplit(iri)
    return f"{parts.scheme}://{parts.netloc}"


def to_wire(statement: dict[str, Any], profile: Profile, config: LrsConfig) -> dict[str, Any]:
    """The statement as posted: the same every time for the same profile and config."""
    if statement.get("object", {}).get("objectType") == "StatementRef":
        return statement  # a voiding statement carries the actor it was made for
    home = origin(statement.get("object", {}).get("id", ""))
    return {**statement, "actor": wire_actor(profile, config, home)}


def voiding_statement(statement_id: str, actor: dict[str, Any]) -> dict[str, Any]:
    """xAPI 1.0.3 section 2.4.8: the LRS marks the target statement voided."""
    return {"id": xapi.new_uuid(), "actor": actor,
            "verb": {"id": VOIDED, "display": {xapi.LANG: "voided"}},
            "object": {"objectType": "StatementRef", "id": statement_id},
            "timestamp": xapi.timestamp(xapi.now_local()), "version": xapi.XAPI_VERSION}


def pending(statements: Iterable[dict[str, Any]], ledger: Ledger) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for s in statements:
        sid = s.get("id")
        if isinstance(sid, str) and sid not in seen and not ledger.settled(sid):
            seen.add(sid)
            out.append(s)
    return out


def sync_once(statements: Sequence[dict[str, Any]], store: LedgerStore, client: LrsClient,
              wire: Callable[[dict[str, Any]], dict[str, Any]], batch_size: int) -> SyncResult:
    """Send every pending statement in batches; stop at the first problem that is not theirs."""
    ledger = store.load()
    todo = pending(statements, ledger)
    sent = rejected = 0
    try:
        for start in range(0, len(todo), batch_size):
            batch = todo[start:start + batch_size]
            s, r = _deliver(batch, ledger, store, client, wire)
            sent, rejected = sent + s, rejected + r
    except _Stop as stop:
        return SyncResult(sent, rejected, stop.problem, stop.detail)
    return SyncResult(sent, rejected)


def _deliver(batch: list[dict[str, Any]], ledger: Ledger, store: LedgerStore, client: LrsClient,
             wire: Callable[[dict[str, Any]], dict[str, Any]]) -> tuple[int, int]:
    try:
        reply = client.post_statements([wire(s) for s in batch])
    except Unreachable as exc:
        log.info("POST %d statements: no answer (%s)", len(batch), exc)
        raise _Stop(UNTRUSTED if exc.untrusted else OFFLINE, str(exc)) from None
    log.info("POST %d statements -> %d", len(batch), reply.status)
    ids = [s["id"] for s in batch]
    if reply.status in (200, 204) or (reply.status == 409 and len(batch) == 1):
        ledger.delivered.update(ids)
        store.save(ledger)
        return len(batch), 0
    if reply.status in (401, 403):
        raise _Stop(AUTH, reply.reason)
    if reply.status in RETRY_STATUSES or reply.status >= 500 or reply.status < 400:
        raise _Stop(SERVER, reply.reason)
    if len(batch) == 1:
        ledger.rejected[ids[0]] = reply.reason
        store.save(ledger)
        log.warning("the LRS refused statement %s: %s", ids[0], reply.reason)
        return 0, 1
    half = len(batch) // 2
    s1, r1 = _deliver(batch[:half], ledger, store, client, wire)
    s2, r2 = _deliver(batch[half:], ledger, store, client, wire)
    return s1 + s2, r1 + r2


class Backoff:
    """Exponential backoff with full jitter: a random wait up to base * 2^n, capped."""

    def __init__(self, base: float = 5.0, cap: float = 900.0, rng: random.Random | None = None):
        self.base, self.cap, self.failures = base, cap, 0
        self.rng = rng or random.Random()

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.base * 2 ** self.failures)
        self.failures += 1
        return self.base / 2 + self.rng.uniform(0, ceiling)

    def reset(self) -> None:
        self.failures = 0


# -- what the learner reads ----------------------------------------------------------------

@dataclass(frozen=True)
class Status:
    lrs_name: str
    total: int
    delivered: int
    rejected: int
    problem: str = ""
    sending: bool = False
    voids_waiting: int = 0  # erasure requests not yet confirmed by the LRS

    @property
    def waiting(self) -> int:
        return self.total - self.delivered - self.rejected

    def message(self) -> str:
        lines = []
        if self.voids_waiting:
            lines.append(f"Your request to withdraw {_records(self.voids_waiting)} from "
                         f"{self.lrs_name} is waiting: {self._why_waiting()}")
            if self.total == 0:
                return lines[0]
        if self.total == 0:
            return f"No records to send to {self.lrs_name} yet."
        if self.waiting == 0 and self.rejected == 0:
            return " ".join(lines + [f"All {_records(self.total)} sent to {self.lrs_name}."])
        if self.waiting:
            lines.append(f"{_records(self.waiting)} waiting: {self._why_waiting()}")
        if self.rejected:
            lines.append(f"The LRS refused {_records(self.rejected)} (a trainer can see why).")
        return " ".join(lines)

    def _why_waiting(self) -> str:
        if self.problem == OFFLINE:
            return "will send when the network is back."
        if self.problem == AUTH:
            return (f"{self.lrs_name} did not accept this computer's credentials; "
                    "please tell your IT department.")
        if self.problem == UNTRUSTED:
            return (f"this computer does not trust {self.lrs_name}'s certificate; "
                    "please tell your IT department.")
        if self.problem == SERVER:
            return f"{self.lrs_name} is not answering properly; will try again later."
        return "sending now." if self.sending else "will send shortly."


def _records(n: int) -> str:
    return f"{n} record" if n == 1 else f"{n} records"


def status_of(statements: Sequence[dict[str, Any]], ledger: Ledger, config: LrsConfig,
              problem: str = "", sending: bool = False) -> Status:
    ids = {s.get("id") for s in statements if isinstance(s.get("id"), str)}
    return Status(config.name, len(ids), len(ids & ledger.delivered), len(ids & set(ledger.rejected)),
                  problem, sending)


# -- the learner's folder --------------------------------------------------------------------

class Queue:
    """One learner's data folder as a queue: the statement log, the profile and the ledger."""

    def __init__(self, data_dir: Path, config: LrsConfig):
        self.data_dir, self.config = Path(data_dir), config
        self.log = StatementLog(self.data_dir / STATEMENTS_FILE)
        self.ledger = LedgerStore(self.data_dir / LEDGER_FILE)
        self.client = LrsClient(config)
        self.profile: Profile | None = None  # set by the app; read from disk by the CLI
        self._epoch = 0  # bumped by forget_ledger: a sync that began before must not write it back

    def _profile(self) -> Profile | None:
        if self.profile is not None:
            return self.profile
        path = self.data_dir / PROFILE_FILE
        return ProfileStore(path).load() if path.exists() else None

    def statements(self) -> list[dict[str, Any]]:
        return self.log.read().statements

    def queue_voiding(self, profile: Profile) -> int:
        """Before an erasure: a voiding statement for every statement that may be in the LRS.

        That is every one it did not refuse: those confirmed, and those a sync may
        have in flight right now (voiding an id the LRS never got is harmless).
        """
        statements = self.statements()
        ledger = self.ledger.load()
        targets = [s for s in statements if s.get("id") not in ledger.rejected]
        voids = StatementLog(self.data_dir / VOID_LOG)
        for s in targets:
            voids.append(voiding_statement(s["id"], to_wire(s, profile, self.config)["actor"]))
        return len(targets)

    def forget_ledger(self) -> None:
        """After an erasure: the old learner's ledger goes, even if a sync is under way."""
        self._epoch += 1
        (self.data_dir / LEDGER_FILE).unlink(missing_ok=True)

    def voids_waiting(self) -> int:
        voids = StatementLog(self.data_dir / VOID_LOG).read().statements
        return len(pending(voids, LedgerStore(self.data_dir / VOID_LEDGER).load()))

    def _sync_voids(self) -> SyncResult:
        log_path, ledger_path = self.data_dir / VOID_LOG, self.data_dir / VOID_LEDGER
        voids = StatementLog(log_path).read().statements
        if not voids:
            return SyncResult()
        store = LedgerStore(ledger_path)
        result = sync_once(voids, store, self.client, lambda s: s, self.config.batch_size)
        if not result.problem and not pending(voids, store.load()):
            log_path.unlink(missing_ok=True)
            ledger_path.unlink(missing_ok=True)
        return result

    def sync(self) -> SyncResult:
        voided = self._sync_voids()
        if voided.problem:
            return voided
        profile = self._profile()
        statements = self.statements()
        if profile is None or not statements:
            return voided
        result = sync_once(statements, _EpochGuard(self, self._epoch), self.client,
                           lambda s: to_wire(s, profile, self.config), self.config.batch_size)
        return replace(result, sent=result.sent + voided.sent, rejected=result.rejected + voided.rejected)

    def status(self, problem: str = "", sending: bool = False) -> Status:
        status = status_of(self.statements(), self.ledger.load(), self.config, problem, sending)
        return replace(status, voids_waiting=self.voids_waiting())


class _EpochGuard:
    """The queue's ledger, as long as no erasure happened since this sync began."""

    def __init__(self, queue: Queue, epoch: int):
        self.queue, self.epoch = queue, epoch

    def load(self) -> Ledger:
        return self.queue.ledger.load()

    def save(self, ledger: Ledger) -> None:
        if self.queue._epoch == self.epoch:
            self.queue.ledger.save(ledger)


class SenderThread(threading.Thread):
    """Sends in the background: when woken (a new statement, "Send now") and after backoff.

    Never on the GUI thread; ``on_status`` is called from this thread (a Qt caller
    re-emits it as a queued signal).
    """

    IDLE_SECONDS = 300.0
    SETTLE_SECONDS = 1.0  # after a wake-up, so that a burst of statements goes as one batch

    def __init__(self, queue: Queue, on_status: Callable[[Status], None],
                 backoff: Backoff | None = None):
        super().__init__(name="lrs-sender", daemon=True)
        self.queue, self.on_status = queue, on_status
        self.backoff = backoff or Backoff()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self.problem = ""

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float | None = None) -> None:
        self._stopping.set()
        self._wake.set()
        if self.is_alive() and timeout:
            self.join(timeout)

    def run(self) -> None:
        auto = self.queue.config.send_automatically
        first = True
        while not self._stopping.is_set():
            if auto or not first:
                self._publish(sending=True)
                try:
                    result = self.queue.sync()
                except Exception:  # noqa: BLE001 - a sender bug must not end the app; try later
                    log.exception("the LRS sender failed")
                    result = SyncResult(problem=SERVER)
                self.problem = result.problem
                self._publish()
                delay = self.IDLE_SECONDS
                if result.problem in (OFFLINE, SERVER):
                    delay = self.backoff.next_delay()
                elif result.problem in (AUTH, UNTRUSTED):
                    delay = self.backoff.cap
                else:
                    self.backoff.reset()
            else:
                self._publish()
                delay = self.IDLE_SECONDS
            first = False
            woken = self._wake.wait(delay if auto else None)
            self._wake.clear()
            if woken and not self._stopping.is_set():
                self._stopping.wait(self.SETTLE_SECONDS)

    def _publish(self, sending: bool = False) -> None:
        try:
            self.on_status(self.queue.status(self.problem, sending))
        except Exception:  # noqa: BLE001
            log.exception("could not report the LRS status")
