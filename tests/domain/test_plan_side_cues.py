"""A plan's own exercise done on each side carries its side cues (issue 17, point 8; CLINICAL.md
section 2: every per-side cue names the side and the direction): the format, the checks with the
field and the fix, the warning that leaves an older plan valid, and the draft's round trip."""

import json
from pathlib import Path
from typing import Any

import pytest

from coach.domain.exercises import SideCues, load_library
from coach.domain.plan import PlanError, load_schema, parse_plan, warning_lines
from coach.domain.plan_draft import PlanDraft, StepDraft

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
LIBRARY = load_library(RESOURCES / "exercises")
SCHEMA = load_schema(RESOURCES / "plans" / "plan.schema.json")
NECK = RESOURCES / "plans" / "examples" / "neck-and-upper-back.coachplan"
CUES = {"left": "Glide your head to the left", "right": "Glide your head to the right"}


def _neck(per_side: bool, cues: Any = None) -> dict[str, Any]:
    """The example plan, its own exercise (the towel neck glide) done on each side or not."""
    data: dict[str, Any] = json.loads(NECK.read_text(encoding="utf-8"))
    own = data["exercises"][0]
    own["dosage"]["per_side"] = per_side
    if cues is not None:
        own["side_cues"] = cues
    return data


def _parse(data: dict[str, Any]) -> Any:
    return parse_plan(json.dumps(data).encode(), "neck.coachplan", LIBRARY, SCHEMA)


def _problems(data: dict[str, Any]) -> list[str]:
    with pytest.raises(PlanError) as caught:
        _parse(data)
    return caught.value.lines()


def test_a_per_side_exercise_says_the_plans_own_cue_for_each_side() -> None:
    plan = _parse(_neck(True, {"left": "  Glide your head to the left ", "right": CUES["right"]}))
    exercise = plan.exercises[0].exercise
    assert exercise.side_cues == SideCues(CUES["left"], CUES["right"])
    assert exercise.side_cues.for_side("left") == CUES["left"]
    assert plan.warnings == ()
    assert json.loads(plan.body)["exercises"][0]["side_cues"]["right"] == CUES["right"]


def test_without_side_cues_a_per_side_exercise_is_valid_with_a_warning_naming_the_fix() -> None:
    """An older plan stays valid; the warning names the field and what to add."""
    plan = _parse(_neck(True))
    assert plan.exercises[0].exercise.side_cues is None
    (line,) = warning_lines("neck.coachplan", plan.warnings)
    assert line.startswith(
        "neck.coachplan: $.exercises[0].side_cues: warning: is missing; expected"
    )
    assert '{"left": "Tilt your head to the left", "right": "Tilt your head to the right"}' in line
    assert 'the player says only "Left side" and "Right side"' in line


def test_a_step_done_on_each_side_needs_the_cues_too() -> None:
    data = _neck(False)
    data["routines"][0]["steps"].append(
        {"exercise": "towel_neck_glide", "dosage": {"per_side": True}}
    )
    assert [w.path for w in _parse(data).warnings] == ["$.exercises[0].side_cues"]


def test_side_cues_an_exercise_never_uses_are_a_warning() -> None:
    (warning,) = _parse(_neck(False, CUES)).warnings
    assert warning.path == "$.exercises[0].side_cues"
    assert "is not used" in warning.message and '"per_side": true' in warning.message


def test_a_plan_without_per_side_exercises_has_no_warnings() -> None:
    assert _parse(_neck(False)).warnings == ()


@pytest.mark.parametrize(
    ("cues", "expected"),
    [
        (
            {"left": CUES["left"]},
            "$.exercises[0].side_cues.right: is missing; expected what the player says for the "
            'right side, naming the side and the direction, such as "Tilt your head to the right"',
        ),
        ({"left": "", "right": "x"}, "$.exercises[0].side_cues.left: is empty; expected a text"),
        ({**CUES, "up": "x"}, "$.exercises[0].side_cues.up: is not a field here; expected one"),
        ("to the left", "$.exercises[0].side_cues: is a text; expected an object"),
        ({"left": "x" * 121, "right": "y"}, "$.exercises[0].side_cues.left: is 121 characters"),
    ],
)
def test_wrong_side_cues_are_errors_naming_the_field_and_the_fix(cues: Any, expected: str) -> None:
    lines = _problems(_neck(True, cues))
    assert any(line.startswith(f"neck.coachplan: {expected}") for line in lines), lines


def test_the_draft_keeps_the_side_cues_through_a_save_and_a_reopen() -> None:
    raw = json.dumps(_neck(True, CUES)).encode()
    draft = PlanDraft.from_json(raw, "neck.coachplan", LIBRARY, SCHEMA)
    own = draft.exercises[0]
    assert (own.left_cue, own.right_cue) == (CUES["left"], CUES["right"])
    assert draft.to_data()["exercises"][0]["side_cues"] == CUES
    again = PlanDraft.from_json(draft.to_json(), "neck.coachplan", LIBRARY, SCHEMA)
    assert again == draft
    assert parse_plan(draft.to_json(), "x", LIBRARY, SCHEMA) == _parse(_neck(True, CUES))


def test_the_draft_writes_side_cues_only_while_the_exercise_is_done_on_each_side() -> None:
    draft = PlanDraft.from_json(
        json.dumps(_neck(True, CUES)).encode(), "neck.coachplan", LIBRARY, SCHEMA
    )
    own = draft.exercises[0]
    draft.set_exercise_dosage(own, {**own.dosage, "per_side": False})
    assert not draft.done_per_side(own)
    assert "side_cues" not in draft.to_data()["exercises"][0]
    assert own.left_cue == CUES["left"]  # kept, for when it is done on each side again
    # A step done on each side brings them back.
    draft.routines[0].steps.append(StepDraft("towel_neck_glide"))
    draft.set_step_dosage(
        draft.routines[0].steps[-1],
        {**draft.step_values(draft.routines[0].steps[-1]), "per_side": True},
    )
    assert draft.done_per_side(own)
    assert draft.to_data()["exercises"][0]["side_cues"] == CUES
    # One side left empty is written, so the check names the empty field.
    own.right_cue = ""
    lines = "\n".join(_problems(draft.to_data()))
    assert "$.exercises[0].side_cues.right: is empty" in lines
