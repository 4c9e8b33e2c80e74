"""Interpolation through keyframes (issue 19): each angle follows a monotone cubic, so the figure
eases in and out only at a cycle's ends (and where an angle turns back or rests), passes through
the keyframes between without stopping, and never leaves the range between two keyframes."""

import math
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from coach.domain.exercises import load_library
from coach.domain.pose import Motion, pose_at
from coach.domain.pose.motion import (
    _track,
    hermite,
    monotone_slopes,
    moving_angles,
    reached_key,
)
from tests.domain.test_pose_motion import CYCLE, HOLD, parse, valid_motions
from tests.helpers import REPO_ROOT

LIBRARY = load_library(REPO_ROOT / "resources" / "exercises")
MOTIONS = {e.id: e.motion for e in LIBRARY.exercises if e.motion is not None}


def slope(motion: Motion, name: str, phase: float, side: int) -> float:
    """The angle's rate of change just before (side -1) or just after (side +1) `phase`."""
    h = 1e-6
    here = pose_at(motion, phase).angle(name)
    there = pose_at(motion, phase + side * h).angle(name)
    return (there - here) / (side * h)


@given(valid_motions(), st.floats(0, 1, allow_nan=False))
def test_every_angle_stays_between_the_keyframes_around_it(
    made: tuple[dict[str, Any], list[float], list[Any]], phase: float
) -> None:
    motion = parse(made[0])
    track = _track(motion)
    index = max(i for i, at in enumerate(track.times[:-1]) if at <= phase)
    pose = pose_at(motion, phase)
    for name in moving_angles(motion):
        a, b = track.poses[index].angle(name), track.poses[index + 1].angle(name)
        assert min(a, b) - 1e-9 <= pose.angle(name) <= max(a, b) + 1e-9


@given(
    st.lists(st.floats(0.01, 1, allow_nan=False), min_size=1, max_size=10),
    st.lists(st.floats(-180, 180, allow_nan=False), min_size=2, max_size=11),
    st.floats(0, 1, allow_nan=False),
)
def test_each_piece_of_the_cubic_is_monotone(
    widths: list[float], values: list[float], t: float
) -> None:
    """Fritsch and Carlson: with slopes at most three times the secants on either side, a piece
    rises (or falls) all the way, so it stays between its ends."""
    count = min(len(widths) + 1, len(values))
    assume(count >= 2)
    times = [0.0]
    for width in widths[: count - 1]:
        times.append(times[-1] + width)
    values = values[:count]
    slopes = monotone_slopes(times, values)
    assert slopes[0] == slopes[-1] == 0.0
    for k, (a, b) in enumerate(pairwise(values)):
        width = times[k + 1] - times[k]
        samples = [hermite(a, b, width, (slopes[k], slopes[k + 1]), i / 32) for i in range(33)]
        steps = [q - p for p, q in pairwise(samples)]
        tolerance = 1e-9 * max(1.0, abs(a), abs(b))
        assert all(step >= -tolerance for step in steps) or all(step <= tolerance for step in steps)
        assert min(a, b) - tolerance <= hermite(a, b, width, (slopes[k], slopes[k + 1]), t)
        assert hermite(a, b, width, (slopes[k], slopes[k + 1]), t) <= max(a, b) + tolerance


@pytest.mark.parametrize("exercise_id", sorted(MOTIONS))
def test_the_movement_is_smooth_through_every_keyframe(exercise_id: str) -> None:
    """No jerk at a keyframe: each angle's rate of change is the same on both sides of it."""
    motion = MOTIONS[exercise_id]
    for frame in motion.keyframes[1:]:
        for name in moving_angles(motion):
            before, after = slope(motion, name, frame.at, -1), slope(motion, name, frame.at, 1)
            assert math.isclose(before, after, rel_tol=1e-2, abs_tol=0.5), (frame.at, name)


def test_shoulder_rolls_circle_without_stopping_at_their_keyframes() -> None:
    """Six keyframes in three seconds: eased at each one, the shoulders stopped six times a roll
    (a pulse); now they stop only where a roll starts and ends."""
    rolls = MOTIONS["shoulder_rolls"]
    names = moving_angles(rolls)
    for frame in rolls.keyframes[1:]:
        speed = max(abs(slope(rolls, name, frame.at, 1)) for name in names)
        assert speed > 3.0, frame.at  # cm per cycle: still moving through the keyframe
    assert all(abs(slope(rolls, name, 0.0, 1)) < 0.01 for name in names)  # a gentle start


def test_the_ends_of_a_cycle_and_a_hold_ease_in_and_out() -> None:
    for motion in (HOLD, CYCLE):
        for name in moving_angles(motion):
            assert abs(slope(motion, name, 0.0, 1)) < 0.01
            assert abs(slope(motion, name, 1.0, -1)) < 0.01


def test_the_key_pose_reached_changes_only_when_the_movement_gets_there() -> None:
    assert [reached_key(HOLD, p) for p in (0.0, 0.49, 0.5, 0.99, 1.0)] == [0, 0, 1, 1, 2]
    assert [reached_key(HOLD, p, returning=True) for p in (1.0, 0.51, 0.5, 0.01, 0.0)] == [
        2,
        2,
        1,
        1,
        0,
    ]
    assert [reached_key(CYCLE, p) for p in (0.0, 0.3, 0.8, 1.0, 1.3)] == [0, 1, 2, 0, 1]
