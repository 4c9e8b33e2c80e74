"""Clinician plans: a `.coachplan` file read, checked and turned into routines, reminders and heat
limits.

The format is versioned JSON described by `resources/plans/plan.schema.json` (the README documents
it field by field). Reading a plan reports every problem at once, each with the file, the JSON path
of the field (`$.routines[0].steps[2].dosage.reps`), or the line where the JSON itself is broken,
and what is expected, so a clinician fixes a file in one pass. Nothing that a file holds raises
anything but `PlanError`: empty, binary or huge files, other encodings, deep nesting, unknown ids,
absurd dosages, and plans newer than this Coach all become messages.

This module holds the plan's types and runs the stages: the bytes become JSON
(`coach.domain.plan_json`), its format and version are checked and an older version upgraded
here, then the schema (`coach.domain.plan_schema`) and the rules the schema cannot say
(`coach.domain.plan_checks`) report their problems together, and a plan without any is built
here, carrying the warnings that do not stop it (`Plan.warnings`: a per-side exercise without
side cues, say). The problem types live in `coach.domain.plan_problems`; every public name stays
importable from this module.

A plan may only be stricter than Coach's own limits (CLINICAL.md: "a plan may lower it, nothing
raises it"): the schema keeps heat within the hard cap, and the checks keep a session within the
plan's own cap and every dose within its exercise kind's ceiling (CLINICAL.md section 3, "a
clinician plan may set lower ceilings, never higher ones", `coach.domain.ceilings`). A plan kept
in the store from before the ceilings is read with its doses brought under them (and logged), so
the patient keeps their plan.
"""

import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path
from typing import Any

from coach.domain.ceilings import CEILINGS, clamp, within
from coach.domain.exercises import (
    Dosage,
    DoseKind,
    Exercise,
    Library,
    SideCues,
    check_motion,
    kind_for_goal,
)
from coach.domain.heat import (
    DEFAULT_MINUTES,
    HARD_CAP_MINUTES,
    MAX_SESSIONS_PER_DAY,
    MIN_GAP,
    HeatLimits,
)
from coach.domain.messages import Message
from coach.domain.plan_checks import (
    MAX_IMAGE_BYTES,
    plan_warnings,
    read_dosage,
    read_image,
    semantic_problems,
)
from coach.domain.plan_json import (
    MAX_DEPTH,
    MAX_INT_DIGITS,
    MAX_PLAN_BYTES,
    decode_plan_json,
    too_large,
)
from coach.domain.plan_problems import PlanError, PlanProblem, path_order, warning_lines
from coach.domain.plan_schema import (
    MAX_ARRAY_ITEMS,
    as_written,
    capped,
    json_kind,
    load_schema,
    schema_problems,
)
from coach.domain.plan_summary import PLAN_EXERCISE_SOURCE, PLAN_ROUTINE_PREFIX
from coach.domain.reminders import ReminderSettings
from coach.domain.routines import Routine, RoutineStep
from coach.domain.schedule import ALL_WEEKDAYS, MovementRule, ReminderKind, TimedRule

__all__ = [  # the names other modules import from here, wherever they are defined
    "GENERAL_STOP_SIGNS",
    "MAX_ARRAY_ITEMS",
    "MAX_DEPTH",
    "MAX_IMAGE_BYTES",
    "MAX_INT_DIGITS",
    "MAX_PLAN_BYTES",
    "MAX_PROBLEMS",
    "PLAN_FORMAT",
    "PLAN_SUFFIX",
    "PLAN_VERSION",
    "WEEKDAY_NAMES",
    "Plan",
    "PlanError",
    "PlanExercise",
    "PlanHeat",
    "PlanProblem",
    "PlanSchedule",
    "Progression",
    "app_routine_id",
    "decode_plan_json",
    "load_schema",
    "parse_plan",
    "read_plan_file",
    "schema_problems",
    "semantic_problems",
    "upgrade_v1",
    "warning_lines",
]

