"""An exercise's movement as data: keyframes of joint angles over one cycle, eased in and out.

The `"motion"` object of an exercise file (`coach.domain.exercises` documents it in the file's
format; `parse_motion` reads and checks it):

    "motion": {
      "view": "side",                 front | back | side | three_quarter: what shows it best
      "view_from": "right",           side and three_quarter: the figure's side the viewer is
                                      on (default right); mirrored for a per-side exercise's
                                      other side
      "base": "sitting",              standing | sitting | kneeling | lying (BasePosture)
      "props": ["chair"],             chair | wall | doorway | band | anchored_band | mat;
                                      sitting needs the chair
      "setup": {"right_elbow_flexion": 0},   optional: angles held all through (a hand on the
                                      seat, say); every keyframe starts from them
      "moves": ["head", "neck"],      the parts that move (BodyPart), highlighted by a renderer:
                                      every part an angle that changes moves (the head goes with
                                      the neck's angles), and only those
      "hold": true,                   true: the last keyframe is the held position; false (the
                                      default): a cycle that returns to the first keyframe at 1
      "move_seconds": 1.5,            a hold only: seconds to move into the position (and back
                                      out), 0.5 to 5 (default 1.5)
      "keyframes": [                  2 to 12; "at" is the fraction of the cycle, the first at
        {"at": 0, "pose": {}},        0, each later than the one before; a hold's last is at 1,
        {"at": 1, "pose": {"head_retraction_cm": 2.5}}     a cycle's last before 1
      ]
    }

A keyframe's pose names only the angles that differ from the base posture's neutral (for
sitting: hips and knees at 90, hands on the thighs) with the setup's angles; names, units and
signs are those of `coach.domain.pose.angles`, and every value must be within the normal range
of resources/pose/range_of_motion.json (`coach.domain.pose.limits`). A per-side exercise's
keyframes show its left side (as its "left" side cue says); the right side is their mirror image
(`pose_at(..., side=BodySide.RIGHT)`), and so is its view.

How a motion follows the session (`coach.domain.session`'s phases):
- a cycle (an exercise of movements, hold_seconds 0): one cycle per rep, the MOVE phase's
  rep_seconds long: phase = seconds into the rep / rep_seconds, from the first keyframe back to it;
- a hold (hold_seconds above 0): the figure moves into the last keyframe's position in
  move_seconds (phase = `hold_phase(motion, seconds moving)`), stays there while the hold counts,
  and moves back out the same way (phase from 1 to 0) in the relax after it. The player starts
  the move before the hold counts (at the end of the get-ready or the relax), so the position is
  reached when the count begins; when a relax is shorter than two moves, the way out and the way
  back in each take half of it. `coach.domain.demonstration` applies these rules to a session.

Between keyframes each angle follows a monotone cubic (PCHIP, Fritsch and Carlson 1980 with the
weighted harmonic mean of Fritsch and Butland 1984, as scipy's PchipInterpolator): it starts and
stops gently at the cycle's ends (a cycle's start, a hold's start and held position), passes
through the keyframes between them without stopping (a shoulder roll is one smooth circle, not six
pushes), and stops only where an angle turns back or rests. On each stretch an angle never leaves
the range between its two keyframes (the slopes are at most three times either neighbouring
secant, Fritsch and Carlson's condition for a monotone piece), so the frames stay within the
limits the keyframes keep.
"""

import bisect
import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple, TypeGuard

from coach.domain.messages import Message
from coach.domain.pose.angles import (
    ANGLE_NAMES,
    BasePosture,
    BodyPart,
    BodySide,
    Pose,
    changed_angles,
    mirrored,
    parts_of,
)
from coach.domain.pose.anthropometry import AVERAGE_ADULT, Skeleton
from coach.domain.pose.bases import neutral_pose
from coach.domain.pose.figure import Joint, forward_kinematics
from coach.domain.pose.geometry import Vec3
from coach.domain.pose.limits import RangeOfMotion
from coach.domain.pose.props import PropKind
from coach.domain.pose.views import Camera, View, camera_for

