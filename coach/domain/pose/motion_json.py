"""A `Motion` written back as the `"motion"` object of the exercise format (`coach.domain.pose.motion`
documents it): the plan editor copies a library exercise's movement into a plan's own exercise, and
the plan file then carries it as JSON. `parse_motion(motion_data(m), limits) == m` for every motion
the parser gives.

The object is written in its shortest form: angles kept all through the cycle (away from the base
posture's neutral) go into `setup`, each keyframe names only what differs from that, defaults are
left out and whole numbers are written without a fraction, so a copied movement reads like one
written by hand.
"""

from typing import Any

from coach.domain.pose.angles import ANGLE_NAMES, BodySide, Pose
from coach.domain.pose.bases import neutral_pose
from coach.domain.pose.motion import DEFAULT_MOVE_SECONDS, Motion


def motion_data(motion: Motion) -> dict[str, Any]:
    """The motion as the JSON object `parse_motion` reads (see the module)."""
    poses = [frame.pose for frame in motion.keyframes]
    neutral = neutral_pose(motion.base)
    first = poses[0]
    setup = {
        name: first.angle(name)
        for name in ANGLE_NAMES
        if first.angle(name) != neutral.angle(name)
        and all(pose.angle(name) == first.angle(name) for pose in poses)
    }
    start = neutral.with_angles(setup)
    data: dict[str, Any] = {"view": motion.view.value}
    if motion.view_from is not BodySide.RIGHT:
        data["view_from"] = motion.view_from.value
    data["base"] = motion.base.value
    if motion.props:
        data["props"] = [kind.value for kind in motion.props]
    if setup:
        data["setup"] = _numbers(setup)
    data["moves"] = [part.value for part in motion.moves]
    data["hold"] = motion.hold
    if motion.hold and motion.move_seconds != DEFAULT_MOVE_SECONDS:
        data["move_seconds"] = _number(motion.move_seconds)
    data["keyframes"] = [
        {"at": _number(frame.at), "pose": _numbers(_changes(start, frame.pose))}
        for frame in motion.keyframes
    ]
    return data


def _changes(start: Pose, pose: Pose) -> dict[str, float]:
    return {name: pose.angle(name) for name in ANGLE_NAMES if pose.angle(name) != start.angle(name)}


def _numbers(angles: dict[str, float]) -> dict[str, float | int]:
    return {name: _number(value) for name, value in angles.items()}


def _number(value: float) -> float | int:
    """90.0 as 90, 2.5 as it is: the way the library's files write them."""
    return int(value) if float(value).is_integer() else value
