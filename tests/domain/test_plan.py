"""Clinician plan files: every broken file in tests/data/plans reports exactly the fields that are
wrong; valid and older plans load; random mutations never raise anything but PlanError."""

import copy
import json
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.domain.exercises import load_library
from coach.domain.heat import HeatLimits
from coach.domain.plan import (
    MAX_PLAN_BYTES,
    PLAN_VERSION,
    Plan,
    PlanError,
    load_schema,
    parse_plan,
    read_plan_file,
)
from coach.domain.reminders import ReminderSettings

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
BROKEN = ROOT / "tests" / "data" / "plans"
EXAMPLES = RESOURCES / "plans" / "examples"
LIBRARY = load_library(RESOURCES / "exercises")
SCHEMA = load_schema(RESOURCES / "plans" / "plan.schema.json")
EXAMPLE = EXAMPLES / "neck-and-upper-back.coachplan"

# Each broken file and exactly where its problems are (a JSON path, or "line N" for broken JSON).
EXPECTED_WHERE: dict[str, list[str]] = {
    "empty.coachplan": ["$"],
    "whitespace.coachplan": ["$"],
    "binary.coachplan": ["$"],
    "latin1.coachplan": ["line 11"],
    "broken-json.coachplan": ["line 5"],
    "top-level-list.coachplan": ["$"],
    "deep-nesting.coachplan": ["$"],
    "deep-field.coachplan": ["$.notes", "$.notes" + ".a" * 12],
    "wrong-format.coachplan": ["$.format"],
    "newer-version.coachplan": ["$.version"],
    "unknown-exercise.coachplan": ["$.routines[0].steps[1].exercise"],
    "absurd-dosage.coachplan": [
        "$.routines[0].steps[0].dosage.reps",
        "$.routines[0].steps[2].dosage.hold_seconds",
        "$.routines[0].steps[2].dosage.sets",
        "$.routines[0].steps[3].dosage.rep_seconds",
    ],
    "heat-over-cap.coachplan": ["$.heat.cap_minutes", "$.heat.session_minutes"],
    "heat-over-plan-cap.coachplan": ["$.heat.session_minutes"],
    "no-days.coachplan": ["$.schedule.days"],
    "many-problems.coachplan": [
        "$.colour",
        "$.heat.max_sessions_per_day",
        "$.progression.mode",
        "$.review",
        "$.routines[1].id",
        "$.schedule.routine",
        "$.schedule.times[0]",
        "$.title",
    ],
    "impossible-date.coachplan": ["$.start"],
    "bad-image.coachplan": ["$.exercises[0].image"],
    "exercise-id-clash.coachplan": ["$.exercises[0].id", "$.routines[0].steps[1].exercise"],
    "wrong-types.coachplan": ["$.clinician", "$.heat.enabled", "$.routines[0].steps"],
}


def test_every_broken_file_is_listed() -> None:
    broken = {p.name for p in BROKEN.glob("*.coachplan") if not p.name.startswith("valid-")}
    assert broken == set(EXPECTED_WHERE)


@pytest.mark.parametrize("name", sorted(EXPECTED_WHERE))
def test_broken_plan_reports_exact_fields(name: str) -> None:
    path = BROKEN / name
    with pytest.raises(PlanError) as caught:
        read_plan_file(path, LIBRARY, SCHEMA)
    error = caught.value
    assert [p.where() for p in error.problems] == EXPECTED_WHERE[name]
    for line in error.lines():
        assert line.startswith(f"{path}: ")
        assert "Traceback" not in line
    # each problem says what is expected (or how to fix it), not only that something is wrong
    for problem in error.problems:
        assert any(
            word in problem.message
            for word in ("expected", "must", "update Coach", "save the file", "nests at most")
        ), problem


def test_heat_above_the_hard_cap_names_the_rule() -> None:
    """ABC, HSE: 20 minutes is the hard cap; the message says so."""
    with pytest.raises(PlanError) as caught:
        read_plan_file(BROKEN / "heat-over-cap.coachplan", LIBRARY, SCHEMA)
    session = next(p for p in caught.value.problems if p.path == "$.heat.session_minutes")
    assert "at most 20" in session.message and "hard cap" in session.message


def test_newer_version_asks_to_update_coach() -> None:
    with pytest.raises(PlanError) as caught:
        read_plan_file(BROKEN / "newer-version.coachplan", LIBRARY, SCHEMA)
    (problem,) = caught.value.problems
    assert f"versions 1 to {PLAN_VERSION}" in problem.message and "update Coach" in problem.message


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.coachplan")), ids=lambda p: p.name)
def test_examples_are_valid(path: Path) -> None:
    plan = read_plan_file(path, LIBRARY, SCHEMA)
    assert plan.routines and plan.scheduled_routine() in plan.routines


def test_example_plan_values() -> None:
    plan = read_plan_file(EXAMPLE, LIBRARY, SCHEMA)
    assert plan.title == "Neck and upper back, weeks 1-4"
    assert plan.clinician_name == "Alex Moreno, physiotherapist"
    assert (plan.start, plan.review) == (date(2026, 12, 1), date(2026, 12, 29))
    basics = plan.scheduled_routine()
    assert basics.id == "plan:neck_basics"
    assert [s.exercise_id for s in basics.steps][:2] == ["chin_tuck", "towel_neck_glide"]
    # a step's dosage override keeps the rest of the exercise's own dosage
    chin = LIBRARY.get("chin_tuck")
    assert chin is not None
    assert basics.steps[0].dosage.reps == 8
    assert basics.steps[0].dosage.hold_seconds == chin.dosage.hold_seconds
    assert plan.schedule.weekdays == frozenset(range(5))
    assert plan.schedule.times == (time(10, 30), time(15))
    assert plan.heat.limits() == HeatLimits(
        15, session_minutes=15, max_sessions_per_day=2, min_gap_hours=3
    )
    assert (
        plan.exercises[0].exercise.stop_if[-1].startswith("You feel dizzy")
    )  # general stop signs added


