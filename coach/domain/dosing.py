"""Dose changes the user accepted or declined, and what they do to a routine: the bridge between
the progression rule of `safety.suggest_dose` and the routines the player runs.

A change keeps the routine's own steps it was made for (`base`) and the steps it gives (`steps`).
It applies only while the routine's own steps are still those: a routine edited since, a built-in
that changed, or a plan replaced starts again from its own dose. A change to a clinician plan's
routine also holds only under the plan it was accepted under, and no change holds beyond the
active plan's bounds (with suggestions off, none above the routine's own dose). The latest
accepted change wins (each suggestion is made from the steps in force, so they build on each
other); a declined one hides suggestions in the same direction for the routine for a week.

No accepted dose runs above its exercise's ceiling (CLINICAL.md section 3, `coach.domain.ceilings`):
one stored before the ceilings existed (the old rule grew a stretch to 3 sets of 12) is brought
under it when it is read, with a line in the log.
"""

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from coach.domain.ceilings import ceiling_of, clamp
from coach.domain.exercises import DOSAGE_FIELDS, Dosage, DoseKind
from coach.domain.history import SessionRecord, SessionStatus
from coach.domain.plan_summary import PLAN_ROUTINE_PREFIX
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import Bounds, Direction, Reason, SessionPain

log = logging.getLogger(__name__)
_logged: set[tuple[str, datetime]] = set()  # changes already logged as clamped (once a run)

HIDE_AFTER_DECLINE = timedelta(days=7)  # "Not now" hides the same direction for a week
UNSCHEDULED_PER_WEEK = 7  # (product choice) a routine without reminders: daily is best (ACSM)
COACH_BOUNDS = Bounds()  # Coach's own bounds, when no plan sets any


