"""Composition root: command line, QApplication, theme, content, state and the shell."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from . import __version__
from .content.loader import load_course, state_rules, validate
from .content.reader import ContentError
from .model.persistence import ProgressStore
from .model.state import LearnerState, StateRules, apply_saved, new_state, reset_state
from .paths import default_content_dir

APP_NAME = "Enterprise ML Integration"
ORG_NAME = "EnterpriseMLCourse"
log = logging.getLogger("desktop")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="enterprise-ml-integration",
        description="Framework 4: Enterprise ML Integration, an interactive offline course.",
        epilog="Other commands: 'validate [DIR]' checks a content folder and exits 1 on problems; "
               "'kiosk set-pin' sets the kiosk's administrator PIN (docs/kiosk.md).",
    )
    p.add_argument("--content", metavar="DIR", type=Path, help="course folder (default: the bundled one)")
    p.add_argument("--data-dir", metavar="DIR", type=Path,
                   help="where progress is kept (default: the platform's app-data folder)")
    p.add_argument("--theme", choices=("system", "light", "dark", "high_contrast"),
                   help="appearance for this run (default: follow the system)")
    p.add_argument("--quit-when-shown", action="store_true",
                   help="exit 0 right after the first frame is painted (start-up benchmarks)")
    p.add_argument("--smoke", action="store_true",
                   help="open every page, use every control once, exit 0 only if nothing failed")
    p.add_argument("--reset", action="store_true", help="forget this learner's progress first")
    p.add_argument("--yes", action="store_true", help="do not ask before --reset")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    from .kiosk import add_cli

    add_cli(p)
    return p


def run_validate(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(prog="enterprise-ml-integration validate",
                                description="Check a content folder; exit 1 with file:line problems.")
    p.add_argument("folder", nargs="?", type=Path, default=None)
    args = p.parse_args(argv)
    folder = args.folder or default_content_dir()
    problems = validate(folder)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found in {folder}", file=sys.stderr)
        return 1
    print(f"{folder}: content is valid")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["validate"]:
        return run_validate(argv[1:])
    if argv[:1] == ["kiosk"]:
        from .kiosk import run_kiosk_command

        return run_kiosk_command(argv[1:], default_data_dir=platform_data_dir)
    args = build_parser().parse_args(argv)
    return run_gui(args)


@dataclass
class Session:
    """Everything the running app is made of; tests build one and drive it."""

    app: object
    course: object
    state: LearnerState
    rules: StateRules
    window: object
    saver: object
    store: ProgressStore | None
    data_dir: Path
    kiosk: bool = False
    appearance: object = None
    records: object | None = None
    notice: str = ""
    dropped: list[str] = field(default_factory=list)
    cleanups: list[Callable[[], None]] = field(default_factory=list)

    def start_over(self) -> None:
        reset_state(self.state, self.rules)
        self.saver.save_now()

    def close(self) -> None:
        """Save and release everything; safe to call more than once."""
        self.saver.flush()
        cleanups, self.cleanups = self.cleanups, []
        for fn in cleanups:
            fn()


def platform_data_dir() -> Path:
    """The app-data folder, also without a QApplication (for 'kiosk set-pin')."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def data_dir(args: argparse.Namespace) -> Path:
    return args.data_dir or platform_data_dir()


def ensure_app(argv: Sequence[str] = ()) -> object:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0], *argv])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    return app


def page_factories(course, state) -> dict[str, Callable[[], object]]:
    """How each page is built; imported lazily so the first frame waits for none of them."""

    def intro():
        from .pages.intro import IntroPage
        return IntroPage(course)

    def home():
        from .pages.home import HomePage
        return HomePage(course)

    def closing():
        from .pages.closing import ClosingPage
        return ClosingPage(course)

    def step(n: int):
        def build():
            import importlib
            module = importlib.import_module(f".pages.step_{n}", __package__)
            page_class = getattr(module, f"Step{n}Page")
            return page_class(course, state, course.steps[n - 1])
        return build

    factories = {"intro": intro, "home": home, "closing": closing}
    factories.update({f"step_{n}": step(n) for n in range(1, 6)})
    return factories


