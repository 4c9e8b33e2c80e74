"""The arrows that show where a movement goes next (issue 19): for each stretch of a motion
between two keyframes, the path of the landmark that shows the movement best (the nose for a nod,
the crown for a tilt, the hand for an arm), made long enough to read and set off the body.

Worked out once per motion and side (FigureScene keeps them), so a frame only strokes them.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from coach.domain.pose import (
    BodyPart,
    BodySide,
    Figure,
    Joint,
    Motion,
    Pose,
    Skeleton,
    Vec3,
    blend,
    forward_kinematics,
    mirrored,
)
from coach.ui.widgets.figure_colours import FigureColours
from coach.ui.widgets.figure_geometry import (
    OUTLINE,
    Capsule,
    Point,
    Screen,
    add2,
    body_capsules,
    clearance,
    distance,
    path_length,
    pen,
    polygon,
    scale2,
    sub2,
    trimmed,
    unit2,
)

# Sizes as fractions of the figure's height.
ARROW_WIDTH = 0.012
ARROW_HEAD = 0.042
ARROW_MIN_LENGTH = 0.10  # a small movement (a chin tuck's 2.5 cm) still gets a readable arrow
ARROW_MAX_LENGTH = 0.30  # an arm's sweep gets a shorter arc beside it, not one round the picture
ARROW_ALIKE = 0.03  # paths this alike in shape (left and right seen from the side) ...
ARROW_NEAR = 0.15  # ... that start this close get one arrow
ARROW_SECONDARY = 0.5  # another part gets an arrow if it travels (in the room, not the picture:
# a mirror image foreshortened is the same movement) this share of the furthest one's way
ARROW_GAP = 0.05  # between the arrow and the part it is about
ARROW_ROOM = 0.012  # the clearance an arrow keeps from the body
ARROW_SAMPLES = 10  # points along a movement's path
ARROW_LIFT = 0.35  # how much nearer points of a path are drawn higher (see _lifted)
MAX_ARROWS = 2
ARROW_TURNS = (0, 45, -45, 90, -90, 135, -135, 180)  # degrees from "beyond the part", in order
# A group's first landmark carries its arrow if it travels this share of the furthest one's way
# (the nose rather than the crown for a nod; the crown for a tilt, where the nose hardly moves).
ARROW_PREFERENCE = 0.5

# For each moving part, the landmarks whose path may carry its arrow, in order of preference,
# and the joint the arrow is set away from.
MID_BACK = "mid_back"  # halfway up the upper back: where a rounding or arching shows best
ARROW_JOINTS: dict[str, tuple[tuple[str, ...], Joint]] = {
    "head": ((Joint.NOSE, Joint.HEAD_TOP, Joint.CHIN), Joint.HEAD_CENTER),
    "trunk": ((MID_BACK, Joint.NECK_BASE, Joint.LEFT_SHOULDER, Joint.RIGHT_SHOULDER), Joint.PELVIS),
    **{f"{side}_shoulder": ((Joint.of(side, "shoulder"),), Joint.NECK_BASE) for side in BodySide},
    **{
        f"{side}_arm": (
            tuple(Joint.of(side, n) for n in ("hand_tip", "wrist", "elbow")),
            Joint.of(side, "shoulder"),
        )
        for side in BodySide
    },
    **{
        f"{side}_leg": (
            tuple(Joint.of(side, n) for n in ("toe", "ankle", "knee")),
            Joint.of(side, "hip"),
        )
        for side in BodySide
    },
}


def landmark(figure: Figure, name: str) -> Vec3:
    """A joint's position, or MID_BACK's."""
    if name == MID_BACK:
        return (figure[Joint.WAIST] + figure[Joint.NECK_BASE]).scaled(0.5)
    return figure[Joint(name)]


def arrow_groups(moves: Sequence[BodyPart]) -> list[str]:
    """The ARROW_JOINTS groups of the moving parts (each side's limb is a group of its own)."""
    groups = []
    if BodyPart.HEAD in moves or BodyPart.NECK in moves:
        groups.append("head")
    if BodyPart.UPPER_BACK in moves:
        groups.append("trunk")
    for side in BodySide:
        if BodyPart.SHOULDER_BLADES in moves:
            groups.append(f"{side}_shoulder")
        if BodyPart.ARMS in moves:
            groups.append(f"{side}_arm")
        if BodyPart.LEGS in moves or BodyPart.HIPS in moves:
            groups.append(f"{side}_leg")
    return groups


@dataclass(frozen=True)
class Arrow:
    """A curved arrow in picture coordinates, drawn along `points` with its head at the last."""

    points: tuple[Point, ...]


@dataclass(frozen=True)
class Leg:
    """One stretch of the motion between two of its stops (keyframes) and the arrows along it."""

    start: float
    end: float
    arrows: tuple[Arrow, ...]


def motion_legs(
    motion: Motion, side: BodySide | None, screen: Screen, skeleton: Skeleton
) -> tuple[Leg, ...]:
    """The motion's stretches between stops, each with the arrows of the parts that move."""
    stops = [(frame.at, frame.pose) for frame in motion.keyframes]
    if not motion.hold:
        stops.append((1.0, motion.keyframes[0].pose))

    def sided(pose: Pose) -> Pose:
        return mirrored(pose) if side is BodySide.RIGHT else pose

    return tuple(
        Leg(start_at, end_at, leg_arrows(motion, sided(start), sided(end), screen, skeleton))
        for (start_at, start), (end_at, end) in pairwise(stops)
    )


def leg_arrows(
    motion: Motion, start: Pose, end: Pose, screen: Screen, skeleton: Skeleton
) -> tuple[Arrow, ...]:
    """The arrows from `start` to `end`: one for each moving part, the longest MAX_ARROWS."""
    if start == end:
        return ()
    figures = [
        forward_kinematics(blend(start, end, i / (ARROW_SAMPLES - 1)), skeleton)
        for i in range(ARROW_SAMPLES)
    ]
    h = skeleton.height
    middle = figures[ARROW_SAMPLES // 2]
    found: list[tuple[float, float, list[Point], Point]] = []
    for group in arrow_groups(motion.moves):
        joints, anchor = ARROW_JOINTS[group]
        paths = [[_lifted(screen, landmark(f, joint)) for f in figures] for joint in joints]
        lengths = [path_length(path) for path in paths]
        longest = max(lengths)
        if longest < 0.004 * h:
            continue
        index = next(i for i, n in enumerate(lengths) if n >= ARROW_PREFERENCE * longest)
        travel = sum(
            landmark(a, joints[index]).distance(landmark(b, joints[index]))
            for a, b in pairwise(figures)
        )
        found.append((lengths[index], travel, paths[index], screen.point(middle[anchor])))
    found.sort(key=lambda item: -item[0])
    most = max((travel for _, travel, _, _ in found), default=0.0)
    kept: list[tuple[list[Point], Point]] = []
    for _, travel, path, away_from in found:
        if travel < ARROW_SECONDARY * most:
            continue  # a part that moves much less than the main one gets no arrow of its own
        # Both legs or both arms seen from the side move along the same line: one arrow.
        if not any(_alike(path, other, h) for other, _ in kept):
            kept.append((path, away_from))
    body = body_capsules(figures[0], screen) + body_capsules(figures[-1], screen)
    return tuple(place_arrow(path, away_from, body, h) for path, away_from in kept[:MAX_ARROWS])


def _lifted(screen: Screen, point: Vec3) -> Point:
    """A point of an arrow's path in the picture, a little higher the nearer it is: a turn
    towards or away from the viewer (the nose in a head turn seen from the front) then draws
    a curve, as a circle drawn in perspective does, instead of a flat line."""
    x, y = screen.point(point)
    return (x, y + ARROW_LIFT * screen.depth(point))


def _alike(one: Sequence[Point], other: Sequence[Point], h: float) -> bool:
    """Whether two paths (of as many points) take the same shape, close to each other: a second
    arrow beside the first would say the same (the legs of a staggered stance from the side)."""
    if distance(one[0], other[0]) > ARROW_NEAR * h:
        return False
    shift = sub2(other[0], one[0])
    return all(
        distance(add2(a, shift), b) <= ARROW_ALIKE * h for a, b in zip(one, other, strict=True)
    )


def place_arrow(path: list[Point], anchor: Point, body: Sequence[Capsule], h: float) -> Arrow:
    """The arrow for a joint's path: at least ARROW_MIN_LENGTH long (scaled about its middle, so a
    curve stays a curve) and moved off the body: beyond the part (away from `anchor`) if that
    keeps clear of the `body`, else the nearest way round that does (or the clearest)."""
    length = path_length(path)
    middle = path[len(path) // 2]
    factor = min(max(1.0, ARROW_MIN_LENGTH * h / max(length, 1e-9)), ARROW_MAX_LENGTH * h / length)
    points = [add2(middle, scale2(sub2(p, middle), factor)) for p in path]
    chord = unit2(sub2(points[-1], points[0])) or (1.0, 0.0)
    outward = unit2(sub2(middle, anchor)) or (0.0, 1.0)
    half = length * factor / 2
    best: tuple[float, list[Point]] | None = None
    for gap in (ARROW_GAP * h, 2 * ARROW_GAP * h):
        for turn in ARROW_TURNS:
            c, s = math.cos(math.radians(turn)), math.sin(math.radians(turn))
            way = (outward[0] * c - outward[1] * s, outward[0] * s + outward[1] * c)
            along = abs(chord[0] * way[0] + chord[1] * way[1]) * half
            offset = scale2(way, gap + along)
            moved = [add2(p, offset) for p in points]
            room = min(clearance(p, body) for p in moved)
            if room >= ARROW_ROOM * h:
                return Arrow(tuple(moved))
            if best is None or room > best[0]:
                best = (room, moved)
    assert best is not None
    return Arrow(tuple(best[1]))


def draw_arrows(
    painter: QPainter,
    arrows: Sequence[Arrow],
    returning: bool,
    colours: FigureColours,
    h: float,
    scale: float,
) -> None:
    width = max(ARROW_WIDTH * h, 1.5 / scale)
    head_length = max(ARROW_HEAD * h, 5.0 / scale)
    halo = max(2 * OUTLINE * h, 1.5 / scale)
    for arrow in arrows:
        points = list(arrow.points[::-1] if returning else arrow.points)
        tip = points[-1]
        shaft = trimmed(points, head_length * 0.8)
        if len(shaft) < 2:
            continue
        direction = unit2(sub2(tip, shaft[-1]))
        if direction is None:
            continue
        normal = (-direction[1], direction[0])
        base = sub2(tip, scale2(direction, head_length))
        half = head_length * 0.62
        head = polygon([tip, add2(base, scale2(normal, half)), add2(base, scale2(normal, -half))])
        line = polygon(shaft)
        for colour, extra in ((colours.background, halo), (colours.arrow, 0.0)):
            painter.setPen(pen(colour, width + 2 * extra))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(line)
            painter.setPen(pen(colour, 2 * extra) if extra else Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(head)
