"""The guided player end to end on a fake clock, driven by real key presses, and what it stores."""

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.exercises import Dosage
from coach.domain.history import SessionStatus
from coach.domain.routines import Routine, RoutineStep
from coach.domain.session import SessionState
from coach.services.catalog import builtin_catalog
from coach.ui.lifecycle import startup
from coach.ui.player.window import PlayerWindow
from coach.ui.shell.main_window import MainWindow
from coach.ui.text.advice import Situation, situation_sentence
from tests.helpers import page_name, playing, run_until

SHORT = Routine(
    "",
    "Short test routine",
    "",
    (
        RoutineStep(
            "neck_side_bend", Dosage(hold_seconds=2, reps=1, sets=2, rest_seconds=3, per_side=True)
        ),
        RoutineStep("shoulder_rolls", Dosage(reps=2, rep_seconds=2)),
    ),
)


@pytest.fixture
def player(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: startup.Services
) -> Iterator[PlayerWindow]:
    window = make_window()
    with playing(qtbot, window, SHORT) as player:
        yield player


def test_a_routine_played_with_the_keyboard_is_stored_step_by_step(
    qtbot: QtBot, player: PlayerWindow, clock: FakeClock, services: startup.Services
) -> None:
    assert page_name(player) == "painBefore"
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_4)
    assert page_name(player) == "runningPage"
    session_id = player.session_id
    started = services.repo.session(session_id)
    assert started is not None and started.status is SessionStatus.IN_PROGRESS

    clock.advance(5.5)  # past "get ready"
    player.refresh()
    # The side and the way to go.
    assert player.running.instruction.text() == (
        "Tilt your head to the left, left ear towards your left shoulder. Hold 2 seconds"
    )
    assert player.running.ring.text == "2"
    qtbot.keyClick(player.running, Qt.Key.Key_Space)  # pause
    clock.advance(120)
    player.refresh()
    assert player.running.ring.text == "2"  # paused time does not count
    assert player.running.pause_button.text() == "Resume"
    qtbot.keyClick(player.running, Qt.Key.Key_Space)  # resume

    for _ in range(200):  # into the second exercise
        clock.advance(0.5)
        player.refresh()
        if player.session.step_index == 1:
            break
    assert player.session.step_index == 1
    steps = services.repo.steps_of(session_id)
    assert [(s.exercise_id, s.completed, s.reps_done) for s in steps] == [
        ("neck_side_bend", True, 4)
    ]  # committed as soon as the first exercise finished

    run_until(player, clock, "painAfter")
    qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_2)
    assert page_name(player) == "summaryPage"
    assert "2 of 2 exercise(s) completed" in player.summary.summary_text.text()
    assert "Pain before: 4 of 10, after: 2 of 10." in player.summary.summary_text.text()
    with qtbot.waitSignal(player.closed):
        qtbot.keyClick(player.summary.close_button, Qt.Key.Key_Return)

    record = services.repo.session(session_id)
    assert record is not None
    assert (record.status, record.pain_before, record.pain_after) == (SessionStatus.COMPLETED, 4, 2)
    assert record.steps_completed == 2
    cues = player._cues
    assert "Switch sides. Tilt your head to the right, right ear towards your right shoulder" in (
        cues.spoken
    )
    assert "Well done. Routine finished." in cues.spoken


