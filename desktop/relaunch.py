"""The course built again in another language, while the app runs.

Every text in the window was worded when it was built, so a change of language builds
the session afresh from what it saved: View › Language on a learner's computer (same
page, same window size), and at a kiosk each visitor's language, which ends with the
visit. A restart would do the same; nothing is kept that a restart would lose.
"""

from __future__ import annotations


def choose_language(session, code: str) -> None:
    """View › Language: remember the choice and show the course in it now (the start-up's
    ``relaunch``); where that cannot be, say in the chosen language that it applies at
    the next start."""
    from dataclasses import replace

    from PySide6.QtCore import QCoreApplication

    from . import i18n
    from .model.settings import save_settings

    appearance = session.appearance
    if appearance is None or appearance.path is None:
        return
    # The appearance keeps the settings file; it saves its copy on every theme change.
    appearance.settings = replace(appearance.settings, language=code)
    try:
        save_settings(appearance.path, appearance.settings)
    except OSError as exc:
        session.window.show_notice(QCoreApplication.translate(
            "relaunch", "The language could not be saved: {reason}.").format(
            reason=exc.strerror or exc))
        return
    from PySide6.QtCore import QT_TRANSLATE_NOOP

    if code != i18n.current_language() and session.relaunch is not None \
            and session.relaunch(code):
        return
    text = (QT_TRANSLATE_NOOP("relaunch", "The course stays in {language}.")
            if code == i18n.current_language() else
            QT_TRANSLATE_NOOP("relaunch", "The course will be shown in {language} the next "
                                          "time it starts."))
    session.window.show_notice(i18n.translate_in(code, "relaunch", text).format(
        language=i18n.NATIVE_NAMES[code]))


class Relaunching:
    """The start-up's part that replaces its running session (mixed into desktop.app's
    _Launch, which holds ``args``, ``app``, ``session`` and ``build_session``)."""

    kiosk_language: str | None = None  # what each kiosk visit starts in
    kiosk_controller = None

    def run_kiosk(self, session, config) -> object:
        """Make ``session`` the kiosk's; its attract screen offers the configured languages."""
        from . import i18n
        from .errors import ErrorHandler
        from .kiosk import exit_for_restart, install_kiosk

        # Nobody reads a message at a kiosk: log, exit 70, and the supervisor restarts it.
        handler = ErrorHandler(exit_for_restart, lambda: None).install()
        session.cleanups.append(handler.uninstall)
        controller = install_kiosk(session, config)
        if self.kiosk_language is None:
            self.kiosk_language = i18n.current_language()
        attract = controller.attract
        attract.offer_languages(config.languages, i18n.current_language())
        attract.language_chosen.connect(lambda code: self.visit_in(controller, config, code))
        attract.opened.connect(lambda: self.visit_ended(config))
        self.kiosk_controller = controller
        return controller

    def visit_in(self, controller, config, code: str) -> None:
        """A visitor chose a language on the attract screen: their visit starts in it."""
        from . import i18n

        if code == i18n.current_language():
            controller.start_session()
            return
        from PySide6.QtCore import QTimer

        # Not inside the button's own click: the window it is on is replaced.
        QTimer.singleShot(0, lambda: self.rebuild_kiosk(config, code, start_visit=True))

    def visit_ended(self, config) -> None:
        """The attract screen is back: the next visitor meets the kiosk's own language."""
        from . import i18n

        if self.kiosk_language not in (None, i18n.current_language()):
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: self.rebuild_kiosk(config, self.kiosk_language,
                                                            start_visit=False))

    def rebuild_kiosk(self, config, code: str, *, start_visit: bool) -> None:
        """The kiosk's session again in ``code``: the course, the window and its screens.

        A kiosk keeps nothing of a visitor, so building afresh loses nothing.
        """
        if self.session is None:
            return
        session = self._replace_session(code, kiosk=True)
        controller = self.run_kiosk(session, config)
        if start_visit:
            controller.start_session()

    def switch_language(self, code: str) -> bool:
        """View › Language: the course in ``code`` now, from the progress just saved.
        False when the progress cannot be saved (the rebuild reads it back)."""
        if self.session is None or not self.session.saver.flush():
            return False
        from PySide6.QtCore import QTimer

        # Not inside the menu's own signal: the window it belongs to is replaced.
        QTimer.singleShot(0, lambda: self._rebuild_desktop(code))
        return True

    def _rebuild_desktop(self, code: str) -> None:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QWidget

        from . import i18n
        from .errors import ErrorHandler

        old = self.session.window
        # Size, place and maximised as they were (restoreGeometry clamps to the screen's
        # available area, which a window the learner sized need not fit).
        size, place, shape, page = old.size(), old.pos(), old.windowState(), self.session.state.page
        session = self._replace_session(code, kiosk=False)
        window = session.window
        handler = ErrorHandler(window.show_notice, session.saver.flush).install()
        session.cleanups.append(handler.uninstall)
        session.relaunch = self.switch_language
        window.resize(size)
        window.move(place)
        window.setWindowState(shape)
        window.show()
        session.state.page = page
        banner = window.findChild(QWidget, "welcome.banner")
        if banner is not None:
            banner.hide()  # not "welcome back": the learner never left
        window.show_notice(QCoreApplication.translate(
            "relaunch", "The course is now shown in {language}.").format(
            language=i18n.NATIVE_NAMES.get(code, code)))

    def _replace_session(self, code: str, *, kiosk: bool):
        """Close this session and build it again in ``code``, from what it saved.

        The whole window is rebuilt because every text in it was worded when it was
        built; a restart does the same, so nothing is kept that a restart would lose.
        """
        from .records import install_records

        old = self.session
        old.close()
        old.window.set_close_guard(lambda: True)
        old.window.hide()
        old.window.deleteLater()
        self.args.lang = code
        self.args.reset = False  # a --reset of this start was done once, at its start
        session = self.build_session(self.args, self.app, kiosk=kiosk)
        session.lrs_config = self.args.lrs_config
        self.session = session
        install_records(session)
        from .first_paint import build_pages_ahead

        build_pages_ahead(session.window)
        return session
