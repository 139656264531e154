"""The main window: header, stepper, stacked pages, score card and navigation.

The shell owns no course logic: it shows pages built by factories it is given,
keeps the stepper and score card in step with the learner state, and routes the
pages' signals (navigate, step completed) to the state.

The window paints a start screen before the course is loaded (issue 7's start-up
budget), so this module imports at its top only what that first frame needs; the
widgets of the course view are imported where they are built, in :meth:`attach`.
"""

from __future__ import annotations

import contextlib
from contextlib import contextmanager
from enum import StrEnum
from typing import TYPE_CHECKING, Callable, Iterator, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from . import APP_NAME, __version__
from .model.pages import SEQUENCE, STEPS, PageId
from .model.scoring import score

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QStackedWidget

    from .content.course import Course
    from .model.state import LearnerState

ConfirmFn = Callable[[QWidget, str, str], bool]


class Busy(StrEnum):
    """Why the window should not be reset or exported from right now."""

    DIALOG = "dialog"    # a modal dialog is open: a reset would pull it from under the learner
    SAVING = "saving"    # a save or export is being written


class Shell(Protocol):
    """What the kiosk and the records may use of the main window, and nothing more.

    Everything else (the banner, the stack, the page widgets, the menus) is the
    window's own; a first start, a close guard and the menu for exports are asked for.
    """

    page_shown: SignalInstance       # a page id, after the page is on screen
    certificate_requested: SignalInstance  # the name typed on the closing page
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
    def busy(self) -> Busy | None: ...
    def hold_busy(self, why: Busy) -> contextlib.AbstractContextManager[None]: ...
    def offer_certificate(self, name: str) -> None: ...


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question; tests replace it through MainWindow.confirm."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class MainWindow(QMainWindow):
    """Header + stepper + stacked pages + score card; pages are built when first opened,
    or before that in idle time (:meth:`build_ahead`)."""

    start_over_requested = Signal()
    appearance_requested = Signal(str)      # "system", "light", "dark", "high_contrast"
    text_scale_requested = Signal(int)      # +1 larger, -1 smaller, 0 back to 100 %
    reduced_motion_requested = Signal(bool)
    page_shown = Signal(str)
    page_built = Signal(str)                # a page id, once its widget exists (visit or ahead)
    certificate_requested = Signal(str)     # the learner's name, from the closing page
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
        self._ahead: list[str] = []  # pages still to build in idle time, next first
        self._holds: list[Busy] = []
        self._certificate_name: str | None = None  # None: no certificate here (a kiosk)
        self._icons_drawn: tuple = ()  # what the nav icons were last drawn for (_size_icons)
        self._tab_order_due: QWidget | None = None  # a page whose Tab order waits: see focusNextPrevChild
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
        """Show the course in place of the start screen: top bar, pages, score card, menus."""
        from PySide6.QtWidgets import QStackedWidget

        from .content.needs import course_needs
        from .widgets.common import vbox
        from .widgets.missing_list import MissingList
        from .widgets.score_card import ScoreCard

        self.course, self.state = course, state
        self._factories = page_factories
        self._needs = course_needs(course)
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
        self.missing = MissingList("finish.missing")
        self.missing.item_chosen.connect(self._go_to_missing)
        root.addWidget(self.missing)
        self.stack = QStackedWidget()
        self.stack.setObjectName("shell.pages")
        root.addWidget(self.stack, 1)
        self.score_card = ScoreCard(self)
        self.score_card.summary_requested.connect(self._on_summary_requested)
        self.setCentralWidget(central)  # deletes the start screen
        self._build_menus()
        self._size_icons()
        if self.isVisible():  # on screen already: show the course now, not on the next pass
            central.show()
            self.menuBar().show()

        state.events.page.connect(self._on_page_changed)
        state.events.completed_steps.connect(self._on_progress_changed)
        state.events.quiz_answers.connect(self._on_progress_changed)
        state.events.quiz_answers.connect(self._on_work_done)
        state.events.used.connect(self._on_work_done)
        self._on_work_done()
        self._on_progress_changed()
        self._on_page_changed(state.page)

    # -- building ----------------------------------------------------------------------------
    def _build_header(self) -> QWidget:
        """One compact bar: home link, title, where, progress pill; stepper, Back, Next/Finish.

        Two rows of controls, no full-width navigation row and no sidebar, so a part
        keeps about 1300×620 px at 1366×768 (issue 19).
        """
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFrame, QPushButton

        from .widgets.common import hbox, label, vbox
        from .widgets.stepper import Stepper

        header = QFrame()
        header.setObjectName("header")
        lay = vbox(header, margins=(16, 2, 16, 5), spacing=2)
        top = hbox(spacing=10)
        self.home_link = QPushButton(self.course.back_link)
        self.home_link.setObjectName("header.home")
        self.home_link.setProperty("link", "true")
        self.home_link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.home_link.setAccessibleName(QCoreApplication.translate("MainWindow", "Back to {place}").format(
            place=self.course.back_link))
        self.home_link.clicked.connect(lambda: self.go("home"))
        top.addWidget(self.home_link)
        from .widgets.elided_label import ElidedLabel

        title = ElidedLabel(self.course.title, "h3", name="header.title")
        title.setToolTip(" · ".join((self.course.title, *self.course.tags)))
        top.addWidget(title, 1)
        self.where = label("", "muted", name="nav.where", wrap=False)
        top.addWidget(self.where)
        self.progress_pill = QPushButton()
        self.progress_pill.setObjectName("score.pill")
        self.progress_pill.setCursor(Qt.CursorShape.PointingHandCursor)
        self.progress_pill.clicked.connect(self.show_score_card)
        top.addWidget(self.progress_pill)
        lay.addLayout(top)
        row = hbox(spacing=8)
        self.stepper = Stepper([s.short_label for s in self.course.steps],
                               [s.title for s in self.course.steps])
        self.stepper.step_requested.connect(lambda n: self.go(PageId.of_step(n)))
        row.addWidget(self.stepper, 1)
        self.back_button = self._nav_button("nav.back", QCoreApplication.translate("MainWindow", "Back"),
                                            QCoreApplication.translate("MainWindow", "Previous page (Alt+Left)"),
                                            self.go_back)
        self.next_button = self._nav_button("nav.next", QCoreApplication.translate("MainWindow", "Next"),
                                            QCoreApplication.translate("MainWindow", "Next page (Alt+Right)"),
                                            self.go_next)
        self.finish_button = self._nav_button(
            "nav.finish", QCoreApplication.translate("MainWindow", "Finish"),
            QCoreApplication.translate("MainWindow", "Finish the course, or see what is still to do"), self.finish)
        self.finish_button.hide()
        for button in (self.back_button, self.next_button, self.finish_button):
            row.addWidget(button)
        lay.addLayout(row)
        return header

    def _nav_button(self, name: str, text: str, tip: str, slot: Callable[[], None]):
        from PySide6.QtWidgets import QPushButton

        button = QPushButton(text)
        button.setObjectName(name)
        button.setProperty("nav", "true")
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

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
            ((QCoreApplication.translate("MainWindow", "Continue"), "welcome.continue", QCoreApplication.translate("MainWindow", "Continue where you left off")),
             (QCoreApplication.translate("MainWindow", "Start over"), "welcome.start_over",
              QCoreApplication.translate("MainWindow", "Start over and forget saved progress"))))
        cont.setProperty("accent", "true")
        cont.clicked.connect(banner.hide)
        again.clicked.connect(self.ask_start_over)
        return banner

    def _build_notice(self) -> QWidget:
        notice, self.notice_text, (ok,) = self._message_bar(
            "notice", "warning", "warning", (16, 8, 16, 8),
            ((QCoreApplication.translate("MainWindow", "OK"), "notice.dismiss", QCoreApplication.translate("MainWindow", "Dismiss this message")),))
        ok.clicked.connect(notice.hide)
        return notice

    def _build_save_warning(self) -> QWidget:
        """A bar that stays while progress cannot be saved: no dismiss button, no dialog."""
        bar, self.save_warning_text, (self.save_copy_button,) = self._message_bar(
            "save_warning", "warning", "danger", (16, 8, 16, 8),
            ((QCoreApplication.translate("MainWindow", "Save a copy elsewhere…"), "save_warning.save_copy",
              QCoreApplication.translate("MainWindow", "Save a copy of your progress in another folder")),))
        self.save_warning_text.setAccessibleName(QCoreApplication.translate("MainWindow", "Progress is not being saved"))
        self.save_copy_button.clicked.connect(self.save_copy_requested)
        return bar

    def _build_menus(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        bar = self.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.start_over_action = QAction(QCoreApplication.translate("MainWindow", "&Start over…"), self)
        self.start_over_action.setObjectName("action.start_over")
        self.start_over_action.triggered.connect(self.ask_start_over)
        file_menu.addAction(self.start_over_action)
        file_menu.addSeparator()
        quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        self.view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        self._build_appearance_menu(self.view_menu)
        from .language_menu import add_language_menu  # issue 22: View › Language (i18n's)
        add_language_menu(self, self.view_menu)
        self.view_menu.addSeparator()
        nav = self.view_menu
        for text, keys, slot in ((QCoreApplication.translate("MainWindow", "&Next page"), "Alt+Right", self.go_next),
                                 (QCoreApplication.translate("MainWindow", "&Previous page"), "Alt+Left", self.go_back),
                                 (QCoreApplication.translate("MainWindow", "Course &home"), "Alt+Home", lambda: self.go("home"))):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            nav.addAction(action)
        self.help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        shortcuts = QAction(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence("F1"))
        shortcuts.triggered.connect(self.show_shortcuts)
        self.help_menu.addAction(shortcuts)
        about = QAction(QCoreApplication.translate("MainWindow", "&About"), self)
        about.setObjectName("action.about")
        about.triggered.connect(self.show_about)
        self.help_menu.addAction(about)

    def _build_appearance_menu(self, menu) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        appearance = menu.addMenu(QCoreApplication.translate("MainWindow", "&Appearance"))
        group = QActionGroup(self)
        group.setExclusive(True)
        self.appearance_actions: dict[str, QAction] = {}
        for key, text in (("system", QCoreApplication.translate("MainWindow", "Follow the &system")), ("light", QCoreApplication.translate("MainWindow", "&Light")),
                          ("dark", QCoreApplication.translate("MainWindow", "&Dark")), ("high_contrast", QCoreApplication.translate("MainWindow", "&High contrast"))):
            action = QAction(text, self, checkable=True)
            action.setObjectName(f"action.appearance.{key}")
            action.triggered.connect(lambda _=False, k=key: self.appearance_requested.emit(k))
            group.addAction(action)
            appearance.addAction(action)
            self.appearance_actions[key] = action
        text_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Text size"))
        for text, keys, step in ((QCoreApplication.translate("MainWindow", "&Larger"), ("Ctrl++", "Ctrl+="), 1),
                                 (QCoreApplication.translate("MainWindow", "&Smaller"), ("Ctrl+-",), -1),
                                 (QCoreApplication.translate("MainWindow", "&Normal size"), ("Ctrl+0",), 0)):
            action = QAction(text, self)
            action.setObjectName(f"action.text_size.{'larger' if step > 0 else 'smaller' if step < 0 else 'reset'}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False, s=step: self.text_scale_requested.emit(s))
            text_menu.addAction(action)
            self.addAction(action)
        self.reduced_motion_action = QAction(QCoreApplication.translate("MainWindow", "&Reduce motion"), self, checkable=True)
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
        """The page widget, built on first use if :meth:`build_ahead` has not built it yet
        (so the first frame waits for no page and no chart library)."""
        if page_id not in self.pages:
            from .pages.base import ScrollPage
            from .pages.closing import ClosingPage
            from .pages.step import StepPage

            widget = self._factories[page_id]()
            if isinstance(widget, ScrollPage):
                widget.navigate_requested.connect(self.go)
            if isinstance(widget, StepPage):
                widget.step_completed.connect(self._on_step_completed)
            if isinstance(widget, ClosingPage):
                widget.certificate_requested.connect(self.certificate_requested)
                widget.missing.item_chosen.connect(self._go_to_missing)
                widget.offer_certificate(self._certificate_name)
            self.pages[page_id] = widget
            self.stack.addWidget(widget)
            self.page_built.emit(page_id)
        return self.pages[page_id]

    def build_ahead(self) -> None:
        """Build every page not opened yet in idle time, one page per event-loop pass.

        A first visit that builds its page costs 250-600 ms (issue 18; step 2 imports
        pyqtgraph and numpy); built ahead, the visit only shows it (35-50 ms). Each page
        gets its own pass, so a click or key between two builds is answered in between.
        Pages follow the current one first, as a learner is likely to open them next.
        A page opened before its turn is built then, as without this.
        """
        from PySide6.QtCore import QTimer

        order = [p for p in (PageId.HOME, *SEQUENCE) if p in self._factories]
        if self.state is not None and self.state.page in order:
            start = order.index(self.state.page)
            order = order[start + 1:] + order[:start]
        self._ahead = [p for p in order if p not in self.pages]
        # A timer owned by the window: it dies with a window rebuilt (View › Language).
        QTimer.singleShot(0, self, self._build_next_ahead)

    def _build_next_ahead(self) -> None:
        from PySide6.QtCore import QTimer

        while self._ahead:
            page_id = self._ahead.pop(0)
            if page_id not in self.pages:
                self.page(page_id)
                break
        if self._ahead:
            QTimer.singleShot(0, self, self._build_next_ahead)

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
        from PySide6.QtWidgets import QScrollArea

        widget = self.page(page_id)
        from .widgets.keyboard_aids import focus_within, page_to_front

        refocus = focus_within(self.stack.currentWidget())
        self.stack.setCurrentWidget(widget)
        self.score_card.hide()
        self._show_nav()
        page_to_front(widget, refocus=refocus)  # issue 20
        self._tab_order_due = widget
        if isinstance(widget, QScrollArea):
            widget.verticalScrollBar().setValue(0)
        step = PageId(page_id).step
        self.stepper.set_status(step, self.state.completed_steps)
        if step:
            self.where.setText(QCoreApplication.translate("MainWindow", "Step {number} of {count}").format(
                number=step, count=len(self.course.steps)))
        else:
            names = {"intro": QCoreApplication.translate("MainWindow", "Introduction"), "home": QCoreApplication.translate("MainWindow", "Course home"),
                     "closing": QCoreApplication.translate("MainWindow", "Summary")}
            self.where.setText(names[page_id])
        self.where.setToolTip(self.course.step_hint)
        self.score_card.set_on_summary(page_id == PageId.CLOSING)
        self.page_shown.emit(page_id)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        """Tab and Shift+Tab, from any widget of the window (issue 20: the page's controls,
        then Back and Next). The page's place in the Tab order is set at the first Tab
        after it came to the front, not on every page change: walking the focus chain
        took about a tenth of each page switch (benchmarks/interaction.py)."""
        page, self._tab_order_due = self._tab_order_due, None
        if page is not None:
            from .widgets.keyboard_aids import tab_after

            tab_after(page, self.back_button, self.next_button, self.finish_button)
        return super().focusNextPrevChild(next)

    def _show_nav(self) -> None:
        """Back and Next as the page allows; on the last step Finish stands in for Next."""
        last = self.state.page == STEPS[-1]
        self.back_button.setEnabled(self._neighbour(-1) is not None)
        # The one to go is hidden first: showing a widget lays its window out at once, and
        # with both shown for that moment the stepper shrank and grew back.
        shown, gone = ((self.finish_button, self.next_button) if last
                       else (self.next_button, self.finish_button))
        gone.setVisible(False)
        shown.setVisible(True)
        self.next_button.setEnabled(self._neighbour(+1) is not None)
        # One primary per screen: while the open step waits for its "Mark complete"
        # button, Next is an ordinary button (issue 19: two blue primaries competed);
        # so it is on Intro and Home, whose own "Start step 1" / "Open the course" lead on.
        page = PageId(self.state.page)
        step = page.step
        waiting = (bool(step) and step not in self.state.completed_steps
                   or page in (PageId.INTRO, PageId.HOME))
        for button in (self.next_button, self.finish_button):
            if button.property("accent") != ("false" if waiting else "true"):
                from .widgets.common import set_prop

                set_prop(button, "accent", "false" if waiting else "true")
        self._size_icons(only_if_changed=True)

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
        from .pages.base import ScrollPage
        from .widgets.common import announce

        page = self.pages.get(self.state.page)
        if isinstance(page, ScrollPage):
            page.focus_heading()
            announce(page, QCoreApplication.translate(
                "MainWindow", "Step {number} completed. Now {page}.").format(
                    number=step, page=page.accessibleName()))

    def _on_work_done(self, *_: object) -> None:
        """A quiz answered or a part used: every step whose work is all done completes."""
        from .model.progress import steps_met

        if self.state.assigning:  # a reset or a load: half-assigned values say nothing
            return
        for number in steps_met(self._needs, self.state.quiz_answers, self.state.used):
            self.state.complete_step(number)

    def _on_progress_changed(self, *_: object) -> None:
        s = score(self.state.completed_steps, self.state.quiz_answers, self.course.answer_key,
                  self.course.scoring.per_step, self.course.scoring.per_correct)
        self.score_card.set_score(s.quiz_correct, s.quiz_total, s.steps_completed, s.steps_total,
                                  s.completion_percent, self.state.all_steps_complete)
        self.progress_pill.setText(QCoreApplication.translate("MainWindow", "{percent}% done").format(
            percent=s.completion_percent))
        self.progress_pill.setAccessibleName(QCoreApplication.translate(
            "MainWindow", "Your progress: {percent} percent. Opens the score card.").format(
                percent=s.completion_percent))
        current = PageId(self.state.page).step
        self.stepper.set_status(current, self.state.completed_steps)
        self._show_nav()
        if not self.missing.isHidden():
            self._list_missing()  # the list shrinks as the learner does what it says

    # -- finishing -------------------------------------------------------------------------------
    def finish(self) -> None:
        """On to the summary when every step is complete; otherwise list what is missing."""
        if self.state.all_steps_complete:
            self.missing.clear()
            self.go(PageId.CLOSING)
            return
        self._list_missing()

    def _list_missing(self) -> None:
        from .model.progress import missing_for_finish
        from .widgets.missing_list import missing_items

        todo = missing_for_finish(self._needs, self.state.completed_steps,
                                  self.state.quiz_answers, self.state.used)
        if not todo:
            self.missing.clear()
            return
        self.missing.show_items(
            QCoreApplication.translate("MainWindow", "Not finished yet. Still to do:"),
            missing_items(self.course, todo))

    def _go_to_missing(self, step: int, kind: str, target: str) -> None:
        """Open the step and bring the quiz card or the part into view, focused."""
        from .pages.step import StepPage

        self.go(PageId.of_step(step))
        page = self.page(PageId.of_step(step))
        if isinstance(page, StepPage):
            page.reveal(kind, target)

    def show_score_card(self) -> None:
        """The score card drops down under the progress pill (a second press closes it)."""
        if self.score_card.isVisible():
            self.score_card.hide()
        else:
            self.score_card.show_under(self.progress_pill)

    def _on_summary_requested(self) -> None:
        self.score_card.hide()
        self.go(PageId.CLOSING)

    def _size_icons(self, only_if_changed: bool = False) -> None:
        """Arrows and the pill's trophy at the text size in force (also right after a start at
        200 %, before any style change: issue 19 item 12). ``only_if_changed``: on a page
        switch, where redrawing five unchanged icons was about 0.5 ms of each switch."""
        from . import theme

        from PySide6.QtCore import Qt

        t = theme.current()
        side = t.px(18)  # the icons' size: a new text size draws them again
        # Right to left (issue 22): the theme mirrors pointing icons (i18n.icon_name), so
        # "back" points right and "next" left; the arrow stays after the word on Next.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        drawn = (id(t), side, rtl, self.devicePixelRatioF(),
                 _arrow_token(self.next_button), _arrow_token(self.finish_button))
        if only_if_changed and drawn == self._icons_drawn:
            return
        self._icons_drawn = drawn
        back, forward = "arrow_left", "arrow_right"
        for button in (self.next_button, self.finish_button):
            button.setLayoutDirection(Qt.LayoutDirection.LeftToRight if rtl
                                      else Qt.LayoutDirection.RightToLeft)
        for button, name, token in (
                (self.home_link, back, "primary"),
                (self.back_button, back, "text"),
                (self.next_button, forward, _arrow_token(self.next_button)),
                (self.finish_button, "check_circle", _arrow_token(self.finish_button)),
                (self.progress_pill, "trophy", "primary")):
            # Drawn at its size (QIcon never upscales), clear of the words (issue 19 item 11).
            theme.set_button_icon(button, name, token, 18)
        style = _disabled_nav_style(t)
        for button in (self.back_button, self.next_button, self.finish_button):
            if button.styleSheet() != style:
                button.setStyleSheet(style)
        # Next and Finish take turns in one place, as wide as each other: the stepper beside
        # them keeps its width on the last step instead of shifting its five buttons (and
        # laying them out and painting them again) at every switch to or from it.
        turns = (self.next_button, self.finish_button)
        width = max(button.sizeHint().width() for button in turns)
        for button in turns:
            button.setMinimumWidth(width)

    # -- the declared interface: busy guard and certificate ---------------------------------------
    def busy(self) -> Busy | None:
        """Why a reset or an export should wait, or None: a modal dialog the learner is
        answering, or a save or export being written (see :meth:`hold_busy`)."""
        if self._holds:
            return self._holds[-1]
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible() and (modal is self or self.isAncestorOf(modal)
                                                         or modal.parent() is self):
            return Busy.DIALOG
        return None

    @contextmanager
    def hold_busy(self, why: Busy) -> Iterator[None]:
        """``with window.hold_busy(Busy.SAVING): ...``: busy() says so until the block ends."""
        self._holds.append(why)
        try:
            yield
        finally:
            self._holds.remove(why)

    def offer_certificate(self, name: str) -> None:
        """Records are on (not a kiosk): the closing page offers the certificate, the
        name field filled with ``name``."""
        from .pages.closing import ClosingPage

        self._certificate_name = name
        page = self.pages.get(PageId.CLOSING)
        if isinstance(page, ClosingPage):
            page.offer_certificate(name)

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
        self.banner_text.setText(QCoreApplication.translate(
            "MainWindow", "Welcome back. You were at {place}. Continue where you left off, "
                          "or start over?").format(place=where))
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
        if self.confirm(self, QCoreApplication.translate("MainWindow", "Start over?"),
                        QCoreApplication.translate(
                            "MainWindow",
                            "Start the course again from the beginning? Your answers, completed "
                            "steps and settings on every page will be forgotten.")):
            self.banner.hide()
            self.start_over_requested.emit()

    def show_about(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("about")
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "About"))
        box.setTextFormat(Qt.TextFormat.MarkdownText)
        versions = QCoreApplication.translate(
            "MainWindow", "App version {app}, course content version {content}.").format(
                app=__version__, content=self.course.version)
        box.setText(f"**{self.course.title}**\n\n{versions}\n\n{self.course.licences}")
        box.open()

    def show_shortcuts(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("shortcuts")
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.MarkdownText)
        box.setText(shortcuts_markdown())
        box.open()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange) \
                and self.attached:
            self._size_icons()
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
                                 (QCoreApplication.translate("StartScreen", "Opening the course…"),
                                  "muted", "start.status")):
            text_label = QLabel(text)
            text_label.setObjectName(name)
            text_label.setProperty("role", role)
            row = QHBoxLayout()  # centred by stretches: no alignment flags before the course
            row.addStretch(1)
            row.addWidget(text_label)
            row.addStretch(1)
            column.addLayout(row)
        column.addStretch(3)


