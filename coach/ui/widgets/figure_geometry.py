"""The figure's body and the picture's geometry, for the figure's painter (figure_paint) and its
arrows (figure_arrows): the limbs as capsules with their radii, where the camera's axes point, the
visible part of the head's hair, and small helpers for points in the picture.

Sizes are fractions of the figure's height (product choices for a friendly, slightly sturdy figure:
the table in coach.domain.pose.anthropometry gives lengths and a few widths, not limb girths).
"""

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from coach.domain.pose import BodyPart, BodySide, Figure, Joint, Segment, Vec3

Point = tuple[float, float]  # a projected point: metres to the viewer's right, metres up

HEAD_RADIUS = 0.056  # across the head; along the head's up axis it is HEAD_LENGTH times that
HEAD_LENGTH = 1.14
OUTLINE = 0.0045  # the dark line around every part, which keeps overlapping limbs apart
CAP_RIM_POINTS = 18  # the hair's edge as a polygon (smooth enough at poster size)
CAP_OUTLINE_POINTS = 30


@dataclass(frozen=True)
class Limb:
    """A capsule between two joints: its radius (of the height) and the body part it shows."""

    start: Joint
    end: Joint
    radius: float
    parts: tuple[BodyPart, ...]


def _limbs(side: BodySide) -> list[Limb]:
    def j(name: str) -> Joint:
        return Joint.of(side, name)

    arms, legs = (BodyPart.ARMS,), (BodyPart.LEGS,)
    return [
        Limb(Joint.NECK_BASE, j("shoulder"), 0.028, (BodyPart.SHOULDER_BLADES,)),
        Limb(j("shoulder"), j("elbow"), 0.029, arms),
        Limb(j("elbow"), j("wrist"), 0.024, arms),
        Limb(j("wrist"), j("hand_tip"), 0.019, arms),
        Limb(j("hip"), j("knee"), 0.043, (BodyPart.LEGS, BodyPart.HIPS)),
        Limb(j("knee"), j("ankle"), 0.031, legs),
        Limb(j("heel"), j("toe"), 0.019, legs),  # raised by its radius: the sole on the floor
    ]


LIMBS: tuple[Limb, ...] = (
    Limb(Joint.NECK_BASE, Joint.HEAD_PIVOT, 0.029, (BodyPart.NECK,)),
    *_limbs(BodySide.LEFT),
    *_limbs(BodySide.RIGHT),
)

FEET = {Joint.of(side, "heel"): Segment.of_side(side, "foot") for side in BodySide}

HANDS = {Joint.of(side, "wrist"): Joint.of(side, "hand_tip") for side in BodySide}


@dataclass(frozen=True)
class Screen:
    """The camera's axes in the room: a point's picture is (p . right, p . up), its depth p . toward."""

    right: Vec3
    up: Vec3
    toward: Vec3

    def point(self, p: Vec3) -> Point:
        return (p.dot(self.right), p.dot(self.up))

    def depth(self, p: Vec3) -> float:
        return p.dot(self.toward)


@dataclass(frozen=True)
class Capsule:
    """A part of the body in the picture, for keeping arrows off it."""

    start: Point
    end: Point
    radius: float


def clearance(point: Point, body: Sequence[Capsule]) -> float:
    """How far `point` is outside the nearest capsule (negative inside)."""
    return min(segment_distance(point, c.start, c.end) - c.radius for c in body)


def segment_distance(p: Point, a: Point, b: Point) -> float:
    ab = sub2(b, a)
    span = ab[0] * ab[0] + ab[1] * ab[1]
    t = (
        0.0
        if span == 0
        else max(0.0, min(1.0, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / span))
    )
    return distance(p, (a[0] + ab[0] * t, a[1] + ab[1] * t))


def body_capsules(figure: Figure, screen: Screen) -> list[Capsule]:
    """The figure as capsules in the picture (limbs, torso, head), with their outlines."""
    h = figure.skeleton.height
    pad = 2 * OUTLINE * h

    def point(joint: Joint) -> Point:
        return screen.point(figure[joint])

    body = [Capsule(point(limb.start), point(limb.end), limb.radius * h + pad) for limb in LIMBS]
    body.append(Capsule(point(Joint.PELVIS), point(Joint.NECK_BASE), 0.085 * h + pad))
    head = point(Joint.HEAD_CENTER)
    body.append(Capsule(head, head, HEAD_RADIUS * HEAD_LENGTH * h + pad))
    return body


