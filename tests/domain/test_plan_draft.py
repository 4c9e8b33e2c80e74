"""The plan editor's draft without Qt: read every example plan and write it back unchanged, drafts
drawn at random survive a save and a reopen, ids follow names, references follow their routine or
exercise, and step dosages are kept as their differences."""

import base64
import json
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.domain.ceilings import CEILINGS, within
from coach.domain.exercises import (
    AREAS,
    DOSAGE_FIELDS,
    EQUIPMENT,
    GOALS,
    POSITIONS,
    Dosage,
    dosage_problems,
    kind_for_goal,
    load_library,
)
from coach.domain.plan import PlanError, load_schema, parse_plan
from coach.domain.plan_draft import (
    MAX_ROUTINES,
    DosageValues,
    PlanDraft,
    StepDraft,
    derive_id,
    dosage_values,
    lines,
    suggested_review,
)
from coach.domain.schedule import ALL_WEEKDAYS

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
EXAMPLES = sorted((RESOURCES / "plans" / "examples").glob("*.coachplan"))
LIBRARY = load_library(RESOURCES / "exercises")
SCHEMA = load_schema(RESOURCES / "plans" / "plan.schema.json")
NECK = RESOURCES / "plans" / "examples" / "neck-and-upper-back.coachplan"
START = date(2027, 3, 1)


def _reopened(draft: PlanDraft) -> PlanDraft:
    return PlanDraft.from_json(draft.to_json(), "draft.coachplan", LIBRARY, SCHEMA)


def _valid(title: str = "Neck, weeks 1-4") -> PlanDraft:
    draft = PlanDraft.new(LIBRARY, START)
    draft.title = title
    draft.clinician_name = "Dr Ada Lee"
    routine = draft.add_routine("Desk break")
    assert routine is not None
    routine.steps.append(_step("chin_tuck"))
    return draft


def _step(exercise: str) -> StepDraft:
    return StepDraft(exercise)


# ---- the example plans --------------------------------------------------------------------------
def test_there_are_example_plans() -> None:
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_plan_is_read_and_written_back_as_the_same_plan(path: Path) -> None:
    raw = path.read_bytes()
    original = parse_plan(raw, path.name, LIBRARY, SCHEMA)
    draft = PlanDraft.from_json(raw, path.name, LIBRARY, SCHEMA)
    assert parse_plan(draft.to_json(), path.name, LIBRARY, SCHEMA) == original
    assert _reopened(draft) == draft
    assert draft.copy() == draft
    data = json.loads(raw)
    written = draft.to_data()
    assert [r["id"] for r in written["routines"]] == [r["id"] for r in data["routines"]]
    assert all(r.id_kept for r in draft.routines)
    assert written["schedule"]["routine"] == data["schedule"]["routine"]


def test_the_example_keeps_its_overrides_own_exercise_stop_signs_and_ids() -> None:
    draft = PlanDraft.from_json(NECK.read_bytes(), NECK.name, LIBRARY, SCHEMA)
    data = draft.to_data()
    neck = data["routines"][0]
    assert neck["id"] == "neck_basics"
    assert neck["steps"][0] == {"exercise": "chin_tuck", "dosage": {"reps": 8}}
    assert neck["steps"][1] == {"exercise": "towel_neck_glide"}
    assert data["exercises"][0]["id"] == "towel_neck_glide"
    # As written: Coach's general stop signs are added when the plan is read, never saved.
    assert data["exercises"][0]["stop_if"] == ["You feel pins and needles in your arms"]
    # Renamed, an opened routine keeps its id, so the patient's history stays with it.
    draft.rename_routine(draft.routines[0], "Neck, the basics")
    assert draft.to_data()["routines"][0]["id"] == "neck_basics"
    assert draft.to_data()["schedule"]["routine"] == "neck_basics"


