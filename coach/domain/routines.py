"""Routines: ordered exercises, each with its own dosage, and how long they take.

Built-in routines are JSON files in `resources/routines/`:

    {"id": "desk_reset", "name": "3-minute desk reset", "aim": "...",
     "steps": [{"exercise": "chin_tuck", "dosage": {"reps": 5}}, ...],
     "source": "A12"}

A step's `dosage` holds only what differs from the exercise's own dosage. `source` (optional) names
the sources of what the aim says (keys of CLINICAL.md, coach.domain.sources). Users' routines live in
the store with the same shape; built-ins are never changed, only copied.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from coach.domain.exercises import (
    DOSAGE_FIELDS,
    TOP_LEVEL,
    WHOLE_FILE,
    Dosage,
    Library,
    LibraryError,
    parse_dosage,
)
from coach.domain.messages import Message

PREPARE_SECONDS = 5  # "get ready" before each exercise
SWITCH_SECONDS = 5  # change to the other side
MAX_STEPS = 30


@dataclass(frozen=True)
class RoutineStep:
    exercise_id: str
    dosage: Dosage


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    aim: str
    steps: tuple[RoutineStep, ...]
    builtin: bool = False
    source: str = ""  # a built-in's sources for what its aim says (coach.domain.sources)

    def planned_seconds(self) -> int:
        return sum(step_seconds(step.dosage) for step in self.steps)

    def renamed(self, name: str) -> "Routine":
        return replace(self, name=name)

    def copy_as_user(self, new_id: str, name: str) -> "Routine":
        return replace(self, id=new_id, name=name, builtin=False)


def step_seconds(dosage: Dosage) -> int:
    """Seconds one step takes in the player: get ready, the work and rests, and side switches."""
    return PREPARE_SECONDS + dosage.seconds() + dosage.sets * (dosage.sides - 1) * SWITCH_SECONDS


def parse_steps(file: str | Message, raw: object, library: Library) -> tuple[RoutineStep, ...]:
    """Steps from JSON, each checked against the library; raises LibraryError with the field path."""
    if not isinstance(raw, list) or not raw:
        raise LibraryError(file, "steps", Message("must be a list of at least one step"))
    if len(raw) > MAX_STEPS:
        raise LibraryError(
            file, "steps", Message("may hold at most {count} steps", count=MAX_STEPS)
        )
    steps: list[RoutineStep] = []
    for index, item in enumerate(raw):
        path = f"steps[{index}]"
        if not isinstance(item, dict):
            raise LibraryError(file, path, Message("must be an object with an exercise id"))
        exercise = library.get(str(item.get("exercise", "")))
        if exercise is None:
            raise LibraryError(
                file,
                f"{path}.exercise",
                Message("unknown exercise {exercise}", exercise=repr(item.get("exercise"))),
            )
        overrides = item.get("dosage", {})
        if not isinstance(overrides, dict):
            raise LibraryError(file, f"{path}.dosage", Message("must be an object"))
        dosage = parse_dosage(file, f"{path}.dosage", overrides, base=exercise.dosage)
        steps.append(RoutineStep(exercise.id, dosage))
    return tuple(steps)


def parse_routine(file: str, data: object, library: Library, builtin: bool) -> Routine:
    if not isinstance(data, dict):
        raise LibraryError(file, TOP_LEVEL, Message("must be a JSON object"))
    values: dict[str, str] = {}
    for key in ("id", "name", "aim"):
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise LibraryError(file, key, Message("must be a non-empty text"))
        values[key] = value.strip()
    source = data.get("source", "")
    if not isinstance(source, str):
        raise LibraryError(file, "source", Message("must be a text"))
    return Routine(
        values["id"],
        values["name"],
        values["aim"],
        parse_steps(file, data.get("steps"), library),
        builtin,
        source.strip(),
    )


def load_builtin_routines(
    folder: Path, library: Library
) -> tuple[list[Routine], list[LibraryError]]:
    routines: list[Routine] = []
    problems: list[LibraryError] = []
    for file in sorted(folder.glob("*.json")):
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            routines.append(parse_routine(file.name, data, library, builtin=True))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            problems.append(
                LibraryError(
                    file.name, WHOLE_FILE, Message("cannot be read: {error}", error=str(error))
                )
            )
        except LibraryError as problem:
            problems.append(problem)
    routines.sort(key=lambda r: r.planned_seconds())
    return routines, problems


def steps_to_json(steps: Sequence[RoutineStep], library: Library) -> list[dict[str, Any]]:
    """Steps as stored: only the dosage fields that differ from the exercise's own."""
    stored: list[dict[str, Any]] = []
    for step in steps:
        exercise = library.get(step.exercise_id)
        base = exercise.dosage if exercise else Dosage(rep_seconds=3)
        overrides = {
            name: getattr(step.dosage, name)
            for name in DOSAGE_FIELDS
            if getattr(step.dosage, name) != getattr(base, name)
        }
        entry: dict[str, Any] = {"exercise": step.exercise_id}
        if overrides:
            entry["dosage"] = overrides
        stored.append(entry)
    return stored


def single_exercise_routine(exercise_id: str, name: str, dosage: Dosage) -> Routine:
    """A one-step routine for "Try it now"."""
    return Routine(f"try:{exercise_id}", name, "", (RoutineStep(exercise_id, dosage),))
