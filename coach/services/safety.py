"""Safety flags (CLINICAL.md section 4a): an "emergency" or "same day" answer is kept until the
user says a clinician has checked it. Cheap to ask at start-up: the safety rules load only when a
flag is raised or read."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import read_failure, store_failure

if TYPE_CHECKING:
    from coach.domain.safety import FlagSource, RedFlag, SafetyFlag, Symptom

log = logging.getLogger(__name__)


class SafetyService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def any_open(self) -> bool:
        """Whether a flag waits for a clinician's check (without loading the safety rules)."""
        try:
            return self._context.repo.has_open_safety_flags()
        except sqlite3.Error as error:
            raise read_failure(error, "reading the safety flags") from error

    def open_flags(self) -> list[SafetyFlag]:
        """The flags not cleared yet, oldest first."""
        try:
            return self._context.repo.open_safety_flags()
        except sqlite3.Error as error:
            raise read_failure(error, "reading the safety flags") from error

    def raise_for(
        self, answers: Iterable[RedFlag] | Iterable[Symptom], source: FlagSource
    ) -> SafetyFlag | None:
        """Keep the answers that call for a doctor today or sooner as one flag (None when none
        do); ServiceError when it cannot be stored."""
        from coach.domain.safety import flag_to_raise  # noqa: PLC0415

        found = flag_to_raise(answers)
        if found is None:
            return None
        urgency, reasons = found
        try:
            flag = self._context.repo.record_safety_flag(urgency, reasons, source.value)
        except sqlite3.Error as error:
            raise store_failure(error, f"storing the safety flag ({','.join(reasons)})") from error
        log.info("safety flag raised (%s, %s): %s", source.value, urgency.name, reasons)
        self._context.changes.announce(Change.SAFETY)
        return flag

    def catch_up_first_run(self) -> SafetyFlag | None:
        """When the store is opened: a first-run "yes" that calls for a doctor today or sooner
        but has no flag (answered before Coach kept safety flags, store schema version 11) is
        flagged once, dated when the answers were last saved (else now), so Today shows it and
        exercise reminders wait. None when nothing was missing. Cheap when the answers have not
        changed since the last check: nothing but one read. ServiceError when it cannot be
        read or stored."""
        repo = self._context.repo
        try:
            checksum = repo.onboarding_to_flag()
            if checksum is None:
                return None
            from coach.domain.safety import FlagSource  # noqa: PLC0415

            source = FlagSource.FIRST_RUN.value
            answers, _problem = repo.load_onboarding()  # unreadable: the first run asks again
            found = answers.unflagged(repo.safety_flag_reasons(source)) if answers else None
            flag = None
            if answers is not None and found is not None:
                urgency, reasons = found
                flag = repo.record_safety_flag(urgency, reasons, source, answers.updated_at)
            repo.note_onboarding_flagged(checksum)
        except sqlite3.Error as error:
            raise store_failure(error, "checking the first-run answers for safety flags") from error
        if flag is not None:
            log.info("safety flag raised for earlier first-run answers: %s", flag.reasons)
            self._context.changes.announce(Change.SAFETY)
        return flag

    def clear(self) -> int:
        """A clinician has checked it: every open flag is cleared now; returns how many were."""
        try:
            cleared = self._context.repo.clear_safety_flags()
        except sqlite3.Error as error:
            raise store_failure(error, "clearing the safety flags") from error
        log.info("%d safety flag(s) cleared: a clinician has checked them", cleared)
        self._context.changes.announce(Change.SAFETY)
        return cleared
