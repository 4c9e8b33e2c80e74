"""Safety flags while Coach runs (CLINICAL.md section 4a, persistence; product choice on NHSBP,
IFO, GPO): an "emergency" or "same day" answer in the first run, a check-in or "stop - this hurts"
is kept until the user says a clinician has checked it.

`SafetyFlags` records and clears them and says so with one signal, `changed`: Today's banner and
the reminders (exercise reminders are held while a flag is open) follow that signal, never a call
by hand. Today's banner and the question before a routine starts are in
`coach.ui.pages.today.safety_banner`, loaded only while a flag is open.

Cheap at start-up: the safety rules load only when a flag is raised or one is open.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from coach.domain.safety import FlagSource, RedFlag, SafetyFlag, Symptom
    from coach.store.repo import Repo

log = logging.getLogger(__name__)


class SafetyFlags(QObject):
    """The open safety flags of the store, and the signal that they changed."""

    changed = Signal()  # a flag was raised or the open ones were cleared

    def __init__(self, repo: Repo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = repo

    def any_open(self) -> bool:
        """Whether a flag waits for a clinician's check (a store that cannot be read: none)."""
        try:
            return self._repo.has_open_safety_flags()
        except sqlite3.Error as error:
            log.error("the safety flags could not be read: %s", error)
            return False

    def open_flags(self) -> list[SafetyFlag]:
        try:
            return self._repo.open_safety_flags()
        except sqlite3.Error as error:
            log.error("the safety flags could not be read: %s", error)
            return []

    def raise_for(
        self, answers: Iterable[RedFlag] | Iterable[Symptom], source: FlagSource
    ) -> SafetyFlag | None:
        """Keep the answers that call for a doctor today or sooner as one flag (None when none
        do, or it could not be stored: the advice on screen still says what to do)."""
        from coach.domain.safety import flag_to_raise  # noqa: PLC0415

        found = flag_to_raise(answers)
        if found is None:
            return None
        urgency, reasons = found
        try:
            flag = self._repo.record_safety_flag(urgency, reasons, source.value)
        except sqlite3.Error as error:
            log.error("the safety flag (%s) could not be stored: %s", ",".join(reasons), error)
            return None
        log.info("safety flag raised (%s, %s): %s", source.value, urgency.name, reasons)
        self.changed.emit()
        return flag

    def clear(self) -> int:
        """A clinician has checked it: every open flag is cleared now."""
        cleared = self._repo.clear_safety_flags()
        log.info("%d safety flag(s) cleared: a clinician has checked them", cleared)
        self.changed.emit()
        return cleared
