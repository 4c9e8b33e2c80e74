"""Dose ceilings (CLINICAL.md section 3): a static stretch accumulates at most 60 s a side as 2-4
holds of 10-30 s (ACSM); a neck movement at most 10 holds of up to 10 s a side in 2 sets (ARUK,
product choice); strength at most 3 sets of 8-15 (A08, ACSM), then a stronger band; mobility at
most 10 of up to 10 s in 2 sets (product choice). A plan's bounds lower them, never raise them, and
an accepted dose above one is brought under it when it is read."""

import json
import logging
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.ceilings import CEILINGS, clamp, field_limit, over_ceiling, within
from coach.domain.dosing import Decision, DoseChange, effective_routine
from coach.domain.exercises import Dosage, DoseKind, load_library
from coach.domain.routines import Routine, RoutineStep, load_builtin_routines
from coach.domain.safety import Bounds, Direction, Reason, SessionPain, suggest_dose
from tests.helpers import REPO_ROOT

LIBRARY = load_library(REPO_ROOT / "resources" / "exercises")
KINDS = LIBRARY.dose_kinds()
START = date(2026, 3, 16)  # a Monday
STEPPED = ("hold_seconds", "reps", "sets")

EXPECTED_KINDS = {
    "band_pull_apart": DoseKind.STRENGTH,
    "band_row": DoseKind.STRENGTH,
    "cat_camel": DoseKind.MOBILITY,
    "chin_tuck": DoseKind.NECK_MOVEMENT,
    "doorway_chest_stretch": DoseKind.STRETCH,
    "levator_scapulae_stretch": DoseKind.STRETCH,
    "neck_forward_bend": DoseKind.NECK_MOVEMENT,
    "neck_rotation": DoseKind.NECK_MOVEMENT,
    "neck_side_bend": DoseKind.NECK_MOVEMENT,
    "seated_extension": DoseKind.MOBILITY,
    "seated_forward_bend": DoseKind.MOBILITY,
    "seated_rotation": DoseKind.MOBILITY,
    "seated_side_bend": DoseKind.MOBILITY,
    "shoulder_blade_squeeze": DoseKind.MOBILITY,
    "shoulder_rolls": DoseKind.MOBILITY,
    "shoulder_shrug": DoseKind.MOBILITY,
    "thread_the_needle": DoseKind.MOBILITY,
    "upper_trapezius_stretch": DoseKind.STRETCH,
    "wall_angel": DoseKind.MOBILITY,
}


def easy_week(today: date) -> tuple[list[SessionPain], dict[date, float]]:
    """A week that earns a step up: daily sessions with pain 1 after, every next day no worse
    than the baseline of the 3 weeks before."""
    sessions = [SessionPain(today - timedelta(days=n), 1, True, 2) for n in range(7)]
    daily = {today - timedelta(days=n): 3.0 for n in range(28)}
    return sessions, daily


def accept_weeks(
    routine: Routine, weeks: int, bounds: Bounds | None = None
) -> list[tuple[Routine, Direction, Reason]]:
    """`weeks` weeks of step-ups accepted each week, as Today offers them."""
    bounds = bounds or Bounds()
    history = []
    today = START
    last_change = None
    for _ in range(weeks):
        sessions, daily = easy_week(today)
        suggestion = suggest_dose(routine, today, sessions, daily, 7, last_change, bounds, KINDS)
        if suggestion.changes:
            routine = replace(routine, steps=suggestion.steps)
            last_change = today
        history.append((routine, suggestion.direction, suggestion.reason))
        today += timedelta(days=7)
    return history


def held_a_side(dosage: Dosage) -> int:
    return dosage.hold_seconds * dosage.reps * dosage.sets


