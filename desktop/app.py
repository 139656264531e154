"""Composition root: command line, QApplication, theme, content, state and the shell."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from . import APP_NAME, __version__
from .model.pages import STEPS, PageId
from .paths import default_content_dir
from .relaunch import Relaunching

if TYPE_CHECKING:  # loaded after the first frame (see run_gui)
    from PySide6.QtWidgets import QApplication

    from .appearance import Appearance
    from .autosave import AutoSaver
    from .content.course import Course
    from .content.reader import ContentError
    from .records import Records
    from .shell import MainWindow
    from .model.persistence import ProgressStore
    from .model.state import LearnerState, StateRules

ORG_NAME = "EnterpriseMLCourse"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="enterprise-ml-integration",
        description="Framework 4: Enterprise ML Integration, an interactive offline course.",
        epilog="Other commands: 'validate [DIR]' checks a content folder and exits 1 on problems; "
               "'content export-strings|import-strings --locale LANG' translate it "
               "(docs/translating.md); "
               "'kiosk set-pin' sets the kiosk's administrator PIN (docs/kiosk.md); "
               "'records sync|status|check|push|report' work with learning records and the "
               "company's LRS (docs/records.md).",
    )
    p.add_argument("--content", metavar="DIR", type=Path, help="course folder (default: the bundled one)")
    p.add_argument("--data-dir", metavar="DIR", type=Path,
                   help="where progress is kept (default: the platform's app-data folder)")
    p.add_argument("--theme", choices=("system", "light", "dark", "high_contrast"),
                   help="appearance for this run (default: follow the system)")
    p.add_argument("--lang", metavar="LANG", choices=("en", "de", "ar", "pseudo"),
                   help="the interface's language for this run: en, de, ar, or pseudo (a test "
                        "language that shows untranslated text); default: the learner's choice "
                        "under View > Language, else the system's language")
    p.add_argument("--quit-when-shown", action="store_true",
                   help="exit 0 right after the window's first frame is painted (start-up benchmark)")
    p.add_argument("--quit-when-ready", action="store_true",
                   help="exit 0 once the course is loaded and its first page painted")
    p.add_argument("--smoke", action="store_true",
                   help="open every page, use every control once, exit 0 only if nothing failed")
    p.add_argument("--lrs-config", metavar="FILE", type=Path,
                   help="the learning record store settings (default: lrs.yaml beside the app or "
                        "in the machine-wide config folder; none: records stay on this computer)")
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
    p.add_argument("--locale", metavar="LANG",  # issue 22, content side (desktop/content/strings_cli.py)
                   help="instead: list what is missing and outdated in LANG's catalogues")
    args = p.parse_args(argv)
    from .content.loader import validate

    folder = args.folder or default_content_dir()
    if args.locale:
        from .content.strings_cli import run_locale_report

        return run_locale_report(folder, args.locale)
    problems = validate(folder)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found in {folder}", file=sys.stderr)
        return 1
    print(f"{folder}: content is valid")
    from .content.loader import load_course
    from .lrs.edition import content_hash

    print(f"content version: {load_course(folder).version}")  # issue 21: which edition records name
    print(f"content hash: {content_hash(folder)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["validate"]:
        return run_validate(argv[1:])
    if argv[:1] == ["content"]:  # issue 22: the translators' commands (docs/translating.md)
        from .content.strings_cli import run_content_command

        return run_content_command(argv[1:], default_content_dir())
    if argv[:1] == ["kiosk"]:
        from .kiosk import run_kiosk_command

        return run_kiosk_command(argv[1:], default_data_dir=platform_data_dir,
                                 self_test=run_kiosk_self_test)
    if argv[:1] == ["records"]:
        from .lrs.cli import run_records_command

        return run_records_command(argv[1:], default_data_dir=platform_data_dir,
                                   report=_class_report)
    args = build_parser().parse_args(argv)
    if args.smoke and not args.data_dir:
        # A smoke run must never touch the learner's real progress, nor leave a folder behind.
        import tempfile

        with tempfile.TemporaryDirectory(prefix="emi-smoke-") as scratch:
            args.data_dir = Path(scratch)
            return run_gui(args)
    return run_gui(args)


def _class_report(sources, out) -> int:
    from .class_report import run_report  # Qt and the charts: only for this command

    return run_report(sources, out)


def run_kiosk_self_test(config_file: Path | None, folder: Path, pin: str, out) -> int:
    """``kiosk self-test``: start this data folder's kiosk (``config_file`` as with
    --kiosk-config) and leave it through its PIN pad (desktop.kiosk.self_test)."""
    argv = ["--kiosk", "--data-dir", str(folder)]
    argv += ["--kiosk-config", str(config_file)] if config_file else []
    args = build_parser().parse_args(argv)
    app = ensure_app()
    from .kiosk import KioskConfigError, install_kiosk, kiosk_config_for
    from .kiosk.self_test import run_self_test

    try:
        config = kiosk_config_for(args, folder)
    except KioskConfigError as exc:
        print(f"kiosk self-test: the kiosk settings have problems:\n{exc}", file=out)
        return 1
    start_language(args, app, folder)  # as a kiosk start does: its words and plural forms
    session = build_session(args, app, kiosk=True)
    try:
        return run_self_test(install_kiosk(session, config), pin, out)
    finally:
        session.close()


@dataclass
class Session:
    """Everything the running app is made of; tests build one and drive it."""

    app: QApplication
    course: Course
    state: LearnerState
    rules: StateRules
    window: MainWindow
    saver: AutoSaver
    store: ProgressStore | None
    data_dir: Path
    kiosk: bool = False
    appearance: Appearance | None = None
    records: Records | None = None
    lrs_config: Path | None = None  # --lrs-config (see desktop/lrs/config.py)
    notice: str = ""
    dropped: list[str] = field(default_factory=list)
    cleanups: list[Callable[[], None]] = field(default_factory=list)
    #: Show the course in another language now (View › Language); False if it cannot
    #: (then the choice applies at the next start). Set by the start-up (_Launch).
    relaunch: Callable[[str], bool] | None = None

    def start_over(self) -> None:
        from .model.state import reset_state

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

    from .memory import stop_source_caching

    stop_source_caching()  # before the course's modules load (see desktop/memory.py)

    app = QApplication.instance()
    if app is None:
        # The style by argument: setStyle() returns a QStyle, and building that Python
        # object sets up QStyle's enums (~10 ms) before the first frame.
        app = QApplication([sys.argv[0], "-style", "Fusion", *argv])
        app.setProperty("fusion_style", True)
    from .widgets.accessibility import install

    install()  # before the first window: Qt asks for a widget's interface once
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
        return ClosingPage(course, state)

    def step(n: int):
        def build():
            from .pages.step import StepPage
            return StepPage(course, state, course.steps[n - 1])
        return build

    factories = {PageId.INTRO: intro, PageId.HOME: home, PageId.CLOSING: closing}
    factories.update({page: step(page.step) for page in STEPS})
    return factories


def build_session(args: argparse.Namespace, app=None, kiosk: bool = False, *,
                  window=None, appearance=None) -> Session:
    """Load content and progress and build the window (not shown). Raises ContentError.

    ``window`` and ``appearance``, when given, are the ones already on screen (a window
    showing its start screen, see :func:`open_start_window`); the course goes into it.
    A kiosk session keeps no progress: nothing of one visitor is left for the next.
    """
    from .memory import stop_source_caching

    stop_source_caching()  # also where the QApplication was made elsewhere (tests, benchmarks)
    from .autosave import AutoSaver
    from .content.loader import load_course, state_rules
    from .model.persistence import ProgressStore
    from .model.state import new_state
    from .notices import progress_notice_of, settings_notice

    app = app or ensure_app()
    folder = data_dir(args)
    if getattr(args, "lang", None):
        from .i18n import install

        install(app, args.lang)
    if appearance is None:
        appearance = start_appearance(args, app, folder)
    else:
        appearance.follow_system()
    course = load_course_in(args.content or default_content_dir())
    if kiosk:
        course = course.for_touch()  # a kiosk is a touch screen: "Tap a step", not "Click"
    rules = state_rules(course)
    state = new_state(rules)
    store = None if kiosk else ProgressStore(folder / "progress.json")
    dropped: list[str] = []
    erased = ""
    if store is not None:
        erased = finish_interrupted_erasure(folder, store)
    if args.reset and store is not None:
        store.delete()
    loaded = store.load() if store is not None else None
    progress_notice = progress_notice_of(loaded, store.path if store else None)
    resumed = False
    if loaded is not None and loaded.document is not None:
        dropped, problem = restore(state, loaded.document["state"], rules)
        if problem:
            state = new_state(rules)
            progress_notice = progress_notice_of(store.set_aside(problem), store.path)
        resumed = bool(state.completed_steps or state.quiz_answers or state.page != "intro")
    # Each file that was set aside or finished says so: a damaged progress file must not
    # hide that the settings were damaged too.
    notice = " ".join(m for m in (progress_notice or erased, settings_notice(appearance.notice))
                      if m)
    saver = AutoSaver(state, store, course.version)
    if window is None:
        from .shell import MainWindow

        window = MainWindow(course, state, page_factories(course, state))
    else:
        window.attach(course, state, page_factories(course, state))
    session = Session(app, course, state, rules, window, saver, store, folder, kiosk=kiosk,
                      notice=notice, dropped=dropped, appearance=appearance)
    window.appearance_requested.connect(appearance.set_theme)
    window.text_scale_requested.connect(appearance.step_text_scale)
    window.reduced_motion_requested.connect(appearance.set_reduced_motion)
    window.show_appearance(appearance.choice, appearance.resolve().reduced_motion)
    session.cleanups.append(appearance.release)
    window.start_over_requested.connect(session.start_over)
    from .memory import release_caches

    release_caches()  # the lines of the modules imported before ensure_app (desktop/memory.py)
    window.closing.connect(saver.flush)
    app.aboutToQuit.connect(saver.flush)
    # A session rebuilt in another language (View › Language) leaves no connection behind.
    session.cleanups.append(lambda: app.aboutToQuit.disconnect(saver.flush))
    # Logging out or shutting down: the session manager asks before it ends the app.
    app.commitDataRequest.connect(saver.flush_for_session_end)
    session.cleanups.append(lambda: app.commitDataRequest.disconnect(saver.flush_for_session_end))
    saver.failed.connect(lambda text: window.show_save_problem(text, offer_copy=not kiosk))
    saver.recovered.connect(window.clear_save_problem)
    window.save_copy_requested.connect(lambda: ask_save_copy(session))
    from .language_menu import language_menu_of

    languages = language_menu_of(window)
    if languages is not None:
        from .relaunch import choose_language

        languages.language_requested.connect(lambda code: choose_language(session, code))
    if resumed:
        window.show_welcome(_where(course, state.page))
    if notice:
        window.show_notice(notice)
    return session


def load_course_in(folder: Path, language: str | None = None) -> Course:
    """The course in ``language`` (default: the one in force), where content/locales has it;
    untranslated text stays in the source language (desktop/content, "i18n-content")."""
    from .content.loader import load_course
    from .i18n import PSEUDO, SOURCE, current_language

    language = language or current_language()
    return load_course(folder, language=None if language in (SOURCE, PSEUDO) else language)


def restore(state, saved, rules) -> tuple[list[str], str]:
    """Apply saved values; (dropped fields, "") or ([], why) when the document broke the rules.

    The state rules are plain Python over a document already checked for depth and
    number size; anything they still raise means "set aside, start fresh".
    """
    import logging

    from .model.state import apply_saved

    try:
        dropped = apply_saved(state, saved, rules)
    except Exception as exc:  # noqa: BLE001 - any failure means the file is not usable progress
        return [], f"{type(exc).__name__}: {exc}"[:200]
    if dropped:
        logging.getLogger("desktop").warning("%d saved field(s) no longer fit the course and were "
                                             "dropped: %s", len(dropped), ", ".join(dropped[:20]))
    return dropped, ""


def finish_interrupted_erasure(folder: Path, store) -> str:
    """A "Delete my data" stopped half way is finished now; the notice for the learner, or ""."""
    from .model.learning_record import finish_erasure

    erasure = finish_erasure(folder, store)
    if erasure is None:
        return ""
    from PySide6.QtCore import QCoreApplication

    if erasure.failed:
        return QCoreApplication.translate(
            "app", "Deleting your data was interrupted last time and could not be finished; "
                   "please delete these files yourself: {files}.").format(
            files=", ".join(str(p) for p in erasure.failed))
    return QCoreApplication.translate(
        "app", "Deleting your data was interrupted last time; it has now been finished.")


def ask_save_copy(session: Session) -> None:
    """Ask where, then save the progress the app cannot save in its own folder."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    window = session.window
    path, _ = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("app", "Save a copy of your progress"),
        str(Path.home() / "progress.json"),
        QCoreApplication.translate("app", "Progress (*.json)"))
    if path:
        ok, text = save_copy(session, Path(path))
        (QMessageBox.information if ok else QMessageBox.warning)(
            window, QCoreApplication.translate("app", "Save a copy"), text)