# ---- a new plan ---------------------------------------------------------------------------------
def test_a_new_plan_starts_today_with_a_review_in_four_weeks() -> None:
    draft = PlanDraft.new(LIBRARY, START)
    assert draft.review == date(2027, 3, 29) == suggested_review(START)
    assert draft.schedule.days == frozenset(range(5))
    assert draft.schedule.times == (time(10, 0),)
    assert not draft.heat.enabled and draft.heat.days == ALL_WEEKDAYS
    assert draft.progression.suggest
    with pytest.raises(PlanError) as caught:
        _reopened(draft)
    paths = {p.path for p in caught.value.problems}
    assert {"$.title", "$.clinician.name", "$.routines", "$.schedule.routine"} <= paths


def test_a_draft_is_written_in_the_published_format() -> None:
    draft = _valid()
    draft.title = "Neck"
    draft.heat.enabled = True
    draft.heat.times = (time(19, 0),)
    draft.progression.max_reps = 12
    data = json.loads(draft.to_json())
    assert data == {
        "format": "coach-plan",
        "version": 2,
        "title": "Neck",
        "clinician": {"name": "Dr Ada Lee"},
        "start": "2027-03-01",
        "review": "2027-03-29",
        "routines": [
            {"id": "desk_break", "name": "Desk break", "steps": [{"exercise": "chin_tuck"}]}
        ],
        "schedule": {
            "routine": "desk_break",
            "days": ["mon", "tue", "wed", "thu", "fri"],
            "times": ["10:00"],
            "movement_break_minutes": None,
            "checkin_time": None,
        },
        "heat": {
            "enabled": True,
            "session_minutes": 15,
            "cap_minutes": 20,
            "max_sessions_per_day": 3,
            "min_gap_hours": 2,
            "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
            "times": ["19:00"],
        },
        "progression": {"mode": "suggest", "max_reps": 12},
    }
    assert draft.to_json().endswith(b"}\n")
    assert _reopened(draft) == draft


def test_unsaved_changes_are_a_draft_unequal_to_the_saved_one() -> None:
    draft = _valid()
    saved = draft.copy()
    assert draft == saved
    draft.heat.cap_minutes = 12
    assert draft != saved and saved.heat.cap_minutes == 20
    draft.heat.cap_minutes = 20
    assert draft == saved
    draft.routines[0].steps.append(_step("wall_angel"))
    assert draft != saved and len(saved.routines[0].steps) == 1


# ---- ids and references -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Neck basics", "neck_basics"),
        ("Épaules: détente", "epaules_detente"),
        ("3 minute reset", "routine_3_minute_reset"),
        ("", "routine"),
        ("x" * 80, "x" * 41),
    ],
)
def test_ids_are_made_from_names(name: str, expected: str) -> None:
    assert derive_id(name, (), "routine") == expected
    assert derive_id(name, {expected}, "routine") != expected


def test_routine_ids_follow_their_names_and_the_schedule_follows_its_routine() -> None:
    draft = PlanDraft.new(LIBRARY, START)
    first = draft.add_routine("Neck basics")
    second = draft.add_routine("Routine 2")
    assert first is not None and second is not None
    assert [r.id for r in draft.routines] == ["neck_basics", "routine_2"]
    assert draft.schedule.routine == "neck_basics"  # the first routine, until chosen otherwise
    draft.rename_routine(second, "  Neck  basics! ")
    assert second.name == "Neck  basics!" and second.id == "neck_basics_2"
    draft.schedule.routine = "neck_basics_2"
    assert draft.move_routine(second, -1) and not draft.move_routine(second, -1)
    # Ids are made in order, so they change places; the schedule stays with its routine.
    assert [r.id for r in draft.routines] == ["neck_basics", "neck_basics_2"]
    assert draft.routines[0] is second and draft.schedule.routine == "neck_basics"
    draft.delete_routine(second)
    assert first.id == "neck_basics" and draft.schedule.routine == "neck_basics"
    draft.delete_routine(first)
    assert draft.schedule.routine == ""
    for number in range(MAX_ROUTINES):
        assert draft.add_routine(f"Routine {number}") is not None
    assert draft.add_routine("one too many") is None


