"""Draws the exercise figure with QPainter: a friendly figure with volume, posed by the figure model
(coach.domain.pose), with its props, the moving parts in the accent colour and arrows that say
where the movement goes next (issue 19).

Why it is drawn this way:
- In the model's own units (metres, y up) under one transform per paint, so the picture is
  resolution independent: crisp at 200 % and at poster size, and a thumbnail is the same drawing.
- Rounded limbs (capsules), a tapered torso and a head with hair, ears, eyes and a nose: a stick
  figure cannot show a turn or a nod, a head with a face can. Far limbs fade a little and every
  part is outlined, so overlapping limbs stay apart; parts are drawn far to near (painter's
  order). `figure_frame` draws them, `figure_arrows` makes the arrows, `figure_geometry` holds the
  body's proportions and the picture's arithmetic.
- Only the parts that move are in the accent colour (a limb that stays still is not, even when
  the exercise lists its part), and a faint ghost shows where they started, so that a small
  movement such as a chin tuck reads in a still.
- A `FigureScene` holds what does not change from frame to frame of one motion and side (the
  camera, bounds over the whole cycle so the scale never jumps, the room's props, the arrows'
  paths), so a frame costs one pose, one forward kinematics and a few dozen strokes.
- Colours come from `coach.ui.widgets.figure_colours` (the palette), never from here.
"""

import functools
import math
from collections.abc import Iterator
from enum import StrEnum

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPalette, QTransform

from coach.domain.pose import (
    AVERAGE_ADULT,
    BodyPart,
    BodySide,
    Figure,
    Joint,
    Motion,
    Pose,
    PropKind,
    Skeleton,
    Vec3,
    forward_kinematics,
    key_poses,
    pose_at,
    project,
    prop_shapes,
)
from coach.ui.widgets.figure_arrows import ARROW_HEAD, Leg, draw_arrows, motion_legs
from coach.ui.widgets.figure_colours import FigureColours, figure_colours
from coach.ui.widgets.figure_frame import ITEM_JOINTS, FrameDrawing, Layer, item_depths
from coach.ui.widgets.figure_geometry import (
    HEAD_LENGTH,
    HEAD_RADIUS,
    Point,
    Screen,
    distance,
)

BOUNDS_POSES = 16  # poses across the cycle the bounds are taken over
MARGIN = 0.05  # of the picture's smaller side, around the figure and its props
GHOST_MIN_TRAVEL = 0.008  # of the height: a part that moved this far shows where it started


class Framing(StrEnum):
    """How much of the figure the picture shows."""

    WHOLE = "whole"  # the whole figure and its props
    CLOSE = "close"  # head, shoulders and upper back, the rest cut off at the picture's edge
    AUTO = "auto"  # close for a movement of the head, neck or shoulder blades only, else whole


CLOSE_UP_PARTS = frozenset((BodyPart.HEAD, BodyPart.NECK, BodyPart.SHOULDER_BLADES))
CLOSE_UP_JOINTS = frozenset(
    (
        Joint.WAIST,
        Joint.NECK_BASE,
        Joint.HEAD_PIVOT,
        Joint.HEAD_CENTER,
        Joint.HEAD_TOP,
        Joint.CHIN,
        Joint.NOSE,
        Joint.EYES,
        Joint.LEFT_SHOULDER,
        Joint.RIGHT_SHOULDER,
        Joint.LEFT_ELBOW,
        Joint.RIGHT_ELBOW,
    )
)


