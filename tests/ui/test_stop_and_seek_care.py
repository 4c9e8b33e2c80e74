"""Symptoms ticked after "Stop - this hurts" (CLINICAL.md section 3, "stop and seek care": ARUK,
AHP) never give weaker advice than ticking nothing, are kept when the window is closed, and a
check-in can report every urgent red flag of sections 4 and 4a as a new symptom."""

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.safety import Symptom
from coach.ui.dialogs.symptoms import SymptomsDialog
from coach.ui.lifecycle import startup
from coach.ui.player.window import PlayerWindow
from tests.helpers import page_name
from tests.ui.test_safety_advice import player  # noqa: F401  (a fixture)

STOP = "Stop this exercise for today. Call an emergency number now for chest pain"


def stop_with(
    qtbot: QtBot,
    player: PlayerWindow,  # noqa: F811
    clock: FakeClock,
    *ticked: Symptom,
) -> None:
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_2)
    clock.advance(6)
    player.refresh()
    qtbot.mouseClick(player.running.hurts_button, Qt.MouseButton.LeftButton)
    assert player.what_happened is not None
    for symptom in ticked:
        player.what_happened.boxes[symptom].setChecked(True)


def test_severe_neck_pain_after_stopping_is_your_doctor_today_and_keeps_the_stop_advice_ARUK(
    qtbot: QtBot,
    player: PlayerWindow,  # noqa: F811
    clock: FakeClock,
) -> None:
    """Changed by the clinical review: severe neck pain was "call an emergency line now"; ARUK
    and HSE say contact your doctor (the same day)."""
    stop_with(qtbot, player, clock, Symptom.SEVERE_PAIN)
    qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_7)
    advice = player.summary.safety_text.text()
    assert advice.startswith("<p><b>Please contact your doctor today</b>")
    assert "Severe neck pain" in advice
    assert "see a doctor soon" not in advice
    assert STOP in advice  # the stop advice, as without symptoms
    assert "reduce or change the exercise" in advice  # pain 7


def test_new_numbness_after_stopping_is_your_doctor_today(
    qtbot: QtBot,
    player: PlayerWindow,  # noqa: F811
    clock: FakeClock,
) -> None:
    """Changed by the clinical review: new numbness (AHP: stop and seek care) was an emergency;
    numbness of the face, both legs or the saddle are (ticked apart), other new numbness is
    "contact your doctor today"."""
    stop_with(qtbot, player, clock, Symptom.NUMBNESS)
    qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_3)
    advice = player.summary.safety_text.text()
    assert advice.startswith("<p><b>Please contact your doctor today</b>")
    assert "New numbness" in advice and STOP in advice


def test_tingling_after_stopping_is_see_a_doctor_soon_with_the_stop_advice(
    qtbot: QtBot,
    player: PlayerWindow,  # noqa: F811
    clock: FakeClock,
) -> None:
    """Pins and needles stay "see a doctor soon" (section 4), but the stop advice is there too:
    ticking it never gives less than ticking nothing."""
    stop_with(qtbot, player, clock, Symptom.TINGLING)
    qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_3)
    advice = player.summary.safety_text.text()
    assert advice.startswith("<p><b>Please see a doctor soon</b>")
    assert STOP in advice


def test_symptoms_ticked_after_stopping_are_kept_when_the_window_is_closed(
    qtbot: QtBot,
    player: PlayerWindow,  # noqa: F811
    clock: FakeClock,
    services: startup.Services,
) -> None:
    stop_with(qtbot, player, clock, Symptom.CHEST_PAIN, Symptom.TINGLING)
    session_id = player.session_id
    record = services.repo.session(session_id)
    assert record is not None and record.symptoms == ("chest_pain", "tingling")
    assert player.what_happened is not None
    player.what_happened.boxes[Symptom.TINGLING].setChecked(False)

    player.close()  # the window's close button instead of a pain number or Skip
    record = services.repo.session(session_id)
    assert record is not None and record.symptoms == ("chest_pain",)
    # Closing shows what to do first, as Skip does; closing again closes.
    assert shiboken6.isValid(player) and player.isVisible()
    assert page_name(player) == "summaryPage"
    advice = player.summary.safety_text.text()
    assert advice.startswith("<p><b>Please call an emergency number now</b>")
    assert STOP in advice
    assert record.pain_after is None
    player.close()
    assert not player.isVisible()


def test_a_check_in_can_report_the_urgent_red_flags_as_new_symptoms(qtbot: QtBot) -> None:
    """ "Weakness in a leg, or trouble walking" is no longer offered (CLINICAL.md 4a asks both
    legs and unsteady walking apart); one stored with a check-in is kept as it is."""
    dialog = SymptomsDialog(())
    qtbot.addWidget(dialog)
    boxes = dialog.choice.boxes
    assert Symptom.LEG_WEAKNESS not in boxes
    assert boxes[Symptom.LEGS_WEAK_OR_NUMB].text() == "Weakness or numbness in both legs"
    assert (
        boxes[Symptom.SADDLE_OR_BLADDER]
        .text()
        .startswith("Numbness around the genitals or buttocks")
    )
    assert boxes[Symptom.HIGH_FEVER].text() == "A high fever as well as the back or neck pain"
    assert boxes[Symptom.SERIOUS_INJURY].text() == (
        "The pain started after a serious accident or fall"
    )
    dialog.choice.set_chosen(["leg_weakness", "tingling"])
    assert dialog.choice.chosen() == (Symptom.TINGLING,)
    assert dialog.choice.chosen_names() == ("tingling", "leg_weakness")
