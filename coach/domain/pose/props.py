"""Props in the figure's space: chair, wall, doorway, band and mat as simple 3D outlines.

Each prop is a few `PropShape`s, polygons or lines of `Vec3` points in the same metres and axes
as the figure (`coach.domain.pose.figure`), so a renderer projects them with the same camera and
sorts them by depth with the limbs. The room's props stand where the base posture puts the figure
at rest and do not follow the body; a band's ends follow the hands.

Sizes are fractions of the figure's height (product choices; an average chair, door and mat):
- chair: the seat under the sitting figure's hips (`figure.seat_height`, about 0.40 m), 0.25 H
  deep and 0.27 H wide, a back rising 0.30 H above the seat (a high back, as CUH's seated
  extension asks), four legs;
- wall: behind a standing figure, 0.12 H behind its heels' line, for exercises done against it;
- doorway: an opening 0.52 H wide (about 0.9 m) and 1.2 H high in a wall just in front of the
  standing figure's shoulders, drawn as the wall on either side and above the opening;
- mat: 1.05 H long and 0.36 H wide (a yoga mat) on the floor under the pelvis;
- band: a line between the hands (held in both, as in a pull-apart);
- anchored_band: its middle fixed in front at chest height, an end in each hand (a band row).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from coach.domain.pose.angles import BasePosture, BodySide
from coach.domain.pose.bases import neutral_pose
from coach.domain.pose.figure import (
    Figure,
    Joint,
    forward_kinematics,
    mat_height,
    seat_height,
)
from coach.domain.pose.geometry import Vec3


class PropKind(StrEnum):
    CHAIR = "chair"
    WALL = "wall"
    DOORWAY = "doorway"
    BAND = "band"
    ANCHORED_BAND = "anchored_band"
    MAT = "mat"


@dataclass(frozen=True)
class PropShape:
    """One outline of a prop: a polygon when `closed` (a seat, a wall), else a line."""

    kind: PropKind
    name: str  # "seat", "backrest", "leg", "wall", "jamb", "lintel", "mat", "band"
    points: tuple[Vec3, ...]
    closed: bool


def prop_shapes(kinds: Iterable[PropKind], figure: Figure) -> tuple[PropShape, ...]:
    """The outlines of the props around `figure` (its skeleton and base place the room's props,
    its hands hold the bands)."""
    shapes: list[PropShape] = []
    for kind in kinds:
        shapes.extend(_BUILDERS[kind](figure))
    return tuple(shapes)


def _rectangle_xz(
    kind: PropKind, name: str, y: float, x: tuple[float, float], z: tuple[float, float]
) -> PropShape:
    """A horizontal rectangle at height y."""
    (x0, x1), (z0, z1) = x, z
    corners = (Vec3(x0, y, z0), Vec3(x1, y, z0), Vec3(x1, y, z1), Vec3(x0, y, z1))
    return PropShape(kind, name, corners, True)


def _rectangle_xy(
    kind: PropKind, name: str, z: float, x: tuple[float, float], y: tuple[float, float]
) -> PropShape:
    """An upright rectangle facing the figure's front or back, at depth z."""
    (x0, x1), (y0, y1) = x, y
    corners = (Vec3(x0, y0, z), Vec3(x1, y0, z), Vec3(x1, y1, z), Vec3(x0, y1, z))
    return PropShape(kind, name, corners, True)


def _chair(figure: Figure) -> list[PropShape]:
    h = figure.skeleton.height
    seat = seat_height(figure.skeleton)
    half_width = 0.135 * h
    back_z, front_z = -0.08 * h, 0.17 * h
    shapes = [
        _rectangle_xz(PropKind.CHAIR, "seat", seat, (-half_width, half_width), (back_z, front_z)),
        _rectangle_xy(
            PropKind.CHAIR, "backrest", back_z, (-half_width, half_width), (seat, seat + 0.30 * h)
        ),
    ]
    for x in (-half_width, half_width):
        for z in (back_z, front_z):
            shapes.append(
                PropShape(PropKind.CHAIR, "leg", (Vec3(x, seat, z), Vec3(x, 0.0, z)), False)
            )
    return shapes


def _wall(figure: Figure) -> list[PropShape]:
    h = figure.skeleton.height
    z = -figure.skeleton.heel_back - 0.12 * h
    return [_rectangle_xy(PropKind.WALL, "wall", z, (-0.45 * h, 0.45 * h), (0.0, 1.3 * h))]


def _doorway(figure: Figure) -> list[PropShape]:
    h = figure.skeleton.height
    z = 0.02 * h  # just in front of the shoulders at rest, where the forearms rest on it
    half_opening, outer, top, ceiling = 0.26 * h, 0.5 * h, 1.2 * h, 1.4 * h
    return [
        _rectangle_xy(PropKind.DOORWAY, "jamb", z, (-outer, -half_opening), (0.0, ceiling)),
        _rectangle_xy(PropKind.DOORWAY, "jamb", z, (half_opening, outer), (0.0, ceiling)),
        _rectangle_xy(PropKind.DOORWAY, "lintel", z, (-half_opening, half_opening), (top, ceiling)),
    ]


def _mat(figure: Figure) -> list[PropShape]:
    h = figure.skeleton.height
    rest = forward_kinematics(neutral_pose(figure.pose.base), figure.skeleton)
    middle = rest[Joint.PELVIS].z + 0.05 * h
    return [
        _rectangle_xz(
            PropKind.MAT,
            "mat",
            mat_height(figure.skeleton),
            (-0.18 * h, 0.18 * h),
            (middle - 0.525 * h, middle + 0.525 * h),
        )
    ]


def _grip(figure: Figure, side: BodySide) -> Vec3:
    """Where a hand holds a band: halfway along the hand."""
    wrist, tip = figure[Joint.of(side, "wrist")], figure[Joint.of(side, "hand_tip")]
    return (wrist + tip).scaled(0.5)


def _band(figure: Figure) -> list[PropShape]:
    ends = (_grip(figure, BodySide.LEFT), _grip(figure, BodySide.RIGHT))
    return [PropShape(PropKind.BAND, "band", ends, False)]


def _anchored_band(figure: Figure) -> list[PropShape]:
    h = figure.skeleton.height
    base = figure.pose.base
    rest = forward_kinematics(neutral_pose(base), figure.skeleton)
    chest = rest[Joint.NECK_BASE].y - 0.1 * h
    forward = 0.7 * h if base is not BasePosture.LYING else 0.0
    anchor = Vec3(0.0, chest, rest[Joint.PELVIS].z + forward)
    return [
        PropShape(PropKind.ANCHORED_BAND, "band", (anchor, _grip(figure, side)), False)
        for side in BodySide
    ]


_BUILDERS = {
    PropKind.CHAIR: _chair,
    PropKind.WALL: _wall,
    PropKind.DOORWAY: _doorway,
    PropKind.BAND: _band,
    PropKind.ANCHORED_BAND: _anchored_band,
    PropKind.MAT: _mat,
}
