"""The guided-session player: a window that walks the user through a routine, hands free.

Before: a 0-10 pain rating (skippable); from 8, Coach asks first (rest today, a gentler routine,
a check-in instead, or start anyway: CLINICAL.md section 3). During: a countdown ring, the
exercise's figure moving in step with it (stills with "reduce motion"), the current instruction,
set/rep/side counters, what comes next and the overall progress, with sound and spoken cues where
the system has them and the same cue in text always. After: a pain rating again and a summary.
"Stop - this hurts" ends at once and shows the safety advice.

The player only renders `domain.session.Session` and passes on the user's actions; every finished
step goes to the store the moment the session reports it. This window holds the session and the
flow from page to page; the pages are its parts beside it: `pain_page` (the pain questions),
`running_page` (with `ring`, the figure kept in step by `follow`, and the words of `cue_words`)
and `end_screen`.

One timer drives it all, from the clock's time and the session's deadlines: every REFRESH_MS, or
at a frame rate while the figure moves (a hold's move in or out, a rep); it stops while paused.
"""

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from coach.domain.gentler import gentler_routine, rest_today
from coach.domain.history import SessionStatus
from coach.domain.reminders import DEFAULT_ROUTINE_ID
from coach.domain.routines import Routine
from coach.domain.session import (
    Event,
    PhaseStarted,
    Session,
    SessionEnded,
    SessionState,
    StepFinished,
)
from coach.domain.session_time import SessionTime, record_time
from coach.services.catalog import Catalog
from coach.services.checkins import CheckinService
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError
from coach.services.history import HistoryService
from coach.services.sessions import SessionService
from coach.ui.dialogs.symptoms import SymptomChoice
from coach.ui.player.end_screen import EndFacts, EndScreen, advice_after
from coach.ui.player.pain_page import HighPainPage, PainScale
from coach.ui.player.running_page import RunningPage
from coach.ui.runners.cues import Cues
from coach.ui.text.core import core_text
from coach.ui.text.data import catalog_exercise_name, routine_name
from coach.ui.text.labels import session_time_text
from coach.ui.widgets.blocks import announce, paragraph

if TYPE_CHECKING:
    from PySide6.QtGui import QScreen

    from coach.domain.settings import AppSettings
    from coach.ui.runners.safety_flags import SafetyFlags
    from coach.ui.shell.settings_model import SettingsModel

log = logging.getLogger(__name__)

PREFERRED_SIZE = QSize(960, 720)  # room for the figure, the ring and the words side by side

REFRESH_MS = 100  # the ring and the counters while the figure is still
# While the figure moves: 30, 25, 20 or 15 frames a second, the most that keeps the frames (the
# tick and the figure's drawing, measured as they run) within FRAME_CPU_SHARE of one core, so
# that the player stays within its 10 % on a slow computer too (BENCH player_cpu_pct).
FRAME_MS = 33
FRAME_STEPS_MS = (FRAME_MS, 40, 50, 66)
FRAME_CPU_SHARE = 0.085


def _not_saved(error: Exception) -> str:
    """Why a write was not made, in the user's language ("Not saved: the disk ... is full.")."""
    if isinstance(error, ServiceError):
        return core_text(error.message)
    return QCoreApplication.translate("PlayerWindow", "Not saved: {error}").format(error=error)


