"""The figure model: a human figure whose joint positions follow from joint angles, so that every
exercise can be animated, mirrored per side and drawn from any view (issue 19).

Pure Python (no Qt, no numpy); the only file it reads is the range-of-motion table, through
`load_range_of_motion(path)`. The parts, each documented in its module:

- `angles`: `Pose` (joint angles in degrees, slides in cm, and a `BasePosture`), the sign
  conventions (+ flexion forward; + side bend and + rotation towards the figure's right),
  `mirrored` and `blend`;
- `anthropometry`: `Skeleton`, bone lengths of an average adult from Drillis and Contini's
  fractions of height (Winter 2009, figure 4.1);
- `bases`: the base postures (standing, sitting, kneeling on all fours, lying) with their
  trunk pitch, contact and neutral pose;
- `figure`: `forward_kinematics(pose) -> Figure`, joint positions in metres with x to the
  figure's right, y up and z forward, and `BONES`;
- `views`: `View`, `Camera` and `project`, the picture of a 3D point from the front, back,
  side or three-quarter view;
- `limits`: `RangeOfMotion`, the normal ranges of resources/pose/range_of_motion.json;
- `props`: chair, wall, doorway, bands and mat as outlines in the same space;
- `motion`: an exercise's `Motion` (keyframes, view, base, props, moving parts), `parse_motion`
  and `pose_at`, with the directions a renderer draws as arrows.
"""

from coach.domain.pose.angles import (
    ANGLE_NAMES,
    BasePosture,
    BodyPart,
    BodySide,
    Pose,
    blend,
    mirrored,
)
from coach.domain.pose.anthropometry import AVERAGE_ADULT, Skeleton
from coach.domain.pose.bases import neutral_pose, pose_from_angles
from coach.domain.pose.figure import BONES, Bone, Figure, Joint, Segment, forward_kinematics
from coach.domain.pose.geometry import Rotation, Vec3
from coach.domain.pose.limits import (
    RANGE_OF_MOTION_FILE,
    JointLimit,
    RangeOfMotion,
    RangeOfMotionError,
    load_range_of_motion,
    parse_range_of_motion,
)
from coach.domain.pose.motion import (
    AngleDirection,
    JointTravel,
    Keyframe,
    Motion,
    MotionError,
    angle_directions,
    cycle_poses,
    hold_phase,
    joint_travel,
    key_poses,
    parse_motion,
    pose_at,
)
from coach.domain.pose.props import PropKind, PropShape, prop_shapes
from coach.domain.pose.views import Camera, Projected, View, camera_for, project

__all__ = [
    "ANGLE_NAMES",
    "AVERAGE_ADULT",
    "BONES",
    "RANGE_OF_MOTION_FILE",
    "AngleDirection",
    "BasePosture",
    "BodyPart",
    "BodySide",
    "Bone",
    "Camera",
    "Figure",
    "Joint",
    "JointLimit",
    "JointTravel",
    "Keyframe",
    "Motion",
    "MotionError",
    "Pose",
    "Projected",
    "PropKind",
    "PropShape",
    "RangeOfMotion",
    "RangeOfMotionError",
    "Rotation",
    "Segment",
    "Skeleton",
    "Vec3",
    "View",
    "angle_directions",
    "blend",
    "camera_for",
    "cycle_poses",
    "forward_kinematics",
    "hold_phase",
    "joint_travel",
    "key_poses",
    "load_range_of_motion",
    "mirrored",
    "neutral_pose",
    "parse_motion",
    "parse_range_of_motion",
    "pose_at",
    "pose_from_angles",
    "project",
    "prop_shapes",
]
