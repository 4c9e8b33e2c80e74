"""Today as the home page (issue 20): a greeting and the date, Next up with one large Start
button, and the day at a glance once something is recorded."""

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.exercises import Dosage
from coach.domain.history import SessionStatus
from coach.domain.routines import Routine, RoutineStep
from coach.services.sessions import SessionService
from coach.ui.lifecycle import startup
from coach.ui.shell.main_window import MainWindow

ROUTINE = Routine(
    "desk_reset",
    "Desk reset",
    "",
    (RoutineStep("chin_tuck", Dosage(hold_seconds=5, reps=2)),),
)


@pytest.mark.parametrize(
    ("hour", "greeting"),
    [(6, "Good morning"), (11, "Good morning"), (12, "Good afternoon"), (19, "Good evening")],
)
def test_the_title_greets_by_the_time_of_day_above_the_date(
    make_window: Callable[..., MainWindow], clock: FakeClock, hour: int, greeting: str
) -> None:
    local = clock.now().astimezone()
    ahead = (local.replace(hour=hour, minute=0) - local) % timedelta(
        days=1
    )  # the clock only goes on
    clock.advance(ahead.total_seconds())
    window = make_window()
    title = window.today.findChild(QLabel, "todayTitle")
    date = window.today.findChild(QLabel, "todayDate")
    assert title is not None and date is not None
    assert title.text() == greeting
    assert str(clock.now().astimezone().year) in date.text()


def test_a_new_day_offers_one_large_start_button_and_nothing_else_to_read(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    today = window.today
    start = today.findChild(QPushButton, "quickStart")
    assert start is not None and start.isVisible() and start.isDefault()
    others = [b for b in today.findChildren(QPushButton) if b.isVisible() and b is not start]
    assert all(start.height() > b.height() for b in others)  # the easy target
    assert not today.next_text.isVisible() and not today.glance.isVisible()
    with qtbot.waitSignal(today.start_routine_requested) as started:
        qtbot.mouseClick(start, Qt.MouseButton.LeftButton)
    assert started.args == ["desk_reset"]


def test_after_a_routine_next_up_says_well_done_and_the_day_at_a_glance(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    today = window.today
    recorder = SessionService(services.context)
    session = recorder.start(ROUTINE, 4)
    clock.advance(90)
    recorder.finish(session, SessionStatus.COMPLETED)
    qtbot.waitUntil(today.next_text.isVisible)
    assert today.next_text.text().startswith("You did Desk reset at ")
    assert today.glance.isVisible()
    assert today.glance.text() == "So far today: 1 routine(s) done"
    clock.advance(60)
    qtbot.mouseClick(today.findChild(QPushButton, "painButton3"), Qt.MouseButton.LeftButton)
    today.save_checkin()
    qtbot.waitUntil(lambda: "check-in" in today.glance.text())
    assert today.glance.text() == "So far today: 1 routine(s) done · 1 check-in(s)"


def test_a_routine_ended_early_is_not_a_routine_done(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> None:
    window = make_window()
    recorder = SessionService(services.context)
    session = recorder.start(ROUTINE, None)
    clock.advance(20)
    recorder.finish(session, SessionStatus.ENDED_EARLY)
    window.today.refresh()
    assert not window.today.next_text.isVisible()
    assert window.today.glance.text() == "So far today: 0 routine(s) done"
