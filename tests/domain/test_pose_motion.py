"""Motions: the parser keeps what a valid object says and names the field of anything else, the
interpolation eases between keyframes without passing them, and the side and directions follow."""

import math
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from coach.domain.pose import (
    ANGLE_NAMES,
    BasePosture,
    BodyPart,
    BodySide,
    Joint,
    Motion,
    MotionError,
    PropKind,
    View,
    angle_directions,
    cycle_poses,
    hold_phase,
    joint_travel,
    key_poses,
    mirrored,
    neutral_pose,
    parse_motion,
    pose_at,
)
from coach.domain.pose.angles import parts_of
from coach.domain.pose.motion import MAX_KEYFRAMES, ease, moving_angles
from tests.domain.pose_strategies import RANGE_OF_MOTION, angle_values


def motion_data(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "view": "side",
        "base": "sitting",
        "props": ["chair"],
        "moves": ["head", "neck"],
        "keyframes": [
            {"at": 0, "pose": {}},
            {"at": 0.5, "pose": {"neck_flexion": 30}},
        ],
    }
    data.update(changes)
    return data


def parse(data: object) -> Motion:
    return parse_motion(data, RANGE_OF_MOTION)


def problem(data: object) -> MotionError:
    with pytest.raises(MotionError) as caught:
        parse(data)
    return caught.value


# The parser


@st.composite
def valid_motions(draw: st.DrawFn) -> tuple[dict[str, Any], list[float], list[dict[str, float]]]:
    """A valid motion object with the keyframe times and angles it was made from."""
    base = draw(st.sampled_from(list(BasePosture)))
    hold = draw(st.booleans())
    count = draw(st.integers(2, MAX_KEYFRAMES))
    inner = draw(
        st.lists(
            st.floats(0.01, 0.99, allow_nan=False),
            min_size=count - 2 if hold else count - 1,
            max_size=count - 2 if hold else count - 1,
            unique=True,
        )
    )
    times = [0.0, *sorted(inner)] + ([1.0] if hold else [])
    assume(all(b - a > 1e-6 for a, b in pairwise(times)))
    names = draw(st.lists(st.sampled_from(ANGLE_NAMES), min_size=1, max_size=4, unique=True))
    angles = [{name: draw(angle_values(name)) for name in names} for _ in times]
    # Make sure something moves: the first keyframe at neutral, the last elsewhere.
    mover = names[0]
    limit = RANGE_OF_MOTION.limit(mover)
    rest = neutral_pose(base).angle(mover)
    angles[0] = {}
    angles[-1][mover] = limit.maximum if rest != limit.maximum else limit.minimum
    expected = [neutral_pose(base).with_angles(a) for a in angles]
    moving = {
        name
        for pose in expected
        for name in ANGLE_NAMES
        if pose.angle(name) != expected[0].angle(name)
    }
    moves = sorted({part.value for name in moving for part in parts_of(name)})
    data = {
        "view": draw(st.sampled_from([v.value for v in View])),
        "base": base.value,
        "props": ["chair"] if base is BasePosture.SITTING else [],
        "moves": moves,
        "hold": hold,
        "keyframes": [{"at": t, "pose": a} for t, a in zip(times, angles, strict=True)],
    }
    return data, times, angles


@given(valid_motions())
def test_a_valid_motion_is_read_as_written(
    made: tuple[dict[str, Any], list[float], list[Any]],
) -> None:
    data, times, angles = made
    motion = parse(data)
    assert [frame.at for frame in motion.keyframes] == times
    for frame, named in zip(motion.keyframes, angles, strict=True):
        assert frame.pose == neutral_pose(motion.base).with_angles(named)
        assert RANGE_OF_MOTION.violations(frame.pose) == ()
    assert {part.value for part in motion.moves} == set(data["moves"])


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = [
    "view",
    "view_from",
    "base",
    "props",
    "setup",
    "moves",
    "hold",
    "move_seconds",
    "keyframes",
]


@given(st.sampled_from(FIELDS), JSON)
def test_any_value_in_any_field_is_read_or_refused_with_its_field(
    field: str, value: object
) -> None:
    data = motion_data(**{field: value})
    try:
        parse(data)
    except MotionError as error:
        assert error.path.split("[")[0].split(".")[0] in FIELDS
        assert str(error.problem)


@given(st.integers(0, 1), st.sampled_from(["at", "pose"]), JSON)
def test_any_value_in_a_keyframe_is_read_or_refused_with_its_path(
    index: int, key: str, value: object
) -> None:
    data = motion_data()
    data["keyframes"][index][key] = value
    try:
        parse(data)
    except MotionError as error:
        assert error.path.startswith(("keyframes", "moves"))