def build_session(args: argparse.Namespace, app=None, kiosk: bool = False) -> Session:
    """Load content and progress and build the window (not shown). Raises ContentError.

    A kiosk session keeps no progress: nothing of one visitor is left for the next.
    """
    from .appearance import Appearance
    from .autosave import AutoSaver
    from .shell import MainWindow

    app = app or ensure_app()
    app.setStyle("Fusion")
    folder = data_dir(args)
    appearance = Appearance(app, folder / "settings.json", args.theme)
    appearance.apply()
    course = load_course(args.content or default_content_dir())
    rules = state_rules(course)
    state = new_state(rules)
    store = None if kiosk else ProgressStore(folder / "progress.json")
    dropped: list[str] = []
    if args.reset and store is not None:
        store.delete()
    loaded = store.load() if store is not None else None
    notice = loaded.message if loaded is not None else ""
    resumed = False
    if loaded is not None and loaded.document is not None:
        dropped = apply_saved(state, loaded.document["state"], rules)
        resumed = bool(state.completed_steps or state.quiz_answers or state.page != "intro")
    saver = AutoSaver(state, store, course.version)
    window = MainWindow(course, state, page_factories(course, state))
    session = Session(app, course, state, rules, window, saver, store, folder, kiosk=kiosk,
                      notice=notice, dropped=dropped, appearance=appearance)
    window.appearance_requested.connect(appearance.set_theme)
    window.text_scale_requested.connect(appearance.step_text_scale)
    window.reduced_motion_requested.connect(appearance.set_reduced_motion)
    window.show_appearance(appearance.choice, appearance.resolve().reduced_motion)
    session.cleanups.append(lambda: _disconnect_appearance(appearance))
    window.start_over_requested.connect(session.start_over)
    window.closing.connect(saver.flush)
    app.aboutToQuit.connect(saver.flush)
    if resumed:
        window.show_welcome(_where(course, state.page))
    if notice:
        window.show_notice(notice)
    return session


def _disconnect_appearance(appearance) -> None:
    hints = appearance.app.styleHints()
    hints.colorSchemeChanged.disconnect(appearance._on_system_changed)
    if hasattr(hints, "accessibility"):
        hints.accessibility().contrastPreferenceChanged.disconnect(appearance._on_system_changed)
    appearance.setParent(None)


def _where(course, page: str) -> str:
    if page.startswith("step_"):
        step = course.steps[int(page[5:]) - 1]
        return f"step {step.number}, {step.title}"
    return {"home": "the course home", "closing": "the summary"}.get(page, "the introduction")


def show_content_error(exc: ContentError, interactive: bool) -> None:
    text = "\n".join(str(p) for p in exc.problems)
    print(f"The course content has problems:\n{text}", file=sys.stderr)
    if not interactive:
        return
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      "The course cannot open because its content files have problems. "
                      "Please give this list to your trainer:")
    box.setObjectName("content_error")
    box.setDetailedText(text)
    box.setInformativeText(text if len(exc.problems) <= 8 else
                           "\n".join(str(p) for p in exc.problems[:8]) + "\n…")
    box.exec()


def confirm_on_terminal(question: str) -> bool:
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
    except EOFError:
        return False


def run_gui(args: argparse.Namespace) -> int:
    non_interactive = args.smoke or args.quit_when_shown
    if args.smoke and not args.data_dir:
        # A smoke run must never touch the learner's real progress.
        args.data_dir = Path(tempfile.mkdtemp(prefix="emi-smoke-"))
    if args.reset and not args.yes and not non_interactive:
        if not confirm_on_terminal("Forget this learner's saved progress?"):
            args.reset = False
    app = ensure_app()
    from .errors import ErrorHandler, setup_logging

    setup_logging(data_dir(args))
    from .kiosk import KioskConfigError, kiosk_config_for

    try:
        kiosk = None if args.smoke else kiosk_config_for(args, data_dir(args))
    except KioskConfigError as exc:
        log.error("the kiosk settings have problems:\n%s", exc)
        print(f"The kiosk settings have problems:\n{exc}", file=sys.stderr)
        return 2
    try:
        session = build_session(args, app, kiosk=kiosk is not None)
    except ContentError as exc:
        # No modal box at a kiosk: it would block the screen; the supervisor restarts.
        show_content_error(exc, interactive=not non_interactive and kiosk is None)
        return 1
    window = session.window
    from .records import install_records

    install_records(session)  # in a kiosk it installs nothing personal
    if args.smoke:
        from .smoke import run_smoke

        return run_smoke(session)
    if kiosk is not None:
        from .kiosk import enable_crash_log, exit_for_restart, install_kiosk

        enable_crash_log(session.data_dir)
        # Nobody reads a message at a kiosk: log, exit 70, and the supervisor restarts it.
        handler = ErrorHandler(exit_for_restart, lambda: None).install()
    else:
        handler = ErrorHandler(window.show_notice, session.saver.flush).install()
    session.cleanups.append(handler.uninstall)
    if kiosk is not None:
        install_kiosk(session, kiosk)  # shows the window: full screen, frameless, on top
    if args.quit_when_shown:  # after install_kiosk: its screens are what paints first
        from .quit_when_shown import quit_after_first_paint

        quit_after_first_paint(window, app)
    if kiosk is None:
        window.resize(1366, 768)
        window.show()
    code = app.exec()
    session.close()
    return code