def save_copy(session: Session, path: Path) -> tuple[bool, str]:
    """Write the current progress to ``path`` (whole or not at all); (ok, one sentence)."""
    from PySide6.QtCore import QCoreApplication

    from .model.persistence import encode, export_write
    from .model.state import state_to_dict

    try:
        export_write(path, encode(state_to_dict(session.state), session.course.version))
    except OSError as exc:
        return False, QCoreApplication.translate("app", "The copy could not be saved: {reason}.").format(
            reason=exc.strerror or exc)
    return True, QCoreApplication.translate("app", "A copy of your progress was saved as {path}.").format(
        path=path)


def start_appearance(args: argparse.Namespace, app, folder: Path, *, first_frame: bool = False):
    """The learner's theme and text size, applied to the whole app (for the first frame
    with the system theme remembered from last time: see Appearance)."""
    from .appearance import Appearance

    if not app.property("fusion_style"):  # an app made elsewhere (tests)
        app.setStyle("Fusion")
        app.setProperty("fusion_style", True)
    appearance = Appearance(app, folder / "settings.json", args.theme,
                            remembered_system=first_frame)
    appearance.apply()
    return appearance


def start_language(args: argparse.Namespace, app, folder: Path) -> str:
    """Put the learner's language in force (see desktop/i18n.py for the order); returns it."""
    from . import i18n
    from .model.settings import load_settings

    saved = load_settings(folder / "settings.json").language
    return i18n.install(app, i18n.choose(getattr(args, "lang", None), saved,
                                         i18n.system_language()))


