"""The main window: header, stepper, stacked pages, score card and navigation.

The shell owns no course logic: it shows pages built by factories it is given,
keeps the stepper and score card in step with the learner state, and routes the
pages' signals (navigate, step completed) to the state.

The window paints a start screen before the course is loaded (issue 7's start-up
budget), so this module imports at its top only what that first frame needs; the
widgets of the course view are imported where they are built, in :meth:`attach`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Protocol

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from . import APP_NAME, __version__
from .model.pages import SEQUENCE, PageId
from .model.scoring import score

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QStackedWidget

    from .content.course import Course
    from .model.state import LearnerState

ConfirmFn = Callable[[QWidget, str, str], bool]


class Shell(Protocol):
    """What the kiosk and the records may use of the main window, and nothing more.

    Everything else (the banner, the stack, the page widgets, the menus) is the
    window's own; a first start, a close guard and the menu for exports are asked for.
    """

    page_shown: SignalInstance       # a page id, after the page is on screen
    file_menu: QMenu                 # where the records add their export actions
    confirm: ConfirmFn               # a yes/no question (tests answer it)
    stack: QStackedWidget            # pages join it as they are built (the kiosk tunes each)

    def go(self, page_id: PageId | str) -> None: ...
    def page(self, page_id: str) -> QWidget: ...
    def show_notice(self, text: str) -> None: ...
    def show_appearance(self, choice: str, reduced_motion: bool) -> None: ...
    def set_close_guard(self, guard: Callable[[], bool]) -> None: ...
    def keyboard_actions(self) -> list[QAction]: ...
    def reset_to_first_start(self) -> None: ...


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question; tests replace it through MainWindow.confirm."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class MainWindow(QMainWindow):
    """Header + stepper + stacked pages + score card; pages are built when first opened."""

    start_over_requested = Signal()
    appearance_requested = Signal(str)      # "system", "light", "dark", "high_contrast"
    text_scale_requested = Signal(int)      # +1 larger, -1 smaller, 0 back to 100 %
    reduced_motion_requested = Signal(bool)
    page_shown = Signal(str)
    closing = Signal()
    save_copy_requested = Signal()          # "Save a copy elsewhere…" on the save warning

    def __init__(self, course: Course | None = None, state: LearnerState | None = None,
                 page_factories: dict[str, Callable[[], QWidget]] | None = None,
                 parent: QWidget | None = None):
        """Without a course the window shows a start screen until :meth:`attach`."""
        super().__init__(parent)
        self.course, self.state = course, state
        self.confirm: ConfirmFn = ask
        #: Consulted before the window closes; kiosk mode refuses unless an admin unlocked.
        self.close_guard: Callable[[], bool] = lambda: True
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self.pages: dict[str, QWidget] = {}
        self.setObjectName("shell")
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(960, 600)
        from .widgets.keyboard_aids import keyboard_aids

        keyboard_aids(self)  # issue 20: Enter presses buttons; a focus ring that shows
        if course is None:
            self.setCentralWidget(StartScreen())
        else:
            self.attach(course, state, page_factories or {})

    @property
    def attached(self) -> bool:
        return self.course is not None and self._factories != {}

    def attach(self, course: Course, state: LearnerState,
               page_factories: dict[str, Callable[[], QWidget]]) -> None:
        """Show the course in place of the start screen: header, pages, score card, menus."""
        from PySide6.QtWidgets import QStackedWidget

        from .widgets.common import hbox, vbox
        from .widgets.score_card import ScoreCard

        self.course, self.state = course, state
        self._factories = page_factories
        self.setWindowTitle(course.title)
        central = QWidget()
        central.setObjectName("shell.central")
        root = vbox(central, spacing=0)
        root.addWidget(self._build_header())
        self.banner = self._build_banner()
        root.addWidget(self.banner)
        self.notice = self._build_notice()
        root.addWidget(self.notice)
        self.save_warning = self._build_save_warning()
        root.addWidget(self.save_warning)
        body = hbox(spacing=0)
        self.stack = QStackedWidget()
        self.stack.setObjectName("shell.pages")
        body.addWidget(self.stack, 1)
        self.score_card = ScoreCard()
        self.score_card.summary_requested.connect(lambda: self.go("closing"))
        body.addWidget(self.score_card)
        root.addLayout(body, 1)
        root.addWidget(self._build_nav())
        self.setCentralWidget(central)  # deletes the start screen
        self._build_menus()
        if self.isVisible():  # on screen already: show the course now, not on the next pass
            central.show()
            self.menuBar().show()

        state.events.page.connect(self._on_page_changed)
        state.events.completed_steps.connect(self._on_progress_changed)
        state.events.quiz_answers.connect(self._on_progress_changed)
        self._on_progress_changed()
        self._on_page_changed(state.page)

    # -- building ----------------------------------------------------------------------------
    def _build_header(self) -> QWidget:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFrame, QPushButton

        from .widgets.common import hbox, label, vbox
        from .widgets.icon_label import IconLabel
        from .widgets.stepper import Stepper

        header = QFrame()
        header.setObjectName("header")
        lay = vbox(header, margins=(20, 10, 20, 10), spacing=6)
        top = hbox(spacing=12)
        self.home_link = QPushButton(self.course.back_link)
        self.home_link.setObjectName("header.home")
        self.home_link.setProperty("link", "true")
        self.home_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.home_link.setAccessibleName(f"Back to {self.course.back_link}")
        self.home_link.setIcon(_icon("arrow_left", "primary"))
        self.home_link.clicked.connect(lambda: self.go("home"))
        top.addWidget(self.home_link)
        top.addStretch(1)
        for tag in self.course.tags:
            top.addWidget(label(tag, "tag", wrap=False))
        lay.addLayout(top)
        title_row = hbox(spacing=10)
        title_row.addWidget(IconLabel("architecture", "primary", 26))
        title_row.addWidget(label(self.course.title, "h2", name="header.title"), 1)
        lay.addLayout(title_row)
        self.stepper = Stepper([s.short_label for s in self.course.steps])
        self.stepper.step_requested.connect(lambda n: self.go(PageId.of_step(n)))
        lay.addWidget(self.stepper)
        self.where = label("", "muted", name="nav.where")
        lay.addWidget(self.where)
        return header

    @staticmethod
    def _message_bar(name: str, icon: str, token: str, margins: tuple[int, int, int, int],
                     buttons: tuple[tuple[str, str, str], ...]):
        """A hidden bar under the header: icon, one sentence, buttons (text, name, accessible)."""
        from PySide6.QtWidgets import QFrame, QPushButton

        from .widgets.common import hbox, label
        from .widgets.icon_label import IconLabel

        bar = QFrame()
        bar.setObjectName(name)
        # The bar's colour says what its icon says: a failed save is not news.
        bar.setProperty("panel", "welcome" if token == "info" else token)
        row = hbox(bar, margins=margins, spacing=10)
        row.addWidget(IconLabel(icon, token, 20))
        text = label("", name=f"{name.split('.')[0]}.text")
        row.addWidget(text, 1)
        made = []
        for caption, object_name, accessible in buttons:
            button = QPushButton(caption)
            button.setObjectName(object_name)
            button.setAccessibleName(accessible)
            row.addWidget(button)
            made.append(button)
        bar.hide()
        return bar, text, made

    def _build_banner(self) -> QWidget:
        banner, self.banner_text, (cont, again) = self._message_bar(
            "welcome.banner", "info", "info", (16, 10, 16, 10),
            (("Continue", "welcome.continue", "Continue where you left off"),
             ("Start over", "welcome.start_over", "Start over and forget saved progress")))
        cont.setProperty("accent", "true")
        cont.clicked.connect(banner.hide)
        again.clicked.connect(self.ask_start_over)
        return banner

    def _build_notice(self) -> QWidget:
        notice, self.notice_text, (ok,) = self._message_bar(
            "notice", "warning", "warning", (16, 8, 16, 8),
            (("OK", "notice.dismiss", "Dismiss this message"),))
        ok.clicked.connect(notice.hide)
        return notice

    def _build_save_warning(self) -> QWidget:
        """A bar that stays while progress cannot be saved: no dismiss button, no dialog."""
        bar, self.save_warning_text, (self.save_copy_button,) = self._message_bar(
            "save_warning", "warning", "danger", (16, 8, 16, 8),
            (("Save a copy elsewhere…", "save_warning.save_copy",
              "Save a copy of your progress in another folder"),))
        self.save_warning_text.setAccessibleName("Progress is not being saved")
        self.save_copy_button.clicked.connect(self.save_copy_requested)
        return bar

    def _build_nav(self) -> QWidget:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFrame, QPushButton

        from .widgets.common import hbox

        bar = QFrame()
        bar.setObjectName("nav")
        bar.setProperty("panel", "nav")
        row = hbox(bar, margins=(20, 8, 20, 10), spacing=10)
        self.back_button = QPushButton("Back")
        self.back_button.setObjectName("nav.back")
        self.back_button.setIcon(_icon("arrow_left", "text"))
        self.back_button.setToolTip("Previous page (Alt+Left)")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton("Next")
        self.next_button.setObjectName("nav.next")
        self.next_button.setProperty("accent", "true")
        self.next_button.setIcon(_icon("arrow_right", "on_primary"))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next_button.setToolTip("Next page (Alt+Right)")
        self.next_button.clicked.connect(self.go_next)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        return bar

    def _build_menus(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.start_over_action = QAction("&Start over…", self)
        self.start_over_action.setObjectName("action.start_over")
        self.start_over_action.triggered.connect(self.ask_start_over)
        file_menu.addAction(self.start_over_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        self.view_menu = bar.addMenu("&View")
        self._build_appearance_menu(self.view_menu)
        from .language_menu import add_language_menu  # issue 22: View › Language (i18n's)
        add_language_menu(self, self.view_menu)
        self.view_menu.addSeparator()
        nav = self.view_menu
        for text, keys, slot in (("&Next page", "Alt+Right", self.go_next),
                                 ("&Previous page", "Alt+Left", self.go_back),
                                 ("Course &home", "Alt+Home", lambda: self.go("home"))):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            nav.addAction(action)
        self.help_menu = bar.addMenu("&Help")
        shortcuts = QAction("&Keyboard shortcuts", self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(shortcuts)
        about = QAction("&About", self)
        about.setObjectName("action.about")
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def _build_appearance_menu(self, menu) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        appearance = menu.addMenu("&Appearance")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.appearance_actions: dict[str, QAction] = {}
        for key, text in (("system", "Follow the &system"), ("light", "&Light"), ("dark", "&Dark"),
                          ("high_contrast", "&High contrast")):
            action = QAction(text, self, checkable=True)
            action.setObjectName(f"action.appearance.{key}")
            action.triggered.connect(lambda _=False, k=key: self.appearance_requested.emit(k))
            group.addAction(action)
            appearance.addAction(action)
            self.appearance_actions[key] = action
        text_menu = menu.addMenu("&Text size")
        for text, keys, step in (("&Larger", ("Ctrl++", "Ctrl+="), 1), ("&Smaller", ("Ctrl+-",), -1),
                                 ("&Normal size", ("Ctrl+0",), 0)):
            action = QAction(text, self)
            action.setObjectName(f"action.text_size.{'larger' if step > 0 else 'smaller' if step < 0 else 'reset'}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False, s=step: self.text_scale_requested.emit(s))
            text_menu.addAction(action)
            self.addAction(action)
        self.reduced_motion_action = QAction("&Reduce motion", self, checkable=True)
        self.reduced_motion_action.setObjectName("action.reduced_motion")
        self.reduced_motion_action.toggled.connect(self.reduced_motion_requested)
        menu.addAction(self.reduced_motion_action)

    def show_appearance(self, choice: str, reduced_motion: bool) -> None:
        """Tick the menu entries that match the settings in force."""
        from .widgets.common import signals_blocked

        self.appearance_actions[choice].setChecked(True)
        with signals_blocked(self.reduced_motion_action):
            self.reduced_motion_action.setChecked(reduced_motion)

    # -- pages ---------------------------------------------------------------------------------
    def page(self, page_id: str) -> QWidget:
        """The page widget, built on first use (charts load only when needed)."""
        if page_id not in self.pages:
            widget = self._factories[page_id]()
            if hasattr(widget, "navigate_requested"):
                widget.navigate_requested.connect(self.go)
            if hasattr(widget, "step_completed"):
                widget.step_completed.connect(self._on_step_completed)
            self.pages[page_id] = widget
            self.stack.addWidget(widget)
        return self.pages[page_id]

    def go(self, page_id: PageId | str) -> None:
        page = PageId.parse(page_id)
        if page is PageId.CLOSING and not self.state.all_steps_complete:
            return
        if page is not None and page in self._factories:
            self.state.page = page

    def go_next(self) -> None:
        target = self._neighbour(+1)
        if target:
            self.go(target)

    def go_back(self) -> None:
        target = self._neighbour(-1)
        if target:
            self.go(target)

    def _neighbour(self, delta: int) -> PageId | None:
        page = self.state.page
        if page == PageId.HOME:
            return PageId.INTRO if delta > 0 else None
        i = SEQUENCE.index(page) + delta
        if not 0 <= i < len(SEQUENCE):
            return None
        target = SEQUENCE[i]
        if target is PageId.CLOSING and not self.state.all_steps_complete:
            return None
        return target

    def _on_page_changed(self, page_id: str, *_: object) -> None:
        if page_id == PageId.CLOSING and not self.state.all_steps_complete:
            self.state.page = PageId.STEP_5
            return
        widget = self.page(page_id)
        from .widgets.keyboard_aids import focus_within, page_to_front

        refocus = focus_within(self.stack.currentWidget())
        self.stack.setCurrentWidget(widget)
        page_to_front(widget, self.back_button, self.next_button, refocus=refocus)  # issue 20
        if hasattr(widget, "verticalScrollBar"):
            widget.verticalScrollBar().setValue(0)
        step = PageId(page_id).step
        self.stepper.set_status(step, self.state.completed_steps)
        if step:
            self.where.setText(f"Step {step} of {len(self.course.steps)}: {self.course.step_hint}")
        else:
            names = {"intro": "Introduction", "home": "Course home", "closing": "Summary"}
            self.where.setText(f"{names[page_id]}: {self.course.step_hint}")
        self.back_button.setEnabled(self._neighbour(-1) is not None)
        self.next_button.setEnabled(self._neighbour(+1) is not None)
        self.page_shown.emit(page_id)

    def _on_step_completed(self, step: int) -> None:
        self.state.complete_step(step)
        if self.state.all_steps_complete:
            self.go(PageId.CLOSING)
        else:
            todo = [n for n in range(step + 1, 6) if n not in self.state.completed_steps]
            todo = todo or [n for n in range(1, 6) if n not in self.state.completed_steps]
            self.go(PageId.of_step(todo[0]))
        self._arrived_after(step)

    def _arrived_after(self, step: int) -> None:
        """Focus the new page's title and say what happened (issue 20: not the home link)."""
        from .widgets.common import announce

        page = self.pages.get(self.state.page)
        if page is not None and hasattr(page, "focus_heading"):
            page.focus_heading()
            announce(page, f"Step {step} completed. Now {page.accessibleName()}.")

    def _on_progress_changed(self, *_: object) -> None:
        s = score(self.state.completed_steps, self.state.quiz_answers, self.course.answer_key,
                  self.course.scoring.per_step, self.course.scoring.per_correct)
        self.score_card.set_score(s.quiz_correct, s.quiz_total, s.steps_completed, s.steps_total,
                                  s.completion_percent, self.state.all_steps_complete)
        current = PageId(self.state.page).step
        self.stepper.set_status(current, self.state.completed_steps)
        self.next_button.setEnabled(self._neighbour(+1) is not None)

    # -- actions ------------------------------------------------------------------------------
    # -- the declared interface (Shell) ----------------------------------------------------------
    def set_close_guard(self, guard: Callable[[], bool]) -> None:
        """``guard()`` decides whether the window may close (the kiosk's admin lock)."""
        self.close_guard = guard

    def keyboard_actions(self) -> list[QAction]:
        """The page keys (Alt+arrows, Alt+Home): usable even with the menu bar hidden."""
        return [a for a in self.view_menu.actions() if not a.shortcut().isEmpty()
                and a.menu() is None and not a.isCheckable()]

    def reset_to_first_start(self) -> None:
        """What lives only in widgets back to a first start (the state is reset apart):
        no banner or notice, every chart's values table closed, the state's page shown."""
        from .widgets.chart_panel import ChartPanel  # pyqtgraph: not before the first frame

        self.banner.hide()
        self.notice.hide()
        for panel in self.findChildren(ChartPanel):
            panel.toggle.setChecked(False)
        self.stack.setCurrentWidget(self.page(self.state.page))

    def show_welcome(self, where: str) -> None:
        self.banner_text.setText(f"Welcome back. You were at {where}. Continue where you left off, "
                                 "or start over?")
        self.banner.show()

    def show_notice(self, text: str) -> None:
        """One sentence for the learner (e.g. damaged progress was set aside)."""
        self.notice_text.setText(text)
        self.notice.show()

    def show_save_problem(self, text: str, offer_copy: bool = True) -> None:
        """Say, until :meth:`clear_save_problem`, that progress is not being saved."""
        self.save_warning_text.setText(text)
        self.save_copy_button.setVisible(offer_copy)
        self.save_warning.show()

    def clear_save_problem(self) -> None:
        self.save_warning.hide()

    def ask_start_over(self) -> None:
        if self.confirm(self, "Start over?",
                        "Start the course again from the beginning? Your answers, completed steps "
                        "and settings on every page will be forgotten."):
            self.banner.hide()
            self.start_over_requested.emit()

    def show_about(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("about")
        box.setWindowTitle("About")
        box.setTextFormat(Qt.TextFormat.MarkdownText)
        box.setText(f"**{self.course.title}**\n\nApp version {__version__}, "
                    f"course content version {self.course.version}.\n\n{self.course.licences}")
        box.open()

    def show_shortcuts(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("shortcuts")
        box.setWindowTitle("Keyboard shortcuts")
        box.setTextFormat(Qt.TextFormat.MarkdownText)
        box.setText(SHORTCUTS_MD)
        box.open()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange and self.attached:
            from . import theme

            t = theme.current()
            size = QSize(int(18 * t.scale), int(18 * t.scale))
            for button, (name, token) in ((self.home_link, ("arrow_left", "primary")),
                                          (self.back_button, ("arrow_left", "text")),
                                          (self.next_button, ("arrow_right", "on_primary"))):
                button.setIcon(t.icon(name, token))
                button.setIconSize(size)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.close_guard():
            event.ignore()
            return
        self.closing.emit()
        super().closeEvent(event)


class StartScreen(QWidget):
    """What the window shows while the course loads: the app's name, then the course.

    It is the first frame a learner sees, so it is built from plain widgets and the
    stylesheet already applied: no content, no icons, nothing that is not loaded yet.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start")
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 40, 40, 40)
        column.setSpacing(12)
        column.addStretch(2)
        for text, role, name in ((APP_NAME, "h1", "start.title"),
                                 ("Opening the course…", "muted", "start.status")):
            text_label = QLabel(text)
            text_label.setObjectName(name)
            text_label.setProperty("role", role)
            row = QHBoxLayout()  # centred by stretches: no alignment flags before the course
            row.addStretch(1)
            row.addWidget(text_label)
            row.addStretch(1)
            column.addLayout(row)
        column.addStretch(3)


SHORTCUTS_MD = """
| Keys | Action |
|---|---|
| Alt+Right / Alt+Left | Next / previous page |
| Alt+Home | Course home |
| Ctrl+Plus / Ctrl+Minus / Ctrl+0 | Larger / smaller / normal text |
| Tab / Shift+Tab | Move between controls |
| Arrow keys | Move between quiz options; move a slider |
| Enter or Space | Answer with the focused option; press the focused button |
| Page Up / Page Down, Home / End | Move a slider in big steps, or to its ends |
| F1 | This list |
"""


def _icon(name: str, token: str):
    from . import theme

    return theme.current().icon(name, token)