def test_every_built_in_exercise_names_its_dose_kind() -> None:
    for path in sorted((REPO_ROOT / "resources" / "exercises").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data.get("dose_kind") == EXPECTED_KINDS[path.stem].value, path.name
    assert KINDS == EXPECTED_KINDS


def test_every_built_in_default_and_routine_dose_is_within_its_ceiling_acsm_aruk_a08() -> None:
    for exercise in LIBRARY.exercises:
        assert within(exercise.dosage, CEILINGS[exercise.dose_kind]), exercise.id
    routines, problems = load_builtin_routines(REPO_ROOT / "resources" / "routines", LIBRARY)
    assert not problems
    for routine in routines:
        for step in routine.steps:
            assert within(step.dosage, CEILINGS[KINDS[step.exercise_id]]), (routine.id, step)


def test_upper_trapezius_stretch_never_reaches_18_minutes_a_side_by_week_7_acsm() -> None:
    """The review's simulation: the old rule took 2 holds of 30 s to 3 sets of 12 holds of 30 s
    (18 minutes a side) by week 7. A stretch accumulates at most 60 s a side (ACSM)."""
    exercise = LIBRARY.get("upper_trapezius_stretch")
    assert exercise is not None
    routine = Routine("neck", "Neck", "", (RoutineStep(exercise.id, exercise.dosage),))
    history = accept_weeks(routine, 7)
    final = history[-1][0].steps[0].dosage
    assert held_a_side(final) <= 60
    assert (final.sets, final.reps, final.hold_seconds) == (1, 2, 30)  # its default: the ceiling
    assert all(reason is Reason.AT_THE_LIMIT for _r, _d, reason in history)


def test_a_shorter_stretch_grows_to_60_s_a_side_and_stops_acsm() -> None:
    routine = Routine(
        "neck", "Neck", "", (RoutineStep("levator_scapulae_stretch", Dosage(15, 2, per_side=True)),)
    )
    doses = [r.steps[0].dosage for r, _d, _r in accept_weeks(routine, 8)]
    assert [d.hold_seconds for d in doses[:3]] == [20, 25, 30]
    assert all(held_a_side(d) <= 60 and d.reps * d.sets <= 4 for d in doses)
    assert doses[-1] == Dosage(30, 2, per_side=True)


def test_a_neck_movement_stops_at_10_holds_of_10_s_in_2_sets_aruk() -> None:
    exercise = LIBRARY.get("chin_tuck")
    assert exercise is not None
    routine = Routine("neck", "Neck", "", (RoutineStep(exercise.id, exercise.dosage),))
    doses = [r.steps[0].dosage for r, _d, _r in accept_weeks(routine, 6)]
    assert doses[0] == replace(exercise.dosage, sets=2)  # 10 holds already: one more set
    assert all(d.reps <= 10 and d.sets <= 2 and d.hold_seconds <= 10 for d in doses)
    assert doses[-1] == doses[0]


def test_a_band_exercise_stops_at_3_sets_of_15_then_a_stronger_band_a08_acsm() -> None:
    exercise = LIBRARY.get("band_row")
    assert exercise is not None
    routine = Routine("band", "Band", "", (RoutineStep(exercise.id, exercise.dosage),))
    history = accept_weeks(routine, 8)
    doses = [(r.steps[0].dosage.sets, r.steps[0].dosage.reps) for r, _d, _r in history]
    assert doses[:5] == [(2, 12), (2, 14), (2, 15), (3, 15), (3, 15)]
    assert all(sets <= 3 and reps <= 15 for sets, reps in doses)
    sessions, daily = easy_week(START)
    at_limit = suggest_dose(history[-1][0], START, sessions, daily, 7, None, Bounds(), KINDS)
    assert (at_limit.direction, at_limit.reason) == (Direction.HOLD, Reason.AT_THE_LIMIT)
    assert at_limit.stronger_band == ("band_row",)


def test_a_step_up_names_band_exercises_at_their_ceiling_a08_acsm() -> None:
    steps = (
        RoutineStep("band_row", Dosage(reps=15, sets=3, rep_seconds=3)),
        RoutineStep("cat_camel", Dosage(reps=6, rep_seconds=5)),
    )
    sessions, daily = easy_week(START)
    up = suggest_dose(Routine("r", "R", "", steps), START, sessions, daily, 7, None, kinds=KINDS)
    assert up.direction is Direction.UP and up.stronger_band == ("band_row",)
    assert up.steps[0] == steps[0] and up.steps[1].dosage.reps == 8


def test_a_plans_bounds_lower_the_ceilings_never_raise_them() -> None:
    routine = Routine(
        "band", "Band", "", (RoutineStep("band_row", Dosage(reps=10, sets=2, rep_seconds=3)),)
    )
    loose = Bounds(max_hold_seconds=120, max_reps=30, max_sets=6)
    final = accept_weeks(routine, 10, loose)[-1][0].steps[0].dosage
    assert (final.sets, final.reps) == (3, 15)  # the ceiling, not the plan's 6 x 30
    tight = Bounds(max_reps=12, max_sets=2)
    final = accept_weeks(routine, 10, tight)[-1][0].steps[0].dosage
    assert (final.sets, final.reps) == (2, 12)


def test_clamp_brings_the_reviews_18_minutes_back_to_60_s_acsm() -> None:
    reviewed = Dosage(hold_seconds=30, reps=12, sets=3, rest_seconds=30, per_side=True)
    assert not within(reviewed, CEILINGS[DoseKind.STRETCH])
    assert clamp(reviewed, CEILINGS[DoseKind.STRETCH]) == replace(reviewed, reps=2, sets=1)
    assert clamp(Dosage(15, 2, 3), CEILINGS[DoseKind.STRETCH]) == Dosage(15, 2, 2)
    band = Dosage(reps=20, sets=5, rep_seconds=3)
    assert clamp(band, CEILINGS[DoseKind.STRENGTH]) == Dosage(reps=15, sets=3, rep_seconds=3)
    tuck = Dosage(hold_seconds=20, reps=12, sets=3)
    assert clamp(tuck, CEILINGS[DoseKind.NECK_MOVEMENT]) == Dosage(10, 10, 2)


def test_over_ceiling_names_the_part_to_lower_and_its_most_acsm() -> None:
    stretch = CEILINGS[DoseKind.STRETCH]
    assert over_ceiling(Dosage(30, 3), stretch) == ("reps", 2)  # 90 s: 2 holds of 30 s
    assert over_ceiling(Dosage(30, 1, 3), stretch) == ("sets", 2)
    assert over_ceiling(Dosage(45, 1), stretch) == ("hold_seconds", 30)
    assert over_ceiling(Dosage(30, 2), stretch) is None
    assert field_limit(Dosage(20, 2), "hold_seconds", stretch) == 30
    assert field_limit(Dosage(20, 2), "reps", stretch) == 3


def test_an_accepted_dose_above_its_ceiling_is_clamped_on_read_with_a_log_line_acsm(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Doses accepted under the old rule are stored: they run at the ceiling, never crash."""
    own = RoutineStep("upper_trapezius_stretch", Dosage(30, 2, per_side=True))
    grown = RoutineStep("upper_trapezius_stretch", Dosage(30, 12, 3, per_side=True))
    at = datetime(2026, 5, 1, 9, tzinfo=UTC)
    change = DoseChange(
        "neck", (own,), (grown,), Direction.UP, Reason.EASY_AND_REGULAR, Decision.ACCEPTED, at
    )
    routine = Routine("neck", "Neck", "", (own,))
    with caplog.at_level(logging.WARNING, logger="coach.domain.dosing"):
        running = effective_routine(routine, [change], kinds=KINDS)
    assert running.steps == (own,)  # 2 holds of 30 s a side, not 18 minutes
    assert any(
        "upper_trapezius_stretch" in r.getMessage() and "above its ceiling" in r.getMessage()
        for r in caplog.records
    )


_BOUND = st.none() | st.integers(1, 120)
_DIRECTIONS = st.lists(st.sampled_from([Direction.UP] * 4 + [Direction.DOWN]), max_size=25)


@st.composite
def exercises(draw: st.DrawFn) -> tuple[str, Dosage, dict[str, DoseKind]]:
    """A built-in exercise at its default, or a plan's own of any kind at any dose within its
    ceiling."""
    if draw(st.booleans()):
        exercise = draw(st.sampled_from(LIBRARY.exercises))
        return exercise.id, exercise.dosage, KINDS
    kind = draw(st.sampled_from(list(DoseKind)))
    ceiling = CEILINGS[kind]
    hold = draw(st.sampled_from([0, draw(st.integers(1, ceiling.max_hold_seconds))]))
    dosage = Dosage(
        hold_seconds=hold,
        reps=draw(st.integers(1, ceiling.max_reps)),
        sets=draw(st.integers(1, ceiling.max_sets)),
        per_side=draw(st.booleans()),
        rep_seconds=0 if hold else draw(st.integers(1, 20)),
    )
    return "own_exercise", clamp(dosage, ceiling), {"own_exercise": kind}


@settings(max_examples=300, deadline=None)
@given(
    exercises(), _BOUND, st.none() | st.integers(1, 30), st.none() | st.integers(1, 6), _DIRECTIONS
)
def test_no_sequence_of_accepted_step_ups_passes_the_ceiling_acsm_aruk_a08(
    exercise: tuple[str, Dosage, dict[str, DoseKind]],
    max_hold: int | None,
    max_reps: int | None,
    max_sets: int | None,
    directions: list[Direction],
) -> None:
    exercise_id, default, kinds = exercise
    kind = kinds[exercise_id]
    bounds = Bounds(max_hold, max_reps, max_sets)
    own = Routine("r", "R", "", (RoutineStep(exercise_id, default),))
    routine = own
    changes: list[DoseChange] = []
    today = START
    for number, direction in enumerate(directions):
        sessions, daily = easy_week(today)
        if direction is Direction.DOWN:
            sessions = [*sessions, SessionPain(today, 7, True, 2)]
        suggestion = suggest_dose(routine, today, sessions, daily, 7, None, bounds, kinds)
        if suggestion.changes:  # accepted, stored, read back as the player will run it
            changes.append(
                DoseChange(
                    "r",
                    own.steps,
                    suggestion.steps,
                    suggestion.direction,
                    suggestion.reason,
                    Decision.ACCEPTED,
                    datetime(2026, 1, 1, tzinfo=UTC) + timedelta(days=7 * number),
                )
            )
        routine = effective_routine(own, changes, bounds=bounds, kinds=kinds)
        dose = routine.steps[0].dosage
        assert within(dose, CEILINGS[kind])
        for name in STEPPED:
            bound = bounds.limit(name)
            if bound is not None:
                assert getattr(dose, name) <= max(bound, getattr(default, name))
        today += timedelta(days=7)
