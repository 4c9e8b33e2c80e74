"""Advice during use (issue 9, part 2): "stop - this hurts" in the player, new symptoms with a
check-in, pain above 5 after a session (CLINICAL.md section 3: BIM, PROV, adapted from SIL;
section 4: NHSBP, MAYO, KCE), and the report's red-flag section."""

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.exercises import Dosage
from coach.domain.history import SessionStatus
from coach.domain.onboarding import Onboarding
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import RedFlag, Symptom
from coach.services.report import ReportData, ReportRequest, ReportService
from coach.ui.dialogs.checkin import CheckInDialog
from coach.ui.dialogs.report import _red_flags
from coach.ui.dialogs.symptoms import SymptomsDialog
from coach.ui.lifecycle import startup
from coach.ui.player.window import PlayerWindow
from coach.ui.shell.main_window import MainWindow
from tests.helpers import page_name, playing

SHORT = Routine(
    "",
    "Short test routine",
    "",
    (RoutineStep("shoulder_rolls", Dosage(reps=2, rep_seconds=2)),),
)


@pytest.fixture
def player(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: startup.Services
) -> Iterator[PlayerWindow]:
    window = make_window()
    with playing(qtbot, window, SHORT) as player:
        yield player


def test_stop_this_hurts_by_key_asks_what_happened_and_gives_same_day_advice_ARUK_HSE(
    qtbot: QtBot, player: PlayerWindow, clock: FakeClock, services: startup.Services
) -> None:
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_2)
    clock.advance(6)
    player.refresh()
    qtbot.keyClick(player.running, Qt.Key.Key_H)  # the keyboard shortcut
    assert page_name(player) == "painAfter"
    assert player.session.is_over  # ended at once: the clock stops with it
    record = services.repo.session(player.session_id)
    assert record is not None and record.status is SessionStatus.STOPPED_PAIN
    choice = player.what_happened
    assert choice is not None and choice.isVisibleTo(player)
    box = choice.boxes[Symptom.ARM_OR_HAND_WEAKNESS]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_4)  # digits answer the pain question from anywhere on it

    assert page_name(player) == "summaryPage"
    advice = player.summary.safety_text.text()
    assert player.summary.safety_text.isVisibleTo(player)
    # Changed by the clinical review: weakness in an arm or hand was an emergency; ARUK and HSE
    # say contact your doctor, the same day. It stays on Today until a clinician has checked it.
    assert advice.startswith("<p><b>Please contact your doctor today</b>")
    assert "Weakness in an arm or hand" in advice and "not a diagnosis" in advice
    (flag,) = services.repo.open_safety_flags()
    assert (flag.reasons, flag.source) == (("arm_or_hand_weakness",), "player")
    assert "reduce or change the exercise" not in advice  # 4 is acceptable (BIM, PROV)
    record = services.repo.session(player.session_id)
    assert record is not None
    assert (record.status, record.pain_after) == (SessionStatus.STOPPED_PAIN, 4)
    assert record.stop_reason == "the user reported pain"
    assert record.symptoms == ("arm_or_hand_weakness",)
    assert record.ended_at is not None


def test_stopping_with_pain_above_5_suggests_a_smaller_dose(
    qtbot: QtBot, player: PlayerWindow, clock: FakeClock, services: startup.Services
) -> None:
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_3)
    clock.advance(6)
    player.refresh()
    qtbot.mouseClick(player.running.hurts_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_7)
    advice = player.summary.safety_text.text()
    assert "reduce or change the exercise" in advice
    assert "adapted from research on tendon pain" in advice
    # No symptom: the stop advice, in the one wording (severe pain: your doctor today, ARUK)
    assert "Contact your doctor today for severe neck pain" in advice
    record = services.repo.session(player.session_id)
    assert record is not None and record.symptoms == ()
    assert services.repo.open_safety_flags() == []  # nothing ticked: nothing kept


def test_pain_above_5_after_a_finished_session_suggests_a_smaller_dose(
    qtbot: QtBot, player: PlayerWindow, clock: FakeClock
) -> None:
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_2)
    for _ in range(200):
        if page_name(player) == "painAfter":
            break
        clock.advance(0.5)
        player.refresh()
    assert page_name(player) == "painAfter" and player.what_happened is None
    qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_6)
    assert player.summary.title.text() == "Well done"
    assert (
        "Pain of 6 out of 10 is more than exercise should cause"
        in player.summary.safety_text.text()
    )


def test_a_finished_session_with_little_pain_gives_no_advice(
    qtbot: QtBot, player: PlayerWindow, clock: FakeClock
) -> None:
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_2)
    for _ in range(200):
        if page_name(player) == "painAfter":
            break
        clock.advance(0.5)
        player.refresh()
    qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_5)
    assert not player.summary.safety_text.isVisibleTo(player)