def shortcuts_markdown() -> str:
    """Help › Keyboard shortcuts: the keys stay as they are, what they do is translated."""
    def row(keys: str, action: str) -> str:
        return f"| {keys} | {action} |"

    rows = [
        row("Alt+Right / Alt+Left", QCoreApplication.translate("MainWindow", "Next / previous page")),
        row("Alt+Home", QCoreApplication.translate("MainWindow", "Course home")),
        row("Ctrl+Plus / Ctrl+Minus / Ctrl+0", QCoreApplication.translate("MainWindow", "Larger / smaller / normal text")),
        row("Tab / Shift+Tab", QCoreApplication.translate("MainWindow", "Move between controls")),
        row(QCoreApplication.translate("MainWindow", "Arrow keys"),
            QCoreApplication.translate("MainWindow", "Move between quiz options; move a slider")),
        row(QCoreApplication.translate("MainWindow", "Enter or Space"),
            QCoreApplication.translate("MainWindow", "Answer with the focused option; press the focused button")),
        row("Page Up / Page Down, Home / End",
            QCoreApplication.translate("MainWindow", "Move a slider in big steps, or to its ends")),
        row("F1", QCoreApplication.translate("MainWindow", "This list")),
    ]
    head = row(QCoreApplication.translate("MainWindow", "Keys"),
               QCoreApplication.translate("MainWindow", "Action"))
    return "\n".join([head, "|---|---|", *rows])


def _arrow_token(button) -> str:
    """The icon's colour: on the primary fill, as text on a plain button, muted when disabled."""
    if not button.isEnabled():
        return "text_muted"
    return "on_primary" if button.property("accent") == "true" else "text"


def _disabled_nav_style(t) -> str:
    """Disabled Back/Next/Finish: a dashed outline on the window colour. In high contrast
    every token is white on black, so the theme's disabled colours looked clickable
    (issue 19 item 13); the dashed border reads as "not now" in every theme."""
    grey = _blend(t.hex("text_muted"), t.hex("window"))
    return (f"QPushButton:disabled {{ background: {t.hex('window')}; color: {grey};"
            f" border: 1px dashed {grey}; font-weight: 400; }}")


def _blend(one: str, other: str) -> str:
    """The colour half way between two #rrggbb colours."""
    a, b = (int(one[i:i + 2], 16) for i in (1, 3, 5)), (int(other[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{(x + y) // 2:02x}" for x, y in zip(a, b))
