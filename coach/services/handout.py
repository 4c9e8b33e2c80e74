"""What a routine's printable handout shows (issue 19): the routine at the dose the player runs
it at, each step's exercise with that step's dose, and the day it is made. Plain data
(`Handout`); the UI words it and draws the pages (`coach.ui.dialogs.handout_pdf`), for
File > Print a handout and `coach handout` alike.
"""

from dataclasses import dataclass
from datetime import date

from coach.domain.exercises import Exercise
from coach.domain.routines import Routine
from coach.services.catalog import CatalogService
from coach.services.context import ServiceContext
from coach.services.doses import DoseService


@dataclass(frozen=True)
class Handout:
    routine: Routine  # at the dose in force (what the player runs)
    exercises: tuple[Exercise, ...]  # one per step, each at its step's dose
    today: date  # the day it is made, for the footer

    @property
    def seconds(self) -> int:
        """The routine's planned time, with get-ready and side changes."""
        return self.routine.planned_seconds()


class HandoutService:
    """The routines a handout can be made for, and a handout's contents."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def routines(self) -> tuple[Routine, ...]:
        """Every routine the user can start: the plan's, the built-ins and the user's own.
        ServiceError: the store cannot be read."""
        return CatalogService(self._context).all_routines()

    def handout(self, routine_id: str) -> Handout | None:
        """The handout of the routine with this id (None: there is none). A step whose exercise
        is no longer in the catalog is left out (the Routines page reports it). ServiceError:
        the store cannot be read."""
        catalog = CatalogService(self._context)
        routine = catalog.routine(routine_id)
        if routine is None:
            return None
        dosed = DoseService(self._context).routine_at_dose(routine)
        library = catalog.catalog().library
        exercises = []
        for step in dosed.steps:
            exercise = library.get(step.exercise_id)
            if exercise is not None:
                exercises.append(exercise.with_dosage(step.dosage))
        today = self._context.clock.now().astimezone().date()
        return Handout(dosed, tuple(exercises), today)
