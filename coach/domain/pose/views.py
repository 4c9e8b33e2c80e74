"""Views of the figure: where the viewer stands, and the projection of 3D points onto a picture.

The projection is orthographic (no perspective: sizes do not change with distance, so bones keep
their proportions). A `Camera` stands at an azimuth around the figure (0 in front of it, 90 at
its right side, 180 behind it, -90 at its left side) and looks slightly down by its elevation. A
projected point has x to the viewer's right and y up, both in metres (a renderer scales them and
flips y for the screen), and a depth that grows towards the viewer: draw the far parts first.

The views an exercise chooses from:
- front: the viewer faces the figure (the figure's right hand is on the viewer's left);
- back: the viewer behind it;
- side: from the figure's right (it faces the viewer's right) or its left;
- three_quarter: from in front and 35 degrees to one side, a little above (12 degrees), so that
  a turn of the head or the chest reads as a turn, and depth as depth.
A per-side exercise shows its other side mirrored, and its view with it: `camera_for(...,
mirrored=True)` stands on the other side.
"""

import math
from dataclasses import dataclass
from enum import StrEnum

from coach.domain.pose.angles import BodySide
from coach.domain.pose.geometry import Vec3

THREE_QUARTER_AZIMUTH = 35.0
THREE_QUARTER_ELEVATION = 12.0


class View(StrEnum):
    FRONT = "front"
    BACK = "back"
    SIDE = "side"
    THREE_QUARTER = "three_quarter"


@dataclass(frozen=True)
class Camera:
    azimuth: float  # degrees around the figure: 0 front, 90 its right, 180 back, -90 its left
    elevation: float = 0.0  # degrees the viewer looks down from above


@dataclass(frozen=True, slots=True)
class Projected:
    x: float  # metres to the viewer's right
    y: float  # metres up
    depth: float  # metres towards the viewer (larger is nearer)


def camera_for(view: View, side: BodySide = BodySide.RIGHT, mirrored: bool = False) -> Camera:
    """The camera of a view; `side` is the figure's side the viewer stands on (side and
    three_quarter views), swapped when `mirrored` (the other side of a per-side exercise)."""
    if mirrored:
        side = side.other
    towards = 1.0 if side is BodySide.RIGHT else -1.0
    if view is View.FRONT:
        return Camera(0.0)
    if view is View.BACK:
        return Camera(180.0)
    if view is View.SIDE:
        return Camera(90.0 * towards)
    return Camera(THREE_QUARTER_AZIMUTH * towards, THREE_QUARTER_ELEVATION)


def project(point: Vec3, camera: Camera) -> Projected:
    """Where `point` appears in the picture taken by `camera`."""
    azimuth = math.radians(camera.azimuth)
    elevation = math.radians(camera.elevation)
    across = -point.x * math.cos(azimuth) + point.z * math.sin(azimuth)
    towards = point.x * math.sin(azimuth) + point.z * math.cos(azimuth)
    return Projected(
        across,
        point.y * math.cos(elevation) - towards * math.sin(elevation),
        towards * math.cos(elevation) + point.y * math.sin(elevation),
    )
