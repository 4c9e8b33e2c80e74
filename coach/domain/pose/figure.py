"""Forward kinematics: where every joint of the figure is for a pose, in metres.

The space: x to the figure's right, y up, z forward (the way an upright figure faces), right-
handed; the floor is y = 0 and the figure's midline is x = 0. The pelvis (the hip joints'
midpoint) is the root; each segment hangs from its parent with the pose's angles applied as
rotations of the parent's frame (`coach.domain.pose.angles` gives the conventions), then the base
posture's contact places the whole figure in the room (`coach.domain.pose.bases`). Only rotations
and one translation are applied, so every bone keeps its length in every pose.

A `Figure` holds each `Joint`'s position and each `Segment`'s frame: the rotation from the
segment's own axes (x to the figure's right, y up, z forward, as when standing at rest: the trunk,
neck and head rise along +y, the limbs hang along -y from their joint) to the room's. A renderer
draws limbs between joints and orients the head, hands and feet by their frames; `BONES` lists
what joins what and which body part it is.
"""

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from coach.domain.pose.angles import BodyPart, BodySide, Pose
from coach.domain.pose.anthropometry import AVERAGE_ADULT, Skeleton
from coach.domain.pose.bases import LAYOUTS, Contact
from coach.domain.pose.geometry import ORIGIN, Rotation, Vec3, about_x, about_y, about_z

MAT_THICKNESS = 0.006  # of the height (about 1 cm): where kneeling and lying rest
STANCE_TOLERANCE = 0.005  # of the height: feet this close to the lowest both stand
PITCH_AGREEMENT = 10.0  # degrees: feet (thighs) this close in pitch can both stand (kneel)
SEAT_BELOW_HIPS = 0.05  # of the height: the seat under the hip joints when sitting
# The head's landmarks in its own frame, as fractions of the height from the head's pivot (at
# chin level on the neck's axis; product choice, the table gives heights only).
HEAD_CENTER = (0.0, 0.065, 0.01)
HEAD_TOP = (0.0, 0.130, 0.0)
CHIN = (0.0, 0.0, 0.05)
NOSE = (0.0, 0.045, 0.075)
EYES = (0.0, 0.066, 0.055)  # between the eyes, at the table's eye height


class Joint(StrEnum):
    PELVIS = "pelvis"  # the hip joints' midpoint: the root
    WAIST = "waist"  # where the upper back bends
    NECK_BASE = "neck_base"  # on the shoulder line
    HEAD_PIVOT = "head_pivot"  # top of the neck, at chin level
    HEAD_CENTER = "head_center"
    HEAD_TOP = "head_top"
    CHIN = "chin"
    NOSE = "nose"
    EYES = "eyes"
    LEFT_SHOULDER = "left_shoulder"
    LEFT_ELBOW = "left_elbow"
    LEFT_WRIST = "left_wrist"
    LEFT_HAND_TIP = "left_hand_tip"
    LEFT_HIP = "left_hip"
    LEFT_KNEE = "left_knee"
    LEFT_ANKLE = "left_ankle"
    LEFT_HEEL = "left_heel"
    LEFT_TOE = "left_toe"
    RIGHT_SHOULDER = "right_shoulder"
    RIGHT_ELBOW = "right_elbow"
    RIGHT_WRIST = "right_wrist"
    RIGHT_HAND_TIP = "right_hand_tip"
    RIGHT_HIP = "right_hip"
    RIGHT_KNEE = "right_knee"
    RIGHT_ANKLE = "right_ankle"
    RIGHT_HEEL = "right_heel"
    RIGHT_TOE = "right_toe"

    @classmethod
    def of(cls, side: BodySide, name: str) -> "Joint":
        """A side's joint by its name without the side: `Joint.of(BodySide.LEFT, "wrist")`."""
        return cls(f"{side}_{name}")

    @property
    def side(self) -> BodySide | None:
        prefix = self.value.split("_", 1)[0]
        return BodySide(prefix) if prefix in ("left", "right") else None

    @property
    def mirror(self) -> "Joint":
        """The same joint on the other side (itself on the midline)."""
        side = self.side
        if side is None:
            return self
        return Joint(side.other + self.value.removeprefix(side))


