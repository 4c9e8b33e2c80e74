"""The exercise library: what each exercise is, how much of it to do, and when to stop.

Each exercise is one JSON file in `resources/exercises/` (format below). Its pictures are drawn from
its movement (`motion`) by the figure model, so the library's exercises carry no picture files.
Files are validated one by one when the library loads: a broken file is reported with the file
name, the field and what was expected, and the rest of the library still loads.

    {
      "id": "chin_tuck",                       lower-case letters, digits and _ ; the file's name
      "name": "Chin tuck",
      "areas": ["neck"],                       any of AREAS
      "goal": "posture",                       one of GOALS
      "dose_kind": "neck_movement",            one of DoseKind: which dose ceiling applies
                                               (optional: else from the goal, see below)
      "equipment": "none",                     one of EQUIPMENT
      "position": "sitting",                   one of POSITIONS
      "steps": ["Sit tall ...", "..."],        numbered instructions, at least 2
      "side_cues": {"left": "Tilt your head to the left", "right": "..."}
                                               per-side exercises: what the player says for each
                                               side, naming the side and the direction
      "dosage": {"hold_seconds": 5, "reps": 10, "sets": 1, "rest_seconds": 20,
                 "per_side": false, "rep_seconds": 0},
      "feel": "A gentle stretch ...",          what the user should feel
      "cautions": ["..."],                     may be empty
      "stop_if": ["..."],                      at least 1
      "source": "ARUK",                        a key of the sources list in CLINICAL.md
      "motion": {...},                         the movement as keyframes (below)
      "illustrations": ["chin_tuck.svg"]       optional: SVG pictures next to the file, shown
                                               where there is no motion to draw
    }

Dosage: with `hold_seconds` > 0 each rep is a hold followed by a short relax; with 0 each rep is a
movement that takes `rep_seconds`. `per_side` repeats every set on the left and the right.

Motion: the movement as keyframes of joint angles that the figure model animates
(`coach.domain.pose`); every library exercise has one, and its pictures (the player, the
Exercises page, thumbnails, `coach exercise frames`, the handout) are drawn from it. A plan's own
exercise may leave it out and give a picture instead (`coach.domain.plan`).

    "motion": {
      "view": "side",                          front | back | side | three_quarter
      "view_from": "right",                    optional: the figure's side the viewer is on
      "base": "sitting",                       standing | sitting | kneeling | lying: the
                                               exercise's position (kneeling is on all fours)
      "props": ["chair"],                      chair | wall | doorway | band | anchored_band | mat
      "setup": {"right_elbow_flexion": 0},     optional: angles held all through the motion
      "moves": ["head", "neck"],               head | neck | upper_back | shoulder_blades | arms
                                               | hips | legs: exactly the parts that move
      "hold": true,                            true when hold_seconds > 0: the last keyframe is
                                               the held position; false: a cycle per rep
      "move_seconds": 1.5,                     a hold only: time to move into it (0.5-5)
      "keyframes": [{"at": 0, "pose": {}},     at: fraction of the cycle (0 first, increasing;
                    {"at": 1, "pose": {"head_retraction_cm": 2.5}}]   a hold ends at 1, a cycle
    }                                          before 1); pose: angles that differ from the
                                               base's neutral and the setup

Angle names, units and signs are in `coach.domain.pose.angles` (+ flexion is forward, + side bend
and + rotation are towards the figure's right); each value must lie within the normal range of
`resources/pose/range_of_motion.json` (the error names the range and its source). A cycle takes
the rep's rep_seconds and returns to its first keyframe; a hold moves in over move_seconds, stays
while the hold counts and moves out in the relax (`coach.domain.pose.motion`). A per-side
exercise's keyframes show its left side; the right is their mirror image, so they must not be
symmetric. The table is read from `pose/range_of_motion.json` beside the exercises' folder; if it
cannot be read, that is reported and the exercises load without their motion (and so without
pictures) rather than not at all.

The dose kind says which of the dose ceilings of CLINICAL.md section 3 (`coach.domain.ceilings`)
applies to the exercise; without one it follows the goal: a stretch is a static stretch, strength
is strength, anything else is mobility.
"""

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from coach.domain.messages import Message
from coach.domain.pose.angles import mirrored
from coach.domain.pose.limits import RANGE_OF_MOTION_FILE, RangeOfMotion, load_range_of_motion
from coach.domain.pose.motion import Motion, MotionError, parse_motion

