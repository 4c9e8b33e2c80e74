"""Safety flags while Coach runs (CLINICAL.md section 4a, persistence; product choice on NHSBP,
IFO, GPO): an "emergency" or "same day" answer in the first run, a check-in or "stop - this hurts"
is kept until the user says a clinician has checked it.

`SafetyFlags` records and clears them through `coach.services.safety` and says so with one
signal, `changed` (from the services' change signal, so a flag raised by the first run or the
player counts too): Today's banner and the reminders (exercise reminders are held while a flag is
open) follow that signal, never a call by hand. Today's banner and the question before a routine starts are in
`coach.ui.pages.today.safety_banner`, loaded only while a flag is open.

Cheap at start-up: the safety rules load only when a flag is raised or one is open. (Answers kept
before there were flags are flagged when the store opens, `coach.services.storage`, and after a
backup is imported, here.)
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from coach.services.changes import Change
from coach.services.errors import ServiceError
from coach.services.safety import SafetyService

if TYPE_CHECKING:
    from coach.domain.safety import FlagSource, RedFlag, SafetyFlag, Symptom
    from coach.services.context import ServiceContext
    from coach.ui.shell.changes import ChangeSignal

log = logging.getLogger(__name__)


class SafetyFlags(QObject):
    """The open safety flags of the store, and the signal that they changed."""

    changed = Signal()  # a flag was raised or the open ones were cleared (here or elsewhere)

    def __init__(
        self, context: ServiceContext, changes: ChangeSignal, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = SafetyService(context)
        changes.changed.connect(self._store_changed)

    def _store_changed(self, change: Change) -> None:
        if change is Change.DATA:
            # An imported backup from before safety flags may hold an urgent first-run "yes"
            # without its flag: flagged now, as when such a store is opened.
            try:
                self._service.catch_up_first_run()
            except ServiceError as error:
                log.error("imported first-run answers could not be checked for flags: %s", error)
        if change in (Change.SAFETY, Change.DATA):
            self.changed.emit()

    def any_open(self) -> bool:
        """Whether a flag waits for a clinician's check (a store that cannot be read: none)."""
        try:
            return self._service.any_open()
        except ServiceError as error:
            log.error("the safety flags could not be read: %s", error)
            return False

    def open_flags(self) -> list[SafetyFlag]:
        try:
            return self._service.open_flags()
        except ServiceError as error:
            log.error("the safety flags could not be read: %s", error)
            return []

    def raise_for(
        self, answers: Iterable[RedFlag] | Iterable[Symptom], source: FlagSource
    ) -> SafetyFlag | None:
        """Keep the answers that call for a doctor today or sooner as one flag (None when none
        do, or it could not be stored: the advice on screen still says what to do)."""
        try:
            return self._service.raise_for(answers, source)
        except ServiceError as error:
            log.error("a safety flag could not be stored: %s", error)
            return None

    def clear(self) -> int:
        """A clinician has checked it: every open flag is cleared now (ServiceError when that
        cannot be noted)."""
        return self._service.clear()
