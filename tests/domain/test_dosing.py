"""Accepted and declined dose changes and what they do to a routine (progression: product choice
on BIM/PROV, CLINICAL.md section 3: never more than one step a week)."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from coach.domain.dosing import (
    Decision,
    DoseChange,
    declined_until,
    effective_routine,
    last_change_day,
    session_pains,
    steps_from_text,
    steps_to_text,
)
from coach.domain.exercises import Dosage
from coach.domain.history import SessionRecord, SessionStatus
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import Direction, Reason, SessionPain

AT = datetime(2026, 6, 10, 22, 30, tzinfo=UTC)
STEP = RoutineStep("upper_trap_stretch", Dosage(hold_seconds=20, reps=2, per_side=True))
LONGER = replace(STEP, dosage=replace(STEP.dosage, hold_seconds=25))
EVEN_LONGER = replace(STEP, dosage=replace(STEP.dosage, hold_seconds=30))
ROUTINE = Routine("neck", "Neck basics", "", (STEP,))


def change(steps: RoutineStep, at: datetime, decision: Decision = Decision.ACCEPTED) -> DoseChange:
    return DoseChange(
        "neck", (STEP,), (steps,), Direction.UP, Reason.EASY_AND_REGULAR, decision, at
    )


def test_steps_keep_their_whole_dosage_as_text() -> None:
    assert steps_from_text(steps_to_text((STEP, LONGER))) == (STEP, LONGER)
    with pytest.raises(ValueError, match="dosage fields"):
        steps_from_text('[{"exercise": "x", "dosage": {"reps": 2}}]')
    with pytest.raises(ValueError, match="hold_seconds"):
        steps_from_text(
            steps_to_text((STEP,)).replace('"hold_seconds": 20', '"hold_seconds": "20"')
        )
    with pytest.raises(ValueError):
        steps_from_text(steps_to_text((STEP,)).replace('"hold_seconds": 20', '"hold_seconds": 999'))


def test_the_latest_accepted_change_is_in_force_and_declines_change_nothing() -> None:
    changes = [
        change(LONGER, AT),
        change(EVEN_LONGER, AT + timedelta(days=8)),
        change(STEP, AT + timedelta(days=9), Decision.DECLINED),
    ]
    assert effective_routine(ROUTINE, changes).steps == (EVEN_LONGER,)
    assert effective_routine(ROUTINE, changes[:1]).steps == (LONGER,)
    assert effective_routine(ROUTINE, []) is ROUTINE
    assert last_change_day(ROUTINE, changes, UTC) == date(2026, 6, 18)
    assert declined_until("neck", changes) == AT + timedelta(days=16)
    assert declined_until("other", changes) is None


def test_a_routine_edited_since_runs_at_its_own_dose() -> None:
    edited = replace(ROUTINE, steps=(replace(STEP, dosage=replace(STEP.dosage, reps=3)),))
    changes = [change(LONGER, AT)]
    assert effective_routine(edited, changes) is edited
    assert last_change_day(edited, changes, UTC) is None


def test_a_change_never_swaps_exercises() -> None:
    with pytest.raises(ValueError, match="only doses change"):
        change(RoutineStep("chin_tuck", STEP.dosage), AT)


def test_sessions_are_read_on_the_local_day_and_unfinished_ones_left_out() -> None:
    from zoneinfo import ZoneInfo

    def record(status: SessionStatus, routine_id: str = "neck") -> SessionRecord:
        return SessionRecord(1, routine_id, "Neck", 60, AT, AT, status, 2, 3, "", 1, 1, 60.0)

    records = [
        record(SessionStatus.COMPLETED),
        record(SessionStatus.STOPPED_PAIN),
        record(SessionStatus.IN_PROGRESS),
        record(SessionStatus.COMPLETED, "other"),
    ]
    pains = session_pains(records, "neck", ZoneInfo("Europe/Berlin"))
    assert pains == [
        SessionPain(date(2026, 6, 11), 3, True),  # 22:30 UTC is past midnight in Berlin
        SessionPain(date(2026, 6, 11), 3, False),
    ]
