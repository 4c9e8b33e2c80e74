"""One frame of the exercise figure, drawn (for figure_paint's FigureScene): the props, the
ghost of where the movement started, and the body far to near, each part a capsule, the torso a
tapered outline of its cross-sections and the head a sphere with hair, eyes, nose and ears, so that
a turn or a nod reads. The parts are also sorted into layers, so that a widget can keep the ones
that never move as pictures.
"""

import functools
import math
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform

from coach.domain.pose import BodyPart, Figure, Joint, Rotation, Segment, Vec3, prop_shapes
from coach.ui.widgets.figure_colours import FigureColours, mix
from coach.ui.widgets.figure_geometry import (
    FEET,
    HANDS,
    HEAD_LENGTH,
    HEAD_RADIUS,
    LIMBS,
    OUTLINE,
    Limb,
    Point,
    add2,
    draw_capsule,
    pen,
    polygon,
    scale2,
    smooth_closed,
    towards,
    unit3,
    unit_disk,
    visible_cap,
)

if TYPE_CHECKING:
    from coach.ui.widgets.figure_paint import FigureScene

FAR_SPAN = 0.2  # metres behind the body's middle at which a limb has faded fully
MIN_OUTLINE_PX = 0.75  # outlines never thinner than this, in pixels (thumbnails)
SHOULDER_DROP = (0.022, 0.012)  # the shoulder's capsule below the shoulder line: at the neck, out
# Hair: a cap on the back and top of the head (its direction in the head's frame, half-angle).
HAIR_DIRECTION = Vec3(0.0, 0.8, -0.6)
HAIR_HALF_ANGLE = 66.0
# Face and ears as directions from the head's centre, in the head's frame.
EYE_DIRECTIONS = (Vec3(-0.4, 0.16, 0.9), Vec3(0.4, 0.16, 0.9))
NOSE_DIRECTION = Vec3(0.0, -0.12, 1.0)
EAR_DIRECTIONS = (Vec3(-1.0, -0.05, -0.08), Vec3(1.0, -0.05, -0.08))

# The torso's cross-sections, bottom to top: (where, half-width, half-depth), as fractions of the
# height. "where" is a joint and how far along the trunk from it (in the segment's up axis).
TORSO_LEVELS: tuple[tuple[str, float, float, float], ...] = (
    ("pelvis", -0.050, 0.072, 0.050),
    ("pelvis", 0.0, 0.094, 0.062),
    ("waist", 0.0, 0.084, 0.056),
    ("chest", 0.0, 0.090, 0.068),
    ("neck_base", -0.012, 0.070, 0.056),
    ("neck_base", 0.012, 0.036, 0.036),
)


class Layer(StrEnum):
    """Parts of a frame, so that a widget can keep what does not move as pictures: the props,
    the ghost and the still parts behind everything that moves; the moving parts (and any
    still part among them); the still parts in front; the arrows on top."""

    ALL = "all"
    BACK = "back"
    MOVING = "moving"
    FRONT = "front"
    ARROWS = "arrows"


# The joints that place each of the body's parts: a part whose joints never move is still.
ITEM_JOINTS: dict[str, tuple[Joint, ...]] = {
    **{f"limb{index}": (limb.start, limb.end) for index, limb in enumerate(LIMBS)},
    "torso": (
        Joint.PELVIS,
        Joint.WAIST,
        Joint.NECK_BASE,
        Joint.LEFT_SHOULDER,
        Joint.RIGHT_SHOULDER,
        Joint.LEFT_HIP,
        Joint.RIGHT_HIP,
    ),
    "head": (Joint.HEAD_CENTER, Joint.HEAD_TOP, Joint.NOSE, Joint.CHIN, Joint.EYES),
}


