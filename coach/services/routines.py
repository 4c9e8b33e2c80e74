"""The user's own routines: made, copied, renamed, re-dosed and deleted on the Routines page."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from coach.services.changes import Change
from coach.services.errors import store_failure

if TYPE_CHECKING:
    from coach.domain.exercises import Library, LibraryError
    from coach.domain.routines import Routine
    from coach.services.context import ServiceContext


class RoutineService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def user_routines(self, library: Library) -> tuple[list[Routine], list[LibraryError]]:
        """The user's routines in the order they were made, and one problem for each that cannot
        be read against `library` (reported, not dropped silently)."""
        return self._context.repo.user_routines(library)

    def save(self, routine: Routine, library: Library, steps_edited: bool = True) -> Routine:
        """Store a new or changed routine of the user's and return it as stored (a new one gets
        its id). `steps_edited`: its steps or doses were set, so a dose accepted before no
        longer applies; a new name alone keeps it. ServiceError: nothing was saved."""
        try:
            saved = self._context.repo.save_routine(routine, library, steps_edited)
        except sqlite3.Error as error:
            raise store_failure(error, f"saving the routine {routine.id or 'new'}") from error
        self._context.changes.announce(Change.ROUTINES)
        return saved

    def delete(self, routine: Routine) -> None:
        """Delete a routine of the user's (sessions done with it stay recorded)."""
        try:
            self._context.repo.delete_routine(routine)
        except sqlite3.Error as error:
            raise store_failure(error, f"deleting the routine {routine.id}") from error
        self._context.changes.announce(Change.ROUTINES)