class Segment(StrEnum):
    """The rigid parts whose frames a Figure gives."""

    PELVIS = "pelvis"
    THORAX = "thorax"
    NECK = "neck"
    HEAD = "head"
    LEFT_UPPER_ARM = "left_upper_arm"
    LEFT_FOREARM = "left_forearm"  # turned with the forearm's pronation
    LEFT_HAND = "left_hand"  # the back of the hand faces outward: -x (the right's: +x)
    LEFT_THIGH = "left_thigh"
    LEFT_SHANK = "left_shank"
    LEFT_FOOT = "left_foot"
    RIGHT_UPPER_ARM = "right_upper_arm"
    RIGHT_FOREARM = "right_forearm"
    RIGHT_HAND = "right_hand"
    RIGHT_THIGH = "right_thigh"
    RIGHT_SHANK = "right_shank"
    RIGHT_FOOT = "right_foot"

    @classmethod
    def of_side(cls, side: BodySide, name: str) -> "Segment":
        """A side's segment by its name without the side: `Segment.of_side(LEFT, "hand")`."""
        return cls(f"{side}_{name}")


class Bone(NamedTuple):
    """Two joints a renderer joins, and the body part the bone belongs to."""

    start: Joint
    end: Joint
    part: BodyPart


def _sided_bones(side: BodySide) -> list[Bone]:
    def j(name: str) -> Joint:
        return Joint.of(side, name)

    return [
        Bone(Joint.NECK_BASE, j("shoulder"), BodyPart.SHOULDER_BLADES),
        Bone(j("shoulder"), j("elbow"), BodyPart.ARMS),
        Bone(j("elbow"), j("wrist"), BodyPart.ARMS),
        Bone(j("wrist"), j("hand_tip"), BodyPart.ARMS),
        Bone(Joint.PELVIS, j("hip"), BodyPart.HIPS),
        Bone(j("hip"), j("knee"), BodyPart.LEGS),
        Bone(j("knee"), j("ankle"), BodyPart.LEGS),
        Bone(j("ankle"), j("heel"), BodyPart.LEGS),
        Bone(j("ankle"), j("toe"), BodyPart.LEGS),
        Bone(j("heel"), j("toe"), BodyPart.LEGS),
    ]


BONES: tuple[Bone, ...] = (
    Bone(Joint.PELVIS, Joint.WAIST, BodyPart.HIPS),
    Bone(Joint.WAIST, Joint.NECK_BASE, BodyPart.UPPER_BACK),
    Bone(Joint.NECK_BASE, Joint.HEAD_PIVOT, BodyPart.NECK),
    Bone(Joint.HEAD_PIVOT, Joint.HEAD_CENTER, BodyPart.HEAD),
    Bone(Joint.HEAD_PIVOT, Joint.HEAD_TOP, BodyPart.HEAD),
    Bone(Joint.HEAD_PIVOT, Joint.CHIN, BodyPart.HEAD),
    Bone(Joint.HEAD_PIVOT, Joint.NOSE, BodyPart.HEAD),
    Bone(Joint.HEAD_PIVOT, Joint.EYES, BodyPart.HEAD),
    *_sided_bones(BodySide.LEFT),
    *_sided_bones(BodySide.RIGHT),
)

_JOINT_INDEX = {joint: index for index, joint in enumerate(Joint)}
_SEGMENT_INDEX = {segment: index for index, segment in enumerate(Segment)}


@dataclass(frozen=True)
class Figure:
    """The joints' positions and the segments' frames of one pose (see the module)."""

    pose: Pose
    skeleton: Skeleton
    positions: tuple[Vec3, ...]  # in Joint order
    frames: tuple[Rotation, ...]  # in Segment order

    def __getitem__(self, joint: Joint) -> Vec3:
        return self.positions[_JOINT_INDEX[joint]]

    def frame(self, segment: Segment) -> Rotation:
        return self.frames[_SEGMENT_INDEX[segment]]

    def items(self) -> Iterator[tuple[Joint, Vec3]]:
        return zip(Joint, self.positions, strict=True)


