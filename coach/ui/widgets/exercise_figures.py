"""The exercise's figure outside the player (issue 19, point 5): the tempo the Exercises page and the
plan editor loop it at, the key pose that tells the movement best, and thumbnails for the lists.

Why thumbnails are made this way:
- A thumbnail is the figure at its most telling key pose (the keyframe furthest from the start,
  with the faint ghost of where the moving parts began), so a chin tuck and a neck bend look
  different even at 48 px. It is a card in the palette's window colour, so the figure reads on a
  list's base colour and on its selection highlight alike, in every theme.
- It is drawn at the screen's device pixel ratio (crisp at 200 %) from the figure model, and kept
  per exercise, movement, side, size, ratio and colours: a new theme draws new ones, a list built
  again (a filter, a plan) reuses them.
- A figure's first frame costs 20 to 90 ms (the scene works out its bounds over the whole cycle),
  about 0.7 s for the whole library, so a list never waits for them: it shows at once with an
  empty card in each row, and `Thumbnails` draws the rest one per turn of the event loop.
"""

import time
from collections import OrderedDict, deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QIcon, QImage, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from coach.domain.exercises import Exercise
from coach.domain.pose import BodySide, Motion
from coach.ui.widgets.figure_colours import FigureColours, figure_colours
from coach.ui.widgets.figure_geometry import distance
from coach.ui.widgets.figure_paint import Framing, figure_scene, paint_figure
from coach.ui.widgets.figure_view import LOOP_MOVE_IN

THUMBNAIL_SIZE = 56  # logical pixels: the Exercises list
STEP_THUMBNAIL_SIZE = 48  # a routine's steps, in a table row
PICTURES_LOOP_SECONDS = 4.0  # an exercise without movement data: its pictures, 2 s each
MIN_LOOP_SECONDS = 1.0
CACHE_LIMIT = 160  # thumbnails kept: the library twice over, in two sizes, and a theme change
BATCH_SECONDS = 0.015  # a turn of the event loop draws thumbnails until this is spent
CORNER = 0.12  # the card's corner radius, of its size

ThumbnailKey = tuple[object, ...]
_CACHE: OrderedDict[ThumbnailKey, QPixmap] = OrderedDict()


def loop_seconds(exercise: Exercise) -> float:
    """One loop of the exercise at its natural tempo: a movement's rep time, or for a hold the
    move into position in its move_seconds (then the hold, the way out and a rest)."""
    motion = exercise.motion
    if motion is None:
        return PICTURES_LOOP_SECONDS
    if motion.hold:
        return motion.move_seconds / LOOP_MOVE_IN
    return max(MIN_LOOP_SECONDS, float(exercise.dosage.rep_seconds))


def telling_keyframe(motion: Motion, side: BodySide | None = None) -> int:
    """The index of the key pose furthest from the start (by how far the furthest joint moved in
    the picture): the one a still or a thumbnail shows."""
    scene = figure_scene(motion, side, Framing.AUTO)  # as paint_figure asks: the same scene

    def travel(index: int) -> float:
        figure = scene.figure_at(motion.keyframes[index].at)
        return max(
            distance(point, start)
            for point, start in zip(scene.points(figure), scene.start_points, strict=True)
        )

    return max(range(len(motion.keyframes)), key=travel)


def _colours_key(colours: FigureColours) -> tuple[object, ...]:
    shades = (
        colours.background,
        colours.body,
        colours.body_line,
        colours.accent,
        colours.accent_line,
        colours.prop,
        colours.prop_line,
        colours.arrow,
        colours.shade,
    )
    return (*(c.rgba() for c in shades), colours.far_fade)


def _key(
    exercise: Exercise | None,
    side: BodySide | None,
    size: int,
    colours: FigureColours,
    ratio: float,
) -> ThumbnailKey:
    picture: object = None
    if exercise is not None:
        picture = exercise.motion if exercise.motion is not None else exercise.illustrations
    name = exercise.id if exercise is not None else ""
    return (name, picture, side, size, round(ratio, 3), _colours_key(colours))


def cached_thumbnail(
    exercise: Exercise, side: BodySide | None, size: int, palette: QPalette, ratio: float
) -> QPixmap | None:
    """The thumbnail if it was drawn already, else None."""
    key = _key(exercise, side, size, figure_colours(palette), ratio)
    pixmap = _CACHE.get(key)
    if pixmap is not None:
        _CACHE.move_to_end(key)
    return pixmap