AREAS = ("neck", "shoulders", "upper_back", "middle_back", "chest")
GOALS = ("mobility", "stretch", "strength", "posture")
EQUIPMENT = ("none", "chair", "wall", "towel", "band", "doorway")
POSITIONS = ("sitting", "standing", "kneeling")
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,40}$")

MAX_HOLD_SECONDS = 120
MAX_REPS = 30
MAX_SETS = 6
MAX_REST_SECONDS = 300
MAX_REP_SECONDS = 20
RELAX_SECONDS = 3  # between two holds
DOSAGE_FIELDS = ("hold_seconds", "reps", "sets", "rest_seconds", "per_side", "rep_seconds")


class DoseKind(StrEnum):
    """What kind of exercise a dose is for: each kind has its own dose ceiling (CLINICAL.md
    section 3, `coach.domain.ceilings`)."""

    STRETCH = "stretch"  # a static stretch (ACSM)
    NECK_MOVEMENT = "neck_movement"  # chin tuck, neck bends, rotation (ARUK)
    STRENGTH = "strength"  # band work (A08, ACSM resistance guidance)
    MOBILITY = "mobility"  # other movement and posture exercises (product choice)


def kind_for_goal(goal: str) -> DoseKind:
    """The dose kind of an exercise that does not name one (a plan's own exercise)."""
    if goal == "stretch":
        return DoseKind.STRETCH
    if goal == "strength":
        return DoseKind.STRENGTH
    return DoseKind.MOBILITY


TOP_LEVEL = Message("(top level)")  # where a problem is: the file's outermost value
WHOLE_FILE = Message("(file)")  # where a problem is: the file as a whole


class LibraryError(Exception):
    """A problem with one exercise file; names the file and the field. `str()`, `file` and
    `problem` are English; `message` is for the user's language."""

    def __init__(
        self, file: str | Message, field_path: str | Message, problem: str | Message
    ) -> None:
        super().__init__(f"{file}: {field_path}: {problem}")
        self.file = str(file)
        self.field_path = str(field_path)
        self.problem = str(problem)
        self.message = Message(
            "{file}: {field}: {problem}", file=file, field=field_path, problem=problem
        )


@dataclass(frozen=True)
class Dosage:
    hold_seconds: int = 0
    reps: int = 1
    sets: int = 1
    rest_seconds: int = 0
    per_side: bool = False
    rep_seconds: int = 0

    def __post_init__(self) -> None:
        problems = dosage_problems({name: getattr(self, name) for name in DOSAGE_FIELDS})
        if problems:
            raise ValueError("; ".join(f"{name} {text}" for name, text in problems))

    @property
    def sides(self) -> int:
        return 2 if self.per_side else 1

    def rep_duration(self) -> int:
        """Seconds one rep takes, without the relax after it."""
        return self.hold_seconds if self.hold_seconds > 0 else self.rep_seconds

    def seconds(self) -> int:
        """Planned seconds of work and rest for this dosage (no get-ready or side switch)."""
        relax = RELAX_SECONDS if self.hold_seconds > 0 else 0
        one_side = self.reps * self.rep_duration() + (self.reps - 1) * relax
        return self.sets * self.sides * one_side + (self.sets - 1) * self.rest_seconds


def dosage_problems(values: Mapping[str, object]) -> list[tuple[str, str]]:
    """Each out-of-range dosage field with what is expected (in English)."""
    return [(name, str(text)) for name, text in dosage_messages(values)]


def dosage_messages(values: Mapping[str, object]) -> list[tuple[str, Message]]:
    """Each out-of-range dosage field with what is expected, as a message for the user."""
    problems: list[tuple[str, Message]] = []
    limits = {
        "hold_seconds": (0, MAX_HOLD_SECONDS),
        "reps": (1, MAX_REPS),
        "sets": (1, MAX_SETS),
        "rest_seconds": (0, MAX_REST_SECONDS),
        "rep_seconds": (0, MAX_REP_SECONDS),
    }
    for name, (low, high) in limits.items():
        value = values.get(name)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            problems.append(
                (name, Message("must be a whole number from {low} to {high}", low=low, high=high))
            )
    if not isinstance(values.get("per_side"), bool):
        problems.append(("per_side", Message("must be true or false")))
    if not problems and values["hold_seconds"] == 0 and values["rep_seconds"] == 0:
        problems.append(("rep_seconds", Message("must be above 0 when hold_seconds is 0")))
    return problems


