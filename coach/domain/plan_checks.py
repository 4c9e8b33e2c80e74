"""What the plan schema cannot say: real dates and a review after the start, ids that must exist or
differ, dosages as a whole and within their exercise kind's ceiling (CLINICAL.md section 3,
`coach.domain.ceilings`), pictures that are what they say, movements checked as the library's
are (`coach.domain.exercises.check_motion`), and heat within the plan's own cap,
sessions a day and gap (CLINICAL.md section 1). A module of its own because these rules follow
the clinical limits, not the file format; `read_dosage` and `read_image` also serve building the
plan (`coach.domain.plan`). `plan_warnings` finds what is worth a look in a valid plan (a
per-side exercise without side cues) without stopping it."""

import base64
import binascii
import itertools
import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from coach.domain.ceilings import CEILINGS, over_ceiling
from coach.domain.exercises import (
    DOSAGE_FIELDS,
    POSITIONS,
    Dosage,
    DoseKind,
    Library,
    check_motion,
    dosage_messages,
    kind_for_goal,
)
from coach.domain.heat import DEFAULT_MINUTES, HARD_CAP_MINUTES, MAX_SESSIONS_PER_DAY, MIN_GAP
from coach.domain.messages import Message
from coach.domain.plan_problems import PlanProblem
from coach.domain.pose.motion import MotionError

MAX_IMAGE_BYTES = 1024 * 1024
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


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
        own[exercise_id] = read_dosage(
            _section(exercise, "dosage"), None, f"{path}.dosage", problems
        )
        if isinstance(exercise.get("image"), str):
            read_image(exercise["image"], f"{path}.image", problems)
        if "motion" in exercise:
            problems += _motion_problems(exercise, own[exercise_id], library, f"{path}.motion")
    return own


def _motion_problems(
    exercise: Mapping[str, Any], dosage: Dosage | None, library: Library, path: str
) -> list[PlanProblem]:
    """An own exercise's movement, checked as the library's are (`check_motion`): within the
    normal ranges of motion, in the exercise's position and held when its dosage holds."""
    table = library.range_of_motion
    if table is None:
        return [
            PlanProblem(
                path,
                Message(
                    "cannot be checked: Coach's table of normal ranges of motion is missing "
                    "(resources/pose/range_of_motion.json); expected it restored by installing "
                    "Coach again, or the movement left out"
                ),
            )
        ]
    position = exercise.get("position", "sitting")
    try:
        check_motion(exercise["motion"], table, position if position in POSITIONS else None, dosage)
    except MotionError as error:
        return [PlanProblem(f"{path}.{error.path}" if error.path else path, error.problem)]
    return []


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
                read_dosage(_section(step, "dosage"), base, f"{step_path}.dosage", problems)
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


def read_dosage(
    raw: Mapping[str, Any], base: Dosage | None, path: str, problems: list[PlanProblem]
) -> Dosage | None:
    """The dosage `raw` gives, each field it leaves out taken from `base` (the exercise's own), or
    None with a problem at `path` for each field that is wrong."""
    start = base or Dosage(rep_seconds=3)
    values = {name: raw.get(name, getattr(start, name)) for name in DOSAGE_FIELDS}
    found = dosage_messages(values)
    for name, text in found:
        problems.append(PlanProblem(f"{path}.{name}", text))
    return None if found else Dosage(**values)


def read_image(uri: str, path: str, problems: list[PlanProblem]) -> tuple[bytes, str]:
    """The picture in a data: URI and its suffix (".png" or ".svg"), or `(b"", "")` with a problem
    at `path` when it is not valid base64, too large, or not the kind it says."""
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
            dosage = read_dosage(_section(step, "dosage"), base, "", [])
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


def plan_warnings(data: Mapping[str, Any], library: Library) -> list[PlanProblem]:
    """What is worth a clinician's look in a valid plan but does not stop it (plans written before
    side cues stay valid): a plan's own exercise done on each side without `side_cues`, which the
    player can then only call "Left side" and "Right side" (CLINICAL.md section 2: a per-side cue
    names the side and the direction), and side cues an exercise done on one side never uses."""
    routines = _objects(data.get("routines"))
    steps = [step for routine in routines for step in _objects(routine.get("steps"))]
    warnings: list[PlanProblem] = []
    for index, exercise in enumerate(_objects(data.get("exercises"))):
        exercise_id = exercise.get("id")
        if not isinstance(exercise_id, str) or exercise_id in library:
            continue
        own = _section(exercise, "dosage").get("per_side") is True
        per_side = own or any(
            step.get("exercise") == exercise_id and _section(step, "dosage").get("per_side") is True
            for step in steps
        )
        path = f"$.exercises[{index}].side_cues"
        if per_side and "side_cues" not in exercise:
            warnings.append(PlanProblem(path, _NO_SIDE_CUES))
        elif not per_side and "side_cues" in exercise:
            warnings.append(PlanProblem(path, _UNUSED_SIDE_CUES))
    return warnings


_SIDE_CUES_EXAMPLE = (
    '{"left": "Tilt your head to the left", "right": "Tilt your head to the right"}'
)
_NO_SIDE_CUES = Message(
    "is missing; expected a cue for each side of this exercise, which is done on each side, "
    'naming the side and the direction, such as {example} (without it the player says only "Left '
    'side" and "Right side")',
    example=_SIDE_CUES_EXAMPLE,
)
_UNUSED_SIDE_CUES = Message(
    "is not used: the exercise is never done on each side; expected {per_side} in its dosage (or "
    "in a routine step's), or no side_cues",
    per_side='"per_side": true',
)
