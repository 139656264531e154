"""Debounced, atomic saving of the learner state (flushed on quit), honest about failures."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from .model.persistence import ProgressStore, ReadOnlyStore
from .model.state import LearnerState, state_to_dict

log = logging.getLogger(__name__)

#: While saving fails, it is tried again this often (and at every change and at quit).
RETRY_MS = 5_000


class AutoSaver(QObject):
    """Saves ``state`` to ``store`` a short while after the last change.

    Slider drags change the state many times a second; waiting for a quiet
    moment keeps the disk quiet, and :meth:`flush` writes at once on quit.
    A failed save emits ``failed`` (one sentence for the learner) and is retried
    every RETRY_MS until one succeeds, which emits ``recovered``. "Saved" means
    the bytes are on disk: ``atomic_write`` returns only after fsync.
    """

    failed = Signal(str)
    recovered = Signal()

    def __init__(self, state: LearnerState, store: ProgressStore | None, content_version: str,
                 delay_ms: int = 400, parent: QObject | None = None):
        super().__init__(parent)
        self.state, self.store, self.content_version = state, store, content_version
        self.saves = 0
        self.problem = ""  # why the last save failed ("" after a good one)
        self._delay_ms = delay_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self._dirty = False
        state.events.all.connect(self._on_state_changed)

    def _on_state_changed(self, *_: object) -> None:
        if self.store is None:
            return
        self._dirty = True
        self._timer.start(self._delay_ms)

    @property
    def pending(self) -> bool:
        return self._dirty

    @property
    def failing(self) -> bool:
        return bool(self.problem)

    def flush(self) -> bool:
        """Write now if anything changed since the last save; False if that failed."""
        self._timer.stop()
        if not self._dirty or self.store is None:
            return True
        try:
            self.store.save(state_to_dict(self.state), self.content_version)
        except (OSError, ValueError, RecursionError) as exc:
            self._on_failure(exc)
            return False
        self._dirty = False
        self.saves += 1
        if self.problem:
            self.problem = ""
            log.info("progress saved again to %s", self.store.path)
            self.recovered.emit()
        return True

    def _on_failure(self, exc: BaseException) -> None:
        # Keep the state dirty and try again: a full disk or an unplugged stick may come back.
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        log.error("could not save progress to %s: %s", self.store.path, reason)
        self._timer.start(RETRY_MS)
        if isinstance(exc, ReadOnlyStore):
            problem = ("Your progress is not being saved: the old progress file could not be read, "
                       "and it is kept rather than replaced.")
        else:
            problem = f"Your progress cannot be saved on this computer right now ({reason})."
        if problem != self.problem:
            self.problem = problem
            self.failed.emit(problem)

    def flush_for_session_end(self, *_: object) -> None:
        """QGuiApplication.commitDataRequest (log-out, shut-down): save before the end."""
        self.flush()

    def save_now(self) -> bool:
        self._dirty = True
        return self.flush()

    def detach(self) -> None:
        self._timer.stop()
        self.state.events.all.disconnect(self._on_state_changed)
