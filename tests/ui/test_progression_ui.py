"""Dose suggestions on Today (issue 9, part 3; progression: product choice on BIM/PROV,
CLINICAL.md section 3): one step up after an easy, regular week, one down after pain above 5;
Accept changes the dose the player uses, "Not now" hides it for a week; a plan bounds them."""

import json
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.dosing import Decision
from coach.domain.history import SessionStatus
from coach.domain.routines import Routine
from coach.domain.safety import Direction, Reason
from coach.services.catalog import CatalogService, builtin_catalog
from coach.services.doses import DoseService, Offer
from coach.services.plans import PlanService
from coach.ui.lifecycle import startup
from coach.ui.pages.routine_cards import RoutineCard, routine_areas
from coach.ui.pages.routines import RoutinesPage
from coach.ui.pages.today.progression import SuggestionCard
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.text.labels import dosage_text

DAY = 24 * 3600


def desk_reset() -> Routine:
    return next(r for r in builtin_catalog().routines if r.id == "desk_reset")


def current_offers(services: startup.Services) -> list[Offer]:
    return DoseService(services.context).current_offers()


def do_routine(services: startup.Services, clock: FakeClock, pain_after: int) -> None:
    """One session of the desk reset now, done to the end, with the pain after it."""
    repo = services.repo
    session = repo.start_session(desk_reset(), 2)
    clock.advance(180)
    repo.finish_session(session, SessionStatus.COMPLETED, pain_after)


def easy_week(services: startup.Services, clock: FakeClock, pain: int = 2) -> None:
    """Seven days with the routine twice a working day and once on other days: 12 of the 10
    planned (at 10:30 and 15:00 on working days), pain after at most `pain`; ends at 09:30."""
    clock.jump_wall(-7 * DAY)
    for _day in range(7):
        clock.advance(3600)  # 10:30 (UTC)
        do_routine(services, clock, pain)
        clock.advance(4 * 3600)
        do_routine(services, clock, pain - 1)
        clock.advance(DAY - 5 * 3600 - 360)


def card(window: MainWindow) -> SuggestionCard:
    found = window.today.suggestion_card
    assert isinstance(found, SuggestionCard)
    return found