def item_depths(depths: Mapping[Joint, float], shoulders_on_top: bool) -> dict[str, float]:
    """Where each part of the body goes in painter's order (bands aside): its middle's depth,
    the neck a little before the shoulders at the same depth and the head before both. When
    the shoulder blades are what moves (`shoulders_on_top`), each shoulder goes over its upper
    arm, like a deltoid, so that it shows from the side too."""
    order = {}
    for index, limb in enumerate(LIMBS):
        neck = limb.start is Joint.NECK_BASE and limb.end is Joint.HEAD_PIVOT
        order[f"limb{index}"] = (depths[limb.start] + depths[limb.end]) / 2 + (0.01 if neck else 0)
    for index, limb in enumerate(LIMBS):
        if not shoulders_on_top:
            break
        if limb.start is Joint.NECK_BASE and limb.end is not Joint.HEAD_PIVOT:
            arm = order[f"limb{index + 1}"]
            order[f"limb{index}"] = max(order[f"limb{index}"], arm + 0.001)
    order["torso"] = (depths[Joint.PELVIS] + depths[Joint.NECK_BASE]) / 2 - 0.001
    order["head"] = depths[Joint.HEAD_CENTER] + 0.03
    return order


def _layer_of(key: str, back: frozenset[str], front: frozenset[str]) -> Layer:
    return Layer.BACK if key in back else Layer.FRONT if key in front else Layer.MOVING


