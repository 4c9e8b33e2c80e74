"""The figure's body: segment lengths of an average adult, as fractions of standing height.

Lengths and heights are Drillis and Contini's fractions of body height H (Drillis & Contini 1966,
as given in Winter, Biomechanics and Motor Control of Human Movement, 4th ed. 2009, figure 4.1;
source key WIN in resources/sources.json). Heights are of a person standing: shoulder (acromion)
0.818 H, chin 0.870 H, eyes 0.936 H, hip (greater trochanter) 0.530 H, knee 0.285 H, ankle
0.039 H. The figure's joints are put at those landmarks, so its standing heights match the table:
the shoulder joints at shoulder height, the hip joints at hip height, the wrists at 0.486 H
(table 0.485 H) and the fingertips at 0.378 H (table 0.377 H).

What the table does not give is Coach's choice, marked "product choice" below: where the waist
bends, how far apart the hip joints are, where the heel and the face are. Drillis and Contini's
fractions come from a population they did not describe in detail; they are an average figure for
a picture, not a measurement of anyone.
"""

from dataclasses import dataclass

# Fractions of standing height H (WIN, figure 4.1).
SHOULDER_HEIGHT = 0.818
CHIN_HEIGHT = 0.870
EYE_HEIGHT = 0.936
HIP_HEIGHT = 0.530
KNEE_HEIGHT = 0.285
ANKLE_HEIGHT = 0.039
UPPER_ARM = 0.186  # shoulder to elbow
FOREARM = 0.146  # elbow to wrist
HAND = 0.108  # wrist to fingertip
THIGH = 0.245  # hip to knee
SHANK = 0.246  # knee to ankle
FOOT_LENGTH = 0.152
FOOT_WIDTH = 0.055
SHOULDER_WIDTH = 0.259  # acromion to acromion
CHEST_WIDTH = 0.174
HIP_WIDTH = 0.191  # across the greater trochanters
HEAD_HEIGHT = 1.0 - CHIN_HEIGHT  # chin to the top of the head: 0.130 H
TRUNK = SHOULDER_HEIGHT - HIP_HEIGHT  # hip joints to shoulder line: 0.288 H
NECK = CHIN_HEIGHT - SHOULDER_HEIGHT  # shoulder line to chin level: 0.052 H

# Product choices (no table gives them).
AVERAGE_HEIGHT_M = 1.70  # between the average adult man and woman
WAIST_FRACTION = 0.5  # the upper back bends halfway up the trunk
HIP_JOINT_SPACING = 0.13  # the table's hip width less the femoral necks
HEEL_FRACTION = 0.25  # of the foot's length behind the ankle


@dataclass(frozen=True)
class Skeleton:
    """The figure's bone lengths in metres. Every pose keeps them (tests check it)."""

    height: float
    trunk: float  # hip joints' midpoint to the neck's base, at shoulder level
    waist: float  # hip joints' midpoint to where the upper back bends
    neck: float  # neck's base to the head's pivot, at chin level
    head_height: float  # chin to the top of the head
    upper_arm: float
    forearm: float
    hand: float
    thigh: float
    shank: float
    ankle_height: float
    foot_length: float
    heel_back: float  # ankle to the back of the heel, along the foot
    shoulder_width: float  # between the shoulder joints
    hip_joint_spacing: float  # between the hip joints
    hip_width: float  # across the hips, for an outline
    chest_width: float  # for an outline
    foot_width: float  # for an outline

    @classmethod
    def for_height(cls, height: float) -> "Skeleton":
        """An average adult of this standing height (metres), scaled from the table."""
        if not 0.5 <= height <= 2.5:
            raise ValueError(f"a height of {height} m is not an adult's")
        return cls(
            height=height,
            trunk=TRUNK * height,
            waist=TRUNK * WAIST_FRACTION * height,
            neck=NECK * height,
            head_height=HEAD_HEIGHT * height,
            upper_arm=UPPER_ARM * height,
            forearm=FOREARM * height,
            hand=HAND * height,
            thigh=THIGH * height,
            shank=SHANK * height,
            ankle_height=ANKLE_HEIGHT * height,
            foot_length=FOOT_LENGTH * height,
            heel_back=FOOT_LENGTH * HEEL_FRACTION * height,
            shoulder_width=SHOULDER_WIDTH * height,
            hip_joint_spacing=HIP_JOINT_SPACING * height,
            hip_width=HIP_WIDTH * height,
            chest_width=CHEST_WIDTH * height,
            foot_width=FOOT_WIDTH * height,
        )

    @property
    def knee_height(self) -> float:
        """Floor to knee joint with the shin upright and the foot flat (the sitting hip height)."""
        return self.shank + self.ankle_height

    @property
    def clavicle(self) -> float:
        """Neck's base to a shoulder joint (the shoulder-blade segment of the figure)."""
        return self.shoulder_width / 2


AVERAGE_ADULT = Skeleton.for_height(AVERAGE_HEIGHT_M)