class PlayerWindow(QWidget):
    """One routine from pain-before to summary. Emits `closed` with the session id (or -1)."""

    closed = Signal(int)
    what_happened: SymptomChoice | None = None  # new symptoms, asked when the user stops for pain
    # Set by the main window: new symptoms that call for a doctor today or sooner raise a safety
    # flag (CLINICAL.md section 4a) when the summary shows.
    safety: "SafetyFlags | None" = None
    _flag_checked = False  # the symptoms were looked at for a flag (once, at the summary)
    save_problem = ""  # why a record of this routine was not saved (said at the end)

    def __init__(
        self,
        routine: Routine,
        context: ServiceContext,
        catalog: Catalog,
        cues: Cues,
        parent: QWidget | None = None,
        settings: "SettingsModel | None" = None,
        planned_weekdays: frozenset[int] | None = None,
    ) -> None:
        """`settings`: the app's, for "reduce motion" (followed while the player is open);
        `planned_weekdays`: the days routines are planned, for the streak on the end screen
        (coach.domain.progress.streak_weekdays; None: no streak shown)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("player")
        self.setWindowTitle(self.tr("Coach - {routine}").format(routine=routine_name(routine)))
        self.routine = routine
        clock = context.clock
        self.session = Session(routine, clock)
        self.session_id = -1
        self._context = context
        self._sessions = SessionService(context)
        self._catalog = catalog
        self._cues = cues
        self._pain_before: int | None = None
        self._planned_weekdays = planned_weekdays
        self._clock = clock
        self._gentler: Routine | None = None  # offered when the pain before is 8 or more
        self._stopped_for_pain = False
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._time_shown = (float("-inf"), -1)  # when the ring was last drawn, and for which phase
        self._tick_cost = 0.0  # seconds a tick takes while the figure moves (running average)

        self.pages = QStackedWidget(self)
        self.before = PainScale(
            self.tr("Before you start: how is your pain right now?"), "painBefore", self
        )
        self.before.chosen.connect(self._pain_chosen)
        self.before.skipped.connect(lambda: self._begin(None))
        self.after = PainScale(self.tr("How is your pain now?"), "painAfter", self)
        self.after.chosen.connect(self._record_pain_after)
        self.after.skipped.connect(lambda: self._show_summary(None))
        self.running = RunningPage(catalog, cues, clock, self)
        if settings is not None:
            self.running.figure.reduce_motion = settings.value.reduce_motion
            settings.changed.connect(self._settings_changed)
        self.running.pause_requested.connect(self.toggle_pause)
        self.running.back_requested.connect(self.back)
        self.running.skip_requested.connect(self.skip)
        self.running.full_screen_requested.connect(self.toggle_full_screen)
        self.running.end_requested.connect(self.confirm_end)
        self.running.hurts_requested.connect(self.stop_because_it_hurts)
        self.summary = EndScreen(self)
        self.summary.close_requested.connect(self.close)
        self.high_pain = HighPainPage(self)
        self.high_pain.gentler_button.clicked.connect(self.start_gentler)
        self.high_pain.checkin_button.clicked.connect(self.check_in_instead)
        self.high_pain.anyway_button.clicked.connect(self.start_anyway)
        for page in (self.before, self.high_pain, self.running, self.after, self.summary):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        # Large text needs more room than the usual minimum: never smaller than the pages need.
        self.setMinimumSize(QSize(760, 560).expandedTo(layout.minimumSize()))
        self.before.buttons[0].setFocus()

    def place_on(self, screen: "QScreen | None") -> None:
        """Open in the middle of `screen` (the main window's), at a comfortable size that fits it:
        not wherever the window manager would put a new window (a corner, over the main window).
        """
        if screen is None:
            return
        room = screen.availableGeometry()
        width = min(max(self.minimumWidth(), PREFERRED_SIZE.width()), room.width())
        height = min(max(self.minimumHeight(), PREFERRED_SIZE.height()), room.height())
        self.resize(width, height)
        self.move(room.x() + (room.width() - width) // 2, room.y() + (room.height() - height) // 2)

    # ---- flow ----------------------------------------------------------------------------------
    @Slot(int)
    def _pain_chosen(self, pain_before: int) -> None:
        """Start, or from 8 first say why to rest today and offer the choices."""
        if not rest_today(pain_before):
            self._begin(pain_before)
            return
        self._pain_before = pain_before
        self._gentler = self._gentler_routine()
        gentler = self._gentler
        names = (
            [catalog_exercise_name(self._catalog, step.exercise_id) for step in gentler.steps]
            if gentler is not None
            else None
        )
        log.info("pain before %d: asked before starting %s", pain_before, self.routine.id)
        self.pages.setCurrentWidget(self.high_pain)
        self.high_pain.ask(pain_before, names)

    def _gentler_routine(self) -> Routine | None:
        """The routine's mobility steps at the smallest dose; else the desk reset's."""
        kinds = self._catalog.library.dose_kinds()
        gentler = gentler_routine(self.routine, kinds)
        if gentler is None:
            fallback = next(
                (r for r in self._catalog.builtin_routines if r.id == DEFAULT_ROUTINE_ID), None
            )
            gentler = gentler_routine(fallback, kinds) if fallback else None
        return gentler

    @Slot()
    def start_gentler(self) -> None:
        """Run the gentler routine instead (recorded under its own id)."""
        if self._gentler is None:
            return
        self.routine = self._gentler
        self.session = Session(self.routine, self._clock)
        self.setWindowTitle(self.tr("Coach - {routine}").format(routine=routine_name(self.routine)))
        log.info("gentler routine chosen: %s", self.routine.id)
        self.pages.setCurrentWidget(self.before)  # where a failed start leaves the user
        self._begin(self._pain_before)

    @Slot()
    def start_anyway(self) -> None:
        self.pages.setCurrentWidget(self.before)
        self._begin(self._pain_before)

    @Slot()
    def check_in_instead(self) -> None:
        """Save the pain as a check-in and close, without a routine."""
        pain = self._pain_before
        if pain is None:
            return
        try:
            CheckinService(self._context).save(pain)
        except (ServiceError, ValueError) as error:
            log.error("could not save the check-in: %s", error)
            QMessageBox.warning(self, self.tr("The check-in was not saved"), _not_saved(error))
            return
        log.info("pain before %d saved as a check-in instead of a routine", pain)
        self.close()

    @Slot()
    def _begin(self, pain_before: int | None) -> None:
        self._pain_before = pain_before
        try:
            self.session_id = self._sessions.start(self.routine, pain_before)
        except ServiceError as error:  # not started: the pain question stays, to try again
            log.error("could not start the routine's record: %s", error)
            QMessageBox.warning(
                self,
                self.tr("The routine was not started"),
                self.tr(
                    "{problem}\n\nNothing of this routine would be saved, so it was not "
                    "started. Choose your pain number again to retry."
                ).format(problem=_not_saved(error)),
            )
            return
        log.info("routine %s started (session %d)", self.routine.id, self.session_id)
        self.pages.setCurrentWidget(self.running)
        self.running.setFocus()
        self.running.listen_to_cues()
        self._handle(self.session.start())
        self._timer.start()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Advance the session to the clock's time and redraw (the figure only when it changed),
        ticking faster while the figure moves."""
        events = self.session.update()
        self._handle(events)
        if self.session.is_over:
            return
        watch = QElapsedTimer()  # the work of a frame, not the session's time: no Clock
        watch.start()
        self.running.show_figure(self.session)
        self._show_time_when_due()
        interval = REFRESH_MS
        if self.running.figure_moving and not self.isMinimized():  # frames only when seen
            if not events:  # a new phase's words and cues are not a frame's work
                cost = watch.nsecsElapsed() / 1e9
                self._tick_cost = 0.8 * self._tick_cost + 0.2 * cost if self._tick_cost else cost
            interval = self._frame_interval()
        if self._timer.interval() != interval:
            self._timer.setInterval(interval)  # a running timer goes on at the new rate

    def _show_time_when_due(self) -> None:
        """The ring and the counters as often as before (they need no more) while frames come
        faster: at a new phase, or once REFRESH_MS has about passed."""
        now = self._clock.monotonic()
        shown_at, shown_phase = self._time_shown
        due = shown_at + (REFRESH_MS - FRAME_MS / 2) / 1000
        if now >= due or now < shown_at or shown_phase != self.session.phase_index:
            self.running.show_time(self.session)
            self._time_shown = (now, self.session.phase_index)

    def _frame_interval(self) -> int:
        """The shortest of FRAME_STEPS_MS whose frames stay within FRAME_CPU_SHARE."""
        cost = self._tick_cost + self.running.figure.frame_seconds
        return next(
            (ms for ms in FRAME_STEPS_MS if cost <= FRAME_CPU_SHARE * ms / 1000),
            FRAME_STEPS_MS[-1],
        )

    @Slot(object)
    def _settings_changed(self, settings: "AppSettings") -> None:
        self.running.figure.reduce_motion = settings.reduce_motion
        if self.session.state is SessionState.RUNNING:
            self.refresh()

    def _handle(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, PhaseStarted):
                self.running.show_phase(self.session, event.phase)
            elif isinstance(event, StepFinished):
                self._store(partial(self._sessions.record_step, self.session_id, event.result))
            elif isinstance(event, SessionEnded):
                self._ended(event.state)

    def _store(self, write: Callable[[], None]) -> None:
        """A failed write (disk full, a damaged file) is logged and shown; the routine goes on and
        the next event is still handled, so the player never freezes half-way."""
        try:
            write()
        except (ServiceError, ValueError) as error:
            log.error("could not save to the store: %s", error)
            self.save_problem = _not_saved(error)
            self.running.show_save_problem(self.save_problem)

    # ---- user actions --------------------------------------------------------------------------
    @Slot()
    def toggle_pause(self) -> None:
        if self.session.is_over:
            return
        events = self.session.toggle_pause()
        self._handle(events)
        if any(isinstance(event, SessionEnded) for event in events):
            return  # the routine ran out just before the key press
        paused = self.session.state is SessionState.PAUSED
        self.running.show_paused(paused)
        if paused:
            self._timer.stop()
        else:
            self._timer.start()
        self._refresh_all()

    @Slot()
    def skip(self) -> None:
        self._handle(self.session.skip())
        self._refresh_all()

    @Slot()
    def back(self) -> None:
        self._handle(self.session.back())
        self._refresh_all()

    def _refresh_all(self) -> None:
        """After a user action: the ring and counters at once too."""
        self._time_shown = (float("-inf"), -1)
        self.refresh()

    @Slot()
    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    @Slot()
    def confirm_end(self) -> bool:
        """Ask, then end early. Returns True when the routine is over afterwards."""
        if self.session.is_over or self.session.state is SessionState.READY:
            return True
        was_running = self.session.state is SessionState.RUNNING
        if was_running:
            self.toggle_pause()  # the clock does not run on while the user reads the question
        answer = QMessageBox.question(
            self,
            self.tr("End the routine?"),
            self.tr("End this routine now? What you have done so far is saved.")
            if not self.save_problem
            else self.tr("End this routine now? Some of it could not be saved. {problem}").format(
                problem=self.save_problem
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            if was_running:
                self.toggle_pause()
            return False
        self._handle(self.session.end_early())
        return True

    def end_now(self) -> None:
        """End without asking (Coach is quitting); what was done is recorded."""
        if not self.session.is_over and self.session.state is not SessionState.READY:
            self._handle(self.session.end_early())

    @Slot()
    def stop_because_it_hurts(self) -> None:
        """End at once (the clock stops with it), then ask what happened: new symptoms and how
        bad the pain is; the summary says what to do."""
        if self.session.is_over or self.session.state is SessionState.READY:
            return
        self._stopped_for_pain = True
        self._handle(self.session.end_early())

    def _ended(self, state: SessionState) -> None:
        self._timer.stop()
        if self._stopped_for_pain:
            status = SessionStatus.STOPPED_PAIN
        elif state is SessionState.FINISHED:
            status = SessionStatus.COMPLETED
        else:
            status = SessionStatus.ENDED_EARLY
        reason = self.tr("the user reported pain") if self._stopped_for_pain else ""
        self._store(lambda: self._sessions.finish(self.session_id, status, stop_reason=reason))
        log.info("routine %s ended: %s", self.routine.id, status.value)
        if state is SessionState.FINISHED:
            self._cues.play("done")
            self._cues.say(self.tr("Well done. Routine finished."))
        if self._stopped_for_pain:
            self.after.question.setText(self.tr("How bad is the pain now?"))
            self._ask_what_happened()
        self.pages.setCurrentWidget(self.after)
        self.after.buttons[0].setFocus()
        finished = self.tr("Well done. Routine finished.") if state is SessionState.FINISHED else ""
        announce(self.after.question, f"{finished} {self.after.question.text()}".strip())

    def _ask_what_happened(self) -> None:
        """New symptoms, above the pain question ("stop - this hurts"): tick any, then choose the
        pain number (or Skip), which records both."""
        intro = paragraph(
            self.tr("What happened? Tick anything that is new, then choose how bad the pain is."),
            self.after,
        )
        intro.setObjectName("whatHappened")
        self.what_happened = SymptomChoice("stopSymptoms", self.after)
        layout = self.after.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, intro)
        layout.insertWidget(2, self.what_happened)
        QWidget.setTabOrder(self.what_happened.shown_boxes()[-1], self.after.buttons[0])
        for box in self.what_happened.boxes.values():
            box.toggled.connect(self._store_symptoms)

    @Slot(bool)
    def _store_symptoms(self, _ticked: bool = False) -> None:
        """Each tick is stored at once: the symptoms are kept even if the window is closed
        before the pain question is answered."""
        if self.what_happened is None:
            return
        names = tuple(symptom.value for symptom in self.what_happened.chosen())
        self._store(lambda: self._sessions.set_symptoms(self.session_id, names))

    @Slot(int)
    def _record_pain_after(self, pain: int) -> None:
        self._store(lambda: self._sessions.set_pain_after(self.session_id, pain))
        self._show_summary(pain)

    def _show_summary(self, pain_after: int | None) -> None:
        record = self._sessions.session(self.session_id)
        done = record.steps_completed if record else 0
        count = len(self.routine.steps)
        # The session's time as Today and the report give it (coach.domain.session_time): from
        # the record, or from the steps here when it could not be read back.
        time = (
            record_time(record)
            if record is not None
            else SessionTime(sum(r.active_seconds for r in self.session.results), None)
        )
        if self._stopped_for_pain:
            title = self.tr("You stopped because it hurt")
        elif self.session.state is SessionState.FINISHED:
            title = self.tr("Well done")
        else:
            title = self.tr("Routine ended early")
        text = self.tr("{done} of %n exercise(s) completed, {duration}.", "", count).format(
            done=done, duration=session_time_text(time)
        )
        if self._pain_before is not None and pain_after is not None:
            text += " " + self.tr("Pain before: {before} of 10, after: {after} of 10.").format(
                before=self._pain_before, after=pain_after
            )
        facts = EndFacts(
            exercises=tuple(
                (catalog_exercise_name(self._catalog, result.exercise_id), result.completed)
                for result in self.session.results
            ),
            time=session_time_text(time),
            pain=self._pain_words(pain_after),
            streak=self._streak_words(),
        )
        if self.save_problem:
            text += "\n\n" + self.tr(
                "Some of this routine could not be saved and is missing from your history. {problem}"
            ).format(problem=self.save_problem)
        self._raise_flag()
        # The symptoms were stored with the session as they were ticked.
        symptoms = self.what_happened.chosen() if self.what_happened is not None else ()
        self.summary.show_result(
            title, text, advice_after(symptoms, pain_after, self._stopped_for_pain), facts
        )
        self.pages.setCurrentWidget(self.summary)
        self.summary.close_button.setFocus()

    def _pain_words(self, pain_after: int | None) -> str:
        """The pain before and after in words, or as much of it as was given."""
        before, after = self._pain_before, pain_after
        if before is not None and after is not None:
            return self.tr("{before} of 10 before, {after} of 10 after").format(
                before=before, after=after
            )
        if before is not None:
            return self.tr("{before} of 10 before").format(before=before)
        if after is not None:
            return self.tr("{after} of 10 after").format(after=after)
        return ""

    def _streak_words(self) -> str:
        """Days in a row with a routine done, counted as the Progress page counts them; nothing
        when the days planned are not known or the history cannot be read."""
        if self._planned_weekdays is None:
            return ""
        try:
            days = HistoryService(self._context).streak(self._planned_weekdays)
        except ServiceError as error:
            log.warning("no streak on the end screen: %s", error)
            return ""
        if days == 0:
            return ""
        return self.tr("%n day(s) in a row with your routines done", "", days)

    def _raise_flag(self) -> None:
        """New symptoms that call for a doctor today or sooner stay on Today until a clinician
        has checked them (CLINICAL.md section 4a, persistence)."""
        if self._flag_checked or self.what_happened is None or self.safety is None:
            return
        self._flag_checked = True
        from coach.domain.safety import FlagSource  # noqa: PLC0415

        self.safety.raise_for(self.what_happened.chosen(), FlagSource.PLAYER)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._stopped_for_pain and self.pages.currentWidget() is self.after:
            # Closed before saying how bad the pain is: show what to do first, as Skip does.
            event.ignore()
            self._show_summary(None)
            return
        running = not self.session.is_over and self.session.state is not SessionState.READY
        if running and not self.confirm_end():
            event.ignore()
            return
        self._timer.stop()
        self._cues.stop_speaking()
        event.accept()
        self.closed.emit(self.session_id)
