"""Dose suggestions and the doses in force, without a window (issue 9, part 3; CLINICAL.md
section 3): what is offered after a week of sessions, what a plan's bounds allow, what a stop for
pain blocks, and the user's decision kept and announced. Today's card is tested in
tests/ui/test_progression_ui.py."""

import json
from datetime import timedelta
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.domain.dosing import Decision, DoseChange
from coach.domain.history import SessionStatus
from coach.domain.routines import Routine
from coach.domain.safety import Direction, Reason
from coach.services.catalog import builtin_catalog
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.doses import DoseService
from coach.services.errors import ServiceError
from coach.services.plans import PlanService, read_plan
from tests.helpers import REPO_ROOT
from tests.services.conftest import read_only

DAY = 24 * 3600
NECK = REPO_ROOT / "resources" / "plans" / "examples" / "neck-and-upper-back.coachplan"


def desk_reset() -> Routine:
    return next(r for r in builtin_catalog().routines if r.id == "desk_reset")


def do_routine(context: ServiceContext, clock: FakeClock, pain_after: int) -> None:
    """One session of the desk reset now, done to the end, with the pain after it."""
    repo = context.repo
    session = repo.start_session(desk_reset(), 2)
    clock.advance(180)
    repo.finish_session(session, SessionStatus.COMPLETED, pain_after)


def easy_week(context: ServiceContext, clock: FakeClock, pain: int = 2) -> None:
    """Seven days with the routine twice a day, pain after at most `pain`; ends at 09:30."""
    clock.jump_wall(-7 * DAY)
    for _day in range(7):
        clock.advance(3600)  # 10:30 (UTC)
        do_routine(context, clock, pain)
        clock.advance(4 * 3600)
        do_routine(context, clock, pain - 1)
        clock.advance(DAY - 5 * 3600 - 360)


def adopt_neck_plan(
    context: ServiceContext, tmp_path: Path, progression: dict[str, object]
) -> None:
    data = json.loads(NECK.read_text())
    data["progression"] = progression
    path = tmp_path / "plan.coachplan"
    path.write_text(json.dumps(data))
    PlanService(context).adopt(read_plan(path), str(path))


def test_an_easy_regular_week_offers_one_step_up(context: ServiceContext, clock: FakeClock) -> None:
    doses = DoseService(context)
    assert doses.current_offers() == []
    easy_week(context, clock)
    (offer,) = doses.current_offers()
    assert offer.routine.id == "desk_reset" and offer.plan_id is None
    assert offer.current.steps == desk_reset().steps
    assert (offer.suggestion.direction, offer.suggestion.reason) == (
        Direction.UP,
        Reason.EASY_AND_REGULAR,
    )


def test_a_plan_bounds_the_step_up(
    context: ServiceContext, clock: FakeClock, tmp_path: Path
) -> None:
    adopt_neck_plan(
        context,
        tmp_path,
        {"mode": "suggest", "max_reps": 5, "max_sets": 1, "max_hold_seconds": 5},
    )
    easy_week(context, clock)  # the desk reset, done though not the plan's routine
    (offer,) = DoseService(context).current_offers()
    changed = [
        (new.exercise_id, old.dosage.reps, new.dosage.reps)
        for old, new in zip(offer.current.steps, offer.suggestion.steps, strict=True)
        if old != new
    ]
    assert changed == [("neck_side_bend", 3, 5)]  # the others are at the plan's bounds


def test_a_plan_that_turns_suggestions_off_offers_none(
    context: ServiceContext, clock: FakeClock, tmp_path: Path
) -> None:
    adopt_neck_plan(context, tmp_path, {"mode": "off"})
    easy_week(context, clock)
    doses = DoseService(context)
    assert not doses.bounds().enabled
    assert doses.current_offers() == []


def test_a_session_stopped_because_it_hurt_blocks_the_step_up(
    context: ServiceContext, clock: FakeClock
) -> None:
    easy_week(context, clock)
    repo = context.repo
    session = repo.start_session(desk_reset(), 2)
    clock.advance(60)
    repo.finish_session(session, SessionStatus.STOPPED_PAIN, 3, "the user reported pain")
    assert DoseService(context).current_offers() == []


def test_no_step_up_when_no_day_after_a_session_was_rated(
    context: ServiceContext, clock: FakeClock
) -> None:
    """Sessions without a pain rating before them and no check-ins: the next day cannot be
    checked, so the week is not called easy."""
    repo = context.repo
    doses = DoseService(context)
    clock.jump_wall(-7 * DAY)
    for _day in range(7):
        for _twice in range(2):
            session = repo.start_session(desk_reset(), None)
            clock.advance(180)
            repo.finish_session(session, SessionStatus.COMPLETED, 1)
            clock.advance(3600)
        clock.advance(DAY - 2 * (3600 + 180))
    assert doses.current_offers() == []
    repo.add_checkin(1, at=clock.now() - timedelta(days=1))  # yesterday and today rated:
    repo.add_checkin(1)  # the day after yesterday's sessions can be compared with it
    clock.advance(60)
    (offer,) = doses.current_offers()
    assert offer.suggestion.direction is Direction.UP


def test_an_accepted_dose_is_kept_announced_and_run(
    context: ServiceContext, clock: FakeClock, announced: list[Change]
) -> None:
    easy_week(context, clock)
    doses = DoseService(context)
    (offer,) = doses.current_offers()
    change = doses.decide(offer, Decision.ACCEPTED)
    assert change == DoseChange(
        offer.routine.id,
        offer.routine.steps,
        offer.suggestion.steps,
        offer.suggestion.direction,
        offer.suggestion.reason,
        Decision.ACCEPTED,
        clock.now(),
        offer.plan_id,
    )
    assert announced == [Change.DOSES]
    assert doses.accepted_change(desk_reset()) == change
    assert doses.routine_at_dose(desk_reset()).steps == offer.suggestion.steps
    rules = doses.rules()
    assert doses.routine_at_dose(desk_reset(), rules).steps == offer.suggestion.steps
    assert doses.current_offers() == []  # never more than one step a week


def test_a_decision_that_cannot_be_kept_is_a_service_error(
    context: ServiceContext, clock: FakeClock, announced: list[Change]
) -> None:
    easy_week(context, clock)
    doses = DoseService(context)
    (offer,) = doses.current_offers()
    with read_only(context), pytest.raises(ServiceError) as caught:
        doses.decide(offer, Decision.DECLINED)
    assert str(caught.value.message).startswith("Not saved: ")
    assert announced == []
    assert context.repo.dose_changes("desk_reset") == []


def test_suggestions_that_cannot_be_read_are_a_service_error(context: ServiceContext) -> None:
    context.repo.connection.execute("ALTER TABLE sessions RENAME TO sessions_gone")
    with pytest.raises(ServiceError):
        DoseService(context).current_offers()
