"""Issue 19 item 16: dialogs in the app's own look, a destructive question that defaults to
Cancel, and "Saved" with a readable path and a folder that opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from desktop import theme

from desktop.records import install_records
from desktop.widgets.dialogs import DestructiveConfirm, Notice

from .test_records import finish_course


class FolderOpener(QObject):
    """Stands where the desktop's file manager would: QDesktopServices hands it the URL."""

    def __init__(self):
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


def test_saved_shows_the_path_whole_or_elided_in_the_middle_and_opens_its_folder(make_session, tmp_path,
                                                                                 qtbot):
    session = make_session()
    records = install_records(session)
    finish_course(session)
    folder = tmp_path / "learning-records-of-a-trainee-with-a-long-folder-name" / "exports-2026"
    folder.mkdir(parents=True)
    target = folder / "learning-summary-with-a-long-name.csv"
    records.choose_path = lambda *_: str(target)
    records.actions["export_csv"].trigger()
    box = session.window.findChild(Notice, "records.message")
    assert box.isVisible() and target.is_file() and target.stat().st_size > 0
    shown = box.path_label
    assert shown.toolTip() == str(target) and shown.accessibleName() == str(target)
    box.setMinimumWidth(460)
    box.resize(460, box.height())
    qtbot.waitUntil(lambda: "…" in shown.text())
    assert shown.text().endswith(target.name[-12:]), "the file name stays readable"
    assert shown.text().startswith(str(target)[:5])
    assert "\n" not in shown.text(), "one line, never broken at a hyphen"
    for button in box.findChildren(QPushButton):
        assert button.icon().isNull() or button is box.open_folder, "no style icons on OK"
    opener = FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        qtbot.mouseClick(box.open_folder, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in opener.opened] == [folder]


def test_no_open_folder_when_nothing_was_written(make_session, tmp_path):
    session = make_session()
    records = install_records(session)
    records.choose_path = lambda *_: str(tmp_path / "missing-folder" / "summary.csv")
    records.actions["export_csv"].trigger()
    box = session.window.findChild(Notice, "records.message")
    assert box.property("outcome") == "refused"
    assert box.open_folder is None and box.path_label is None


def test_delete_my_data_is_a_destructive_question_that_defaults_to_cancel(make_session, qtbot):
    session = make_session()
    records = install_records(session)
    dialog = DestructiveConfirm(session.window, "Delete my data?", records.erase_question(),
                                "Delete my data")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    act, cancel = dialog.action_button, dialog.cancel_button
    assert act.text() == "Delete my data" and act.property("destructive") == "true"
    assert cancel.text() == "Cancel" and cancel.isDefault() and not act.isDefault()
    assert act.icon().isNull() and cancel.icon().isNull()
    red = act.grab().toImage()
    danger = theme.current().hex("danger")
    assert red.pixelColor(red.width() // 2, 3).name() == danger, "the button that erases is red"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == DestructiveConfirm.DialogCode.Rejected, "Enter cancels"