def test_steps_follow_a_renamed_own_exercise() -> None:
    draft = _valid()
    glide = draft.add_exercise("Towel glide")
    other = draft.add_exercise("Towel glide")
    assert glide is not None and other is not None
    assert (glide.id, other.id) == ("towel_glide", "towel_glide_2")
    draft.routines[0].steps += [_step(glide.id), _step(other.id)]
    draft.rename_exercise(glide, "Towel slide")
    assert (glide.id, other.id) == ("towel_slide", "towel_glide")
    assert [s.exercise for s in draft.routines[0].steps] == [
        "chin_tuck",
        "towel_slide",
        "towel_glide",
    ]
    assert draft.own_exercise("towel_glide") is other
    assert not draft.delete_exercise(glide)  # a routine uses it
    assert draft.routines_using(glide) == [draft.routines[0]]
    draft.routines[0].steps.pop(1)
    assert draft.delete_exercise(glide)
    assert [e.id for e in draft.exercises] == ["towel_glide"]
    # A built-in exercise's id is never given to an own one.
    chin = draft.add_exercise("Chin tuck")
    assert chin is not None and chin.id == "chin_tuck_2"


def test_a_steps_dosage_is_kept_as_its_differences() -> None:
    draft = _valid()
    step = draft.routines[0].steps[0]
    own = dosage_values(LIBRARY.get("chin_tuck").dosage)  # type: ignore[union-attr]
    draft.set_step_dosage(step, {**own, "reps": 8})
    assert step.overrides == {"reps": 8}
    assert draft.step_values(step) == {**own, "reps": 8}
    draft.set_step_dosage(step, own)
    assert step.overrides == {}
    # An own exercise's steps follow its dosage where they do not differ from it.
    glide = draft.add_exercise("Glide")
    assert glide is not None
    draft.routines[0].steps.append(_step(glide.id))
    glide_step = draft.routines[0].steps[-1]
    draft.set_step_dosage(glide_step, {**glide.dosage, "reps": 8, "sets": 2})
    draft.set_exercise_dosage(glide, {**glide.dosage, "reps": 8, "hold_seconds": 6})
    assert glide_step.overrides == {"sets": 2}
    assert draft.step_values(glide_step)["hold_seconds"] == 6
    assert draft.written_overrides(glide_step) == {"sets": 2}


def test_a_dosage_out_of_range_counts_no_time() -> None:
    draft = _valid()
    step = draft.routines[0].steps[0]
    seconds = draft.routine_seconds(draft.routines[0])
    assert seconds > 0
    draft.set_step_dosage(step, {**draft.step_values(step), "hold_seconds": 0, "rep_seconds": 0})
    assert draft.step_dosage(step) is None
    assert draft.routine_seconds(draft.routines[0]) == 0


def test_lines_are_the_non_empty_lines_stripped() -> None:
    assert lines("  Sit tall. \n\n  Breathe.\r\n ") == ["Sit tall.", "Breathe."]


# ---- drafts at random ---------------------------------------------------------------------------
LINE_CHARACTERS = st.characters(codec="utf-8", categories=("L", "N", "P", "S", "Zs"))
SVG = "data:image/svg+xml;base64," + base64.b64encode(b'<svg xmlns="x"/>').decode("ascii")


def _text(max_size: int) -> st.SearchStrategy[str]:
    """A stripped, non-empty text of one line."""
    return st.text(LINE_CHARACTERS, min_size=1, max_size=max_size).map(str.strip).filter(bool)


def _optional_text(max_size: int) -> st.SearchStrategy[str]:
    return st.one_of(st.just(""), _text(max_size))


@st.composite
def _dosages(draw: st.DrawFn, goal: str = "mobility") -> DosageValues:
    """A dosage within range and within every exercise kind's ceiling."""
    values: DosageValues = {
        "hold_seconds": draw(st.integers(0, 10)),
        "reps": draw(st.integers(1, 2)),
        "sets": draw(st.integers(1, 2)),
        "rest_seconds": draw(st.integers(0, 60)),
        "per_side": draw(st.booleans()),
        "rep_seconds": draw(st.integers(1, 5)),
    }
    assert not dosage_problems(values)
    assert within(Dosage(**values), CEILINGS[kind_for_goal(goal)])  # type: ignore[arg-type]
    return values


def _times(most: int) -> st.SearchStrategy[tuple[time, ...]]:
    moments = st.builds(time, st.integers(0, 23), st.integers(0, 59))
    return st.lists(moments, min_size=1, max_size=most, unique=True).map(lambda t: tuple(sorted(t)))


