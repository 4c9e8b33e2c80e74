"""Dose changes the user accepted or declined, and what they do to a routine: the bridge between
the progression rule of `safety.suggest_dose` and the routines the player runs.

A change keeps the routine's own steps it was made for (`base`) and the steps it gives (`steps`).
It applies only while the routine's own steps are still those: a routine edited since, a built-in
that changed, or a plan replaced starts again from its own dose. The latest accepted change wins
(each suggestion is made from the steps in force, so they build on each other); a declined one
hides suggestions for the routine for a week.
"""

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from coach.domain.exercises import DOSAGE_FIELDS, Dosage
from coach.domain.history import SessionRecord, SessionStatus
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import Direction, Reason, SessionPain

HIDE_AFTER_DECLINE = timedelta(days=7)  # "Not now" hides the suggestion for a week
UNSCHEDULED_PER_WEEK = 7  # (product choice) a routine without reminders: daily is best (ACSM)


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


def _in_force(routine: Routine, changes: Iterable[DoseChange]) -> DoseChange | None:
    accepted = [
        c
        for c in changes
        if c.routine_id == routine.id
        and c.decision is Decision.ACCEPTED
        and c.base == routine.steps
    ]
    return max(accepted, key=lambda c: c.at) if accepted else None


def effective_routine(routine: Routine, changes: Iterable[DoseChange]) -> Routine:
    """`routine` with the dose the user accepted last (its own dose when none applies)."""
    change = _in_force(routine, changes)
    return routine if change is None else replace(routine, steps=change.steps)


def last_change_day(routine: Routine, changes: Iterable[DoseChange], zone: tzinfo) -> date | None:
    """The local day of the change in force: the week's one step counts from it."""
    change = _in_force(routine, changes)
    return None if change is None else change.at.astimezone(zone).date()


def declined_until(routine_id: str, changes: Iterable[DoseChange]) -> datetime | None:
    """Until when suggestions for the routine stay hidden after "Not now" (None: not hidden)."""
    declined = [
        c.at for c in changes if c.routine_id == routine_id and c.decision is Decision.DECLINED
    ]
    return max(declined) + HIDE_AFTER_DECLINE if declined else None


def session_pains(
    records: Iterable[SessionRecord], routine_id: str, zone: tzinfo
) -> list[SessionPain]:
    """The routine's finished sessions as the progression rule reads them: the local day, the
    pain right after, and whether it was done to the end."""
    return [
        SessionPain(
            record.started_at.astimezone(zone).date(),
            record.pain_after,
            record.status is SessionStatus.COMPLETED,
        )
        for record in records
        if record.routine_id == routine_id and record.status is not SessionStatus.IN_PROGRESS
    ]
