"""Today as the home page (issue 20): a greeting and the date, Next up with one large Start
button, and the day at a glance once something is recorded."""

from collections.abc import Callable, Iterator
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
from coach.ui.pages.today.week_line import BAR_GAP, WeekLine, pain_bars
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


def test_pain_bars_run_from_the_lowest_bar_at_0_to_the_highest_at_10() -> None:
    assert pain_bars([0, 10, None, 5, 2.2]) == BAR_GAP.join("▁█·▅▃")


def test_the_week_line_comes_after_the_first_paint_with_the_pain_bars_and_the_streak(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> None:
    repo = services.context.repo
    now = clock.now()
    repo.add_checkin(2, at=now)
    repo.add_checkin(5, at=now - timedelta(days=2))
    repo.add_checkin(6, at=now - timedelta(days=2, minutes=30))
    recorder = SessionService(services.context)
    clock.jump_wall(-86400)  # a routine yesterday, and one today
    for _day in range(2):
        recorder.finish(recorder.start(ROUTINE, 4), SessionStatus.COMPLETED)
        clock.jump_wall(86400)
    clock.jump_wall(-86400)
    window = make_window()
    today = window.today
    assert today.week_line is None  # nothing of it on the way to the first picture
    window.show()
    qtbot.waitUntil(lambda: today.findChild(WeekLine, "todayWeek") is not None)
    week = today.findChild(WeekLine, "todayWeek")
    assert week is not None and week.isVisible()
    assert week.bars.text() == BAR_GAP.join("····▅·▂")  # five and six two days ago, two today
    assert week.streak.text() == "2 day(s) in a row with your routines done"
    spoken = week.bars.accessibleName()
    assert spoken.startswith("Pain on the last seven days, today last: ")
    assert spoken.count("no check-in") == 5 and spoken.endswith(" 2")
    qtbot.mouseClick(today.findChild(QPushButton, "painButton8"), Qt.MouseButton.LeftButton)
    today.save_checkin()
    qtbot.waitUntil(lambda: week.bars.text() == BAR_GAP.join("····▅·▅"))  # today's mean: five


def test_a_week_without_check_ins_or_routines_shows_no_line(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: window.today.week_line is not None)
    assert window.today.week_line is not None and not window.today.week_line.isVisible()


def test_the_streak_is_read_again_only_when_a_routine_is_recorded(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The streak reads the routines done back from today (a few milliseconds after years of use,
    which is still more than a check-in needs): a check-in reads the week's pain again, not the
    streak; a routine recorded reads both."""
    repo = services.context.repo
    reads: list[bool] = []
    routines_done = repo.completed_session_starts

    def counted() -> Iterator[float]:
        reads.append(True)
        return routines_done()

    monkeypatch.setattr(repo, "completed_session_starts", counted)
    window = make_window()
    window.show()
    qtbot.waitUntil(lambda: window.today.findChild(WeekLine, "todayWeek") is not None)
    week = window.today.findChild(WeekLine, "todayWeek")
    assert week is not None and reads == [True]
    today = window.today
    qtbot.mouseClick(today.findChild(QPushButton, "painButton6"), Qt.MouseButton.LeftButton)
    today.save_checkin()
    qtbot.waitUntil(lambda: week.bars.text().endswith("▅"))  # six today
    assert reads == [True]
    recorder = SessionService(services.context)
    recorder.finish(recorder.start(ROUTINE, 4), SessionStatus.COMPLETED)
    qtbot.waitUntil(week.streak.isVisible)
    assert week.streak.text() == "1 day(s) in a row with your routines done"
    assert reads == [True, True, True]  # once as the routine started, once as it ended