def test_an_easy_regular_week_suggests_one_step_up_and_accept_changes_the_dose(
    qtbot: QtBot, window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    window.today.refresh_suggestion()
    assert window.today.suggestion_card is None  # nothing done: nothing built, nothing loaded
    easy_week(services, clock)
    window.today.refresh_suggestion()
    shown = card(window)
    assert shown.isVisible()
    offer = shown.offer
    assert offer is not None
    assert offer.suggestion.direction is Direction.UP
    assert offer.suggestion.reason is Reason.EASY_AND_REGULAR
    text = shown.text.text()
    assert text.startswith("3-minute desk reset: try ")
    # 2 more repetitions each, but the shoulder rolls are at their ceiling of 10 (product
    # choice, CLINICAL.md section 3): one more set of them instead.
    assert "Chin tuck: 7 repetitions (was 5)" in text
    assert "Shoulder rolls (backwards): 2 sets (was 1)" in text
    assert "Your pain after it was at most 2 out of 10" in text
    assert "you did 12 sessions in the last 7 days, with 10 planned" in text

    qtbot.mouseClick(shown.accept_button, Qt.MouseButton.LeftButton)
    assert "now runs at the new dose" in shown.text.text()
    assert not shown.accept_button.isVisible()
    (change,) = services.repo.dose_changes("desk_reset")
    assert change.decision is Decision.ACCEPTED and change.steps == offer.suggestion.steps

    window.start_routine_by_id("desk_reset")  # the player runs the accepted dose
    assert window.player is not None
    assert window.player.routine.steps == offer.suggestion.steps
    window.player.close()

    window.today.refresh_suggestion()  # never more than one step a week
    assert not card(window).isVisible()
    assert current_offers(services) == []


def test_not_now_hides_the_suggestion_for_a_week(
    qtbot: QtBot, window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    easy_week(services, clock)
    window.today.refresh_suggestion()
    qtbot.mouseClick(card(window).later_button, Qt.MouseButton.LeftButton)
    assert not card(window).isVisible()
    (change,) = services.repo.dose_changes("desk_reset")
    assert change.decision is Decision.DECLINED
    window.today.refresh_suggestion()
    assert not card(window).isVisible()
    clock.advance(6 * DAY)
    assert current_offers(services) == []  # still hidden
    clock.advance(2 * DAY)
    easy_week(services, clock)
    clock.advance(15 * DAY)
    easy_week(services, clock)
    window.today.refresh_suggestion()
    assert card(window).isVisible()  # a week later it may be offered again
    window.start_routine_by_id("desk_reset")
    assert window.player is not None
    assert window.player.routine.steps == desk_reset().steps  # declined: the dose is unchanged
    window.player.close()


def test_pain_above_5_after_the_routine_suggests_one_step_down(
    qtbot: QtBot, window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    clock.jump_wall(-2 * DAY)
    do_routine(services, clock, 7)
    clock.advance(2 * DAY - 180)
    window.today.refresh_suggestion()
    shown = card(window)
    offer = shown.offer
    assert offer is not None
    assert (offer.suggestion.direction, offer.suggestion.reason) == (
        Direction.DOWN,
        Reason.TOO_PAINFUL,
    )
    assert shown.title.text() == "Your routine may be too much for now"
    text = shown.text.text()
    assert text.startswith("3-minute desk reset: go down a step to ")
    assert "Your pain reached 7 out of 10" in text and "tendon pain" in text


def test_a_plan_that_turns_suggestions_off_shows_none(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    from coach.services.plans import read_plan
    from tests.helpers import REPO_ROOT

    data = json.loads(
        (REPO_ROOT / "resources/plans/examples/neck-and-upper-back.coachplan").read_text()
    )
    data["progression"] = {"mode": "off"}
    path = tmp_path / "off.coachplan"
    path.write_text(json.dumps(data))
    PlanService(services.context).adopt(read_plan(path), str(path))
    routine_id = services.repo.load_reminder_settings()[0].routine.routine_id
    repo = services.repo
    clock.jump_wall(-DAY)
    session = repo.start_session(replace(desk_reset(), id=routine_id), 2)
    repo.finish_session(session, SessionStatus.COMPLETED, 9)  # would be a step down
    clock.advance(DAY)
    assert current_offers(services) == []
    window.today.refresh_suggestion()
    assert window.today.suggestion_card is None


def plan_routine(services: startup.Services, routine_id: str) -> Routine:
    return next(
        r for r in CatalogService(services.context).catalog().routines if r.id == routine_id
    )


def adopt_example(
    services: startup.Services, tmp_path: Path, name: str, progression: dict[str, object]
) -> None:
    """The example plan, with these progression rules, adopted as the active plan."""
    from coach.services.plans import read_plan
    from tests.helpers import REPO_ROOT

    data = json.loads(
        (REPO_ROOT / "resources/plans/examples/neck-and-upper-back.coachplan").read_text()
    )
    data["progression"] = progression
    data["title"] = name
    path = tmp_path / f"{name}.coachplan"
    path.write_text(json.dumps(data))
    PlanService(services.context).adopt(read_plan(path), str(path))


def test_a_plans_accepted_dose_is_not_run_under_a_new_plan_that_turns_suggestions_off(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    adopt_example(services, tmp_path, "v1", {"mode": "suggest"})
    routine = plan_routine(services, "plan:neck_basics")
    repo = services.repo
    clock.jump_wall(-7 * DAY)
    for _day in range(7):
        for _twice in range(2):
            session = repo.start_session(routine, 2)
            clock.advance(180)
            repo.finish_session(session, SessionStatus.COMPLETED, 1)
            clock.advance(3600)
        clock.advance(DAY - 2 * (3600 + 180))
    window.today.refresh_suggestion()
    shown = card(window)
    assert shown.offer is not None and shown.offer.routine.id == "plan:neck_basics"
    assert shown.offer.suggestion.direction is Direction.UP
    qtbot.mouseClick(shown.accept_button, Qt.MouseButton.LeftButton)
    (change,) = repo.dose_changes("plan:neck_basics")
    active = repo.active_plan()
    assert active is not None and change.plan_id == active.id
    window.start_routine(plan_routine(services, "plan:neck_basics"))
    assert window.player is not None
    assert window.player.routine.steps == change.steps  # under v1: the accepted dose
    window.player.close()

    # The clinician sends a new version: the same routines, dose suggestions off.
    adopt_example(services, tmp_path, "v2", {"mode": "off"})
    window.start_routine(plan_routine(services, "plan:neck_basics"))
    assert window.player is not None
    assert window.player.routine.steps == plan_routine(services, "plan:neck_basics").steps
    window.player.close()


def test_an_accepted_dose_above_a_new_plans_bounds_is_not_run(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    easy_week(services, clock)
    window.today.refresh_suggestion()
    qtbot.mouseClick(card(window).accept_button, Qt.MouseButton.LeftButton)
    adopt_example(services, tmp_path, "bounded", {"mode": "suggest", "max_reps": 5})
    window.start_routine_by_id("desk_reset")
    assert window.player is not None
    assert window.player.routine.steps == desk_reset().steps
    window.player.close()


def test_not_now_on_a_step_up_does_not_hide_a_step_down_for_pain_above_5(
    qtbot: QtBot, window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    easy_week(services, clock)
    window.today.refresh_suggestion()
    assert card(window).offer.suggestion.direction is Direction.UP  # type: ignore[union-attr]
    qtbot.mouseClick(card(window).later_button, Qt.MouseButton.LeftButton)
    clock.advance(DAY)
    do_routine(services, clock, 8)  # pain 8 after the routine: above 5 is too much
    clock.advance(3600)
    (offer,) = current_offers(services)
    assert (offer.suggestion.direction, offer.suggestion.reason) == (
        Direction.DOWN,
        Reason.TOO_PAINFUL,
    )


def test_after_an_accepted_step_up_pain_above_5_offers_the_step_back_down(
    qtbot: QtBot, window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    easy_week(services, clock)
    window.today.refresh_suggestion()
    qtbot.mouseClick(card(window).accept_button, Qt.MouseButton.LeftButton)
    clock.advance(DAY)
    do_routine(services, clock, 8)
    clock.advance(3600)
    (offer,) = current_offers(services)
    assert offer.suggestion.direction is Direction.DOWN
    assert offer.suggestion.steps == desk_reset().steps  # back to the dose before the step up
    window.today.refresh_suggestion()
    qtbot.mouseClick(card(window).accept_button, Qt.MouseButton.LeftButton)
    # The pain of 8 was at the dose before: it asks for no further step down.
    assert current_offers(services) == []
    window.start_routine_by_id("desk_reset")
    assert window.player is not None
    assert window.player.routine.steps == desk_reset().steps
    window.player.close()


def test_the_routines_page_shows_the_accepted_dose_and_copies_it(
    qtbot: QtBot, window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    """After Accept, the Routines page shows the routine at the dose the player runs, says since
    when, and Duplicate copies that dose; editing a number in a copy is the copy's own dose."""
    window.show_page(Page.ROUTINES)  # built before the change: it shows it when shown again
    page = window.page_widget(Page.ROUTINES)
    assert isinstance(page, RoutinesPage)
    page.select("desk_reset")
    before = page.duration.text()
    window.show_page(Page.TODAY)
    easy_week(services, clock)
    window.today.refresh_suggestion()
    shown = card(window)
    offer = shown.offer
    assert offer is not None
    qtbot.mouseClick(shown.accept_button, Qt.MouseButton.LeftButton)

    window.show_page(Page.ROUTINES)
    page.select("desk_reset")
    assert page.duration.text() != before  # the routine's time is the longer one
    at_dose = replace(desk_reset(), steps=offer.suggestion.steps)
    routine_card = page.list.itemWidget(page.list.currentItem())
    assert isinstance(routine_card, RoutineCard)
    assert routine_card.summary.text().startswith(
        routine_card.summary_text(
            len(at_dose.steps),
            at_dose.planned_seconds(),
            routine_areas(builtin_catalog().library.get(s.exercise_id) for s in at_dose.steps),
        )
    )
    step_cards = [page.step_card(row) for row in range(page.steps.count())]
    doses = [step.dose.text() if step else "" for step in step_cards]
    assert doses == [dosage_text(step.dosage) for step in offer.suggestion.steps]
    assert doses != [dosage_text(step.dosage) for step in desk_reset().steps]
    note = page.findChild(QLabel, "acceptedDoseNote")
    assert note is not None and note.isVisible()
    assert "Shown at the dose you accepted on" in note.text()

    duplicate = page.findChild(QPushButton, "duplicateRoutine")
    assert duplicate is not None
    qtbot.mouseClick(duplicate, Qt.MouseButton.LeftButton)
    copy = page.current
    assert copy is not None and not copy.builtin
    assert copy.steps == offer.suggestion.steps  # the copy is what the user saw
    assert not note.isVisible()  # the copy's dose is its own

    page.select(next(r.id for r in page.routines if r.id == "neck_shoulders"))
    assert not note.isVisible()  # a routine with no accepted change shows its own dose


def test_setting_a_number_back_to_the_routines_own_dose_sticks(
    window: MainWindow, services: startup.Services, clock: FakeClock
) -> None:
    """Review finding: own dose 5 repetitions, 7 accepted; the user set 5 on the Routines page,
    the stored steps were the same as before, so the accepted 7 came back at the next look."""
    from coach.domain.dosing import DoseChange
    from coach.domain.exercises import Dosage
    from coach.domain.routines import RoutineStep

    repo = services.repo
    own = repo.save_routine(
        Routine("", "Mine", "", (RoutineStep("chin_tuck", Dosage(hold_seconds=5, reps=5)),)),
        builtin_catalog().library,
    )
    clock.advance(DAY)
    more = (RoutineStep("chin_tuck", Dosage(hold_seconds=5, reps=7)),)
    repo.add_dose_change(
        DoseChange(
            own.id,
            own.steps,
            more,
            Direction.UP,
            Reason.EASY_AND_REGULAR,
            Decision.ACCEPTED,
            clock.now(),
        )
    )
    clock.advance(60)
    window.show_page(Page.ROUTINES)
    page = window.page_widget(Page.ROUTINES)
    assert isinstance(page, RoutinesPage)
    page.select(own.id)
    page.steps.setCurrentRow(0)
    reps = page.editor.reps
    assert reps.isVisibleTo(page) and reps.value() == 7  # shown at the accepted dose
    reps.setValue(5)
    current = page.current
    assert current is not None
    assert DoseService(services.context).routine_at_dose(current).steps[0].dosage.reps == 5
    page.reload()
    page.steps.setCurrentRow(0)
    assert page.editor.reps.value() == 5
    note = page.findChild(QLabel, "acceptedDoseNote")
    assert note is not None and not note.isVisible()