def forward_kinematics(pose: Pose, skeleton: Skeleton = AVERAGE_ADULT) -> Figure:
    """Where every joint is for `pose`, placed in the room by its base posture's contact."""
    layout = LAYOUTS[pose.base]
    positions, frames = _chain(pose, skeleton, about_x(layout.trunk_pitch))
    if layout.contact is Contact.FEET_FLAT:
        positions, frames = _stand_on_feet(positions, frames, skeleton)
    elif layout.contact is Contact.KNEES:
        positions, frames = _kneel_on_thighs(positions, frames, skeleton)
    else:
        lift = _lift(layout.contact, positions, skeleton)
        positions = {joint: point + lift for joint, point in positions.items()}
    return Figure(
        pose,
        skeleton,
        tuple(positions[joint] for joint in Joint),
        tuple(frames[segment] for segment in Segment),
    )


def _chain(
    pose: Pose, skeleton: Skeleton, pelvis: Rotation
) -> tuple[dict[Joint, Vec3], dict[Segment, Rotation]]:
    """Every joint and frame with the pelvis at the origin, tipped by `pelvis`."""
    height = skeleton.height
    at: dict[Joint, Vec3] = {Joint.PELVIS: ORIGIN}
    frames: dict[Segment, Rotation] = {Segment.PELVIS: pelvis}
    at[Joint.WAIST] = pelvis.apply(Vec3(0.0, skeleton.waist, 0.0))
    thorax = pelvis @ _spine(pose.thoracic_rotation, pose.thoracic_side_bend, pose.thoracic_flexion)
    frames[Segment.THORAX] = thorax
    at[Joint.NECK_BASE] = at[Joint.WAIST] + thorax.apply(
        Vec3(0.0, skeleton.trunk - skeleton.waist, 0.0)
    )

    # The neck takes half of the head's turn, tilt and nod, and tilts back for a retraction.
    retraction = max(-0.95, min(0.95, pose.head_retraction_cm / 100.0 / skeleton.neck))
    tilt_back = _degrees_asin(retraction)
    neck = (
        thorax
        @ about_x(-tilt_back)
        @ _spine(pose.neck_rotation / 2, pose.neck_side_bend / 2, pose.neck_flexion / 2)
    )
    head = thorax @ _spine(pose.neck_rotation, pose.neck_side_bend, pose.neck_flexion)
    frames[Segment.NECK] = neck
    frames[Segment.HEAD] = head
    pivot = at[Joint.NECK_BASE] + neck.apply(Vec3(0.0, skeleton.neck, 0.0))
    at[Joint.HEAD_PIVOT] = pivot
    for joint, offset in (
        (Joint.HEAD_CENTER, HEAD_CENTER),
        (Joint.HEAD_TOP, HEAD_TOP),
        (Joint.CHIN, CHIN),
        (Joint.NOSE, NOSE),
        (Joint.EYES, EYES),
    ):
        at[joint] = pivot + head.apply(Vec3(*offset).scaled(height))

    for side in BodySide:
        _arm(pose, skeleton, side, thorax, at, frames)
        _leg(pose, skeleton, side, pelvis, at, frames)
    return at, frames


def _arm(
    pose: Pose,
    skeleton: Skeleton,
    side: BodySide,
    thorax: Rotation,
    at: dict[Joint, Vec3],
    frames: dict[Segment, Rotation],
) -> None:
    sign = 1.0 if side is BodySide.RIGHT else -1.0  # +x is the right side's outward

    def angle(name: str) -> float:
        return pose.angle(f"{side}_{name}")

    # The shoulder blade: the shoulder joint rises and draws back by the given centimetres,
    # swinging about the neck's base so that the segment keeps its length.
    length = skeleton.clavicle
    rise = _clamped(angle("shoulder_blade_elevation_cm") / 100.0, length)
    back = _clamped(angle("shoulder_blade_retraction_cm") / 100.0, length)
    across = max(length * 0.1, (length * length - rise * rise - back * back) ** 0.5)
    clavicle_direction = Vec3(sign * across, rise, -back)
    shoulder = at[Joint.NECK_BASE] + thorax.apply(clavicle_direction)
    at[Joint.of(side, "shoulder")] = shoulder

    upper_arm = (
        thorax
        @ about_x(-angle("shoulder_flexion"))
        @ about_z(sign * angle("shoulder_abduction"))
        @ about_y(sign * angle("shoulder_rotation"))
    )
    elbow = shoulder + upper_arm.apply(Vec3(0.0, -skeleton.upper_arm, 0.0))
    forearm = (
        upper_arm @ about_x(-angle("elbow_flexion")) @ about_y(-sign * angle("forearm_pronation"))
    )
    wrist = elbow + forearm.apply(Vec3(0.0, -skeleton.forearm, 0.0))
    hand = forearm @ about_z(sign * angle("wrist_extension"))
    frames[Segment.of_side(side, "upper_arm")] = upper_arm
    frames[Segment.of_side(side, "forearm")] = forearm
    frames[Segment.of_side(side, "hand")] = hand
    at[Joint.of(side, "elbow")] = elbow
    at[Joint.of(side, "wrist")] = wrist
    at[Joint.of(side, "hand_tip")] = wrist + hand.apply(Vec3(0.0, -skeleton.hand, 0.0))


