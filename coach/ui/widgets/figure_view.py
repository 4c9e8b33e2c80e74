"""The exercise's figure as a widget (issue 19): the player sets the phase from its countdown, the
Exercises page loops the movement, "reduce motion" shows stills at the key poses (`reduce_motion`:
a loop then steps from one key pose to the next when the movement would reach it, with one timer
shot per change and no frames). An exercise without movement data shows its SVG pictures instead,
so nothing breaks while keyframes are being written.

The loop is driven by a clock's monotonic time, not by counting ticks (a late or skipped tick does
not slow the movement down), and it repaints only when the picture changes: while a hold is held
nothing is drawn, and a hidden view stops its timer.
"""

import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.clock import Clock, SystemClock
from coach.domain.exercises import Exercise
from coach.domain.pose import BodyPart, BodySide, Figure, Motion, View
from coach.domain.pose.motion import reached_key
from coach.ui.text.data import exercise_name
from coach.ui.widgets.figure_arrows import Leg
from coach.ui.widgets.figure_colours import FigureColours, figure_colours
from coach.ui.widgets.figure_frame import Layer
from coach.ui.widgets.figure_geometry import Point
from coach.ui.widgets.figure_paint import FigureScene, Framing, figure_scene

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent, QPaintEvent, QShowEvent
    from PySide6.QtSvg import QSvgRenderer

FRAME_MS = 33  # about 30 frames a second while the loop plays
PICTURE_CHECK = 0.05  # of a loop: how often reduce motion looks again at a picture's turn
STILL_LATE = 0.002  # of a loop: a still's timer fires just after the change, never just before
MIN_STEP_PX = 0.35  # a frame in which no joint moves this far (device pixels) is not drawn
# A hold's loop on the Exercises page, as fractions of the cycle: move into the position, hold it,
# move back out, rest a moment at the start.
LOOP_MOVE_IN = 0.3
LOOP_HOLD_END = 0.6
LOOP_MOVE_OUT_END = 0.9


def loop_phase(hold: bool, fraction: float) -> tuple[float, bool]:
    """The phase to show `fraction` of the way through a loop, and whether the figure is on its
    way back: a cycle plays straight through; a hold moves in, holds, moves out and rests."""
    fraction %= 1.0
    if not hold:
        return fraction, False
    if fraction < LOOP_MOVE_IN:
        return fraction / LOOP_MOVE_IN, False
    if fraction < LOOP_HOLD_END:
        return 1.0, False
    if fraction < LOOP_MOVE_OUT_END:
        return 1.0 - (fraction - LOOP_HOLD_END) / (LOOP_MOVE_OUT_END - LOOP_HOLD_END), True
    return 0.0, False


