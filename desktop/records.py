"""Learning records on an offline laptop: xAPI statements, certificate, CSV, "Delete my data".

``install_records(session)`` listens to the learner state and the window and
appends an xAPI statement for each thing the learner does (see model.xapi and
model.learning_record), and adds the learner's actions to the File menu. Every
action also has a function that takes a path, so tests need no file dialog.

In kiosk mode nothing personal is asked or kept: no name, no menu, no certificate.
Only when IT's lrs.yaml says ``identify_by: anonymous_station`` does a kiosk record,
each visit under its own anonymous actor (``begin_visit``/``end_visit``, called by
the kiosk controller; see desktop/lrs/visits.py and docs/kiosk.md).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QWidget,
)

from . import theme
from .words import activity_words, check_email, check_name  # worded for the learner
from .model import xapi
from .model.learning_record import (
    PROFILE_FILE, STATEMENTS_FILE, Attempt, CourseRecord, Erasure, Profile, ProfileStore,
    QuestionSpec, StatementLog, StepSpec, attempt, course_record,
    erase_learner_data, export_statements, mark_erasing, verification_code, write_csv,
)
from .model.pages import PageId
from .model.state import reset_state
from .widgets.common import hbox, label, named, vbox
from .widgets.dialogs import Notice, confirm_destructive, follow_theme
from .widgets.icon_label import IconLabel

log = logging.getLogger(__name__)
ChoosePath = Callable[[QWidget, str, str, str], str]
ConfirmErase = Callable[[QWidget, str, str, str], bool]


@dataclass(frozen=True)
class Outcome:
    """What an action did, in one or two sentences for the learner."""

    ok: bool
    message: str
    path: Path | None = None


def choose_save_path(parent: QWidget, title: str, file_name: str, file_filter: str) -> str:
    """The platform's save dialog, starting in the learner's Documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / file_name), file_filter)
    return path