def open_start_window(args: argparse.Namespace, app, folder: Path):
    """The first frame: the themed main window with its start screen, shown at once.

    Only Qt, the theme and the settings file are loaded by then; the course, the
    learner's progress and everything else follow once this frame is on screen.
    """
    from .shell import MainWindow

    appearance = start_appearance(args, app, folder, first_frame=True)
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    return window, appearance


def _where(course, page: str) -> str:
    from PySide6.QtCore import QCoreApplication

    number = PageId(page).step
    if number:
        step = course.steps[number - 1]
        return QCoreApplication.translate("app", "step {number}, {title}").format(
            number=step.number, title=step.title)
    if page == "home":
        return QCoreApplication.translate("app", "the course home")
    if page == "closing":
        return QCoreApplication.translate("app", "the summary")
    return QCoreApplication.translate("app", "the introduction")


def show_content_error(exc: ContentError, interactive: bool, parent=None) -> None:
    text = "\n".join(str(p) for p in exc.problems)
    print(f"The course content has problems:\n{text}", file=sys.stderr)
    if not interactive:
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      QCoreApplication.translate(
                          "app", "The course cannot open because its content files have "
                                 "problems. Please give this list to your trainer:"),
                      parent=parent)
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
    """Open the course. A learner's laptop paints the window first and loads the course
    right after that frame (issue 7's start-up budget); a kiosk and ``--smoke`` load
    everything first (a kiosk's first frame is its full-screen attract screen)."""
    if args.reset and not args.yes and not _non_interactive(args):
        if not confirm_on_terminal("Forget this learner's saved progress?"):
            args.reset = False
    app = ensure_app()
    folder = data_dir(args)
    start_language(args, app, folder)  # before any text: the second start's message too
    from .instance import InstanceLock
    from .shutdown import SignalBridge

    launch = _Launch(args, app)
    # Before the lock: from then on a second start may send SIGUSR1 to bring us forward.
    bridge = SignalBridge(launch.quit_on_signal, launch.bring_to_front)
    instance = InstanceLock(folder)
    if not instance.acquire():
        # Before anything is written: a second window would overwrite the first's progress.
        bridge.uninstall()
        return already_open(folder, interactive=not _non_interactive(args))
    from .kiosk import kiosk_requested

    try:
        if args.smoke or kiosk_requested(args, folder):
            code = launch.load()
            if code is not None:
                return code
        else:
            window, appearance = open_start_window(args, app, folder)
            launch.window = window
            from .first_paint import after_first_paint, quit_after_first_paint

            if args.quit_when_shown:
                quit_after_first_paint(window, app)
            else:
                after_first_paint(window, lambda: launch.load_into(window, appearance))
        code = app.exec()
        if launch.code is not None:
            code = launch.code
        if launch.session is not None:
            launch.session.close()
        return code
    finally:
        bridge.uninstall()
        instance.release()