def _leg(
    pose: Pose,
    skeleton: Skeleton,
    side: BodySide,
    pelvis: Rotation,
    at: dict[Joint, Vec3],
    frames: dict[Segment, Rotation],
) -> None:
    sign = 1.0 if side is BodySide.RIGHT else -1.0

    def angle(name: str) -> float:
        return pose.angle(f"{side}_{name}")

    hip = pelvis.apply(Vec3(sign * skeleton.hip_joint_spacing / 2, 0.0, 0.0))
    thigh = pelvis @ about_x(-angle("hip_flexion"))
    knee = hip + thigh.apply(Vec3(0.0, -skeleton.thigh, 0.0))
    shank = thigh @ about_x(angle("knee_flexion"))
    ankle = knee + shank.apply(Vec3(0.0, -skeleton.shank, 0.0))
    foot = shank @ about_x(-angle("ankle_dorsiflexion"))
    toe_forward = skeleton.foot_length - skeleton.heel_back
    frames[Segment.of_side(side, "thigh")] = thigh
    frames[Segment.of_side(side, "shank")] = shank
    frames[Segment.of_side(side, "foot")] = foot
    at[Joint.of(side, "hip")] = hip
    at[Joint.of(side, "knee")] = knee
    at[Joint.of(side, "ankle")] = ankle
    at[Joint.of(side, "heel")] = ankle + foot.apply(
        Vec3(0.0, -skeleton.ankle_height, -skeleton.heel_back)
    )
    at[Joint.of(side, "toe")] = ankle + foot.apply(Vec3(0.0, -skeleton.ankle_height, toe_forward))


def _spine(rotation: float, side_bend: float, flexion: float) -> Rotation:
    """Turn, then tilt, then nod, about the segment's own axes (+ side bend: to the right)."""
    return about_y(rotation) @ about_z(-side_bend) @ about_x(flexion)


def _stand_on_feet(
    positions: dict[Joint, Vec3], frames: dict[Segment, Rotation], skeleton: Skeleton
) -> tuple[dict[Joint, Vec3], dict[Segment, Rotation]]:
    """Pivot the body so that the standing feet are flat (on average), then put their heels
    back where they stand at rest and their lowest point on the floor. A foot stands when,
    with the body leaning over the feet, it is as low as the lowest and tilted as the other
    (`_pivot`): a lifted or bent-back leg does not; both feet of a staggered stance do, leaning
    or not."""
    pitches = {}
    for side in BodySide:
        along = positions[Joint.of(side, "toe")] - positions[Joint.of(side, "heel")]
        pitches[side] = _degrees_atan2(along.y, along.z)
    feet = {side: (Joint.of(side, "heel"), Joint.of(side, "toe")) for side in BodySide}
    turn, standing = _pivot(positions, pitches, feet, STANCE_TOLERANCE * skeleton.height)
    turned = {joint: turn.apply(point) for joint, point in positions.items()}
    heels = [turned[Joint.of(side, "heel")] for side in standing]
    soles = [turned[joint] for side in standing for joint in feet[side]]
    shift = Vec3(
        0.0,
        -min(point.y for point in soles),
        -skeleton.heel_back - sum(heel.z for heel in heels) / len(heels),
    )
    return (
        {joint: point + shift for joint, point in turned.items()},
        {segment: turn @ frame for segment, frame in frames.items()},
    )