PLAN_FORMAT = "coach-plan"
PLAN_VERSION = 2  # the version this Coach writes; it reads 1 and 2
PLAN_SUFFIX = ".coachplan"
MAX_PROBLEMS = 200  # more are summed up in one last problem
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
GENERAL_STOP_SIGNS = (
    "Pain becomes sharp, or spreads into your arm or hand",
    "You feel dizzy, or your vision or speech changes",
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlanExercise:
    """An exercise the plan brings beside the built-in library, with its optional picture (the
    exercise's illustrations are filled in where the picture is kept, see `with_pictures`) and
    its optional movement (`exercise.motion`, the library's format: drawn instead of the
    picture)."""

    exercise: Exercise
    image: bytes = field(default=b"", repr=False)
    image_suffix: str = ""  # ".svg" or ".png" when there is a picture

    @property
    def id(self) -> str:
        return self.exercise.id

    def with_pictures(self, illustrations: tuple[Path, ...]) -> Exercise:
        """The exercise as the library and the player know it."""
        return replace(self.exercise, illustrations=illustrations)


@dataclass(frozen=True)
class PlanSchedule:
    routine_id: str  # the app's id of the routine the reminder starts ("plan:...")
    weekdays: frozenset[int]
    times: tuple[time, ...]
    movement_minutes: int | None = None  # None: the patient's own setting stays
    checkin_time: time | None = None  # None: the patient's own setting stays


@dataclass(frozen=True)
class PlanHeat:
    enabled: bool = False
    session_minutes: int = DEFAULT_MINUTES
    cap_minutes: int = HARD_CAP_MINUTES
    max_sessions_per_day: int = MAX_SESSIONS_PER_DAY
    min_gap_hours: int = int(MIN_GAP.total_seconds() // 3600)
    weekdays: frozenset[int] = ALL_WEEKDAYS
    times: tuple[time, ...] = ()

    def limits(self) -> HeatLimits:
        return HeatLimits(
            self.cap_minutes,
            session_minutes=self.session_minutes,
            max_sessions_per_day=self.max_sessions_per_day,
            min_gap_hours=self.min_gap_hours,
        )


@dataclass(frozen=True)
class Progression:
    """Whether Coach may suggest dosage changes, and the most it may suggest."""

    suggest: bool = True
    max_hold_seconds: int | None = None
    max_reps: int | None = None
    max_sets: int | None = None


@dataclass(frozen=True)
class Plan:
    title: str
    clinician_name: str
    clinician_contact: str
    start: date
    review: date | None
    notes: str
    exercises: tuple[PlanExercise, ...]
    routines: tuple[Routine, ...]
    schedule: PlanSchedule
    heat: PlanHeat
    progression: Progression
    body: str = field(repr=False, compare=False)  # the plan as JSON at PLAN_VERSION
    # What is worth a look but does not stop the plan (an older plan stays valid), such as a
    # per-side exercise without side cues; `coach plan validate` prints them.
    warnings: tuple[PlanProblem, ...] = field(default=(), compare=False)

    def routine(self, routine_id: str) -> Routine | None:
        return next((r for r in self.routines if r.id == routine_id), None)

    def scheduled_routine(self) -> Routine:
        routine = self.routine(self.schedule.routine_id)
        assert routine is not None  # checked when the plan was read
        return routine

    def reminder_settings(self, current: ReminderSettings) -> ReminderSettings:
        """The patient's reminder settings with the plan's schedule in them; their working and
        quiet hours stay theirs, as do the parts the plan leaves open."""
        schedule = self.schedule
        routine = TimedRule(
            ReminderKind.ROUTINE, schedule.times, schedule.weekdays, True, schedule.routine_id
        )
        movement = current.movement
        if schedule.movement_minutes is not None:
            movement = MovementRule(schedule.movement_minutes, True)
        checkin = current.checkin
        if schedule.checkin_time is not None:
            checkin = replace(checkin, times=(schedule.checkin_time,), enabled=True)
        heat = current.heat
        if self.heat.enabled and self.heat.times:
            heat = TimedRule(ReminderKind.HEAT, self.heat.times, self.heat.weekdays, True)
        elif not self.heat.enabled:
            heat = replace(heat, enabled=False)
        return replace(current, routine=routine, movement=movement, checkin=checkin, heat=heat)


def app_routine_id(plan_routine_id: str) -> str:
    return PLAN_ROUTINE_PREFIX + plan_routine_id


def read_plan_file(path: Path, library: Library, schema: Mapping[str, Any]) -> Plan:
    """The plan in `path`; PlanError lists every problem, naming `path`."""
    name = str(path)
    try:
        if path.exists() and not path.is_dir() and not path.is_file():
            problem = PlanProblem(
                "$", Message("is not a regular file (a device or pipe); expected a file")
            )
            raise PlanError(name, [problem])
        size = path.stat().st_size
        if size > MAX_PLAN_BYTES:
            raise PlanError(name, [too_large(size)])
        with path.open("rb") as stream:
            raw = stream.read(MAX_PLAN_BYTES + 1)
    except IsADirectoryError:
        raise PlanError(
            name, [PlanProblem("$", Message("is a folder; expected a .coachplan file"))]
        ) from None
    except FileNotFoundError:
        problem = PlanProblem("$", Message("does not exist; check the path"))
        raise PlanError(name, [problem]) from None
    except OSError as error:
        problem = PlanProblem(
            "$",
            Message(
                "cannot be read ({reason}); check its permissions",
                reason=error.strerror or str(error),
            ),
        )
        raise PlanError(name, [problem]) from None
    return parse_plan(raw, name, library, schema)


def parse_plan(
    raw: bytes,
    file: str,
    library: Library,
    schema: Mapping[str, Any],
    *,
    stored: bool = False,
) -> Plan:
    """A plan from the bytes of a file named `file` (for messages). Only PlanError comes out: a
    bug met while checking or building the plan is logged and reported as one problem. A
    `stored` plan (adopted before) has a dose above a ceiling brought under it, not refused."""
    try:
        return _parse_plan(raw, file, library, schema, stored)
    except PlanError:
        raise
    except Exception:
        log.exception("internal error while reading the plan %s", file)
        problem = PlanProblem(
            "$",
            Message(
                "could not be read because of an internal error in Coach (the details are in "
                "Coach's log); expected to be read once Coach is fixed: please report it"
            ),
        )
        raise PlanError(file, [problem]) from None


def _parse_plan(
    raw: bytes, file: str, library: Library, schema: Mapping[str, Any], stored: bool
) -> Plan:
    original = _check_format(decode_plan_json(raw, file), file)
    data = upgrade_v1(original) if original["version"] == 1 else original
    problems: list[PlanProblem] = []
    cut: dict[str, int] = {}
    data = capped(data, "$", 0, problems, cut)
    problems += schema_problems(data, schema, cut)
    covered = {p.path for p in problems}
    problems += [
        PlanProblem(
            path,
            Message(
                "has {count} items; expected at most {limit}", count=count, limit=MAX_ARRAY_ITEMS
            ),
        )
        for path, count in cut.items()
        if path not in covered
    ]
    problems += _not_under(semantic_problems(data, library, ceilings=not stored), problems)
    if problems:
        if original["version"] == 1:
            problems = [_v1_problem(p, original) for p in problems]
        problems.sort(key=lambda p: path_order(p.path))
        if len(problems) > MAX_PROBLEMS:
            more = len(problems) - MAX_PROBLEMS
            summary = PlanProblem(
                "$",
                Message(
                    "… and further problems not listed ({more}); expected the ones above fixed "
                    "first, then check the plan again",
                    more=more,
                ),
            )
            problems = [*problems[:MAX_PROBLEMS], summary]
        raise PlanError(file, problems)
    plan = _build(data, library, file)
    warnings = sorted(plan_warnings(data, library), key=lambda p: path_order(p.path))
    return replace(plan, warnings=tuple(warnings))


def _v1_problem(problem: PlanProblem, original: Mapping[str, Any]) -> PlanProblem:
    """A problem found in the upgraded plan, at the field a version 1 file has."""
    renames = []
    if isinstance(original.get("clinician"), str):
        renames.append(("$.clinician.name", "$.clinician"))
    heat = original.get("heat")
    if isinstance(heat, dict) and "minutes" in heat:
        renames.append(("$.heat.session_minutes", "$.heat.minutes"))
    for new, old in renames:
        if problem.path == new or problem.path.startswith((new + ".", new + "[")):
            return replace(problem, path=old + problem.path[len(new) :])
    return problem


def _check_format(data: Any, file: str) -> dict[str, Any]:
    """The format and version, checked before anything else (`parse_plan` brings an older version
    up to date). A newer version is the only problem reported: its fields may mean other things."""
    if not isinstance(data, dict):
        problem = PlanProblem(
            "$", Message("is {kind}; expected a plan object {{...}}", kind=json_kind(data))
        )
        raise PlanError(file, [problem])
    if data.get("format") != PLAN_FORMAT:
        if "format" in data:
            text = Message(
                'is {value}; expected "{format}" (is this a Coach plan file?)',
                value=as_written(data["format"]),
                format=PLAN_FORMAT,
            )
        else:
            text = Message(
                'is missing; expected "{format}" (is this a Coach plan file?)', format=PLAN_FORMAT
            )
        raise PlanError(file, [PlanProblem("$.format", text)])
    version = data.get("version")
    if type(version) is not int or version < 1:
        if "version" in data:
            text = Message(
                "is {value}; expected a whole number from 1 to {latest}",
                value=as_written(version),
                latest=PLAN_VERSION,
            )
        else:
            text = Message(
                "is missing; expected a whole number from 1 to {latest}", latest=PLAN_VERSION
            )
        raise PlanError(file, [PlanProblem("$.version", text)])
    if version > PLAN_VERSION:
        problem = PlanProblem(
            "$.version",
            Message(
                "the plan is format version {version}; this Coach reads versions 1 to {latest}: "
                "update Coach to open it",
                version=version,
                latest=PLAN_VERSION,
            ),
        )
        raise PlanError(file, [problem])
    return data


def upgrade_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 (the first release of the format) named the clinician by a plain text and the heat
    length `minutes`, and had no own exercises or progression rules."""
    upgraded = dict(data, version=PLAN_VERSION)
    if isinstance(data.get("clinician"), str):
        upgraded["clinician"] = {"name": data["clinician"]}
    heat = data.get("heat")
    if isinstance(heat, dict) and "minutes" in heat:
        heat = dict(heat)
        heat["session_minutes"] = heat.pop("minutes")
        upgraded["heat"] = heat
    return upgraded


def _not_under(found: list[PlanProblem], reported: list[PlanProblem]) -> list[PlanProblem]:
    """`found` without what `reported` already says about the same field or a field around it."""
    paths = {p.path for p in reported}
    return [p for p in found if not any(prefix in paths for prefix in _ancestors(p.path))]


def _ancestors(path: str) -> list[str]:
    """`path` and the paths of the fields around it: `$.a[1].b`, `$.a[1]`, `$.a`, `$`."""
    return [path] + [path[:i] for i, char in enumerate(path) if char in ".[" and i > 0]


def _times(texts: Sequence[str]) -> tuple[time, ...]:
    return tuple(sorted(time.fromisoformat(t) for t in texts))


def _weekdays(names: Sequence[str]) -> frozenset[int]:
    return frozenset(WEEKDAY_NAMES.index(n) for n in names)


def _build_exercises(data: dict[str, Any], library: Library, file: str) -> list[PlanExercise]:
    exercises: list[PlanExercise] = []
    table = library.range_of_motion
    for index, raw in enumerate(data.get("exercises", [])):
        image, suffix = read_image(raw["image"], "", []) if "image" in raw else (b"", "")
        goal = raw.get("goal", "mobility")
        kind = kind_for_goal(goal)
        dosage = read_dosage(raw["dosage"], None, "", []) or Dosage(rep_seconds=3)
        cues = raw.get("side_cues")
        position = raw.get("position", "sitting")
        motion = None
        if "motion" in raw and table is not None:  # checked already (without a table: a problem)
            motion = check_motion(raw["motion"], table, position, dosage)
        exercise = Exercise(
            id=raw["id"],
            name=raw["name"].strip(),
            areas=tuple(raw.get("areas", ())),
            goal=goal,
            equipment=raw.get("equipment", "none"),
            position=position,
            steps=tuple(s.strip() for s in raw["steps"]),
            dosage=_under_ceiling(dosage, kind, file, f"$.exercises[{index}].dosage"),
            feel=raw.get("feel", "").strip(),
            cautions=tuple(c.strip() for c in raw.get("cautions", ())),
            stop_if=(*(s.strip() for s in raw.get("stop_if", ())), *GENERAL_STOP_SIGNS),
            source=PLAN_EXERCISE_SOURCE,
            illustrations=(),
            dose_kind=kind,
            side_cues=SideCues(cues["left"].strip(), cues["right"].strip()) if cues else None,
            motion=motion,
        )
        exercises.append(PlanExercise(exercise, image, suffix))
    return exercises


def _build_routines(
    data: dict[str, Any], library: Library, exercises: Sequence[PlanExercise], file: str
) -> list[Routine]:
    own = {e.id: e.exercise for e in exercises}
    routines = []
    for index, raw in enumerate(data["routines"]):
        steps = []
        for step_index, step in enumerate(raw["steps"]):
            exercise = library.get(step["exercise"]) or own[step["exercise"]]
            dosage = read_dosage(step.get("dosage", {}), exercise.dosage, "", []) or exercise.dosage
            where = f"$.routines[{index}].steps[{step_index}].dosage"
            dosage = _under_ceiling(dosage, exercise.dose_kind, file, where)
            steps.append(RoutineStep(step["exercise"], dosage))
        routines.append(
            Routine(
                app_routine_id(raw["id"]),
                raw["name"].strip(),
                raw.get("aim", "").strip(),
                tuple(steps),
                builtin=True,
            )
        )
    return routines


def _under_ceiling(dosage: Dosage, kind: DoseKind, file: str, where: str) -> Dosage:
    """The dose, brought under its ceiling when a stored plan's is above it (logged)."""
    ceiling = CEILINGS[kind]
    if within(dosage, ceiling):
        return dosage
    clamped = clamp(dosage, ceiling)
    log.warning(
        "%s: %s is above the ceiling for a %s exercise; it runs as %d x %d x %d s",
        file,
        where,
        kind.value,
        clamped.sets,
        clamped.reps,
        clamped.hold_seconds or clamped.rep_seconds,
    )
    return clamped


def _build(data: dict[str, Any], library: Library, file: str) -> Plan:
    """The Plan from data that has passed every check (a stored plan's doses brought under their
    ceilings here: see `parse_plan`)."""
    exercises = _build_exercises(data, library, file)
    routines = _build_routines(data, library, exercises, file)
    schedule = data["schedule"]
    checkin = schedule.get("checkin_time")
    heat = data.get("heat", {})
    cap = heat.get("cap_minutes", HARD_CAP_MINUTES)
    progression = data.get("progression", {})
    clinician = data["clinician"]
    return Plan(
        title=data["title"].strip(),
        clinician_name=clinician["name"].strip(),
        clinician_contact=clinician.get("contact", "").strip(),
        start=date.fromisoformat(data["start"]),
        review=date.fromisoformat(data["review"]) if "review" in data else None,
        notes=data.get("notes", "").strip(),
        exercises=tuple(exercises),
        routines=tuple(routines),
        schedule=PlanSchedule(
            app_routine_id(schedule["routine"]),
            _weekdays(schedule["days"]),
            _times(schedule["times"]),
            schedule.get("movement_break_minutes"),
            time.fromisoformat(checkin) if checkin else None,
        ),
        heat=PlanHeat(
            enabled=heat.get("enabled", False),
            session_minutes=heat.get("session_minutes", min(DEFAULT_MINUTES, cap)),
            cap_minutes=cap,
            max_sessions_per_day=heat.get("max_sessions_per_day", MAX_SESSIONS_PER_DAY),
            min_gap_hours=heat.get("min_gap_hours", int(MIN_GAP.total_seconds() // 3600)),
            weekdays=_weekdays(heat["days"]) if "days" in heat else ALL_WEEKDAYS,
            times=_times(heat.get("times", ())),
        ),
        progression=Progression(
            suggest=progression.get("mode", "suggest") == "suggest",
            max_hold_seconds=progression.get("max_hold_seconds"),
            max_reps=progression.get("max_reps"),
            max_sets=progression.get("max_sets"),
        ),
        body=json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False),
    )
