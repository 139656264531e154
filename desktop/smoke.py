"""``--smoke``: open every page, use every control once, fail on any error or warning.

Used on the frozen bundle in CI, where a missing plugin, data file or hidden
import shows up only when the code that needs it runs.
"""

from __future__ import annotations

import sys
import traceback
import warnings

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget,
)

from .model.pages import PageId

#: Every page but the closing one, which opens only once all steps are complete.
PAGES = tuple(p for p in PageId if p is not PageId.CLOSING)
#: Controls that open a dialog or leave the app; a smoke run must not block on them.
SKIP = {"welcome.start_over", "header.home"}


class Problems:
    """Collects Qt warnings, Python warnings and unhandled exceptions."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def qt_message(self, mode: QtMsgType, context, message: str) -> None:
        if mode != QtMsgType.QtDebugMsg and mode != QtMsgType.QtInfoMsg:
            self.items.append(f"Qt {mode.name}: {message}")

    def excepthook(self, exc_type, exc, tb) -> None:
        self.items.append("".join(traceback.format_exception(exc_type, exc, tb)))

    def showwarning(self, message, category, filename, lineno, file=None, line=None) -> None:
        self.items.append(f"{category.__name__}: {message} ({filename}:{lineno})")


def exercise(widget: QWidget, app: QApplication) -> int:
    """Use every visible, enabled control under ``widget`` once; return how many."""
    used = 0
    for control in widget.findChildren(QWidget):
        if not control.isVisibleTo(widget) or not control.isEnabled():
            continue
        if control.objectName() in SKIP:
            continue
        if isinstance(control, QAbstractSlider):
            for value in (control.minimum(), control.maximum(),
                          (control.minimum() + control.maximum()) // 2):
                control.setValue(value)
        elif isinstance(control, QAbstractSpinBox):
            control.stepUp()
            control.stepDown()
        elif isinstance(control, QComboBox):
            for i in range(control.count()):
                control.setCurrentIndex(i)
        elif isinstance(control, QAbstractButton):
            control.click()
        else:
            continue
        used += 1
        app.processEvents()
    return used


def run_smoke(session, language: str | None = None) -> int:
    """``language``: the --lang asked for, whose catalogue must have loaded (a wheel or
    bundle without resources/i18n would otherwise fall back to English unnoticed)."""
    app, window = session.app, session.window
    problems = Problems()
    from .i18n import current_language, has_qt_words, qm_path, qt_translations

    if language and current_language() != language:
        problems.items.append(f"the interface catalogue for '{language}' did not load "
                              f"({qm_path(language)})")
    elif language and not has_qt_words(language):
        problems.items.append(f"Qt's catalogue qtbase_{language}.qm did not load "
                              f"(from {qt_translations()})")
    previous_handler = qInstallMessageHandler(problems.qt_message)
    previous_hook = sys.excepthook
    sys.excepthook = problems.excepthook
    previous_warn = warnings.showwarning
    warnings.showwarning = problems.showwarning
    window.confirm = lambda *_: False
    used = 0
    try:
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        for page_id in PAGES:
            window.go(page_id)
            app.processEvents()
            used += exercise(window.page(page_id), app)
        for n in range(1, 6):
            session.state.complete_step(n)
        window.go("closing")
        app.processEvents()
        used += exercise(window.page("closing"), app)
        window.go_back()
        window.go_next()
        app.processEvents()
    except Exception:  # noqa: BLE001 - any failure is the smoke test's answer
        problems.items.append(traceback.format_exc())
    finally:
        session.close()
        sys.excepthook = previous_hook
        warnings.showwarning = previous_warn
        qInstallMessageHandler(previous_handler)
    for item in problems.items:
        print(item, file=sys.stderr)
    print(f"smoke: {len(PAGES) + 1} pages, {used} controls used, {len(problems.items)} problem(s)")
    return 1 if problems.items else 0