def _days() -> st.SearchStrategy[frozenset[int]]:
    return st.frozensets(st.integers(0, 6), min_size=1)


@st.composite
def _drafts(draw: st.DrawFn) -> PlanDraft:
    """A valid draft as the editor builds one: texts stripped, parts that are off empty."""
    start = draw(st.dates(date(2000, 1, 1), date(2099, 1, 1)))
    draft = PlanDraft(LIBRARY, start=start)
    draft.review = draw(st.none() | st.integers(0, 400).map(lambda d: start + timedelta(days=d)))
    draft.title = draw(_text(120))
    draft.clinician_name = draw(_text(120))
    draft.clinician_contact = draw(_optional_text(200))
    draft.notes = draw(st.one_of(st.just(""), st.text(max_size=300).map(str.strip)))
    for _ in range(draw(st.integers(0, 3))):
        exercise = draft.add_exercise(draw(_text(40)))
        assert exercise is not None
        exercise.areas = [a for a in AREAS if draw(st.booleans())]
        exercise.goal = draw(st.sampled_from(GOALS))
        exercise.equipment = draw(st.sampled_from(EQUIPMENT))
        exercise.position = draw(st.sampled_from(POSITIONS))
        exercise.steps = draw(st.lists(_text(80), min_size=1, max_size=3))
        draft.set_exercise_dosage(exercise, draw(_dosages(exercise.goal)))
        exercise.feel = draw(_optional_text(80))
        exercise.cautions = draw(st.lists(_text(80), max_size=2))
        exercise.stop_if = draw(st.lists(_text(80), max_size=2))
        exercise.image = draw(st.sampled_from(["", SVG]))
    choices = ["chin_tuck", "wall_angel", "band_row", *(e.id for e in draft.exercises)]
    for _ in range(draw(st.integers(1, 3))):
        routine = draft.add_routine(draw(_text(40)))
        assert routine is not None
        routine.aim = draw(_optional_text(80))
        for _ in range(draw(st.integers(1, 4))):
            routine.steps.append(_step(draw(st.sampled_from(choices))))
            if draw(st.booleans()):
                draft.set_step_dosage(routine.steps[-1], draw(_dosages()))
    draft.schedule.routine = draw(st.sampled_from([r.id for r in draft.routines]))
    draft.schedule.days = draw(_days())
    draft.schedule.times = draw(_times(12))
    draft.schedule.movement_minutes = draw(st.none() | st.integers(20, 90))
    draft.schedule.checkin_time = draw(st.none() | st.builds(time, st.integers(0, 23)))
    heat = draft.heat
    heat.cap_minutes = draw(st.integers(1, 20))
    heat.session_minutes = draw(st.integers(1, heat.cap_minutes))
    heat.max_sessions_per_day = draw(st.integers(1, 3))
    heat.min_gap_hours = draw(st.integers(2, 24))
    heat.enabled = draw(st.booleans())
    if heat.enabled:
        heat.days = draw(_days())
        heat.times = draw(_times(1))
    progression = draft.progression
    progression.suggest = draw(st.booleans())
    if progression.suggest:
        progression.max_hold_seconds = draw(st.none() | st.integers(1, 120))
        progression.max_reps = draw(st.none() | st.integers(1, 30))
        progression.max_sets = draw(st.none() | st.integers(1, 6))
    return draft


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_drafts())
def test_a_draft_saved_and_reopened_is_the_same_draft(draft: PlanDraft) -> None:
    assert PlanDraft.from_json(draft.to_json(), "drawn.coachplan", LIBRARY, SCHEMA) == draft


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_drafts())
def test_a_copy_is_equal_and_apart(draft: PlanDraft) -> None:
    saved = draft.copy()
    assert saved == draft and saved.library is draft.library
    draft.routines[0].steps.clear()
    draft.schedule.days = frozenset()
    assert saved != draft
    assert saved.routines[0].steps and saved.schedule.days
    assert all(name in DOSAGE_FIELDS for s in saved.routines[0].steps for name in s.overrides)