def test_skip_back_and_escape_with_confirmation(
    qtbot: QtBot,
    player: PlayerWindow,
    clock: FakeClock,
    services: startup.Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.mouseClick(player.before.skip, Qt.MouseButton.LeftButton)
    qtbot.keyClick(player.running, Qt.Key.Key_Right)  # skip the first exercise
    assert player.session.step_index == 1
    clock.advance(1)
    qtbot.keyClick(player.running, Qt.Key.Key_Left)  # just begun: back to the first
    assert player.session.step_index == 0
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    states = []

    def answer(*_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        states.append(player.session.state)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(player.running, Qt.Key.Key_Escape)
    assert not player.session.is_over  # "No" keeps going
    assert player.session.state is SessionState.RUNNING
    assert states == [SessionState.PAUSED]  # paused while the question was open
    qtbot.keyClick(player.running, Qt.Key.Key_Escape)
    assert page_name(player) == "painAfter"
    qtbot.mouseClick(player.after.skip, Qt.MouseButton.LeftButton)
    record = services.repo.session(player.session_id)
    assert record is not None
    assert record.status is SessionStatus.ENDED_EARLY
    assert record.pain_before is None and record.pain_after is None
    assert [s.completed for s in services.repo.steps_of(player.session_id)] == [False, False]


def test_stop_this_hurts_ends_at_once_and_shows_the_safety_advice(
    qtbot: QtBot, player: PlayerWindow, clock: FakeClock, services: startup.Services
) -> None:
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_3)
    clock.advance(7)
    player.refresh()
    qtbot.mouseClick(player.running.hurts_button, Qt.MouseButton.LeftButton)
    assert player.after.question.text() == "How bad is the pain now?"
    qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_7)
    assert player.summary.title.text() == "You stopped because it hurt"
    # The one wording for when to seek care (CLINICAL.md 4a), as on Today and in the first run
    assert situation_sentence(Situation.SEEK_CARE) in player.summary.safety_text.text()
    assert player.summary.safety_text.isVisibleTo(player)
    record = services.repo.session(player.session_id)
    assert record is not None
    assert (record.status, record.pain_after) == (SessionStatus.STOPPED_PAIN, 7)
    assert record.stop_reason == "the user reported pain"


def test_without_audio_or_voice_the_cues_are_shown_as_text(
    qtbot: QtBot, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window()
    window.speech_engine = "no-such-engine"
    window.try_exercise(builtin_catalog().library.get("chin_tuck"))  # type: ignore[arg-type]
    player = window.player
    assert player is not None
    qtbot.waitExposed(player)
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_1)
    assert player.running.cue_line.text().startswith("Cue: Get ready: Chin tuck")
    # The speech worker reports the missing engine in its own time; the line then says so.
    qtbot.waitUntil(lambda: "no voice" in player.running.cue_line.text(), timeout=20_000)
    assert player.running.cue_line.text().startswith("Cue: Get ready: Chin tuck")
    assert "visual cues only" in player.running.cue_line.text()
    assert "no voice" in player.running.cue_line.text()
    player.session.end_early()
    player.close()


def test_mute_silences_sound_and_voice(
    qtbot: QtBot, player: PlayerWindow, clock: FakeClock
) -> None:
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_0)
    qtbot.keyClick(player.running, Qt.Key.Key_M)
    spoken = list(player._cues.spoken)
    clock.advance(6)
    player.refresh()
    assert player._cues.spoken == spoken
    assert "(muted)" in player.running.cue_line.text()


def test_today_lists_the_routine(
    qtbot: QtBot, player: PlayerWindow, clock: FakeClock, make_window: Callable[..., MainWindow]
) -> None:
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_4)
    run_until(player, clock, "painAfter")
    qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_3)
    player.close()
    window = make_window()
    window.today.refresh()
    texts = [
        window.today._today_list.item(i).text() for i in range(window.today._today_list.count())
    ]
    assert any(
        "Short test routine: completed, 2 exercise(s) done" in t and "(pain 4 → 3)" in t
        for t in texts
    )
    assert clock.now() - timedelta(hours=1) < clock.now()


@pytest.mark.parametrize("how", ["quit", "close"])
def test_leaving_coach_mid_routine_records_it_as_ended_early(
    qtbot: QtBot,
    player: PlayerWindow,
    clock: FakeClock,
    services: startup.Services,
    quit_calls: list[bool],
    how: str,
) -> None:
    """Quit, or close the window where there is no tray (a review finding: that left the
    routine 'in progress')."""
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_2)
    clock.advance(8)
    player.refresh()
    owner = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.player is player
    )
    if how == "quit":
        owner.quit_app()
    else:
        owner.close()
    assert quit_calls == [True]
    record = services.repo.session(player.session_id)
    assert record is not None and record.status is SessionStatus.ENDED_EARLY
    assert [s.completed for s in services.repo.steps_of(player.session_id)] == [False]


def test_a_failed_write_does_not_freeze_the_player(
    qtbot: QtBot,
    player: PlayerWindow,
    clock: FakeClock,
    services: startup.Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Review finding: one failing step write swallowed the end of the session."""
    import sqlite3

    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_4)
    monkeypatch.setattr(services.repo, "record_step", disk_full)
    run_until(player, clock, "painAfter")
    record = services.repo.session(player.session_id)
    assert record is not None and record.status is SessionStatus.COMPLETED
