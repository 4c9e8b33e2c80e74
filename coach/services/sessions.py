"""Guided sessions as the player records them: started with the pain before, each finished step
kept the moment the session reports it, the end, the symptoms when the user stops because it
hurts, and the pain after.

Each write is committed at once and announces `Change.SESSIONS` (Today's list and the dose
suggestions follow); a write that cannot be made raises ServiceError and the player goes on.
ValueError: a rating or symptom out of range (the player never makes one).
"""

import sqlite3
from collections.abc import Callable
from typing import TypeVar

from coach.domain.history import SessionRecord, SessionStatus
from coach.domain.routines import Routine
from coach.domain.session import StepResult
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import read_failure, store_failure

T = TypeVar("T")


class SessionService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def _write(self, write: Callable[[], T], doing: str) -> T:
        try:
            result = write()
        except sqlite3.Error as error:
            raise store_failure(error, doing) from error
        self._context.changes.announce(Change.SESSIONS)
        return result

    def start(self, routine: Routine, pain_before: int | None) -> int:
        """Record that `routine` starts now; its session id."""
        repo = self._context.repo
        return self._write(
            lambda: repo.start_session(routine, pain_before), f"starting {routine.id}"
        )

    def record_step(self, session_id: int, result: StepResult) -> None:
        repo = self._context.repo
        self._write(
            lambda: repo.record_step(session_id, result), f"recording a step of {session_id}"
        )

    def finish(self, session_id: int, status: SessionStatus, stop_reason: str = "") -> None:
        repo = self._context.repo
        self._write(
            lambda: repo.finish_session(session_id, status, stop_reason=stop_reason),
            f"ending session {session_id}",
        )

    def set_symptoms(self, session_id: int, names: tuple[str, ...]) -> None:
        """The new symptoms ticked after stopping because it hurt (all of them, each time)."""
        repo = self._context.repo
        self._write(
            lambda: repo.set_session_symptoms(session_id, names),
            f"saving the symptoms of session {session_id}",
        )

    def set_pain_after(self, session_id: int, pain: int) -> None:
        repo = self._context.repo
        self._write(
            lambda: repo.set_pain_after(session_id, pain),
            f"saving the pain after session {session_id}",
        )

    def session(self, session_id: int) -> SessionRecord | None:
        """The session as recorded (None: there is no such session)."""
        try:
            return self._context.repo.session(session_id)
        except sqlite3.Error as error:
            raise read_failure(error, f"reading session {session_id}") from error
