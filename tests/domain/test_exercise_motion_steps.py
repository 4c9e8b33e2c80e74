"""Each library exercise's motion shows what its steps, side cues and cautions say (issue 19's
clinical review): the direction of each side, the size of the movement (a stretch at mild
tension, a small dip, a little look up) and where the hands are. The checks every motion passes
(limits, bones, mirror images, contacts) are in test_exercise_motion.py."""

import math

import pytest

from coach.domain.pose import (
    AVERAGE_ADULT,
    BasePosture,
    BodyPart,
    BodySide,
    Figure,
    Joint,
    Motion,
    PropKind,
    Segment,
    Vec3,
    View,
    cycle_poses,
    forward_kinematics,
    key_poses,
    prop_shapes,
)
from coach.domain.pose.figure import mat_height
from tests.domain.test_exercise_motion import motion_of

LEFT = BodySide.LEFT


def keys(exercise_id: str, side: BodySide | None = LEFT) -> list[Figure]:
    """The figures of the key poses (the left side of a per-side exercise)."""
    exercise, motion = motion_of(exercise_id)
    return [
        forward_kinematics(pose)
        for pose in key_poses(motion, side if exercise.dosage.per_side else None)
    ]


def frames(exercise_id: str, count: int = 48) -> list[Figure]:
    exercise, motion = motion_of(exercise_id)
    side = LEFT if exercise.dosage.per_side else None
    return [forward_kinematics(pose) for pose in cycle_poses(motion, count, side)]


def grip(figure: Figure, side: BodySide) -> Vec3:
    return (figure[Joint.of(side, "wrist")] + figure[Joint.of(side, "hand_tip")]).scaled(0.5)


def moved(start: Figure, end: Figure, joint: Joint) -> Vec3:
    return end[joint] - start[joint]


def face(figure: Figure) -> Vec3:
    """Where the face points (the head's forward axis)."""
    return figure.frame(Segment.HEAD).axis_z()


def seat_edge(figure: Figure, motion: Motion) -> tuple[float, float]:
    """The seat's height and its side edge's distance from the midline."""
    seat = next(s for s in prop_shapes(motion.props, figure) if s.name == "seat")
    return seat.points[0].y, max(p.x for p in seat.points)


# The neck


def test_the_neck_forward_bend_lowers_the_chin_to_the_chest_with_the_back_tall() -> None:
    _, motion = motion_of("neck_forward_bend")
    assert motion.view is View.SIDE and set(motion.moves) == {BodyPart.HEAD, BodyPart.NECK}
    start, held = keys("neck_forward_bend")
    assert moved(start, held, Joint.CHIN).y < -0.03 and moved(start, held, Joint.CHIN).z < 0.03
    assert 25 <= held.pose.neck_flexion <= 40  # to mild tightness, not the 45 of the full range
    assert held[Joint.NECK_BASE] == start[Joint.NECK_BASE]  # no slump


def test_neck_rotation_turns_the_face_over_the_shoulder_chin_level_shoulders_still() -> None:
    _, motion = motion_of("neck_rotation")
    assert motion.view in (View.FRONT, View.THREE_QUARTER)  # a view where a face turn reads
    start, held = keys("neck_rotation")
    assert face(held).x < -0.7  # the left side: looking over the left shoulder
    assert abs(face(held).y) < 0.05  # chin level
    assert abs(moved(start, held, Joint.NOSE).y) < 0.02
    for shoulder in (Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER):
        assert held[shoulder] == start[shoulder]


def test_neck_side_bend_tilts_the_ear_to_the_shoulder_looking_ahead() -> None:
    _, motion = motion_of("neck_side_bend")
    assert motion.view is View.FRONT
    start, held = keys("neck_side_bend")
    assert moved(start, held, Joint.HEAD_TOP).x < -0.06  # left ear towards the left shoulder
    assert face(held).z > 0.99  # looking straight ahead
    for shoulder in (Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER):
        assert held[shoulder] == start[shoulder]  # shoulders down and still


def test_the_upper_trapezius_stretch_is_a_pure_side_bend_unlike_the_levator_stretch() -> None:
    _, motion = motion_of("upper_trapezius_stretch")
    assert motion.view is View.FRONT
    trapezius = keys("upper_trapezius_stretch")
    levator = keys("levator_scapulae_stretch")
    start, held = trapezius[0], trapezius[-1]
    assert moved(start, held, Joint.HEAD_TOP).x < -0.06  # ear towards the left shoulder
    assert face(held).z > 0.99  # looking forward ...
    assert (
        face(levator[-1]).x < -0.3 and face(levator[-1]).y < -0.3
    )  # ... the levator's turns and nods
    # The head tilts first; then the left hand rests on the head, on its far (right) side.
    assert trapezius[1].pose.neck_side_bend == held.pose.neck_side_bend
    assert grip(trapezius[1], LEFT).distance(grip(start, LEFT)) < 1e-9
    hand = grip(held, LEFT)
    assert hand.distance(held[Joint.HEAD_CENTER]) < 0.13
    assert hand.y > held[Joint.HEAD_CENTER].y
    # The right hand holds the seat's edge throughout, keeping that shoulder down.
    seat_y, edge = seat_edge(start, motion)
    for figure in frames("upper_trapezius_stretch"):
        wrist = figure[Joint.RIGHT_WRIST]
        assert wrist.y == pytest.approx(seat_y, abs=0.02) and wrist.x == pytest.approx(
            edge, abs=0.03
        )
    assert held.pose.right_shoulder_blade_elevation_cm < 0


