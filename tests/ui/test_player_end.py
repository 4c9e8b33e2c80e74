"""The player's window as a patient meets it (issue 20): it opens in the middle of the main
window's screen, its countdown ring is never cut off, and the end screen says what was done."""

from collections.abc import Callable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.exercises import Dosage
from coach.domain.routines import Routine, RoutineStep
from coach.services.catalog import builtin_catalog
from coach.ui.lifecycle import startup
from coach.ui.player.ring import MARGIN_PX, CountdownRing, ring_geometry
from coach.ui.player.window import PlayerWindow
from coach.ui.shell.main_window import MainWindow
from tests.helpers import page_name, playing, run_until

TWO_STEPS = Routine(
    "",
    "End screen test routine",
    "",
    (
        RoutineStep("chin_tuck", Dosage(hold_seconds=2, reps=1)),
        RoutineStep("shoulder_rolls", Dosage(reps=2, rep_seconds=2)),
    ),
)


@pytest.fixture
def player(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: startup.Services
) -> Iterator[PlayerWindow]:
    window = make_window()
    window.show()
    with playing(qtbot, window, TWO_STEPS) as player:
        yield player


def test_the_player_opens_in_the_middle_of_the_main_windows_screen(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    placed: list[object] = []
    place_on = PlayerWindow.place_on

    def record(player: PlayerWindow, screen: object) -> None:
        placed.append(screen)
        place_on(player, screen)  # type: ignore[arg-type]

    monkeypatch.setattr(PlayerWindow, "place_on", record)
    window = make_window()
    window.speech_engine = "mock"
    window.show()
    window.start_routine(services.repo.save_routine(TWO_STEPS, builtin_catalog().library))
    player = window.player
    assert player is not None
    qtbot.addWidget(player)
    assert placed == [window.screen()]  # the main window's screen, before it is shown
    screen = player.screen()
    assert screen is not None
    room = screen.availableGeometry()
    player.move(room.right() - 50, room.bottom() - 50)  # wherever it was: back to the middle
    player.place_on(screen)
    frame = player.frameGeometry()
    assert room.contains(frame.topLeft())  # on this screen, never above or left of it
    assert abs(frame.center().x() - room.center().x()) <= 16
    assert abs(frame.center().y() - room.center().y()) <= 40  # a title bar above, if any
    player.session.end_early()
    player.close()


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=180, max_value=4000), st.integers(min_value=180, max_value=4000))
def test_the_whole_ring_stays_inside_its_widget(width: int, height: int) -> None:
    rect, thickness = ring_geometry(width, height)
    outer = rect.adjusted(-thickness / 2, -thickness / 2, thickness / 2, thickness / 2)
    inside = QRectF(MARGIN_PX, MARGIN_PX, width - 2 * MARGIN_PX, height - 2 * MARGIN_PX)
    assert inside.adjusted(-0.01, -0.01, 0.01, 0.01).contains(outer)
    assert rect.width() == pytest.approx(rect.height())
    assert min(width, height) - 2 * MARGIN_PX - outer.width() < 1  # as large as it can be


@pytest.mark.parametrize("size", [(900, 240), (240, 700), (500, 500)])
def test_a_wide_or_tall_ring_is_drawn_whole(qtbot: QtBot, size: tuple[int, int]) -> None:
    """The ring was cut flat at the top and bottom of a wide, short window: no ring colour may
    touch the widget's edge, and the top and bottom of the ring must be drawn."""
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(*size)
    ring.set_state(1.0, "12", "Hold")
    image = QImage(ring.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    ring.render(image, QPoint(0, 0))
    accent = ring.palette().color(QPalette.ColorRole.Highlight)

    def is_ring(x: int, y: int) -> bool:
        pixel = image.pixelColor(x, y)
        return (
            pixel.alpha() > 200
            and abs(pixel.red() - accent.red())
            + abs(pixel.green() - accent.green())
            + abs(pixel.blue() - accent.blue())
            < 60
        )

    width, height = size
    edges = [(x, 0) for x in range(width)] + [(x, height - 1) for x in range(width)]
    edges += [(0, y) for y in range(height)] + [(width - 1, y) for y in range(height)]
    assert not any(is_ring(x, y) for x, y in edges)
    rect, _thickness = ring_geometry(width, height)
    centre_x = round(rect.center().x())
    top, bottom = round(rect.top()), round(rect.bottom())
    assert is_ring(centre_x, top) and is_ring(centre_x, bottom)  # the full circle is there


def test_the_end_screen_lists_what_was_done_the_time_the_pain_and_the_streak(
    qtbot: QtBot, player: PlayerWindow, clock: FakeClock
) -> None:
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_5)
    run_until(player, clock, "painAfter")
    qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_3)
    assert page_name(player) == "summaryPage"
    end = player.summary
    assert end.title.text() == "Well done"
    facts = {name: label.text() for name, label in end.fact_values.items()}
    assert facts["exercises"].splitlines() == [
        "\u2713 Chin tuck",
        "\u2713 Shoulder rolls (backwards)",
    ]
    assert facts["time"].startswith("active ")
    assert facts["pain"] == "5 of 10 before, 3 of 10 after"
    assert facts["streak"] == "1 day(s) in a row with your routines done"
    for name, label in end.fact_values.items():
        assert label.isVisible(), name
        buddy = [c for c in end.findChildren(QLabel) if c.buddy() is label]
        assert buddy and buddy[0].isVisible(), name  # each fact has its visible caption
    assert end.close_button.text() == "&Done" and end.close_button.hasFocus()
    assert end.title.font().pointSizeF() > end.summary_text.font().pointSizeF()
    assert end.summary_text.font().pointSizeF() > player.font().pointSizeF()
    with qtbot.waitSignal(player.closed):
        qtbot.keyClick(end.close_button, Qt.Key.Key_Return)


def test_facts_not_given_are_not_shown(
    qtbot: QtBot, player: PlayerWindow, clock: FakeClock
) -> None:
    qtbot.mouseClick(player.before.skip, Qt.MouseButton.LeftButton)
    qtbot.keyClick(player.running, Qt.Key.Key_Right)  # skip the first exercise
    run_until(player, clock, "painAfter")
    qtbot.mouseClick(player.after.skip, Qt.MouseButton.LeftButton)
    end = player.summary
    assert not end.fact_values["pain"].isVisible()
    lines = end.fact_values["exercises"].text().splitlines()
    assert lines == ["\u2013 Chin tuck (not finished)", "\u2713 Shoulder rolls (backwards)"]