def visible_cap(direction: Vec3, half_angle: float, screen: Screen) -> list[Point]:
    """The picture of the part of a unit sphere within `half_angle` of `direction` that faces the
    viewer (the hair), as a polygon on the unit disk: its rim's visible arc, closed along the
    sphere's outline where the cap reaches it."""
    cos_a, sin_a = math.cos(math.radians(half_angle)), math.sin(math.radians(half_angle))
    helper = Vec3(1.0, 0.0, 0.0) if abs(direction.x) < 0.9 else Vec3(0.0, 1.0, 0.0)
    e1 = unit3(cross3(direction, helper))
    e2 = cross3(direction, e1)
    rim = []
    for i in range(CAP_RIM_POINTS):
        t = 2 * math.pi * i / CAP_RIM_POINTS
        p = (
            direction.scaled(cos_a)
            + e1.scaled(sin_a * math.cos(t))
            + e2.scaled(sin_a * math.sin(t))
        )
        rim.append((screen.point(p), screen.depth(p) >= 0.0))
    outline = []
    for i in range(CAP_OUTLINE_POINTS):
        t = 2 * math.pi * i / CAP_OUTLINE_POINTS
        p = screen.right.scaled(math.cos(t)) + screen.up.scaled(math.sin(t))
        outline.append(((math.cos(t), math.sin(t)), p.dot(direction) >= cos_a))
    seen = _run(rim)
    if len(seen) == len(rim):
        return seen
    if not seen:
        return []
    edge = _run(outline)
    if edge and distance(edge[-1], seen[-1]) < distance(edge[0], seen[-1]):
        edge.reverse()
    return seen + edge


def _run(points: list[tuple[Point, bool]]) -> list[Point]:
    """The points flagged True, in order around the loop from the start of their (one) run."""
    flags = [flag for _, flag in points]
    if all(flags):
        return [p for p, _ in points]
    if not any(flags):
        return []
    n = len(points)
    start = next(i for i in range(n) if flags[i] and not flags[i - 1])
    out = []
    for k in range(n):
        p, flag = points[(start + k) % n]
        if not flag:
            break
        out.append(p)
    return out


@functools.cache
def unit_disk() -> QPainterPath:
    """A circle of radius 1 about the origin: the head's outline before its shape is applied."""
    disk = QPainterPath()
    disk.addEllipse(QPointF(0.0, 0.0), 1.0, 1.0)
    return disk


def draw_capsule(
    painter: QPainter,
    start: Point,
    end: Point,
    radius: float,
    outline: float,
    fill: QColor,
    line: QColor,
) -> None:
    a, b = QPointF(*start), QPointF(*end)
    painter.setPen(pen(line, 2 * (radius + outline)))
    painter.drawLine(a, b)
    painter.setPen(pen(fill, 2 * radius))
    painter.drawLine(a, b)


def pen(colour: QColor, width: float) -> QPen:
    """A round-capped, round-joined pen: every stroke of the figure is soft-ended."""
    stroke = QPen(QBrush(colour), width)
    stroke.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroke.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return stroke


def smooth_closed(points: Sequence[Point]) -> QPainterPath:
    """A closed curve through the midpoints of `points`, bending at each point (rounded corners)."""
    n = len(points)
    mids = [
        ((points[i][0] + points[(i + 1) % n][0]) / 2, (points[i][1] + points[(i + 1) % n][1]) / 2)
        for i in range(n)
    ]
    path = QPainterPath(QPointF(*mids[-1]))
    for i in range(n):
        path.quadTo(QPointF(*points[i]), QPointF(*mids[i]))
    path.closeSubpath()
    return path


def polygon(points: Sequence[Point]) -> QPolygonF:
    """Points of the picture as a Qt polygon."""
    return QPolygonF([QPointF(x, y) for x, y in points])


def path_length(path: Sequence[Point]) -> float:
    """The length of a polyline."""
    return sum(distance(a, b) for a, b in pairwise(path))


def trimmed(path: Sequence[Point], cut: float) -> list[Point]:
    """`path` with its last `cut` metres taken off (where the arrow's head goes)."""
    points = list(path)
    while len(points) >= 2 and cut > 0:
        last = distance(points[-2], points[-1])
        if last > cut:
            points[-1] = towards(points[-1], points[-2], cut)
            return points
        cut -= last
        points.pop()
    return points


def distance(a: Point, b: Point) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def towards(a: Point, b: Point, length: float) -> Point:
    """`a` moved `length` towards `b` (not past it)."""
    d = distance(a, b)
    if d <= length or d == 0:
        return a
    t = length / d
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def add2(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def sub2(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def scale2(a: Point, factor: float) -> Point:
    return (a[0] * factor, a[1] * factor)


def unit2(a: Point) -> Point | None:
    n = math.hypot(*a)
    return (a[0] / n, a[1] / n) if n > 1e-12 else None


def unit3(v: Vec3) -> Vec3:
    return v.scaled(1.0 / v.length())


def cross3(a: Vec3, b: Vec3) -> Vec3:
    return Vec3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
