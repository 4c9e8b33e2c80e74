"""The player's page while a routine runs: the exercise and its moving figure (in step with the
session: `follow`), the countdown ring, the instruction, set/rep/side counters, what comes next,
the overall progress, the cue line, and the buttons and keys that pause, skip, go back, mute, go
full screen, end or stop because it hurts.

It shows what the session says and plays each cue; the player window owns the session and
connects the page's requests to it."""

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from coach.clock import Clock
from coach.domain.exercises import Exercise
from coach.domain.routines import Routine
from coach.domain.session import Phase, PhaseKind, Session, SessionState
from coach.services.catalog import Catalog
from coach.ui.player.cue_words import (
    cue_for,
    cue_status,
    phase_caption,
    side_direction,
    side_label,
)
from coach.ui.player.follow import FigureFollower
from coach.ui.player.ring import CountdownRing
from coach.ui.runners.cues import Cues
from coach.ui.text.data import catalog_exercise_name
from coach.ui.text.labels import duration_text
from coach.ui.text.translate import translate
from coach.ui.widgets import tokens
from coach.ui.widgets.action_icons import ICONS_REDRAWN_ON, give_icon
from coach.ui.widgets.blocks import announce, heading, tab_order
from coach.ui.widgets.figure import FigureView


class RunningPage(QWidget):
    """The routine in progress. Its buttons and keys only ask (the `*_requested` signals); muting
    it does itself, as it owns the cues while the routine runs."""

    pause_requested = Signal()
    back_requested = Signal()
    skip_requested = Signal()
    full_screen_requested = Signal()
    end_requested = Signal()
    hurts_requested = Signal()
    _cue_text = ""  # the last cue, shown again when what works changes

    def __init__(
        self, catalog: Catalog, cues: Cues, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._cues = cues
        self.setObjectName("runningPage")
        # It takes the focus while the routine runs, so that its keys work: a screen reader
        # names it and says the keys.
        self.setAccessibleName(translate("PlayerWindow", "Routine in progress"))
        self.setAccessibleDescription(
            translate(
                "PlayerWindow",
                "Space pauses or resumes, Right skips, Left goes back, M mutes, F11 shows full "
                "screen, H stops because it hurts, Escape ends.",
            )
        )
        self.exercise_title = heading("", self)
        self.exercise_title.setObjectName("exerciseTitle")
        self.figure = FigureView(self, clock)
        self.figure.setMinimumSize(QSize(240, 240))
        self._follower = FigureFollower(self.figure)
        self.ring = CountdownRing(self)
        self.instruction = heading("", self, scale=tokens.LEAD)
        self.instruction.setObjectName("instruction")
        self.instruction.setWordWrap(True)
        self.counters = QLabel(self)
        self.counters.setObjectName("counters")
        self.next_up = QLabel(self)
        self.next_up.setObjectName("nextUp")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("overallProgress")
        self.progress.setAccessibleName(translate("PlayerWindow", "Routine progress"))
        self.progress.setTextVisible(True)
        self.cue_line = QLabel(self)
        self.cue_line.setObjectName("cueLine")
        self.cue_line.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.exercise_title)
        middle = QHBoxLayout()
        middle.addWidget(self.figure, 3)
        middle.addWidget(self.ring, 2)
        layout.addLayout(middle, 1)
        layout.addWidget(self.instruction)
        layout.addWidget(self.counters)
        layout.addWidget(self.next_up)
        layout.addWidget(self.progress)
        layout.addWidget(self.cue_line)
        layout.addLayout(self._build_buttons())
        self._shortcuts()

    def _build_buttons(self) -> QHBoxLayout:
        self.pause_button = QPushButton(translate("PlayerWindow", "Pause"), self)
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.setToolTip(translate("PlayerWindow", "Pause or resume (Space)"))
        self.pause_button.clicked.connect(self.pause_requested)
        back = QPushButton(translate("PlayerWindow", "Back"), self)
        back.setToolTip(
            translate("PlayerWindow", "Restart this exercise, or go to the previous one (Left)")
        )
        back.clicked.connect(self.back_requested)
        skip = QPushButton(translate("PlayerWindow", "Skip"), self)
        skip.setToolTip(translate("PlayerWindow", "Go to the next exercise (Right)"))
        skip.clicked.connect(self.skip_requested)
        self.mute_button = QPushButton(translate("PlayerWindow", "Mute"), self)
        self.mute_button.setObjectName("muteButton")
        self.mute_button.setCheckable(True)
        self.mute_button.setToolTip(translate("PlayerWindow", "Sound and voice on or off (M)"))
        self.mute_button.toggled.connect(self._set_muted)
        full = QPushButton(translate("PlayerWindow", "Full screen"), self)
        full.setToolTip(translate("PlayerWindow", "Full screen on or off (F11)"))
        full.clicked.connect(self.full_screen_requested)
        end = QPushButton(translate("PlayerWindow", "End"), self)
        end.setToolTip(translate("PlayerWindow", "End the routine now (Esc)"))
        end.clicked.connect(self.end_requested)
        self.hurts_button = QPushButton(translate("PlayerWindow", "Stop - this &hurts"), self)
        self.hurts_button.setObjectName("hurtsButton")
        self.hurts_button.setToolTip(
            translate("PlayerWindow", "Stop at once, say what happened and see what to do (H)")
        )
        self.hurts_button.clicked.connect(self.hurts_requested)

        # Each with its icon (coach.ui.widgets.action_icons), in its text's colour and size.
        self._icons: dict[QPushButton, str] = {
            back: "back",
            self.pause_button: "pause",
            skip: "skip",
            self.mute_button: "mute",
            full: "full-screen",
            end: "end",
        }
        self._give_icons()
        # Drawn again once a change has reached the buttons too (a page hears of a new font or
        # palette before its children have it), once for a burst of changes.
        self._icons_stale = QTimer(self)
        self._icons_stale.setSingleShot(True)
        self._icons_stale.setInterval(0)
        self._icons_stale.timeout.connect(self._give_icons)
        buttons = QHBoxLayout()
        for button in (back, self.pause_button, skip, self.mute_button, full, end):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.hurts_button)
        tab_order(back, self.pause_button, skip, self.mute_button, full, end, self.hurts_button)
        return buttons

    def _shortcuts(self) -> None:
        keys = (
            (Qt.Key.Key_Space, self.pause_requested.emit),
            (Qt.Key.Key_Right, self.skip_requested.emit),
            (Qt.Key.Key_Left, self.back_requested.emit),
            (Qt.Key.Key_Escape, self.end_requested.emit),
            (Qt.Key.Key_F11, self.full_screen_requested.emit),
            (Qt.Key.Key_M, self.mute_button.toggle),
            (Qt.Key.Key_H, self.hurts_requested.emit),
        )
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # ---- showing the session -------------------------------------------------------------------
    def listen_to_cues(self) -> None:
        """The routine starts: the cues follow the Mute button, and the cue line their workers."""
        self._cues.muted = self.mute_button.isChecked()
        self._cues.changed.connect(self._cues_changed)

    def show_phase(self, session: Session, phase: Phase) -> None:
        """A phase began: its exercise, instruction and counters, what comes next, its picture,
        and its cue, played, spoken, written on the cue line and said by a screen reader."""
        routine = session.routine
        step = routine.steps[phase.step_index]
        exercise = self._exercise(routine, phase.step_index)
        name = catalog_exercise_name(self._catalog, step.exercise_id)
        dosage = step.dosage
        self.exercise_title.setText(
            translate("PlayerWindow", "{name} ({number} of {count})").format(
                name=name, number=phase.step_index + 1, count=len(routine.steps)
            )
        )
        side = side_label(phase.side)
        # A switch names the side that comes next; work names its own side (and direction).
        coming = session.coming_side() if phase.kind is PhaseKind.SWITCH else phase.side
        instruction, spoken, sound = cue_for(phase, name, side_direction(exercise, coming))
        self.instruction.setText(instruction)
        parts = []
        if phase.set_number:
            parts.append(
                translate("PlayerWindow", "Set {n} of {total}").format(
                    n=phase.set_number, total=dosage.sets
                )
            )
        if phase.rep_number:
            parts.append(
                translate("PlayerWindow", "Rep {n} of {total}").format(
                    n=phase.rep_number, total=dosage.reps
                )
            )
        if side:
            parts.append(side)
        self.counters.setText("  ·  ".join(parts))
        following = session.next_step_index()
        if following is None:
            self.next_up.setText(translate("PlayerWindow", "Next: finish"))
        else:
            next_name = catalog_exercise_name(self._catalog, routine.steps[following].exercise_id)
            self.next_up.setText(translate("PlayerWindow", "Next: {name}").format(name=next_name))
        self._follower.follow(session, exercise)
        if sound:
            self._cues.play(sound)
        if spoken:
            self._cues.say(spoken)
        self._cue_text = spoken or instruction
        self.cue_line.setText(cue_status(self._cues, self._cue_text))
        announce(self.cue_line, spoken or instruction)  # a screen reader says each transition

    @property
    def figure_moving(self) -> bool:
        """Whether the figure moves now (the player then ticks at the frame rate)."""
        return self._follower.moving

    def show_figure(self, session: Session) -> None:
        """The figure at the session's time (every tick: it draws only when the picture
        changes)."""
        self._follower.follow(session, self._exercise(session.routine, session.phase.step_index))

    def show_time(self, session: Session) -> None:
        """The ring and the overall progress at the session's time."""
        phase = session.phase
        remaining = session.phase_remaining()
        fraction = remaining / phase.seconds if phase.seconds else 0.0
        caption = phase_caption(phase)
        if session.state is SessionState.PAUSED:
            caption = translate("PlayerWindow", "Paused")
        self.ring.set_state(fraction, str(int(remaining + 0.999)), caption)
        total = session.total_seconds
        self.progress.setMaximum(total)
        self.progress.setValue(int(session.elapsed_seconds()))
        self.progress.setFormat(
            translate("PlayerWindow", "{left} left of {total}").format(
                left=duration_text(total - session.elapsed_seconds()),
                total=duration_text(total),
            )
        )

    def _give_icons(self) -> None:
        """The buttons' icons, drawn again for the present theme, text size and screen."""
        for button, name in self._icons.items():
            give_icon(button, name)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in ICONS_REDRAWN_ON and hasattr(self, "_icons_stale"):
            self._icons_stale.start()

    def show_paused(self, paused: bool) -> None:
        self.pause_button.setText(
            translate("PlayerWindow", "Resume") if paused else translate("PlayerWindow", "Pause")
        )
        self._icons[self.pause_button] = "resume" if paused else "pause"
        give_icon(self.pause_button, self._icons[self.pause_button])
        announce(
            self.pause_button,
            translate("PlayerWindow", "Paused")
            if paused
            else translate("PlayerWindow", "Going on"),
        )

    def show_save_problem(self, problem: str) -> None:
        """A record was not saved: said on the cue line, while the routine goes on."""
        self.cue_line.setText(
            translate("PlayerWindow", "{problem} The routine goes on.").format(problem=problem)
        )
        announce(self.cue_line, self.cue_line.text())

    def _exercise(self, routine: Routine, step_index: int) -> Exercise | None:
        return self._catalog.exercise(routine.steps[step_index].exercise_id)

    @Slot(bool)
    def _set_muted(self, muted: bool) -> None:
        self._cues.muted = muted
        if muted:
            self._cues.stop_speaking()
        self.mute_button.setText(
            translate("PlayerWindow", "Unmute") if muted else translate("PlayerWindow", "Mute")
        )
        self._icons[self.mute_button] = "unmute" if muted else "mute"
        give_icon(self.mute_button, self._icons[self.mute_button])

    @Slot()
    def _cues_changed(self) -> None:
        """A cue worker became ready or was given up: the cue line says so at once."""
        if self._cue_text:
            self.cue_line.setText(cue_status(self._cues, self._cue_text))
