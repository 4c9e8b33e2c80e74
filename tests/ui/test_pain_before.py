"""Pain before starting of 8 or more (CLINICAL.md section 3; BIM: above 5 is too much, 8 is a
product choice): the player does not start silently. It says why to rest the exercise today, shows
the stop-and-seek-care signs, and offers a gentler routine (the default), a check-in instead, or
starting anyway, each reachable by keyboard."""

from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.exercises import Dosage
from coach.domain.gentler import GENTLER_PREFIX
from coach.domain.routines import Routine, RoutineStep
from coach.ui.lifecycle import startup
from coach.ui.player.window import PlayerWindow
from coach.ui.shell.main_window import MainWindow
from coach.ui.text.advice import Situation, situation_sentence
from tests.helpers import page_name, playing

MIXED = Routine(
    "",
    "Mixed test routine",
    "",
    (
        RoutineStep("upper_trapezius_stretch", Dosage(hold_seconds=30, reps=2, per_side=True)),
        RoutineStep("band_row", Dosage(reps=10, sets=2, rest_seconds=30, rep_seconds=3)),
        RoutineStep("chin_tuck", Dosage(hold_seconds=5, reps=10)),
        RoutineStep("shoulder_rolls", Dosage(reps=10, sets=2, rest_seconds=15, rep_seconds=3)),
    ),
)


@pytest.fixture
def player(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: startup.Services
) -> Iterator[PlayerWindow]:
    window = make_window()
    with playing(qtbot, window, MIXED) as player:
        player.activateWindow()
        qtbot.waitActive(player)
        yield player


def rate_8(qtbot: QtBot, player: PlayerWindow) -> None:
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_8)
    assert page_name(player) == "highPainPage"


def test_pain_before_8_says_why_and_shows_the_signs_without_starting_bim(
    qtbot: QtBot, player: PlayerWindow, services: startup.Services
) -> None:
    rate_8(qtbot, player)
    assert player.session_id == -1  # nothing started, nothing recorded
    assert "Pain of 8 out of 10" in player.high_pain.title.text()
    assert "reason to rest the exercise today" in player.high_pain.reason.text()
    assert player.high_pain.seek_care_text.text() == situation_sentence(Situation.SEEK_CARE)
    assert "Chin tuck" in player.high_pain.gentler_text.text()
    assert "Upper trapezius" not in player.high_pain.gentler_text.text()  # mobility only
    # The default is never "start anyway": the keyboard is on the gentler routine.
    assert QApplication.focusWidget() is player.high_pain.gentler_button
    assert not player.high_pain.anyway_button.isDefault()


def test_pain_before_8_gentler_routine_by_keyboard_runs_mobility_at_the_smallest_dose_bim(
    qtbot: QtBot, player: PlayerWindow, services: startup.Services
) -> None:
    rate_8(qtbot, player)
    qtbot.keyClick(player.high_pain.gentler_button, Qt.Key.Key_Space)
    assert page_name(player) == "runningPage"
    assert player.routine.id.startswith(GENTLER_PREFIX)
    assert [(s.exercise_id, s.dosage.sets, s.dosage.reps) for s in player.routine.steps] == [
        ("chin_tuck", 1, 5),
        ("shoulder_rolls", 1, 5),
    ]
    record = services.repo.session(player.session_id)
    assert record is not None
    assert record.routine_id.startswith(GENTLER_PREFIX) and record.pain_before == 8
    assert record.routine_name == "Mixed test routine"


def test_pain_before_8_check_in_instead_records_the_pain_and_closes_bim(
    qtbot: QtBot, player: PlayerWindow, services: startup.Services, clock: FakeClock
) -> None:
    rate_8(qtbot, player)
    qtbot.keyClick(player.high_pain.gentler_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is player.high_pain.checkin_button
    with qtbot.waitSignal(player.closed) as closed:
        qtbot.keyClick(player.high_pain.checkin_button, Qt.Key.Key_Space)
    assert closed.args == [-1]  # no routine was recorded
    now = clock.now()
    checkins = services.repo.checkins_between(now - timedelta(minutes=1), now + timedelta(1))
    assert [c.pain for c in checkins] == [8]
    assert services.repo.sessions_between(now - timedelta(days=1), now + timedelta(1)) == []


def test_pain_before_8_start_anyway_runs_the_routine_as_chosen_bim(
    qtbot: QtBot, player: PlayerWindow, services: startup.Services
) -> None:
    rate_8(qtbot, player)
    for _ in range(2):  # past "Just a check-in"
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is player.high_pain.anyway_button
    qtbot.keyClick(player.high_pain.anyway_button, Qt.Key.Key_Space)
    assert page_name(player) == "runningPage"
    assert not player.routine.id.startswith(GENTLER_PREFIX)
    assert len(player.routine.steps) == len(MIXED.steps)
    record = services.repo.session(player.session_id)
    assert record is not None and record.pain_before == 8


def test_pain_before_7_starts_at_once_bim(qtbot: QtBot, player: PlayerWindow) -> None:
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_7)
    assert page_name(player) == "runningPage"