class FigureView(QWidget):
    """Shows one exercise's movement (see the module): `set_exercise`, then `set_phase`,
    `play_loop` or `show_still`."""

    def __init__(self, parent: QWidget | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(96, 96))
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._exercise: Exercise | None = None
        self._side: BodySide | None = None
        self._scene: FigureScene | None = None
        self._phase = 0.0
        self._returning = False
        self._figure: Figure | None = None  # the figure painted last (None: work it out)
        self._painted: list[Point] = []  # its joints in the picture
        self._leg: Leg | None = None  # the stretch of the motion it is in (for its arrows)
        self._still: int | None = None
        self._loop_seconds: float | None = None
        self._loop_start = 0.0
        self._picture = 0  # which SVG picture shows, for an exercise without movement data
        self._renderers: dict[Path, QSvgRenderer] = {}
        self._colours: FigureColours | None = None
        self._layers: dict[tuple[Layer, bool], QPixmap] = {}  # the still parts, drawn once
        self._arrows: dict[tuple[float, bool], QPixmap] = {}  # each stretch's arrows, ditto
        self._frame_cost = 0.0  # seconds a frame of the figure takes to draw (running average)
        self._drew_layer = False  # this paint drew a kept layer (not counted in the average)
        self._layers_for: tuple[int, int, float] | None = None  # the size they were drawn for
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._tick)
        self._reduce_motion = False
        self._still_timer = QTimer(self)  # reduce motion: fires when the next key pose is due
        self._still_timer.setSingleShot(True)
        self._still_timer.timeout.connect(self._tick)

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    # ---- what to show ---------------------------------------------------------------------

    def set_exercise(
        self,
        exercise: Exercise | None,
        side: str | None = None,
        framing: Framing = Framing.AUTO,
    ) -> None:
        """Show `exercise` (none: an empty view) for `side` ("left" or "right": the right side of
        a per-side exercise is the mirror image), from its start. A playing loop goes on."""
        self._exercise = exercise
        self._side = BodySide(side) if side else None
        motion = exercise.motion if exercise is not None else None
        self._scene = figure_scene(motion, self._side, framing) if motion is not None else None
        self._phase, self._returning, self._picture = 0.0, False, 0
        self._figure, self._painted, self._leg = None, [], None
        self._layers.clear()
        self._arrows.clear()
        if self._still is not None:
            self._still = min(self._still, self.still_count - 1) if self.still_count else None
            self._show_still_now()
        if self._loop_seconds is not None:
            self._loop_start = self._clock.monotonic()
        self._describe()
        self.update()
        if self._loop_seconds is not None and self._reduce_motion:
            self._tick()  # the new exercise's first change, not the old one's

    def set_phase(self, phase: float, returning: bool = False) -> None:
        """Show the moment `phase` of the movement (0 to 1; a hold is in position at 1), with the
        arrows turned back when `returning` (a hold's way out). Stops a loop."""
        self._stop_loop()
        self._still = None
        self._show(phase, returning)

    def play_loop(self, seconds_per_cycle: float) -> None:
        """Play the movement over and over, one cycle every `seconds_per_cycle` (while shown)."""
        if seconds_per_cycle <= 0:
            raise ValueError("seconds_per_cycle must be above 0")
        self._still = None
        self._loop_seconds = seconds_per_cycle
        self._loop_start = self._clock.monotonic()
        if self.isVisible() and not self._reduce_motion:
            self._timer.start()
        self._tick()

    def stop(self) -> None:
        """Stop a loop where it is."""
        self._stop_loop()

    def show_still(self, index: int) -> None:
        """Show the `index`th key pose (reduce motion): a keyframe, or a picture without
        movement data. Stops a loop."""
        self._stop_loop()
        count = self.still_count
        if count == 0:
            return
        self._still = max(0, min(index, count - 1))
        self._show_still_now()
        self._describe()

    @property
    def reduce_motion(self) -> bool:
        """Stills at the key poses instead of movement (the "reduce motion" setting)."""
        return self._reduce_motion

    @reduce_motion.setter
    def reduce_motion(self, on: bool) -> None:
        if on == self._reduce_motion:
            return
        self._reduce_motion = on
        if self._loop_seconds is not None:  # a playing loop goes on, the other way
            self._timer.stop()
            self._still_timer.stop()
            if not on:
                self._still = None
                self._describe()
                if self.isVisible():
                    self._timer.start()
            self._tick()

    # ---- state, for the player and tests ----------------------------------------------------

    @property
    def has_motion(self) -> bool:
        """Whether the figure is drawn from movement data (else the SVG pictures show)."""
        return self._scene is not None

    @property
    def is_playing(self) -> bool:
        return self._loop_seconds is not None

    @property
    def is_animating(self) -> bool:
        """Whether frames are being drawn by the view's own timer (never with reduce motion)."""
        return self._timer.isActive()

    @property
    def frame_seconds(self) -> float:
        """How long a frame of the figure takes to draw, on average (0 before the first): the
        player picks its frame rate from it."""
        return self._frame_cost

    @property
    def still(self) -> int | None:
        """The key pose shown as a still (None: a moment of the movement)."""
        return self._still

    @property
    def phase(self) -> float:
        return self._phase

    @property
    def side(self) -> BodySide | None:
        """The side shown (the right one is the mirror image), None for both."""
        return self._side

    @property
    def returning(self) -> bool:
        return self._returning

    @property
    def picture(self) -> int:
        """Which SVG picture shows (without movement data)."""
        return self._picture

    @property
    def still_count(self) -> int:
        """How many stills `show_still` offers: the keyframes, or the pictures."""
        if self._exercise is None:
            return 0
        if self._exercise.motion is not None:
            return len(self._exercise.motion.keyframes)
        return len(self._exercise.illustrations)

    # ---- inner workings ---------------------------------------------------------------------

    def _stop_loop(self) -> None:
        self._loop_seconds = None
        self._timer.stop()
        self._still_timer.stop()

    def _show_still_now(self) -> None:
        exercise, index = self._exercise, self._still
        if exercise is None or index is None:
            return
        if exercise.motion is not None:
            self._show(exercise.motion.keyframes[index].at, False)
        elif self._picture != index:
            self._picture = index
            self.update()

    def _show(self, phase: float, returning: bool) -> None:
        """Repaint only when the picture changes: a held position is not drawn again, nor a frame
        in which nothing moves by a visible amount (a slow, small movement)."""
        scene = self._scene
        if scene is None:
            picture = 0 if phase < 0.5 else -1
            if self._exercise is not None and self._exercise.illustrations:
                picture %= len(self._exercise.illustrations)
            if picture != self._picture:
                self._picture = picture
                self.update()
            return
        if scene.motion.hold:
            phase = min(1.0, max(0.0, phase))
        leg, _ = scene.leg_at(phase)
        returning = returning and leg is not None
        if self._figure is not None and phase == self._phase and returning == self._returning:
            return  # the player asks again during a hold
        self._phase = phase
        figure = scene.figure_at(phase)
        points = scene.points(figure)
        if (
            self._figure is not None
            and leg is self._leg
            and returning == self._returning
            and self._step(points) < MIN_STEP_PX
        ):
            return
        self._figure, self._painted, self._leg, self._returning = figure, points, leg, returning
        self.update()

    def _step(self, points: list[Point]) -> float:
        """How far the furthest joint moved since the last painted frame, in device pixels."""
        if self._scene is None or not self._painted:
            return float("inf")
        scale = self._scene.transform(QRectF(self.contentsRect())).m11()
        scale *= self.devicePixelRatioF()
        return scale * max(
            abs(a[0] - b[0]) + abs(a[1] - b[1]) for a, b in zip(points, self._painted, strict=True)
        )

    @Slot()
    def _tick(self) -> None:
        if self._loop_seconds is None:
            return
        elapsed = self._clock.monotonic() - self._loop_start
        hold = self._scene.motion.hold if self._scene is not None else False
        fraction = elapsed / self._loop_seconds
        phase, returning = loop_phase(hold, fraction)
        if not self._reduce_motion:
            self._show(phase, returning)
            return
        if self._scene is not None:
            motion = self._scene.motion
            index = reached_key(motion, phase, returning)
            if index != self._still:
                self._still = index
                self._show_still_now()
                self._describe()
            wait = _next_still_change(motion, fraction % 1.0) * self._loop_seconds
        else:  # the pictures, start and end: looked at a few times a loop
            self._show(phase, returning)
            wait = PICTURE_CHECK * self._loop_seconds
        if self.isVisible():
            self._still_timer.start(max(1, math.ceil(wait * 1000)))

    def _describe(self) -> None:
        """Say what the figure shows, for a screen reader."""
        exercise = self._exercise
        if exercise is None:
            self.setAccessibleName("")
            self.setAccessibleDescription("")
            return
        name = exercise_name(exercise)
        motion = exercise.motion
        if motion is None:
            self.setAccessibleName(self.tr("{name}: start and end position").format(name=name))
            self.setAccessibleDescription(
                self.tr("Pictures of the start and the end position of the exercise.")
            )
            return
        if self._side is BodySide.LEFT:
            title = self.tr("{name}, left side: moving figure")
        elif self._side is BodySide.RIGHT:
            title = self.tr("{name}, right side: moving figure")
        else:
            title = self.tr("{name}: moving figure")
        views = {
            View.FRONT: self.tr("from the front"),
            View.BACK: self.tr("from behind"),
            View.SIDE: self.tr("from the side"),
            View.THREE_QUARTER: self.tr("from the front and a little to one side"),
        }
        parts = {
            BodyPart.HEAD: self.tr("head"),
            BodyPart.NECK: self.tr("neck"),
            BodyPart.UPPER_BACK: self.tr("upper back"),
            BodyPart.SHOULDER_BLADES: self.tr("shoulder blades"),
            BodyPart.ARMS: self.tr("arms"),
            BodyPart.HIPS: self.tr("hips"),
            BodyPart.LEGS: self.tr("legs"),
        }
        description = self.tr(
            "A figure shows the movement, seen {view}. The parts that move are highlighted "
            "and arrows show where they go: {parts}."
        ).format(view=views[motion.view], parts=", ".join(parts[p] for p in motion.moves))
        if self._still is not None:
            description += " " + self.tr("Position {number} of {count}.").format(
                number=self._still + 1, count=len(motion.keyframes)
            )
        self.setAccessibleName(title.format(name=name))
        self.setAccessibleDescription(description)

    def _renderer(self, path: Path) -> "QSvgRenderer":
        renderer = self._renderers.get(path)
        if renderer is None:
            from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415  (only without movement data)

            renderer = self._renderers[path] = QSvgRenderer(str(path), self)
        return renderer

    # ---- Qt events ------------------------------------------------------------------------

    def paintEvent(self, event: "QPaintEvent") -> None:
        exercise = self._exercise
        if exercise is None:
            return
        painter = QPainter(self)
        rect = QRectF(self.contentsRect())
        scene = self._scene
        watch = QElapsedTimer()  # the work of a frame, not the time of day: no Clock
        watch.start()
        self._drew_layer = False
        if scene is not None:
            if self._figure is None:  # nothing shown since the exercise was set
                self._figure = scene.figure_at(self._phase)
                self._painted = scene.points(self._figure)
                self._leg, _ = scene.leg_at(self._phase)
            figure, colours = self._figure, self._figure_colours()
            self._keep_layers_for_size()
            painter.drawPixmap(0, 0, self._still_layer(Layer.BACK, scene.shows_ghost(figure)))
            scene.paint(painter, rect, self._phase, colours, figure=figure, layer=Layer.MOVING)
            if scene.layers[1]:
                painter.drawPixmap(0, 0, self._still_layer(Layer.FRONT, False))
            if self._leg is not None:
                painter.drawPixmap(0, 0, self._arrow_layer(self._leg.start, self._returning))
            if not self._drew_layer:
                cost = watch.nsecsElapsed() / 1e9
                self._frame_cost = (
                    cost if not self._frame_cost else 0.8 * self._frame_cost + 0.2 * cost
                )
        elif exercise.illustrations:
            renderer = self._renderer(exercise.illustrations[self._picture])
            size = renderer.defaultSize()
            renderer.render(painter, _fitted(rect, size.width(), size.height()))
        painter.end()

    def _figure_colours(self) -> FigureColours:
        if self._colours is None:
            self._colours = figure_colours(self.palette())
        return self._colours

    def _keep_layers_for_size(self) -> None:
        """Drop the layers kept for another size."""
        key = (self.width(), self.height(), self.devicePixelRatioF())
        if key != self._layers_for:
            self._layers.clear()
            self._arrows.clear()
            self._layers_for = key

    def _blank_layer(self) -> QPixmap:
        """A transparent picture of the view's size."""
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        return pixmap

    def _arrow_layer(self, leg_start: float, returning: bool) -> QPixmap:
        """The arrows of the stretch the figure is in (`_leg`, starting at `leg_start`): the same
        in each of its frames, so drawn once for this size and palette."""
        pixmap = self._arrows.get((leg_start, returning))
        if pixmap is None and self._scene is not None:
            pixmap = self._blank_layer()
            painter = QPainter(pixmap)
            self._scene.paint(
                painter,
                QRectF(self.contentsRect()),
                self._phase,
                self._figure_colours(),
                returning=returning,
                layer=Layer.ARROWS,
            )
            painter.end()
            self._arrows[(leg_start, returning)] = pixmap
            self._drew_layer = True
        return pixmap if pixmap is not None else QPixmap()

    def _still_layer(self, layer: Layer, ghost: bool) -> QPixmap:
        """The parts that do not move, behind or in front of those that do, drawn once for
        this size and palette (a frame then draws only what moves)."""
        pixmap = self._layers.get((layer, ghost))
        if pixmap is None and self._scene is not None and self._figure is not None:
            pixmap = self._blank_layer()
            painter = QPainter(pixmap)
            # The still parts are the same in every frame; this frame's ghost decides the ghost.
            self._scene.paint(
                painter,
                QRectF(self.contentsRect()),
                self._phase,
                self._figure_colours(),
                figure=self._figure,
                layer=layer,
            )
            painter.end()
            self._layers[(layer, ghost)] = pixmap
            self._drew_layer = True
        return pixmap if pixmap is not None else QPixmap()

    def showEvent(self, event: "QShowEvent") -> None:
        super().showEvent(event)
        if self._loop_seconds is not None:
            if not self._reduce_motion:
                self._timer.start()
            self._tick()

    def hideEvent(self, event: "QHideEvent") -> None:
        super().hideEvent(event)
        self._timer.stop()  # the loop goes on from where the clock is when shown again
        self._still_timer.stop()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = None
            self._layers.clear()
            self._arrows.clear()
            self.update()
        elif event.type() == QEvent.Type.LanguageChange:
            self._describe()


def _next_still_change(motion: Motion, fraction: float) -> float:
    """How much of the loop is left until the still changes after `fraction` (reduce motion):
    a cycle reaches each keyframe at its time; a hold's loop reaches them on the way in and,
    going back, leaves each for the one before it (as `loop_phase` and `reached_key` say)."""
    times = [frame.at for frame in motion.keyframes]
    if motion.hold:
        back = LOOP_MOVE_OUT_END - LOOP_HOLD_END
        changes = [at * LOOP_MOVE_IN for at in times[1:]]
        changes += [LOOP_HOLD_END + (1.0 - at) * back for at in times[:-1]]
    else:
        changes = [*times[1:], 1.0]
    later = [change for change in changes if change > fraction + 1e-9]
    following = min(later) if later else min(changes) + 1.0
    return following - fraction + STILL_LATE


def _fitted(rect: QRectF, width: float, height: float) -> QRectF:
    """The largest rectangle of `width`:`height` centred in `rect`."""
    if width <= 0 or height <= 0:
        return rect
    scale = min(rect.width() / width, rect.height() / height)
    fitted = QRectF(0, 0, width * scale, height * scale)
    fitted.moveCenter(rect.center())
    return fitted
