"""The exercise figure (issue 19): the renderer draws the movement, mirrored per side, with the
moving parts in the accent colour and enough contrast in every theme; the widget plays from a
clock, holds still without drawing, and falls back to the SVG pictures without movement data."""

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.exercises import Exercise
from coach.domain.pose import BodySide, Joint
from coach.services.plans import builtin_library
from coach.ui.widgets.figure import (
    FigureScene,
    FigureView,
    Framing,
    cycle_phases,
    loop_phase,
    render_image,
)
from coach.ui.widgets.figure_colours import contrast_ratio, figure_colours
from coach.ui.widgets.palettes import dark_palette, high_contrast_palette, light_palette
from tests.helpers import REPO_ROOT

SIZE = 240
PALETTES: dict[str, Callable[[], QPalette]] = {
    "light": light_palette,
    "dark": dark_palette,
    "high_contrast": high_contrast_palette,
}


def exercise(exercise_id: str) -> Exercise:
    found = builtin_library().get(exercise_id)
    assert found is not None and found.motion is not None
    return found


def differing(one: QImage, other: QImage, threshold: int = 48) -> float:
    """The share of pixels that differ by more than `threshold` in a channel."""
    assert one.size() == other.size()
    count = 0
    total = 0
    for y in range(0, one.height(), 2):
        for x in range(0, one.width(), 2):
            a, b = one.pixelColor(x, y), other.pixelColor(x, y)
            total += 1
            if (
                max(
                    abs(a.red() - b.red()),
                    abs(a.green() - b.green()),
                    abs(a.blue() - b.blue()),
                )
                > threshold
            ):
                count += 1
    return count / total


def pixel_at(image: QImage, scene: FigureScene, point: tuple[float, float]) -> QColor:
    """The colour drawn where a point of the picture (metres) lands in the image."""
    at = scene.transform(QRectF(0, 0, image.width(), image.height())).map(QPointF(*point))
    return image.pixelColor(round(at.x()), round(at.y()))


def close(one: QColor, other: QColor, within: int = 30) -> bool:
    return all(
        abs(a - b) <= within
        for a, b in zip(
            (one.red(), one.green(), one.blue()),
            (other.red(), other.green(), other.blue()),
            strict=True,
        )
    )


@pytest.mark.parametrize("exercise_id", ["chin_tuck", "levator_scapulae_stretch"])
def test_the_phases_of_a_movement_draw_different_pictures(qapp: object, exercise_id: str) -> None:
    motion = exercise(exercise_id).motion
    assert motion is not None
    frames = [render_image(motion, phase, SIZE, light_palette()) for phase in (0.0, 0.5, 1.0)]
    assert differing(frames[0], frames[1]) > 0.002
    assert differing(frames[1], frames[2]) > 0.002
    assert differing(frames[0], frames[2]) > 0.005
    again = render_image(motion, 0.5, SIZE, light_palette())
    assert differing(frames[1], again, threshold=0) == 0  # the same phase, the same picture


def test_the_right_side_is_the_mirror_image_of_the_left(qapp: object) -> None:
    motion = exercise("levator_scapulae_stretch").motion
    assert motion is not None
    left, right = FigureScene(motion, BodySide.LEFT), FigureScene(motion, BodySide.RIGHT)
    for phase in (0.0, 0.4, 1.0):
        on_left, on_right = left.figure_at(phase), right.figure_at(phase)
        for joint, point in on_left.items():
            a, b = left.screen.point(point), right.screen.point(on_right[joint.mirror])
            assert a[0] == pytest.approx(-b[0], abs=1e-9)  # the left hand where the right is
            assert a[1] == pytest.approx(b[1], abs=1e-9)
        drawn_left = render_image(motion, phase, SIZE, light_palette(), BodySide.LEFT)
        drawn_right = render_image(motion, phase, SIZE, light_palette(), BodySide.RIGHT)
        assert differing(drawn_left, drawn_right) > 0.01  # the sides do differ ...
        mirrored = drawn_right.flipped(Qt.Orientation.Horizontal)
        assert differing(drawn_left, mirrored) < 0.003  # ... as mirror images (antialiasing aside)


def head_and_thigh(motion_id: str, palette: QPalette) -> tuple[QImage, QColor, QColor]:
    """The chin tuck drawn whole, and the colours at its face and its near thigh."""
    motion = exercise(motion_id).motion
    assert motion is not None
    image = render_image(motion, 0.0, SIZE, palette, framing=Framing.WHOLE)
    scene = FigureScene(motion, framing=Framing.WHOLE)
    figure = scene.figure_at(0.0)
    face = (figure[Joint.HEAD_CENTER] + figure[Joint.NOSE]).scaled(0.5)
    thigh = (figure[Joint.RIGHT_HIP] + figure[Joint.RIGHT_KNEE]).scaled(0.5)
    return (
        image,
        pixel_at(image, scene, scene.screen.point(face)),
        pixel_at(image, scene, scene.screen.point(thigh)),
    )


def test_the_moving_parts_are_in_the_accent_colour(qapp: object) -> None:
    palette = light_palette()
    colours = figure_colours(palette)
    _, face, thigh = head_and_thigh("chin_tuck", palette)  # the head moves, the legs do not
    assert close(face, colours.accent), face.name()
    assert close(thigh, colours.body), thigh.name()
    assert colours.accent.name() == palette.color(QPalette.ColorRole.Highlight).name()


