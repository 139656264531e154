"""The real start-up (desktop.app._Launch) of a kiosk, for tests that need its relaunches."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from desktop.app import _Launch, build_parser, start_language


@contextmanager
def launched_kiosk(qapp, tmp_path, monkeypatch, settings: str = ""):
    """A kiosk started as `--kiosk-config` starts one (windowed), closed afterwards."""
    import desktop.kiosk.fatal

    # Not under test, and faulthandler would keep its log file open past the test.
    monkeypatch.setattr(desktop.kiosk.fatal, "enable_crash_log", lambda folder: None)
    config = tmp_path / "kiosk.yaml"
    config.write_text(f"{settings}fullscreen: false\nalways_on_top: false\n", "utf-8")
    args = build_parser().parse_args(["--kiosk-config", str(config), "--data-dir",
                                      str(tmp_path / "data"), "--theme", "light", "--lang", "en"])
    start_language(args, qapp, tmp_path / "data")
    launch = _Launch(args, qapp)
    try:
        assert launch.load() is None
        yield launch
    finally:
        if launch.session is not None:
            launch.session.close()
            launch.session.window.set_close_guard(lambda: True)
            launch.session.window.close()
            launch.session.window.deleteLater()
        qapp.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