# The upper back, sitting


def test_the_seated_forward_bend_curls_the_upper_back_chin_to_chest_not_down_to_the_shins() -> None:
    start, curled = keys("seated_forward_bend")[:2]
    assert curled.pose.neck_flexion >= 20 and 15 <= curled.pose.thoracic_flexion <= 30
    nose = curled[Joint.NOSE]
    assert nose.y < start[Joint.NOSE].y - 0.1
    assert nose.y > curled[Joint.LEFT_KNEE].y + 0.35  # far above the knees, let alone the shins
    # The hands rest on the thighs: at the same height, sliding a little towards the knees.
    for figure in frames("seated_forward_bend"):
        for side in BodySide:
            wrist = figure[Joint.of(side, "wrist")]
            assert wrist.y == pytest.approx(start[Joint.of(side, "wrist")].y, abs=0.012)
            assert figure[Joint.of(side, "hip")].z < wrist.z < figure[Joint.of(side, "knee")].z


def test_the_seated_extension_leans_back_over_a_high_chair_back_looking_up_a_little() -> None:
    _, motion = motion_of("seated_extension")
    start, arched = keys("seated_extension")[:2]
    backrest = next(s for s in prop_shapes(motion.props, start) if s.name == "backrest")
    assert max(p.y for p in backrest.points) > start[Joint.WAIST].y + 0.1  # a high back
    assert arched[Joint.NECK_BASE].z < start[Joint.NECK_BASE].z - 0.05  # the upper back arches
    assert arched.pose.neck_flexion == start.pose.neck_flexion  # the head goes with it, no more
    look_up = math.degrees(math.asin(face(arched).y))
    assert 10 <= look_up <= 25  # looking up only a little
    # Hands behind the head, elbows pointing forward, all through.
    for figure in frames("seated_extension"):
        for side in BodySide:
            assert grip(figure, side).distance(figure[Joint.HEAD_CENTER]) < 0.13
            assert grip(figure, side).z < figure[Joint.HEAD_CENTER].z
            assert figure[Joint.of(side, "elbow")].z > figure[Joint.NOSE].z


def test_the_seated_side_bend_leans_towards_the_hanging_arm_the_other_hand_on_the_hip() -> None:
    _, motion = motion_of("seated_side_bend")
    assert motion.view is View.FRONT
    start, leaning = keys("seated_side_bend")[:2]
    assert moved(start, leaning, Joint.NECK_BASE).x < -0.05  # to the left
    assert abs(moved(start, leaning, Joint.NECK_BASE).z) < 0.01  # straight to the side
    assert leaning.pose.thoracic_rotation == 0
    # The left hand slides down towards the floor; the right stays on the right hip.
    assert moved(start, leaning, Joint.LEFT_HAND_TIP).y < -0.05
    assert grip(leaning, BodySide.RIGHT).distance(grip(start, BodySide.RIGHT)) < 0.02
    assert grip(start, BodySide.RIGHT).x > start[Joint.RIGHT_HIP].x
    assert abs(grip(start, BodySide.RIGHT).y - start[Joint.PELVIS].y) < 0.2


def test_the_seated_rotation_turns_the_chest_left_right_hand_on_the_left_knee() -> None:
    _, motion = motion_of("seated_rotation")
    assert motion.view is View.THREE_QUARTER
    start, turned = keys("seated_rotation")
    # The chest turns to the left: the right shoulder comes forward, the left goes back.
    assert moved(start, turned, Joint.RIGHT_SHOULDER).z > 0.05
    assert moved(start, turned, Joint.LEFT_SHOULDER).z < -0.05
    assert turned[Joint.PELVIS] == start[Joint.PELVIS]  # hips face forward
    assert grip(turned, BodySide.RIGHT).distance(turned[Joint.LEFT_KNEE]) < 0.16
    # The left hand holds the chair back: at its plane, by its side edge.
    backrest = next(s for s in prop_shapes(motion.props, turned) if s.name == "backrest")
    hand = grip(turned, LEFT)
    assert abs(hand.z - backrest.points[0].z) < 0.05
    assert abs(abs(hand.x) - max(p.x for p in backrest.points)) < 0.05


