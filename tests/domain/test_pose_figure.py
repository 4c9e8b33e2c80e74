"""The figure model: sign conventions read as the module says, bones keep their lengths, mirror
images are mirror images, base postures rest where they should, and views project as described."""

import math

import pytest
from hypothesis import given, settings

from coach.domain.pose import (
    AVERAGE_ADULT,
    BONES,
    BasePosture,
    BodySide,
    Figure,
    Joint,
    Pose,
    Segment,
    Skeleton,
    Vec3,
    View,
    camera_for,
    forward_kinematics,
    mirrored,
    neutral_pose,
    project,
)
from coach.domain.pose.anthropometry import ANKLE_HEIGHT, HIP_HEIGHT, SHOULDER_HEIGHT
from coach.domain.pose.figure import mat_height
from tests.domain.pose_strategies import RANGE_OF_MOTION, poses

H = AVERAGE_ADULT.height
CLOSE = 1e-9


def figure(base: BasePosture = BasePosture.STANDING, **angles: float) -> Figure:
    return forward_kinematics(neutral_pose(base).with_angles(angles))


REST = figure()


def moved(joint: Joint, **angles: float) -> Vec3:
    """How far `joint` moves from rest when standing with `angles`."""
    return forward_kinematics(Pose().with_angles(angles))[joint] - REST[joint]


# Sign conventions


def test_standing_at_rest_matches_the_tables_heights() -> None:
    assert REST[Joint.RIGHT_SHOULDER].y == pytest.approx(SHOULDER_HEIGHT * H)
    assert REST[Joint.RIGHT_HIP].y == pytest.approx(HIP_HEIGHT * H)
    assert REST[Joint.RIGHT_ANKLE].y == pytest.approx(ANKLE_HEIGHT * H)
    assert REST[Joint.HEAD_TOP].y == pytest.approx(H)
    assert REST[Joint.RIGHT_SHOULDER].x > 0 > REST[Joint.LEFT_SHOULDER].x  # x: the right
    assert REST[Joint.NOSE].z > REST[Joint.HEAD_PIVOT].z  # z: forward


def test_neck_flexion_bends_the_head_forward_and_extension_back() -> None:
    assert moved(Joint.HEAD_TOP, neck_flexion=30).z > 0.05
    assert moved(Joint.NOSE, neck_flexion=30).y < -0.02
    assert moved(Joint.HEAD_TOP, neck_flexion=-30).z < -0.05


def test_side_bend_and_rotation_are_positive_towards_the_figures_right() -> None:
    assert moved(Joint.HEAD_TOP, neck_side_bend=30).x > 0.05
    assert moved(Joint.NOSE, neck_rotation=45).x > 0.05
    assert moved(Joint.NOSE, neck_rotation=-45).x < -0.05
    assert moved(Joint.NECK_BASE, thoracic_side_bend=20).x > 0.05
    turned = figure(thoracic_rotation=30)
    assert turned[Joint.RIGHT_SHOULDER].z < -0.05 < 0.05 < turned[Joint.LEFT_SHOULDER].z


def test_head_retraction_slides_the_head_straight_back_keeping_its_orientation() -> None:
    tucked = figure(head_retraction_cm=2.5)
    for joint in (Joint.CHIN, Joint.NOSE, Joint.HEAD_TOP):
        shift = tucked[joint] - REST[joint]
        assert shift.z == pytest.approx(-0.025)
        assert abs(shift.y) < 0.004  # the gaze stays level: a slide, not a nod
    assert tucked.frame(Segment.HEAD) == REST.frame(Segment.HEAD)


def test_thoracic_flexion_rounds_the_upper_back_forward() -> None:
    assert moved(Joint.NECK_BASE, thoracic_flexion=30).z > 0.05
    assert moved(Joint.NECK_BASE, thoracic_flexion=-20).z < -0.03


def test_shoulder_blades_travel_the_given_centimetres() -> None:
    assert moved(Joint.RIGHT_SHOULDER, right_shoulder_blade_elevation_cm=5).y == pytest.approx(0.05)
    assert moved(Joint.LEFT_SHOULDER, left_shoulder_blade_retraction_cm=3).z == pytest.approx(-0.03)
    assert moved(Joint.RIGHT_SHOULDER, right_shoulder_blade_retraction_cm=-4).z == pytest.approx(
        0.04
    )