class Decision(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"


@dataclass(frozen=True)
class DoseChange:
    routine_id: str
    base: tuple[RoutineStep, ...]  # the routine's own steps when the change was made
    steps: tuple[RoutineStep, ...]  # the steps with the suggested dose
    direction: Direction
    reason: Reason
    decision: Decision
    at: datetime
    plan_id: int | None = None  # the clinician plan active when it was made (store row id)

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("a dose change's time must be timezone-aware")
        if [s.exercise_id for s in self.base] != [s.exercise_id for s in self.steps]:
            raise ValueError("a dose change keeps the routine's exercises; only doses change")


def steps_to_text(steps: Sequence[RoutineStep]) -> str:
    """Steps with their whole dosage as JSON (no library needed to read them back)."""
    return json.dumps(
        [
            {
                "exercise": step.exercise_id,
                "dosage": {name: getattr(step.dosage, name) for name in DOSAGE_FIELDS},
            }
            for step in steps
        ],
        sort_keys=True,
    )


def steps_from_text(text: str) -> tuple[RoutineStep, ...]:
    """Steps from `steps_to_text`; ValueError (or TypeError) saying what is wrong."""
    data = json.loads(text)
    if not isinstance(data, list) or not data:
        raise ValueError("expected a list of steps")
    steps = []
    for index, item in enumerate(data):
        if not isinstance(item, dict) or not isinstance(item.get("exercise"), str):
            raise ValueError(f"step {index} has no exercise")
        dosage = item.get("dosage")
        if not isinstance(dosage, dict) or set(dosage) != set(DOSAGE_FIELDS):
            raise ValueError(f"step {index} needs the dosage fields {', '.join(DOSAGE_FIELDS)}")
        values = {name: dosage[name] for name in DOSAGE_FIELDS}
        for name, value in values.items():
            wanted = bool if name == "per_side" else int
            if type(value) is not wanted:
                raise ValueError(f"step {index} dosage.{name} holds {value!r}")
        steps.append(RoutineStep(item["exercise"], Dosage(**values)))
    return tuple(steps)


def in_force(
    routine: Routine,
    changes: Iterable[DoseChange],
    plan_id: int | None = None,
    bounds: Bounds = COACH_BOUNDS,
    kinds: Mapping[str, DoseKind] | None = None,
) -> DoseChange | None:
    """The latest accepted change that still applies to `routine`: made for its own steps, under
    the active plan `plan_id` when it is a plan's routine, and within `bounds`; its steps brought
    under their exercises' ceilings (`kinds` gives each exercise's kind by id)."""
    accepted = [
        c
        for c in changes
        if c.routine_id == routine.id
        and c.decision is Decision.ACCEPTED
        and c.base == routine.steps
        and (not routine.id.startswith(PLAN_ROUTINE_PREFIX) or c.plan_id == plan_id)
        and _within(c, bounds)
    ]
    return _under_ceilings(max(accepted, key=lambda c: c.at), kinds or {}) if accepted else None


def _under_ceilings(change: DoseChange, kinds: Mapping[str, DoseKind]) -> DoseChange:
    """The change with each step clamped to its ceiling (logged when one was above it)."""
    steps = tuple(
        replace(s, dosage=clamp(s.dosage, ceiling_of(s.exercise_id, s.dosage, kinds)))
        for s in change.steps
    )
    if steps == change.steps:
        return change
    if (change.routine_id, change.at) in _logged:
        return replace(change, steps=steps)
    _logged.add((change.routine_id, change.at))
    for before, after in zip(change.steps, steps, strict=True):
        if before != after:
            log.warning(
                "the accepted dose of %s in %s (from %s) is above its ceiling: %s runs as %s",
                before.exercise_id,
                change.routine_id,
                change.at.isoformat(),
                _dose_words(before.dosage),
                _dose_words(after.dosage),
            )
    return replace(change, steps=steps)


def _dose_words(dosage: Dosage) -> str:
    """A dose for the log: "3 x 12 x 30 s"."""
    work = f"{dosage.hold_seconds} s" if dosage.hold_seconds else f"{dosage.rep_seconds} s moves"
    return f"{dosage.sets} x {dosage.reps} x {work}"


def _within(change: DoseChange, bounds: Bounds) -> bool:
    """No step above the bounds, unless its own dose is already (with suggestions off, no step
    above its own dose)."""
    for own, new in zip(change.base, change.steps, strict=True):
        for name in ("hold_seconds", "reps", "sets"):
            bound = bounds.limit(name)
            limit = getattr(own.dosage, name)
            if bounds.enabled:
                limit = getattr(new.dosage, name) if bound is None else max(limit, bound)
            if getattr(new.dosage, name) > limit:
                return False
    return True


def since_edit(changes: Iterable[DoseChange], edited_at: datetime | None) -> list[DoseChange]:
    """The changes that still speak for a routine whose steps the user last changed at
    `edited_at` (None: never, or not theirs to change): a dose accepted before that edit no longer
    applies, since the user's own numbers replaced it, even when the edit brought the steps back
    to what the change was made for. Declined ones stay: they only hide suggestions a while."""
    return [
        c
        for c in changes
        if edited_at is None or c.decision is not Decision.ACCEPTED or c.at >= edited_at
    ]


def effective_routine(
    routine: Routine,
    changes: Iterable[DoseChange],
    plan_id: int | None = None,
    bounds: Bounds = COACH_BOUNDS,
    kinds: Mapping[str, DoseKind] | None = None,
) -> Routine:
    """`routine` with the dose the user accepted last (its own dose when none applies), under
    its exercises' ceilings."""
    change = in_force(routine, changes, plan_id, bounds, kinds)
    return routine if change is None else replace(routine, steps=change.steps)


def last_change_day(
    routine: Routine,
    changes: Iterable[DoseChange],
    zone: tzinfo,
    plan_id: int | None = None,
    bounds: Bounds = COACH_BOUNDS,
) -> date | None:
    """The local day of the change in force: the week's one step up counts from it."""
    change = in_force(routine, changes, plan_id, bounds)
    return None if change is None else change.at.astimezone(zone).date()


def declined_until(
    routine_id: str, changes: Iterable[DoseChange], direction: Direction
) -> datetime | None:
    """Until when suggestions for the routine in `direction` stay hidden after "Not now" (None:
    not hidden). A declined step up never hides a step down, nor the other way round."""
    declined = [
        c.at
        for c in changes
        if c.routine_id == routine_id
        and c.decision is Decision.DECLINED
        and c.direction is direction
    ]
    return max(declined) + HIDE_AFTER_DECLINE if declined else None


def session_pains(
    records: Iterable[SessionRecord],
    routine_id: str,
    zone: tzinfo,
    since: datetime | None = None,
) -> list[SessionPain]:
    """The routine's finished sessions as the progression rule reads them: the local day, the
    pain right after, whether it was done to the end, the pain before it and whether it was
    stopped because it hurt. With `since` (the change in force), only the sessions started
    after it: the ones at the dose the rule is about."""
    return [
        SessionPain(
            record.started_at.astimezone(zone).date(),
            record.pain_after,
            record.status is SessionStatus.COMPLETED,
            record.pain_before,
            record.status is SessionStatus.STOPPED_PAIN,
        )
        for record in records
        if record.routine_id == routine_id
        and record.status is not SessionStatus.IN_PROGRESS
        and (since is None or record.started_at >= since)
    ]