@given(JSON)
def test_anything_as_the_motion_is_read_or_refused(value: object) -> None:
    with pytest.raises(MotionError):
        parse(value)


@given(st.sampled_from(ANGLE_NAMES), st.floats(allow_nan=True, allow_infinity=True))
def test_an_angle_outside_its_range_names_the_range_and_its_source(name: str, value: float) -> None:
    limit = RANGE_OF_MOTION.limit(name)
    assume(not limit.allows(value))
    data = motion_data()
    data["keyframes"][1]["pose"][name] = value
    error = problem(data)
    assert error.path == f"keyframes[1].pose.{name}"
    text = str(error.problem)
    assert f"{limit.minimum:g} to {limit.maximum:g}" in text
    if math.isfinite(value):
        assert limit.source in text and limit.unit in text


@pytest.mark.parametrize(
    ("change", "path", "words"),
    [
        ({"view": "top"}, "view", "front, back, side, three_quarter"),
        ({"base": "floating"}, "base", "standing, sitting, kneeling, lying"),
        ({"props": ["sofa", "chair"]}, "props[0]", "chair, wall, doorway"),
        ({"props": ["chair", "chair"]}, "props", "repeats"),
        ({"props": []}, "props", "must include chair"),
        ({"moves": []}, "moves", "at least 1"),
        ({"moves": ["head"]}, "moves[0]", None),  # fine: the head moves with the neck
        ({"moves": ["neck", "arms"]}, "moves[1]", "arms does not move"),
        ({"moves": ["upper_back"]}, "moves", "must include neck"),
        ({"hold": "yes"}, "hold", "true or false"),
        ({"move_seconds": 2}, "move_seconds", "only for a hold"),
        ({"hold": True, "move_seconds": 9, "keyframes": None}, "move_seconds", "0.5 to 5"),
        ({"speed": 2}, "speed", "unknown field"),
        ({"keyframes": [{"at": 0}]}, "keyframes", "2 to 12 keyframes"),
        ({"keyframes": [{"at": 0.1}, {"at": 0.5}]}, "keyframes[0].at", "must be 0"),
        ({"keyframes": [{"at": 0}, {"at": 0}]}, "keyframes[1].at", "after the previous"),
        ({"keyframes": [{"at": 0}, {"at": 1}]}, "keyframes[1].at", "below 1"),
        ({"hold": True}, "keyframes[1].at", "must be 1"),
        ({"keyframes": [{"at": 0}, {"at": 0.5}]}, "keyframes", "must differ"),
        (
            {"keyframes": [{"at": 0}, {"at": 0.5, "pose": {"neck_twist": 5}}]},
            "keyframes[1].pose.neck_twist",
            "neck_flexion, neck_side_bend",
        ),
        (
            {"keyframes": [{"at": 0}, {"at": 0.5, "pose": {"neck_flexion": "far"}}]},
            "keyframes[1].pose.neck_flexion",
            "-45 to 45",
        ),
        ({"keyframes": [{"at": 0}, {"at": 0.5, "pose": []}]}, "keyframes[1].pose", "an object"),
        ({"keyframes": [{"at": 0}, {"at": "half"}]}, "keyframes[1].at", "from 0 to 1"),
        ({"keyframes": [{"at": 0}, {"at": 0.5, "hold": 3}]}, "keyframes[1].hold", "at, pose"),
        ({"setup": {"neck_flexion": 90}}, "setup.neck_flexion", "-45 to 45 degrees (VAS)"),
    ],
)
def test_each_mistake_is_named_with_its_field_and_the_fix(
    change: dict[str, Any], path: str, words: str | None
) -> None:
    data = motion_data(**change)
    if words is None:
        parse(data)
        return
    error = problem(data)
    assert error.path == path
    assert words in str(error.problem)


# Interpolation


HOLD = parse(
    motion_data(
        hold=True,
        move_seconds=2,
        keyframes=[
            {"at": 0, "pose": {}},
            {"at": 0.5, "pose": {"neck_rotation": -40}},
            {"at": 1, "pose": {"neck_rotation": -40, "neck_flexion": 30}},
        ],
    )
)
CYCLE = parse(
    motion_data(
        view="front",
        moves=["upper_back"],
        keyframes=[
            {"at": 0, "pose": {}},
            {"at": 0.25, "pose": {"thoracic_side_bend": 20}},
            {"at": 0.75, "pose": {"thoracic_side_bend": -20}},
        ],
    )
)


def test_keyframes_are_reached_and_the_way_between_eases() -> None:
    assert [pose_at(HOLD, f.at) for f in HOLD.keyframes] == list(key_poses(HOLD))
    quarter = pose_at(HOLD, 0.125)
    assert quarter.neck_rotation == pytest.approx(-40 * ease(0.25))
    assert ease(0) == 0 and ease(1) == 1 and ease(0.5) == 0.5
    assert ease(0.1) < 0.1 and ease(0.9) > 0.9  # slow at both ends
    assert pose_at(HOLD, 2.0) == pose_at(HOLD, 1.0) == HOLD.keyframes[-1].pose  # held
    assert pose_at(HOLD, -1.0) == HOLD.keyframes[0].pose


