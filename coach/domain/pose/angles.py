"""A pose: the joint angles of the figure, with one sign convention for all of them.

A `Pose` is a value: every angle in degrees (a name ending in `_cm` is a slide in centimetres)
and the base posture (standing, sitting on a chair, kneeling on all fours, lying on the back).
An angle left out is 0, the anatomical neutral; `coach.domain.pose.bases.neutral_pose` gives
a base posture's own neutral instead (sitting has its hips and knees bent).

Sign conventions (the figure's own left and right, whatever the view):

Head and neck (the head relative to the upper back):
- `neck_flexion`: + bends the head forward (chin to chest), - bends it back (extension).
- `neck_side_bend`: + tilts the head towards the figure's right shoulder, - to the left.
- `neck_rotation`: + turns the face to the figure's right, - to the left. (One rule for side
  bends and rotations everywhere: + is towards the figure's right.)
- `head_retraction_cm`: + slides the head straight back (a chin tuck: the double chin), - pokes
  the chin forward (protraction). The head keeps its orientation; the neck tilts back to let it
  slide (exact with the other neck angles at 0, close to it otherwise).
The head's orientation relative to the upper back is turn, then tilt, then nod about the head's
own axes (rotation, side bend, flexion as intrinsic rotations), as exercises are cued: "turn your
head halfway to the left, then bend it forward". The neck segment takes half of each angle, so
it curves between the upper back and the head.

Upper back (`thoracic_*`: the thorax relative to the pelvis, bending at the waist):
- `thoracic_flexion`: + rounds forward, - arches back (extension).
- `thoracic_side_bend`: + towards the figure's right, - left.
- `thoracic_rotation`: + turns the chest to the figure's right, - left. Same order as the head.

Each side (`left_` and `right_`), every + meaning the same movement on both sides:
- `shoulder_blade_elevation_cm`: + lifts the shoulder (a shrug), - lowers it; the shoulder joint
  moves by that many centimetres.
- `shoulder_blade_retraction_cm`: + draws the shoulder back towards the spine (a squeeze), -
  brings it forward (protraction).
- `shoulder_flexion`: + lifts the arm forward (180 overhead), - takes it back (extension).
- `shoulder_abduction`: + lifts the arm out to the side; - crosses it in front of the body.
  Applied after flexion, about the flexed arm's own axis: with the arm forward (flexion 90),
  abduction swings it horizontally out to the side (90) and behind the shoulder (more than 90),
  and a negative value reaches across the body.
- `shoulder_rotation`: + external (with the elbow bent the hand swings outward), - internal.
- `elbow_flexion`: + bends the elbow (0 straight).
- `forearm_pronation`: + turns the palm down/back (pronation), - up/forward (supination). 0 is
  the mid-position, thumb forward and palm towards the thigh with the arm at the side (the
  goniometric zero), which is also how the figure stands at rest.
- `wrist_extension`: + bends the hand back towards its back, - towards the palm (flexion).
- `hip_flexion`: + lifts the thigh forward (90 when sitting), - takes it back (extension).
- `knee_flexion`: + bends the knee (0 straight).
- `ankle_dorsiflexion`: + lifts the toes towards the shin, - points them (plantar flexion).

`mirrored` swaps left and right and negates every side bend and rotation: the mirror image of a
pose, which is how the other side of a per-side exercise is shown.
"""

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from typing import Any


class BasePosture(StrEnum):
    """Where the figure is: what holds it up (floor, seat, mat) and how its trunk is set."""

    STANDING = "standing"  # feet flat on the floor
    SITTING = "sitting"  # on a chair, thighs on the seat, feet on the floor
    KNEELING = "kneeling"  # on all fours on a mat: knees and hands down
    LYING = "lying"  # on the back on a mat, face up


class BodySide(StrEnum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> "BodySide":
        return BodySide.RIGHT if self is BodySide.LEFT else BodySide.LEFT


class BodyPart(StrEnum):
    """The parts a renderer highlights and an exercise's motion lists as moving."""

    HEAD = "head"
    NECK = "neck"
    UPPER_BACK = "upper_back"
    SHOULDER_BLADES = "shoulder_blades"
    ARMS = "arms"
    HIPS = "hips"
    LEGS = "legs"


@dataclass(frozen=True)
class Pose:
    """Joint angles in degrees (`_cm`: centimetres) and the base posture; see the module."""

    base: BasePosture = BasePosture.STANDING
    neck_flexion: float = 0.0
    neck_side_bend: float = 0.0
    neck_rotation: float = 0.0
    head_retraction_cm: float = 0.0
    thoracic_flexion: float = 0.0
    thoracic_side_bend: float = 0.0
    thoracic_rotation: float = 0.0
    left_shoulder_blade_elevation_cm: float = 0.0
    left_shoulder_blade_retraction_cm: float = 0.0
    left_shoulder_flexion: float = 0.0
    left_shoulder_abduction: float = 0.0
    left_shoulder_rotation: float = 0.0
    left_elbow_flexion: float = 0.0
    left_forearm_pronation: float = 0.0
    left_wrist_extension: float = 0.0
    left_hip_flexion: float = 0.0
    left_knee_flexion: float = 0.0
    left_ankle_dorsiflexion: float = 0.0
    right_shoulder_blade_elevation_cm: float = 0.0
    right_shoulder_blade_retraction_cm: float = 0.0
    right_shoulder_flexion: float = 0.0
    right_shoulder_abduction: float = 0.0
    right_shoulder_rotation: float = 0.0
    right_elbow_flexion: float = 0.0
    right_forearm_pronation: float = 0.0
    right_wrist_extension: float = 0.0
    right_hip_flexion: float = 0.0
    right_knee_flexion: float = 0.0
    right_ankle_dorsiflexion: float = 0.0

    def angle(self, name: str) -> float:
        """The value of the angle called `name` (one of ANGLE_NAMES)."""
        if name not in _ANGLE_SET:
            raise KeyError(name)
        value: float = getattr(self, name)
        return value

    def angles(self) -> dict[str, float]:
        """Every angle by name, in ANGLE_NAMES order."""
        return {name: getattr(self, name) for name in ANGLE_NAMES}

    def with_angles(self, angles: Mapping[str, float]) -> "Pose":
        """This pose with the given angles changed; raises KeyError for an unknown name."""
        unknown = [name for name in angles if name not in _ANGLE_SET]
        if unknown:
            raise KeyError(unknown[0])
        changes: dict[str, Any] = {name: float(value) for name, value in angles.items()}
        return replace(self, **changes)


ANGLE_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Pose) if f.name != "base")
_ANGLE_SET = frozenset(ANGLE_NAMES)