def _kneel_on_thighs(
    positions: dict[Joint, Vec3], frames: dict[Segment, Rotation], skeleton: Skeleton
) -> tuple[dict[Joint, Vec3], dict[Segment, Rotation]]:
    """Pivot the body so that the kneeling thighs are upright (on average), then put the
    kneeling knees back where they kneel at rest (under the hips) and the lowest on the mat. A
    knee kneels when, with the body pivoted, it is as low as the lowest and its thigh tilted as
    the other (`_pivot`): a leg lifted back does not. So on all fours the hips' angle tips the
    pelvis, not the thighs: bending both hips less than at rest tilts the pelvis back, as the
    cat's arch does."""
    pitches = {}
    for side in BodySide:
        thigh = positions[Joint.of(side, "hip")] - positions[Joint.of(side, "knee")]
        pitches[side] = -_degrees_atan2(thigh.z, thigh.y)
    knees = {side: (Joint.of(side, "knee"),) for side in BodySide}
    turn, kneeling = _pivot(positions, pitches, knees, STANCE_TOLERANCE * skeleton.height)
    turned = {joint: turn.apply(point) for joint, point in positions.items()}
    down = [turned[Joint.of(side, "knee")] for side in kneeling]
    shift = Vec3(
        0.0,
        MAT_THICKNESS * skeleton.height - min(knee.y for knee in down),
        -sum(knee.z for knee in down) / len(down),
    )
    return (
        {joint: point + shift for joint, point in turned.items()},
        {segment: turn @ frame for segment, frame in frames.items()},
    )


def _pivot(
    positions: dict[Joint, Vec3],
    pitches: Mapping[BodySide, float],
    contacts: Mapping[BodySide, tuple[Joint, ...]],
    tolerance: float,
) -> tuple[Rotation, tuple[BodySide, ...]]:
    """The turn about x that levels the supporting sides (by their average pitch, degrees),
    and which sides support: both when their pitches agree (within PITCH_AGREEMENT) and, once
    turned, both are as low as the lowest contact (within `tolerance`); else one side alone,
    the lower before turning first."""

    def low(side: BodySide, turn: Rotation) -> float:
        return min(turn.apply(positions[joint]).y for joint in contacts[side])

    level = about_x(0.0)
    singles = sorted(BodySide, key=lambda side: low(side, level))
    candidates: list[tuple[BodySide, ...]] = [(side,) for side in singles]
    if abs(pitches[BodySide.LEFT] - pitches[BodySide.RIGHT]) <= PITCH_AGREEMENT:
        candidates.insert(0, tuple(BodySide))
    for sides in candidates:
        turn = about_x(sum(pitches[side] for side in sides) / len(sides))
        lows = {side: low(side, turn) for side in BodySide}
        lowest = min(lows.values())
        if all(lows[side] <= lowest + tolerance for side in sides):
            return turn, sides
    return about_x(pitches[singles[0]]), (singles[0],)


def _lift(contact: Contact, positions: dict[Joint, Vec3], skeleton: Skeleton) -> Vec3:
    """How far up the figure goes from the pelvis at the origin to rest on its contact (the
    seat, or the heels on the mat)."""
    mat = MAT_THICKNESS * skeleton.height
    if contact is Contact.SEAT:
        return Vec3(0.0, skeleton.knee_height, 0.0)
    lowest = min(positions[Joint.of(side, "heel")].y for side in BodySide)
    return Vec3(0.0, mat - lowest, 0.0)


def seat_height(skeleton: Skeleton) -> float:
    """The chair's seat under a sitting figure (its hip joints are SEAT_BELOW_HIPS higher)."""
    return skeleton.knee_height - SEAT_BELOW_HIPS * skeleton.height


def mat_height(skeleton: Skeleton) -> float:
    """The top of the mat a kneeling or lying figure rests on."""
    return MAT_THICKNESS * skeleton.height


def _clamped(value: float, length: float) -> float:
    limit = 0.6 * length
    return max(-limit, min(limit, value))


def _degrees_asin(value: float) -> float:
    return math.degrees(math.asin(value))


def _degrees_atan2(y: float, x: float) -> float:
    return math.degrees(math.atan2(y, x))
