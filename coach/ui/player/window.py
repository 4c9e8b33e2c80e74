"""The guided-session player: a window that walks the user through a routine, hands free.

Before: a 0-10 pain rating (skippable); from 8, Coach asks first (rest today, a gentler routine,
a check-in instead, or start anyway: CLINICAL.md section 3). During: a countdown ring, the
exercise's illustration and current instruction, set/rep/side counters, what comes next and the
overall progress, with sound and spoken cues where the system has them and the same cue in text
always. After: a pain rating again and a summary. "Stop - this hurts" ends at once and shows the
safety advice.

The player only renders `domain.session.Session` and passes on the user's actions; every finished
step goes to the store the moment the session reports it.
"""

import logging
import sqlite3
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.clock import Clock
from coach.domain.checkins import NRS_MAX, NRS_MIN
from coach.domain.exercises import Exercise
from coach.domain.gentler import gentler_routine, rest_today
from coach.domain.history import SessionStatus
from coach.domain.reminders import DEFAULT_ROUTINE_ID
from coach.domain.routines import Routine
from coach.domain.safety import PainZone, exercise_pain_zone, symptom_advice
from coach.domain.session import (
    Event,
    Phase,
    PhaseKind,
    PhaseStarted,
    Session,
    SessionEnded,
    SessionState,
    Side,
    StepFinished,
)
from coach.store.faults import StoreWriteError
from coach.store.repo import Repo
from coach.ui.catalog import Catalog
from coach.ui.dialogs.symptoms import SymptomChoice
from coach.ui.runners.cues import Cues
from coach.ui.text.advice import (
    Situation,
    advice_html,
    as_html,
    reduce_dose_text,
    situation_sentence,
)
from coach.ui.text.core import core_text
from coach.ui.text.data import exercise_name, routine_name, side_cue
from coach.ui.widgets.blocks import announce, heading, paragraph, tab_order

if TYPE_CHECKING:
    from coach.ui.runners.safety_flags import SafetyFlags

log = logging.getLogger(__name__)

REFRESH_MS = 100


