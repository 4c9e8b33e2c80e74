"""One duration formatter, one definition of a session's time (issue 20, points 7 and 8): the
player's last page, Today's list and the report say the same time for the same routine, always
with units; a partial routine on Today keeps its pain before; the notice about a routine cut off
by a crash goes once a later routine is recorded. All on the fake clock, driven with real keys."""

import re
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.exercises import Dosage
from coach.domain.heat import BodyArea, HeatSource
from coach.domain.history import SessionStatus
from coach.domain.routines import Routine, RoutineStep
from coach.domain.session import StepResult
from coach.domain.session_time import SessionTime, record_time
from coach.domain.timers import Timer, TimerKind, TimerStatus
from coach.services.sessions import SessionService
from coach.ui.lifecycle import app, startup
from coach.ui.player.window import PlayerWindow
from coach.ui.shell.main_window import MainWindow
from coach.ui.text.labels import duration_text, session_time_text
from tests.helpers import page_name, playing, run_until

SHORT = Routine(
    "",
    "Short test routine",
    "",
    (
        RoutineStep("chin_tuck", Dosage(hold_seconds=5, reps=2)),
        RoutineStep("shoulder_rolls", Dosage(reps=3, rep_seconds=2)),
    ),
)
CLOCK_FACE = re.compile(r"\b\d+:\d\d\b")  # a bare "0:25" (Today's rows start with a time of day)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (0.4, "0 s"),
        (0.5, "1 s"),
        (45, "45 s"),
        (59.6, "1 min"),
        (60, "1 min"),
        (115.2, "1 min 55 s"),
        (179, "2 min 59 s"),
        (3599.4, "59 min 59 s"),
        (3599.6, "1 h"),
        (3600 + 5 * 60, "1 h 5 min"),
        (3600 + 5 * 60 + 29, "1 h 5 min"),  # from an hour on, to the nearest minute
        (3600 + 5 * 60 + 30, "1 h 6 min"),
        (2 * 3600 + 59 * 60 + 45, "3 h"),
        (-3, "0 s"),
    ],
)
def test_a_duration_is_written_with_its_units(qapp: object, seconds: float, text: str) -> None:
    assert duration_text(seconds) == text


@pytest.mark.parametrize(
    ("time", "text"),
    [
        (SessionTime(115.0, 179.0), "active 1 min 55 s of 2 min 59 s"),
        (SessionTime(115.0, None), "active 1 min 55 s"),
        (SessionTime(115.0, 115.3), "active 1 min 55 s"),  # the same when written: said once
        (SessionTime(40.0, 3900.0), "active 40 s of 1 h 5 min"),
    ],
)
def test_a_sessions_time_names_the_active_time_first(
    qapp: object, time: SessionTime, text: str
) -> None:
    assert session_time_text(time) == text


@pytest.fixture
def player(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: startup.Services
) -> Iterator[PlayerWindow]:
    window = make_window()
    with playing(qtbot, window, SHORT) as player:
        yield player


def today_rows(window: MainWindow) -> list[str]:
    window.today.refresh()
    rows = window.today._today_list
    return [rows.item(i).text() for i in range(rows.count())]


