"""Kiosk mode: one visitor after another on a locked, full-screen course.

A visitor's session runs from a touch on the attract screen until nobody has
touched the screen for ``idle_seconds`` and nobody answered "Still there?" within
``countdown_seconds``. Then every trace of the visitor goes: the learner state is
reset to a first start's (every page follows the state), and what is not state
(scroll positions, open value tables, banners, dialogs) is put back too.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QDialog, QMainWindow, QScrollArea, QWidget,
)

from .. import theme
from ..model.state import reset_state
from ..words import step_name
from .admin_panel import AdminPanel, CounterView
from .attract import AttractScreen
from .config import COUNTERS_NAME, PIN_GUARD_NAME, KioskConfig
from .corner_hold import CornerHold
from .counters import Counters
from .event_filter import KioskEventFilter
from .idle_overlay import IdleOverlay
from .pin import PinGuard
from .pin_dialog import PinDialog
from .style import kiosk_scale, stylesheet
from .touch import stop_scrolling, tune_tree

log = logging.getLogger(__name__)


class KioskController(QObject):
    """Runs the kiosk on a built session; made by :func:`install_kiosk`."""

    def __init__(self, session: Any, config: KioskConfig):
        super().__init__()
        self.session, self.config = session, config
        #: Qt calls, and only the declared shell interface (desktop.shell.Shell) beyond them.
        self.window: QMainWindow = session.window
        self.state, self.rules, self.course = session.state, session.rules, session.course
        self.unlocked = False        # set for good by the admin's exit
        self.visitor_active = False  # a visitor's session is running
        self.counters = Counters(session.data_dir / COUNTERS_NAME if config.keep_counters else None)
        # Wrong tries and lock-outs outlive a restart: pulling the plug must not reset them.
        self.pin_guard = PinGuard(config.pin, config.pin_attempts, config.pin_lockout_seconds,
                                  path=session.data_dir / PIN_GUARD_NAME)
        #: How the admin's exit leaves the app; tests replace it.
        self.exit_hook: Callable[[int], None] = lambda code: QApplication.instance().exit(code)
        self._last_input = time.monotonic()
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self._check_idle)
        self._cursor_hidden = False
        self._installed = False
        self._styled_for = None
        w = self.window
        reduced = config.reduced_motion or theme.current().reduced_motion
        self.attract = AttractScreen(config.attract_title or self.course.title,
                                     config.attract_subtitle or self.course.intro.title,
                                     self.course.tags, config.attract_text, reduced, w)
        self.attract.start_requested.connect(self.start_session)
        self.idle_overlay = IdleOverlay(config.idle_title, config.idle_text, config.continue_text, w)
        self.idle_overlay.continued.connect(self._on_continue)
        self.idle_overlay.expired.connect(lambda: self.end_session("idle"))
        self.pin_dialog = PinDialog(self.pin_guard, w)
        self.pin_dialog.unlocked.connect(self.open_admin)
        self.pin_dialog.cancelled.connect(self._after_admin)
        self.admin_panel = AdminPanel(w)
        self.admin_panel.back_requested.connect(self.close_admin)
        self.admin_panel.reset_requested.connect(self._reset_counters)
        self.admin_panel.exit_requested.connect(self.exit_app)
        self.corner = CornerHold(w, config.admin_corner, config.admin_corner_px,
                                 config.admin_hold_seconds, self.open_pin_dialog, self)
        self._filter = KioskEventFilter(self)

    # -- install / uninstall ----------------------------------------------------------------
    def install(self) -> None:
        s, w, app = self.session, self.window, QApplication.instance()
        s.kiosk = True
        # Nothing of a visitor is written: no progress file, no name, no answers.
        s.saver.store = None
        s.saver.detach()
        s.store = None
        if self.config.pin is None:
            log.warning("kiosk: no administrator PIN is set; the kiosk cannot be left from the "
                        "screen. Set one with: python -m desktop kiosk set-pin")
        self._scale_for_screen()
        self.restyle()
        w.menuBar().hide()
        # Actions of a hidden menu bar have no shortcuts; the page keys (Alt+arrows)
        # stay usable for an accessibility keyboard. The quit keys stay blocked.
        w.addActions(w.keyboard_actions())
        w.set_close_guard(self.may_close)
        app.installEventFilter(self._filter)
        app.aboutToQuit.connect(self.counters.save)
        # Logging out or shutting down must not be blocked by the close guard.
        app.commitDataRequest.connect(self._on_session_end)
        if self.config.hide_cursor:
            app.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._cursor_hidden = True
        self.state.events.completed_steps.connect(self._on_steps_changed)
        self.state.events.quiz_answers.connect(self._on_answers_changed)
        tune_tree(w, self.config.touch_target_px, self.config.kinetic_scrolling)
        self._installed = True
        self.reset_visitor()
        self.attract.open()
        self._show_window()
        s.cleanups.append(self.uninstall)

    def _scale_for_screen(self, factor: float | None = None) -> None:
        """Text sized for the kiosk's screen (1.0 again at uninstall)."""
        appearance = getattr(self.session, "appearance", None)
        if appearance is None:
            return
        if factor is None:
            screen = self.window.screen() or QGuiApplication.primaryScreen()
            factor = kiosk_scale(screen.geometry().height()) if screen is not None else 1.0
        appearance.set_base_scale(factor)

    def restyle(self) -> None:
        """The kiosk's sizes and texts over the current theme (again after a theme change)."""
        current = theme.current()
        if current != self._styled_for:
            self._styled_for = current
            self.window.setStyleSheet(stylesheet(current, self.config.touch_target_px))
            self.attract.set_reduced_motion(self.config.reduced_motion or current.reduced_motion)

    def uninstall(self) -> None:
        """Undo what install() did to the app (tests build many sessions in one process)."""
        if not self._installed:
            return
        self._installed = False
        app = QApplication.instance()
        self.unlocked = True
        app.removeEventFilter(self._filter)
        app.aboutToQuit.disconnect(self.counters.save)
        app.commitDataRequest.disconnect(self._on_session_end)
        self._idle_timer.stop()
        self.idle_overlay.stop()
        self.pin_dialog.close_dialog()
        self.attract.hide()
        if self._cursor_hidden:
            app.restoreOverrideCursor()
            self._cursor_hidden = False
        self.state.events.completed_steps.disconnect(self._on_steps_changed)
        self.state.events.quiz_answers.disconnect(self._on_answers_changed)
        self._scale_for_screen(1.0)
        self.counters.save()

    def _show_window(self) -> None:
        w = self.window
        flags = w.windowFlags() | Qt.WindowType.FramelessWindowHint
        if self.config.always_on_top:
            flags |= Qt.WindowType.WindowStaysOnTopHint
        w.setWindowFlags(flags)
        self.keep_window_shape()
        w.activateWindow()

    def keep_window_shape(self) -> None:
        """Full screen (or shown, if so configured) again after anything changed that."""
        if self.may_close():
            return
        w = self.window
        if self.config.fullscreen:
            if w.isMinimized() or not w.isFullScreen() or not w.isVisible():
                # Without a window manager (a bare X session) nobody honours "full
                # screen", so the window covers the screen before it asks.
                if w.screen() is not None:
                    w.setGeometry(w.screen().geometry())
                w.showFullScreen()
        elif w.isMinimized() or not w.isVisible():
            w.showNormal()

    def _on_session_end(self, *_: object) -> None:
        """The operating system ends the session (log-out, shut-down): let it close us."""
        log.info("kiosk: the session is ending; the window may close")
        self.unlocked = True
        self.counters.save()

    def may_close(self) -> bool:
        """The window's close guard: only after the admin unlocked."""
        return self.unlocked or self.admin_panel.isVisible()

    # -- visitors ---------------------------------------------------------------------------
    def start_session(self) -> None:
        """A touch on the attract screen: a fresh session at the intro."""
        if self.visitor_active:
            return
        self.reset_visitor()
        self.visitor_active = True
        self._tell_records("begin_visit")
        self.counters.session_started()
        self.counters.save()
        self.attract.hide()
        self.window.setFocus(Qt.FocusReason.OtherFocusReason)
        self.note_activity()
        self._arm_idle()

    def end_session(self, reason: str = "idle") -> None:
        """Forget the visitor and show the attract screen (once a file being written is
        whole: the shell's busy guard; open dialogs the reset closes itself)."""
        from ..shell import Busy

        if self.window.busy() is Busy.SAVING:
            QTimer.singleShot(250, self, lambda: self.end_session(reason))
            return
        if self.visitor_active and reason == "idle":
            self.counters.session_ended_by_idle()
        self.visitor_active = False
        self._idle_timer.stop()
        self.reset_visitor()
        self.counters.save()
        self.attract.open()

    def reset_visitor(self) -> None:
        """Everything back to a first start: the state, and what lives only in widgets."""
        self._tell_records("end_visit")  # before the reset: its changes are nobody's visit
        self.idle_overlay.stop()
        self.pin_dialog.close_dialog()
        self.admin_panel.hide()
        self.corner.cancel()
        self._close_stray_windows()
        reset_state(self.state, self.rules)
        self._reset_appearance()
        w = self.window
        for area in w.findChildren(QScrollArea) + w.findChildren(QAbstractItemView):
            stop_scrolling(area)
        w.reset_to_first_start()

    def _tell_records(self, hook: str) -> None:
        """A visit begins or ends for the learning records (they record only for an
        anonymous-per-station LRS; desktop/records.py); never waits for the network."""
        call = getattr(getattr(self.session, "records", None), hook, None)
        if callable(call):
            call()

    def _reset_appearance(self) -> None:
        """Text size and theme back to the kiosk's own (also at a restart: install resets)."""
        appearance = getattr(self.session, "appearance", None)
        if appearance is None:
            return
        appearance.restore_defaults()
        self.window.show_appearance(appearance.choice, appearance.resolve().reduced_motion)
        self.restyle()

    def _close_stray_windows(self) -> None:
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            nxt = QApplication.activePopupWidget()
            popup = None if nxt is popup else nxt
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()

    # -- idle -------------------------------------------------------------------------------
    def note_activity(self) -> None:
        self._last_input = time.monotonic()

    def _watching(self) -> bool:
        return self.visitor_active or self.pin_dialog.isVisible() or self.admin_panel.isVisible()

    def _arm_idle(self) -> None:
        if not self._idle_timer.isActive() and not self.idle_overlay.counting:
            self._idle_timer.start(int(self.config.idle_seconds * 1000))

    def _check_idle(self) -> None:
        if not self._watching() or self.idle_overlay.counting:
            return
        quiet = time.monotonic() - self._last_input
        if quiet + 0.005 < self.config.idle_seconds:
            self._idle_timer.start(max(10, int((self.config.idle_seconds - quiet) * 1000)))
            return
        self.idle_overlay.start(self.config.countdown_seconds)

    def _on_continue(self) -> None:
        self.note_activity()
        self._arm_idle()

    # -- admin ------------------------------------------------------------------------------
    def open_pin_dialog(self) -> None:
        if self.pin_dialog.isVisible() or self.admin_panel.isVisible():
            return
        self.pin_dialog.start()
        self.note_activity()
        self._arm_idle()

    def open_admin(self) -> None:
        self.counters.save()
        self.admin_panel.show_counters(self.counter_view())
        self.admin_panel.open()
        self.admin_panel.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.note_activity()
        self._arm_idle()

    def close_admin(self) -> None:
        self.admin_panel.hide()
        self._after_admin()

    def _after_admin(self) -> None:
        """Back from the PIN dialog or the panel: the visitor's page, or the attract screen."""
        if not self.visitor_active:
            self._idle_timer.stop()
            self.attract.setFocus(Qt.FocusReason.OtherFocusReason)

    def exit_app(self, code: int) -> None:
        """The admin's way out (0: stay closed; 75: the supervisor starts the app again)."""
        log.info("kiosk: the administrator closed the app (exit code %s)", code)
        self.unlocked = True
        self.counters.save()
        self.exit_hook(code)

    def _reset_counters(self) -> None:
        self.counters.reset()
        self.admin_panel.show_counters(self.counter_view())

    def counter_view(self) -> CounterView:
        c = self.counters
        steps = tuple((step_name(s.number, s.title), c.steps_completed.get(s.number, 0))
                      for s in self.course.steps)
        quizzes = tuple((QCoreApplication.translate("KioskController", "Quiz {number}: {question}").format(
            number=q.number, question=q.question), c.quiz.get(q.id, {}).get("right", 0),
                         c.quiz.get(q.id, {}).get("wrong", 0)) for q in self.course.quizzes)
        return CounterView(c.since, c.sessions_started, c.sessions_ended_by_idle, steps, quizzes,
                           self.config.source)

    # -- counting ---------------------------------------------------------------------------
    def _on_steps_changed(self, new: tuple[int, ...], old: tuple[int, ...] = ()) -> None:
        if self.visitor_active:
            for step in sorted(set(new) - set(old)):
                self.counters.step_completed(step)

    def _on_answers_changed(self, new: dict[str, str], old: dict[str, str] | None = None) -> None:
        if not self.visitor_active:
            return
        key = self.course.answer_key
        for quiz_id, option in new.items():
            if quiz_id not in (old or {}) and quiz_id in key:
                self.counters.quiz_answered(quiz_id, option == key[quiz_id])

    # -- layers -----------------------------------------------------------------------------
    def layer_on_top(self) -> QWidget | None:
        """The kiosk layer that has the keyboard now (None while a visitor uses the page)."""
        for layer in (self.idle_overlay, self.admin_panel, self.pin_dialog, self.attract):
            if layer.isVisible():
                return layer
        return None

    def cover_window(self) -> None:
        rect = self.window.rect()
        for layer in (self.attract, self.idle_overlay, self.pin_dialog, self.admin_panel):
            if layer.geometry() != rect:
                layer.setGeometry(rect)


def install_kiosk(session: Any, config: KioskConfig) -> KioskController:
    """Turn a built session into a kiosk and show its window (full screen, locked)."""
    controller = KioskController(session, config)
    controller.install()
    return controller