class FrameDrawing:
    """One frame's drawing: the projected joints and the parts in painter's order."""

    def __init__(
        self, scene: "FigureScene", figure: Figure, colours: FigureColours, scale: float
    ) -> None:
        self.scene = scene
        self.figure = figure
        self.colours = colours
        self.h = scene.skeleton.height
        self.outline = max(OUTLINE * self.h, MIN_OUTLINE_PX / scale)
        screen = scene.screen
        self.points = {joint: screen.point(p) for joint, p in figure.items()}
        self.depths = {joint: screen.depth(p) for joint, p in figure.items()}
        self.moves = frozenset(scene.motion.moves)

    def colour(self, key: str, parts: Sequence[BodyPart], depth: float) -> tuple[QColor, QColor]:
        """Fill and outline for a part at `depth`: the accent for a moving part, faded behind."""
        c = self.colours
        moving = self.moves.intersection(parts) and key not in self.scene.still
        fill, line = (c.accent, c.accent_line) if moving else (c.body, c.body_line)
        farness = min(1.0, max(0.0, (self.scene.middle_depth - depth) / FAR_SPAN))
        if farness > 0 and c.far_fade > 0:
            amount = c.far_fade * farness
            fill, line = mix(fill, c.background, amount), mix(line, c.background, amount)
        return fill, line

    def draw(
        self, painter: QPainter, ghost: Figure | None = None, layer: Layer = Layer.ALL
    ) -> None:
        """Draw `layer` of the frame (all of it: props, `ghost`, the body far to near)."""
        back, front = self.scene.layers if layer is not Layer.ALL else (frozenset(), frozenset())
        if layer in (Layer.ALL, Layer.BACK):
            self._props(painter)
            if ghost is not None:
                self.ghost(painter, ghost)
        depths = item_depths(self.depths, self.scene.shoulders_on_top)
        items: list[tuple[float, str, Callable[[QPainter], None]]] = []
        for index, limb in enumerate(LIMBS):
            depth = (self.depths[limb.start] + self.depths[limb.end]) / 2
            limb_draw = functools.partial(self._limb, limb=limb, key=f"limb{index}", depth=depth)
            items.append((depths[f"limb{index}"], f"limb{index}", limb_draw))
        torso = (self.depths[Joint.PELVIS] + self.depths[Joint.NECK_BASE]) / 2
        items.append((depths["torso"], "torso", functools.partial(self._torso, depth=torso)))
        head = self.depths[Joint.HEAD_CENTER]
        items.append((depths["head"], "head", functools.partial(self._head, depth=head)))
        for index, shape in enumerate(prop_shapes(self.scene.bands, self.figure)):
            points = [self.scene.screen.point(p) for p in shape.points]
            depth = sum(self.scene.screen.depth(p) for p in shape.points) / len(shape.points)
            items.append(
                (depth + 0.02, f"band{index}", functools.partial(self._band, points=points))
            )
        items.sort(key=lambda item: item[0])
        for _, key, draw in items:
            if layer is Layer.ALL or layer is _layer_of(key, back, front):
                draw(painter)

    def _props(self, painter: QPainter) -> None:
        c, h = self.colours, self.h
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(c.prop)
        painter.drawPolygon(polygon(self.scene.floor))
        pen = QPen(c.prop_line, 0.016 * h)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for points, closed in self.scene.props:
            if closed:
                painter.setBrush(c.prop)
                painter.drawPolygon(polygon(points))
            else:
                painter.drawPolyline(polygon(points))

    def _band(self, painter: QPainter, points: Sequence[Point]) -> None:
        pen = QPen(self.colours.prop_line, 0.012 * self.h)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawPolyline(polygon(points))

    def _limb(self, painter: QPainter, limb: Limb, key: str, depth: float) -> None:
        start, end = self._limb_ends(self.figure, limb)
        fill, line = self.colour(key, limb.parts, depth)
        draw_capsule(painter, start, end, limb.radius * self.h, self.outline, fill, line)

    def _limb_ends(self, figure: Figure, limb: Limb) -> tuple[Point, Point]:
        """Where a limb's capsule is drawn: between its joints, but for the feet (raised so the
        sole is on the floor), the hands (rounded at the fingertips) and the shoulders (a little
        below the shoulder line, rounded like a deltoid rather than square)."""
        screen, radius = self.scene.screen, limb.radius * self.h
        start, end = screen.point(figure[limb.start]), screen.point(figure[limb.end])
        if limb.start in FEET:
            lift = screen.point(figure.frame(FEET[limb.start]).axis_y().scaled(radius))
            start, end = add2(start, lift), add2(end, lift)
            start = towards(start, end, radius * 0.4)
        elif limb.start in HANDS:
            end = towards(end, start, radius * 0.8)
        elif limb.start is Joint.NECK_BASE and limb.end is not Joint.HEAD_PIVOT:
            down = screen.point(figure.frame(Segment.THORAX).axis_y().scaled(-self.h))
            start = add2(start, scale2(down, SHOULDER_DROP[0]))
            end = add2(end, scale2(down, SHOULDER_DROP[1]))
        return start, end

    def _torso(self, painter: QPainter, depth: float) -> None:
        fill, line = self.colour("torso", (BodyPart.UPPER_BACK,), depth)
        painter.setPen(pen(line, 2 * self.outline))
        painter.setBrush(fill)
        painter.drawPath(smooth_closed(self._torso_outline(self.figure)))

    def _torso_outline(self, f: Figure) -> list[Point]:
        """The torso's silhouette: at each level, the cross-section (an ellipse across the
        segment) projected, on both sides of the spine as the picture shows it."""
        h, screen = self.h, self.scene.screen
        pelvis, thorax = f.frame(Segment.PELVIS), f.frame(Segment.THORAX)
        waist, neck = f[Joint.WAIST], f[Joint.NECK_BASE]
        where: dict[str, tuple[Vec3, Rotation]] = {
            "pelvis": (f[Joint.PELVIS], pelvis),
            "waist": (waist, thorax),
            "chest": (waist + (neck - waist).scaled(0.72), thorax),
            "neck_base": (neck, thorax),
        }
        left: list[Point] = []
        right: list[Point] = []
        for name, along, half_width, half_depth in TORSO_LEVELS:
            origin, frame = where[name]
            up = frame.axis_y()
            if name == "waist":
                up = (pelvis.axis_y() + thorax.axis_y()).scaled(0.5)
            centre = screen.point(origin + frame.axis_y().scaled(along * h))
            axis = screen.point(up)
            norm = math.hypot(*axis)
            normal = (-axis[1] / norm, axis[0] / norm) if norm > 1e-6 else (1.0, 0.0)
            across = screen.right.scaled(normal[0]) + screen.up.scaled(normal[1])
            width = math.hypot(
                half_width * h * across.dot(frame.axis_x()),
                half_depth * h * across.dot(frame.axis_z()),
            )
            left.append((centre[0] + normal[0] * width, centre[1] + normal[1] * width))
            right.append((centre[0] - normal[0] * width, centre[1] - normal[1] * width))
        return left + right[::-1]

    def head_shape(self, figure: Figure) -> QTransform:
        """From the unit disk (the picture of a direction from the head's centre) to the head's
        ellipse in the picture: a sphere, a little longer along the head's own up axis."""
        screen = self.scene.screen
        radius = HEAD_RADIUS * self.h
        centre = screen.point(figure[Joint.HEAD_CENTER])
        up = screen.point(figure.frame(Segment.HEAD).axis_y())
        length = math.hypot(*up)
        along = (up[0] / length, up[1] / length) if length > 1e-3 else (0.0, 1.0)
        extra = (HEAD_LENGTH - 1.0) * min(1.0, length)
        cross = radius * extra * along[0] * along[1]
        return QTransform(
            radius * (1.0 + extra * along[0] ** 2),
            cross,
            cross,
            radius * (1.0 + extra * along[1] ** 2),
            centre[0],
            centre[1],
        )

    def _head(self, painter: QPainter, depth: float) -> None:
        screen = self.scene.screen
        frame = self.figure.frame(Segment.HEAD)
        shape = self.head_shape(self.figure)

        def on_head(direction: Vec3, out: float = 1.0) -> tuple[QPointF, float]:
            d = frame.apply(unit3(direction))
            at = QPointF(d.dot(screen.right) * out, d.dot(screen.up) * out)
            return shape.map(at), d.dot(screen.toward)

        fill, line = self.colour("head", (BodyPart.HEAD,), depth)
        radius = HEAD_RADIUS * self.h
        outline = pen(line, 2 * self.outline)
        painter.setPen(outline)
        painter.setBrush(fill)
        # In profile the nose and, seen from the front or back, the ears stand out of the outline.
        nose, nose_depth = on_head(NOSE_DIRECTION, 0.98)
        if -0.35 < nose_depth < 0.6:
            painter.drawEllipse(nose, 0.17 * radius, 0.17 * radius)
        for direction in EAR_DIRECTIONS:
            ear, ear_depth = on_head(direction)
            if -0.35 < ear_depth < 0.35:
                painter.drawEllipse(ear, 0.16 * radius, 0.2 * radius)
        head = shape.map(unit_disk())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPath(head)
        cap = visible_cap(frame.apply(unit3(HAIR_DIRECTION)), HAIR_HALF_ANGLE, screen)
        if len(cap) > 2:
            painter.setBrush(mix(fill, self.colours.shade, 0.45))
            painter.drawPolygon(shape.map(polygon(cap)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(outline)
        painter.drawPath(head)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mix(self.colours.shade, fill, 0.15))
        for direction in EYE_DIRECTIONS:
            eye, eye_depth = on_head(direction)
            if eye_depth > 0.15:
                size = 0.15 * radius * min(1.0, 0.5 + eye_depth)
                painter.drawEllipse(eye, size, size)

    def ghost(self, painter: QPainter, start: Figure) -> None:
        """The moving parts where the movement started, faint and flat behind the figure, so that
        a small movement (a chin tuck) reads in a still."""
        fill = mix(self.colours.accent, self.colours.background, 0.72)
        h, still = self.h, self.scene.still
        painter.setBrush(fill)
        if BodyPart.UPPER_BACK in self.moves and "torso" not in still:
            painter.setPen(pen(fill, 2 * self.outline))
            painter.drawPath(smooth_closed(self._torso_outline(start)))
        for index, limb in enumerate(LIMBS):
            if self.moves.intersection(limb.parts) and f"limb{index}" not in still:
                start_point, end_point = self._limb_ends(start, limb)
                painter.setPen(pen(fill, 2 * (limb.radius * h + self.outline)))
                painter.drawLine(QPointF(*start_point), QPointF(*end_point))
        if self.moves.intersection((BodyPart.HEAD, BodyPart.NECK)) and "head" not in still:
            painter.setPen(pen(fill, 2 * self.outline))
            painter.drawPath(self.head_shape(start).map(unit_disk()))
