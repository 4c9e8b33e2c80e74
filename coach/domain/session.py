"""The guided session: a routine unrolled into timed phases (get ready, hold or move, relax, switch
sides, rest) and walked through on an injected clock.

Every phase ends at a deadline computed from the previous deadline, never by counting ticks, so a
late or irregular UI timer cannot make the session drift. The monotonic clock is used: it stops
while the computer sleeps, which pauses a routine instead of skipping through it.

The UI calls `update()` whenever it likes; it and the user actions return the events that happened
(a phase started, a step finished, the session ended), which the UI shows and the store records.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from coach.clock import Clock
from coach.domain.exercises import RELAX_SECONDS
from coach.domain.routines import PREPARE_SECONDS, SWITCH_SECONDS, Routine

BACK_RESTARTS_AFTER_SECONDS = 3.0


class PhaseKind(StrEnum):
    PREPARE = "prepare"
    HOLD = "hold"
    MOVE = "move"
    RELAX = "relax"
    SWITCH = "switch"
    REST = "rest"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Phase:
    kind: PhaseKind
    step_index: int
    seconds: int
    set_number: int = 0
    rep_number: int = 0
    side: Side | None = None

    @property
    def is_work(self) -> bool:
        return self.kind in (PhaseKind.HOLD, PhaseKind.MOVE)


def build_phases(routine: Routine) -> tuple[Phase, ...]:
    """The whole timeline of a routine."""
    phases: list[Phase] = []
    for step_index, step in enumerate(routine.steps):
        dosage = step.dosage
        phases.append(Phase(PhaseKind.PREPARE, step_index, PREPARE_SECONDS))
        sides: tuple[Side | None, ...] = (Side.LEFT, Side.RIGHT) if dosage.per_side else (None,)
        for set_number in range(1, dosage.sets + 1):
            for side_number, side in enumerate(sides):
                if side_number:
                    phases.append(Phase(PhaseKind.SWITCH, step_index, SWITCH_SECONDS, set_number))
                for rep in range(1, dosage.reps + 1):
                    kind = PhaseKind.HOLD if dosage.hold_seconds else PhaseKind.MOVE
                    phases.append(
                        Phase(kind, step_index, dosage.rep_duration(), set_number, rep, side)
                    )
                    if dosage.hold_seconds and rep < dosage.reps:
                        phases.append(
                            Phase(PhaseKind.RELAX, step_index, RELAX_SECONDS, set_number, rep, side)
                        )
            if set_number < dosage.sets and dosage.rest_seconds:
                phases.append(Phase(PhaseKind.REST, step_index, dosage.rest_seconds, set_number))
    return tuple(phases)


class SessionState(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    ENDED_EARLY = "ended_early"


@dataclass(frozen=True)
class StepResult:
    step_index: int
    exercise_id: str
    started_at: datetime
    ended_at: datetime
    completed: bool
    reps_done: int
    active_seconds: float


@dataclass(frozen=True)
class PhaseStarted:
    phase: Phase
    first_of_step: bool


@dataclass(frozen=True)
class StepFinished:
    result: StepResult


@dataclass(frozen=True)
class SessionEnded:
    state: SessionState


Event = PhaseStarted | StepFinished | SessionEnded


class Session:
    """One run of a routine. Not thread-safe; owned by the UI thread."""

    def __init__(self, routine: Routine, clock: Clock) -> None:
        if not routine.steps:
            raise ValueError("a routine needs at least one step")
        self.routine = routine
        self.phases = build_phases(routine)
        self._clock = clock
        self.state = SessionState.READY
        self._index = 0
        self._phase_started = 0.0  # monotonic time the current phase began (shifted by pauses)
        self._paused_at: float | None = None
        self._step_started_at: datetime | None = None
        self._step_reps_done = 0
        self._step_active = 0.0
        self.results: list[StepResult] = []
        self._active_before = 0.0  # running time banked at the last pause or end
        self._running_since: float | None = None

    # ---- what the UI shows -------------------------------------------------------------------
    @property
    def total_seconds(self) -> int:
        return sum(p.seconds for p in self.phases)

    @property
    def phase(self) -> Phase:
        return self.phases[min(self._index, len(self.phases) - 1)]

    @property
    def phase_index(self) -> int:
        return self._index

    @property
    def step_index(self) -> int:
        return self.phase.step_index

    def _now(self) -> float:
        return self._paused_at if self._paused_at is not None else self._clock.monotonic()

    def phase_elapsed(self) -> float:
        if self.state is SessionState.READY:
            return 0.0
        if self.state in (SessionState.FINISHED, SessionState.ENDED_EARLY):
            return float(self.phase.seconds) if self.state is SessionState.FINISHED else 0.0
        return min(max(self._now() - self._phase_started, 0.0), float(self.phase.seconds))

    def phase_remaining(self) -> float:
        return self.phase.seconds - self.phase_elapsed()

    def active_seconds(self) -> float:
        """Time spent with the session running (pauses excluded); it only ever grows."""
        if self._running_since is None:
            return self._active_before
        return self._active_before + max(self._clock.monotonic() - self._running_since, 0.0)

    def elapsed_seconds(self) -> float:
        """Position in the planned timeline; moves forward except when the user goes back."""
        if self.state is SessionState.FINISHED:
            return float(self.total_seconds)
        done = sum(p.seconds for p in self.phases[: self._index])
        return done + self.phase_elapsed()

    def coming_side(self) -> Side | None:
        """The side of the next work phase of this exercise: what a "switch sides" cue names."""
        for phase in self.phases[self._index + 1 :]:
            if phase.step_index != self.step_index:
                return None
            if phase.is_work:
                return phase.side
        return None

    def next_step_index(self) -> int | None:
        following = self.step_index + 1
        return following if following < len(self.routine.steps) else None

    @property
    def is_over(self) -> bool:
        return self.state in (SessionState.FINISHED, SessionState.ENDED_EARLY)

    # ---- user actions --------------------------------------------------------------------------
    def start(self) -> list[Event]:
        if self.state is not SessionState.READY:
            return []
        self.state = SessionState.RUNNING
        self._phase_started = self._clock.monotonic()
        self._running_since = self._phase_started
        return [self._begin_phase()]

    def pause(self) -> list[Event]:
        """Stop the clock (after finishing whatever was already due)."""
        events = self.update()
        if self.state is SessionState.RUNNING:
            self._paused_at = self._clock.monotonic()
            self._bank_active()
            self.state = SessionState.PAUSED
        return events

    def resume(self) -> None:
        if self.state is SessionState.PAUSED and self._paused_at is not None:
            self._phase_started += self._clock.monotonic() - self._paused_at
            self._paused_at = None
            self._running_since = self._clock.monotonic()
            self.state = SessionState.RUNNING

    def toggle_pause(self) -> list[Event]:
        if self.state is SessionState.RUNNING:
            return self.pause()
        self.resume()
        return []

    def update(self) -> list[Event]:
        """Finish every phase whose deadline has passed; deadlines chain from each other."""
        events: list[Event] = []
        while self.state is SessionState.RUNNING:
            deadline = self._phase_started + self.phase.seconds
            if self._clock.monotonic() < deadline:
                break
            events.extend(self._finish_phase(at=deadline))
        return events

    def skip(self) -> list[Event]:
        """Leave the current exercise (recorded as not completed) and go to the next one."""
        events = self.update()  # what was already due happened before the key press
        if self.is_over or self.state is SessionState.READY:
            return events
        self._collect_current_phase()
        events.append(self._finish_step(completed=False))
        following = self._first_phase_of(self.step_index + 1)
        if following is None:
            return [*events, *self._end(SessionState.FINISHED)]
        return [*events, self._jump(following)]

    def back(self) -> list[Event]:
        """Restart the current exercise, or go to the previous one when it has only just begun."""
        events = self.update()
        if self.is_over or self.state is SessionState.READY:
            return events
        step_start = self._first_phase_of(self.step_index)
        assert step_start is not None
        into_step = float(sum(p.seconds for p in self.phases[step_start : self._index]))
        into_step += self.phase_elapsed()
        target = step_start
        if into_step < BACK_RESTARTS_AFTER_SECONDS and self.step_index > 0:
            previous = self._first_phase_of(self.step_index - 1)
            assert previous is not None
            target = previous
        return [*events, self._jump(target)]

    def end_early(self) -> list[Event]:
        """Stop now; the current exercise is recorded as not completed if any of it was done."""
        events = self.update()
        if self.is_over:
            return events
        if self.state is not SessionState.READY and self._step_started_at is not None:
            self._collect_current_phase()
            events.append(self._finish_step(completed=False))
        return [*events, *self._end(SessionState.ENDED_EARLY)]

    # ---- internals ------------------------------------------------------------------------------
    def _first_phase_of(self, step_index: int) -> int | None:
        return next((i for i, p in enumerate(self.phases) if p.step_index == step_index), None)

    def _begin_phase(self) -> PhaseStarted:
        first = self.phase.kind is PhaseKind.PREPARE
        if first or self._step_started_at is None:
            self._step_started_at = self._clock.now()
            self._step_reps_done = 0
            self._step_active = 0.0
        return PhaseStarted(self.phase, first_of_step=first)

    def _collect_current_phase(self) -> None:
        """Count the work done in the current phase so far (for an early end)."""
        if self.phase.is_work:
            self._step_active += self.phase_elapsed()

    def _jump(self, index: int) -> PhaseStarted:
        self._index = index
        now = self._clock.monotonic()
        self._phase_started = now
        if self._paused_at is not None:
            self._paused_at = now
        self._step_started_at = None
        return self._begin_phase()

    def _finish_phase(self, at: float) -> list[Event]:
        finished = self.phase
        if finished.is_work:
            self._step_reps_done += 1
            self._step_active += finished.seconds
        events: list[Event] = []
        next_index = self._index + 1
        last_of_step = next_index >= len(self.phases) or (
            self.phases[next_index].step_index != finished.step_index
        )
        if last_of_step:
            events.append(self._finish_step(completed=True))
        if next_index >= len(self.phases):
            self._index = len(self.phases) - 1
            return [*events, *self._end(SessionState.FINISHED)]
        self._index = next_index
        self._phase_started = at
        events.append(self._begin_phase())
        return events

    def _finish_step(self, completed: bool) -> StepFinished:
        step = self.routine.steps[self.step_index]
        started = self._step_started_at or self._clock.now()
        result = StepResult(
            step_index=self.step_index,
            exercise_id=step.exercise_id,
            started_at=started,
            ended_at=self._clock.now(),
            completed=completed,
            reps_done=self._step_reps_done,
            active_seconds=round(self._step_active, 1),
        )
        self.results.append(result)
        self._step_started_at = None
        return StepFinished(result)

    def _bank_active(self) -> None:
        if self._running_since is not None:
            self._active_before += max(self._clock.monotonic() - self._running_since, 0.0)
            self._running_since = None

    def _end(self, state: SessionState) -> list[Event]:
        self._bank_active()
        self.state = state
        self._paused_at = None
        return [SessionEnded(state)]