def test_the_player_and_today_give_a_routine_the_same_time_with_units(
    qtbot: QtBot,
    player: PlayerWindow,
    clock: FakeClock,
    services: startup.Services,
    make_window: Callable[..., MainWindow],
) -> None:
    """The review's "completed in 2:59" on the player against "1:55" on Today: both now say the
    active time of the time from start to end, with units, from the one definition."""
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_4)
    progress = player.running.progress.format()
    assert " left of " in progress and not CLOCK_FACE.search(progress), progress
    clock.advance(7)
    player.refresh()
    qtbot.keyClick(player.running, Qt.Key.Key_Space)  # a pause of a minute
    clock.advance(60)
    player.refresh()
    qtbot.keyClick(player.running, Qt.Key.Key_Space)
    run_until(player, clock, "painAfter")
    qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_3)
    assert page_name(player) == "summaryPage"

    record = services.repo.session(player.session_id)
    assert record is not None and record.status is SessionStatus.COMPLETED
    time = record_time(record)
    # Only the holds and movements count as active; the pause, getting ready and relaxing not.
    steps = services.repo.steps_of(player.session_id)
    assert time.active == pytest.approx(sum(s.active_seconds for s in steps))
    assert time.active == pytest.approx(2 * 5 + 3 * 2)
    assert time.start_to_end is not None and time.start_to_end > time.active + 60
    words = session_time_text(time)
    assert words == f"active 16 s of {duration_text(time.start_to_end)}"
    summary = player.summary.summary_text.text()
    assert f"2 of 2 exercise(s) completed, {words}." in summary
    assert not CLOCK_FACE.search(summary), summary
    player.close()

    window = make_window()
    (row,) = today_rows(window)
    assert f"2 exercise(s) done, {words}" in row and "(pain 4 → 3)" in row
    assert not CLOCK_FACE.search(row.split("  ", 1)[1]), row


def start_and_cut_off(services: startup.Services, clock: FakeClock, pain_before: int) -> int:
    """A routine with one exercise done, then Coach killed: still "in progress" in the store."""
    repo = services.repo
    session = repo.start_session(SHORT, pain_before)
    start = clock.now()
    clock.advance(40)
    repo.record_step(session, StepResult(0, "chin_tuck", start, clock.now(), True, 2, 10.0))
    return session


def test_a_partial_routine_keeps_its_pain_before_on_today(
    make_window: Callable[..., MainWindow], services: startup.Services, clock: FakeClock
) -> None:
    start_and_cut_off(services, clock, pain_before=6)
    (closed,) = services.repo.close_interrupted_sessions()
    assert closed.status is SessionStatus.INTERRUPTED
    window = make_window()
    (row,) = today_rows(window)
    assert "Short test routine: interrupted (partial), 1 exercise(s) done" in row
    assert "active 10 s of 40 s" in row
    assert row.endswith("(pain before 6)")


def test_the_notice_about_a_routine_cut_off_goes_once_a_later_routine_is_recorded(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> None:
    start_and_cut_off(services, clock, pain_before=5)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    app.note_interrupted_sessions(window, services)
    notice = window.today.notice
    assert notice.isVisible()
    assert notice.text().startswith("Coach closed while a routine was running (Short test")

    clock.advance(600)
    recorder = SessionService(services.context)  # as the player records, with the change signal
    later = recorder.start(SHORT, 3)
    window.today.refresh()
    assert notice.isVisible()  # still running: not yet recorded
    clock.advance(30)
    recorder.finish(later, SessionStatus.COMPLETED)
    qtbot.waitUntil(lambda: not notice.isVisible())
    assert notice.text() == ""


def test_other_notices_stay_after_a_routine(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.today.show_notice("Coach cannot use its channel for later starts.")
    recorder = SessionService(services.context)
    later = recorder.start(SHORT, None)
    clock.advance(30)
    recorder.finish(later, SessionStatus.COMPLETED)
    window.today.refresh()
    assert window.today.notice.isVisible()
    assert window.today.notice.text() == "Coach cannot use its channel for later starts."


def test_today_lists_heat_with_units(
    make_window: Callable[..., MainWindow], services: startup.Services, clock: FakeClock
) -> None:
    started = clock.now() - timedelta(minutes=20)
    services.repo.save_timer(
        Timer(
            kind=TimerKind.HEAT,
            label="",
            planned_seconds=900.0,
            started_at=started,
            status=TimerStatus.STOPPED,
            source=HeatSource.PAD,
            area=BodyArea.NECK,
            ended_at=started + timedelta(seconds=545),
            actual_seconds=545.0,
        )
    )
    (row,) = today_rows(make_window())
    assert row.endswith("Heat: Heating pad, neck: stopped early, 9 min 5 s of 15 min")
