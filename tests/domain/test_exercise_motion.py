"""Exercises' motions: every library exercise's within the limits, moving, mirrored per side and
resting on its floor, seat or mat without passing through its props; the two worked examples (chin
tuck, levator scapulae stretch) in detail; and the library's checks of a motion against its
exercise. What each exercise's movement shows, as its steps say, is in
test_exercise_motion_steps.py."""

import json
import shutil
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from coach.domain.exercises import (
    Exercise,
    LibraryError,
    load_library,
    parse_exercise,
    range_of_motion_path,
)
from coach.domain.pose import (
    AVERAGE_ADULT,
    BONES,
    BasePosture,
    BodyPart,
    BodySide,
    Figure,
    Joint,
    Motion,
    PropKind,
    PropShape,
    Vec3,
    View,
    cycle_poses,
    forward_kinematics,
    key_poses,
    mirrored,
    pose_at,
    prop_shapes,
)
from coach.domain.pose.figure import mat_height
from tests.domain.pose_strategies import RANGE_OF_MOTION
from tests.helpers import REPO_ROOT

EXERCISES = REPO_ROOT / "resources" / "exercises"
LIBRARY = load_library(EXERCISES)
WORKED_EXAMPLES = ("chin_tuck", "levator_scapulae_stretch")
EVERY_EXERCISE = tuple(exercise.id for exercise in LIBRARY.exercises)
PER_SIDE = tuple(e.id for e in LIBRARY.exercises if e.dosage.per_side)
FRAMES = 48  # poses across a cycle for the contact checks


def motion_of(exercise_id: str) -> tuple[Exercise, Motion]:
    exercise = LIBRARY.get(exercise_id)
    assert exercise is not None and exercise.motion is not None, exercise_id
    return exercise, exercise.motion


def largest_move(a: Figure, b: Figure) -> float:
    return max(a[joint].distance(b[joint]) for joint in Joint)


def sides_of(exercise: Exercise) -> tuple[BodySide | None, ...]:
    return (BodySide.LEFT, BodySide.RIGHT) if exercise.dosage.per_side else (None,)


def cycle_figures(motion: Motion, side: BodySide | None, count: int = FRAMES) -> list[Figure]:
    return [forward_kinematics(pose) for pose in cycle_poses(motion, count, side)]


def along_bones(figure: Figure, steps: int = 8) -> list[tuple[BodyPart, Joint, Vec3]]:
    """Points along every bone (with its body part and end joint), for collision checks."""
    points = []
    for bone in BONES:
        start, end = figure[bone.start], figure[bone.end]
        for index in range(steps + 1):
            points.append((bone.part, bone.end, start + (end - start).scaled(index / steps)))
    return points


def shape(figure: Figure, kind: PropKind, name: str) -> PropShape:
    return next(s for s in prop_shapes([kind], figure) if s.name == name)


def exercises_on(base: BasePosture) -> tuple[str, ...]:
    return tuple(e.id for e in LIBRARY.exercises if e.motion and e.motion.base is base)


def test_the_shipped_library_reads_its_motions_against_the_shipped_table() -> None:
    assert LIBRARY.problems == ()
    assert LIBRARY.range_of_motion == RANGE_OF_MOTION
    assert range_of_motion_path(EXERCISES) == REPO_ROOT / "resources" / "pose" / (
        "range_of_motion.json"
    )
    without_motion = [e.id for e in LIBRARY.exercises if e.motion is None]
    assert without_motion == []
    assert set(WORKED_EXAMPLES) <= set(EVERY_EXERCISE) and len(EVERY_EXERCISE) >= 19


