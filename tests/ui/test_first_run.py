"""The first run (issue 9, part 1): walked by keyboard only, skipped step by step, shown once on
the first start (later when Coach starts in the tray), and again from Settings. The red-flag
advice follows CLINICAL.md section 4 (NHSBP, MAYO, KCE; NHSBP, DEVON for "not assessed")."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from coach.domain.heat import Concern, HeatScreening
from coach.domain.onboarding import Decision, Goal, Onboarding, suggested_reminders
from coach.domain.reminders import ReminderSettings
from coach.domain.safety import RETIRED_RED_FLAGS, RedFlag, Urgency
from coach.ui.dialogs.first_run import SOON_FLAGS, URGENT_FLAGS, FirstRunDialog, Step
from coach.ui.lifecycle import app as app_module
from coach.ui.lifecycle import startup
from coach.ui.shell.main_window import MainWindow, Page

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def open_first_run(qtbot: QtBot, window: MainWindow) -> FirstRunDialog:
    window.open_first_run()
    dialog = window.first_run
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def press(
    qtbot: QtBot, dialog: FirstRunDialog, key: Qt.Key, times: int = 1, alt: bool = False
) -> None:
    """A key press where the keyboard is: the dialog's focused control."""
    for _ in range(times):
        target = dialog.focusWidget()
        assert target is not None
        qtbot.keyClick(target, key, ALT if alt else Qt.KeyboardModifier.NoModifier)


def at(dialog: FirstRunDialog, step: Step) -> bool:
    return dialog.step is step


def focused(dialog: FirstRunDialog) -> QWidget | None:
    return dialog.focusWidget()


def assert_all_answers_stored(services: startup.Services, before: ReminderSettings) -> None:
    stored, problem = services.repo.load_onboarding()
    assert problem is None and stored is not None
    assert stored.answered == frozenset(RedFlag) - frozenset(RETIRED_RED_FLAGS)
    assert stored.yes == {RedFlag.FACE_NUMBNESS, RedFlag.NOT_ASSESSED}
    advice = stored.advice()
    assert advice is not None and advice.urgency is Urgency.EMERGENCY
    assert stored.goals == frozenset({Goal.LESS_PAIN})
    assert stored.reminders is Decision.ACCEPTED and stored.finished
    assert stored.updated_at is not None
    heat, _ = services.repo.load_heat_screening()
    assert heat == HeatScreening(True, frozenset({Concern.BROKEN_SKIN}))
    # An emergency answer: no exercise reminders proposed (CLINICAL.md 4a), the breaks and the
    # check-in are.
    assert services.repo.load_reminder_settings()[0] == suggested_reminders(before, exercise=False)


