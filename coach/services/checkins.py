"""Pain check-ins: recorded, changed and deleted by the user, read back for Today."""

import sqlite3
from datetime import datetime

from coach.domain.checkins import CheckIn
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import store_failure


class CheckinService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def save(
        self,
        pain: int,
        note: str = "",
        stiffness: int | None = None,
        sleep: int | None = None,
        symptoms: tuple[str, ...] = (),
    ) -> CheckIn:
        """Record a check-in now and return it as stored. ServiceError when it could not be
        saved (nothing of it was); ValueError for a rating out of range."""
        try:
            checkin = self._context.repo.add_checkin(
                pain, note, stiffness=stiffness, sleep=sleep, symptoms=symptoms
            )
        except sqlite3.Error as error:
            raise store_failure(error, "saving a check-in") from error
        self._context.changes.announce(Change.CHECKINS)
        return checkin

    def edit(
        self,
        checkin_id: int,
        pain: int,
        note: str,
        stiffness: int | None,
        sleep: int | None,
        symptoms: tuple[str, ...],
    ) -> None:
        """Change a check-in's ratings, note and symptoms (its time stays)."""
        try:
            self._context.repo.update_checkin(checkin_id, pain, note, stiffness, sleep, symptoms)
        except sqlite3.Error as error:
            raise store_failure(error, "changing a check-in") from error
        self._context.changes.announce(Change.CHECKINS)

    def delete(self, checkin_id: int) -> None:
        try:
            self._context.repo.delete_checkin(checkin_id)
        except sqlite3.Error as error:
            raise store_failure(error, "deleting a check-in") from error
        self._context.changes.announce(Change.CHECKINS)

    def between(self, start: datetime, end: datetime) -> list[CheckIn]:
        """Check-ins with start <= at < end, oldest first."""
        return self._context.repo.checkins_between(start, end)