def format_seconds(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class CountdownRing(QWidget):
    """A large ring that empties as the current phase runs out, with the seconds left inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdownRing")
        self.setMinimumSize(QSize(180, 180))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._fraction = 1.0
        self._text = ""
        self._caption = ""

    def set_state(self, fraction: float, text: str, caption: str) -> None:
        self._fraction = min(max(fraction, 0.0), 1.0)
        if (text, caption) != (self._text, self._caption):
            self.setAccessibleName(f"{caption} {text}")
        self._text = text
        self._caption = caption
        self.update()

    @property
    def text(self) -> str:
        return self._text

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height()) - 16
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        thickness = max(8.0, side / 14)
        track = QPen(palette.color(QPalette.ColorRole.Mid), thickness)
        painter.setPen(track)
        painter.drawEllipse(rect)
        arc = QPen(palette.color(QPalette.ColorRole.Highlight), thickness)
        arc.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(arc)
        painter.drawArc(rect, 90 * 16, int(-360 * 16 * self._fraction))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setPointSizeF(max(12.0, side / 6.5))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
        small = QFont(self.font())
        small.setPointSizeF(max(9.0, self.font().pointSizeF(), side / 18))  # text size at least
        painter.setFont(small)
        caption_rect = QRectF(rect.left(), rect.center().y() + side / 9, rect.width(), side / 5)
        painter.drawText(caption_rect, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()


class PainScale(QWidget):
    """The 0-10 rating with its standard anchors, a Skip button and digit keys 0-9."""

    chosen = Signal(int)
    skipped = Signal()

    def __init__(self, question: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.question = heading(question, self, scale=1.4)
        self.question.setWordWrap(True)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for value in range(NRS_MIN, NRS_MAX + 1):
            button = QPushButton(str(value), self)
            button.setObjectName(f"{name}{value}")
            button.setAccessibleName(self.tr("Pain %n out of 10", "", value))
            button.setMinimumSize(QSize(40, 40))
            button.clicked.connect(lambda _=False, v=value: self.chosen.emit(v))
            row.addWidget(button)
            self.buttons.append(button)
        anchors = QHBoxLayout()
        anchors.addWidget(QLabel(self.tr("0 = no pain"), self))
        anchors.addStretch(1)
        anchors.addWidget(QLabel(self.tr("10 = worst imaginable pain"), self))
        self.skip = QPushButton(self.tr("S&kip"), self)
        self.skip.setObjectName(f"{name}Skip")
        self.skip.clicked.connect(self.skipped.emit)
        skip_row = QHBoxLayout()
        skip_row.addStretch(1)
        skip_row.addWidget(self.skip)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addLayout(anchors)
        layout.addLayout(skip_row)
        layout.addStretch(2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digit keys 0-9 answer at once (10 by its button); keys reach here from the buttons."""
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self.chosen.emit(int(text))
            return
        super().keyPressEvent(event)


def _not_saved(error: Exception) -> str:
    """Why a write was not made, in the user's language ("Not saved: the disk ... is full.")."""
    if isinstance(error, StoreWriteError):
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
    _cue_text = ""  # the last cue, shown again when what works changes
    save_problem = ""  # why a record of this routine was not saved (said at the end)

    def __init__(
        self,
        routine: Routine,
        repo: Repo,
        catalog: Catalog,
        cues: Cues,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("player")
        self.setWindowTitle(self.tr("Coach - {routine}").format(routine=routine_name(routine)))
        self.routine = routine
        self.session = Session(routine, clock)
        self.session_id = -1
        self._repo = repo
        self._catalog = catalog
        self._cues = cues
        self._pain_before: int | None = None
        self._clock = clock
        self._gentler: Routine | None = None  # offered when the pain before is 8 or more
        self._stopped_for_pain = False
        self._pixmaps: dict[tuple[Path, int], QPixmap] = {}
        self._picture_shown: tuple[Path, int] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

        self.pages = QStackedWidget(self)
        self.before = PainScale(
            self.tr("Before you start: how is your pain right now?"), "painBefore", self
        )
        self.before.chosen.connect(self._pain_chosen)
        self.before.skipped.connect(lambda: self._begin(None))
        self.after = PainScale(self.tr("How is your pain now?"), "painAfter", self)
        self.after.chosen.connect(self._record_pain_after)
        self.after.skipped.connect(lambda: self._show_summary(None))
        self.running = self._build_running_page()
        self.summary = QWidget(self)
        self.summary.setObjectName("summaryPage")
        self.summary_title = heading("", self.summary)
        self.summary_text = paragraph("", self.summary)
        self.summary_text.setObjectName("summaryText")
        self.safety_text = paragraph("", self.summary)
        self.safety_text.setObjectName("safetyAdvice")
        self.close_button = QPushButton(self.tr("&Close"), self.summary)
        self.close_button.setObjectName("closePlayer")
        self.close_button.clicked.connect(self.close)
        summary_layout = QVBoxLayout(self.summary)
        summary_layout.addStretch(1)
        summary_layout.addWidget(self.summary_title)
        summary_layout.addWidget(self.summary_text)
        summary_layout.addWidget(self.safety_text)
        summary_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        summary_layout.addStretch(2)
        self.high_pain = self._build_high_pain_page()
        for page in (self.before, self.high_pain, self.running, self.after, self.summary):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        # Large text needs more room than the usual minimum: never smaller than the pages need.
        self.setMinimumSize(QSize(760, 560).expandedTo(layout.minimumSize()))
        self._shortcuts()
        self.before.buttons[0].setFocus()

    # ---- building ------------------------------------------------------------------------------
    def _build_running_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("runningPage")
        # It takes the focus while the routine runs, so that its keys work: a screen reader
        # names it and says the keys.
        page.setAccessibleName(self.tr("Routine in progress"))
        page.setAccessibleDescription(
            self.tr(
                "Space pauses or resumes, Right skips, Left goes back, M mutes, F11 shows full "
                "screen, H stops because it hurts, Escape ends."
            )
        )
        self.exercise_title = heading("", page)
        self.exercise_title.setObjectName("exerciseTitle")
        self.illustration = QLabel(page)
        self.illustration.setObjectName("illustration")
        self.illustration.setMinimumSize(QSize(240, 240))
        self.illustration.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ring = CountdownRing(page)
        self.instruction = heading("", page, scale=1.25)
        self.instruction.setObjectName("instruction")
        self.instruction.setWordWrap(True)
        self.counters = QLabel(page)
        self.counters.setObjectName("counters")
        self.next_up = QLabel(page)
        self.next_up.setObjectName("nextUp")
        self.progress = QProgressBar(page)
        self.progress.setObjectName("overallProgress")
        self.progress.setAccessibleName(self.tr("Routine progress"))
        self.progress.setTextVisible(True)
        self.cue_line = QLabel(page)
        self.cue_line.setObjectName("cueLine")
        self.cue_line.setWordWrap(True)

        layout = QVBoxLayout(page)
        layout.addWidget(self.exercise_title)
        middle = QHBoxLayout()
        middle.addWidget(self.illustration, 3)
        middle.addWidget(self.ring, 2)
        layout.addLayout(middle, 1)
        layout.addWidget(self.instruction)
        layout.addWidget(self.counters)
        layout.addWidget(self.next_up)
        layout.addWidget(self.progress)
        layout.addWidget(self.cue_line)
        layout.addLayout(self._build_buttons(page))
        return page

    def _build_high_pain_page(self) -> QWidget:
        """Pain of 8 or more before starting (CLINICAL.md section 3): why to rest the exercise
        today, the choices (a gentler routine, a check-in instead, start anyway: never the
        default) and the signs to stop and seek care."""
        page = QWidget(self)
        page.setObjectName("highPainPage")
        self.high_pain_title = heading("", page)
        self.high_pain_title.setWordWrap(True)
        self.high_pain_text = paragraph("", page)
        self.high_pain_text.setObjectName("highPainText")
        self.gentler_text = paragraph("", page)
        self.gentler_text.setObjectName("gentlerText")
        self.seek_care_text = paragraph(situation_sentence(Situation.SEEK_CARE), page)
        self.seek_care_text.setObjectName("highPainSeekCare")
        self.gentler_button = QPushButton(self.tr("&Gentler routine"), page)
        self.gentler_button.setObjectName("gentlerRoutine")
        self.gentler_button.clicked.connect(self.start_gentler)
        self.checkin_button = QPushButton(self.tr("Just a &check-in"), page)
        self.checkin_button.setObjectName("checkInInstead")
        self.checkin_button.setToolTip(self.tr("Save this pain rating as a check-in and close"))
        self.checkin_button.clicked.connect(self.check_in_instead)
        self.anyway_button = QPushButton(self.tr("&Start anyway"), page)
        self.anyway_button.setObjectName("startAnyway")
        self.anyway_button.clicked.connect(self.start_anyway)
        buttons = QHBoxLayout()
        buttons.addWidget(self.gentler_button)
        buttons.addWidget(self.checkin_button)
        buttons.addStretch(1)
        buttons.addWidget(self.anyway_button)
        tab_order(self.gentler_button, self.checkin_button, self.anyway_button)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        for widget in (
            self.high_pain_title,
            self.high_pain_text,
            self.gentler_text,
            self.seek_care_text,
        ):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    def _build_buttons(self, page: QWidget) -> QHBoxLayout:
        self.pause_button = QPushButton(self.tr("Pause"), page)
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        back = QPushButton(self.tr("Back"), page)
        back.setToolTip(self.tr("Restart this exercise, or go to the previous one (Left)"))
        back.clicked.connect(self.back)
        skip = QPushButton(self.tr("Skip"), page)
        skip.setToolTip(self.tr("Go to the next exercise (Right)"))
        skip.clicked.connect(self.skip)
        self.mute_button = QPushButton(self.tr("Mute"), page)
        self.mute_button.setObjectName("muteButton")
        self.mute_button.setCheckable(True)
        self.mute_button.setToolTip(self.tr("Sound and voice on or off (M)"))
        self.mute_button.toggled.connect(self._set_muted)
        full = QPushButton(self.tr("Full screen"), page)
        full.setToolTip(self.tr("Full screen on or off (F11)"))
        full.clicked.connect(self.toggle_full_screen)
        end = QPushButton(self.tr("End"), page)
        end.setToolTip(self.tr("End the routine now (Esc)"))
        end.clicked.connect(self.confirm_end)
        self.hurts_button = QPushButton(self.tr("Stop - this &hurts"), page)
        self.hurts_button.setObjectName("hurtsButton")
        self.hurts_button.setToolTip(
            self.tr("Stop at once, say what happened and see what to do (H)")
        )
        self.hurts_button.clicked.connect(self.stop_because_it_hurts)

        buttons = QHBoxLayout()
        for button in (back, self.pause_button, skip, self.mute_button, full, end):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.hurts_button)
        tab_order(back, self.pause_button, skip, self.mute_button, full, end, self.hurts_button)
        return buttons

    def _shortcuts(self) -> None:
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            shortcut = QShortcut(QKeySequence(key), self.summary)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.close)
        keys = (
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Right, self.skip),
            (Qt.Key.Key_Left, self.back),
            (Qt.Key.Key_Escape, self.confirm_end),
            (Qt.Key.Key_F11, self.toggle_full_screen),
            (Qt.Key.Key_M, self.mute_button.toggle),
            (Qt.Key.Key_H, self.stop_because_it_hurts),
        )
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self.running)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # ---- flow ----------------------------------------------------------------------------------
    @Slot(int)
    def _pain_chosen(self, pain_before: int) -> None:
        """Start, or from 8 first say why to rest today and offer the choices."""
        if not rest_today(pain_before):
            self._begin(pain_before)
            return
        self._pain_before = pain_before
        self._gentler = self._gentler_routine()
        self.high_pain_title.setText(
            self.tr("Pain of {pain} out of 10 before you start").format(pain=pain_before)
        )
        self.high_pain_text.setText(
            self.tr(
                "Pain this high is a reason to rest the exercise today rather than push through "
                "it. You can do a gentler routine instead (mobility only, at the smallest dose), "
                "just save your pain as a check-in, or start anyway."
            )
        )
        gentler = self._gentler
        if gentler is not None:
            names = QLocale().createSeparatedList(
                [self._catalog.exercise_name(step.exercise_id) for step in gentler.steps]
            )
            self.gentler_text.setText(
                self.tr("The gentler routine: {exercises}, once each at the smallest dose.").format(
                    exercises=names
                )
            )
        self.gentler_text.setVisible(gentler is not None)
        self.gentler_button.setVisible(gentler is not None)
        log.info("pain before %d: asked before starting %s", pain_before, self.routine.id)
        self.pages.setCurrentWidget(self.high_pain)
        (self.gentler_button if gentler is not None else self.checkin_button).setFocus()
        announce(
            self.high_pain_title,
            f"{self.high_pain_title.text()} {self.high_pain_text.text()}",
        )

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
            self._repo.add_checkin(pain)
        except (sqlite3.Error, ValueError) as error:
            log.error("could not save the check-in: %s", error)
            QMessageBox.warning(self, self.tr("The check-in was not saved"), _not_saved(error))
            return
        log.info("pain before %d saved as a check-in instead of a routine", pain)
        self.close()

    @Slot()
    def _begin(self, pain_before: int | None) -> None:
        self._pain_before = pain_before
        try:
            self.session_id = self._repo.start_session(self.routine, pain_before)
        except sqlite3.Error as error:  # not started: the pain question stays, to try again
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
        self._cues.muted = self.mute_button.isChecked()
        self._cues.changed.connect(self._cues_changed)
        self._handle(self.session.start())
        self._timer.start()
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Advance the session to the clock's time and redraw."""
        self._handle(self.session.update())
        if self.session.is_over:
            return
        phase = self.session.phase
        remaining = self.session.phase_remaining()
        fraction = remaining / phase.seconds if phase.seconds else 0.0
        caption = self._phase_caption(phase)
        if phase.kind is PhaseKind.MOVE:
            # A movement rep goes from the start position to the end one and back.
            halfway = self.session.phase_elapsed() >= phase.seconds / 2
            self._show_illustration(self._exercise(phase.step_index), work=halfway)
        if self.session.state is SessionState.PAUSED:
            caption = self.tr("Paused")
        self.ring.set_state(fraction, str(int(remaining + 0.999)), caption)
        total = self.session.total_seconds
        self.progress.setMaximum(total)
        self.progress.setValue(int(self.session.elapsed_seconds()))
        self.progress.setFormat(
            self.tr("{left} left of {total}").format(
                left=format_seconds(total - self.session.elapsed_seconds()),
                total=format_seconds(total),
            )
        )

    def _handle(self, events: list[Event]) -> None:
        for event in events:
            if isinstance(event, PhaseStarted):
                self._show_phase(event.phase)
            elif isinstance(event, StepFinished):
                self._store(partial(self._repo.record_step, self.session_id, event.result))
            elif isinstance(event, SessionEnded):
                self._ended(event.state)

    def _store(self, write: Callable[[], None]) -> None:
        """A failed write (disk full, a damaged file) is logged and shown; the routine goes on and
        the next event is still handled, so the player never freezes half-way."""
        try:
            write()
        except (sqlite3.Error, ValueError) as error:
            log.error("could not save to the store: %s", error)
            self.save_problem = _not_saved(error)
            self.cue_line.setText(
                self.tr("{problem} The routine goes on.").format(problem=self.save_problem)
            )
            announce(self.cue_line, self.cue_line.text())

    def _exercise(self, step_index: int) -> Exercise | None:
        return self._catalog.exercise(self.routine.steps[step_index].exercise_id)

    def _phase_caption(self, phase: Phase) -> str:
        return {
            PhaseKind.PREPARE: self.tr("Get ready"),
            PhaseKind.HOLD: self.tr("Hold"),
            PhaseKind.MOVE: self.tr("Move"),
            PhaseKind.RELAX: self.tr("Relax"),
            PhaseKind.SWITCH: self.tr("Switch sides"),
            PhaseKind.REST: self.tr("Rest"),
        }[phase.kind]

    def _show_phase(self, phase: Phase) -> None:
        step = self.routine.steps[phase.step_index]
        exercise = self._exercise(phase.step_index)
        name = self._catalog.exercise_name(step.exercise_id)
        dosage = step.dosage
        self.exercise_title.setText(
            self.tr("{name} ({number} of {count})").format(
                name=name, number=phase.step_index + 1, count=len(self.routine.steps)
            )
        )
        side = self._side_label(phase.side)
        # A switch names the side that comes next; work names its own side (and direction).
        coming = self.session.coming_side() if phase.kind is PhaseKind.SWITCH else phase.side
        instruction, spoken, sound = self._cue_for(phase, name, self._direction(exercise, coming))
        self.instruction.setText(instruction)
        parts = []
        if phase.set_number:
            parts.append(
                self.tr("Set {n} of {total}").format(n=phase.set_number, total=dosage.sets)
            )
        if phase.rep_number:
            parts.append(
                self.tr("Rep {n} of {total}").format(n=phase.rep_number, total=dosage.reps)
            )
        if side:
            parts.append(side)
        self.counters.setText("  ·  ".join(parts))
        following = self.session.next_step_index()
        if following is None:
            self.next_up.setText(self.tr("Next: finish"))
        else:
            next_name = self._catalog.exercise_name(self.routine.steps[following].exercise_id)
            self.next_up.setText(self.tr("Next: {name}").format(name=next_name))
        self._show_illustration(exercise, work=phase.kind is PhaseKind.HOLD)
        if sound:
            self._cues.play(sound)
        if spoken:
            self._cues.say(spoken)
        self._cue_text = spoken or instruction
        self.cue_line.setText(self._cue_status(self._cue_text))
        announce(self.cue_line, spoken or instruction)  # a screen reader says each transition

    def _side_label(self, side: Side | None) -> str:
        return {Side.LEFT: self.tr("Left side"), Side.RIGHT: self.tr("Right side"), None: ""}[side]

    def _direction(self, exercise: Exercise | None, side: Side | None) -> str:
        """The cue for one side: the exercise's own, naming the side and the direction ("Tilt your
        head to the left"), or the side alone for an exercise without one (a plan's own)."""
        if side is None:
            return ""
        return side_cue(exercise, side.value) or self._side_label(side)

    def _cue_for(self, phase: Phase, name: str, direction: str) -> tuple[str, str, str]:
        """(instruction shown, words spoken or "", sound name or "") for a phase. Every cue of a
        per-side exercise says which side and which way (`direction`); the first rep of each side
        of each set is spoken."""
        first_rep = phase.rep_number == 1
        if phase.kind is PhaseKind.PREPARE:
            text = self.tr("Get ready: {name}").format(name=name)
            return text, text, ""
        if phase.kind in (PhaseKind.HOLD, PhaseKind.MOVE):
            if phase.kind is PhaseKind.HOLD:
                words = self.tr("Hold {seconds} seconds").format(seconds=phase.seconds)
            else:
                words = self.tr("Move slowly, {seconds} seconds each time").format(
                    seconds=phase.seconds
                )
            if direction:
                words = self.tr("{direction}. {words}").format(direction=direction, words=words)
            sound = "start" if phase.kind is PhaseKind.HOLD else "tick"
            return words, words if first_rep else "", sound
        if phase.kind is PhaseKind.RELAX:
            return self.tr("Relax"), "", "relax"
        if phase.kind is PhaseKind.SWITCH:
            words = (
                self.tr("Switch sides. {direction}").format(direction=direction)
                if direction
                else self.tr("Switch sides")
            )
            return words, words, "switch"
        words = self.tr("Rest {seconds} seconds").format(seconds=phase.seconds)
        return words, words, "rest"

    @Slot()
    def _cues_changed(self) -> None:
        """A cue worker became ready or was given up: the cue line says so at once."""
        if self._cue_text:
            self.cue_line.setText(self._cue_status(self._cue_text))

    def _cue_status(self, text: str) -> str:
        problems = []
        if not self._cues.sound_available:
            problems.append(self.tr("no sound ({why})").format(why=self._cues.sound_problem))
        if not self._cues.speech_available:
            problems.append(self.tr("no voice ({why})").format(why=self._cues.speech_problem))
        line = self.tr("Cue: {text}").format(text=text)
        if self._cues.muted:
            line += "  " + self.tr("(muted)")
        elif problems:
            line += "  " + self.tr("(visual cues only: {problems})").format(
                problems="; ".join(problems)
            )
        return line

    def _show_illustration(self, exercise: Exercise | None, work: bool) -> None:
        if exercise is None or not exercise.illustrations:
            self.illustration.clear()
            return
        path = exercise.illustrations[-1] if work else exercise.illustrations[0]
        size = max(160, min(self.illustration.width(), self.illustration.height()))
        key = (path, size)
        if key == self._picture_shown:
            return
        self._picture_shown = key
        if key not in self._pixmaps:
            ratio = self.devicePixelRatioF()
            image = QImage(int(size * ratio), int(size * ratio), QImage.Format.Format_ARGB32)
            image.fill(QColor(0, 0, 0, 0))
            painter = QPainter(image)
            QSvgRenderer(str(path)).render(painter)
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self._pixmaps[key] = pixmap
        self.illustration.setPixmap(self._pixmaps[key])
        self.illustration.setAccessibleName(
            self.tr("{name}, end position").format(name=exercise_name(exercise))
            if work
            else self.tr("{name}, start position").format(name=exercise_name(exercise))
        )

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
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        announce(self.pause_button, self.tr("Paused") if paused else self.tr("Going on"))
        if paused:
            self._timer.stop()
        else:
            self._timer.start()
        self.refresh()

    @Slot()
    def skip(self) -> None:
        self._handle(self.session.skip())
        self.refresh()

    @Slot()
    def back(self) -> None:
        self._handle(self.session.back())
        self.refresh()

    @Slot(bool)
    def _set_muted(self, muted: bool) -> None:
        self._cues.muted = muted
        if muted:
            self._cues.stop_speaking()
        self.mute_button.setText(self.tr("Unmute") if muted else self.tr("Mute"))

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
        self._store(lambda: self._repo.finish_session(self.session_id, status, stop_reason=reason))
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
        self._store(lambda: self._repo.set_session_symptoms(self.session_id, names))

    @Slot(int)
    def _record_pain_after(self, pain: int) -> None:
        self._store(lambda: self._repo.set_pain_after(self.session_id, pain))
        self._show_summary(pain)

    def _show_summary(self, pain_after: int | None) -> None:
        record = self._repo.session(self.session_id)
        done = record.steps_completed if record else 0
        count = len(self.routine.steps)
        minutes = format_seconds(self.session.active_seconds())
        if self._stopped_for_pain:
            self.summary_title.setText(self.tr("You stopped because it hurt"))
        elif self.session.state is SessionState.FINISHED:
            self.summary_title.setText(self.tr("Well done"))
        else:
            self.summary_title.setText(self.tr("Routine ended early"))
        text = self.tr("{done} of %n exercise(s) completed in {time}.", "", count).format(
            done=done, time=minutes
        )
        if self._pain_before is not None and pain_after is not None:
            text += " " + self.tr("Pain before: {before} of 10, after: {after} of 10.").format(
                before=self._pain_before, after=pain_after
            )
        if self.save_problem:
            text += "\n\n" + self.tr(
                "Some of this routine could not be saved and is missing from your history. {problem}"
            ).format(problem=self.save_problem)
        self.summary_text.setText(text)
        self._raise_flag()
        advice = self._advice(pain_after)
        self.safety_text.setText(advice)
        self.safety_text.setVisible(bool(advice))
        self.pages.setCurrentWidget(self.summary)
        self.close_button.setFocus()

    def _advice(self, pain_after: int | None) -> str:
        """What to do now: for new symptoms, how soon to see someone (CLINICAL.md sections 3 and
        4); for pain above 5, a smaller dose next time (BIM, PROV); after stopping for pain,
        always the general stop advice too (never weaker with symptoms ticked than without).
        The symptoms were stored with the session as they were ticked."""
        parts = []
        symptoms = self.what_happened.chosen() if self.what_happened is not None else ()
        if symptoms:
            advice = symptom_advice(symptoms)
            assert advice is not None
            parts.append(advice_html(advice))
        if pain_after is not None and exercise_pain_zone(pain_after) is PainZone.TOO_MUCH:
            parts.append(as_html(reduce_dose_text(pain_after)))
        if self._stopped_for_pain:
            parts.append(as_html(self._safety_advice()))
        return "".join(parts)

    def _raise_flag(self) -> None:
        """New symptoms that call for a doctor today or sooner stay on Today until a clinician
        has checked them (CLINICAL.md section 4a, persistence)."""
        if self._flag_checked or self.what_happened is None or self.safety is None:
            return
        self._flag_checked = True
        from coach.domain.safety import FlagSource  # noqa: PLC0415

        self.safety.raise_for(self.what_happened.chosen(), FlagSource.PLAYER)

    def _safety_advice(self) -> str:
        """CLINICAL.md §3 and §4a: stop, and when to seek care, in the one wording the app uses
        for it (coach.ui.text.advice)."""
        return (
            self.tr("Stop this exercise for today.")
            + " "
            + situation_sentence(Situation.SEEK_CARE)
            + "\n\n"
            + self.tr(
                "Otherwise rest the area for a while and keep gently active. Next time, do less: "
                "shorter holds or fewer repetitions. If the pain has not settled within 24 hours, "
                "or it keeps coming back with this exercise, talk to a doctor or physiotherapist "
                "before doing it again."
            )
        )

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
