"""The administrator PIN: a salted scrypt hash, and a guard that locks after wrong tries.

Pure Python (no Qt), so the hashing and the lock-out are tested without a display.
The PIN itself is never stored or logged: only the hash, its salt and the scrypt
parameters, which is what :class:`PinRecord` holds.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass
from enum import Enum
from typing import Callable

ALGORITHM = "scrypt"
#: scrypt cost parameters for new PINs: about 16 MB and a few tens of milliseconds per check,
#: which makes guessing a short PIN from a stolen config file slow without slowing the dialog.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 14, 8, 1
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


class PinGuard:
    """Checks PIN entries and locks for a while after too many wrong ones.

    ``clock`` is a monotonic clock in seconds; tests replace it to skip the wait.
    When a lock-out ends, the count of wrong tries starts again from zero.
    """

    def __init__(self, record: PinRecord | None, max_attempts: int = 5,
                 lockout_seconds: float = 30.0, clock: Callable[[], float] = time.monotonic):
        self.record = record
        self.max_attempts = max_attempts
        self.lockout_seconds = lockout_seconds
        self.clock = clock
        self.failures = 0
        self._locked_until: float | None = None

    def locked_for(self) -> float:
        """Seconds left in the current lock-out (0 when not locked)."""
        if self._locked_until is None:
            return 0.0
        left = self._locked_until - self.clock()
        if left <= 0:
            self._locked_until = None
            self.failures = 0
            return 0.0
        return left

    @property
    def tries_left(self) -> int:
        return max(0, self.max_attempts - self.failures)

    def attempt(self, pin: str) -> Attempt:
        if self.record is None:
            return Attempt.NO_PIN
        if self.locked_for() > 0:
            return Attempt.LOCKED
        if verify_pin(pin, self.record):
            self.failures = 0
            return Attempt.OK
        self.failures += 1
        if self.failures >= self.max_attempts:
            self._locked_until = self.clock() + self.lockout_seconds
            return Attempt.LOCKED
        return Attempt.WRONG
