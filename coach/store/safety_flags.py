"""Safety flags (the `safety_flags` table, CLINICAL.md section 4a): an "emergency" or "same day"
answer kept until the user says a clinician has checked it. Start-up only asks whether one is open,
which loads no safety rules; reading the flags loads them."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from coach.domain.checkins import check_symptoms
from coach.store.query_base import QueryBase, read_symptoms, stamp

if TYPE_CHECKING:
    from coach.domain.safety import SafetyFlag, Urgency

log = logging.getLogger(__name__)


class SafetyFlagQueries(QueryBase):
    """Raising, reading and clearing safety flags."""

    def record_safety_flag(
        self,
        urgency: Urgency,
        reasons: Sequence[str],
        source: str,
        raised_at: datetime | None = None,
    ) -> SafetyFlag:
        """Keep an "emergency" or "same day" answer (its RedFlag or Symptom values as `reasons`)
        raised now (or at `raised_at`, when the answer was given earlier), until the user says a
        clinician has checked it."""
        from dataclasses import replace  # noqa: PLC0415 (with the safety rules, on first use)

        from coach.domain.safety import SafetyFlag  # noqa: PLC0415

        names = tuple(reasons)
        check_symptoms(names)  # plain names, as symptoms are stored
        moment = self._clock.now() if raised_at is None else raised_at
        flag = SafetyFlag(0, moment, urgency, names, source)  # checks every value
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO safety_flags (raised_at, urgency, reasons, source)"
                " VALUES (?, ?, ?, ?)",
                (stamp(flag.raised_at), urgency.name.lower(), ",".join(names), source),
            )
        row_id = cursor.lastrowid
        assert row_id is not None
        return replace(flag, id=row_id)

    def has_open_safety_flags(self) -> bool:
        """Whether a safety flag waits for a clinician's check, without loading the safety rules:
        start-up asks this for Today and the reminders."""
        row = self._db.execute(
            "SELECT 1 FROM safety_flags WHERE cleared_at IS NULL LIMIT 1"
        ).fetchone()
        return row is not None

    def safety_flag_reasons(self, source: str) -> set[str]:
        """Every reason a flag from `source` was raised for, open or cleared (a first-run answer
        flagged once, and checked since, is not flagged again)."""
        rows = self._db.execute("SELECT reasons FROM safety_flags WHERE source = ?", (source,))
        return {name for (reasons,) in rows for name in read_symptoms(reasons)}

    def open_safety_flags(self) -> list[SafetyFlag]:
        """The flags not cleared yet, oldest first."""
        return self._safety_flags_where("cleared_at IS NULL", ())

    def safety_flags_between(self, start: datetime, end: datetime) -> list[SafetyFlag]:
        """The flags that stood at some time in [start, end): raised before `end` and still open
        or cleared at or after `start`; oldest first."""
        return self._safety_flags_where(
            "raised_at < ? AND (cleared_at IS NULL OR cleared_at >= ?)", (stamp(end), stamp(start))
        )

    def clear_safety_flags(self) -> int:
        """The user says a clinician has checked it: every open flag is cleared now. Returns
        how many were."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE safety_flags SET cleared_at = ? WHERE cleared_at IS NULL",
                (stamp(self._clock.now()),),
            )
        return cursor.rowcount

    def _safety_flags_where(self, condition: str, params: tuple[object, ...]) -> list[SafetyFlag]:
        from coach.domain.safety import SafetyFlag, Urgency  # noqa: PLC0415

        rows = self._db.execute(
            "SELECT id, raised_at, urgency, reasons, source, cleared_at FROM safety_flags"
            f" WHERE {condition} ORDER BY raised_at, id",
            params,
        ).fetchall()
        flags = []
        for row_id, raised, urgency, reasons, source, cleared in rows:
            try:
                flags.append(
                    SafetyFlag(
                        int(row_id),
                        datetime.fromisoformat(raised),
                        Urgency[str(urgency).upper()],
                        read_symptoms(reasons),
                        str(source),
                        None if cleared is None else datetime.fromisoformat(cleared),
                    )
                )
            except (KeyError, ValueError, TypeError) as error:
                log.warning("safety flag %s cannot be read (%s); it is left out", row_id, error)
        return flags