@dataclass(frozen=True)
class SideCues:
    """What the player says and shows for each side of a per-side exercise: the side and the
    direction, such as "Tilt your head to the left" (a cue for a set must say which side it is)."""

    left: str
    right: str

    def for_side(self, side: str) -> str:
        return self.left if side == "left" else self.right


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    areas: tuple[str, ...]
    goal: str
    equipment: str
    position: str
    steps: tuple[str, ...]
    dosage: Dosage
    feel: str
    cautions: tuple[str, ...]
    stop_if: tuple[str, ...]
    source: str
    # Pictures where there is no motion to draw (a plan's own exercise); none in the library.
    illustrations: tuple[Path, ...] = field(default=(), compare=False)
    dose_kind: DoseKind = DoseKind.MOBILITY  # which dose ceiling applies
    side_cues: SideCues | None = None  # per-side exercises: the cue for each side
    motion: Motion | None = None  # the movement as keyframes (coach.domain.pose.motion)

    def with_dosage(self, dosage: Dosage) -> "Exercise":
        return replace(self, dosage=dosage)

    def matches(self, text: str) -> bool:
        """Case-insensitive search in the name, steps, feel and areas."""
        needle = text.strip().lower()
        if not needle:
            return True
        haystack = " ".join((self.name, self.feel, *self.steps, *self.areas)).lower()
        return needle in haystack.replace("_", " ") or needle in haystack


@dataclass(frozen=True)
class Library:
    exercises: tuple[Exercise, ...]
    problems: tuple[LibraryError, ...] = ()
    range_of_motion: RangeOfMotion | None = None  # the table the motions were checked against

    def get(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def __contains__(self, exercise_id: object) -> bool:
        return any(e.id == exercise_id for e in self.exercises)

    def dose_kinds(self) -> dict[str, DoseKind]:
        """Each exercise's dose kind by id (for the dose ceilings)."""
        return {e.id: e.dose_kind for e in self.exercises}

    def filtered(
        self,
        area: str | None = None,
        goal: str | None = None,
        equipment: str | None = None,
        position: str | None = None,
        text: str = "",
    ) -> list[Exercise]:
        """Exercises passing every filter; with a search text, those whose name matches first."""
        needle = text.strip().lower()
        found = [
            e
            for e in self.exercises
            if (area is None or area in e.areas)
            and (goal is None or e.goal == goal)
            and (equipment is None or e.equipment == equipment)
            and (position is None or e.position == position)
            and e.matches(text)
        ]
        return sorted(found, key=lambda e: needle not in e.name.lower()) if needle else found


class _Reader:
    """Pulls typed fields out of one decoded file, raising LibraryError with the field's path."""

    def __init__(self, file: str, data: Mapping[str, Any]) -> None:
        self.file = file
        self.data = data

    def fail(self, path: str, problem: Message) -> LibraryError:
        return LibraryError(self.file, path, problem)

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, Message("must be a non-empty text"))
        return value.strip()

    def choice(self, key: str, allowed: Iterable[str]) -> str:
        options = tuple(allowed)
        value = self.data.get(key)
        if value not in options:
            raise self.fail(
                key,
                Message(
                    "must be one of {choices} (got {value})",
                    choices=", ".join(options),
                    value=repr(value),
                ),
            )
        return str(value)

    def texts(self, key: str, minimum: int) -> tuple[str, ...]:
        value = self.data.get(key)
        if not isinstance(value, list) or len(value) < minimum:
            raise self.fail(key, Message("must be a list of at least {count} texts", count=minimum))
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(f"{key}[{index}]", Message("must be a non-empty text"))
        return tuple(item.strip() for item in value)

    def side_cues(self) -> SideCues | None:
        value = self.data.get("side_cues")
        if value is None:
            return None
        if not isinstance(value, dict) or set(value) != {"left", "right"}:
            raise self.fail("side_cues", Message('must be an object with "left" and "right"'))
        for side in ("left", "right"):
            if not isinstance(value[side], str) or not value[side].strip():
                raise self.fail(f"side_cues.{side}", Message("must be a non-empty text"))
        return SideCues(value["left"].strip(), value["right"].strip())


