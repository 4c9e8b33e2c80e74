"""A plan's own exercise may carry its movement in the library's format (issue 19, point 5): the
schema and the checks with file, field and fix, the plan built with it, the draft's round trip,
and a library movement written back as JSON for a plan to carry."""

import json
from pathlib import Path
from typing import Any

import pytest

from coach.domain.exercises import Library, load_library
from coach.domain.plan import PlanError, load_schema, parse_plan
from coach.domain.plan_draft import PlanDraft
from coach.domain.pose import BasePosture, BodyPart, BodySide, PropKind, View, parse_motion
from coach.domain.pose.motion_json import motion_data

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
LIBRARY = load_library(RESOURCES / "exercises")
SCHEMA = load_schema(RESOURCES / "plans" / "plan.schema.json")
NECK = RESOURCES / "plans" / "examples" / "neck-and-upper-back.coachplan"
FILE = "neck.coachplan"


def _motion(exercise_id: str) -> dict[str, Any]:
    exercise = LIBRARY.get(exercise_id)
    assert exercise is not None and exercise.motion is not None
    return motion_data(exercise.motion)


def _neck(motion: Any) -> dict[str, Any]:
    """The example plan, its own exercise (the towel neck glide, held, sitting) with `motion`."""
    data: dict[str, Any] = json.loads(NECK.read_text(encoding="utf-8"))
    data["exercises"][0]["motion"] = motion
    return data


def _parse(data: dict[str, Any], library: Library = LIBRARY) -> Any:
    return parse_plan(json.dumps(data).encode(), FILE, library, SCHEMA)


def _problems(data: dict[str, Any], library: Library = LIBRARY) -> list[str]:
    with pytest.raises(PlanError) as caught:
        _parse(data, library)
    return caught.value.lines()


def test_every_library_movement_is_written_back_as_the_same_movement() -> None:
    assert LIBRARY.range_of_motion is not None
    for exercise in LIBRARY.exercises:
        assert exercise.motion is not None, exercise.id
        written = json.loads(json.dumps(motion_data(exercise.motion)))
        assert parse_motion(written, LIBRARY.range_of_motion) == exercise.motion, exercise.id


def test_a_copied_movement_reads_like_one_written_by_hand() -> None:
    assert _motion("chin_tuck") == {
        "view": "side",
        "base": "sitting",
        "props": ["chair"],
        "moves": ["head", "neck"],
        "hold": True,
        "keyframes": [{"at": 0, "pose": {}}, {"at": 1, "pose": {"head_retraction_cm": 2.5}}],
    }


def test_a_plans_own_exercise_with_a_movement_is_animated_like_the_librarys() -> None:
    plan = _parse(_neck(_motion("chin_tuck")))
    own = plan.exercises[0]
    chin_tuck = LIBRARY.get("chin_tuck")
    assert chin_tuck is not None
    assert own.exercise.motion == chin_tuck.motion
    assert own.with_pictures(()).motion == chin_tuck.motion  # with its pictures, as the app has it
    assert json.loads(plan.body)["exercises"][0]["motion"] == _motion("chin_tuck")


def test_without_a_movement_the_exercise_keeps_its_picture() -> None:
    data = _neck(None)
    del data["exercises"][0]["motion"]
    assert _parse(data).exercises[0].exercise.motion is None


def test_a_plan_with_a_movement_is_read_and_written_back_as_the_same_plan() -> None:
    raw = json.dumps(_neck(_motion("chin_tuck"))).encode()
    draft = PlanDraft.from_json(raw, FILE, LIBRARY, SCHEMA)
    assert draft.exercises[0].motion == _motion("chin_tuck")
    again = PlanDraft.from_json(draft.to_json(), FILE, LIBRARY, SCHEMA)
    assert again == draft
    assert json.loads(again.to_json())["exercises"][0]["motion"] == _motion("chin_tuck")
    draft.exercises[0].motion = None
    assert "motion" not in json.loads(draft.to_json())["exercises"][0]


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        (
            lambda m: m["keyframes"][1]["pose"].update(neck_flexion=170),
            "$.exercises[0].motion.keyframes[1].pose.neck_flexion",
            "170 is beyond the normal range",
        ),
        (
            lambda m: m["keyframes"][1]["pose"].update(elbow_bend=10),
            "$.exercises[0].motion.keyframes[1].pose.elbow_bend",
            "is not a field here; expected one of neck_flexion",
        ),
        (
            lambda m: m.update(hold=False),
            "$.exercises[0].motion.keyframes[1].at",
            "must be below 1",
        ),
        (
            lambda m: m.update(base="standing", props=[]),
            "$.exercises[0].motion.base",
            "must be sitting, the exercise's position",
        ),
        (
            lambda m: m.update(moves=["head", "neck", "arms"]),
            "$.exercises[0].motion.moves[2]",
            "arms does not move in the keyframes; leave it out",
        ),
    ],
    ids=["beyond its range", "unknown angle", "a cycle ending at 1", "position", "moves"],
)
def test_a_bad_movement_names_the_file_the_field_and_the_fix(
    change: Any, path: str, words: str
) -> None:
    motion = _motion("chin_tuck")
    change(motion)
    (line,) = _problems(_neck(motion))
    assert line.startswith(f"{FILE}: {path}: "), line
    assert words in line


def test_a_movement_must_fit_the_exercises_dosage() -> None:
    """A held exercise needs a held movement; one done on each side a movement showing a side."""
    (line,) = _problems(_neck(_motion("shoulder_rolls")))
    assert line == (
        f"{FILE}: $.exercises[0].motion.hold: must be true: the exercise is held "
        "(hold_seconds above 0)"
    )
    data = _neck(_motion("chin_tuck"))
    data["exercises"][0]["dosage"]["per_side"] = True
    data["exercises"][0]["side_cues"] = {"left": "Glide left", "right": "Glide right"}
    (line,) = _problems(data)
    assert line.startswith(f"{FILE}: $.exercises[0].motion.keyframes: show no side")
    data["exercises"][0]["motion"] = _motion("neck_side_bend")
    assert _parse(data).exercises[0].exercise.motion is not None


def test_the_schema_names_what_a_movement_holds() -> None:
    (line,) = _problems(_neck({**_motion("chin_tuck"), "view": "above"}))
    assert line.startswith(f"{FILE}: $.exercises[0].motion.view: ")
    assert 'expected one of "front", "back", "side", "three_quarter"' in line
    (line,) = _problems(_neck([1, 2]))
    assert line.startswith(f"{FILE}: $.exercises[0].motion: ")


def test_the_schema_lists_the_figure_models_own_choices() -> None:
    fields = SCHEMA["$defs"]["exercise"]["properties"]["motion"]["properties"]
    assert fields["view"]["enum"] == [v.value for v in View]
    assert fields["view_from"]["enum"] == [s.value for s in BodySide]
    assert fields["base"]["enum"] == [b.value for b in BasePosture]
    assert fields["props"]["items"]["enum"] == [k.value for k in PropKind]
    assert fields["moves"]["items"]["enum"] == [p.value for p in BodyPart]


def test_without_the_range_of_motion_table_a_movement_cannot_be_checked() -> None:
    bare = Library(LIBRARY.exercises)
    (line,) = _problems(_neck(_motion("chin_tuck")), bare)
    assert line.startswith(f"{FILE}: $.exercises[0].motion: cannot be checked")
