"""The first-run answers: the red-flag questions, goals and what was decided about reminders.

Each step of the first run saves its answers when the user goes on (`save`), so closing half-way
keeps what was answered; the clinician report reads them back.
"""

import sqlite3

from coach.domain.onboarding import Onboarding
from coach.domain.settings import SettingProblem
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import read_failure, store_failure


class OnboardingService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def answers(self) -> tuple[Onboarding | None, SettingProblem | None]:
        """The stored answers (None when there are none); answers that cannot be read count as
        none, so the first run asks again, and the problem says why."""
        try:
            return self._context.repo.load_onboarding()
        except sqlite3.Error as error:
            raise read_failure(error, "reading the first-run answers") from error

    def has_answers(self) -> bool:
        """Whether answers are stored (readable or not), without reading them."""
        try:
            return self._context.repo.has_onboarding()
        except sqlite3.Error as error:
            raise read_failure(error, "reading the first-run answers") from error

    def save(self, answers: Onboarding) -> None:
        """Keep `answers` in place of those stored. ServiceError: they were not saved."""
        try:
            self._context.repo.save_onboarding(answers)
        except sqlite3.Error as error:
            raise store_failure(error, "saving the first-run answers") from error
        self._context.changes.announce(Change.SETTINGS)
