"""Joint limits: the normal range of each angle, read from resources/pose/range_of_motion.json.

An exercise's keyframes must stay within these ranges (the exercise reader checks it, naming the
limit and its source), so the figure never shows a movement further than a healthy adult's normal
range, and the interpolated frames between keyframes stay within them too.

The file (`load_range_of_motion` reads it; every angle of `Pose` must have a range):

    {
      "about": "...",                                  what the table is, for a reader
      "joints": {
        "neck_rotation": {"min": -80, "max": 80, "unit": "degrees", "source": "VAS",
                          "note": "what the source says and how it is used"},
        "shoulder_flexion": {...},                      a sided angle once, without left_/right_:
        ...                                             it applies to both sides
      }
    }

`min` and `max` are in the angle's unit ("degrees", or "cm" for the names ending in `_cm`), with
the signs of `coach.domain.pose.angles` (for example `neck_flexion` -45 is 45 degrees of
extension); `source` names keys of resources/sources.json ("AAOS, NW") or says "product choice"
where no published table exists, as for the shoulder blades' travel.
"""

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from coach.domain.pose.angles import ANGLE_NAMES, SIDED_ANGLES, SPINE_ANGLES, Pose, unit_of

RANGE_OF_MOTION_FILE = "range_of_motion.json"
_FIELDS = ("min", "max", "unit", "source", "note")


class RangeOfMotionError(ValueError):
    """The table is not as described in the module; the message names the joint and field."""


@dataclass(frozen=True)
class JointLimit:
    angle: str  # a name of ANGLE_NAMES (left_ and right_ each have their own)
    minimum: float
    maximum: float
    unit: str  # "degrees" or "cm"
    source: str  # keys of resources/sources.json, or "product choice"
    note: str = ""

    def allows(self, value: float) -> bool:
        return self.minimum <= value <= self.maximum


@dataclass(frozen=True)
class LimitViolation:
    angle: str
    value: float
    limit: JointLimit


@dataclass(frozen=True)
class RangeOfMotion:
    """Every angle's normal range."""

    limits: tuple[JointLimit, ...]

    def limit(self, angle: str) -> JointLimit:
        """The range of `angle`; KeyError for a name that is not an angle."""
        for limit in self.limits:
            if limit.angle == angle:
                return limit
        raise KeyError(angle)

    def violations(self, pose: Pose) -> tuple[LimitViolation, ...]:
        """Each angle of `pose` outside its range."""
        return tuple(
            LimitViolation(limit.angle, value, limit)
            for limit in self.limits
            if not limit.allows(value := pose.angle(limit.angle))
        )


def parse_range_of_motion(data: object) -> RangeOfMotion:
    """The table from decoded JSON; RangeOfMotionError names what is wrong."""
    if not isinstance(data, dict) or not isinstance(data.get("joints"), dict):
        raise RangeOfMotionError('the table must be an object with a "joints" object')
    joints: Mapping[str, object] = data["joints"]
    expected = (*SPINE_ANGLES, *SIDED_ANGLES)
    unknown = sorted(set(joints) - set(expected))
    if unknown:
        raise RangeOfMotionError(
            f"joints.{unknown[0]}: not an angle; expected one of {', '.join(expected)}"
        )
    missing = [name for name in expected if name not in joints]
    if missing:
        raise RangeOfMotionError(f"joints.{missing[0]}: missing; every angle needs a range")
    by_name: dict[str, JointLimit] = {}
    for name in expected:
        limit = _limit(name, joints[name])
        if name in SPINE_ANGLES:
            by_name[name] = limit
        else:
            for side in ("left", "right"):
                sided = f"{side}_{name}"
                by_name[sided] = JointLimit(
                    sided, limit.minimum, limit.maximum, limit.unit, limit.source, limit.note
                )
    return RangeOfMotion(tuple(by_name[name] for name in ANGLE_NAMES))


def _limit(name: str, entry: object) -> JointLimit:
    where = f"joints.{name}"
    if not isinstance(entry, dict):
        raise RangeOfMotionError(f"{where}: must be an object with min, max, unit and source")
    unknown = sorted(set(entry) - set(_FIELDS))
    if unknown:
        raise RangeOfMotionError(f"{where}.{unknown[0]}: unknown; use {', '.join(_FIELDS)}")
    low, high = entry.get("min"), entry.get("max")
    for key, value in (("min", low), ("max", high)):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (isinstance(value, float) and not math.isfinite(value))
        ):
            raise RangeOfMotionError(f"{where}.{key}: must be a number")
    assert isinstance(low, int | float) and isinstance(high, int | float)
    if not low <= 0 <= high or low == high:
        raise RangeOfMotionError(
            f"{where}: min {low} and max {high} must be around 0, the neutral position"
        )
    unit = unit_of(name)
    if entry.get("unit") != unit:
        raise RangeOfMotionError(f"{where}.unit: must be {unit!r}")
    source, note = entry.get("source"), entry.get("note", "")
    if not isinstance(source, str) or not source.strip():
        raise RangeOfMotionError(f"{where}.source: must name a source or say product choice")
    if not isinstance(note, str):
        raise RangeOfMotionError(f"{where}.note: must be a text")
    return JointLimit(name, float(low), float(high), unit, source.strip(), note.strip())


def load_range_of_motion(path: Path) -> RangeOfMotion:
    """The table in `path`; OSError when it cannot be read, RangeOfMotionError when it is not
    valid (a ValueError, like broken JSON)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RangeOfMotionError(f"not valid JSON: {error}") from error
    return parse_range_of_motion(data)