@pytest.mark.parametrize("theme", list(PALETTES))
def test_every_theme_draws_the_figure_with_enough_contrast(qapp: object, theme: str) -> None:
    palette = PALETTES[theme]()
    background = palette.color(QPalette.ColorRole.Window)
    image, face, thigh = head_and_thigh("chin_tuck", palette)
    assert image.pixelColor(1, 1).name() == background.name()
    for colour in (face, thigh):
        assert contrast_ratio(colour, background) >= 3.0, (theme, colour.name())
    assert contrast_ratio(face, thigh) >= 1.3  # the moving part stands out from the body
    colours = figure_colours(palette)
    assert contrast_ratio(colours.arrow, background) >= 3.0


def test_cycle_phases_cover_one_cycle() -> None:
    hold = exercise("chin_tuck").motion
    assert hold is not None and hold.hold
    assert cycle_phases(hold, 3) == (0.0, 0.5, 1.0)
    cycle = replace(hold, hold=False)
    assert cycle_phases(cycle, 4) == (0.0, 0.25, 0.5, 0.75)
    with pytest.raises(ValueError):
        cycle_phases(hold, 0)


def test_a_hold_loops_in_hold_out_and_rest() -> None:
    moving_in, moving_out = loop_phase(True, 0.15), loop_phase(True, 0.75)
    assert moving_in[0] == pytest.approx(0.5) and not moving_in[1]
    assert loop_phase(True, 0.45) == (1.0, False)
    assert moving_out[0] == pytest.approx(0.5) and moving_out[1]
    assert loop_phase(True, 0.95) == (0.0, False)
    assert loop_phase(False, 1.25) == (0.25, False)


def make_view(qtbot: QtBot, clock: FakeClock | None = None) -> FigureView:
    view = FigureView(clock=clock)
    qtbot.addWidget(view)
    view.resize(SIZE, SIZE)
    return view


def test_the_view_plays_from_the_clock_and_stops_when_hidden(qtbot: QtBot) -> None:
    clock = FakeClock()
    view = make_view(qtbot, clock)
    view.set_exercise(exercise("chin_tuck"))
    view.show()
    view.play_loop(4.0)
    timer = view.findChild(QTimer)
    assert timer is not None and timer.isActive()
    assert view.phase == 0.0
    clock.advance(0.6)  # 15 % of the loop: halfway into the position
    qtbot.waitUntil(lambda: view.phase == pytest.approx(0.5), timeout=2000)
    view.hide()
    assert not timer.isActive()
    assert playing(view)
    view.show()
    assert timer.isActive()
    view.set_phase(1.0)  # the player takes over: the loop stops
    assert not playing(view)
    assert not timer.isActive()


def playing(view: FigureView) -> bool:
    return view.is_playing


def test_the_view_does_not_draw_again_while_the_figure_holds(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot)
    view.set_exercise(exercise("chin_tuck"))
    updates: list[bool] = []
    monkeypatch.setattr(view, "update", lambda: updates.append(True))
    view.set_phase(0.5)
    view.set_phase(1.0)
    assert len(updates) == 2
    for _ in range(5):
        view.set_phase(1.0)  # held
    assert len(updates) == 2
    view.set_phase(0.5)
    view.set_phase(0.5 + 1e-6)  # nothing visible moves
    assert len(updates) == 3
    view.set_phase(0.5, returning=True)  # the arrows turn
    assert len(updates) == 4


def test_stills_show_the_key_poses_and_say_so(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    levator = exercise("levator_scapulae_stretch")
    assert levator.motion is not None
    view.set_exercise(levator, "right")
    assert "Levator scapulae stretch" in view.accessibleName()
    assert "right side" in view.accessibleName()
    assert view.still_count == len(levator.motion.keyframes)
    view.show_still(1)
    assert view.phase == levator.motion.keyframes[1].at
    assert f"2 of {len(levator.motion.keyframes)}" in view.accessibleDescription()
    assert "head" in view.accessibleDescription()
    image = view.grab().toImage()
    background = view.palette().color(QPalette.ColorRole.Window)
    assert any(
        image.pixelColor(x, y) != background
        for x in range(0, image.width(), 8)
        for y in range(0, image.height(), 8)
    )


def test_without_movement_data_the_view_shows_the_pictures(qtbot: QtBot) -> None:
    # A plan's own exercise without keyframes: its picture (the library has none any more).
    picture = REPO_ROOT / "resources" / "icons" / "custom-exercise.svg"
    still = replace(exercise("chin_tuck"), motion=None, illustrations=(picture, picture))
    view = make_view(qtbot)
    view.set_exercise(still)
    assert not view.has_motion
    assert view.still_count == len(still.illustrations)
    assert "start and end position" in view.accessibleName()
    image = view.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, SIZE, 6) for y in range(0, SIZE, 6)}
    assert len(colours) >= 3  # the SVG is drawn, not an empty widget
    view.set_phase(1.0)
    assert view.picture == len(still.illustrations) - 1
    view.show_still(0)
    assert view.picture == 0
    view.play_loop(2.0)  # loops between the pictures without failing
    view.set_exercise(None)
    assert view.accessibleName() == ""


def test_every_library_exercise_with_movement_data_draws_on_both_sides(qapp: object) -> None:
    """Smoke test over the keyframes being written: every motion draws in every theme, both
    sides, at a thumbnail's size, without an error and not blank."""
    for item in builtin_library().exercises:
        if item.motion is None:
            continue
        sides = (BodySide.LEFT, BodySide.RIGHT) if item.dosage.per_side else (None,)
        for side in sides:
            for name, palette in PALETTES.items():
                image = render_image(item.motion, 0.5, 64, palette(), side)
                background = palette().color(QPalette.ColorRole.Window)
                drawn = sum(
                    image.pixelColor(x, y) != background for x in range(64) for y in range(64)
                )
                assert drawn > 200, (item.id, side, name)
