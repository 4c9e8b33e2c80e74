"""Safety flags that persist (issue 17, points 1-3; CLINICAL.md section 4a): the neck's warning
signs in the first run and "New symptoms?", urgency as the sources word it, one sentence per
situation, and an "emergency" or "same day" answer kept on Today until a clinician has checked
it: exercise reminders held meanwhile (movement breaks go on), a routine asks before it starts,
and the report's line for it."""

from collections.abc import Callable, Iterator
from datetime import timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.safety import (
    HISTORY_AND_PAIN,
    SIGNS_NOW,
    SYMPTOM_GROUPS,
    FlagSource,
    RedFlag,
    Symptom,
    Urgency,
)
from coach.domain.schedule import ReminderKind
from coach.services.catalog import builtin_catalog
from coach.ui.dialogs.first_run import FirstRunDialog, Step
from coach.ui.dialogs.symptoms import SymptomsDialog
from coach.ui.lifecycle import app as app_module
from coach.ui.lifecycle import startup
from coach.ui.pages.routines import RoutinesPage
from coach.ui.runners.presence import Presence
from coach.ui.runners.reminder_controller import Reminder, ReminderController
from coach.ui.runners.reminder_notices import ReminderNotices
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.text.advice import (
    Situation,
    red_flag_label,
    safety_flag_line,
    situation_sentence,
    symptom_label,
    topic_heading,
)
from coach.ui.widgets.theme import QUESTION_TICK_EM
from tests.ui.test_reminders import FakePresence

BERLIN = ZoneInfo("Europe/Berlin")
# The questions the clinical review added (CLINICAL.md 4a) and one changed ("dizziness_or_vision"
# was a symptom only): each answered "yes" alone in a first run.
NEW_NOW = (
    RedFlag.SUDDEN_HEADACHE,
    RedFlag.DIZZINESS_OR_VISION,
    RedFlag.FACE_NUMBNESS,
    RedFlag.NAUSEA_NECK,
    RedFlag.MENINGITIS,
    RedFlag.RASH,
    RedFlag.LEGS_WEAK_OR_NUMB,
    RedFlag.BLADDER_BOWEL_CHANGE,
    RedFlag.ARM_WEAKNESS,
    RedFlag.CLUMSY_HANDS,
    RedFlag.BOTH_ARMS,
    RedFlag.LHERMITTE,
    RedFlag.UNSTEADY_WALKING,
)
NEW_HISTORY = (
    RedFlag.NECK_SURGERY,
    RedFlag.PAST_INJURY,
    RedFlag.LONG_TERM_STEROIDS,
    RedFlag.DRUG_INJECTION,
    RedFlag.DOWN_SYNDROME,
)
TITLES = {
    Urgency.EMERGENCY: "Please call an emergency number now",
    Urgency.SAME_DAY: "Please contact your doctor today",
    Urgency.SOON: "Please see a doctor soon",
}