def test_a_cycle_returns_to_its_first_keyframe_and_repeats() -> None:
    assert pose_at(CYCLE, 1.0) == pose_at(CYCLE, 0.0) == CYCLE.keyframes[0].pose
    assert pose_at(CYCLE, 1.3).thoracic_side_bend == pytest.approx(
        pose_at(CYCLE, 0.3).thoracic_side_bend
    )
    assert pose_at(CYCLE, 0.5).thoracic_side_bend == pytest.approx(0.0)
    assert pose_at(CYCLE, 0.875).thoracic_side_bend == pytest.approx(-10.0)


@given(st.floats(-2, 3, allow_nan=False))
def test_frames_never_pass_a_keyframe_so_they_stay_within_the_limits(phase: float) -> None:
    for motion in (HOLD, CYCLE):
        pose = pose_at(motion, phase)
        assert RANGE_OF_MOTION.violations(pose) == ()
        for name in moving_angles(motion):
            values = [frame.pose.angle(name) for frame in motion.keyframes]
            assert min(values) - 1e-9 <= pose.angle(name) <= max(values) + 1e-9


@given(st.floats(0, 1, allow_nan=False))
def test_the_right_side_is_the_mirror_image_of_the_keyframes(phase: float) -> None:
    assert pose_at(HOLD, phase, BodySide.RIGHT) == mirrored(pose_at(HOLD, phase, BodySide.LEFT))
    assert pose_at(HOLD, phase) == pose_at(HOLD, phase, BodySide.LEFT)
    assert HOLD.camera(BodySide.RIGHT).azimuth == -HOLD.camera(BodySide.LEFT).azimuth


def test_directions_say_which_way_each_angle_goes_and_stop_when_held() -> None:
    assert angle_directions(HOLD, 0.25) == (("neck_rotation", -1, -40.0),)
    assert angle_directions(HOLD, 0.5) == (("neck_flexion", 1, 30.0),)  # the next move
    assert angle_directions(HOLD, 0.25, BodySide.RIGHT) == (("neck_rotation", 1, 40.0),)
    assert angle_directions(HOLD, 1.0) == ()
    assert angle_directions(CYCLE, 0.9) == (("thoracic_side_bend", 1, 0.0),)


def test_joint_travel_gives_arrows_for_the_moving_joints_only() -> None:
    travel = {t.joint: t for t in joint_travel(HOLD, 0.0)}
    assert Joint.NOSE in travel and Joint.RIGHT_WRIST not in travel
    nose = travel[Joint.NOSE]
    assert nose.toward.x < nose.now.x  # turning to the figure's left
    assert {t.joint for t in joint_travel(HOLD, 0.0, BodySide.RIGHT)} == {
        joint.mirror for joint in travel
    }
    assert joint_travel(HOLD, 1.0) == ()


def test_cycle_poses_span_one_cycle_and_hold_phase_follows_move_seconds() -> None:
    frames = cycle_poses(CYCLE, 8)
    assert len(frames) == 8 and frames[0] == CYCLE.keyframes[0].pose
    assert len(set(frames)) > 4
    held = cycle_poses(HOLD, 5)
    assert held[0] == HOLD.keyframes[0].pose and held[-1] == HOLD.keyframes[-1].pose
    assert hold_phase(HOLD, 1.0) == 0.5 and hold_phase(HOLD, 3.0) == 1.0
    assert hold_phase(HOLD, -1.0) == 0.0
    with pytest.raises(ValueError, match="count"):
        cycle_poses(HOLD, 0)


def test_a_motion_lists_its_parts_and_props_as_values() -> None:
    assert HOLD.moves == (BodyPart.HEAD, BodyPart.NECK)
    assert HOLD.props == (PropKind.CHAIR,)
    assert HOLD.base is BasePosture.SITTING and HOLD.hold and HOLD.move_seconds == 2.0
    assert moving_angles(HOLD) == ("neck_flexion", "neck_rotation")


@pytest.mark.parametrize("value", [10**400, -(10**400), float("nan"), float("inf"), True])
def test_numbers_json_can_hold_are_refused_without_crashing(value: object) -> None:
    data = motion_data()
    data["keyframes"][1]["pose"]["neck_flexion"] = value
    assert problem(data).path == "keyframes[1].pose.neck_flexion"
    data = motion_data()
    data["keyframes"][1]["at"] = value
    assert problem(data).path == "keyframes[1].at"
