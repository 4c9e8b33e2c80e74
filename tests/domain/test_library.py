"""The shipped exercise library and routines, and the validator's messages for broken files."""

import json
from pathlib import Path

import pytest

from coach.domain.exercises import AREAS, GOALS, Dosage, LibraryError, load_library
from coach.domain.routines import load_builtin_routines, parse_routine
from tests.helpers import REPO_ROOT

EXERCISES = REPO_ROOT / "resources" / "exercises"
ROUTINES = REPO_ROOT / "resources" / "routines"


def test_every_shipped_exercise_validates() -> None:
    library = load_library(EXERCISES)
    assert library.problems == ()
    assert len(library.exercises) >= 16
    assert len(list(EXERCISES.glob("*.json"))) == len(library.exercises)


def test_the_library_covers_every_area_and_goal() -> None:
    library = load_library(EXERCISES)
    assert {a for e in library.exercises for a in e.areas} == set(AREAS)
    assert {e.goal for e in library.exercises} == set(GOALS)
    for exercise in library.exercises:
        assert exercise.stop_if


def test_every_picture_of_the_library_is_drawn_from_its_motion() -> None:
    """Issue 19: the hand-drawn SVGs are gone; each exercise's movement is drawn instead."""
    library = load_library(EXERCISES)
    assert all(e.motion is not None and e.illustrations == () for e in library.exercises)
    assert not list(EXERCISES.glob("*.svg"))


def test_built_in_routines_load_and_differ_in_length() -> None:
    library = load_library(EXERCISES)
    routines, problems = load_builtin_routines(ROUTINES, library)
    assert problems == []
    assert len(routines) >= 5
    durations = [r.planned_seconds() for r in routines]
    assert durations == sorted(durations)
    assert durations[0] < 4 * 60 < durations[-1]
    desk_reset = next(r for r in routines if r.id == "desk_reset")
    assert 150 <= desk_reset.planned_seconds() <= 200  # "3-minute"


def _write(folder: Path, name: str, data: object) -> None:
    (folder / name).write_text(json.dumps(data) if not isinstance(data, str) else data)


def _valid(exercise_id: str) -> dict[str, object]:
    data: dict[str, object] = json.loads((EXERCISES / "chin_tuck.json").read_text())
    data["id"] = exercise_id
    return data


def test_a_broken_file_is_named_with_its_field_and_the_rest_still_loads(tmp_path: Path) -> None:
    (tmp_path / "chin_tuck.svg").write_text(
        (REPO_ROOT / "resources" / "icons" / "custom-exercise.svg").read_text()
    )
    good = _valid("chin_tuck")
    _write(tmp_path, "chin_tuck.json", good)
    bad_dosage = _valid("bad_dosage")
    bad_dosage["dosage"] = {"hold_seconds": 5, "reps": 500}
    _write(tmp_path, "bad_dosage.json", bad_dosage)
    bad_area = _valid("bad_area")
    bad_area["areas"] = ["neck", "knee"]
    _write(tmp_path, "bad_area.json", bad_area)
    _write(tmp_path, "not_json.json", '{"id": "not_json",\n "name": }')
    missing_picture = _valid("missing_picture")
    missing_picture["illustrations"] = ["chin_tuck.svg", "nowhere.svg"]
    _write(tmp_path, "missing_picture.json", missing_picture)
    no_motion = _valid("no_motion")
    del no_motion["motion"]
    _write(tmp_path, "no_motion.json", no_motion)
    with_picture = _valid("with_picture")  # optional: shown where there is no motion to draw
    with_picture["illustrations"] = ["chin_tuck.svg"]
    _write(tmp_path, "with_picture.json", with_picture)

    library = load_library(tmp_path)
    assert [e.id for e in library.exercises] == ["chin_tuck", "with_picture"]
    assert library.exercises[1].illustrations == (tmp_path / "chin_tuck.svg",)
    problems = {p.file: (p.field_path, p.problem) for p in library.problems}
    assert problems["bad_dosage.json"] == ("dosage.reps", "must be a whole number from 1 to 30")
    assert problems["bad_area.json"][0] == "areas[1]"
    assert problems["not_json.json"][0] == "line 2"
    assert problems["missing_picture.json"][0] == "illustrations[1]"
    assert problems["no_motion.json"][0] == "motion"
    assert "every exercise of the library needs its movement" in problems["no_motion.json"][1]
    assert any(str(p).startswith("bad_dosage.json: dosage.reps: ") for p in library.problems)


def test_routine_steps_name_unknown_exercises_and_bad_overrides() -> None:
    library = load_library(EXERCISES)
    with pytest.raises(LibraryError) as unknown:
        parse_routine(
            "r.json",
            {"id": "r", "name": "R", "aim": "A", "steps": [{"exercise": "yoga"}]},
            library,
            True,
        )
    assert unknown.value.field_path == "steps[0].exercise"
    with pytest.raises(LibraryError) as bad:
        parse_routine(
            "r.json",
            {
                "id": "r",
                "name": "R",
                "aim": "A",
                "steps": [{"exercise": "chin_tuck", "dosage": {"sets": 0}}],
            },
            library,
            True,
        )
    assert bad.value.field_path == "steps[0].dosage.sets"


def test_dosage_refuses_impossible_values() -> None:
    with pytest.raises(ValueError, match="reps"):
        Dosage(reps=0, rep_seconds=3)
    with pytest.raises(ValueError, match="rep_seconds must be above 0"):
        Dosage(hold_seconds=0, rep_seconds=0)
    assert Dosage(hold_seconds=5, reps=2, sets=2, rest_seconds=10, per_side=True).seconds() == (
        2 * 2 * (5 + 3 + 5) + 10
    )


# Keys of the sources list in ../shared/CLINICAL.md (kept here so the test needs only this repo).
CLINICAL_SOURCES = {
    "ABC",
    "A08",
    "A11",
    "A12",
    "ACSM",
    "AHP",
    "ARUK",
    "BACH",
    "BIM",
    "BUCK",
    "CEX",
    "CHEAT",
    "CPA",
    "CUH",
    "DC",
    "DEVON",
    "DIG",
    "FAR",
    "FDA",
    "FPN",
    "HEN",
    "HK",
    "HSE",
    "HW",
    "ICP",
    "IMM",
    "JACK",
    "KCE",
    "LAMB",
    "LEY",
    "LUG",
    "MAYO",
    "MCL",
    "MPFT",
    "NHSBP",
    "NHSBPT",
    "NHSQ",
    "NJH",
    "OKE",
    "PP",
    "PROV",
    "PS",
    "RCGP",
    "SCHOO",
    "SIL",
    "THI",
    "UMM",
    "WAON",
    "WHO",
}


def test_every_exercise_names_its_clinical_source_or_says_it_is_a_product_choice() -> None:
    for exercise in load_library(EXERCISES).exercises:
        if exercise.source.startswith("product choice"):
            continue
        keys = {key.strip() for key in exercise.source.split(",")}
        assert keys <= CLINICAL_SOURCES, exercise.id