def test_shoulder_flexion_and_abduction_lift_the_arm_forward_and_out() -> None:
    forward = figure(right_shoulder_flexion=90)
    assert forward[Joint.RIGHT_WRIST].z > 0.5
    assert forward[Joint.RIGHT_WRIST].y == pytest.approx(forward[Joint.RIGHT_SHOULDER].y)
    out = figure(right_shoulder_abduction=90, left_shoulder_abduction=90)
    assert out[Joint.RIGHT_WRIST].x > 0.7 and out[Joint.LEFT_WRIST].x < -0.7
    # Abduction after flexion swings the arm horizontally: out to the side, or across.
    horizontal = figure(right_shoulder_flexion=90, right_shoulder_abduction=90)
    assert horizontal[Joint.RIGHT_WRIST].x > 0.7
    assert abs(horizontal[Joint.RIGHT_WRIST].z) < 1e-9
    across = figure(right_shoulder_flexion=90, right_shoulder_abduction=-30)
    assert across[Joint.RIGHT_WRIST].x < across[Joint.RIGHT_SHOULDER].x


def test_elbow_rotation_pronation_and_wrist_move_each_side_alike() -> None:
    bent = figure(right_elbow_flexion=90, left_elbow_flexion=90)
    for side in BodySide:
        assert bent[Joint.of(side, "wrist")].z > bent[Joint.of(side, "elbow")].z + 0.2
    outward = figure(
        right_elbow_flexion=90,
        left_elbow_flexion=90,
        right_shoulder_rotation=60,
        left_shoulder_rotation=60,
    )
    assert outward[Joint.RIGHT_WRIST].x > outward[Joint.RIGHT_ELBOW].x + 0.1
    assert outward[Joint.LEFT_WRIST].x < outward[Joint.LEFT_ELBOW].x - 0.1
    # Pronation with the elbow bent turns the backs of the hands up (palms down).
    palms_down = figure(
        right_elbow_flexion=90,
        left_elbow_flexion=90,
        right_forearm_pronation=80,
        left_forearm_pronation=80,
    )
    for side, outward_x in ((BodySide.RIGHT, 1.0), (BodySide.LEFT, -1.0)):
        back_of_hand = palms_down.frame(Segment.of_side(side, "hand")).axis_x().scaled(outward_x)
        assert back_of_hand.y > 0.9
    # At rest the backs of the hands face outward, so extension bends the hands outward.
    extended = figure(right_wrist_extension=40, left_wrist_extension=40)
    assert extended[Joint.RIGHT_HAND_TIP].x > extended[Joint.RIGHT_WRIST].x + 0.05
    assert extended[Joint.LEFT_HAND_TIP].x < extended[Joint.LEFT_WRIST].x - 0.05


def test_hip_knee_and_ankle() -> None:
    lifted = figure(right_hip_flexion=90)
    assert lifted[Joint.RIGHT_KNEE].z > 0.35
    assert lifted[Joint.LEFT_HEEL].y == pytest.approx(0.0)  # the other leg stands
    bent = figure(right_knee_flexion=90)
    assert bent[Joint.RIGHT_ANKLE].z < bent[Joint.RIGHT_KNEE].z - 0.3
    toes_up = figure(BasePosture.SITTING, right_ankle_dorsiflexion=15)
    assert toes_up[Joint.RIGHT_TOE].y > 0.03


def test_standing_leans_over_the_feet_when_both_ankles_bend() -> None:
    lean = figure(left_ankle_dorsiflexion=15, right_ankle_dorsiflexion=15)
    assert lean[Joint.NECK_BASE].z == pytest.approx(
        REST[Joint.NECK_BASE].y * math.sin(math.radians(15)), abs=0.06
    )
    for side in BodySide:
        assert lean[Joint.of(side, "heel")] == pytest.approx(REST[Joint.of(side, "heel")])
        assert lean[Joint.of(side, "toe")].y == pytest.approx(0.0, abs=1e-9)