# The shoulders


def test_the_shoulder_shrug_lifts_both_shoulders_towards_the_ears_head_still() -> None:
    start, held = keys("shoulder_shrug")
    for shoulder in (Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER):
        assert moved(start, held, shoulder).y > 0.04
    assert held[Joint.HEAD_CENTER] == start[Joint.HEAD_CENTER]


def test_the_shoulder_blade_squeeze_draws_the_shoulders_back_and_down() -> None:
    _, motion = motion_of("shoulder_blade_squeeze")
    assert motion.view is View.SIDE
    start, held = keys("shoulder_blade_squeeze")
    for side in BodySide:
        shoulder, elbow = Joint.of(side, "shoulder"), Joint.of(side, "elbow")
        assert moved(start, held, shoulder).z < -0.02 and moved(start, held, shoulder).y <= 0
        assert moved(start, held, elbow).z < -0.04  # elbows bent at the sides go back with them
        forearm = held[Joint.of(side, "wrist")] - held[elbow]
        assert abs(forearm.y) < 0.02  # forearms stay level
    assert held[Joint.NECK_BASE] == start[Joint.NECK_BASE]  # no chest pushed out


def test_shoulder_rolls_circle_up_back_down_and_forward() -> None:
    _, motion = motion_of("shoulder_rolls")
    assert motion.view is View.SIDE and len(motion.keyframes) >= 5
    path = [figure[Joint.RIGHT_SHOULDER] for figure in frames("shoulder_rolls", 60)]
    ys, zs = [p.y for p in path], [p.z for p in path]
    assert max(ys) - min(ys) > 0.04 and max(zs) - min(zs) > 0.03  # a real circle
    # Seen from the right (forward to the right, up), up at the front and back at the top is
    # anticlockwise: a backward roll.
    area = sum(a.z * b.y - b.z * a.y for a, b in zip(path, path[1:] + path[:1], strict=True)) / 2
    assert area > 0.0005
    top = path[ys.index(max(ys))]
    assert zs.index(max(zs)) < ys.index(max(ys)) < zs.index(min(zs))  # forward, up, then back
    assert top.z < path[0].z + 0.01
    head = [figure[Joint.HEAD_CENTER] for figure in frames("shoulder_rolls", 12)]
    assert all(point == head[0] for point in head)  # head still


def test_the_band_row_pulls_the_elbows_back_by_the_sides_from_arms_reaching_forward() -> None:
    _, motion = motion_of("band_row")
    assert PropKind.ANCHORED_BAND in motion.props and motion.view is View.SIDE
    reach, pulled = keys("band_row")[:2]
    anchor = next(s for s in prop_shapes(motion.props, reach) if s.name == "band").points[0]
    for side in BodySide:
        assert grip(reach, side).y == pytest.approx(anchor.y, abs=0.05)  # at chest height
        assert grip(reach, side).z > reach[Joint.of(side, "knee")].z
        elbow = pulled[Joint.of(side, "elbow")]
        assert elbow.z < pulled[Joint.NECK_BASE].z - 0.05  # elbows back past the trunk
        assert abs(elbow.x) < abs(pulled[Joint.of(side, "shoulder")].x) + 0.02  # by the sides
        assert pulled.pose.angle(f"{side}_shoulder_blade_elevation_cm") <= 0  # shoulders down


def test_the_band_pull_apart_spreads_the_hands_at_chest_height() -> None:
    _, motion = motion_of("band_pull_apart")
    assert PropKind.BAND in motion.props and motion.view is View.THREE_QUARTER
    start, apart = keys("band_pull_apart")[:2]
    width = AVERAGE_ADULT.shoulder_width
    assert grip(start, LEFT).distance(grip(start, BodySide.RIGHT)) == pytest.approx(width, abs=0.1)
    assert grip(apart, LEFT).distance(grip(apart, BodySide.RIGHT)) > 3 * width
    for figure in frames("band_pull_apart"):
        for side in BodySide:
            assert abs(grip(figure, side).y - figure[Joint.of(side, "shoulder")].y) < 0.12
            assert figure.pose.angle(f"{side}_shoulder_blade_elevation_cm") <= 0
    # The band ends in front of the chest, not through it.
    assert min(grip(apart, side).z for side in BodySide) > apart[Joint.NECK_BASE].z + 0.05


# Standing at the doorway and the wall