def range_of_motion_path(folder: Path) -> Path:
    """The range-of-motion table that the exercises in `folder` are checked against:
    `pose/range_of_motion.json` beside the folder (resources/pose/ for resources/exercises/)."""
    return folder.parent / "pose" / RANGE_OF_MOTION_FILE


def parse_exercise(
    file: str,
    data: object,
    folder: Path,
    range_of_motion: RangeOfMotion | None = None,
    require_motion: bool = True,
) -> Exercise:
    """One exercise from decoded JSON; raises LibraryError naming the field. A motion is checked
    against `range_of_motion`, read from beside `folder` when not given; it is required unless
    `require_motion` is False (the table could not be read, which is reported once)."""
    if not isinstance(data, dict):
        raise LibraryError(file, TOP_LEVEL, Message("must be a JSON object"))
    reader = _Reader(file, data)
    exercise_id = reader.text("id")
    if not ID_PATTERN.match(exercise_id):
        raise reader.fail(
            "id", Message("must be lower-case letters, digits and _ (2-41 characters)")
        )
    if Path(file).stem != exercise_id:
        raise reader.fail("id", Message("must match the file name ({name})", name=Path(file).stem))
    areas = reader.texts("areas", 1)
    for index, area in enumerate(areas):
        if area not in AREAS:
            raise reader.fail(
                f"areas[{index}]", Message("must be one of {choices}", choices=", ".join(AREAS))
            )
    raw_dosage = data.get("dosage")
    if not isinstance(raw_dosage, dict):
        raise reader.fail("dosage", Message("must be an object"))
    dosage = parse_dosage(file, "dosage", raw_dosage)
    illustrations = reader.texts("illustrations", 1) if "illustrations" in data else ()
    paths: list[Path] = []
    for index, name in enumerate(illustrations):
        path = folder / name
        if Path(name).name != name or path.suffix != ".svg" or not path.is_file():
            raise reader.fail(
                f"illustrations[{index}]",
                Message("no SVG file {name} next to {file}", name=name, file=file),
            )
        paths.append(path)
    name = reader.text("name")
    goal = reader.choice("goal", GOALS)
    kind = (
        DoseKind(reader.choice("dose_kind", [k.value for k in DoseKind]))
        if "dose_kind" in data
        else kind_for_goal(goal)
    )
    position = reader.choice("position", POSITIONS)
    motion = None
    if "motion" not in data and require_motion:
        raise reader.fail(
            "motion",
            Message(
                "is missing; every exercise of the library needs its movement (its pictures "
                "are drawn from it)"
            ),
        )
    if "motion" in data:
        table = range_of_motion or _table_beside(file, folder)
        motion = _motion(file, data["motion"], table, position, dosage)
    return Exercise(
        id=exercise_id,
        name=name,
        areas=areas,
        goal=goal,
        equipment=reader.choice("equipment", EQUIPMENT),
        position=position,
        steps=reader.texts("steps", 2),
        dosage=dosage,
        feel=reader.text("feel"),
        cautions=reader.texts("cautions", 0),
        stop_if=reader.texts("stop_if", 1),
        source=reader.text("source"),
        illustrations=tuple(paths),
        dose_kind=kind,
        side_cues=reader.side_cues(),
        motion=motion,
    )


def _table_beside(file: str, folder: Path) -> RangeOfMotion:
    path = range_of_motion_path(folder)
    try:
        return load_range_of_motion(path)
    except (OSError, ValueError) as error:
        raise LibraryError(
            file,
            "motion",
            Message(
                "cannot be checked: the range-of-motion table {path} cannot be read ({error})",
                path=str(path),
                error=str(error),
            ),
        ) from error