def test_the_first_run_by_keyboard_only_stores_every_answer(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    before = services.repo.load_reminder_settings()[0]
    dialog = open_first_run(qtbot, window)
    assert at(dialog, Step.ABOUT)
    assert dialog.skip_button.isVisible()  # every step can be skipped
    about = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "does not diagnose" in about and "not a substitute" in about
    press(qtbot, dialog, Key.Key_Return)  # Next

    # The urgent questions: Tab to "numbness in your face", Space ticks it.
    assert at(dialog, Step.URGENT)
    assert focused(dialog) is dialog.urgent_boxes[URGENT_FLAGS[0]]
    assert not dialog.urgent_advice.isVisible()
    press(qtbot, dialog, Key.Key_Tab, 2)
    assert focused(dialog) is dialog.urgent_boxes[RedFlag.FACE_NUMBNESS]
    press(qtbot, dialog, Key.Key_Space)
    assert dialog.urgent_advice.isVisible()  # at once, before going on
    assert dialog.urgent_advice.title.text() == "Please call an emergency number now"
    advice = dialog.urgent_advice.text.text()
    assert "Numbness in your face" in advice  # as the question was worded
    assert "worth checking" in advice and "not a diagnosis" in advice
    assert "check-ins and your records stay available" in advice
    press(qtbot, dialog, Key.Key_Return)

    # The other questions; the pain has not been checked: Alt+O answers "No, not yet".
    assert at(dialog, Step.SOON)
    assert focused(dialog) is dialog.soon_boxes[SOON_FLAGS[0]]
    press(qtbot, dialog, Key.Key_O, alt=True)
    qtbot.waitUntil(dialog.assessed_no.isChecked)  # a mnemonic clicks as a short animation
    assert dialog.soon_advice.isVisible()  # the urgent answer still decides how soon
    assert "Call an emergency number now" in dialog.soon_advice.text.text()
    press(qtbot, dialog, Key.Key_Return)

    assert at(dialog, Step.HEAT)
    assert focused(dialog) is dialog.concern_boxes[Concern.BROKEN_SKIN]
    press(qtbot, dialog, Key.Key_Space)
    press(qtbot, dialog, Key.Key_Return)

    assert at(dialog, Step.GOALS)
    assert focused(dialog) is dialog.goal_boxes[Goal.LESS_PAIN]
    press(qtbot, dialog, Key.Key_Space)
    press(qtbot, dialog, Key.Key_Return)

    assert at(dialog, Step.ROUTINE)
    assert dialog.next_button.text() == "&Finish"
    assert "desk reset" not in dialog.routine_text.text()  # exercise waits for a clinician
    assert "No exercise reminders for now" in dialog.routine_text.text()
    assert focused(dialog) is dialog.use_suggestion and dialog.use_suggestion.isChecked()
    with qtbot.waitSignal(dialog.finished):
        press(qtbot, dialog, Key.Key_Return)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted

    assert_all_answers_stored(services, before)
    qtbot.waitUntil(lambda: window.first_run is None)


def test_skipping_every_step_changes_nothing_and_is_not_asked_again(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    services.repo.save_reminder_settings(ReminderSettings(movement=ReminderSettings().movement))
    before = services.repo.load_reminder_settings()[0]
    dialog = open_first_run(qtbot, window)
    for step in Step:
        assert at(dialog, step)
        if step is Step.URGENT:
            dialog.urgent_boxes[RedFlag.CHEST_PAIN].setChecked(True)  # ticked, then skipped
        with qtbot.waitSignal(
            dialog.pages.currentChanged if step < Step.ROUTINE else dialog.finished
        ):
            press(qtbot, dialog, Key.Key_K, alt=True)  # "Skip this step"
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    stored, _ = services.repo.load_onboarding()
    assert stored is not None
    assert stored.answered == frozenset() and stored.yes == frozenset()  # never "no"
    assert stored.goals is None and stored.reminders is None and stored.finished
    assert services.repo.load_heat_screening()[0] == HeatScreening()  # still to be asked
    assert services.repo.load_reminder_settings()[0] == before
    assert services.repo.has_onboarding()


def test_going_back_and_closing_half_way_keeps_what_was_answered(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    dialog = open_first_run(qtbot, window)
    dialog.next()
    dialog.next()  # the urgent questions, all "no"
    dialog.back()
    assert at(dialog, Step.URGENT)
    press(qtbot, dialog, Key.Key_Escape)
    qtbot.waitUntil(lambda: window.first_run is None)
    stored, _ = services.repo.load_onboarding()
    assert stored is not None and not stored.finished
    assert stored.answered == frozenset(URGENT_FLAGS) and stored.yes == frozenset()
    assert stored.advice() is None


def test_working_hours_must_end_after_they_start(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    dialog = open_first_run(qtbot, window)
    for _ in range(Step.GOALS):
        dialog.skip()
    dialog.work_end.setTime(dialog.work_start.time().addSecs(-3600))
    dialog.next()
    assert at(dialog, Step.GOALS) and dialog.hours_problem.isVisible()
    dialog.work_end.setTime(dialog.work_start.time().addSecs(4 * 3600))
    dialog.day_boxes[5].setChecked(True)  # Saturday too
    dialog.next()
    assert at(dialog, Step.ROUTINE)
    day = services.repo.load_reminder_settings()[0].day
    assert day.work_days == frozenset(range(6))
    assert (day.work.end.hour - day.work.start.hour) == 4
    assert "Sat" in dialog.routine_text.text()  # the suggestion follows the new working days


def test_stored_answers_are_shown_again_and_unreadable_ones_said_so(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    services.repo.save_onboarding(
        Onboarding().with_answers(frozenset(SOON_FLAGS), frozenset({RedFlag.OSTEOPOROSIS}))
    )
    dialog = open_first_run(qtbot, window)
    assert dialog.soon_boxes[RedFlag.OSTEOPOROSIS].isChecked()
    assert dialog.soon_advice.title.text() == "Please see a doctor soon"
    assert not dialog.problem.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: window.first_run is None)

    services.repo.connection.execute(
        "UPDATE settings SET value = '{broken' WHERE key = 'onboarding'"
    )
    dialog = open_first_run(qtbot, window)  # never a crash: asked afresh, and said why
    assert dialog.problem.isVisible()
    assert "could not be read" in dialog.problem.text()
    assert not dialog.soon_boxes[RedFlag.OSTEOPOROSIS].isChecked()
    dialog.reject()
    assert services.repo.load_onboarding()[1] is None  # closing replaced the unreadable answers


def test_with_a_clinician_plan_its_reminders_stay(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    from coach.services.plans import read_plan
    from tests.helpers import REPO_ROOT

    plan = read_plan(REPO_ROOT / "resources/plans/examples/neck-and-upper-back.coachplan")
    services.repo.adopt_plan(plan, "test")
    before = services.repo.load_reminder_settings()[0]
    dialog = open_first_run(qtbot, window)
    for _ in range(Step.ROUTINE):
        dialog.skip()
    assert plan.title in dialog.routine_text.text()
    assert not dialog.use_suggestion.isVisible()
    dialog.next()
    stored, _ = services.repo.load_onboarding()
    assert stored is not None and stored.reminders is Decision.PLAN
    assert services.repo.load_reminder_settings()[0] == before


def test_the_first_start_shows_it_once_and_a_start_in_the_tray_at_the_next_show(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: startup.Services
) -> None:
    window = make_window(tray_available=True)
    app_module.offer_first_run(window)  # started in the tray: not shown yet
    qtbot.wait(10)
    assert not window.isVisible() and window.first_run is None
    window.show()
    qtbot.waitUntil(lambda: window.first_run is not None)
    dialog = getattr(window, "first_run")  # noqa: B009 (set by the event loop, not seen by mypy)
    assert isinstance(dialog, FirstRunDialog)
    dialog.reject()
    qtbot.waitUntil(lambda: window.first_run is None)
    assert services.repo.has_onboarding()
    app_module.offer_first_run(window)  # the next start
    qtbot.wait(10)
    assert window.first_run is None


def test_settings_reopen_the_first_run(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(Page.SETTINGS)
    button = window.settings_page.findChild(QPushButton, "firstRunAgain")
    assert button is not None and "first-run" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.first_run is not None
    window.first_run.reject()


def test_answers_of_the_wrong_type_reopen_from_settings_and_say_so(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: startup.Services
) -> None:
    """A list or object where a goal or the reminders decision belongs raised TypeError, which
    Settings -> "Go through the first-run questions again" did not survive (review 9)."""
    services.repo.connection.execute(
        "INSERT INTO settings (key, value) VALUES ('onboarding', ?)",
        ('{"version": 1, "goals": [{"x": 1}], "reminders": []}',),
    )
    window = make_window()
    window.open_first_run()
    dialog = window.first_run
    assert dialog is not None
    assert dialog.problem.isVisibleTo(dialog) and "could not be read" in dialog.problem.text()
    dialog.reject()


def test_unreadable_answers_are_asked_again_at_the_next_start(
    qtbot: QtBot, make_window: Callable[..., MainWindow], services: startup.Services
) -> None:
    """Stored but unreadable answers counted as answered: the first run was never offered
    again, and nobody was told."""
    services.repo.save_onboarding(Onboarding(finished=True))
    services.repo.connection.execute(
        "UPDATE settings SET value = '{\"version\": 1, \"reminders\": {}}' WHERE key = 'onboarding'"
    )
    window = make_window()
    window.show()
    app_module.offer_first_run(window)  # the next start
    qtbot.waitUntil(lambda: window.first_run is not None)
    dialog = getattr(window, "first_run")  # noqa: B009 (set by the event loop, not seen by mypy)
    assert isinstance(dialog, FirstRunDialog)
    assert dialog.problem.isVisibleTo(dialog) and "could not be read" in dialog.problem.text()
    dialog.reject()
    qtbot.waitUntil(lambda: window.first_run is None)
    assert services.repo.load_onboarding()[1] is None  # closing replaced the unreadable answers
    app_module.offer_first_run(window)  # and the start after: not again
    qtbot.wait(10)
    assert window.first_run is None


def test_the_goals_chosen_shape_the_suggestion(
    qtbot: QtBot, window: MainWindow, services: startup.Services
) -> None:
    """Moving more at work brings the breaks every 20 minutes (MCL, CLINICAL.md section 5); more
    strength adds the band break, offered because it needs a band (A11, section 2)."""
    before = services.repo.load_reminder_settings()[0]
    dialog = open_first_run(qtbot, window)
    while not at(dialog, Step.GOALS):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    for goal in (Goal.MOVE_MORE, Goal.STRENGTH):
        dialog.goal_boxes[goal].setChecked(True)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert at(dialog, Step.ROUTINE)
    text = dialog.routine_text.text()
    assert "every 20 minutes of working time" in text
    assert "You want to move more at work" in text
    assert '"2-minute band break" once a day' in text and "exercise band" in text
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    stored = services.repo.load_reminder_settings()[0]
    assert stored == suggested_reminders(before, frozenset({Goal.MOVE_MORE, Goal.STRENGTH}))
    assert stored.movement.every_minutes == 20
    assert stored.routine.routine_id == "desk_reset"  # no band needed for what is reminded


def test_without_those_goals_the_suggestion_is_coachs_default(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_first_run(qtbot, window)
    while not at(dialog, Step.ROUTINE):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    text = dialog.routine_text.text()
    assert "every 30 minutes of working time" in text
    assert "move more" not in text and "band" not in text