def test_the_doorway_stretch_leans_through_with_the_forearms_on_the_frame() -> None:
    _, motion = motion_of("doorway_chest_stretch")
    start, leaning = keys("doorway_chest_stretch")
    jambs = [s for s in prop_shapes(motion.props, start) if s.name == "jamb"]
    door_z = jambs[0].points[0].z
    opening = min(abs(p.x) for s in jambs for p in s.points)
    # One foot a small step ahead of the other.
    step = start[Joint.LEFT_HEEL].z - start[Joint.RIGHT_HEEL].z
    assert 0.1 < step < 0.3
    # The body leans forward a little, through the opening.
    assert 0.05 < moved(start, leaning, Joint.NECK_BASE).z < 0.2
    assert leaning[Joint.NOSE].z > door_z and abs(leaning[Joint.NOSE].x) < opening
    for figure in frames("doorway_chest_stretch"):
        for side in BodySide:
            elbow, wrist = figure[Joint.of(side, "elbow")], figure[Joint.of(side, "wrist")]
            assert elbow.y <= figure[Joint.of(side, "shoulder")].y + 0.005  # not above
            assert abs(elbow.x) > opening and abs(wrist.x) > opening  # on the frame ...
            for point in (elbow, wrist):
                assert door_z - 0.05 < point.z <= door_z  # ... resting on its near side
            assert wrist.y > elbow.y + 0.2  # forearms up


def test_the_wall_angel_slides_the_arms_up_from_shoulder_height() -> None:
    _, motion = motion_of("wall_angel")
    start, up = keys("wall_angel")[:2]
    assert start.pose.left_knee_flexion > 5  # knees soft
    wall_z = next(iter(prop_shapes(motion.props, start))).points[0].z
    for side in BodySide:
        elbow, wrist = Joint.of(side, "elbow"), Joint.of(side, "wrist")
        assert start[elbow].y == pytest.approx(start[Joint.of(side, "shoulder")].y, abs=0.05)
        assert start[wrist].y > start[elbow].y + 0.2  # elbows bent, hands up
        assert moved(start, up, wrist).y > 0.15  # slid up the wall
        assert up[wrist].z - wall_z < 0.2  # near the wall; it need not touch
    assert up[Joint.HEAD_CENTER] == start[Joint.HEAD_CENTER]  # head not forced back


# On all fours


def back_rise(figure: Figure) -> float:
    """How far the middle of the back (the waist) is above the line from hips to shoulders."""
    return figure[Joint.WAIST].y - (figure[Joint.PELVIS].y + figure[Joint.NECK_BASE].y) / 2


def test_cat_camel_rounds_the_back_up_and_makes_only_a_small_dip() -> None:
    _, motion = motion_of("cat_camel")
    assert motion.base is BasePosture.KNEELING
    assert motion.view is View.SIDE
    flat, rounded, dipped = keys("cat_camel")
    assert back_rise(rounded) - back_rise(flat) > 0.04  # rounds up towards the ceiling
    dip = back_rise(flat) - back_rise(dipped)
    assert 0.005 < dip < 0.03  # a gentle dip, smaller than the round
    assert rounded[Joint.HEAD_CENTER].y < flat[Joint.HEAD_CENTER].y - 0.05  # head drops
    assert 0.01 < dipped[Joint.HEAD_CENTER].y - flat[Joint.HEAD_CENTER].y < 0.08  # lifts a little
    for figure in (rounded, dipped):
        for side in BodySide:  # the hips stay over the knees
            assert figure[Joint.of(side, "hip")].z == pytest.approx(0.0, abs=1e-9)


def test_thread_the_needle_reaches_up_then_threads_the_arm_under_to_the_other_side() -> None:
    mat = mat_height(AVERAGE_ADULT)
    figures = keys("thread_the_needle")
    start = figures[0]
    # Left arm: up towards the ceiling, the chest turning to follow it ...
    up = max(figures, key=lambda f: f[Joint.LEFT_WRIST].y)
    assert up[Joint.LEFT_WRIST].y > up[Joint.LEFT_SHOULDER].y + 0.5
    assert abs(up[Joint.LEFT_WRIST].x - up[Joint.LEFT_SHOULDER].x) < 0.05
    assert up[Joint.LEFT_SHOULDER].y > start[Joint.LEFT_SHOULDER].y + 0.05
    assert face(up).x < -0.5  # eyes following the hand
    # ... then under the body to the right, not back towards the knees, the shoulder lowering.
    under = max(figures, key=lambda f: f[Joint.LEFT_WRIST].x)
    wrist = under[Joint.LEFT_WRIST]
    assert wrist.x > under[Joint.RIGHT_WRIST].x + 0.05 and wrist.y < mat + 0.05
    assert under[Joint.LEFT_KNEE].z + 0.3 < wrist.z < under[Joint.RIGHT_WRIST].z
    assert under[Joint.LEFT_HAND_TIP].x > wrist.x + 0.1  # the hand points to the right
    assert under[Joint.LEFT_SHOULDER].y < start[Joint.LEFT_SHOULDER].y - 0.15
    assert figures.index(up) < figures.index(under)
