"""The words of the exercises and routines against their sources (CLINICAL.md section 2): CUH's
seated exercises, cues that name the side, claims worded as the studies found them, and a
readable title and address for every source key."""

import json
import re
from pathlib import Path

import pytest

from coach.domain.exercises import Exercise, LibraryError, load_library, parse_exercise
from coach.domain.routines import load_builtin_routines
from coach.domain.sources import is_product_choice, load_sources, source_keys
from tests.helpers import REPO_ROOT

EXERCISES = REPO_ROOT / "resources" / "exercises"
ROUTINES = REPO_ROOT / "resources" / "routines"
SOURCES = REPO_ROOT / "resources" / "sources.json"


def exercise(exercise_id: str) -> Exercise:
    found = load_library(EXERCISES).get(exercise_id)
    assert found is not None
    return found


def words(item: Exercise) -> str:
    return " ".join((*item.steps, item.feel, *item.cautions))


def shipped_texts() -> dict[Path, str]:
    """Every file whose words the user reads: the code (not its generated lists of strings, which
    follow the code), the exercises and routines, and the README."""
    files = [
        *(p for p in (REPO_ROOT / "coach").rglob("*.py") if not p.name.endswith("_strings.py")),
        *EXERCISES.glob("*.json"),
        *ROUTINES.glob("*.json"),
        REPO_ROOT / "README.md",
    ]
    # Wrapped lines are joined so that a phrase split over two string literals is still found.
    return {path: re.sub(r'"\s*\n\s*(f?)"', "", path.read_text(encoding="utf-8")) for path in files}


def test_seated_extension_uses_a_high_backed_chair_and_looks_up_only_a_little_CUH() -> None:
    text = words(exercise("seated_extension"))
    assert "chair with a high back" in text
    assert "low back" not in text
    assert "Look up only a little" in text


def test_seated_forward_bend_goes_chin_to_chest_not_to_the_shins_CUH() -> None:
    item = exercise("seated_forward_bend")
    assert "bring your chin towards your chest and round your upper back" in " ".join(item.steps)
    assert "not a bend down towards your shins" in " ".join(item.steps)
    assert not any("hang" in step or "sliding your hands down" in step for step in item.steps)
    (osteoporosis,) = [c for c in item.cautions if "osteoporosis" in c]
    assert "ask your doctor or physiotherapist before" in osteoporosis


def mirrored(side: re.Match[str]) -> str:
    return {"left": "right", "right": "left", "Left": "Right", "Right": "Left"}[side[0]]


def test_every_per_side_exercise_has_a_cue_for_each_side_and_way_CUH() -> None:
    per_side = [e for e in load_library(EXERCISES).exercises if e.dosage.per_side]
    assert len(per_side) >= 7
    for item in per_side:
        assert item.side_cues is not None, item.id
        left, right = item.side_cues.left, item.side_cues.right
        assert re.search(r"\bleft\b", left, re.I) and re.search(r"\bright\b", right, re.I), item.id
        # The right side's cue is the left's mirrored: the same words with the sides swapped.
        assert re.sub(r"\b(left|right|Left|Right)\b", mirrored, left) == right


def test_a_broken_side_cue_is_reported_with_its_field() -> None:
    data = json.loads((EXERCISES / "neck_rotation.json").read_text(encoding="utf-8"))
    data["side_cues"] = {"left": "Turn to the left"}
    with pytest.raises(LibraryError, match="side_cues"):
        parse_exercise("neck_rotation.json", data, EXERCISES)
    data["side_cues"] = {"left": "Turn to the left", "right": " "}
    with pytest.raises(LibraryError, match=r"side_cues\.right"):
        parse_exercise("neck_rotation.json", data, EXERCISES)


def test_breaks_are_said_to_ease_discomfort_not_pain_MCL() -> None:
    for path, text in shipped_texts().items():
        assert not re.search(r"breaks ease [\w ,]*pain", text), path
    reminder = shipped_texts()[REPO_ROOT / "coach" / "ui" / "runners" / "reminder_notices.py"]
    assert "Short breaks ease neck, back and shoulder discomfort." in reminder


def test_the_band_break_does_not_claim_a_different_studys_result_A11() -> None:
    for path, text in shipped_texts().items():
        assert "even this little" not in text, path
    routines, _ = load_builtin_routines(ROUTINES, load_library(EXERCISES))
    band = next(r for r in routines if r.id == "band_break")
    # A11's result came from lateral raises done to failure: the band break uses other exercises.
    assert "A11" not in source_keys(band.source)
    assert "reduced" not in band.aim and "pain" not in band.aim


def test_short_sessions_are_said_to_count_as_much_not_to_help_most_A12() -> None:
    for path, text in shipped_texts().items():
        assert not re.search(r"help(s)? most", text, re.I), path
    routines, _ = load_builtin_routines(ROUTINES, load_library(EXERCISES))
    band = next(r for r in routines if r.id == "band_break")
    assert "A12" in source_keys(band.source)
    assert "helped as much in short sessions as in one long one" in band.aim


def test_strength_work_is_said_to_help_not_to_help_most_CEX() -> None:
    texts = shipped_texts()
    for path, text in texts.items():
        assert not re.search(r"strength work helps[\w ,-]*most", text, re.I), path
    routines, _ = load_builtin_routines(ROUTINES, load_library(EXERCISES))
    strength = next(r for r in routines if r.id == "posture_strength")
    assert "strength work helps long-standing neck and shoulder pain." in strength.aim
    assert "CEX" in source_keys(strength.source)


def test_rest_is_worded_as_short_rest_then_move_NHSBPT_RCGP() -> None:
    texts = shipped_texts()
    for path, text in texts.items():
        assert not re.search(r"rest slows|slows recovery", text, re.I), path
    labels = texts[REPO_ROOT / "coach" / "ui" / "text" / "labels.py"]
    assert "A rest break lasts at most {n} minutes: a short rest, then move." in labels


def test_every_source_key_of_an_exercise_or_routine_has_a_title_and_an_address() -> None:
    table = load_sources(SOURCES)
    library = load_library(EXERCISES)
    routines, _ = load_builtin_routines(ROUTINES, library)
    used = [e.source for e in library.exercises] + [r.source for r in routines if r.source]
    for text in used:
        keys = source_keys(text)
        assert keys or is_product_choice(text), text
        for key in keys:
            assert key in table, f"{key} (from {text!r}) has no entry in {SOURCES.name}"
    for source in table.values():
        assert source.address.startswith("https://"), source
        assert source.title and source.key not in ("", source.title)
    assert source_keys("PS, A08") == ("PS", "A08")
    assert source_keys("product choice (no authoritative dosage found)") == ()
