"""Dose ceilings on Today and in the player (CLINICAL.md section 3): band work at its ceiling of 3
sets of 15 is offered a stronger band, not more repetitions (A08, ACSM); a dose accepted under the
old rule runs at its ceiling, with a line in the log (ACSM: 60 s a side for a stretch)."""

import logging
from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.dosing import Decision, DoseChange
from coach.domain.exercises import Dosage
from coach.domain.history import SessionStatus
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import Direction, Reason
from coach.services.catalog import builtin_catalog
from coach.services.doses import DoseService, Offer
from coach.ui.lifecycle import startup
from coach.ui.pages.today.progression import SuggestionCard
from coach.ui.shell.main_window import MainWindow

DAY = 24 * 3600
BANDS = Routine(
    "",
    "Bands at the most",
    "",
    (
        RoutineStep("band_row", Dosage(reps=15, sets=3, rest_seconds=45, rep_seconds=3)),
        RoutineStep("band_pull_apart", Dosage(reps=15, sets=3, rest_seconds=45, rep_seconds=3)),
    ),
)


def current_offers(services: startup.Services) -> list[Offer]:
    return DoseService(services.context).current_offers()


def easy_week(services: startup.Services, clock: FakeClock, routine: Routine) -> None:
    """The routine once a day for 7 days, pain 2 before and 1 after."""
    clock.jump_wall(-7 * DAY)
    for _day in range(7):
        session = services.repo.start_session(routine, 2)
        clock.advance(300)
        services.repo.finish_session(session, SessionStatus.COMPLETED, 1)
        clock.advance(DAY - 300)


@pytest.fixture
def bands(services: startup.Services) -> Iterator[Routine]:
    yield services.repo.save_routine(BANDS, builtin_catalog().library)


def test_band_work_at_3_sets_of_15_is_offered_a_stronger_band_a08_acsm(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    bands: Routine,
) -> None:
    easy_week(services, clock, bands)
    (offer,) = current_offers(services)
    assert (offer.suggestion.direction, offer.suggestion.reason) == (
        Direction.HOLD,
        Reason.AT_THE_LIMIT,
    )
    assert offer.suggestion.stronger_band == ("band_row", "band_pull_apart")
    window.today.refresh_suggestion()
    card = window.today.suggestion_card
    assert isinstance(card, SuggestionCard) and card.isVisible()
    assert card.title.text() == "A suggestion for your routine"
    text = card.text.text()
    assert text.startswith("Bands at the most: Band row")
    assert "Band pull-apart: at 3 sets of 15 repetitions, the most Coach suggests." in text
    assert "use a stronger band next time rather than more repetitions" in text
    assert not card.accept_button.isVisible()  # nothing to accept: more reps are not offered
    card.accept()  # not even by a stray shortcut
    assert services.repo.dose_changes(bands.id) == []
    qtbot.mouseClick(card.later_button, Qt.MouseButton.LeftButton)
    (declined,) = services.repo.dose_changes(bands.id)
    assert declined.decision is Decision.DECLINED and declined.steps == bands.steps
    assert current_offers(services) == []  # hidden for a week


def test_a_step_up_says_which_band_exercise_needs_a_stronger_band_a08_acsm(
    services: startup.Services, clock: FakeClock
) -> None:
    from coach.ui.pages.today.progression import offer_text

    mixed = services.repo.save_routine(
        Routine(
            "",
            "Bands and rolls",
            "",
            (BANDS.steps[0], RoutineStep("shoulder_rolls", Dosage(reps=6, rep_seconds=3))),
        ),
        builtin_catalog().library,
    )
    easy_week(services, clock, mixed)
    (offer,) = current_offers(services)
    assert offer.suggestion.direction is Direction.UP
    text = offer_text(offer, builtin_catalog())
    assert text.startswith("Bands and rolls: try 8 repetitions (was 6).")
    assert text.endswith(
        "Band row: at 3 sets of 15 repetitions, the most Coach suggests. To progress, use a "
        "stronger band next time rather than more repetitions."
    )


def test_a_dose_accepted_under_the_old_rule_runs_at_the_ceiling_acsm(
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The review's 3 x 12 x 30 s upper-trapezius stretch, stored before the ceilings."""
    own = RoutineStep("upper_trapezius_stretch", Dosage(30, 2, per_side=True))
    routine = services.repo.save_routine(
        Routine("", "Trapezius", "", (own,)), builtin_catalog().library
    )
    grown = RoutineStep("upper_trapezius_stretch", Dosage(30, 12, 3, 30, per_side=True))
    services.repo.add_dose_change(
        DoseChange(
            routine.id,
            routine.steps,
            (grown,),
            Direction.UP,
            Reason.EASY_AND_REGULAR,
            Decision.ACCEPTED,
            clock.now() + timedelta(seconds=1),
        )
    )
    clock.advance(60)
    with caplog.at_level(logging.WARNING, logger="coach.domain.dosing"):
        window.start_routine(routine)
    player = window.player
    assert player is not None
    dose = player.routine.steps[0].dosage
    assert dose.hold_seconds * dose.reps * dose.sets <= 60  # not 18 minutes a side
    assert dose == Dosage(30, 2, 1, 30, per_side=True)
    assert any("above its ceiling" in r.getMessage() for r in caplog.records)
    player.close()