def test_a_staggered_stance_keeps_both_feet_flat_as_the_body_leans() -> None:
    # One foot a step ahead; leaning forward bends the front knee and both ankles, as in the
    # doorway stretch. Both feet stand in every pose in between: none floats or jumps.
    step = {"left_hip_flexion": 7.0, "left_ankle_dorsiflexion": -7.0}
    step |= {"right_hip_flexion": -7.0, "right_ankle_dorsiflexion": 7.0}
    lean = {"left_hip_flexion": 18.0, "left_knee_flexion": 21.0, "left_ankle_dorsiflexion": 8.0}
    lean |= {"right_hip_flexion": -6.0, "right_ankle_dorsiflexion": 11.0}
    standing = neutral_pose(BasePosture.STANDING)
    start = forward_kinematics(standing.with_angles(step))
    for index in range(11):
        t = index / 10
        between = {name: step.get(name, 0.0) * (1 - t) + value * t for name, value in lean.items()}
        shape = forward_kinematics(standing.with_angles(between))
        for side in BodySide:
            for part in ("heel", "toe"):
                assert shape[Joint.of(side, part)].y == pytest.approx(0.0, abs=0.005), (t, side)
            heel = Joint.of(side, "heel")
            assert shape[heel].distance(start[heel]) < 0.01
    leaning = forward_kinematics(standing.with_angles(lean))
    assert start[Joint.LEFT_HEEL].z - start[Joint.RIGHT_HEEL].z > 0.15  # the left foot ahead
    assert leaning[Joint.NECK_BASE].z - start[Joint.NECK_BASE].z > 0.05


# Base postures


def test_sitting_rests_on_the_seat_with_the_feet_flat_and_hands_on_the_thighs() -> None:
    sitting = figure(BasePosture.SITTING)
    assert sitting[Joint.PELVIS].y == pytest.approx(AVERAGE_ADULT.knee_height)
    for side in BodySide:
        assert sitting[Joint.of(side, "heel")].y == pytest.approx(0.0, abs=1e-9)
        assert sitting[Joint.of(side, "toe")].y == pytest.approx(0.0, abs=1e-9)
        hand = sitting[Joint.of(side, "hand_tip")]
        assert 0 < hand.z < sitting[Joint.of(side, "knee")].z + 0.05
        assert 0 < hand.y - sitting[Joint.PELVIS].y < 0.15


def test_all_fours_puts_knees_hands_and_toes_on_the_mat() -> None:
    kneeling = figure(BasePosture.KNEELING)
    mat = mat_height(AVERAGE_ADULT)
    for side in BodySide:
        for part in ("knee", "wrist", "hand_tip", "toe"):
            assert kneeling[Joint.of(side, part)].y == pytest.approx(mat, abs=0.01), part
        assert kneeling[Joint.of(side, "hand_tip")].z > kneeling[Joint.of(side, "wrist")].z + 0.1
    back = kneeling[Joint.NECK_BASE] - kneeling[Joint.PELVIS]
    assert abs(back.y) < 0.25 * back.z  # the back is nearly level


def test_on_all_fours_the_hips_angle_tilts_the_pelvis_over_upright_thighs() -> None:
    rest = figure(BasePosture.KNEELING)
    mat = mat_height(AVERAGE_ADULT)
    neutral = rest.pose.left_hip_flexion
    # Bending both hips less tips the pelvis back (the cat's arch): the thighs stay upright with
    # the knees where they were, and the middle of the back rises.
    arched = figure(
        BasePosture.KNEELING, left_hip_flexion=neutral - 15, right_hip_flexion=neutral - 15
    )
    for side in BodySide:
        knee, hip = Joint.of(side, "knee"), Joint.of(side, "hip")
        assert arched[knee].distance(rest[knee]) < 1e-9
        assert arched[hip].distance(rest[hip]) < 1e-9
    assert arched[Joint.WAIST].y > rest[Joint.WAIST].y + 0.05
    # A leg lifted back does not kneel: the other knee stays down and its thigh upright.
    lifted = figure(BasePosture.KNEELING, left_hip_flexion=0, left_knee_flexion=0)
    assert lifted[Joint.RIGHT_KNEE].y == pytest.approx(mat)
    assert lifted[Joint.RIGHT_HIP].z == pytest.approx(lifted[Joint.RIGHT_KNEE].z, abs=1e-9)
    assert lifted[Joint.LEFT_ANKLE].y > mat + 0.2