@pytest.mark.parametrize("exercise_id", EVERY_EXERCISE)
def test_every_motion_stays_within_the_limits_and_visibly_moves(exercise_id: str) -> None:
    exercise, motion = motion_of(exercise_id)
    assert motion.base.value == exercise.position
    assert motion.hold == (exercise.dosage.hold_seconds > 0)
    for side in sides_of(exercise):
        for pose in (*key_poses(motion, side), *cycle_poses(motion, 12, side)):
            assert RANGE_OF_MOTION.violations(pose) == (), (exercise_id, side, pose)
        frames = [forward_kinematics(pose) for pose in cycle_poses(motion, 6, side)]
        # Each frame differs from the one before, and the held position from the start by
        # at least 2 cm somewhere (a chin tuck is a small movement).
        for before, after in pairwise(frames):
            assert largest_move(before, after) > 0.002, exercise_id
        # A hold ends in its position; a cycle comes back, so its farthest frame is compared.
        farthest = (
            frames[-1] if motion.hold else max(frames, key=lambda f: largest_move(frames[0], f))
        )
        assert largest_move(frames[0], farthest) > 0.02, exercise_id
        rest_lengths = [frames[0][b.start].distance(frames[0][b.end]) for b in BONES]
        for figure in frames:
            lengths = [figure[b.start].distance(figure[b.end]) for b in BONES]
            assert lengths == pytest.approx(rest_lengths, abs=1e-9)


def test_the_chin_tuck_slides_the_head_back_seen_from_the_side() -> None:
    exercise, motion = motion_of("chin_tuck")
    assert motion.view is View.SIDE and motion.base is BasePosture.SITTING
    assert motion.hold and exercise.dosage.hold_seconds > 0
    assert motion.props == (PropKind.CHAIR,)
    assert set(motion.moves) == {BodyPart.HEAD, BodyPart.NECK}
    start, held = (forward_kinematics(p) for p in key_poses(motion))
    assert held[Joint.CHIN].z - start[Joint.CHIN].z == pytest.approx(-0.025)
    assert abs(held[Joint.NOSE].y - start[Joint.NOSE].y) < 0.004  # looking ahead, not down
    assert held[Joint.RIGHT_WRIST] == start[Joint.RIGHT_WRIST]


def test_the_levator_stretch_turns_then_nods_towards_the_armpit_mirrored_per_side() -> None:
    exercise, motion = motion_of("levator_scapulae_stretch")
    assert exercise.dosage.per_side and motion.view is View.THREE_QUARTER
    assert set(motion.moves) == {BodyPart.HEAD, BodyPart.NECK}
    held_left = forward_kinematics(pose_at(motion, 1.0, BodySide.LEFT))
    held_right = forward_kinematics(pose_at(motion, 1.0, BodySide.RIGHT))
    start = forward_kinematics(pose_at(motion, 0.0, BodySide.LEFT))
    # Left side: the face turns to the left and down, towards the left armpit.
    nose = held_left[Joint.NOSE] - start[Joint.NOSE]
    assert nose.x < -0.03 and nose.y < -0.03
    assert held_left[Joint.EYES].x < held_left[Joint.HEAD_PIVOT].x
    # The right hand holds the seat's edge: the wrist at the seat, beside its edge.
    seat = next(s for s in prop_shapes(motion.props, start) if s.name == "seat")
    wrist = start[Joint.RIGHT_WRIST]
    assert wrist.y == pytest.approx(seat.points[0].y, abs=0.02)
    assert wrist.x == pytest.approx(max(p.x for p in seat.points), abs=0.03)
    # The right side is the left's mirror image, pose and picture alike.
    for phase in (0.0, 0.25, 0.5, 0.75, 1.0):
        left, right = pose_at(motion, phase, BodySide.LEFT), pose_at(motion, phase, BodySide.RIGHT)
        assert mirrored(left) == right
    for joint, point in held_left.items():
        assert held_right[joint.mirror] == pytest.approx(point.mirrored(), abs=1e-9)
    assert motion.camera(BodySide.RIGHT).azimuth == -motion.camera(BodySide.LEFT).azimuth != 0


def test_every_motion_keyframe_is_within_the_limits() -> None:
    for exercise in LIBRARY.exercises:
        if exercise.motion is None:
            continue
        for frame in exercise.motion.keyframes:
            assert RANGE_OF_MOTION.violations(frame.pose) == (), exercise.id
        assert exercise.motion.base.value == exercise.position


