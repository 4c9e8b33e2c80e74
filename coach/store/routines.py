"""The user's own routines (the `routines` table) and the dose changes they accepted or declined
(the `dose_changes` table): what the progression rule needs to know about a routine. The routine,
exercise and dosing rules load when a routine is first read or saved, not when the store is
opened."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import TYPE_CHECKING

from coach.domain.days import aware_moment
from coach.domain.messages import Message
from coach.store.query_base import QueryBase, stamp

if TYPE_CHECKING:
    from coach.domain.dosing import DoseChange
    from coach.domain.exercises import Library, LibraryError
    from coach.domain.routines import Routine

log = logging.getLogger(__name__)

USER_ROUTINE_PREFIX = "user:"


class RoutineQueries(QueryBase):
    """Reading, saving and deleting the user's routines, and their dose changes."""

    def user_routines(self, library: Library) -> tuple[list[Routine], list[LibraryError]]:
        """The user's routines in the order they were made; one that names an exercise the library
        no longer has is reported, not dropped silently."""
        from coach.domain.exercises import LibraryError  # noqa: PLC0415
        from coach.domain.routines import Routine, parse_steps  # noqa: PLC0415

        routines: list[Routine] = []
        problems: list[LibraryError] = []
        for row_id, name, aim, steps_json in self._db.execute(
            "SELECT id, name, aim, steps FROM routines ORDER BY id"
        ).fetchall():
            label = Message("your routine '{name}'", name=str(name))
            try:
                steps = parse_steps(label, json.loads(steps_json), library)
            except (ValueError, LibraryError) as problem:
                problems.append(
                    problem
                    if isinstance(problem, LibraryError)
                    else LibraryError(label, "steps", Message("is not readable"))
                )
                continue
            routines.append(Routine(f"{USER_ROUTINE_PREFIX}{row_id}", str(name), str(aim), steps))
        return routines, problems

    def save_routine(
        self, routine: Routine, library: Library, steps_edited: bool = True
    ) -> Routine:
        """Insert a new user routine (id not yet `user:N`) or update an existing one; updating one
        that was deleted meanwhile stores it again as new. `steps_edited`: the user set its steps
        or doses (even to what they were): a dose accepted before no longer applies
        (coach.domain.dosing.since_edit); a new name alone keeps it."""
        if routine.builtin:
            raise ValueError("built-in routines cannot be changed; copy them instead")
        from coach.domain.routines import Routine, steps_to_json  # noqa: PLC0415

        steps = json.dumps(steps_to_json(routine.steps, library))
        now = stamp(self._clock.now())
        with self._transaction() as db:
            if routine.id.startswith(USER_ROUTINE_PREFIX):
                # updated_at is when the user last set the steps (routine_steps_changed_at).
                updated = db.execute(
                    "UPDATE routines SET name = ?, aim = ?, steps = ?,"
                    " updated_at = CASE WHEN ? THEN ? ELSE updated_at END WHERE id = ?",
                    (routine.name, routine.aim, steps, steps_edited, now, _row_id(routine.id)),
                )
                if updated.rowcount:
                    return routine
            cursor = db.execute(
                "INSERT INTO routines (name, aim, steps, updated_at) VALUES (?, ?, ?, ?)",
                (routine.name, routine.aim, steps, now),
            )
        return Routine(
            f"{USER_ROUTINE_PREFIX}{cursor.lastrowid}", routine.name, routine.aim, routine.steps
        )

    def routine_steps_changed_at(self, routine_id: str) -> datetime | None:
        """When the user last set the steps or doses of their own routine (None for a built-in or
        a plan's routine, which they cannot change, or one that is gone)."""
        if not routine_id.startswith(USER_ROUTINE_PREFIX):
            return None
        row = self._db.execute(
            "SELECT updated_at FROM routines WHERE id = ?", (_row_id(routine_id),)
        ).fetchone()
        if row is None:
            return None
        moment = aware_moment(row[0])
        if moment is None:
            log.warning("routine %s: unreadable updated_at %r", routine_id, row[0])
            return None  # the accepted doses are then judged by their steps alone
        return moment

    def delete_routine(self, routine: Routine) -> None:
        if routine.builtin or not routine.id.startswith(USER_ROUTINE_PREFIX):
            raise ValueError("built-in routines cannot be deleted")
        with self._transaction() as db:
            db.execute("DELETE FROM routines WHERE id = ?", (_row_id(routine.id),))

    def add_dose_change(self, change: DoseChange) -> None:
        """Record a suggested dose change the user accepted or declined."""
        from coach.domain.dosing import steps_to_text  # noqa: PLC0415

        with self._transaction() as db:
            db.execute(
                "INSERT INTO dose_changes (routine_id, base, steps, direction, reason, decision,"
                " at, plan_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    change.routine_id,
                    steps_to_text(change.base),
                    steps_to_text(change.steps),
                    change.direction.value,
                    change.reason.value,
                    change.decision.value,
                    stamp(change.at),
                    change.plan_id,
                ),
            )

    def dose_changes(self, routine_id: str) -> list[DoseChange]:
        """The routine's dose changes, oldest first; a row that cannot be read is logged and left
        out (the routine then runs at the dose before it)."""
        from coach.domain.dosing import Decision, DoseChange, steps_from_text  # noqa: PLC0415
        from coach.domain.safety import Direction, Reason  # noqa: PLC0415

        rows = self._db.execute(
            "SELECT id, base, steps, direction, reason, decision, at, plan_id FROM dose_changes"
            " WHERE routine_id = ? ORDER BY at, id",
            (routine_id,),
        ).fetchall()
        changes = []
        for row_id, base, steps, direction, reason, decision, at, plan_id in rows:
            try:
                changes.append(
                    DoseChange(
                        routine_id,
                        steps_from_text(base),
                        steps_from_text(steps),
                        Direction(direction),
                        Reason(reason),
                        Decision(decision),
                        datetime.fromisoformat(at),
                        None if plan_id is None else int(plan_id),
                    )
                )
            except (ValueError, TypeError) as error:
                log.warning("dose change %s cannot be read (%s); it is left out", row_id, error)
        return changes


def _row_id(routine_id: str) -> int:
    return int(routine_id.removeprefix(USER_ROUTINE_PREFIX))
