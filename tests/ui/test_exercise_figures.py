"""Everywhere an exercise is shown, its figure is (issue 19, point 5): the Exercises page loops the
movement at the exercise's tempo, mirrored for the right side, paused on request and still while
hidden; the exercise list and each routine step show a thumbnail, crisp at 200 % and in the
theme's colours."""

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QListWidget
from pytestqt.qtbot import QtBot

from coach.domain.exercises import Exercise
from coach.domain.pose import BodySide
from coach.domain.pose.motion_json import motion_data
from coach.services.plans import builtin_library
from coach.ui.pages.exercises import ExercisesPage
from coach.ui.pages.routine_cards import CARD_THUMBNAIL_SIZE, CARD_THUMBNAILS, RoutineCard
from coach.ui.pages.routines import RoutinesPage
from coach.ui.plans import actions as plan_actions
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.widgets import exercise_figures
from coach.ui.widgets.exercise_figures import (
    STEP_THUMBNAIL_SIZE,
    THUMBNAIL_SIZE,
    loop_seconds,
    telling_keyframe,
    thumbnail,
)
from coach.ui.widgets.figure import FigureView
from coach.ui.widgets.figure_view import LOOP_MOVE_IN
from coach.ui.widgets.palettes import dark_palette, light_palette
from tests.helpers import REPO_ROOT

NECK_PLAN = REPO_ROOT / "resources" / "plans" / "examples" / "neck-and-upper-back.coachplan"


def _exercise(exercise_id: str) -> Exercise:
    found = builtin_library().get(exercise_id)
    assert found is not None and found.motion is not None
    return found


def _page(window: MainWindow) -> ExercisesPage:
    window.show_page(Page.EXERCISES)
    page = window.page_widget(Page.EXERCISES)
    assert isinstance(page, ExercisesPage)
    return page


def _select(page: ExercisesPage, exercise_id: str) -> None:
    ids = [page.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.list.count())]
    page.list.setCurrentRow(ids.index(exercise_id))
    assert page.shown is not None and page.shown.id == exercise_id


def _share_differing(one: QImage, other: QImage, threshold: int = 48) -> float:
    """The share of pixels (every second one) that differ by more than `threshold`."""
    assert one.size() == other.size()
    count = total = 0
    for y in range(0, one.height(), 2):
        for x in range(0, one.width(), 2):
            a, b = one.pixelColor(x, y), other.pixelColor(x, y)
            total += 1
            differences = (a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue())
            count += max(abs(d) for d in differences) > threshold
    return count / total


def _playing(page: ExercisesPage) -> bool:
    return page.figure.is_playing


def _animating(page: ExercisesPage) -> bool:
    return page.figure.is_animating


def _thumbnails_drawn(qtbot: QtBot, page: ExercisesPage | RoutinesPage) -> None:
    qtbot.waitUntil(lambda: page._thumbnails.pending == 0, timeout=20000)


def _is_drawn(image: QImage) -> bool:
    """More than the empty card: the figure's colours are in it."""
    colours = {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())}
    return len(colours) > 12


# ---- the Exercises page's moving figure --------------------------------------------------------
def test_the_detail_loops_the_movement_while_shown_and_stops_when_hidden(
    window: MainWindow,
) -> None:
    page = _page(window)
    assert isinstance(page.figure, FigureView)
    _select(page, "chin_tuck")
    assert page.figure.has_motion and page.figure.isVisible()
    assert _playing(page)
    assert not page.left_side.isVisibleTo(page)  # done once, not on each side
    window.show_page(Page.TODAY)
    assert not _playing(page)  # nothing moves on a page no one sees
    window.show_page(Page.EXERCISES)
    assert _playing(page)


def test_the_loop_has_the_exercises_own_tempo() -> None:
    chin_tuck, rolls = _exercise("chin_tuck"), _exercise("shoulder_rolls")
    assert chin_tuck.motion is not None and chin_tuck.motion.hold
    # A hold: the move into position takes its move_seconds, then the hold, out and a rest.
    assert loop_seconds(chin_tuck) == pytest.approx(chin_tuck.motion.move_seconds / LOOP_MOVE_IN)
    assert loop_seconds(rolls) == rolls.dosage.rep_seconds  # a movement: one rep per loop