@pytest.fixture
def reminders(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> Iterator[ReminderController]:
    """The running reminders, following the window's safety flags as the app's are."""
    presence: Presence = FakePresence()
    controller = ReminderController(
        services.context,
        services.change_signal,
        presence,
        zone=lambda: BERLIN,
        parent=window,
        safety=window.safety,
    )
    window.reminders = controller
    ReminderNotices(controller, window)
    controller.start()
    yield controller


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """QMessageBox.question answered Yes, recorded (title, text)."""
    asked: list[tuple[str, str]] = []

    def answer(_parent: object, title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


class StartQuestions:
    """The question before a routine starts, recorded; answered with `start`."""

    def __init__(self) -> None:
        self.boxes: list[QMessageBox] = []
        self.start = False

    def exec_box(self, box: QMessageBox) -> int:
        self.boxes.append(box)
        answer = QMessageBox.StandardButton.Yes if self.start else QMessageBox.StandardButton.No
        return int(answer.value)


@pytest.fixture
def start_questions(monkeypatch: pytest.MonkeyPatch) -> StartQuestions:
    questions = StartQuestions()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: questions.exec_box(box))  # noqa: PLW0108
    return questions


def held(reminders: ReminderController) -> bool:
    """Whether exercise reminders are held now (read afresh: mypy keeps an asserted value)."""
    return reminders.exercise_held


def walk_first_run(qtbot: QtBot, window: MainWindow, yes: RedFlag) -> tuple[FirstRunDialog, str]:
    """The first run by its buttons, `yes` ticked with the mouse; the advice title shown then."""
    window.open_first_run()
    dialog = window.first_run
    assert dialog is not None
    qtbot.waitExposed(dialog)
    title = ""
    while dialog.step is not Step.ROUTINE:
        boxes = {Step.URGENT: dialog.urgent_boxes, Step.SOON: dialog.soon_boxes}.get(dialog.step)
        if boxes is not None and yes in boxes:
            box = boxes[yes]
            dialog.pages.currentWidget().ensureWidgetVisible(box)  # type: ignore[union-attr]
            tick = QPoint(box.height() // 2, box.height() // 2)  # on the tick box itself
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=tick)
            assert box.isChecked()
            assert dialog.advice.isVisible()  # at once, in sight under the questions
            title = dialog.advice.title.text()
            assert red_flag_label(yes) in dialog.advice.text.text()
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    return dialog, title


def finish(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    assert dialog.use_suggestion.isChecked()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("flag", NEW_NOW)
def test_a_new_sign_in_the_first_run_stays_on_today_and_holds_exercise_reminders_IFO_GPR_GPO(
    qtbot: QtBot,
    window: MainWindow,
    reminders: ReminderController,
    services: startup.Services,
    clock: FakeClock,
    questions: list[tuple[str, str]],
    flag: RedFlag,
) -> None:
    """Vascular signs and the meningitis pattern (IFO, GPO): an emergency; spinal-cord signs
    (GPR, PCN) and one weak arm (ARUK, HSE): your doctor today. Either persists: the banner on
    Today, exercise reminders held (movement breaks still scheduled), the first run proposes no
    exercise reminder, the report finds the flag; clearing it brings the reminders back at once."""
    start = clock.now()
    assert ReminderKind.ROUTINE in reminders.next_due()  # the default desk reset, before
    dialog, title = walk_first_run(qtbot, window, flag)
    assert title == TITLES[flag.urgency]
    assert flag.urgency in (Urgency.EMERGENCY, Urgency.SAME_DAY)

    # No exercise reminder proposed right after the answer (the desk reset was, before).
    suggestion = dialog.routine_text.text()
    assert "desk reset" not in suggestion and "No exercise reminders for now" in suggestion
    assert "movement break every 30 minutes" in suggestion
    finish(qtbot, dialog)
    qtbot.waitUntil(lambda: window.first_run is None)

    (raised,) = services.repo.safety_flags_between(start, clock.now() + timedelta(seconds=1))
    assert (raised.urgency, raised.reasons, raised.source) == (
        flag.urgency,
        (flag.value,),
        FlagSource.FIRST_RUN.value,
    )
    assert raised.raised_at == start and raised.cleared_at is None

    banner = window.today.safety_banner
    assert banner is not None and banner.isVisibleTo(window.today)
    shown = banner.text.text()
    sentence = situation_sentence(
        Situation.EMERGENCY if flag.urgency is Urgency.EMERGENCY else Situation.SAME_DAY
    )
    assert red_flag_label(flag) in shown and sentence in shown

    # Exercise reminders held; movement breaks and the check-in still come.
    assert held(reminders)
    due = reminders.next_due()
    assert ReminderKind.ROUTINE not in due
    assert due[ReminderKind.MOVEMENT] <= clock.now() + timedelta(minutes=30)
    assert ReminderKind.CHECKIN in due
    assert reminders.settings.routine.enabled  # the user's own settings are kept

    # "A clinician has checked this", confirmed: the reminders come back at once.
    clock.advance(2 * 86400)
    qtbot.mouseClick(banner.clear_button, Qt.MouseButton.LeftButton)
    (asked,) = questions
    assert "clinician" in asked[1]
    assert not banner.isVisibleTo(window.today)
    assert not held(reminders)
    assert ReminderKind.ROUTINE in reminders.next_due()
    (checked,) = services.repo.safety_flags_between(start, clock.now() + timedelta(seconds=1))
    assert checked.cleared_at == clock.now()
    assert services.repo.open_safety_flags() == []


@pytest.mark.parametrize("flag", NEW_HISTORY)
def test_the_neck_history_in_the_first_run_means_a_doctor_soon_and_no_flag_ICP_PCN(
    qtbot: QtBot,
    window: MainWindow,
    reminders: ReminderController,
    services: startup.Services,
    flag: RedFlag,
) -> None:
    """Neck surgery, trauma, long-term steroids, drug injection, Down syndrome (ICP, PCN, GPO):
    see a doctor soon, before relying on self-care; nothing to check today, so no flag and the
    usual suggestion."""
    dialog, title = walk_first_run(qtbot, window, flag)
    assert title == TITLES[Urgency.SOON]
    assert "desk reset" in dialog.routine_text.text()
    finish(qtbot, dialog)
    assert services.repo.open_safety_flags() == []
    assert window.today.safety_banner is None
    assert not reminders.exercise_held and ReminderKind.ROUTINE in reminders.next_due()


def test_the_first_run_asks_in_short_groups_with_large_tick_boxes(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_first_run()
    dialog = window.first_run
    assert dialog is not None
    for step, boxes, groups in (
        (Step.URGENT, dialog.urgent_boxes, SIGNS_NOW),
        (Step.SOON, dialog.soon_boxes, HISTORY_AND_PAIN),
    ):
        page = dialog.pages.widget(step)
        assert page is not None
        headings = [label.text() for label in page.findChildren(QLabel)]
        for topic, flags in groups:
            assert topic_heading(topic) in headings
            for flag in flags:
                assert boxes[flag].text() == red_flag_label(flag)
                assert boxes[flag].accessibleDescription() == topic_heading(topic)
        content = boxes[groups[0][1][0]].parentWidget()  # the step, with large tick boxes
        assert content is not None and f"{QUESTION_TICK_EM}em" in content.styleSheet()
    # The about step says when to seek care in the one wording the app uses for it.
    about_page = dialog.pages.widget(Step.ABOUT)
    assert about_page is not None
    about = " ".join(label.text() for label in about_page.findChildren(QLabel))
    assert situation_sentence(Situation.SEEK_CARE) in about
    dialog.reject()


def test_answering_the_first_run_again_raises_no_second_flag(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    questions: list[tuple[str, str]],
) -> None:
    """A "yes" kept from before is not news: after the clinician's check, going through the first
    run again (for the goals) does not raise it again; a new "yes" does."""
    dialog, _title = walk_first_run(qtbot, window, RedFlag.CLUMSY_HANDS)
    finish(qtbot, dialog)
    qtbot.waitUntil(lambda: window.first_run is None)
    window.safety.clear()
    clock.advance(3600)
    window.open_first_run()
    again = window.first_run
    assert again is not None
    assert again.urgent_boxes[RedFlag.CLUMSY_HANDS].isChecked()  # the stored answer
    again.next()
    again.next()
    assert services.repo.open_safety_flags() == []
    again.back()
    again.urgent_boxes[RedFlag.RASH].setChecked(True)
    again.next()
    (flag,) = services.repo.open_safety_flags()
    assert (flag.urgency, flag.reasons) == (Urgency.EMERGENCY, ("rash",))
    again.reject()


def test_every_way_of_starting_a_routine_asks_first_and_does_not_start_by_default(
    qtbot: QtBot,
    window: MainWindow,
    reminders: ReminderController,
    services: startup.Services,
    start_questions: StartQuestions,
) -> None:
    """Today's quick start, the Routines page, `coach start` and a reminder's Start: each asks,
    naming the flag; "Do not start" is the default (and Esc)."""
    window.safety.raise_for([Symptom.FACE_NUMBNESS], FlagSource.CHECK_IN)
    qtbot.mouseClick(window.today.quick_start, Qt.MouseButton.LeftButton)
    routines = window.page_widget(Page.ROUTINES)
    assert isinstance(routines, RoutinesPage)
    routines.start_routine.emit(next(r for r in builtin_catalog().routines if r.id == "desk_reset"))
    app_module.start_routine_asked_for(window, "desk_reset")
    notices = window.findChildren(ReminderNotices)
    notices[0]._start(Reminder(ReminderKind.ROUTINE, services.clock.now(), "desk_reset"))
    assert window.player is None  # none started
    assert len(start_questions.boxes) == 4
    for box in start_questions.boxes:
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        assert box.escapeButton() is box.button(QMessageBox.StandardButton.No)
        assert box.button(QMessageBox.StandardButton.Yes).text() == "Start &anyway"
        text = box.text()
        assert symptom_label(Symptom.FACE_NUMBNESS) in text
        assert situation_sentence(Situation.EMERGENCY) in text
        assert '"3-minute desk reset"' in text
    start_questions.start = True
    qtbot.mouseClick(window.today.quick_start, Qt.MouseButton.LeftButton)
    player = getattr(window, "player")  # noqa: B009 (set by the click, not seen by mypy)
    assert player is not None  # started when the user says so
    player.close()
    if shiboken6.isValid(player):
        player.deleteLater()


def test_without_a_flag_a_routine_starts_without_asking(
    qtbot: QtBot, window: MainWindow, start_questions: StartQuestions
) -> None:
    qtbot.mouseClick(window.today.quick_start, Qt.MouseButton.LeftButton)
    player = window.player
    assert player is not None and start_questions.boxes == []
    player.close()
    if shiboken6.isValid(player):
        player.deleteLater()


def test_a_flag_open_at_start_up_holds_exercise_reminders_from_the_start(
    make_window: Callable[..., MainWindow], services: startup.Services, clock: FakeClock
) -> None:
    services.repo.record_safety_flag(Urgency.SAME_DAY, ("lhermitte",), "check_in")
    window = make_window()
    assert window.today.safety_banner is not None
    presence: Presence = FakePresence()
    controller = ReminderController(
        services.context,
        services.change_signal,
        presence,
        zone=lambda: BERLIN,
        safety=window.safety,
    )
    controller.start()
    assert controller.exercise_held and ReminderKind.ROUTINE not in controller.next_due()
    assert ReminderKind.MOVEMENT in controller.next_due()


def test_the_banner_is_calm_and_clearing_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Theme colours (a panel in the alternate base colour, no style sheet of its own), the
    sentence and when; "No" to the confirmation keeps it."""
    window.safety.raise_for([Symptom.UNSTEADY_WALKING, Symptom.TINGLING], FlagSource.PLAYER)
    banner = window.today.safety_banner
    assert banner is not None and banner.isVisibleTo(window.today)
    assert banner.backgroundRole() is QPalette.ColorRole.AlternateBase
    assert banner.styleSheet() == ""
    text = banner.text.text()
    assert symptom_label(Symptom.UNSTEADY_WALKING) in text
    assert symptom_label(Symptom.TINGLING) not in text  # "see a doctor soon": not kept
    assert situation_sentence(Situation.SAME_DAY) in text
    assert "2026" in text  # when it was raised
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    qtbot.mouseClick(banner.clear_button, Qt.MouseButton.LeftButton)
    assert banner.isVisibleTo(window.today) and len(services.repo.open_safety_flags()) == 1
    # Reachable by keyboard: right after the quick start.
    assert window.today.quick_start.nextInFocusChain() is banner.clear_button


def test_the_symptom_dialog_offers_the_neck_signs_in_groups(qtbot: QtBot) -> None:
    dialog = SymptomsDialog(())
    qtbot.addWidget(dialog)
    choice = dialog.choice
    headings = [label.text() for label in choice.headings]
    assert headings == [topic_heading(topic) for topic, _symptoms in SYMPTOM_GROUPS]
    expected = {
        Symptom.SUDDEN_HEADACHE: "A sudden, severe headache unlike any you have had before",
        Symptom.FACE_NUMBNESS: "Numbness in your face",
        Symptom.NAUSEA_NECK: "Feeling sick (nausea), especially when you move your neck",
        Symptom.MENINGITIS: (
            "A fever and a stiff neck, with a headache or eyes that hurt in bright light"
        ),
        Symptom.RASH: "A rash that does not fade when you press a glass on it",
        Symptom.LEGS_WEAK_OR_NUMB: "Weakness or numbness in both legs",
        Symptom.CLUMSY_HANDS: (
            "Clumsy hands: dropping things, or trouble with buttons or handwriting"
        ),
        Symptom.UNSTEADY_WALKING: "Walking has become unsteady, or you lose your balance",
        Symptom.BOTH_ARMS: "Pins and needles, numbness or weakness in both arms",
        Symptom.LHERMITTE: (
            "An electric-shock feeling down your back, arms or legs when you bend your neck"
        ),
        Symptom.BLADDER_BOWEL_CHANGE: (
            "A new change in how your bladder or bowels work, such as having to go suddenly"
        ),
    }
    for symptom, label in expected.items():
        assert choice.boxes[symptom].text() == label
    # Keyboard: the first shown has the focus, Tab goes down the list in the order shown.
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    shown = choice.shown_boxes()
    assert shown[0] is choice.first_box() and shown[0].hasFocus()
    for before, after in pairwise(shown):
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is after
    qtbot.keyClick(shown[-1], Qt.Key.Key_Space)
    assert shown[-1].isChecked()
    shown[-1].setChecked(False)
    choice.boxes[Symptom.MENINGITIS].setChecked(True)
    choice.boxes[Symptom.CLUMSY_HANDS].setChecked(True)
    assert choice.chosen() == (Symptom.MENINGITIS, Symptom.CLUMSY_HANDS)


def test_a_check_in_with_a_neck_sign_raises_the_flag_once(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    today = window.today

    def choose(dialog: SymptomsDialog) -> int:
        dialog.choice.boxes[Symptom.BOTH_ARMS].setChecked(True)
        return 1

    monkeypatch.setattr(SymptomsDialog, "exec", choose)
    qtbot.mouseClick(today._rating_group.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today.symptoms_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today._save, Qt.MouseButton.LeftButton)
    assert "<b>Please contact your doctor today</b>" in today.checkin_advice.text()
    (flag,) = services.repo.open_safety_flags()
    assert (flag.urgency, flag.reasons, flag.source) == (
        Urgency.SAME_DAY,
        ("both_arms",),
        "check_in",
    )
    assert today.safety_banner is not None and today.safety_banner.isVisibleTo(today)


def test_one_sentence_per_situation_on_today_and_in_the_report_line(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    """Today's footer and the player's stop advice (tests/ui/test_player.py) say when to seek care
    in the same words; the report's line names the date, what, the sentence and the status."""
    note = window.today.findChild(QLabel, "safetyNote")
    assert note is not None and situation_sentence(Situation.SEEK_CARE) in note.text()
    assert "severe neck pain" in situation_sentence(Situation.SEEK_CARE)
    flag = services.repo.record_safety_flag(Urgency.EMERGENCY, ("face_numbness",), "first_run")
    local = flag.raised_at.astimezone().strftime("%Y-%m-%d %H:%M")
    line = safety_flag_line(flag)
    assert line.startswith(f"{local}, first-run safety questions:")
    assert red_flag_label(RedFlag.FACE_NUMBNESS) in line
    assert situation_sentence(Situation.EMERGENCY) in line and line.endswith("Still open.")
    clock.advance(2 * 86400)
    services.repo.clear_safety_flags()
    (cleared,) = services.repo.safety_flags_between(flag.raised_at, clock.now())
    later = clock.now().astimezone().strftime("%Y-%m-%d %H:%M")
    assert safety_flag_line(cleared).endswith(f"Cleared on {later} (a clinician checked it).")
    checkin = services.repo.record_safety_flag(Urgency.SAME_DAY, ("severe_pain", "x"), "check_in")
    line = safety_flag_line(checkin)
    assert "check-in" in line and symptom_label(Symptom.SEVERE_PAIN) in line and ", x" in line