def test_a_check_in_with_new_symptoms_shows_the_advice_and_keeps_them(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    today = window.today
    qtbot.mouseClick(today._rating_group.button(5), Qt.MouseButton.LeftButton)

    def choose(dialog: SymptomsDialog) -> int:
        assert dialog.choice.chosen() == ()
        dialog.choice.boxes[Symptom.TINGLING].setChecked(True)
        dialog.choice.boxes[Symptom.PAIN_SPREADING].setChecked(True)
        return 1

    monkeypatch.setattr(SymptomsDialog, "exec", choose)
    qtbot.mouseClick(today.symptoms_button, Qt.MouseButton.LeftButton)
    assert today.symptoms_button.text() == "&New symptoms? (2 chosen)"
    assert not today.checkin_advice.isVisible()
    qtbot.mouseClick(today._save, Qt.MouseButton.LeftButton)

    assert today.checkin_advice.isVisible()
    advice = today.checkin_advice.text()
    assert advice.startswith("<p><b>Please see a doctor soon</b>")
    assert "Tingling or pins and needles" in advice and "Pain spreading down the arms" in advice
    (checkin,) = services.repo.checkins_between(
        clock.now() - timedelta(minutes=1), clock.now() + timedelta(minutes=1)
    )
    assert (checkin.pain, checkin.symptoms) == (5, ("tingling", "pain_spreading"))
    assert "new symptoms: Tingling or pins and needles" in today._today_list.item(0).text()
    assert today.symptoms_button.text() == "&New symptoms?"  # the next check-in starts afresh

    qtbot.mouseClick(today._rating_group.button(2), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today._save, Qt.MouseButton.LeftButton)
    assert not today.checkin_advice.isVisible()  # no new symptoms, no advice


def test_editing_a_check_in_can_add_symptoms(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.repo.add_checkin(3, "", at=clock.now())
    today = window.today
    today.refresh()
    today._today_list.setCurrentRow(0)

    def answer(dialog: CheckInDialog) -> int:
        dialog.symptoms.boxes[Symptom.CHEST_PAIN].setChecked(True)
        return 1

    monkeypatch.setattr(CheckInDialog, "exec", answer)
    qtbot.mouseClick(today.edit_button, Qt.MouseButton.LeftButton)
    (checkin,) = services.repo.checkins_between(clock.now(), clock.now() + timedelta(seconds=1))
    assert checkin.symptoms == ("chest_pain",)
    assert "<b>Please call an emergency number now</b>" in today.checkin_advice.text()
    (flag,) = services.repo.open_safety_flags()
    assert (flag.reasons, flag.source) == (("chest_pain",), "check_in")
    assert today.safety_banner is not None and today.safety_banner.isVisibleTo(today)


def report_data(services: startup.Services, zone: ZoneInfo) -> ReportData:
    """The report's data for June 2026 (to the 29th: the period ends at midnight on the 30th)."""
    request = ReportRequest(date(2026, 6, 1), date(2026, 6, 29))
    return ReportService(services.context).data(request, zone)


def test_the_report_lists_red_flags_and_symptoms_or_says_none(
    qtbot: QtBot, services: startup.Services, clock: FakeClock
) -> None:
    zone = ZoneInfo("Europe/Berlin")
    end = datetime(2026, 6, 30, tzinfo=zone)
    repo = services.repo
    text = _red_flags(report_data(services, zone))
    assert "None recorded." in text
    assert "safety questions were not answered" in text
    assert "placeholder" not in text and "does not yet ask" not in text

    repo.save_onboarding(
        Onboarding(updated_at=clock.now()).with_answers(frozenset(RedFlag), frozenset())
    )
    text = _red_flags(report_data(services, zone))
    assert "None recorded." in text
    everything = len(RedFlag)
    assert f"No red flags in the safety questions ({everything} of {everything} answered" in text

    repo.save_onboarding(
        Onboarding(updated_at=clock.now()).with_answers(
            frozenset(RedFlag), frozenset({RedFlag.NIGHT_PAIN, RedFlag.NOT_ASSESSED})
        )
    )
    repo.add_checkin(4, at=clock.now(), symptoms=("numbness",))
    session = repo.start_session(Routine("desk_reset", "3-minute desk reset", "", ()), 2)
    repo.finish_session(session, SessionStatus.STOPPED_PAIN, 6, "the user reported pain")
    repo.set_session_symptoms(session, ("chest_pain",))
    repo.add_checkin(2, at=end + timedelta(days=2), symptoms=("tingling",))  # after the period
    text = _red_flags(report_data(services, zone))
    assert "None recorded." not in text
    assert "Pain that is constant, worse at night or wakes you up (see a doctor soon)" in text
    assert "has not been checked by a doctor or physiotherapist (have it assessed" in text
    assert "New numbness" in text and "check-in" in text
    assert "stopped 3-minute desk reset: it hurt" in text
    assert "emergency: call an emergency number now" in text  # chest pain
    assert "same day: contact your doctor today" in text  # new numbness
    assert "Tingling" not in text

    repo.connection.execute("UPDATE settings SET value = '[]' WHERE key = 'onboarding'")
    assert "The first-run answers could not be read" in _red_flags(report_data(services, zone))