def _motion(file: str, raw: object, table: RangeOfMotion, position: str, dosage: Dosage) -> Motion:
    try:
        return check_motion(raw, table, position, dosage)
    except MotionError as error:
        raise LibraryError(
            file, f"motion.{error.path}" if error.path else "motion", error.problem
        ) from error


def check_motion(
    raw: object, table: RangeOfMotion, position: str | None, dosage: Dosage | None
) -> Motion:
    """An exercise's motion, checked on its own and against the exercise's position and dose (a
    library file's or a plan's own exercise: both carry the same object). MotionError names the
    field inside the motion; `position` or `dosage` None: that part is not checked (it is wrong
    itself, and reported where it is)."""
    motion = parse_motion(raw, table)
    if position is not None and motion.base.value != position:
        raise MotionError(
            "base", Message("must be {position}, the exercise's position", position=position)
        )
    if dosage is None:
        return motion
    if motion.hold != (dosage.hold_seconds > 0):
        problem = (
            Message("must be true: the exercise is held (hold_seconds above 0)")
            if dosage.hold_seconds > 0
            else Message("must be false: the exercise is a movement (hold_seconds 0)")
        )
        raise MotionError("hold", problem)
    if dosage.per_side and all(frame.pose == mirrored(frame.pose) for frame in motion.keyframes):
        raise MotionError(
            "keyframes",
            Message(
                "show no side: a per-side exercise's keyframes show its left side, "
                "and the right is their mirror image"
            ),
        )
    return motion


def parse_dosage(
    file: str | Message, path: str, raw: Mapping[str, Any], base: Dosage | None = None
) -> Dosage:
    """A dosage from JSON; fields left out keep `base`'s values (or the defaults)."""
    unknown = sorted(set(raw) - set(DOSAGE_FIELDS))
    if unknown:
        raise LibraryError(
            file,
            f"{path}.{unknown[0]}",
            Message("unknown field; use {fields}", fields=", ".join(DOSAGE_FIELDS)),
        )
    start = base or Dosage(rep_seconds=3)
    values = {name: raw.get(name, getattr(start, name)) for name in DOSAGE_FIELDS}
    problems = dosage_messages(values)
    if problems:
        name, text = problems[0]
        raise LibraryError(file, f"{path}.{name}", text)
    return Dosage(**values)


def load_library(folder: Path, range_of_motion: RangeOfMotion | None = None) -> Library:
    """Every valid exercise in `folder`, sorted by name, and a problem for each broken file.
    Motions are checked against `range_of_motion`, read from `range_of_motion_path(folder)`
    when not given and an exercise has one; when that cannot be read, it is a problem and the
    exercises load without their motion."""
    exercises: list[Exercise] = []
    problems: list[LibraryError] = []
    table = range_of_motion
    table_read = table is not None
    for file in sorted(folder.glob("*.json")):
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            problems.append(
                LibraryError(
                    file.name, WHOLE_FILE, Message("cannot be read: {error}", error=str(error))
                )
            )
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            problems.append(
                LibraryError(
                    file.name,
                    f"line {error.lineno}",
                    Message("is not valid JSON: {error}", error=error.msg),
                )
            )
            continue
        if isinstance(data, dict) and "motion" in data and table is None and not table_read:
            table_read = True
            path = range_of_motion_path(folder)
            try:
                table = load_range_of_motion(path)
            except (OSError, ValueError) as error:
                problems.append(
                    LibraryError(
                        path.name, WHOLE_FILE, Message("cannot be read: {error}", error=str(error))
                    )
                )
        required = True
        if isinstance(data, dict) and "motion" in data and table is None:
            data = {key: value for key, value in data.items() if key != "motion"}
            required = False  # the table's problem is reported: the exercise loads without it
        try:
            exercises.append(parse_exercise(file.name, data, folder, table, required))
        except LibraryError as problem:
            problems.append(problem)
    seen: set[str] = set()
    unique: list[Exercise] = []
    for exercise in exercises:
        if exercise.id in seen:
            problems.append(LibraryError(f"{exercise.id}.json", "id", Message("is used twice")))
            continue
        seen.add(exercise.id)
        unique.append(exercise)
    return Library(tuple(sorted(unique, key=lambda e: e.name.lower())), tuple(problems), table)
