"""The first-run answers, kept as a value in the `settings` table with the checksum of the answers
last read fine. Start-up only asks whether the first run is needed, which is answered from the
checksum: the first-run rules load when the answers changed (as after importing a backup) or are
read for the first run or the report. The same checksum says whether the answers' "yes" to an
urgent question has been checked against the safety flags (answers kept before the flags existed
raise theirs once: `coach.services.safety.SafetyService.catch_up_first_run`)."""

from __future__ import annotations

import logging
import sqlite3
import zlib
from typing import TYPE_CHECKING

from coach.domain.settings import SettingProblem
from coach.store.query_base import QueryBase
from coach.store.settings_queries import readable_answers

if TYPE_CHECKING:
    from coach.domain.onboarding import Onboarding

log = logging.getLogger(__name__)

ONBOARDING_KEY = "onboarding"
ONBOARDING_READ_KEY = "onboarding.read"  # checksum of the answers last read or saved fine
# Checksum of the answers last checked for an urgent "yes" without its safety flag.
ONBOARDING_FLAGGED_KEY = "onboarding.flags_checked"


class OnboardingQueries(QueryBase):
    """Reads and writes of the first-run answers."""

    def has_onboarding(self) -> bool:
        """Whether first-run answers are stored (readable or not), without reading them: start-up
        asks this, and loads the first run only when it is needed."""
        return ONBOARDING_KEY in self._read_values((ONBOARDING_KEY,))

    def needs_first_run(self) -> bool:
        """Whether start-up should offer the first run: no answers are stored, or they cannot be
        read (logged; the first run says so and asks again). Cheap on later starts: the answers
        are read (loading the first-run rules) only when they changed since they were last read
        or saved fine, as after importing a backup."""
        stored = self._read_values((ONBOARDING_KEY, ONBOARDING_READ_KEY))
        answers = stored.get(ONBOARDING_KEY)
        if answers is None:
            return True
        if stored.get(ONBOARDING_READ_KEY) == _checksum(answers):
            return False
        _loaded, problem = self.load_onboarding()
        if problem is not None:
            log.warning("first-run answers cannot be read, so asked again: %s", problem.describe())
            return True
        try:
            self._write_values({ONBOARDING_READ_KEY: _checksum(answers)})
        except sqlite3.Error as error:  # read again next time
            log.warning("could not note that the first-run answers were read: %s", error)
        return False

    def load_onboarding(self) -> tuple[Onboarding | None, SettingProblem | None]:
        """The first-run answers (None when there are none); unreadable ones count as none, so
        the first run asks again, and are reported."""
        from coach.domain.onboarding import Onboarding  # noqa: PLC0415

        stored = self._read_values((ONBOARDING_KEY,)).get(ONBOARDING_KEY)
        if stored is None:
            return None, None
        try:
            return Onboarding.decode(stored), None
        except (ValueError, TypeError) as error:
            return None, SettingProblem(ONBOARDING_KEY, repr(stored), readable_answers(error))

    def onboarding_to_flag(self) -> str | None:
        """The checksum of the stored answers when they have not been checked for an urgent
        "yes" without its safety flag since they last changed (None: no answers, or checked).
        Cheap: start-up asks it on every open, and loads no rules."""
        stored = self._read_values((ONBOARDING_KEY, ONBOARDING_FLAGGED_KEY))
        answers = stored.get(ONBOARDING_KEY)
        if answers is None or stored.get(ONBOARDING_FLAGGED_KEY) == _checksum(answers):
            return None
        return _checksum(answers)

    def note_onboarding_flagged(self, checksum: str) -> None:
        """The answers with this checksum were checked for urgent answers without a flag."""
        self._write_values({ONBOARDING_FLAGGED_KEY: checksum})

    def save_onboarding(self, answers: Onboarding) -> None:
        text = answers.encode()
        self._write_values({ONBOARDING_KEY: text, ONBOARDING_READ_KEY: _checksum(text)})


def _checksum(text: str) -> str:
    """A short fingerprint of a stored text (to notice that it changed, not a safeguard)."""
    return f"crc32:{zlib.crc32(text.encode('utf-8')):08x}"