def already_open(folder: Path, interactive: bool) -> int:
    """A second start on a folder in use: bring the first window forward, or say it is open."""
    from .instance import ask_first_to_raise

    from PySide6.QtCore import QCoreApplication

    raised = ask_first_to_raise(folder)
    text = (QCoreApplication.translate(
        "app", "The course is already open in another window, which was brought to the front.")
        if raised else QCoreApplication.translate(
            "app", "The course is already open in another window; please switch to that window "
                   "(only one window can use a learner's progress)."))
    print(text, file=sys.stderr)
    if interactive and not raised:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, APP_NAME, text)
    return 0


def _non_interactive(args: argparse.Namespace) -> bool:
    return bool(args.smoke or args.quit_when_shown or args.quit_when_ready)


class _Launch(Relaunching):
    """Everything of a start after the first frame: logging, kiosk, content, the course."""

    def __init__(self, args: argparse.Namespace, app):
        self.args, self.app = args, app
        self.session: Session | None = None
        self.window = None  # the start screen's window, before the course is in it
        self.code: int | None = None  # an exit code decided while loading
        self.build_session = build_session

    def bring_to_front(self) -> None:
        """A second start on this data folder: show this window instead."""
        window = self.session.window if self.session is not None else self.window
        if window is not None:
            from .instance import bring_to_front

            bring_to_front(window)

    def quit_on_signal(self, code: int) -> None:
        """SIGTERM, SIGHUP or Ctrl+C: save now, then leave the event loop with ``code``."""
        if self.session is not None:
            self.session.saver.flush()
        self.code = code
        self.app.exit(code)

    def load_into(self, window, appearance) -> None:
        """Staged start: fill the window on screen; on failure leave the event loop."""
        try:
            code = self.load(window, appearance)
        except Exception:  # noqa: BLE001 - a Qt timer would swallow it, leaving the start screen up
            import logging
            import traceback

            logging.getLogger("desktop").exception("the course could not be opened")
            traceback.print_exc()
            code = 1
        if code is not None:
            self.code = code
            self.app.exit(code)

    def load(self, window=None, appearance=None) -> int | None:
        """Build and show the session; an exit code if the run ends here, else None."""
        import logging

        from .content.reader import ContentError
        from .errors import ErrorHandler, setup_logging
        from .kiosk import kiosk_requested

        args, app = self.args, self.app
        setup_logging(data_dir(args))
        kiosk = None
        if not args.smoke and kiosk_requested(args, data_dir(args)):
            # Only then: the kiosk's settings and PIN code (hashlib, OpenSSL) load here.
            from .kiosk import KioskConfigError, kiosk_config_for

            try:
                kiosk = kiosk_config_for(args, data_dir(args))
            except KioskConfigError as exc:
                logging.getLogger("desktop").error("the kiosk settings have problems:\n%s", exc)
                print(f"The kiosk settings have problems:\n{exc}", file=sys.stderr)
                return 2
        try:
            session = build_session(args, app, kiosk=kiosk is not None, window=window,
                                    appearance=appearance)
        except ContentError as exc:
            # No modal box at a kiosk: it would block the screen; the supervisor restarts.
            show_content_error(exc, interactive=not _non_interactive(args) and kiosk is None,
                               parent=window)
            return 1
        self.session = session
        session.lrs_config = args.lrs_config
        window = session.window
        from .records import install_records

        install_records(session)  # in a kiosk it installs nothing personal
        if args.smoke:
            from .smoke import run_smoke

            self.session = None  # run_smoke closes it
            return run_smoke(session, getattr(args, "lang", None))
        if kiosk is not None:
            from .kiosk import enable_crash_log

            enable_crash_log(session.data_dir)
            self.run_kiosk(session, kiosk)  # shows the window: full screen, frameless, on top
        else:
            handler = ErrorHandler(window.show_notice, session.saver.flush).install()
            session.cleanups.append(handler.uninstall)
            session.relaunch = self.switch_language
        if args.quit_when_shown or args.quit_when_ready:
            # After install_kiosk: its screens are what paints first.
            from .first_paint import quit_after_first_paint

            quit_after_first_paint(window, app)
        if kiosk is None and not window.isVisible():
            window.resize(1366, 768)
            window.show()
        if not _non_interactive(args):
            from .first_paint import build_pages_ahead

            build_pages_ahead(window)
        return None
