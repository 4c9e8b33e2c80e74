"""Clinician plans: a `.coachplan` file read, checked and turned into routines, reminders and heat
limits.

The format is versioned JSON described by `resources/plans/plan.schema.json` (the README documents
it field by field). Reading a plan reports every problem at once, each with the file, the JSON path
of the field (`$.routines[0].steps[2].dosage.reps`), or the line where the JSON itself is broken,
and what is expected, so a clinician fixes a file in one pass. Nothing that a file holds raises
anything but `PlanError`: empty, binary or huge files, other encodings, deep nesting, unknown ids,
absurd dosages, and plans newer than this Coach all become messages.

A plan may only be stricter than Coach's own limits (CLINICAL.md: "a plan may lower it, nothing
raises it"): the schema keeps heat within the hard cap, and the checks below keep a session within
the plan's own cap and every dose within its exercise kind's ceiling (CLINICAL.md section 3, "a
clinician plan may set lower ceilings, never higher ones", `coach.domain.ceilings`). A plan kept
in the store from before the ceilings is read with its doses brought under them (and logged), so
the patient keeps their plan.
"""

import base64
import binascii
import functools
import itertools
import json
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path
from typing import Any

from coach.domain.ceilings import CEILINGS, clamp, over_ceiling, within
from coach.domain.exercises import (
    DOSAGE_FIELDS,
    Dosage,
    DoseKind,
    Exercise,
    Library,
    dosage_messages,
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
from coach.domain.plan_summary import PLAN_EXERCISE_SOURCE, PLAN_ROUTINE_PREFIX
from coach.domain.reminders import ReminderSettings
from coach.domain.routines import Routine, RoutineStep
from coach.domain.schedule import ALL_WEEKDAYS, MovementRule, ReminderKind, TimedRule

PLAN_FORMAT = "coach-plan"
PLAN_VERSION = 2  # the version this Coach writes; it reads 1 and 2
PLAN_SUFFIX = ".coachplan"
MAX_PLAN_BYTES = 5 * 1024 * 1024
MAX_IMAGE_BYTES = 1024 * 1024
MAX_DEPTH = 12  # the format nests 5 deep; anything far deeper is not a plan
MAX_ARRAY_ITEMS = 30  # the largest maxItems in the schema; longer lists are cut before checking
MAX_PROBLEMS = 200  # more are summed up in one last problem
MAX_INT_DIGITS = 4300  # Python's limit for reading a whole number (sys.get_int_max_str_digits)
WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
GENERAL_STOP_SIGNS = (
    "Pain becomes sharp, or spreads into your arm or hand",
    "You feel dizzy, or your vision or speech changes",
)
_JSON_TYPES = {
    dict: Message("an object"),
    list: Message("a list"),
    str: Message("a text"),
    bool: Message("true or false"),
    int: Message("a whole number"),
    float: Message("a number"),
    type(None): Message("null"),
}
_SCHEMA_TYPES = {  # the schema's names of JSON types, as `_JSON_TYPES` words them
    "object": _JSON_TYPES[dict],
    "array": _JSON_TYPES[list],
    "string": _JSON_TYPES[str],
    "integer": _JSON_TYPES[int],
    "number": _JSON_TYPES[float],
    "boolean": _JSON_TYPES[bool],
    "null": _JSON_TYPES[type(None)],
}
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PlanProblem:
    """One thing wrong with a plan: where (a JSON path such as `$.heat.cap_minutes`, or a line of a
    broken file) and what is expected, as a message the UI shows in the user's language."""

    path: str
    text: Message
    line: int | None = None

    @property
    def message(self) -> str:
        """What is expected, in English (the command line, logs)."""
        return str(self.text)

    def where_text(self) -> Message:
        if self.line is not None:
            return Message("line {line}", line=self.line)
        return Message("{path}", path=self.path)

    def where(self) -> str:
        """Where, in English."""
        return str(self.where_text())


class PlanError(Exception):
    """A plan that cannot be used, with every problem found in it."""

    def __init__(self, file: str, problems: Sequence[PlanProblem]) -> None:
        self.file = file
        self.problems = tuple(problems)
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        """One line per problem: `file: where: what`."""
        return [f"{self.file}: {p.where()}: {p.message}" for p in self.problems]


@dataclass(frozen=True)
class PlanExercise:
    """An exercise the plan brings beside the built-in library, with its optional picture (the
    exercise's illustrations are filled in where the picture is kept, see `with_pictures`)."""

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


def load_schema(path: Path) -> dict[str, Any]:
    """The published plan schema (resources/plans/plan.schema.json)."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(schema, dict):
        raise ValueError(f"{path} is not a JSON Schema object")
    return schema


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
            raise PlanError(name, [_too_large(size)])
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
    data = _capped(data, "$", 0, problems, cut)
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
        problems.sort(key=lambda p: _path_key(p.path))
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
    return _build(data, library, file)


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


def decode_plan_json(raw: bytes, file: str) -> Any:
    """The JSON value in `raw`: UTF-8 (with or without a byte-order mark), or UTF-16/32 with one."""
    if len(raw) > MAX_PLAN_BYTES:
        raise PlanError(file, [_too_large(len(raw))])
    if not raw.strip():
        raise PlanError(file, [PlanProblem("$", Message("is empty; expected a plan in JSON"))])
    text = _decode_text(raw, file)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        problem = PlanProblem(
            "$",
            Message(
                "is not valid JSON: {error} at column {column}; expected it fixed there "
                "(a missing comma, quote or bracket is usual)",
                error=error.msg,
                column=error.colno,
            ),
            error.lineno,
        )
        raise PlanError(file, [problem]) from None
    except RecursionError:
        raise PlanError(file, [_too_deep("$")]) from None
    except ValueError as error:  # a whole number too long for Python to read
        long = re.search(rf"[0-9]{{{MAX_INT_DIGITS + 1},}}", text)
        if long is None:
            problem = PlanProblem(
                "$",
                Message(
                    "cannot be read as JSON ({error}); expected a plan in JSON", error=str(error)
                ),
            )
        else:
            problem = PlanProblem(
                "$",
                Message(
                    "holds a number {digits} digits long; expected a number of at most {limit} "
                    "digits",
                    digits=len(long.group()),
                    limit=MAX_INT_DIGITS,
                ),
                text.count("\n", 0, long.start()) + 1,
            )
        raise PlanError(file, [problem]) from None


def _decode_text(raw: bytes, file: str) -> str:
    boms = (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    )
    encoding = next((name for bom, name in boms if raw.startswith(bom)), "utf-8")
    if encoding == "utf-8" and b"\x00" in raw[:4096]:
        problem = PlanProblem(
            "$", Message("is a binary file, not a plan; expected UTF-8 JSON text")
        )
        raise PlanError(file, [problem])
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        problem = PlanProblem(
            "$",
            Message(
                "is not {encoding} text (byte 0x{byte}); save the file as UTF-8",
                encoding=encoding.upper().removesuffix("-SIG"),
                byte=f"{raw[error.start]:02x}",
            ),
            line,
        )
        raise PlanError(file, [problem]) from None


def _too_large(size: int) -> PlanProblem:
    megabytes = -(-size * 10 // (1024 * 1024)) / 10  # rounded up: never "5.0 MB" for 5 MB + 1 byte
    return PlanProblem(
        "$",
        Message(
            "is {size} MB; a plan file is at most {limit} MB (use smaller pictures)",
            size=megabytes,
            limit=MAX_PLAN_BYTES // 1024 // 1024,
        ),
    )


def _too_deep(path: str) -> PlanProblem:
    return PlanProblem(
        path,
        Message("is nested too deeply; a plan nests at most {depth} levels", depth=MAX_DEPTH),
    )


def _check_format(data: Any, file: str) -> dict[str, Any]:
    """The format and version, checked before anything else (`parse_plan` brings an older version
    up to date). A newer version is the only problem reported: its fields may mean other things."""
    if not isinstance(data, dict):
        problem = PlanProblem(
            "$", Message("is {kind}; expected a plan object {{...}}", kind=_json_type(data))
        )
        raise PlanError(file, [problem])
    if data.get("format") != PLAN_FORMAT:
        if "format" in data:
            text = Message(
                'is {value}; expected "{format}" (is this a Coach plan file?)',
                value=_show(data["format"]),
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
                value=_show(version),
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


def _capped(
    value: Any, path: str, depth: int, problems: list[PlanProblem], cut: dict[str, int]
) -> Any:
    """A copy of `value` with runaway nesting cut off (and reported) and lists longer than any
    list of the format cut short (their paths and real lengths go into `cut`), so the schema check
    takes milliseconds whatever the file holds. Texts that are not valid Unicode (a lone
    surrogate such as "\\ud800" can neither be printed nor stored) are reported too."""
    if depth > MAX_DEPTH:
        problems.append(_too_deep(path))
        return None
    if isinstance(value, dict):
        copy = {}
        for key, item in value.items():
            key_path = _join(path, key)
            if not _is_unicode(key):
                problems.append(_not_unicode(key_path, Message("a field name")))
            copy[key] = _capped(item, key_path, depth + 1, problems, cut)
        return copy
    if isinstance(value, list):
        if len(value) > MAX_ARRAY_ITEMS:
            cut[path] = len(value)
            value = value[:MAX_ARRAY_ITEMS]
        return [_capped(v, f"{path}[{i}]", depth + 1, problems, cut) for i, v in enumerate(value)]
    if isinstance(value, str) and not _is_unicode(value):
        problems.append(_not_unicode(path, _JSON_TYPES[str]))
    return value


def _not_unicode(path: str, kind: Message) -> PlanProblem:
    return PlanProblem(
        path,
        Message(
            "holds a character that is not valid Unicode (a lone surrogate such as \\ud800); "
            "expected {kind} without it",
            kind=kind,
        ),
    )


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _join(path: str, key: object) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    text = str(key)
    return f"{path}.{text}" if _IDENTIFIER.match(text) else f"{path}[{json.dumps(text)}]"


def _json_type(value: object) -> Message:
    return next(
        (name for kind, name in _JSON_TYPES.items() if type(value) is kind), Message("a value")
    )


def schema_problems(
    data: Any, schema: Mapping[str, Any], cut: Mapping[str, int] | None = None
) -> list[PlanProblem]:
    """Every way `data` breaks the published schema, as field paths and what is expected. `cut`
    holds the real lengths of lists `_capped` cut short, for the messages."""
    validator = _validator_class()(schema)
    found: list[PlanProblem] = []
    for error in validator.iter_errors(data):
        path = "$"
        for part in error.absolute_path:
            path = _join(path, part)
        found.extend(_describe(error, path, (cut or {}).get(path)))
    unique = {(p.path, p.text): p for p in found}
    return sorted(unique.values(), key=lambda p: _path_key(p.path))


@functools.cache
def _validator_class() -> Any:
    """Draft 2020-12 as JSON Schema means it elsewhere (ECMA-262): `$` in a pattern is the end of
    the text (Python's `$` also matches before a final newline, so "2027-01-04\\n" passed), and
    an integer is a number written without a point (the draft counts 10.0 as one)."""
    # Imported here: jsonschema takes about 150 ms to import, and only plan checks need it.
    from jsonschema import Draft202012Validator, ValidationError, validators  # noqa: PLC0415

    def pattern(validator: Any, regex: str, instance: Any, schema: Any) -> Any:
        if validator.is_type(instance, "string") and not _ecma_pattern(regex).search(instance):
            yield ValidationError(f"{instance!r} does not match {regex!r}")

    checker = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, instance: type(instance) is int
    )
    return validators.extend(  # type: ignore[no-untyped-call]  # unannotated in types-jsonschema
        Draft202012Validator, validators={"pattern": pattern}, type_checker=checker
    )


@functools.cache
def _ecma_pattern(regex: str) -> re.Pattern[str]:
    """`regex` with each `$` anchor (outside brackets, not escaped) meaning only the end."""
    out: list[str] = []
    escaped = in_class = False
    for char in regex:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            out.append(r"\Z")
            continue
        out.append(char)
    return re.compile("".join(out))


def _path_key(path: str) -> list[tuple[int, int | str]]:
    parts = re.findall(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[(\"[^\"]*\")\]", path)
    return [(1, int(index)) if index else (0, name or quoted) for name, index, quoted in parts]


def _describe(error: Any, path: str, real_size: int | None = None) -> list[PlanProblem]:
    """Our own words for one jsonschema error: what is wrong and what is expected. The schema's
    descriptions and reasons are quoted (`make translations` marks them from the schema file)."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    described = _schema_text(schema.get("description"))
    why = _schema_text(schema.get("x-why"))
    value = error.instance
    kind = error.validator
    if kind == "required":
        properties = schema.get("properties", {})
        missing = [name for name in error.validator_value if name not in value]
        return [
            PlanProblem(
                _join(path, name),
                Message(
                    "is missing; expected {expected}",
                    expected=_schema_text(properties.get(name, {}).get("description"))
                    or Message("this field"),
                ),
            )
            for name in missing
        ]
    if kind == "additionalProperties":
        known = sorted(schema.get("properties", {}))
        extras = [name for name in value if name not in known]
        return [
            PlanProblem(
                _join(path, name),
                Message("is not a field here; expected one of {fields}", fields=", ".join(known)),
            )
            for name in extras
        ]
    shown = _show(value)
    limit = error.validator_value
    if kind in ("minimum", "maximum"):
        return [PlanProblem(path, _out_of_range(kind, shown, limit, described, why))]
    size = len(value) if isinstance(value, (str, list, dict)) else 0
    if kind == "maxItems":
        text = Message(
            "has {count} items; expected at most {limit}", count=real_size or size, limit=limit
        )
        return [PlanProblem(path, text)]
    wrong = _what_is_wrong(kind, value, shown, size, limit)
    expected = _what_is_expected(kind, limit, described)
    return [
        PlanProblem(path, Message("{wrong}; expected {expected}", wrong=wrong, expected=expected))
    ]


def _what_is_wrong(
    kind: str, value: object, shown: Message | str, size: int, limit: Any
) -> Message:
    if kind == "type":
        return Message("is {value}", value=_json_type(value))
    if kind == "minItems":
        return Message("has {count} items, too few", count=size) if size else Message("is empty")
    if kind == "uniqueItems":
        return Message("repeats an item")
    if kind == "maxLength":
        return Message("is {count} characters, more than {limit}", count=size, limit=limit)
    if kind == "minLength":
        return Message("is empty")
    return Message("is {value}", value=shown)


def _what_is_expected(kind: str, limit: Any, described: Message | None) -> Message | str:
    if kind == "const":
        return json.dumps(limit)
    if kind == "enum":
        return Message("one of {options}", options=", ".join(json.dumps(o) for o in limit))
    if kind == "type":
        kinds = _expected_type(limit)
        if described:
            return Message("{kinds} ({description})", kinds=kinds, description=described)
        return kinds
    return described or Message("a different value")


def _out_of_range(
    kind: str, shown: Message | str, limit: Any, described: Message | None, why: Message | None
) -> Message:
    """A number below the schema's minimum or above its maximum, with the reason for the limit
    (or else what the field is)."""
    if kind == "minimum":
        if why:
            return Message(
                "{value} is too small; expected {limit} or more: {why}",
                value=shown,
                limit=limit,
                why=why,
            )
        if described:
            return Message(
                "{value} is too small; expected {limit} or more ({expected})",
                value=shown,
                limit=limit,
                expected=described,
            )
        return Message("{value} is too small; expected {limit} or more", value=shown, limit=limit)
    if why:
        return Message(
            "{value} is too large; expected at most {limit}: {why}",
            value=shown,
            limit=limit,
            why=why,
        )
    if described:
        return Message(
            "{value} is too large; expected at most {limit} ({expected})",
            value=shown,
            limit=limit,
            expected=described,
        )
    return Message("{value} is too large; expected at most {limit}", value=shown, limit=limit)


def _schema_text(text: object) -> Message | None:
    """A description or reason from the schema file, which marks it for translation."""
    return Message(text) if isinstance(text, str) and text else None


def _show(value: object) -> Message | str:
    """A value as the file writes it (shortened), or the kind of a list or an object."""
    if isinstance(value, (dict, list)):
        return _json_type(value)
    text = json.dumps(value, ensure_ascii=False)
    if not _is_unicode(text):  # a lone surrogate: shown escaped, so it can be printed
        text = json.dumps(value, ensure_ascii=True)
    return text if len(text) <= 40 else text[:37] + '..."'


def _expected_type(names: object) -> Message | str:
    """The schema's `type` ("integer", or a list of types) in words: "a whole number or null"."""
    items = names if isinstance(names, list) else [names]
    words = [_SCHEMA_TYPES.get(str(n), str(n)) for n in items]
    shown: Message | str = words[0] if words else ""
    for word in words[1:]:
        shown = Message("{first} or {second}", first=shown, second=word)
    return shown


def _not_under(found: list[PlanProblem], reported: list[PlanProblem]) -> list[PlanProblem]:
    """`found` without what `reported` already says about the same field or a field around it."""
    paths = {p.path for p in reported}
    return [p for p in found if not any(prefix in paths for prefix in _ancestors(p.path))]


def _ancestors(path: str) -> list[str]:
    """`path` and the paths of the fields around it: `$.a[1].b`, `$.a[1]`, `$.a`, `$`."""
    return [path] + [path[:i] for i, char in enumerate(path) if char in ".[" and i > 0]


def _objects(value: object) -> list[dict[str, Any]]:
    """The objects in a list (anything else is the schema's to report)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _section(data: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def semantic_problems(
    data: dict[str, Any], library: Library, ceilings: bool = True
) -> list[PlanProblem]:
    """What the schema cannot say: dates, ids that must exist or differ, dosages as a whole (and,
    with `ceilings`, within their exercise kind's ceiling), and heat lengths within the plan's own
    cap. Parts the schema rejects are skipped, so both kinds of problem are reported together."""
    problems: list[PlanProblem] = []
    start = _date(data, "start", problems)
    review = _date(data, "review", problems)
    if start and review and review < start:
        problems.append(
            PlanProblem(
                "$.review",
                Message("is before the start ({start}); expected a later date", start=str(start)),
            )
        )
    own = _own_exercise_problems(_objects(data.get("exercises")), library, problems)
    routine_ids = _routine_problems(_objects(data.get("routines")), library, own, problems)
    if ceilings:
        problems += _ceiling_problems(data, library, own)
    schedule = _section(data, "schedule")
    if isinstance(schedule.get("routine"), str) and schedule["routine"] not in routine_ids:
        problems.append(
            PlanProblem(
                "$.schedule.routine",
                Message(
                    "{routine} is not one of the plan's routines; expected one of {routines}",
                    routine=repr(schedule["routine"]),
                    routines=", ".join(sorted(routine_ids)),
                ),
            )
        )
    heat = _section(data, "heat")
    cap = heat.get("cap_minutes", HARD_CAP_MINUTES)
    session = heat.get("session_minutes", DEFAULT_MINUTES)
    if _whole(cap) and _whole(session) and "session_minutes" in heat and session > cap:
        problems.append(
            PlanProblem(
                "$.heat.session_minutes",
                Message(
                    "{minutes} minutes is longer than the plan's cap_minutes ({cap}); expected at "
                    "most the cap",
                    minutes=session,
                    cap=cap,
                ),
            )
        )
    if heat.get("enabled") and "times" not in heat:
        problems.append(
            PlanProblem(
                "$.heat.times",
                Message("is missing; a plan with heat on needs the times of its reminder"),
            )
        )
    problems += _heat_time_problems(heat)
    return problems


def _heat_time_problems(heat: Mapping[str, Any]) -> list[PlanProblem]:
    """The heat reminder within the plan's own limits (CLINICAL.md section 1): no more times than
    sessions a day, and the times (around the clock, past midnight too) the gap apart."""
    texts = heat.get("times")
    if not isinstance(texts, list) or not all(
        isinstance(t, str) and _TIME.fullmatch(t) for t in texts
    ):
        return []  # the schema reports it
    most = heat.get("max_sessions_per_day", MAX_SESSIONS_PER_DAY)
    gap = heat.get("min_gap_hours", int(MIN_GAP.total_seconds() // 3600))
    problems = []
    if _whole(most) and len(texts) > most:
        problems.append(
            PlanProblem(
                "$.heat.times",
                Message(
                    "has {count} times; expected at most {most}, the plan's max_sessions_per_day",
                    count=len(texts),
                    most=most,
                ),
            )
        )
    minutes = sorted({int(t[:2]) * 60 + int(t[3:]) for t in texts})
    if _whole(gap) and len(minutes) > 1:
        pairs = [*itertools.pairwise(minutes), (minutes[-1], minutes[0] + 24 * 60)]
        first, then = min(pairs, key=lambda pair: pair[1] - pair[0])
        if then - first < gap * 60:
            problems.append(
                PlanProblem(
                    "$.heat.times",
                    Message(
                        "has heat at {first} and {then}, {apart} apart; expected at least {gap} "
                        "hours between sessions, the plan's min_gap_hours",
                        first=_clock(first),
                        then=_clock(then),
                        apart=_duration(then - first),
                        gap=gap,
                    ),
                )
            )
    return problems


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _duration(minutes: int) -> Message:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return Message("{minutes} min", minutes=rest)
    if not rest:
        return Message("{hours} h", hours=hours)
    return Message("{hours} h {minutes} min", hours=hours, minutes=rest)


def _own_exercise_problems(
    exercises: Sequence[dict[str, Any]], library: Library, problems: list[PlanProblem]
) -> dict[str, Dosage | None]:
    """The plan's own exercises' dosages by id, after checking ids, dosages and pictures."""
    own: dict[str, Dosage | None] = {}
    for index, exercise in enumerate(exercises):
        path = f"$.exercises[{index}]"
        exercise_id = exercise.get("id")
        if not isinstance(exercise_id, str):
            continue
        if exercise_id in library:
            problems.append(
                PlanProblem(
                    f"{path}.id",
                    Message(
                        "{id} is a built-in exercise; expected another id for the plan's own",
                        id=repr(exercise_id),
                    ),
                )
            )
        elif exercise_id in own:
            problems.append(_used_twice(f"{path}.id", exercise_id))
        own[exercise_id] = _dosage(_section(exercise, "dosage"), None, f"{path}.dosage", problems)
        if isinstance(exercise.get("image"), str):
            _image(exercise["image"], f"{path}.image", problems)
    return own


def _routine_problems(
    routines: Sequence[dict[str, Any]],
    library: Library,
    own: Mapping[str, Dosage | None],
    problems: list[PlanProblem],
) -> set[str]:
    """The plan's routine ids, after checking each step's exercise and dosage."""
    routine_ids: set[str] = set()
    examples = ", ".join(sorted(e.id for e in library.exercises)[:4])
    for index, routine in enumerate(routines):
        path = f"$.routines[{index}]"
        routine_id = routine.get("id")
        if not isinstance(routine_id, str):
            routine_id = None
        elif routine_id in routine_ids:
            problems.append(_used_twice(f"{path}.id", routine_id))
        if routine_id is not None:
            routine_ids.add(routine_id)
        steps = routine.get("steps")
        for step_index, step in enumerate(steps if isinstance(steps, list) else []):
            step_path = f"{path}.steps[{step_index}]"
            exercise_id = step.get("exercise") if isinstance(step, dict) else None
            if not isinstance(exercise_id, str):
                continue
            known = library.get(exercise_id)
            if known is None and exercise_id not in own:
                problems.append(
                    PlanProblem(
                        f"{step_path}.exercise",
                        Message(
                            "{id} is not an exercise; expected a built-in id such as {examples}, "
                            "... or the id of one of the plan's exercises",
                            id=repr(exercise_id),
                            examples=examples,
                        ),
                    )
                )
                continue
            base = known.dosage if known else own.get(exercise_id)
            if base is not None:
                _dosage(_section(step, "dosage"), base, f"{step_path}.dosage", problems)
    return routine_ids


def _used_twice(path: str, given_id: str) -> PlanProblem:
    return PlanProblem(path, Message("{id} is used twice; expected a unique id", id=repr(given_id)))


def _whole(value: object) -> bool:
    return type(value) is int


def _date(data: Mapping[str, Any], key: str, problems: list[PlanProblem]) -> date | None:
    text = data.get(key)
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None  # missing or malformed: the schema says so
    try:
        return date.fromisoformat(text)
    except ValueError:
        problems.append(
            PlanProblem(
                f"$.{key}",
                Message("{date} is not a real date; expected YYYY-MM-DD", date=repr(data[key])),
            )
        )
        return None


def _dosage(
    raw: Mapping[str, Any], base: Dosage | None, path: str, problems: list[PlanProblem]
) -> Dosage | None:
    start = base or Dosage(rep_seconds=3)
    values = {name: raw.get(name, getattr(start, name)) for name in DOSAGE_FIELDS}
    found = dosage_messages(values)
    for name, text in found:
        problems.append(PlanProblem(f"{path}.{name}", text))
    return None if found else Dosage(**values)


def _image(uri: str, path: str, problems: list[PlanProblem]) -> tuple[bytes, str]:
    header, _, payload = uri.partition(",")
    try:
        data = base64.b64decode("".join(payload.split()), validate=True)
    except (binascii.Error, ValueError):
        problems.append(
            PlanProblem(path, Message("is not valid base64; expected a data: URI of a picture"))
        )
        return b"", ""
    if len(data) > MAX_IMAGE_BYTES:
        problems.append(
            PlanProblem(
                path,
                Message(
                    "is {size} KB; a picture is at most {limit} KB",
                    size=len(data) // 1024,
                    limit=MAX_IMAGE_BYTES // 1024,
                ),
            )
        )
        return b"", ""
    if header.startswith("data:image/png"):
        if not data.startswith(b"\x89PNG\r\n\x1a\n"):
            problems.append(PlanProblem(path, Message("says PNG but holds no PNG picture")))
            return b"", ""
        return data, ".png"
    if b"<svg" not in data[:4096]:
        problems.append(PlanProblem(path, Message("says SVG but holds no <svg> picture")))
        return b"", ""
    return data, ".svg"


def _times(texts: Sequence[str]) -> tuple[time, ...]:
    return tuple(sorted(time.fromisoformat(t) for t in texts))


def _weekdays(names: Sequence[str]) -> frozenset[int]:
    return frozenset(WEEKDAY_NAMES.index(n) for n in names)


def _build_exercises(data: dict[str, Any], file: str) -> list[PlanExercise]:
    exercises: list[PlanExercise] = []
    for index, raw in enumerate(data.get("exercises", [])):
        image, suffix = _image(raw["image"], "", []) if "image" in raw else (b"", "")
        goal = raw.get("goal", "mobility")
        kind = kind_for_goal(goal)
        dosage = _dosage(raw["dosage"], None, "", []) or Dosage(rep_seconds=3)
        exercise = Exercise(
            id=raw["id"],
            name=raw["name"].strip(),
            areas=tuple(raw.get("areas", ())),
            goal=goal,
            equipment=raw.get("equipment", "none"),
            position=raw.get("position", "sitting"),
            steps=tuple(s.strip() for s in raw["steps"]),
            dosage=_under_ceiling(dosage, kind, file, f"$.exercises[{index}].dosage"),
            feel=raw.get("feel", "").strip(),
            cautions=tuple(c.strip() for c in raw.get("cautions", ())),
            stop_if=(*(s.strip() for s in raw.get("stop_if", ())), *GENERAL_STOP_SIGNS),
            source=PLAN_EXERCISE_SOURCE,
            illustrations=(),
            dose_kind=kind,
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
            dosage = _dosage(step.get("dosage", {}), exercise.dosage, "", []) or exercise.dosage
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


_CEILING_REASONS = {
    DoseKind.STRETCH: Message(
        "Coach's ceiling for a static stretch is 2 to 4 holds of up to 30 s, 60 s a side in all "
        "(ACSM); a plan may set lower ceilings, never higher ones"
    ),
    DoseKind.NECK_MOVEMENT: Message(
        "Coach's ceiling for a neck movement is 10 holds of up to 10 s a side, in at most 2 "
        "sets (ARUK, product choice); a plan may set lower ceilings, never higher ones"
    ),
    DoseKind.STRENGTH: Message(
        "Coach's ceiling for a strength exercise is 3 sets of up to 15 repetitions (A08, ACSM): "
        "progress with a stronger band instead; a plan may set lower ceilings, never higher ones"
    ),
    DoseKind.MOBILITY: Message(
        "Coach's ceiling for a mobility exercise is 10 repetitions or holds of up to 10 s a "
        "side, in at most 2 sets (product choice); a plan may set lower ceilings, never higher "
        "ones"
    ),
}


def _ceiling_problems(
    data: Mapping[str, Any], library: Library, own: Mapping[str, Dosage | None]
) -> list[PlanProblem]:
    """Every dose above its exercise kind's ceiling, at the part to lower and with the most it
    may be. A step at its own exercise's dose is not reported again: the exercise is."""
    raw_exercises = data.get("exercises")
    kinds: dict[str, DoseKind] = {}
    problems: list[PlanProblem] = []
    for index, raw in enumerate(raw_exercises if isinstance(raw_exercises, list) else []):
        exercise_id = raw.get("id") if isinstance(raw, dict) else None
        if not isinstance(exercise_id, str) or exercise_id in library:
            continue
        kinds[exercise_id] = kind_for_goal(str(raw.get("goal", "mobility")))
        base = own.get(exercise_id)
        if base is not None:
            problems += _over(base, kinds[exercise_id], f"$.exercises[{index}].dosage")
    raw_routines = data.get("routines")
    for index, routine in enumerate(raw_routines if isinstance(raw_routines, list) else []):
        steps = routine.get("steps") if isinstance(routine, dict) else None
        for step_index, step in enumerate(steps if isinstance(steps, list) else []):
            exercise_id = step.get("exercise") if isinstance(step, dict) else None
            known = library.get(exercise_id) if isinstance(exercise_id, str) else None
            base = known.dosage if known else own.get(str(exercise_id))
            kind = known.dose_kind if known else kinds.get(str(exercise_id))
            if base is None or kind is None:
                continue  # reported already
            dosage = _dosage(_section(step, "dosage"), base, "", [])
            if dosage is not None and (known is not None or dosage != base):
                where = f"$.routines[{index}].steps[{step_index}].dosage"
                problems += _over(dosage, kind, where)
    return problems


def _over(dosage: Dosage, kind: DoseKind, path: str) -> list[PlanProblem]:
    found = over_ceiling(dosage, CEILINGS[kind])
    if found is None:
        return []
    name, most = found
    return [
        PlanProblem(
            f"{path}.{name}",
            Message(
                "{value} is too large; expected at most {limit}: {why}",
                value=getattr(dosage, name),
                limit=most,
                why=_CEILING_REASONS[kind],
            ),
        )
    ]


def _build(data: dict[str, Any], library: Library, file: str) -> Plan:
    """The Plan from data that has passed every check (a stored plan's doses brought under their
    ceilings here: see `parse_plan`)."""
    exercises = _build_exercises(data, file)
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