def test_the_side_toggle_shows_the_mirror_image(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    _select(page, "levator_scapulae_stretch")
    assert page.left_side.isVisibleTo(page) and page.right_side.isVisibleTo(page)
    assert page.side == "left" and "left side" in page.figure.accessibleName()
    page.figure.set_phase(1.0)  # the held position, for a picture to compare
    left = page.figure.grab().toImage()
    qtbot.mouseClick(page.right_side, Qt.MouseButton.LeftButton)
    assert page.side == "right" and "right side" in page.figure.accessibleName()
    assert _playing(page)  # the loop goes on, on the other side
    page.figure.set_phase(1.0)
    right = page.figure.grab().toImage()
    assert _share_differing(left, right) > 0.01
    assert _share_differing(left, right.flipped(Qt.Orientation.Horizontal)) < 0.01


def test_the_pause_button_stops_and_restarts_the_loop_from_the_keyboard(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = _page(window)
    _select(page, "shoulder_rolls")
    assert page.pause_button.isCheckable() and "&" in page.pause_button.text()
    assert page.pause_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.pause_button.setFocus()
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Space)
    assert page.pause_button.isChecked() and not _playing(page)
    _select(page, "chin_tuck")  # stays paused on another exercise
    assert not _playing(page)
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Space)
    assert _playing(page)