@pytest.mark.parametrize(
    "name", ["valid-v1.coachplan", "valid-utf16.coachplan", "valid-utf8-bom.coachplan"]
)
def test_older_versions_and_other_unicode_encodings_load(name: str) -> None:
    plan = read_plan_file(BROKEN / name, LIBRARY, SCHEMA)
    assert plan.title == "Neck and upper back, weeks 1-4"


def test_version_1_is_upgraded() -> None:
    plan = read_plan_file(BROKEN / "valid-v1.coachplan", LIBRARY, SCHEMA)
    assert plan.clinician_name == "Alex Moreno, physiotherapist"
    assert plan.heat.session_minutes == 10 and plan.heat.enabled
    assert json.loads(plan.body)["version"] == PLAN_VERSION


def test_reminder_settings_follow_the_plan_and_keep_the_users_day() -> None:
    plan = read_plan_file(EXAMPLE, LIBRARY, SCHEMA)
    mine = ReminderSettings()
    applied = plan.reminder_settings(mine)
    assert applied.day == mine.day
    assert applied.routine.routine_id == "plan:neck_basics"
    assert applied.routine.times == (time(10, 30), time(15))
    assert applied.movement.every_minutes == 30
    assert applied.heat.enabled and applied.heat.times == (time(19, 30),)
    assert applied.checkin.times == (time(17),)
    strength = read_plan_file(EXAMPLES / "strength-at-work.coachplan", LIBRARY, SCHEMA)
    applied = strength.reminder_settings(mine)
    assert applied.checkin == mine.checkin  # null: the patient's own setting stays
    assert not applied.heat.enabled


def test_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.coachplan"
    with path.open("wb") as stream:
        stream.truncate(MAX_PLAN_BYTES + 1)
    with pytest.raises(PlanError) as caught:
        read_plan_file(path, LIBRARY, SCHEMA)
    assert "at most 5 MB" in caught.value.problems[0].message


def test_very_long_lists_are_reported_quickly(tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text())
    data["routines"] = data["routines"] * 3_000
    with pytest.raises(PlanError) as caught:
        parse_plan(json.dumps(data).encode(), "long.coachplan", LIBRARY, SCHEMA)
    wheres = [p.path for p in caught.value.problems]
    assert wheres[0] == "$.routines"
    assert "6000 items" in caught.value.problems[0].message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    for path, text in ((tmp_path / "nope.coachplan", "does not exist"), (tmp_path, "is a folder")):
        with pytest.raises(PlanError) as caught:
            read_plan_file(path, LIBRARY, SCHEMA)
        assert text in caught.value.problems[0].message


def _mutations() -> st.SearchStrategy[list[tuple[int, int, Any]]]:
    json_values = st.recursive(
        st.none()
        | st.booleans()
        | st.integers(-(10**20), 10**20)
        | st.floats(allow_nan=True)
        | st.text(max_size=12),
        lambda children: (
            st.lists(children, max_size=3)
            | st.dictionaries(st.text(max_size=8), children, max_size=3)
        ),
        max_leaves=8,
    )
    return st.lists(
        st.tuples(st.integers(0, 10**6), st.integers(0, 3), json_values), min_size=1, max_size=6
    )


def _containers(value: Any, found: list[Any]) -> list[Any]:
    if isinstance(value, (dict, list)):
        found.append(value)
        children = value.values() if isinstance(value, dict) else value
        for child in children:
            _containers(child, found)
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutations())
def test_random_mutations_raise_only_plan_errors(mutations: list[tuple[int, int, Any]]) -> None:
    data = json.loads(EXAMPLE.read_text())
    for pick, action, value in mutations:
        containers = _containers(data, [])
        target = containers[pick % len(containers)]
        if isinstance(target, dict):
            keys = sorted(target)
            key = keys[pick % len(keys)] if keys else "x"
            if action == 0 and keys:
                del target[key]
            elif action == 1:
                target[f"new{pick % 7}"] = copy.deepcopy(value)
            else:
                target[key] = copy.deepcopy(value)
        elif target:
            index = pick % len(target)
            if action == 0:
                del target[index]
            elif action == 1:
                target.insert(index, copy.deepcopy(value))
            else:
                target[index] = copy.deepcopy(value)
    raw = json.dumps(data, allow_nan=True).encode()
    try:
        plan = parse_plan(raw, "mutated.coachplan", LIBRARY, SCHEMA)
    except PlanError as error:
        assert error.problems
        return
    assert isinstance(plan, Plan)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_raise_only_plan_errors(raw: bytes) -> None:
    with pytest.raises(PlanError):
        parse_plan(raw, "random.coachplan", LIBRARY, SCHEMA)


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 4000))
def test_truncated_plans_raise_only_plan_errors(cut: int) -> None:
    raw = EXAMPLE.read_bytes()
    if cut >= len(raw.rstrip()):
        return  # only the trailing newline cut off: still the whole plan
    with pytest.raises(PlanError):
        parse_plan(raw[:cut], "cut.coachplan", LIBRARY, SCHEMA)
