"""A field named twice in one object of a plan file: `json` keeps the last silently, so a
clinician's `"reps": 8` could be lost to a `"reps": 12` further down. The plan is refused, naming
the file, the field's path and what to do."""

from pathlib import Path

import pytest

from coach.domain.exercises import load_library
from coach.domain.plan import PlanError, decode_plan_json, load_schema, parse_plan

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
LIBRARY = load_library(RESOURCES / "exercises")
SCHEMA = load_schema(RESOURCES / "plans" / "plan.schema.json")
EXAMPLE = RESOURCES / "plans" / "examples" / "neck-and-upper-back.coachplan"


def test_a_field_given_twice_in_a_plan_is_refused_at_its_path() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert text.count('"cap_minutes": 15') == 1
    repeated = text.replace('"cap_minutes": 15', '"cap_minutes": 15,\n    "cap_minutes": 20')
    with pytest.raises(PlanError) as caught:
        parse_plan(repeated.encode("utf-8"), "ada.coachplan", LIBRARY, SCHEMA)
    error = caught.value
    assert [p.path for p in error.problems] == ["$.heat.cap_minutes"]
    assert error.lines() == [
        "ada.coachplan: $.heat.cap_minutes: is given 2 times in the same object; expected once: "
        "delete all but the one you mean"
    ]


def test_every_repeated_field_is_named_however_deep() -> None:
    raw = (
        b'{"title": "a", "routines": [{"steps": [{"dosage": {"reps": 8, "reps": 9, "reps": 1}}]}],'
        b' "title": "b", "odd name": 1, "odd name": 2}'
    )
    with pytest.raises(PlanError) as caught:
        decode_plan_json(raw, "plan.coachplan")
    found = [(p.path, p.text.values["count"]) for p in caught.value.problems]
    assert found == [
        ('$["odd name"]', 2),
        ("$.routines[0].steps[0].dosage.reps", 3),
        ("$.title", 2),
    ]


def test_the_same_name_in_different_objects_is_fine() -> None:
    raw = b'{"a": {"id": 1}, "b": {"id": 2}, "c": [{"id": 3}, {"id": 4}]}'
    assert decode_plan_json(raw, "plan.coachplan") == {
        "a": {"id": 1},
        "b": {"id": 2},
        "c": [{"id": 3}, {"id": 4}],
    }