def test_with_motion_reduced_the_figure_steps_through_its_key_poses(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The "reduce motion" setting: stills at the key poses, no frames between, and a note."""
    page = _page(window)
    _select(page, "neck_side_bend")
    motion = _exercise("neck_side_bend").motion
    assert motion is not None
    assert _animating(page) and not page.figure_note.isVisibleTo(page)
    window._settings.update(reduce_motion=True)
    assert page.figure.reduce_motion and _playing(page)
    assert not _animating(page)  # no frames: a still until the next key pose is due
    assert page.figure_note.isVisibleTo(page)
    assert page.figure.phase in {k.at for k in motion.keyframes}
    window._settings.update(reduce_motion=False)
    assert _animating(page) and not page.figure_note.isVisibleTo(page)


def test_paused_a_new_exercise_shows_its_telling_pose(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    _select(page, "chin_tuck")
    qtbot.mouseClick(page.pause_button, Qt.MouseButton.LeftButton)
    _select(page, "neck_side_bend")
    motion = _exercise("neck_side_bend").motion
    assert motion is not None and not _playing(page)
    assert page.figure.phase == motion.keyframes[telling_keyframe(motion)].at  # not its start


# ---- thumbnails --------------------------------------------------------------------------------
def _item_icons(view: QListWidget) -> list[QImage]:
    size = view.iconSize()
    return [view.item(i).icon().pixmap(size).toImage() for i in range(view.count())]


def test_every_exercise_in_the_list_has_a_thumbnail_of_its_size(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = _page(window)
    assert page.list.iconSize() == QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
    _thumbnails_drawn(qtbot, page)
    icons = _item_icons(page.list)
    assert len(icons) == page.list.count() >= 19
    for image in icons:
        assert not image.isNull()
        assert image.size() == QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
        assert _is_drawn(image)
    # Different exercises, different pictures.
    assert len({bytes(image.constBits()) for image in icons}) == len(icons)


def test_a_thumbnail_is_crisp_at_200_percent(qapp: object) -> None:
    pixmap = thumbnail(_exercise("chin_tuck"), None, THUMBNAIL_SIZE, light_palette(), 2.0)
    assert pixmap.width() == pixmap.height() == 2 * THUMBNAIL_SIZE  # device pixels
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.deviceIndependentSize().toSize() == QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
    again = thumbnail(_exercise("chin_tuck"), None, THUMBNAIL_SIZE, light_palette(), 2.0)
    assert again.cacheKey() == pixmap.cacheKey()  # drawn once, kept


def test_a_thumbnail_shows_the_telling_pose_and_the_side(qapp: object) -> None:
    exercise = _exercise("neck_side_bend")
    motion = exercise.motion
    assert motion is not None
    assert motion.keyframes[telling_keyframe(motion)].at == 1.0  # the held position
    left = thumbnail(exercise, BodySide.LEFT, 64, light_palette()).toImage()
    right = thumbnail(exercise, BodySide.RIGHT, 64, light_palette()).toImage()
    assert _share_differing(left, right) > 0.005
    assert _share_differing(left, right.flipped(Qt.Orientation.Horizontal)) < 0.01


def test_thumbnails_follow_the_theme(window: MainWindow, qtbot: QtBot) -> None:
    page = _page(window)
    _thumbnails_drawn(qtbot, page)
    inside = (THUMBNAIL_SIZE // 2, 8)  # inside the card, above the figure
    light = _item_icons(page.list)[0].pixelColor(*inside)
    page.setPalette(dark_palette())
    dark_window = dark_palette().color(QPalette.ColorRole.Window)
    qtbot.waitUntil(lambda: _item_icons(page.list)[0].pixelColor(*inside) == dark_window)
    _thumbnails_drawn(qtbot, page)
    assert light != dark_window
    assert all(_is_drawn(image) for image in _item_icons(page.list))
    with qtbot.waitSignal(page._thumbnails.redraw):  # moved to a screen of another pixel ratio
        QApplication.sendEvent(page.list, QEvent(QEvent.Type.DevicePixelRatioChange))


def test_the_list_shows_before_its_thumbnails_are_drawn(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawing the library's thumbnails takes most of a second: the list does not wait."""
    exercise_figures._CACHE.clear()
    page = _page(window)
    page.search.setText("neck")
    assert page.list.count() >= 3
    assert page._thumbnails.pending >= 1  # still to come: each row has the empty card meanwhile
    assert all(not image.isNull() for image in _item_icons(page.list))
    _thumbnails_drawn(qtbot, page)
    assert all(_is_drawn(image) for image in _item_icons(page.list))


def test_each_routine_step_shows_a_thumbnail(window: MainWindow, qtbot: QtBot) -> None:
    window.show_page(Page.ROUTINES)
    page = window.page_widget(Page.ROUTINES)
    assert isinstance(page, RoutinesPage)
    page.select("desk_reset")
    _thumbnails_drawn(qtbot, page)
    assert page.steps.count() >= 4
    for row in range(page.steps.count()):
        card = page.step_card(row)
        assert card is not None
        image = card.picture.pixmap().toImage()
        assert card.picture.size() == QSize(STEP_THUMBNAIL_SIZE, STEP_THUMBNAIL_SIZE)
        assert image.deviceIndependentSize().toSize() == QSize(
            STEP_THUMBNAIL_SIZE, STEP_THUMBNAIL_SIZE
        )
        assert _is_drawn(image)
        assert card.height() >= STEP_THUMBNAIL_SIZE


def test_each_routine_card_shows_a_thumbnail_of_each_exercise(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.show_page(Page.ROUTINES)
    page = window.page_widget(Page.ROUTINES)
    assert isinstance(page, RoutinesPage)
    qtbot.waitUntil(lambda: page._card_thumbnails.pending == 0, timeout=20000)
    for row, routine in enumerate(page.routines):
        card = page.list.card(row)
        assert isinstance(card, RoutineCard)
        assert len(card.thumbnails) == min(len(routine.steps), CARD_THUMBNAILS)
        images = [label.pixmap().toImage() for label in card.thumbnails]
        assert all(_is_drawn(image) for image in images), routine.id
        assert all(
            image.deviceIndependentSize().toSize()
            == QSize(CARD_THUMBNAIL_SIZE, CARD_THUMBNAIL_SIZE)
            for image in images
        )


# ---- a plan's own exercise with a movement ----------------------------------------------------
@pytest.fixture
def accept_plans(monkeypatch: pytest.MonkeyPatch) -> None:
    def accept(_dialog: plan_actions.PlanDialog) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(plan_actions.PlanDialog, "exec", accept)


def test_a_plans_own_exercise_with_a_movement_moves_on_the_exercises_page(
    window: MainWindow, accept_plans: None, tmp_path: Path, qtbot: QtBot
) -> None:
    data: dict[str, Any] = json.loads(NECK_PLAN.read_text(encoding="utf-8"))
    data["exercises"][0]["motion"] = motion_data(_exercise("chin_tuck").motion)  # type: ignore[arg-type]
    plan = tmp_path / "moving.coachplan"
    plan.write_text(json.dumps(data), encoding="utf-8")
    assert window.open_plan_file(plan)
    page = _page(window)
    _select(page, "towel_neck_glide")
    assert page.figure.has_motion and _playing(page)
    _thumbnails_drawn(qtbot, page)
    row = page.list.currentRow()
    assert _is_drawn(_item_icons(page.list)[row])


def test_a_plans_own_exercise_without_one_keeps_its_picture(
    window: MainWindow, accept_plans: None
) -> None:
    assert window.open_plan_file(NECK_PLAN)
    page = _page(window)
    _select(page, "towel_neck_glide")
    assert not page.figure.has_motion
    assert page.figure.still_count == 2  # its picture, as start and end