# The angles each side has, without the side's prefix (the range-of-motion table uses these).
SIDED_ANGLES: tuple[str, ...] = tuple(
    name.removeprefix("left_") for name in ANGLE_NAMES if name.startswith("left_")
)
SPINE_ANGLES: tuple[str, ...] = tuple(
    n for n in ANGLE_NAMES if not n.startswith(("left_", "right_"))
)
# Negated by `mirrored`: what points to one side.
LATERAL_ANGLES = frozenset(
    ("neck_side_bend", "neck_rotation", "thoracic_side_bend", "thoracic_rotation")
)


def unit_of(angle: str) -> str:
    """The unit of an angle's values: "cm" for a slide, "degrees" for a rotation."""
    return "cm" if angle.endswith("_cm") else "degrees"


def unsided(angle: str) -> str:
    """The angle's name without "left_" or "right_" ("shoulder_flexion")."""
    return angle.removeprefix("left_").removeprefix("right_")


def side_of(angle: str) -> BodySide | None:
    """The side an angle belongs to, or None for the head, neck and spine."""
    if angle.startswith("left_"):
        return BodySide.LEFT
    if angle.startswith("right_"):
        return BodySide.RIGHT
    return None


_PARTS_BY_UNSIDED: Mapping[str, tuple[BodyPart, ...]] = {
    "neck_flexion": (BodyPart.HEAD, BodyPart.NECK),
    "neck_side_bend": (BodyPart.HEAD, BodyPart.NECK),
    "neck_rotation": (BodyPart.HEAD, BodyPart.NECK),
    "head_retraction_cm": (BodyPart.HEAD, BodyPart.NECK),
    "thoracic_flexion": (BodyPart.UPPER_BACK,),
    "thoracic_side_bend": (BodyPart.UPPER_BACK,),
    "thoracic_rotation": (BodyPart.UPPER_BACK,),
    "shoulder_blade_elevation_cm": (BodyPart.SHOULDER_BLADES,),
    "shoulder_blade_retraction_cm": (BodyPart.SHOULDER_BLADES,),
    "shoulder_flexion": (BodyPart.ARMS,),
    "shoulder_abduction": (BodyPart.ARMS,),
    "shoulder_rotation": (BodyPart.ARMS,),
    "elbow_flexion": (BodyPart.ARMS,),
    "forearm_pronation": (BodyPart.ARMS,),
    "wrist_extension": (BodyPart.ARMS,),
    "hip_flexion": (BodyPart.HIPS, BodyPart.LEGS),
    "knee_flexion": (BodyPart.LEGS,),
    "ankle_dorsiflexion": (BodyPart.LEGS,),
}


def parts_of(angle: str) -> tuple[BodyPart, ...]:
    """The body parts a change of this angle moves (the head goes with the neck's angles)."""
    return _PARTS_BY_UNSIDED[unsided(angle)]


def mirrored(pose: Pose) -> Pose:
    """The mirror image: left and right swapped, side bends and rotations negated."""
    values: dict[str, float] = {}
    for name in ANGLE_NAMES:
        value = getattr(pose, name)
        if name.startswith("left_"):
            values["right_" + name.removeprefix("left_")] = value
        elif name.startswith("right_"):
            values["left_" + name.removeprefix("right_")] = value
        elif name in LATERAL_ANGLES:
            values[name] = -value
        else:
            values[name] = value
    return Pose(pose.base, **values)


def blend(start: Pose, end: Pose, fraction: float) -> Pose:
    """The pose `fraction` of the way from `start` to `end`, angle by angle (0 gives `start`).
    Both must have the same base posture: a figure does not blend from sitting to kneeling."""
    if start.base is not end.base:
        raise ValueError(f"cannot blend a {start.base} pose with a {end.base} pose")
    values: dict[str, float] = {}
    for name in ANGLE_NAMES:
        a, b = getattr(start, name), getattr(end, name)
        values[name] = a if a == b else a + (b - a) * fraction
    return Pose(start.base, **values)


def changed_angles(start: Pose, end: Pose) -> tuple[str, ...]:
    """The names of the angles that differ between two poses, in ANGLE_NAMES order."""
    return tuple(name for name in ANGLE_NAMES if getattr(start, name) != getattr(end, name))