@pytest.mark.parametrize("exercise_id", PER_SIDE)
def test_every_per_side_motion_shows_the_right_side_as_the_lefts_mirror_image(
    exercise_id: str,
) -> None:
    _, motion = motion_of(exercise_id)
    for phase in (0.0, 0.2, 0.4, 0.5, 0.6, 0.8, 1.0):
        left, right = pose_at(motion, phase, BodySide.LEFT), pose_at(motion, phase, BodySide.RIGHT)
        assert mirrored(left) == right, (exercise_id, phase)
        left_figure, right_figure = forward_kinematics(left), forward_kinematics(right)
        for joint, point in left_figure.items():
            assert right_figure[joint.mirror].distance(point.mirrored()) < 1e-9
    held = 1.0 if motion.hold else 0.5
    assert pose_at(motion, held, BodySide.LEFT) != pose_at(motion, held, BodySide.RIGHT)
    left_camera, right_camera = motion.camera(BodySide.LEFT), motion.camera(BodySide.RIGHT)
    assert right_camera.azimuth == pytest.approx(-left_camera.azimuth)
    assert right_camera.elevation == left_camera.elevation


# Resting on the floor, the seat or the mat, and not passing through the props


@pytest.mark.parametrize(
    "exercise_id", exercises_on(BasePosture.STANDING) + exercises_on(BasePosture.SITTING)
)
def test_both_feet_stay_flat_on_the_floor_where_they_stand(exercise_id: str) -> None:
    exercise, motion = motion_of(exercise_id)
    for side in sides_of(exercise):
        frames = cycle_figures(motion, side)
        for figure in frames:
            for foot in BodySide:
                for part in ("heel", "toe"):
                    assert abs(figure[Joint.of(foot, part)].y) < 0.005, (exercise_id, foot, part)
                heel = Joint.of(foot, "heel")
                assert figure[heel].distance(frames[0][heel]) < 0.01, (exercise_id, foot)


@pytest.mark.parametrize("exercise_id", exercises_on(BasePosture.SITTING))
def test_a_sitting_figure_passes_neither_through_the_seat_nor_the_chair_back(
    exercise_id: str,
) -> None:
    exercise, motion = motion_of(exercise_id)
    assert PropKind.CHAIR in motion.props
    for side in sides_of(exercise):
        for figure in cycle_figures(motion, side):
            seat = shape(figure, PropKind.CHAIR, "seat").points
            back = shape(figure, PropKind.CHAIR, "backrest").points
            seat_y, back_z = seat[0].y, back[0].z
            half_width = max(p.x for p in seat)
            front_z, back_top = max(p.z for p in seat), max(p.y for p in back)
            for part, end, point in along_bones(figure):
                within = abs(point.x) < half_width
                # Nothing goes down through the seat (a hand holding its edge hangs beside it) ...
                assert not (within and back_z < point.z < front_z and point.y < seat_y - 0.005), (
                    exercise_id,
                    side,
                    end,
                )
                # ... or back through the chair back; the spine keeps the back's depth from it.
                if within and seat_y < point.y < back_top:
                    spine = end in (Joint.WAIST, Joint.NECK_BASE)
                    clearance = 0.06 if spine else 0.0
                    assert point.z > back_z + clearance, (exercise_id, side, end, part)


@pytest.mark.parametrize("exercise_id", exercises_on(BasePosture.KNEELING))
def test_on_all_fours_the_knees_and_the_supporting_hands_stay_on_the_mat(exercise_id: str) -> None:
    exercise, motion = motion_of(exercise_id)
    assert PropKind.MAT in motion.props
    mat = mat_height(AVERAGE_ADULT)
    for side in sides_of(exercise):
        frames = cycle_figures(motion, side)
        keys = [forward_kinematics(pose) for pose in key_poses(motion, side)]
        for hand in BodySide:
            wrist, tip = Joint.of(hand, "wrist"), Joint.of(hand, "hand_tip")
            supporting = all(abs(key[wrist].y - mat) < 0.015 for key in keys)
            for figure in frames:
                for knee in BodySide:
                    assert figure[Joint.of(knee, "knee")].y == pytest.approx(mat, abs=1e-9)
                for joint in (wrist, tip):
                    # No hand sinks into the mat; a supporting hand stays flat where it was put.
                    assert figure[joint].y > mat - 0.015, (exercise_id, side, joint)
                    if supporting:
                        assert figure[joint].y < mat + 0.015, (exercise_id, side, joint)
                if supporting:
                    slide = Vec3(figure[wrist].x - frames[0][wrist].x, 0.0, 0.0)
                    slide = slide + Vec3(0.0, 0.0, figure[wrist].z - frames[0][wrist].z)
                    assert slide.length() < 0.025, (exercise_id, side, hand)
        # At least one hand always bears the weight.
        assert any(
            all(abs(key[Joint.of(hand, "wrist")].y - mat) < 0.015 for key in keys)
            for hand in BodySide
        )


