"""A clinician plan may set lower dose ceilings, never higher ones (CLINICAL.md section 3): a dose
above its exercise kind's ceiling is an error naming the file, the field and the fix (ACSM, ARUK,
A08); a plan adopted before the ceilings still opens, with the dose brought under them."""

import copy
import json
import logging
from pathlib import Path
from typing import Any

import pytest

from coach.cli import main
from coach.domain.exercises import Dosage, DoseKind, load_library
from coach.domain.plan import PlanError, PlanProblem, load_schema, parse_plan
from tests.helpers import REPO_ROOT

LIBRARY = load_library(REPO_ROOT / "resources" / "exercises")
SCHEMA = load_schema(REPO_ROOT / "resources" / "plans" / "plan.schema.json")
BASE = json.loads((REPO_ROOT / "resources/plans/examples/strength-at-work.coachplan").read_text())
OWN = {
    "id": "heavy_press",
    "name": "Band press",
    "goal": "strength",
    "steps": ["Press the band forward.", "Return slowly."],
    "dosage": {"reps": 12, "sets": 4, "rep_seconds": 3},
}


def plan_with(steps: list[dict[str, Any]], own: list[dict[str, Any]] | None = None) -> bytes:
    data = copy.deepcopy(BASE)
    data["routines"][0]["steps"] = steps
    if own:
        data["exercises"] = own
    return json.dumps(data).encode()


def problems(raw: bytes) -> list[PlanProblem]:
    with pytest.raises(PlanError) as caught:
        parse_plan(raw, "p.coachplan", LIBRARY, SCHEMA)
    return list(caught.value.problems)


def test_a_stretch_above_60_s_a_side_is_an_error_with_the_fix_acsm() -> None:
    raw = plan_with([{"exercise": "doorway_chest_stretch", "dosage": {"reps": 3}}])
    (problem,) = problems(raw)
    assert problem.path == "$.routines[0].steps[0].dosage.reps"
    assert problem.message.startswith("3 is too large; expected at most 2: ")
    assert "static stretch" in problem.message and "never higher ones" in problem.message


def test_a_neck_movement_above_10_holds_or_2_sets_is_an_error_aruk() -> None:
    raw = plan_with(
        [
            {"exercise": "chin_tuck", "dosage": {"reps": 12}},
            {"exercise": "neck_rotation", "dosage": {"sets": 3}},
            {"exercise": "neck_side_bend", "dosage": {"hold_seconds": 15}},
        ]
    )
    found = {p.path: p.message for p in problems(raw)}
    assert found["$.routines[0].steps[0].dosage.reps"].startswith(
        "12 is too large; expected at most 10"
    )
    assert found["$.routines[0].steps[1].dosage.sets"].startswith(
        "3 is too large; expected at most 2"
    )
    assert found["$.routines[0].steps[2].dosage.hold_seconds"].startswith("15 is too large")
    assert all("neck movement" in text for text in found.values())


def test_a_plans_own_strength_exercise_above_3_sets_is_an_error_a08_acsm() -> None:
    raw = plan_with([{"exercise": "heavy_press"}], [OWN])
    (problem,) = problems(raw)  # the exercise, not again each step that uses its dose
    assert problem.path == "$.exercises[0].dosage.sets"
    assert "4 is too large; expected at most 3" in problem.message
    assert "stronger band" in problem.message


def test_doses_at_the_ceilings_and_loose_progression_bounds_are_valid_acsm_a08_aruk() -> None:
    data = json.loads(
        plan_with(
            [
                {"exercise": "upper_trapezius_stretch"},
                {"exercise": "doorway_chest_stretch", "dosage": {"hold_seconds": 15, "reps": 4}},
                {"exercise": "band_row", "dosage": {"reps": 15, "sets": 3}},
                {"exercise": "chin_tuck", "dosage": {"hold_seconds": 10, "sets": 2}},
            ]
        )
    )
    data["progression"] = {"mode": "suggest", "max_reps": 30, "max_sets": 6}
    plan = parse_plan(json.dumps(data).encode(), "p.coachplan", LIBRARY, SCHEMA)
    assert len(plan.routines[0].steps) == 4


def test_a_stored_plan_above_a_ceiling_opens_with_the_dose_brought_under_it_acsm(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A plan adopted before the ceilings keeps working for the patient (logged, not refused)."""
    raw = plan_with(
        [
            {"exercise": "upper_trapezius_stretch", "dosage": {"sets": 3}},
            {"exercise": "heavy_press"},
        ],
        [OWN],
    )
    with caplog.at_level(logging.WARNING, logger="coach.domain.plan"):
        plan = parse_plan(raw, "stored plan", LIBRARY, SCHEMA, stored=True)
    stretch, press = plan.routines[0].steps
    assert stretch.dosage == Dosage(30, 2, 1, per_side=True)
    assert (press.dosage.sets, press.dosage.reps) == (3, 12)
    assert plan.exercises[0].exercise.dose_kind is DoseKind.STRENGTH
    assert sum("above the ceiling" in r.getMessage() for r in caplog.records) >= 2


def test_plan_validate_names_the_file_the_field_and_the_fix_acsm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "too-much.coachplan"
    path.write_bytes(plan_with([{"exercise": "levator_scapulae_stretch", "dosage": {"reps": 4}}]))
    assert main(["plan", "validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert (
        f"{path}: $.routines[0].steps[0].dosage.reps: 4 is too large; expected at most 2: " in out
    )
    assert "60 s a side in all (ACSM)" in out
