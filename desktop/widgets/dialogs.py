"""The app's own message and confirmation dialogs, drawn with its icons and theme.

QMessageBox brings the style's pictures (a blue "?", an olive tick, green and red
blobs on Yes/No) and words every button "Yes" or "No". These dialogs use the
app's SVG icons, name each button after what it does, make the safe choice the
default for anything that cannot be undone, and show a saved file's path
readably with a button that opens its folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QSizePolicy, QWidget

from .. import theme
from .common import hbox, label, vbox
from .icon_label import IconLabel


class PathLabel(QLabel):
    """A file path elided in the middle (folder start … file name), whole in its tool tip.

    A word-wrapped path broke at hyphens ("learning-" / "records"); eliding keeps the
    file name, which is what a learner looks for, and the tool tip and the accessible
    name keep every character.
    """

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = str(path)
        self.setToolTip(self.path)
        self.setAccessibleName(self.path)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)
        self.setText(self.path)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        elided = self.fontMetrics().elidedText(self.path, Qt.TextElideMode.ElideMiddle, self.width())
        if elided != self.text():
            self.setText(elided)


class Notice(QDialog):
    """A result for the learner: an icon, what happened, and for a saved file its path."""

    def __init__(self, parent: QWidget | None, title: str, text: str, ok: bool = True,
                 path: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setProperty("outcome", "ok" if ok else "refused")
        self._text = text
        self.path = path if ok and path is not None and Path(path).is_file() else None
        lay = vbox(self, margins=20, spacing=12)
        row = hbox(spacing=14)
        row.addWidget(IconLabel("check_circle" if ok else "warning", "success" if ok else "warning", 36),
                      0, Qt.AlignmentFlag.AlignTop)
        body = vbox(spacing=8)
        self.message = label(text, name="dialog.message", selectable=True)
        body.addWidget(self.message)
        self.path_label: PathLabel | None = None
        if self.path is not None:
            self.path_label = PathLabel(self.path)
            self.path_label.setObjectName("dialog.path")
            self.path_label.setProperty("role", "strong")
            body.addWidget(self.path_label)
        row.addLayout(body, 1)
        lay.addLayout(row)
        buttons = hbox(spacing=8)
        buttons.addStretch(1)
        self.open_folder: QPushButton | None = None
        if self.path is not None:
            self.open_folder = QPushButton(QCoreApplication.translate("Notice", "Open folder"))
            self.open_folder.setObjectName("dialog.open_folder")
            self.open_folder.setIcon(theme.current().icon("document", "text"))
            self.open_folder.clicked.connect(self.show_folder)
            buttons.addWidget(self.open_folder)
        self.ok_button = QPushButton(QCoreApplication.translate("Notice", "OK"))
        self.ok_button.setObjectName("dialog.ok")
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.accept)
        buttons.addWidget(self.ok_button)
        lay.addLayout(buttons)
        self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)
        # Wide enough for the whole path where the screen allows; elided beyond that.
        wanted = 0 if self.path_label is None else self.path_label.fontMetrics().horizontalAdvance(
            self.path_label.path) * 1.1 + 120
        self.setMinimumWidth(int(min(max(560, wanted), 760)))
        self.setMaximumWidth(max(760, self.minimumWidth()))
        follow_theme(self)

    def text(self) -> str:
        """What the dialog says, the full path included (what a learner could copy)."""
        return self._text if self.path is None else f"{self._text}\n{self.path}"

    def show_folder(self) -> bool:
        """Open the saved file's folder in the desktop's file manager."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.path).parent)))


class DestructiveConfirm(QDialog):
    """A question before something that cannot be undone: Cancel is the default.

    The button that acts is red and says what it does ("Delete my data"), so Enter or
    a hurried click on the highlighted button never erases anything.
    """

    def __init__(self, parent: QWidget | None, title: str, text: str, action: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        lay = vbox(self, margins=20, spacing=14)
        row = hbox(spacing=14)
        row.addWidget(IconLabel("warning", "danger", 36), 0, Qt.AlignmentFlag.AlignTop)
        body = vbox(spacing=8)
        body.addWidget(label(title, "h3"))
        self.message = label(text, name="dialog.message", selectable=True)
        body.addWidget(self.message)
        row.addLayout(body, 1)
        lay.addLayout(row)
        buttons = hbox(spacing=8)
        buttons.addStretch(1)
        self.cancel_button = QPushButton(QCoreApplication.translate("DestructiveConfirm", "Cancel"))
        self.cancel_button.setObjectName("dialog.cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.action_button = QPushButton(action)
        self.action_button.setObjectName("dialog.destructive")
        self.action_button.setProperty("destructive", "true")
        self.action_button.setAutoDefault(False)
        self.action_button.clicked.connect(self.accept)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.action_button)
        lay.addLayout(buttons)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(460)
        self.setMaximumWidth(640)
        follow_theme(self)


def confirm_destructive(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask, modally; True only when the learner pressed the red ``action`` button."""
    dialog = DestructiveConfirm(parent, title, text, action)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def follow_theme(dialog: QWidget) -> None:
    """Dialogs get the theme's surface colour (the app stylesheet styles only the main window)."""
    t = theme.current()
    dialog.setStyleSheet(f"QDialog {{ background: {t.hex('surface')}; }}")