@pytest.mark.parametrize(
    "exercise_id",
    [e for e in exercises_on(BasePosture.STANDING) if PropKind.WALL in motion_of(e)[1].props],
)
def test_against_the_wall_the_back_is_close_to_it_and_nothing_passes_through(
    exercise_id: str,
) -> None:
    exercise, motion = motion_of(exercise_id)
    for side in sides_of(exercise):
        for figure in cycle_figures(motion, side):
            wall_z = shape(figure, PropKind.WALL, "wall").points[0].z
            for _, end, point in along_bones(figure):
                assert point.z > wall_z + 0.04, (exercise_id, end)
            for joint in (Joint.PELVIS, Joint.NECK_BASE):
                assert figure[joint].z - wall_z < 0.2, (exercise_id, joint)


# The library's checks


def chin_tuck_data(**motion_changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXERCISES / "chin_tuck.json").read_text(encoding="utf-8"))
    data["motion"].update(motion_changes)
    return data


def levator_data(**motion_changes: Any) -> dict[str, Any]:
    path = EXERCISES / "levator_scapulae_stretch.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    data["motion"].update(motion_changes)
    return data


def refused(file: str, data: dict[str, Any]) -> LibraryError:
    with pytest.raises(LibraryError) as caught:
        parse_exercise(file, data, EXERCISES, RANGE_OF_MOTION)
    return caught.value


def test_a_motion_problem_names_the_file_the_field_and_the_fix() -> None:
    data = chin_tuck_data()
    data["motion"]["keyframes"][1]["pose"] = {"neck_rotation": 95}
    error = refused("chin_tuck.json", data)
    assert error.file == "chin_tuck.json"
    assert error.field_path == "motion.keyframes[1].pose.neck_rotation"
    assert error.problem == (
        "95 is beyond the normal range -80 to 80 degrees (VAS); expected a value within it"
    )
    assert str(error).startswith("chin_tuck.json: motion.keyframes[1].pose.neck_rotation: 95")
    error = refused("chin_tuck.json", chin_tuck_data(keyframes="soon"))
    assert error.field_path == "motion.keyframes"
    assert refused("chin_tuck.json", {**chin_tuck_data(), "motion": 3}).field_path == "motion"


def test_a_motion_must_fit_its_exercise() -> None:
    error = refused("chin_tuck.json", chin_tuck_data(base="standing", props=[]))
    assert (error.field_path, error.problem) == (
        "motion.base",
        "must be sitting, the exercise's position",
    )
    cycle = chin_tuck_data(hold=False)
    del cycle["motion"]["move_seconds"]
    cycle["motion"]["keyframes"][1]["at"] = 0.5
    error = refused("chin_tuck.json", cycle)
    assert error.field_path == "motion.hold" and "hold_seconds above 0" in error.problem
    symmetric = levator_data(setup={})
    symmetric["motion"]["keyframes"] = [{"at": 0}, {"at": 1, "pose": {"neck_flexion": 30}}]
    error = refused("levator_scapulae_stretch.json", symmetric)
    assert error.field_path == "motion.keyframes" and "left side" in error.problem


def test_without_the_table_the_exercises_load_without_their_motion(tmp_path: Path) -> None:
    folder = tmp_path / "exercises"
    folder.mkdir()
    shutil.copy(EXERCISES / "chin_tuck.json", folder / "chin_tuck.json")
    library = load_library(folder)
    (chin_tuck,) = library.exercises
    assert chin_tuck.motion is None and library.range_of_motion is None
    assert [(p.file, p.field_path) for p in library.problems] == [
        ("range_of_motion.json", "(file)")
    ]
    with pytest.raises(LibraryError, match="range-of-motion table"):
        parse_exercise("chin_tuck.json", chin_tuck_data(), folder)
    # Given the table, or with it beside the folder, the motion is read.
    assert load_library(folder, RANGE_OF_MOTION).exercises[0].motion is not None
    (tmp_path / "pose").mkdir()
    shutil.copy(range_of_motion_path(EXERCISES), tmp_path / "pose")
    assert load_library(folder).exercises[0].motion == motion_of("chin_tuck")[1]
