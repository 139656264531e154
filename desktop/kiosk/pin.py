"""The administrator PIN: a salted scrypt hash, and a guard that locks after wrong tries.

Pure Python (no Qt), so the hashing and the lock-out are tested without a display.
The PIN itself is never stored or logged: only the hash, its salt and the scrypt
parameters, which is what :class:`PinRecord` holds. A hash keeps the parameters it
was made with, so PINs set with an older, cheaper cost still verify.

Lock-outs grow (30 s, 2 min, 10 min, 1 h with the default 30 s) and are kept in
a file next to the counters, so restarting the app (or pulling the plug) neither
clears a lock-out nor the count of wrong tries: with a USB keyboard typing PINs,
trying all 10,000 four-digit PINs now takes months instead of 17 hours.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Callable

from ..model.persistence import atomic_write, parse_json, read_capped

ALGORITHM = "scrypt"
#: scrypt cost for new PINs: 80 MB and about 0.25 s per check on a 2-core test machine
#: (benchmarks/pin_hash.py), the most a kiosk's "Unlock" can take. An offline attack on
#: a stolen kiosk.yaml then needs about 40 CPU-minutes for every 4-digit PIN and about
#: 70 CPU-hours for every 6-digit one: hence docs/kiosk.md's advice of 6 digits or more.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 16, 10, 1
SALT_BYTES, HASH_BYTES = 16, 32
MIN_DIGITS, MAX_DIGITS = 4, 12


@dataclass(frozen=True)
class PinRecord:
    """What the config keeps about the PIN: never the PIN itself."""

    salt: bytes
    hash: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    algorithm: str = ALGORITHM


def pin_problem(pin: str) -> str:
    """Why ``pin`` cannot be used ("" if it can): digits only, 4 to 12 of them."""
    if not pin.isascii() or not pin.isdigit():
        return "the PIN must contain digits only (the kiosk has a number pad, no keyboard)"
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        return f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits"
    return ""


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # maxmem must cover 128 * n * r bytes plus scrypt's own margin.
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length,
                          maxmem=128 * n * r * (p + 1) + 1024 * 1024)


def hash_pin(pin: str) -> PinRecord:
    """A new record for ``pin`` with a fresh random salt (raises ValueError for a bad PIN)."""
    problem = pin_problem(pin)
    if problem:
        raise ValueError(problem)
    salt = os.urandom(SALT_BYTES)
    return PinRecord(salt=salt, hash=_scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES))


def verify_pin(pin: str, record: PinRecord) -> bool:
    """True if ``pin`` matches; compares in constant time."""
    if pin_problem(pin) or record.algorithm != ALGORITHM:
        return False
    candidate = _scrypt(pin, record.salt, record.n, record.r, record.p, len(record.hash))
    return hmac.compare_digest(candidate, record.hash)


class Attempt(Enum):
    """The outcome of one PIN entry."""

    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"
    NO_PIN = "no_pin"


#: Each lock-out lasts this many times the configured one (pin_lockout_seconds):
#: 30 s, 2 min, 10 min, then 1 h for every further one, until the right PIN.
LOCKOUT_STEPS = (1, 4, 20, 120)
MAX_LOCKOUT_SECONDS = 24 * 3600
#: The lock-out file holds three numbers; anything bigger is damage (and locks the pad).
STATE_MAX_BYTES = 4096
log = logging.getLogger(__name__)


class PinGuard:
    """Checks PIN entries and locks for a growing while after too many wrong ones.

    ``clock`` is the wall clock in seconds (a lock-out must outlive a restart);
    tests replace it to skip the wait. ``path``, when given, keeps the wrong tries
    and the lock-out there (0600) after every change. When a lock-out ends, the
    count of wrong tries starts again; the next lock-out is longer. Only the right
    PIN brings the lock-outs back to the first, short one.
    """

    def __init__(self, record: PinRecord | None, max_attempts: int = 5,
                 lockout_seconds: float = 30.0, clock: Callable[[], float] = time.time,
                 path: Path | None = None):
        self.record = record
        self.max_attempts = max_attempts
        self.lockout_seconds = lockout_seconds
        self.clock = clock
        self.path = Path(path) if path else None
        self.failures = 0
        self.lockouts = 0  # lock-outs since the last right PIN
        self._locked_until: float | None = None
        self._load()

    def lockout_length(self, number: int) -> float:
        """Seconds of the ``number``-th lock-out (1 = the first)."""
        step = LOCKOUT_STEPS[min(number, len(LOCKOUT_STEPS)) - 1]
        return min(MAX_LOCKOUT_SECONDS, self.lockout_seconds * step)

    def locked_for(self) -> float:
        """Seconds left in the current lock-out (0 when not locked)."""
        if self._locked_until is None:
            return 0.0
        left = self._locked_until - self.clock()
        if left <= 0:
            self._locked_until = None
            self.failures = 0
            self._save()
            return 0.0
        # A clock set back must not lock the pad for longer than this lock-out lasts.
        return min(left, self.lockout_length(max(1, self.lockouts)))

    @property
    def tries_left(self) -> int:
        return max(0, self.max_attempts - self.failures)

    def attempt(self, pin: str) -> Attempt:
        if self.record is None:
            return Attempt.NO_PIN
        if self.locked_for() > 0:
            return Attempt.LOCKED
        if verify_pin(pin, self.record):
            self.failures, self.lockouts = 0, 0
            self._save()
            return Attempt.OK
        self.failures += 1
        if self.failures >= self.max_attempts:
            self.lockouts += 1
            self._locked_until = self.clock() + self.lockout_length(self.lockouts)
            self._save()
            return Attempt.LOCKED
        self._save()
        return Attempt.WRONG

    # -- kept across restarts ------------------------------------------------------------
    def _load(self) -> None:
        if self.path is None:
            return
        try:
            data = parse_json(read_capped(self.path, STATE_MAX_BYTES))
            failures, lockouts = int(data["failures"]), int(data["lockouts"])
            until = data.get("locked_until")
            until = None if until is None else float(until)
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError, OverflowError, RecursionError) as exc:
            # A damaged file must not open the pad: count it as one lock-out in progress.
            log.warning("kiosk: PIN lock-out file %s is unreadable (%s); locking", self.path, exc)
            failures, lockouts, until = self.max_attempts, 1, self.clock() + self.lockout_seconds
        self.failures = max(0, min(failures, self.max_attempts))
        self.lockouts = max(0, min(lockouts, 1000))
        self._locked_until = until

    def _save(self) -> None:
        if self.path is None:
            return
        doc = {"failures": self.failures, "lockouts": self.lockouts,
               "locked_until": self._locked_until}
        try:
            atomic_write(self.path, json.dumps(doc).encode("utf-8"), mode=0o600)
        except OSError as exc:
            log.error("kiosk: could not keep the PIN lock-out in %s: %s", self.path, exc)
