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
    since_edit,
    steps_from_text,
    steps_to_text,
)
from coach.domain.exercises import Dosage
from coach.domain.history import SessionRecord, SessionStatus
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import Bounds, Direction, Reason, SessionPain

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
    assert declined_until("neck", changes, Direction.UP) == AT + timedelta(days=16)
    assert declined_until("other", changes, Direction.UP) is None


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
        SessionPain(date(2026, 6, 11), 3, True, 2),  # 22:30 UTC is past midnight in Berlin
        SessionPain(date(2026, 6, 11), 3, False, 2, stopped_for_pain=True),
    ]


def test_not_now_hides_only_suggestions_in_the_same_direction() -> None:
    """A declined step up must not hide a step down for pain above 5 (BIM, PROV)."""
    declined_up = change(LONGER, AT, Decision.DECLINED)
    assert declined_until("neck", [declined_up], Direction.UP) == AT + timedelta(days=7)
    assert declined_until("neck", [declined_up], Direction.DOWN) is None
    declined_down = replace(declined_up, direction=Direction.DOWN, at=AT + timedelta(days=1))
    both = [declined_up, declined_down]
    assert declined_until("neck", both, Direction.DOWN) == AT + timedelta(days=8)
    assert declined_until("neck", both, Direction.UP) == AT + timedelta(days=7)


def test_a_plan_routines_change_holds_only_under_the_plan_it_was_accepted_under() -> None:
    plan_routine = replace(ROUTINE, id="plan:neck")
    accepted = replace(change(LONGER, AT), routine_id="plan:neck", plan_id=1)
    assert effective_routine(plan_routine, [accepted], plan_id=1).steps == (LONGER,)
    assert last_change_day(plan_routine, [accepted], UTC, plan_id=1) == date(2026, 6, 10)
    # A new version of the plan (or a plan restored) starts again from its own dose.
    assert effective_routine(plan_routine, [accepted], plan_id=2) is plan_routine
    assert last_change_day(plan_routine, [accepted], UTC, plan_id=2) is None
    untied = replace(accepted, plan_id=None)  # e.g. from a backup that did not say
    assert effective_routine(plan_routine, [untied], plan_id=1) is plan_routine
    # The user's own and built-in routines keep their changes whichever plan is active.
    assert effective_routine(ROUTINE, [change(LONGER, AT)], plan_id=2).steps == (LONGER,)


def test_an_accepted_change_beyond_the_plans_bounds_is_not_used() -> None:
    changes = [change(LONGER, AT), change(EVEN_LONGER, AT + timedelta(days=8))]
    assert effective_routine(ROUTINE, changes, bounds=Bounds()).steps == (EVEN_LONGER,)
    capped = Bounds(max_hold_seconds=25)
    assert effective_routine(ROUTINE, changes, bounds=capped).steps == (LONGER,)
    assert last_change_day(ROUTINE, changes, UTC, bounds=capped) == date(2026, 6, 10)
    assert effective_routine(ROUTINE, changes, bounds=Bounds(max_hold_seconds=20)) is ROUTINE
    # Suggestions off: nothing above the routine's own dose; a step down still holds.
    off = Bounds(enabled=False)
    assert effective_routine(ROUTINE, changes, bounds=off) is ROUTINE
    shorter = replace(STEP, dosage=replace(STEP.dosage, hold_seconds=15))
    down = replace(change(shorter, AT + timedelta(days=9)), direction=Direction.DOWN)
    assert effective_routine(ROUTINE, [*changes, down], bounds=off).steps == (shorter,)
    # A routine whose own dose is above the plan's bounds keeps it (the bounds cap changes).
    assert effective_routine(ROUTINE, [down], bounds=Bounds(max_hold_seconds=10)).steps == (
        shorter,
    )


def test_sessions_carry_a_stop_for_pain_and_the_pain_before() -> None:
    def record(status: SessionStatus, minutes: int) -> SessionRecord:
        at = AT + timedelta(minutes=minutes)
        return SessionRecord(1, "neck", "Neck", 60, at, at, status, 2, 3, "", 1, 1, 60.0)

    records = [record(SessionStatus.STOPPED_PAIN, 0), record(SessionStatus.ENDED_EARLY, 10)]
    assert session_pains(records, "neck", UTC) == [
        SessionPain(date(2026, 6, 10), 3, False, pain_before=2, stopped_for_pain=True),
        SessionPain(date(2026, 6, 10), 3, False, pain_before=2),
    ]
    # Since a change: only the sessions at the new dose count.
    since = session_pains(records, "neck", UTC, since=AT + timedelta(minutes=5))
    assert since == [SessionPain(date(2026, 6, 10), 3, False, pain_before=2)]


def test_an_edit_by_the_user_ends_the_doses_accepted_before_it() -> None:
    """Setting a number back to the routine's own value made the old accepted change match the
    steps again, so the player ran the accepted dose the user had just changed."""
    accepted = change(LONGER, AT)
    declined = change(EVEN_LONGER, AT + timedelta(days=1), Decision.DECLINED)
    later = change(EVEN_LONGER, AT + timedelta(days=9))
    edited = AT + timedelta(days=2)
    assert since_edit([accepted, declined, later], None) == [accepted, declined, later]
    assert since_edit([accepted, declined, later], edited) == [declined, later]
    assert effective_routine(ROUTINE, since_edit([accepted], edited)) is ROUTINE
    assert effective_routine(ROUTINE, since_edit([accepted], AT)).steps == (LONGER,)