class FigureScene:
    """What stays the same in every frame of one motion seen for one side: the camera, the bounds
    over the whole cycle (so the scale never changes while it plays), the room's props and the
    arrows' paths. Build it once per exercise and side; `paint` draws a frame.

    A movement of the head, neck or shoulder blades is a few centimetres (a chin tuck slides the
    head 2.5 cm): with the whole figure in a thumbnail it moves a pixel or two, so by default
    (`Framing.AUTO`) such a motion is shown close up, from the waist to above the head."""

    def __init__(
        self,
        motion: Motion,
        side: BodySide | None = None,
        skeleton: Skeleton = AVERAGE_ADULT,
        framing: Framing = Framing.AUTO,
    ) -> None:
        self.motion = motion
        self.side = side
        self.skeleton = skeleton
        if framing is Framing.AUTO:
            framing = Framing.CLOSE if CLOSE_UP_PARTS.issuperset(motion.moves) else Framing.WHOLE
        self.close_up = framing is Framing.CLOSE
        self.shoulders_on_top = BodyPart.SHOULDER_BLADES in motion.moves
        camera = motion.camera(side)
        origin = project(Vec3(0.0, 0.0, 0.0), camera)
        axes = [project(Vec3(*v), camera) for v in ((1, 0, 0), (0, 1, 0), (0, 0, 1))]
        self.screen = Screen(
            Vec3(*(a.x - origin.x for a in axes)),
            Vec3(*(a.y - origin.y for a in axes)),
            Vec3(*(a.depth - origin.depth for a in axes)),
        )
        rest = forward_kinematics(self.pose(0.0), skeleton)
        self.start = rest  # where the movement starts: the ghost of the moving parts
        self.start_points = tuple(self.screen.point(p) for p in rest.positions)
        self.middle_depth = self.screen.depth(
            (rest[Joint.PELVIS] + rest[Joint.NECK_BASE]).scaled(0.5)
        )
        room = [
            kind for kind in motion.props if kind not in (PropKind.BAND, PropKind.ANCHORED_BAND)
        ]
        self.props = tuple(
            (tuple(self.screen.point(p) for p in shape.points), shape.closed)
            for shape in prop_shapes(room, rest)
        )
        self.bands = tuple(k for k in motion.props if k in (PropKind.BAND, PropKind.ANCHORED_BAND))
        self.floor = self._floor(rest)
        self.legs = motion_legs(motion, side, self.screen, skeleton)
        self.bounds = self._bounds()

    def pose(self, phase: float) -> Pose:
        return pose_at(self.motion, phase, self.side)

    @functools.cached_property
    def _cycle_figures(self) -> list[Figure]:
        count = BOUNDS_POSES
        phases = [i / (count - 1) if self.motion.hold else i / count for i in range(count)]
        figures = [self.figure_at(p) for p in phases]
        return figures + [forward_kinematics(pose, self.skeleton) for pose in self.key_poses()]

    @functools.cached_property
    def still(self) -> frozenset[str]:
        """The body's parts (ITEM_JOINTS' keys) that stay where they are all through the cycle:
        drawn in the body's colour even when the exercise lists their part as moving (the arm
        that stays down while the other one lifts)."""
        figures = self._cycle_figures
        first = figures[0]
        return frozenset(
            key
            for key, joints in ITEM_JOINTS.items()
            if all(f[j] == first[j] for f in figures for j in joints)
        )

    @functools.cached_property
    def layers(self) -> tuple[frozenset[str], frozenset[str]]:
        """The parts that never move and are always behind (then in front of) every moving
        part, over the whole cycle: a widget draws them once (`Layer`)."""
        still = self.still
        moving: list[float] = []
        for figure in self._cycle_figures:
            depths = item_depths(
                {j: self.screen.depth(p) for j, p in figure.items()}, self.shoulders_on_top
            )
            moving.extend(depth for key, depth in depths.items() if key not in still)
            for shape in prop_shapes(self.bands, figure):
                moving.extend(self.screen.depth(p) + 0.02 for p in shape.points)
        if not moving:
            return still, frozenset()
        first = self._cycle_figures[0]
        depths = item_depths(
            {j: self.screen.depth(p) for j, p in first.items()}, self.shoulders_on_top
        )
        back = frozenset(key for key in still if depths[key] < min(moving))
        front = frozenset(key for key in still if depths[key] > max(moving))
        return back, front

    def shows_ghost(self, figure: Figure) -> bool:
        """Whether any joint is far enough from where it started for the ghost to show."""
        limit = GHOST_MIN_TRAVEL * self.skeleton.height
        return any(
            distance(self.screen.point(p), start) > limit
            for p, start in zip(figure.positions, self.start_points, strict=True)
        )

    def figure_at(self, phase: float) -> Figure:
        """The figure's joints at `phase` (what `paint` draws)."""
        return forward_kinematics(self.pose(phase), self.skeleton)

    def points(self, figure: Figure) -> list[Point]:
        """The figure's joints in the picture, in Joint order (metres)."""
        return [self.screen.point(p) for p in figure.positions]

    def key_poses(self) -> tuple[Pose, ...]:
        return key_poses(self.motion, self.side)

    def _floor(self, rest: Figure) -> tuple[Point, ...]:
        """A soft shadow on the floor under the figure (and its chair)."""
        h = self.skeleton.height
        feet = [rest[Joint.of(s, n)] for s in BodySide for n in ("heel", "toe")]
        z = sum(p.z for p in feet) / len(feet)
        if PropKind.CHAIR in self.motion.props:
            z = (z + rest[Joint.PELVIS].z) / 2
        radius_x, radius_z = 0.2 * h, 0.16 * h
        return tuple(
            self.screen.point(Vec3(radius_x * math.cos(a), 0.0, z + radius_z * math.sin(a)))
            for a in (2 * math.pi * i / 28 for i in range(28))
        )

    def leg_at(self, phase: float) -> tuple[Leg | None, float]:
        """The stretch the motion is in at `phase` and how far along it (None once a hold is held)."""
        phase = min(1.0, max(0.0, phase)) if self.motion.hold else phase % 1.0
        for leg in self.legs:
            if phase < leg.end:
                return leg, (phase - leg.start) / (leg.end - leg.start)
        return None, 1.0

    def _bounds(self) -> QRectF:
        """What the picture must hold, over the whole cycle (a close-up: the upper body only)."""
        extent = list(self._extent())
        left = min(x - pad for (x, _), pad in extent)
        right = max(x + pad for (x, _), pad in extent)
        bottom = min(y - pad for (_, y), pad in extent)
        top = max(y + pad for (_, y), pad in extent)
        return QRectF(left, bottom, right - left, top - bottom)

    def _extent(self) -> Iterator[tuple[Point, float]]:
        """Points the picture must hold, each with how much room it needs around it."""
        h = self.skeleton.height
        count = BOUNDS_POSES
        phases = [i / (count - 1) if self.motion.hold else i / count for i in range(count)]
        head = (HEAD_RADIUS * HEAD_LENGTH + 0.03) * h
        for pose in [self.pose(p) for p in phases] + list(self.key_poses()):
            figure = forward_kinematics(pose, self.skeleton)
            for joint, position in figure.items():
                if not self.close_up or joint in CLOSE_UP_JOINTS:
                    pad = head if joint is Joint.HEAD_CENTER else 0.05 * h
                    yield self.screen.point(position), pad
            if not self.close_up:
                for shape in prop_shapes(self.bands, figure):
                    yield from ((self.screen.point(p), 0.01 * h) for p in shape.points)
        if not self.close_up:
            for points, _ in self.props:
                yield from ((point, 0.01 * h) for point in points)
            yield from ((point, 0.0) for point in self.floor)
        for leg in self.legs:
            for arrow in leg.arrows:
                yield from ((point, ARROW_HEAD * h) for point in arrow.points)

    def transform(self, rect: QRectF) -> QTransform:
        """From the picture's metres (y up) to `rect`, the bounds fitted in with a margin and
        centred (so the other side, a mirror image, lands exactly mirrored)."""
        margin = MARGIN * min(rect.width(), rect.height())
        bounds = self.bounds
        scale = min(
            (rect.width() - 2 * margin) / bounds.width(),
            (rect.height() - 2 * margin) / bounds.height(),
        )
        scale = max(scale, 1e-6)
        dx = rect.center().x() - scale * bounds.center().x()
        dy = rect.center().y() + scale * bounds.center().y()
        return QTransform(scale, 0.0, 0.0, -scale, dx, dy)

    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        phase: float,
        colours: FigureColours,
        *,
        pose: Pose | None = None,
        figure: Figure | None = None,
        returning: bool = False,
        arrows: bool = True,
        ghost: bool = True,
        layer: Layer = Layer.ALL,
    ) -> None:
        """Draw the frame at `phase` (or `pose`, in this scene's camera and scale, without
        arrows) into `rect`; `figure` is `figure_at(phase)` when the caller has it already.
        `returning`: the figure is on its way back (a hold's way out), so arrows point back;
        `ghost`: the moving parts' starting position shows faintly once they have left it;
        `layer`: only that part of the frame (see `Layer`)."""
        transform = self.transform(rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.close_up:
            painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
        painter.setTransform(transform, True)
        if figure is None:
            figure = forward_kinematics(
                pose if pose is not None else self.pose(phase), self.skeleton
            )
        if layer is not Layer.ARROWS:
            frame = FrameDrawing(self, figure, colours, transform.m11())
            shown = ghost and layer in (Layer.ALL, Layer.BACK) and self.shows_ghost(figure)
            frame.draw(painter, self.start if shown else None, layer)
        if arrows and pose is None and layer in (Layer.ALL, Layer.ARROWS):
            leg, _ = self.leg_at(phase)
            if leg is not None:
                draw_arrows(
                    painter, leg.arrows, returning, colours, self.skeleton.height, transform.m11()
                )
        painter.restore()


@functools.lru_cache(maxsize=32)
def figure_scene(
    motion: Motion, side: BodySide | None = None, framing: Framing = Framing.AUTO
) -> FigureScene:
    """The scene of `motion` for `side`, built once and kept (a handful of exercises at a time)."""
    return FigureScene(motion, side, framing=framing)


def paint_figure(
    painter: QPainter,
    rect: QRectF,
    motion: Motion,
    phase: float,
    side: BodySide | None = None,
    colours: FigureColours | QPalette | None = None,
    *,
    pose: Pose | None = None,
    returning: bool = False,
    arrows: bool = True,
    ghost: bool = True,
    background: bool = False,
    framing: Framing = Framing.AUTO,
) -> None:
    """Draw `motion` at `phase` (0 to 1 across the cycle; a hold is held at 1) for `side` (the
    right side of a per-side exercise is the mirror image) into `rect`. `colours` default to the
    application's palette; `pose` draws that pose in the motion's scene instead; `returning` turns
    the arrows back (a hold's way out); `ghost` shows where the moving parts started;
    `background` fills `rect` first (for an image); `framing` says how much of the figure shows."""
    if colours is None:
        from PySide6.QtGui import QGuiApplication  # noqa: PLC0415

        colours = QGuiApplication.palette()
    if isinstance(colours, QPalette):
        colours = figure_colours(colours)
    if background:
        painter.fillRect(rect, colours.background)
    figure_scene(motion, side, framing).paint(
        painter, rect, phase, colours, pose=pose, returning=returning, arrows=arrows, ghost=ghost
    )


def cycle_phases(motion: Motion, count: int) -> tuple[float, ...]:
    """`count` phases evenly across one cycle, as `coach.domain.pose.cycle_poses` takes them: a
    hold's from the start to the held position, a cycle's up to just before it starts again."""
    if count < 1:
        raise ValueError("count must be at least 1")
    if motion.hold:
        return tuple(i / max(1, count - 1) for i in range(count))
    return tuple(i / count for i in range(count))


def render_image(
    motion: Motion,
    phase: float,
    size: int,
    palette: QPalette,
    side: BodySide | None = None,
    *,
    returning: bool = False,
    framing: Framing = Framing.AUTO,
) -> QImage:
    """A `size` x `size` picture of the frame at `phase` on the palette's window colour (for
    `coach exercise frames`, thumbnails and the handout)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    paint_figure(
        painter,
        QRectF(0, 0, size, size),
        motion,
        phase,
        side,
        figure_colours(palette),
        returning=returning,
        background=True,
        framing=framing,
    )
    painter.end()
    return image