def test_lying_is_face_up_with_the_heels_on_the_mat() -> None:
    lying = figure(BasePosture.LYING)
    assert lying[Joint.NOSE].y > lying[Joint.HEAD_PIVOT].y + 0.05
    assert lying[Joint.RIGHT_HEEL].y == pytest.approx(mat_height(AVERAGE_ADULT))


@pytest.mark.parametrize("base", list(BasePosture))
def test_every_base_posture_rests_within_the_normal_ranges(base: BasePosture) -> None:
    assert RANGE_OF_MOTION.violations(neutral_pose(base)) == ()


# Properties over any pose within the limits


def bone_lengths(shape: Figure) -> list[float]:
    return [shape[bone.start].distance(shape[bone.end]) for bone in BONES]


REST_LENGTHS = bone_lengths(REST)


@settings(max_examples=200)
@given(poses())
def test_bones_keep_their_lengths_in_every_pose(pose: Pose) -> None:
    assert bone_lengths(forward_kinematics(pose)) == pytest.approx(REST_LENGTHS, abs=CLOSE)


@given(poses())
def test_every_bone_of_a_shorter_adult_is_shorter_in_proportion(pose: Pose) -> None:
    short = Skeleton.for_height(1.55)
    lengths = bone_lengths(forward_kinematics(pose, short))
    assert lengths == pytest.approx([x * 1.55 / H for x in REST_LENGTHS], abs=CLOSE)


@settings(max_examples=200)
@given(poses())
def test_the_mirrored_pose_is_the_mirror_image(pose: Pose) -> None:
    shape, image = forward_kinematics(pose), forward_kinematics(mirrored(pose))
    for joint, point in shape.items():
        assert image[joint.mirror] == pytest.approx(point.mirrored(), abs=CLOSE)
    assert mirrored(mirrored(pose)) == pose


def test_joints_name_their_sides_and_mirrors() -> None:
    assert Joint.of(BodySide.LEFT, "wrist") is Joint.LEFT_WRIST
    assert Joint.LEFT_WRIST.mirror is Joint.RIGHT_WRIST
    assert Joint.CHIN.mirror is Joint.CHIN
    assert Joint.RIGHT_TOE.side is BodySide.RIGHT and Joint.PELVIS.side is None
    assert {bone.start for bone in BONES} | {bone.end for bone in BONES} == set(Joint)


def test_a_height_that_is_not_an_adults_is_refused() -> None:
    with pytest.raises(ValueError, match="not an adult"):
        Skeleton.for_height(0.2)


# Views


def test_views_put_the_figure_where_a_viewer_would_see_it() -> None:
    right_hand = REST[Joint.RIGHT_WRIST]
    assert project(right_hand, camera_for(View.FRONT)).x < 0  # facing us: its right on our left
    assert project(right_hand, camera_for(View.BACK)).x > 0
    side = camera_for(View.SIDE)  # from the figure's right: it faces our right
    assert project(REST[Joint.NOSE], side).x > project(REST[Joint.HEAD_PIVOT], side).x
    assert project(right_hand, side).depth > project(REST[Joint.LEFT_WRIST], side).depth
    other = camera_for(View.SIDE, mirrored=True)
    assert project(REST[Joint.NOSE], other).x < project(REST[Joint.HEAD_PIVOT], other).x
    assert camera_for(View.THREE_QUARTER, BodySide.LEFT) == camera_for(
        View.THREE_QUARTER, BodySide.RIGHT, mirrored=True
    )


def test_the_three_quarter_view_shows_a_turn_of_the_head_and_depth() -> None:
    camera = camera_for(View.THREE_QUARTER)
    ahead = project(figure(BasePosture.SITTING)[Joint.NOSE], camera)
    left = project(figure(BasePosture.SITTING, neck_rotation=-45)[Joint.NOSE], camera)
    right = project(figure(BasePosture.SITTING, neck_rotation=45)[Joint.NOSE], camera)
    assert abs(left.x - ahead.x) > 0.02 and abs(right.x - ahead.x) > 0.02
    assert left.x != pytest.approx(right.x, abs=0.02)
    floor_near, floor_far = project(Vec3(0, 0, 0.5), camera), project(Vec3(0, 0, -0.5), camera)
    assert floor_near.y < floor_far.y  # seen from a little above
    assert floor_near.depth > floor_far.depth