def thumbnail(
    exercise: Exercise | None,
    side: BodySide | None,
    size: int,
    palette: QPalette,
    ratio: float = 1.0,
) -> QPixmap:
    """A `size` x `size` (logical pixels) picture of the exercise at its telling key pose, drawn
    at `ratio` device pixels per pixel; `exercise` None: the empty card a list shows meanwhile."""
    colours = figure_colours(palette)
    key = _key(exercise, side, size, colours, ratio)
    pixmap = _CACHE.get(key)
    if pixmap is None:
        pixmap = _CACHE[key] = _draw(exercise, side, size, colours, ratio)
        while len(_CACHE) > CACHE_LIMIT:
            _CACHE.popitem(last=False)
    _CACHE.move_to_end(key)
    return pixmap


def _draw(
    exercise: Exercise | None,
    side: BodySide | None,
    size: int,
    colours: FigureColours,
    ratio: float,
) -> QPixmap:
    pixels = max(1, round(size * ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    rect = QRectF(0, 0, pixels, pixels)
    card = QPainterPath()
    inset = ratio / 2  # the outline's middle, so it lies inside the image
    corner = CORNER * pixels
    card.addRoundedRect(rect.adjusted(inset, inset, -inset, -inset), corner, corner)
    painter.fillPath(card, colours.background)
    painter.save()
    painter.setClipPath(card)
    if exercise is not None and exercise.motion is not None:
        motion = exercise.motion
        phase = motion.keyframes[telling_keyframe(motion, side)].at
        paint_figure(painter, rect, motion, phase, side, colours, arrows=False)
    elif exercise is not None and exercise.illustrations:
        from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415  (only without movement data)

        renderer = QSvgRenderer(str(exercise.illustrations[-1]))
        if renderer.isValid():
            renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
            renderer.render(painter, rect)
    painter.restore()
    painter.setPen(QPen(colours.prop_line, ratio))
    painter.drawPath(card)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def thumbnail_icon(pixmap: QPixmap) -> QIcon:
    """An icon of the thumbnail that looks the same in a selected row: the card keeps its own
    colours rather than being tinted with the highlight (which would hide the moving parts)."""
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon


Apply = Callable[[QPixmap], None]
_REDRAWN_ON = (QEvent.Type.PaletteChange, QEvent.Type.DevicePixelRatioChange)


class Thumbnails(QObject):
    """Thumbnails for one widget's list, in its palette and at its device pixel ratio: `request`
    hands over a drawn one at once, or the empty card now and the thumbnail a moment later (see
    the module). `cancel` drops what is still to come, before the list is filled again;
    `redraw` says the widget's palette or pixel ratio changed (a theme, another screen): request
    its thumbnails again."""

    redraw = Signal()

    def __init__(self, widget: QWidget, size: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self.size = size
        self._jobs: deque[tuple[Exercise, BodySide | None, Apply]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        self._stale = QTimer(self)  # one redraw for a burst of changes, once they are all in
        self._stale.setSingleShot(True)
        self._stale.setInterval(0)
        self._stale.timeout.connect(self.redraw)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() in _REDRAWN_ON:
            self._stale.start()
        return False

    @property
    def pending(self) -> int:
        """How many thumbnails are still to be drawn."""
        return len(self._jobs)

    def request(self, exercise: Exercise, side: BodySide | None, apply: Apply) -> None:
        palette, ratio = self._widget.palette(), self._widget.devicePixelRatioF()
        drawn = cached_thumbnail(exercise, side, self.size, palette, ratio)
        if drawn is not None:
            apply(drawn)
            return
        apply(thumbnail(None, None, self.size, palette, ratio))
        self._jobs.append((exercise, side, apply))
        self._timer.start()

    def cancel(self) -> None:
        self._jobs.clear()
        self._timer.stop()

    @Slot()
    def _work(self) -> None:
        until = time.perf_counter() + BATCH_SECONDS
        palette, ratio = self._widget.palette(), self._widget.devicePixelRatioF()
        while self._jobs:
            exercise, side, apply = self._jobs.popleft()
            apply(thumbnail(exercise, side, self.size, palette, ratio))
            if time.perf_counter() > until:
                break
        if self._jobs:
            self._timer.start()
