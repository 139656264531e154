"""The learner's side of the LRS link: a background sender, its status in words, "Send now".

Only when IT configured an LRS (lrs.yaml, see desktop/lrs/config.py); otherwise
this module is not even imported and nothing opens a socket. The sending itself
runs in desktop.lrs.sender's thread; this QObject carries its status to the GUI
thread (a signal emitted from another thread is queued) and shows it in the File
menu and on the score card.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from . import APP_NAME
from .content.reader import ContentError
from .lrs.config import LrsConfig, find_config, load_config
from .lrs.sender import Queue, SenderThread, Status
from .widgets.common import label, named

log = logging.getLogger(__name__)


def export_bundle(records: Any, path: Path) -> tuple[int, bool]:
    """Write the learner's records bundle; its statement count, and whether a certificate is in."""
    import json
    import tempfile

    from . import __version__
    from .lrs.bundle import STATEMENTS, write_bundle
    from .lrs.edition import extension_iris
    from .model import xapi
    from .model.learning_record import summary_csv

    record = records.record()
    statements = records.statements()
    files = {STATEMENTS: json.dumps(statements, ensure_ascii=False, indent=1).encode("utf-8"),
             "summary.csv": summary_csv(record).encode("utf-8-sig")}
    if not records.certificate_refusal():
        with tempfile.TemporaryDirectory() as folder:
            outcome = records.save_certificate(Path(folder) / "certificate.pdf")
            if outcome.ok:
                files["certificate.pdf"] = outcome.path.read_bytes()
    edition = records._edition()
    version_iri, hash_iri = extension_iris(records.course_activity.id)
    write_bundle(path, files,
                 learner={"id": record.learner_id, "name": record.learner_name,
                          "email": record.learner_email, "registration": record.registration},
                 course={"title": record.course_title, "iri": record.course_iri,
                         "content_version": edition.get(version_iri, record.content_version),
                         "content_hash": edition.get(hash_iri, "")},
                 exported_at=xapi.timestamp(xapi.now_local()), app_version=__version__)
    return len(statements), "certificate.pdf" in files


def lrs_config_for(explicit: Path | None, window: Any) -> LrsConfig | None:
    """IT's settings, or None; a broken file is reported once and nothing is sent."""
    path = find_config(explicit, APP_NAME)
    if path is None:
        return None
    try:
        return load_config(path)
    except ContentError as exc:
        log.error("the LRS settings have problems, records stay on this computer:\n%s", exc)
        window.show_notice(QCoreApplication.translate(
            "LrsLink", "Your learning records stay on this computer for now: the learning record "
            "store settings have problems (your IT department can see why)."))
        return None


class LrsLink(QObject):
    status_changed = Signal(object)  # Status, from the sender thread, delivered queued

    def __init__(self, config: LrsConfig, data_dir: Path, window: Any, parent: QObject | None = None,
                 queue: Any = None):
        super().__init__(parent)
        self.config, self.window = config, window
        self.queue = queue if queue is not None else Queue(Path(data_dir), config)
        self.status: Status | None = None
        self.sender = SenderThread(self.queue, self.status_changed.emit)
        self.status_changed.connect(self._show)
        # A kiosk's visitors see no menu and no score card status: the queue is the station's.
        self.shown = queue is None
        if self.shown:
            self._build_menu()
            self._build_card()

    def start(self, profile: Any) -> None:
        self.queue.profile = profile
        self.sender.start()

    def set_profile(self, profile: Any) -> None:
        self.queue.profile = profile

    def wake(self) -> None:
        if self.config.send_automatically:
            self.sender.wake()

    def send_now(self) -> None:
        self.sender.wake()

    def close(self) -> None:
        # Daemon thread: a POST cut off at exit is sent again next time, stored once.
        self.sender.stop(timeout=2.0)

    def reached_lrs(self, statement_id: str) -> bool:
        return statement_id in self.queue.ledger.load().delivered

    # -- showing it ---------------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.window.file_menu
        self.status_action = QAction(
            QCoreApplication.translate("LrsLink", "Learning record store: checking…"), self)
        self.status_action.setObjectName("action.lrs_status")
        self.status_action.setEnabled(False)
        self.send_action = QAction(QCoreApplication.translate("LrsLink", "Send &records now"), self)
        self.send_action.setObjectName("action.lrs_send_now")
        self.send_action.setStatusTip(
            QCoreApplication.translate("LrsLink", "Send your waiting learning records to {lrs} now").format(
            lrs=self.config.name))
        self.send_action.triggered.connect(self.send_now)
        before = next((a for a in reversed(menu.actions()) if a.isSeparator()), None)
        for action in (self.status_action, self.send_action):
            menu.insertAction(before, action) if before is not None else menu.addAction(action)

    def _build_card(self) -> None:
        card = getattr(self.window, "score_card", None)
        if card is None or card.layout() is None:
            self.card_label = self.card_button = None
            return
        self.card_label = label("", "muted", name="score.lrs_status")
        self.card_label.setWordWrap(True)
        self.card_button = named(QPushButton(
            QCoreApplication.translate("LrsLink", "Send now")), "score.lrs_send_now",
                                 QCoreApplication.translate("LrsLink", "Send your learning records to {lrs} now").format(
                                     lrs=self.config.name))
        self.card_button.clicked.connect(self.send_now)
        card.layout().addWidget(self.card_label)
        card.layout().addWidget(self.card_button)

    def _show(self, status: Status) -> None:
        self.status = status
        if not self.shown:
            return
        text = status.message()
        self.status_action.setText(text)
        self.send_action.setEnabled(status.waiting > 0 and not status.sending)
        if self.card_label is not None:
            self.card_label.setText(text)
            self.card_label.setAccessibleName(text)
            self.card_button.setVisible(status.waiting > 0)
            self.card_button.setEnabled(not status.sending)