class Records(QObject):
    """Records statements for one session and offers the learner's record actions."""

    def __init__(self, session: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.course, self.state, self.window = session.course, session.state, session.window
        self.lrs: Any = None
        self.visits: Any = None  # a kiosk's visit queues (anonymous_station), else None
        self._edition_cache: dict[str, str] | None = None
        self.active = not session.kiosk
        #: How a save path is asked; tests replace it to skip the dialog.
        self.choose_path: ChoosePath = choose_save_path
        #: How "Delete my data" is confirmed (parent, title, text, action); tests replace it.
        self.confirm_erase: ConfirmErase = confirm_destructive
        self.actions: dict[str, QAction] = {}
        self.message_box: Notice | None = None
        self.name_dialog: NameDialog | None = None
        self.report_dialog: QDialog | None = None
        self._closed = False
        self._suspended = False
        self._write_failed = False
        self._started = time.monotonic()
        self.profile: Profile | None = None
        self._steps: set[int] = set()
        self._answers: dict[str, str] = {}
        self._experienced: set[str] = set()  # activity ids viewed in this attempt
        self._course_done = False
        self._edition_ok = True
        try:
            self._build_activities()
        except ValueError as exc:
            self._edition_ok = False
            # A course_iri that is no IRI would make every statement invalid: record nothing.
            log.error("learning records are off: %s", exc)
            self._build_activities(checked=False)
            if self.active:
                self.window.show_notice(QCoreApplication.translate(
                    "Records", "Learning records are off because the course's course_iri is not a "
                    "web address; please tell your trainer."))
            self.active = False
        if session.kiosk and self._edition_ok:
            self._connect_kiosk_visits()
        if not self.active:
            return
        data = Path(session.data_dir)
        self.log = StatementLog(data / STATEMENTS_FILE)
        self.profiles = ProfileStore(data / PROFILE_FILE)
        self.profile = self.profiles.load()
        self._begin()
        self._listen()
        self._build_menu()
        self._offer_certificate()
        self.lrs = self._connect_lrs()

    @property
    def recording(self) -> bool:
        """Statements are being made: a learner's (active) or a kiosk's anonymous visits."""
        return self.active or self.visits is not None

    def _listen(self) -> None:
        self.state.events.completed_steps.connect(self._on_steps_changed)
        self.state.events.quiz_answers.connect(self._on_answers_changed)
        self.window.page_shown.connect(self._on_page_shown)
        self.state.gdpr.events.checked.connect(self._on_gdpr_checked)
        self.state.bias.events.rate_a.connect(self._on_bias_changed)
        self.state.bias.events.rate_b.connect(self._on_bias_changed)

    def _lrs_config(self) -> Any:
        """IT's lrs.yaml, read; None without one (then the sender is not even imported)."""
        from .lrs.config import find_config
        from . import APP_NAME

        explicit = getattr(self.session, "lrs_config", None)
        if find_config(explicit, APP_NAME) is None:
            return None
        from .records_lrs import lrs_config_for

        return lrs_config_for(explicit, self.window)

    def _connect_lrs(self) -> Any:
        """The link to IT's learning record store, or None (then no socket is ever opened)."""
        config = self._lrs_config()
        if config is None:
            return None
        from .records_lrs import LrsLink

        if config.anonymous:
            log.error("%s: 'identify_by: anonymous_station' is for kiosk stations; this app is "
                      "not a kiosk, so the learning records stay on this computer", config.source)
            self.window.show_notice(QCoreApplication.translate(
                "Records", "Your learning records stay on this computer for now: the learning "
                "record store settings are meant for a kiosk (your IT department can see why)."))
            return None
        link = LrsLink(config, Path(self.session.data_dir), self.window, self)
        link.start(self.profile)
        return link

    # -- a kiosk's anonymous visits ------------------------------------------------------------
    def _connect_kiosk_visits(self) -> None:
        """With ``anonymous_station``, record each visit anonymously; otherwise record nothing."""
        config = self._lrs_config()
        if config is None:
            return  # no (readable) lrs.yaml: a kiosk records nothing and opens no socket
        from .lrs.visits import VisitQueues
        from .records_lrs import LrsLink

        if not config.anonymous:
            log.warning("%s: a kiosk sends records only with 'identify_by: anonymous_station' "
                        "(its visitors are nobody the LRS knows); this kiosk records nothing",
                        config.source)
            return
        self.visits = VisitQueues(Path(self.session.data_dir), config)
        self.visits.end_all()  # visits of an earlier run: sent, then removed
        self._suspended = True  # until a visitor touches the attract screen
        self.lrs = LrsLink(config, Path(self.session.data_dir), self.window, self, queue=self.visits)
        self.lrs.start(None)
        self._listen()

    def begin_visit(self) -> None:
        """A visitor starts: a new anonymous learner with a new registration (kiosk only)."""
        if self.visits is None or self._closed:
            return
        self._forget_visit()
        folder = self.visits.open_visit()
        self.log = StatementLog(folder / STATEMENTS_FILE)
        self.profiles = ProfileStore(folder / PROFILE_FILE)
        self._suspended = False
        self._ensure_profile()  # "initialized": the visit's first statement
        self._steps = set(self.state.completed_steps)
        self._answers = dict(self.state.quiz_answers)

    def end_visit(self) -> None:
        """The idle reset: close the visit's record; the sender delivers it, then deletes it.

        Only local appends and an end marker: it never waits for the sender or the network.
        """
        if self.visits is None:
            return
        if self.profile is not None and not self._suspended and not self._closed:
            elapsed = time.monotonic() - self._started
            self._emit(lambda r: r.terminated(elapsed))
            self.visits.end_visit(self.log.path.parent)
            self.lrs.wake()
        self._suspended = True
        self._forget_visit()

    def _forget_visit(self) -> None:
        self.profile = None
        self._steps, self._answers, self._course_done = set(), {}, False
        self._explored, self._experienced = set(), set()
        self._started = time.monotonic()

    # -- course as activities ---------------------------------------------------------------
    def _build_activities(self, checked: bool = True) -> None:
        c = self.course
        self.course_activity = (xapi.course_activity(c.course_iri, c.title) if checked
                                else xapi.Activity(c.course_iri, c.title, xapi.COURSE_TYPE))
        words = activity_words()  # the app's words in the learner's language (issue 22)
        self.step_activities = {s.number: xapi.step_activity(self.course_activity, s.number, s.title,
                                                             words) for s in c.steps}
        self.question_activities = {}
        self.question_step = {}
        for step in c.steps:
            for q in step.quizzes:
                self.question_activities[q.id] = xapi.question_activity(
                    self.course_activity, q.id, q.number, q.question,
                    [(o.key, o.text) for o in q.options], q.answer, words)
                self.question_step[q.id] = step.number
        self.code_extension = f"{self.course_activity.id}/xapi/extensions/verification-code"
        # What a class report counts: the GDPR presets checked and the bias bands reached.
        base = self.course_activity.id
        self.explored_activities = xapi.explored_activities(self.course_activity, words)
        self.explored_extensions = {"gdpr": f"{base}/xapi/extensions/gdpr-preset",
                                    "bias": f"{base}/xapi/extensions/bias-band"}
        self._explored: set[tuple[str, str]] = set()

    # -- recording ----------------------------------------------------------------------------
    def _recorder(self) -> xapi.Recorder:
        profile = self._ensure_profile()
        learner = xapi.Learner(profile.learner_id, xapi.home_page(self.course_activity.id),
                               profile.name, profile.email)
        return xapi.Recorder(learner, self.course_activity, profile.registration,
                             extensions=self._edition())

    def _edition(self) -> dict[str, str]:
        """Content version and folder hash, computed once (the folder does not change while open)."""
        if self._edition_cache is None:
            from .lrs.edition import edition_extensions

            try:
                self._edition_cache = edition_extensions(self.course_activity.id, self.course.version,
                                                         Path(self.course.folder))
            except OSError as exc:
                log.warning("could not hash the content folder: %s", exc)
                self._edition_cache = {}
        return self._edition_cache

    def _ensure_profile(self, announce: bool = True) -> Profile:
        """The learner's profile, made (with a new random id) on first use or after erasure."""
        if self.profile is None:
            self.profile = Profile.new()
            self._save_profile()
            if announce:
                self._append(self._recorder().initialized())
        return self.profile

    def _save_profile(self) -> None:
        try:
            self.profiles.save(self.profile)
        except OSError as exc:
            self._report_write_error(exc)
        if self.lrs is not None:
            self.lrs.set_profile(self.profile)

    def _append(self, statement: dict[str, Any]) -> None:
        try:
            self.log.append(statement)
        except OSError as exc:
            self._report_write_error(exc)
            return
        if self.lrs is not None:
            self.lrs.wake()

    def _report_write_error(self, exc: OSError) -> None:
        log.error("could not write the learning record in %s: %s", self.session.data_dir, exc)
        if not self._write_failed:
            # Only what is known: progress is saved separately and says so itself.
            self._write_failed = True
            self.window.show_notice(QCoreApplication.translate(
                "Records", "Your learning record could not be saved on this computer ({reason})."
            ).format(reason=exc.strerror or exc))

    def _emit(self, build: Callable[[xapi.Recorder], dict[str, Any]]) -> None:
        if self._suspended or self._closed:
            return
        self._append(build(self._recorder()))

    def _attempt(self) -> Attempt:
        profile = self._ensure_profile()
        return attempt(self.log.read().statements, profile.registration, self.course_activity.id)

    def _begin(self) -> None:
        """At start: launched and initialized, then catch up with what the state already holds."""
        self._ensure_profile(announce=False)
        recorded = self._attempt()
        steps = {n for n, a in self.step_activities.items() if a.id in recorded.completed}
        answers = {qid: recorded.answered[a.id].get("result", {}).get("response", "")
                   for qid, a in self.question_activities.items() if a.id in recorded.answered}
        if not (set(self.state.completed_steps) >= steps
                and answers.items() <= dict(self.state.quiz_answers).items()):
            # Progress was reset or set aside since: what the state holds is a new attempt.
            self.profile = self.profile.new_attempt()
            self._save_profile()
            steps, answers, recorded = set(), {}, Attempt()
        self._steps, self._answers = steps, answers
        self._experienced = set(recorded.experienced)
        self._course_done = recorded.course_completed is not None
        self._emit(lambda r: r.launched())
        self._emit(lambda r: r.initialized())
        self._on_page_shown(self.state.page)
        self._on_steps_changed()
        self._on_answers_changed()

    def _new_attempt(self) -> None:
        """A "Start over": close this attempt and open a new registration."""
        elapsed = time.monotonic() - self._started
        self._emit(lambda r: r.terminated(elapsed))
        self.profile = self._ensure_profile().new_attempt()
        self._save_profile()
        self._steps, self._answers, self._course_done = set(), {}, False
        self._explored = set()
        self._experienced = set()
        self._emit(lambda r: r.initialized())

    def _on_page_shown(self, page_id: str) -> None:
        number = PageId(page_id).step
        if number in self.step_activities:
            activity = self.step_activities[number]
            if activity.id in self._experienced:
                return  # once per page and attempt: the log must not grow with every visit
            self._experienced.add(activity.id)
            self._emit(lambda r: r.experienced(activity))

    def _explored_once(self, part: str, value: str) -> None:
        """One "interacted" statement per preset or band and attempt (sliders move a lot)."""
        if self._suspended or not value or (part, value) in self._explored:
            return
        self._explored.add((part, value))
        activity, step = self.explored_activities[part], self.step_activities.get(2)
        if step is not None:
            extensions = {self.explored_extensions[part]: value}
            self._emit(lambda r: r.interacted(activity, step, extensions))

    def _on_gdpr_checked(self, checked: bool, *_: object) -> None:
        gdpr = self.state.gdpr
        if checked and gdpr.mode == "preset":
            self._explored_once("gdpr", gdpr.preset)

    def _on_bias_changed(self, *_: object) -> None:
        from .model.fairness import band_for, impact_ratio

        if self.state.page != "step_2":  # a reset or a restore is not the learner exploring
            return
        bias = self.state.bias
        bands = self.course.topic("bias").rules.bands
        self._explored_once("bias", band_for(impact_ratio(bias.rate_a, bias.rate_b), bands).id)

    def _on_steps_changed(self, *_: object) -> None:
        if self._suspended:
            return
        now = set(self.state.completed_steps)
        if not now >= self._steps:
            self._new_attempt()
        for number in sorted(now - self._steps):
            if number in self.step_activities:
                activity = self.step_activities[number]
                self._emit(lambda r: r.completed_step(activity))
            self._steps.add(number)
        self._check_course_complete()

    def _on_answers_changed(self, *_: object) -> None:
        if self._suspended:
            return
        now = dict(self.state.quiz_answers)
        if not self._answers.items() <= now.items():
            self._new_attempt()
        key = self.course.answer_key
        for qid, response in now.items():
            if qid in self._answers or qid not in self.question_activities:
                continue
            question = self.question_activities[qid]
            step = self.step_activities[self.question_step[qid]]
            correct = key.get(qid) == response
            self._emit(lambda r: r.answered(question, step, response, correct))
            self._answers[qid] = response
        self._check_course_complete()

    def _check_course_complete(self) -> None:
        if self._course_done:
            return
        record = self.record()
        if not record.complete:
            return
        self._course_done = True
        code = verification_code(record)
        extensions = {self.code_extension: code}
        self._emit(lambda r: r.completed_course(record.completion_percent, extensions))
        self._emit(lambda r: r.judged_course(record.completion_percent, record.pass_percent))

    # -- the record -----------------------------------------------------------------------
    def record(self) -> CourseRecord:
        """The current attempt as the certificate and the CSV show it."""
        c = self.course

        steps = [StepSpec(s.number, s.title, self.step_activities[s.number].id) for s in c.steps]
        questions = [QuestionSpec(q.id, q.number, q.question, {o.key: o.text for o in q.options},
                                  q.answer, self.question_activities[q.id].id) for q in c.quizzes]
        profile = self.profile if self.recording and self.profile else Profile("", "")
        recorded = (attempt(self.log.read().statements, profile.registration, self.course_activity.id)
                    if self.recording and self.profile else Attempt())
        return course_record(
            course_title=c.title, course_iri=self.course_activity.id, content_version=c.version,
            profile=profile, steps=steps, questions=questions,
            completed_steps=self.state.completed_steps, answers=self.state.quiz_answers,
            log=recorded, per_step=c.scoring.per_step, per_correct=c.scoring.per_correct,
            pass_percent=c.scoring.pass_percent)

    def set_learner(self, name: str, email: str = "") -> None:
        """Keep the name (and optional e-mail) for the certificate; ValueError says what is wrong."""
        if not self.active:
            raise ValueError("A kiosk keeps nothing personal.")
        problem = check_name(name) or check_email(email)
        if problem:
            raise ValueError(problem)
        self.profile = replace(self._ensure_profile(), name=name.strip(), email=email.strip())
        self._save_profile()

    # -- actions taking a path ----------------------------------------------------------------
    def certificate_refusal(self) -> str:
        """Why the certificate cannot be made yet, or ""."""
        if not self.active:
            return QCoreApplication.translate("Records", "A kiosk makes no certificates.")
        record = self.record()
        if not record.complete:
            todo = record.missing()
            return (QCoreApplication.translate(
                "Records", "The certificate is available once the course is complete. Still to do:")
                + "\n" + "\n".join(f"\u2022 {item}" for item in todo))
        if not record.learner_name:
            return QCoreApplication.translate(
                "Records", "Please give your name for the certificate first (File > Your name for the "
                "certificate).")
        return ""

    def save_certificate(self, path: Path | str) -> Outcome:
        refusal = self.certificate_refusal()
        if refusal:
            return Outcome(False, refusal)
        from .certificate import Issuer, completion_date, write_certificate

        self._check_course_complete()
        record = self.record()
        path = Path(path)
        try:
            texts = self.course.certificate
            write_certificate(path, record, verification_code(record),
                              completion_date(record.completed_at),
                              Issuer(texts.issuer, texts.signature_label))
        except OSError as exc:
            return Outcome(False, QCoreApplication.translate(
                "Records", "The certificate could not be saved: {reason}.").format(reason=exc.strerror or exc))
        if not path.is_file() or path.stat().st_size == 0:
            return Outcome(False, QCoreApplication.translate(
                "Records", "The certificate could not be written to {path}.").format(path=path))
        return Outcome(True, QCoreApplication.translate("Records", "Your certificate was saved.")
                       + self._completion_sent(), path)

    def _completion_sent(self) -> str:
        """Whether the course's completion reached the LRS, for the certificate's message."""
        if self.lrs is None:
            return ""
        done = self._attempt().course_completed or {}
        name = self.lrs.config.name
        if done.get("id") and self.lrs.reached_lrs(done["id"]):
            return " " + QCoreApplication.translate("Records", "Your completion has reached {lrs}.").format(
                lrs=name)
        return " " + QCoreApplication.translate(
            "Records", "Your completion has not reached {lrs} yet; it will be sent when the network "
            "is back (File > Send records now).").format(lrs=name)

    def statements(self) -> list[dict[str, Any]]:
        """Every recorded statement, all attempts, in the learner's current identity."""
        if not self.active:
            return []
        actor = self._recorder().learner.actor()
        return xapi.with_actor(self.log.read().statements, actor)

    def export_xapi(self, path: Path | str) -> Outcome:
        if not self.active:
            return Outcome(False, QCoreApplication.translate("Records", "A kiosk keeps no learning record."))
        statements = self.statements()
        path = Path(path)
        try:
            export_statements(statements, path)
        except OSError as exc:
            return Outcome(False, QCoreApplication.translate(
                "Records", "The learning record could not be saved: {reason}.").format(
                    reason=exc.strerror or exc))
        return Outcome(True, QCoreApplication.translate(
            "Records", "Your learning record (%n xAPI statement(s)) was saved. Your trainer can post "
            "it to the course's learning record store.", None, len(statements)), path)

    def export_csv(self, path: Path | str) -> Outcome:
        if not self.active:
            return Outcome(False, QCoreApplication.translate("Records", "A kiosk keeps no learning record."))
        path = Path(path)
        try:
            write_csv(self.record(), path)
        except OSError as exc:
            return Outcome(False, QCoreApplication.translate(
                "Records", "The summary could not be saved: {reason}.").format(reason=exc.strerror or exc))
        return Outcome(True, QCoreApplication.translate("Records", "Your summary was saved."), path)

    def export_bundle(self, path: Path | str) -> Outcome:
        """Statements, summary, certificate and a manifest in one zip (desktop/lrs/bundle.py)."""
        if not self.active:
            return Outcome(False, QCoreApplication.translate("Records", "A kiosk keeps no learning record."))
        from .records_lrs import export_bundle

        path = Path(path)
        try:
            count, with_certificate = export_bundle(self, path)
        except OSError as exc:
            return Outcome(False, QCoreApplication.translate(
                "Records", "The records bundle could not be saved: {reason}.").format(
                    reason=exc.strerror or exc))
        text = (QCoreApplication.translate(
            "Records", "Your records bundle (%n xAPI statement(s), summary, certificate) was saved.",
            None, count) if with_certificate else QCoreApplication.translate(
            "Records", "Your records bundle (%n xAPI statement(s), summary) was saved.", None, count))
        return Outcome(True, text + " " + QCoreApplication.translate(
            "Records", "Your trainer can send it to the course's learning record store from any "
            "connected computer."), path)

    def erase(self) -> Erasure:
        """Forget this learner: state in memory, progress, profile and statements on disk."""
        self._suspended = True
        mark_erasing(Path(self.session.data_dir))  # a kill from here on is finished at the next start
        try:
            reset_state(self.state, self.session.rules)
            self.session.saver.flush()  # writes nothing personal, and nothing stays pending
            erasure = erase_learner_data(Path(self.session.data_dir), self.session.store)
        finally:
            self.profile = None
            self._steps, self._answers, self._course_done = set(), {}, False
            self._explored = set()
            self._experienced = set()
            self._started = time.monotonic()
            self._suspended = False
        return erasure

    def delete_my_data(self) -> Outcome | None:
        """Ask, then erase; None when the learner said no."""
        if not self.active:
            return None
        if not self.confirm_erase(self.window,
            QCoreApplication.translate("Records", "Delete my data?"), self.erase_question(),
                                  QCoreApplication.translate("Records", "Delete my data")):
            return None
        withdrawn = 0
        if self.lrs is not None and self.profile is not None:
            try:  # before the files go: the voiding statements need their ids
                withdrawn = self.lrs.queue.queue_voiding(self.profile)
            except OSError as exc:
                return Outcome(False, QCoreApplication.translate(
                    "Records", "Nothing was erased: the request to withdraw your records from {lrs} "
                    "could not be saved ({reason}).").format(lrs=self.lrs.config.name,
                                                             reason=exc.strerror or exc))
        erasure = self.erase()
        text = erasure_message(erasure)
        if self.lrs is not None:
            self.lrs.queue.forget_ledger()
            self.lrs.set_profile(None)
            self.lrs.send_now()
            if withdrawn:
                text += " " + QCoreApplication.translate(
                    "Records", "{lrs} is asked to mark your %n record(s) as withdrawn (voided); if "
                    "this computer is offline, the request goes when the network is back.",
                    None, withdrawn).format(lrs=self.lrs.config.name)
        return Outcome(not erasure.failed, text)

    def erase_question(self) -> str:
        """What "Delete my data" erases and what it cannot, asked before anything goes."""
        return QCoreApplication.translate(
            "Records", "Erase your progress, your name and e-mail and your learning record from this "
            "computer? Files you exported elsewhere are not touched. This cannot be undone."
        ) + self._voiding_notice()

    def _voiding_notice(self) -> str:
        if self.lrs is None:
            return ""
        name = self.lrs.config.name
        return "\n\n" + QCoreApplication.translate(
            "Records", "Your records already sent to {lrs} will be marked as withdrawn (voided) there. "
            "xAPI keeps a voided record in the store, marked as voided, so {lrs} still holds it; ask "
            "your trainer or data protection officer to have it deleted.").format(lrs=name)

    # -- menu --------------------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.window.file_menu
        before = next((a for a in reversed(menu.actions()) if a.isSeparator()), None)
        items = (
            ("learner_name", QCoreApplication.translate(
                 "Records", "Your &name for the certificate…"), self.ask_name,
             QCoreApplication.translate(
                 "Records", "Give the name (and, if you like, the e-mail) for your certificate")),
            ("certificate", QCoreApplication.translate(
                 "Records", "&Certificate (PDF)…"), self.ask_certificate,
             QCoreApplication.translate(
                 "Records", "Save your certificate of completion as a PDF")),
            ("export_xapi", QCoreApplication.translate(
                 "Records", "&Export learning record (xAPI)…"), self.ask_export_xapi,
             QCoreApplication.translate(
                 "Records", "Save your learning record as xAPI statements for your trainer")),
            ("export_csv", QCoreApplication.translate(
                 "Records", "Export &summary (CSV)…"), self.ask_export_csv,
             QCoreApplication.translate(
                 "Records", "Save a summary of your steps and quiz answers as a spreadsheet file")),
            ("export_bundle", QCoreApplication.translate(
                 "Records", "Export records &bundle (zip)…"), self.ask_export_bundle,
             QCoreApplication.translate(
                 "Records", "Save your record, summary and certificate in one zip for your trainer's LRS")),
            ("class_report", QCoreApplication.translate(
                 "Records", "C&lass report…"), self.ask_class_report,
             QCoreApplication.translate(
                 "Records", "For trainers: charts of many learners' records bundles or statement files")),
            (None, "", None, ""),
            ("delete_my_data", QCoreApplication.translate(
                 "Records", "&Delete my data…"), self.ask_delete,
             QCoreApplication.translate(
                 "Records", "Erase your progress, name and learning record from this computer")),
        )
        separator = menu.insertSeparator(before) if before is not None else menu.addSeparator()
        self.actions["separator"] = separator
        for key, text, slot, tip in items:
            if key is None:
                action = QAction(self)
                action.setSeparator(True)
            else:
                action = QAction(text, self)
                action.setObjectName(f"action.{key}")
                action.setStatusTip(tip)
                action.setToolTip(tip)
                action.triggered.connect(slot)
            menu.insertAction(before, action) if before is not None else menu.addAction(action)
            self.actions[key or f"separator_{len(self.actions)}"] = action

    def show_message(self, title: str, text: str, ok: bool = True, path: Path | None = None) -> Notice:
        """A non-blocking message (tests read it by objectName "records.message").

        ``path`` is a file just saved: the dialog shows it and offers its folder, but
        only if the file is there (callers pass it after the bytes were written).
        """
        self._close_message()
        box = Notice(self.window, title, text, ok, path)
        box.setObjectName("records.message")
        self.message_box = box
        box.open()
        return box

    def _close_message(self) -> None:
        if self.message_box is not None:
            self.message_box.close()
            self.message_box.deleteLater()
            self.message_box = None

    def _write(self, title: str, work: Callable[[], Outcome]) -> None:
        """Consult the window's busy guard, then write while holding it, so a kiosk reset
        or a second export waits for the bytes (issue 18's declared Shell interface)."""
        from .shell import Busy

        if self.window.busy() is Busy.SAVING:
            self.show_message(title, QCoreApplication.translate(
                "Records", "Another file is still being written; please try again in a moment."),
                ok=False)
            return
        with self.window.hold_busy(Busy.SAVING):
            outcome = work()
        self._show(title, outcome)

    def _show(self, title: str, outcome: Outcome | None) -> None:
        if outcome is not None:
            self.show_message(title, outcome.message, outcome.ok, outcome.path if outcome.ok else None)

    def ask_name(self, then: Callable[[], None] | None = None) -> NameDialog:
        if self.name_dialog is not None:
            self.name_dialog.close()
            self.name_dialog.deleteLater()
        profile = self.profile or Profile("", "")
        dialog = NameDialog(profile.name, profile.email, self.window)
        self.name_dialog = dialog

        def save(name: str, email: str) -> None:
            self.set_learner(name, email)
            if then:
                then()

        dialog.submitted.connect(save)
        dialog.open()
        return dialog

    def _offer_certificate(self) -> None:
        """The closing page's "Get your certificate" (issue 19): its name field starts with
        the saved name, and its request keeps the name, then saves as from the File menu."""
        self.window.offer_certificate(self.profile.name if self.profile else "")
        self.window.certificate_requested.connect(self.certificate_for)

    def certificate_for(self, name: str) -> None:
        email = self.profile.email if self.profile else ""
        try:
            self.set_learner(name, email)
        except ValueError as exc:
            self.show_message(QCoreApplication.translate("Records", "Certificate"), str(exc),
                              ok=False)
            return
        self.ask_certificate()

    def ask_certificate(self) -> None:
        refusal = self.certificate_refusal()
        if refusal and self.record().complete and not self.record().learner_name:
            self.ask_name(then=self.ask_certificate)
            return
        if refusal:
            self.show_message(
                QCoreApplication.translate("Records", "Certificate not available yet"), refusal, ok=False)
            return
        path = self.choose_path(self.window,
            QCoreApplication.translate("Records", "Save certificate"), "certificate.pdf",
                                QCoreApplication.translate("Records", "PDF (*.pdf)"))
        if path:
            self._write(QCoreApplication.translate("Records", "Certificate"),
                        lambda: self.save_certificate(path))

    def ask_export_xapi(self) -> None:
        path = self.choose_path(self.window,
            QCoreApplication.translate("Records", "Export learning record"), "learning-record.json",
                                QCoreApplication.translate("Records", "xAPI statements (*.json)"))
        if path:
            self._write(QCoreApplication.translate("Records", "Learning record"),
                        lambda: self.export_xapi(path))

    def ask_export_csv(self) -> None:
        path = self.choose_path(self.window,
            QCoreApplication.translate("Records", "Export summary"), "learning-summary.csv",
                                QCoreApplication.translate("Records", "CSV (*.csv)"))
        if path:
            self._write(QCoreApplication.translate("Records", "Summary"),
                        lambda: self.export_csv(path))

    def ask_export_bundle(self) -> None:
        path = self.choose_path(self.window,
            QCoreApplication.translate("Records", "Export records bundle"), "learning-records.zip",
                                QCoreApplication.translate("Records", "Records bundle (*.zip)"))
        if path:
            self._write(QCoreApplication.translate("Records", "Records bundle"),
                        lambda: self.export_bundle(path))

    def ask_class_report(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
                QCoreApplication.translate("Records", "Class report: choose records bundles or statement files"), folder,
            QCoreApplication.translate("Records", "Records bundles and xAPI statements (*.zip *.json *.jsonl)"))
        if paths:
            self.class_report([Path(p) for p in paths])

    def class_report(self, paths: list[Path]) -> Any:
        """The trainer's class report window for ``paths`` (None, with a message, on bad files)."""
        from .class_report import open_class_report
        from .lrs.classdata import SourceError

        try:
            self.report_dialog = open_class_report(paths, self.window)
        except SourceError as exc:
            self.show_message(QCoreApplication.translate("Records", "Class report"), str(exc), ok=False)
            return None
        return self.report_dialog

    def ask_delete(self) -> None:
        self._show(QCoreApplication.translate("Records", "Delete my data"), self.delete_my_data())

    # -- end ----------------------------------------------------------------------------------
    def close(self) -> None:
        """At quit: record "terminated", stop listening, close open dialogs."""
        if self._closed:
            return
        self.end_visit()  # a kiosk's visit: its terminated statement, and the end marker
        if self.recording:
            elapsed = time.monotonic() - self._started
            if self.profile is not None:
                self._emit(lambda r: r.terminated(elapsed))
            self.state.events.completed_steps.disconnect(self._on_steps_changed)
            self.state.events.quiz_answers.disconnect(self._on_answers_changed)
            self.window.page_shown.disconnect(self._on_page_shown)
            if self.active:  # a kiosk's visits are recorded but offer no certificate
                self.window.certificate_requested.disconnect(self.certificate_for)
            self.state.gdpr.events.checked.disconnect(self._on_gdpr_checked)
            self.state.bias.events.rate_a.disconnect(self._on_bias_changed)
            self.state.bias.events.rate_b.disconnect(self._on_bias_changed)
        self._closed = True
        if self.lrs is not None:
            self.lrs.close()
        if self.report_dialog is not None:
            self.report_dialog.close()
            self.report_dialog.deleteLater()
            self.report_dialog = None
        self._close_message()
        if self.name_dialog is not None:
            self.name_dialog.close()
            self.name_dialog.deleteLater()
            self.name_dialog = None


def erasure_message(erasure: Erasure) -> str:
    """What was erased, in words, with the file names (the learner can check)."""
    if not erasure.erased and not erasure.failed:
        return QCoreApplication.translate("Records", "There was nothing of yours to erase on this computer.")
    kinds = []
    names = {p.name for p in erasure.erased}
    if any(n.startswith("progress") for n in names):
        kinds.append(QCoreApplication.translate("Records", "your progress"))
    if any(n.startswith("profile") for n in names):
        kinds.append(QCoreApplication.translate("Records", "your name, e-mail and learner id"))
    if any(n.startswith("statements") for n in names):
        kinds.append(QCoreApplication.translate("Records", "your learning record"))
    text = ""
    if erasure.erased:
        what = ", ".join(kinds) or QCoreApplication.translate("Records", "your files")
        text = QCoreApplication.translate(
            "Records", "Erased from this computer: {what} ({files}). The course now starts fresh."
        ).format(what=what, files=", ".join(sorted(names)))
    if erasure.failed:
        text += " " + QCoreApplication.translate(
            "Records", "These files could not be erased; please delete them yourself: {files}."
        ).format(files=", ".join(str(p) for p in erasure.failed))
    return text.strip()


class NameDialog(QDialog):
    """Name (required) and e-mail (optional) for the certificate, checked before saving."""

    submitted = Signal(str, str)

    def __init__(self, name: str, email: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("records.name_dialog")
        title = QCoreApplication.translate("NameDialog", "Your name for the certificate")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        follow_theme(self)
        lay = vbox(self, margins=20, spacing=10)
        lay.addWidget(label(QCoreApplication.translate(
            "NameDialog", "Your name appears on your certificate and in the learning record you "
            "export. The e-mail is optional: give it if your trainer's learning system knows "
            "learners by e-mail. Both stay on this computer unless you export them, and \"Delete "
            "my data\" erases them."), "muted"))
        lay.addWidget(label(QCoreApplication.translate("NameDialog", "Name")))
        self.name = named(QLineEdit(name), "records.name", title)
        self.name.setMaxLength(100)
        lay.addWidget(self.name)
        lay.addWidget(label(QCoreApplication.translate("NameDialog", "E-mail (optional)")))
        self.email = named(QLineEdit(email), "records.email",
            QCoreApplication.translate("NameDialog", "Your e-mail address, optional"))
        self.email.setMaxLength(254)
        lay.addWidget(self.email)
        row = hbox(spacing=8)
        self.error_icon = IconLabel("warning", "danger", 18)
        self.error = label("", name="records.name_error")
        self.error.setAccessibleName(
            QCoreApplication.translate("NameDialog", "Problem with the name or e-mail"))
        row.addWidget(self.error_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.error, 1)
        lay.addLayout(row)
        self._show_error("")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        named(save, "records.name_save",
            QCoreApplication.translate("NameDialog", "Save name for the certificate"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        named(cancel, "records.name_cancel", QCoreApplication.translate("NameDialog", "Cancel"))
        for button in (save, cancel):
            button.setIcon(QIcon())  # the style's stock icons are not the app's icon set
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(420)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.error_icon.setVisible(bool(text))

    def try_accept(self) -> None:
        name, email = self.name.text(), self.email.text()
        problem = check_name(name)
        field = self.name
        if not problem:
            problem, field = check_email(email), self.email
        self._show_error(problem)
        if problem:
            field.setFocus()
            return
        self.submitted.emit(name.strip(), email.strip())
        self.accept()


def install_records(session: Any) -> Records:
    """Record statements and add the learner's record actions (nothing at all in kiosk mode)."""
    existing = getattr(session, "records", None)
    if isinstance(existing, Records):
        return existing
    records = Records(session, parent=session.window)
    session.records = records
    session.cleanups.append(records.close)
    return records
