"""The base postures: how the figure's trunk is set, what it rests on, and its resting angles.

Each base posture has a trunk pitch (the pelvis tipped forward by that many degrees: 0 upright,
about 77 on all fours, -90 lying on the back), a contact that places the figure in the room, and a
neutral pose: the angles a keyframe leaves out take the base's neutral values, so a sitting
exercise only names what moves.

- standing: upright; the whole body pivots over the standing feet so that they stay flat
  (bending both ankles 15 degrees leans the body 15 degrees forward, as in the doorway stretch)
  and their heels stay where they are. A foot stands when it is as low as the lowest foot once
  the body leans over the feet: a leg lifted forward or bent back does not, and both feet of a
  staggered stance do (the front hip bent, the back hip straightened by as much).
- sitting: the pelvis stays on the chair's seat; hips and knees at 90 degrees, feet flat, hands
  resting on the thighs.
- kneeling (on all fours): knees on the mat under the hips, hands on the mat a little ahead of the
  shoulders, back nearly level. The trunk's pitch is worked out from the table's lengths so that
  both knees and wrists touch the mat; every angle stays within the normal ranges (the ankles
  point 50 degrees, the normal limit, with the shins rising 7 degrees so the toes rest on the mat).
  The body pivots over the kneeling thighs so that they stay upright under the hips, as standing
  pivots over the feet: bending both hips less than at rest tilts the pelvis back (the arch of a
  cat-camel), more tilts it forward (the dip); a leg lifted back does not kneel.
- lying: on the back, face up, heels on the mat.

All neutral poses are within the range-of-motion table (tests check it).
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from coach.domain.pose.angles import BasePosture, Pose
from coach.domain.pose.anthropometry import FOREARM, THIGH, TRUNK, UPPER_ARM


class Contact(StrEnum):
    """What holds the figure in place."""

    FEET_FLAT = "feet_flat"  # standing: both feet flat, heels kept where they are
    SEAT = "seat"  # sitting: the pelvis on the chair's seat
    KNEES = "knees"  # kneeling: the knees on the mat
    HEELS = "heels"  # lying: the heels on the mat


@dataclass(frozen=True)
class BaseLayout:
    posture: BasePosture
    trunk_pitch: float  # degrees the pelvis is tipped forward from upright
    contact: Contact
    neutral: Pose


ALL_FOURS_ARM_LEAN = 20.0  # degrees the arms lean forward from vertical, hands ahead of shoulders
# The pitch that puts the wrists on the mat when the thighs are vertical and the knees are down.
ALL_FOURS_TRUNK_PITCH = math.degrees(
    math.acos(((UPPER_ARM + FOREARM) * math.cos(math.radians(ALL_FOURS_ARM_LEAN)) - THIGH) / TRUNK)
)


def _both_sides(**angles: float) -> dict[str, float]:
    """The same angles for the left and the right ("hip_flexion" gives left_ and right_)."""
    return {f"{side}_{name}": value for name, value in angles.items() for side in ("left", "right")}


def _pose(base: BasePosture, angles: Mapping[str, float]) -> Pose:
    return Pose(base).with_angles(angles)


LAYOUTS: Mapping[BasePosture, BaseLayout] = {
    BasePosture.STANDING: BaseLayout(
        BasePosture.STANDING, 0.0, Contact.FEET_FLAT, Pose(BasePosture.STANDING)
    ),
    BasePosture.SITTING: BaseLayout(
        BasePosture.SITTING,
        0.0,
        Contact.SEAT,
        _pose(
            BasePosture.SITTING,
            _both_sides(
                hip_flexion=90.0,
                knee_flexion=90.0,
                shoulder_flexion=5.0,  # hands resting on the thighs, palms down
                elbow_flexion=70.0,
                forearm_pronation=80.0,
                wrist_extension=15.0,
            ),
        ),
    ),
    BasePosture.KNEELING: BaseLayout(
        BasePosture.KNEELING,
        ALL_FOURS_TRUNK_PITCH,
        Contact.KNEES,
        _pose(
            BasePosture.KNEELING,
            _both_sides(
                hip_flexion=ALL_FOURS_TRUNK_PITCH,  # thighs vertical
                knee_flexion=97.0,  # shins rising a little from the knees
                ankle_dorsiflexion=-50.0,  # toes on the mat
                shoulder_flexion=ALL_FOURS_TRUNK_PITCH + ALL_FOURS_ARM_LEAN,
                shoulder_rotation=-10.0,  # with the forearm's pronation: fingers forward
                forearm_pronation=80.0,
                wrist_extension=90.0 - ALL_FOURS_ARM_LEAN,  # hands flat on the mat
            ),
        ),
    ),
    BasePosture.LYING: BaseLayout(BasePosture.LYING, -90.0, Contact.HEELS, Pose(BasePosture.LYING)),
}


def neutral_pose(base: BasePosture) -> Pose:
    """The base posture's resting pose: what a keyframe's unnamed angles are."""
    return LAYOUTS[base].neutral


def pose_from_angles(base: BasePosture, angles: Mapping[str, float]) -> Pose:
    """The base's neutral pose with the given angles (by name) changed; KeyError if unknown."""
    return neutral_pose(base).with_angles(angles)