MOTION_FIELDS = (
    "view",
    "view_from",
    "base",
    "props",
    "setup",
    "moves",
    "hold",
    "move_seconds",
    "keyframes",
)
KEYFRAME_FIELDS = ("at", "pose")
MIN_KEYFRAMES = 2
MAX_KEYFRAMES = 12
MIN_MOVE_SECONDS = 0.5
MAX_MOVE_SECONDS = 5.0
DEFAULT_MOVE_SECONDS = 1.5


class MotionError(ValueError):
    """A problem with a motion object: `path` is the field inside it ("keyframes[1].at", or ""
    for the object itself), `problem` says what is expected."""

    def __init__(self, path: str, problem: Message) -> None:
        super().__init__(f"{path or '(motion)'}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Keyframe:
    at: float  # fraction of the cycle, 0 to 1
    pose: Pose  # complete: the base's neutral with the keyframe's angles


@dataclass(frozen=True)
class Motion:
    view: View
    base: BasePosture
    moves: tuple[BodyPart, ...]
    keyframes: tuple[Keyframe, ...]
    props: tuple[PropKind, ...] = ()
    hold: bool = False
    move_seconds: float = DEFAULT_MOVE_SECONDS
    view_from: BodySide = BodySide.RIGHT

    def camera(self, side: BodySide | None = None) -> Camera:
        """The camera for the motion's view, on the other side for a right side (mirrored)."""
        return camera_for(self.view, self.view_from, mirrored=side is BodySide.RIGHT)


class AngleDirection(NamedTuple):
    """Which way an angle is going at a moment of the motion (for arrows)."""

    angle: str
    sign: int  # +1: the angle grows (see the sign conventions), -1: it shrinks
    target: float  # the value it is heading for (the next keyframe's)


class JointTravel(NamedTuple):
    """Where a joint is and where it is heading (the next keyframe's position), in metres."""

    joint: Joint
    now: Vec3
    toward: Vec3


def ease(fraction: float) -> float:
    """Smoothstep: starts and stops with zero speed, never leaves 0..1 (a stretch of `pose_at`
    between two keyframes where the figure stops at both ends has this shape)."""
    t = min(1.0, max(0.0, fraction))
    return t * t * (3.0 - 2.0 * t)


def _stops(motion: Motion) -> list[tuple[float, Pose]]:
    stops = [(frame.at, frame.pose) for frame in motion.keyframes]
    if not motion.hold:
        stops.append((1.0, motion.keyframes[0].pose))
    return stops


def _where(motion: Motion, phase: float) -> tuple[Pose, Pose, float]:
    """The keyframes around `phase` (a cycle wraps, a hold stops at 1) and how far between them."""
    phase = min(1.0, max(0.0, phase)) if motion.hold else phase % 1.0
    segments = list(pairwise(_stops(motion)))
    for (start_at, start), (end_at, end) in segments:
        if phase < end_at:
            return start, end, (phase - start_at) / (end_at - start_at)
    (_, start), (_, end) = segments[-1]
    return start, end, 1.0


def _sided(pose: Pose, side: BodySide | None) -> Pose:
    return mirrored(pose) if side is BodySide.RIGHT else pose


@dataclass(frozen=True)
class _Track:
    """A motion's stops (a cycle's first keyframe again at 1) and, for each angle that changes,
    its slope at every stop in units per cycle: worked out once per motion, used every frame."""

    times: tuple[float, ...]
    poses: tuple[Pose, ...]
    slopes: tuple[tuple[str, tuple[float, ...]], ...]


@functools.lru_cache(maxsize=64)
def _track(motion: Motion) -> _Track:
    stops = _stops(motion)
    times = tuple(at for at, _ in stops)
    poses = tuple(pose for _, pose in stops)
    slopes = tuple(
        (name, monotone_slopes(times, [pose.angle(name) for pose in poses]))
        for name in moving_angles(motion)
    )
    return _Track(times, poses, slopes)


def monotone_slopes(times: Sequence[float], values: Sequence[float]) -> tuple[float, ...]:
    """PCHIP slopes at each point: 0 at both ends (the movement starts and stops gently) and
    where the values turn or rest; elsewhere the weighted harmonic mean of the two secants
    (Fritsch and Butland), at most three times either one, so every piece is monotone."""
    count = len(times)
    widths = [b - a for a, b in pairwise(times)]
    secants = [(values[k + 1] - values[k]) / widths[k] for k in range(count - 1)]
    slopes = [0.0] * count
    for k in range(1, count - 1):
        before, after = secants[k - 1], secants[k]
        if before * after <= 0:
            continue
        w_before = 2 * widths[k] + widths[k - 1]
        w_after = widths[k] + 2 * widths[k - 1]
        slopes[k] = (w_before + w_after) / (w_before / before + w_after / after)
    return tuple(slopes)


def hermite(start: float, end: float, width: float, slopes: tuple[float, float], t: float) -> float:
    """The cubic from `start` (at t=0) to `end` (t=1) over `width` of the cycle with the slopes
    given at both ends; exactly `start` when nothing moves."""
    t2, t3 = t * t, t * t * t
    rise = (3 * t2 - 2 * t3) * (end - start)
    return start + rise + width * ((t3 - 2 * t2 + t) * slopes[0] + (t3 - t2) * slopes[1])


def pose_at(motion: Motion, phase: float, side: BodySide | None = None) -> Pose:
    """The pose at `phase` (a fraction of the cycle; a hold stops at 1, a cycle wraps), each
    angle on its monotone cubic through the keyframes; the right side of a per-side exercise is
    the mirror image of the keyframes."""
    track = _track(motion)
    phase = min(1.0, max(0.0, phase)) if motion.hold else phase % 1.0
    times = track.times
    index = min(bisect.bisect_right(times, phase) - 1, len(times) - 2)
    start, end = track.poses[index], track.poses[index + 1]
    width = times[index + 1] - times[index]
    t = (phase - times[index]) / width
    if t <= 0.0:
        return _sided(start, side)
    if t >= 1.0:
        return _sided(end, side)
    angles = {
        name: hermite(
            start.angle(name), end.angle(name), width, (slopes[index], slopes[index + 1]), t
        )
        for name, slopes in track.slopes
    }
    return _sided(start.with_angles(angles), side)


def hold_phase(motion: Motion, seconds: float) -> float:
    """The phase `seconds` after a hold's move into position started (1 once it is there)."""
    return min(1.0, max(0.0, seconds / motion.move_seconds))


def reached_key(motion: Motion, phase: float, returning: bool = False) -> int:
    """The keyframe the figure has last reached at `phase` (a still for "reduce motion"): the
    last one at or before it, or on a hold's way back out (`returning`) the first one at or after
    it, so that a still changes only when the movement gets to the next position."""
    phase = min(1.0, max(0.0, phase)) if motion.hold else phase % 1.0
    times = [frame.at for frame in motion.keyframes]
    if returning:
        return min(bisect.bisect_left(times, phase), len(times) - 1)
    return max(0, bisect.bisect_right(times, phase) - 1)


def key_poses(motion: Motion, side: BodySide | None = None) -> tuple[Pose, ...]:
    """The keyframes' poses in order: the stills a "reduce motion" setting shows."""
    return tuple(_sided(frame.pose, side) for frame in motion.keyframes)


def cycle_poses(motion: Motion, count: int, side: BodySide | None = None) -> tuple[Pose, ...]:
    """`count` poses evenly across one cycle: a cycle's from 0 up to just before 1 (where it
    starts again), a hold's from 0 to 1 inclusive."""
    if count < 1:
        raise ValueError("count must be at least 1")
    if motion.hold:
        phases = [index / max(1, count - 1) for index in range(count)]
    else:
        phases = [index / count for index in range(count)]
    return tuple(pose_at(motion, phase, side) for phase in phases)


def angle_directions(
    motion: Motion, phase: float, side: BodySide | None = None
) -> tuple[AngleDirection, ...]:
    """The angles moving at `phase`, which way and towards what (none once a hold is held)."""
    start, end, fraction = _where(motion, phase)
    if fraction >= 1.0:
        return ()
    start, end = _sided(start, side), _sided(end, side)
    return tuple(
        AngleDirection(name, 1 if end.angle(name) > start.angle(name) else -1, end.angle(name))
        for name in changed_angles(start, end)
    )


def joint_travel(
    motion: Motion,
    phase: float,
    side: BodySide | None = None,
    skeleton: Skeleton = AVERAGE_ADULT,
    minimum: float = 0.005,
) -> tuple[JointTravel, ...]:
    """The joints that still move at least `minimum` metres before the next keyframe, with where
    they are and where they are heading: a renderer's arrows (none once a hold is held)."""
    _, end, fraction = _where(motion, phase)
    if fraction >= 1.0:
        return ()
    now = forward_kinematics(pose_at(motion, phase, side), skeleton)
    then = forward_kinematics(_sided(end, side), skeleton)
    return tuple(
        JointTravel(joint, point, then[joint])
        for joint, point in now.items()
        if point.distance(then[joint]) >= minimum
    )


def moving_angles(motion: Motion) -> tuple[str, ...]:
    """Every angle that changes anywhere in the motion, in ANGLE_NAMES order."""
    first = motion.keyframes[0].pose
    changing = {name for frame in motion.keyframes for name in changed_angles(first, frame.pose)}
    return tuple(name for name in ANGLE_NAMES if name in changing)


# Reading and checking the "motion" object.


def parse_motion(data: object, limits: RangeOfMotion) -> Motion:
    """A motion from decoded JSON, checked against `limits`; MotionError names the field."""
    if not isinstance(data, dict):
        raise MotionError("", Message("must be an object"))
    unknown = sorted(set(data) - set(MOTION_FIELDS))
    if unknown:
        raise MotionError(
            unknown[0], Message("unknown field; use {fields}", fields=", ".join(MOTION_FIELDS))
        )
    view = View(_choice(data, "view", [v.value for v in View]))
    view_from = BodySide(_choice(data, "view_from", [s.value for s in BodySide], "right"))
    base = BasePosture(_choice(data, "base", [b.value for b in BasePosture]))
    props = tuple(PropKind(p) for p in _choices(data, "props", [k.value for k in PropKind], 0))
    moves = tuple(BodyPart(p) for p in _choices(data, "moves", [p.value for p in BodyPart], 1))
    hold = data.get("hold", False)
    if not isinstance(hold, bool):
        raise MotionError("hold", Message("must be true or false"))
    move_seconds = DEFAULT_MOVE_SECONDS
    if "move_seconds" in data:
        if not hold:
            raise MotionError(
                "move_seconds",
                Message('is only for a hold; leave it out or set "hold": true'),
            )
        move_seconds = _number(
            data["move_seconds"], "move_seconds", MIN_MOVE_SECONDS, MAX_MOVE_SECONDS
        )
    setup = _pose(data.get("setup", {}), "setup", neutral_pose(base), limits)
    keyframes = _keyframes(data.get("keyframes"), setup, hold, limits)
    motion = Motion(view, base, moves, keyframes, props, hold, move_seconds, view_from)
    _check_moves(motion)
    if base is BasePosture.SITTING and PropKind.CHAIR not in props:
        raise MotionError("props", Message("must include chair: the figure sits on it"))
    return motion


def _choice(data: Mapping[str, object], key: str, options: Sequence[str], default: str = "") -> str:
    value = data.get(key, default or None)
    if value not in options:
        raise MotionError(
            key,
            Message(
                "must be one of {choices} (got {value})",
                choices=", ".join(options),
                value=repr(value),
            ),
        )
    return str(value)


def _choices(
    data: Mapping[str, object], key: str, options: Sequence[str], minimum: int
) -> list[str]:
    value = data.get(key, [] if minimum == 0 else None)
    if not isinstance(value, list) or len(value) < minimum:
        raise MotionError(key, Message("must be a list of at least {count} texts", count=minimum))
    for index, item in enumerate(value):
        if item not in options:
            raise MotionError(
                f"{key}[{index}]",
                Message(
                    "must be one of {choices} (got {value})",
                    choices=", ".join(options),
                    value=repr(item),
                ),
            )
    if len(set(value)) != len(value):
        raise MotionError(key, Message("repeats an item"))
    return [str(item) for item in value]


def _is_number(value: object) -> TypeGuard[int | float]:
    """A JSON number: not true or false, not NaN or infinite (an int of any size is fine)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and math.isfinite(value))


def _number(value: object, path: str, low: float, high: float) -> float:
    if not _is_number(value) or not low <= value <= high:
        raise MotionError(
            path, Message("must be a number from {low} to {high}", low=float(low), high=float(high))
        )
    return float(value)


def _keyframes(raw: object, setup: Pose, hold: bool, limits: RangeOfMotion) -> tuple[Keyframe, ...]:
    if not isinstance(raw, list) or not MIN_KEYFRAMES <= len(raw) <= MAX_KEYFRAMES:
        raise MotionError(
            "keyframes",
            Message(
                "must be a list of {low} to {high} keyframes", low=MIN_KEYFRAMES, high=MAX_KEYFRAMES
            ),
        )
    frames: list[Keyframe] = []
    for index, item in enumerate(raw):
        path = f"keyframes[{index}]"
        if not isinstance(item, dict):
            raise MotionError(path, Message("must be an object"))
        unknown = sorted(set(item) - set(KEYFRAME_FIELDS))
        if unknown:
            raise MotionError(
                f"{path}.{unknown[0]}",
                Message("unknown field; use {fields}", fields=", ".join(KEYFRAME_FIELDS)),
            )
        at = _number(item.get("at"), f"{path}.at", 0.0, 1.0)
        if index == 0 and at != 0:
            raise MotionError(f"{path}.at", Message("must be 0: the first keyframe is the start"))
        if frames and at <= frames[-1].at:
            raise MotionError(
                f"{path}.at",
                Message("must be after the previous keyframe's {previous}", previous=frames[-1].at),
            )
        frames.append(Keyframe(at, _pose(item.get("pose", {}), f"{path}.pose", setup, limits)))
    last = f"keyframes[{len(frames) - 1}].at"
    if hold and frames[-1].at != 1:
        raise MotionError(
            last, Message("must be 1: the last keyframe of a hold is the held position")
        )
    if not hold and frames[-1].at >= 1:
        raise MotionError(
            last, Message("must be below 1: a cycle returns to its first keyframe at 1")
        )
    if all(frame.pose == frames[0].pose for frame in frames):
        raise MotionError("keyframes", Message("must differ: the figure would not move"))
    return tuple(frames)


def _pose(raw: object, path: str, start: Pose, limits: RangeOfMotion) -> Pose:
    """`start` with the angles of `raw` (a JSON object of angle: value) changed, each checked."""
    if not isinstance(raw, dict):
        raise MotionError(path, Message("must be an object"))
    angles: dict[str, float] = {}
    for name, value in raw.items():
        where = f"{path}.{name}"
        if name not in ANGLE_NAMES:
            raise MotionError(
                where,
                Message(
                    "is not a field here; expected one of {fields}", fields=", ".join(ANGLE_NAMES)
                ),
            )
        limit = limits.limit(name)
        if not _is_number(value):
            raise MotionError(
                where,
                Message(
                    "must be a number from {low} to {high}", low=limit.minimum, high=limit.maximum
                ),
            )
        if not limit.allows(value):
            raise MotionError(
                where,
                Message(
                    "{value} is beyond the normal range {low} to {high} {unit} ({source}); "
                    "expected a value within it",
                    value=value,
                    low=limit.minimum,
                    high=limit.maximum,
                    unit=limit.unit,
                    source=limit.source,
                ),
            )
        angles[name] = float(value)
    return start.with_angles(angles)


def _check_moves(motion: Motion) -> None:
    """Every part that moves is listed, and every listed part moves."""
    changing = moving_angles(motion)
    for name in changing:
        parts = parts_of(name)
        if not any(part in motion.moves for part in parts):
            raise MotionError(
                "moves",
                Message("must include {part}: {angle} changes", part=parts[-1].value, angle=name),
            )
    moved = {part for name in changing for part in parts_of(name)}
    for index, part in enumerate(motion.moves):
        if part not in moved:
            raise MotionError(
                f"moves[{index}]",
                Message("{part} does not move in the keyframes; leave it out", part=part.value),
            )
