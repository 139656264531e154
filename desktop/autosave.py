"""Debounced, atomic saving of the learner state (flushed on quit)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from .model.persistence import ProgressStore
from .model.state import LearnerState, state_to_dict

log = logging.getLogger(__name__)


class AutoSaver(QObject):
    """Saves ``state`` to ``store`` a short while after the last change.

    Slider drags change the state many times a second; waiting for a quiet
    moment keeps the disk quiet, and :meth:`flush` writes at once on quit.
    """

    def __init__(self, state: LearnerState, store: ProgressStore | None, content_version: str,
                 delay_ms: int = 400, parent: QObject | None = None):
        super().__init__(parent)
        self.state, self.store, self.content_version = state, store, content_version
        self.saves = 0
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
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._dirty

    def flush(self) -> None:
        """Write now if anything changed since the last save."""
        self._timer.stop()
        if not self._dirty or self.store is None:
            return
        try:
            self.store.save(state_to_dict(self.state), self.content_version)
        except OSError as exc:
            # Keep the state dirty: the next change or quit tries again.
            log.error("could not save progress to %s: %s", self.store.path, exc)
            return
        self._dirty = False
        self.saves += 1

    def save_now(self) -> None:
        self._dirty = True
        self.flush()

    def detach(self) -> None:
        self.state.events.all.disconnect(self._on_state_changed)
