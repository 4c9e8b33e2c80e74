"""The range-of-motion table (complete, cited, read with clear errors) and the props around the
figure (in the same space, where the figure uses them)."""

import copy
import json
from pathlib import Path

import pytest

from coach.domain.pose import (
    ANGLE_NAMES,
    AVERAGE_ADULT,
    BasePosture,
    BodySide,
    Joint,
    PropKind,
    RangeOfMotionError,
    forward_kinematics,
    load_range_of_motion,
    neutral_pose,
    parse_range_of_motion,
    prop_shapes,
)
from coach.domain.pose.figure import seat_height
from coach.domain.sources import is_product_choice, load_sources, source_keys
from tests.domain.pose_strategies import RANGE_OF_MOTION
from tests.helpers import REPO_ROOT

TABLE = REPO_ROOT / "resources" / "pose" / "range_of_motion.json"
SOURCES = REPO_ROOT / "resources" / "sources.json"


def test_every_angle_has_a_range_around_neutral_with_its_unit() -> None:
    assert [limit.angle for limit in RANGE_OF_MOTION.limits] == list(ANGLE_NAMES)
    for limit in RANGE_OF_MOTION.limits:
        assert limit.minimum <= 0 <= limit.maximum, limit
        assert limit.unit == ("cm" if limit.angle.endswith("_cm") else "degrees")
    left, right = (
        RANGE_OF_MOTION.limit("left_elbow_flexion"),
        RANGE_OF_MOTION.limit("right_elbow_flexion"),
    )
    assert (left.minimum, left.maximum) == (right.minimum, right.maximum) == (0, 150)


def test_every_range_names_a_source_with_a_title_or_says_it_is_a_product_choice() -> None:
    sources = load_sources(SOURCES)
    for limit in RANGE_OF_MOTION.limits:
        keys = source_keys(limit.source)
        assert keys or is_product_choice(limit.source), limit
        assert all(key in sources for key in keys), limit
        assert limit.note, limit
    # No table gives shoulder-blade or head travel in centimetres: the file says so.
    for name in ("head_retraction_cm", "left_shoulder_blade_elevation_cm"):
        limit = RANGE_OF_MOTION.limit(name)
        assert is_product_choice(limit.source) and "No normative table" in limit.note
    for key in ("AAOS", "NW", "VAS", "WIN"):
        assert sources[key].address.startswith("https://")


def test_the_spine_and_limb_ranges_are_the_cited_values() -> None:
    expected = {
        "neck_flexion": (-45, 45),
        "neck_rotation": (-80, 80),
        "thoracic_rotation": (-30, 30),
        "left_shoulder_flexion": (-60, 180),
        "right_shoulder_rotation": (-70, 90),
        "left_wrist_extension": (-80, 70),
        "right_knee_flexion": (0, 135),
        "left_ankle_dorsiflexion": (-50, 20),
    }
    for name, (low, high) in expected.items():
        limit = RANGE_OF_MOTION.limit(name)
        assert (limit.minimum, limit.maximum) == (low, high), name


def raw_table() -> dict[str, object]:
    data: dict[str, object] = json.loads(TABLE.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda j: j.pop("knee_flexion"), "joints.knee_flexion: missing"),
        (lambda j: j.update(neck_twist=j["neck_rotation"]), "joints.neck_twist: not an angle"),
        (lambda j: j["neck_flexion"].update(min="a lot"), "joints.neck_flexion.min: must be"),
        (lambda j: j["neck_flexion"].update(min=10), "must be around 0"),
        (lambda j: j["head_retraction_cm"].update(unit="degrees"), "unit: must be 'cm'"),
        (lambda j: j["hip_flexion"].update(source=" "), "hip_flexion.source"),
        (lambda j: j["hip_flexion"].update(typo=1), "joints.hip_flexion.typo: unknown"),
    ],
)
def test_a_broken_table_is_refused_naming_the_joint(change, message) -> None:
    data = copy.deepcopy(raw_table())
    change(data["joints"])
    with pytest.raises(RangeOfMotionError, match=message.replace("(", r"\(")):
        parse_range_of_motion(data)


def test_a_table_that_is_not_json_is_a_value_error(tmp_path: Path) -> None:
    broken = tmp_path / "range_of_motion.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        load_range_of_motion(broken)
    with pytest.raises(OSError):
        load_range_of_motion(tmp_path / "missing.json")


# Props


def test_the_chair_seat_is_under_the_sitting_figure_and_its_back_behind_it() -> None:
    sitting = forward_kinematics(neutral_pose(BasePosture.SITTING))
    shapes = {shape.name: shape for shape in prop_shapes([PropKind.CHAIR], sitting)}
    seat = shapes["seat"].points
    assert {point.y for point in seat} == {seat_height(AVERAGE_ADULT)}
    assert 0.35 < seat_height(AVERAGE_ADULT) < sitting[Joint.PELVIS].y
    assert min(p.z for p in seat) < sitting[Joint.PELVIS].z < max(p.z for p in seat)
    assert max(p.z for p in seat) < sitting[Joint.RIGHT_KNEE].z
    assert all(p.z < sitting[Joint.PELVIS].z for p in shapes["backrest"].points)
    legs = [s for s in prop_shapes([PropKind.CHAIR], sitting) if s.name == "leg"]
    assert len(legs) == 4 and all(min(p.y for p in leg.points) == 0 for leg in legs)


def test_the_wall_is_behind_and_the_doorway_around_a_standing_figure() -> None:
    standing = forward_kinematics(neutral_pose(BasePosture.STANDING))
    (wall,) = prop_shapes([PropKind.WALL], standing)
    assert all(p.z < standing[Joint.RIGHT_HEEL].z for p in wall.points) and wall.closed
    doorway = prop_shapes([PropKind.DOORWAY], standing)
    opening = [p.x for shape in doorway if shape.name == "jamb" for p in shape.points]
    inner = min(abs(x) for x in opening)
    assert standing[Joint.RIGHT_SHOULDER].x < inner  # the body passes through the opening
    assert all(p.z > standing[Joint.RIGHT_SHOULDER].z for s in doorway for p in s.points)


def test_the_mat_lies_under_a_kneeling_figure() -> None:
    kneeling = forward_kinematics(neutral_pose(BasePosture.KNEELING))
    (mat,) = prop_shapes([PropKind.MAT], kneeling)
    zs = [p.z for p in mat.points]
    for joint in (Joint.RIGHT_KNEE, Joint.LEFT_TOE, Joint.RIGHT_HAND_TIP):
        assert min(zs) < kneeling[joint].z < max(zs), joint


def test_bands_follow_the_hands() -> None:
    pose = neutral_pose(BasePosture.STANDING).with_angles(
        {"left_shoulder_flexion": 90, "right_shoulder_flexion": 90}
    )
    figure = forward_kinematics(pose)
    (band,) = prop_shapes([PropKind.BAND], figure)
    for end, side in zip(band.points, (BodySide.LEFT, BodySide.RIGHT), strict=True):
        wrist, tip = figure[Joint.of(side, "wrist")], figure[Joint.of(side, "hand_tip")]
        assert end == (wrist + tip).scaled(0.5)
    sitting = forward_kinematics(neutral_pose(BasePosture.SITTING))
    anchored = prop_shapes([PropKind.ANCHORED_BAND], sitting)
    assert len(anchored) == 2 and anchored[0].points[0] == anchored[1].points[0]
    anchor = anchored[0].points[0]
    assert anchor.z > sitting[Joint.RIGHT_TOE].z and 0.6 < anchor.y < sitting[Joint.NECK_BASE].y
