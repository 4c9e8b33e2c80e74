"""Clinician plans (the `plans` table): the plan in force, the plans adopted before it, and the
reminder settings each replaced, so that "restore the previous plan" is exact. A plan's heat limits
are columns, so reading them parses no plan; the heat and reminder rules load when a plan is read
or adopted, not when the store is opened."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from coach.store.query_base import QueryBase, stamp
from coach.store.reminders import REMINDERS_KEY, reminder_settings_from

if TYPE_CHECKING:
    from coach.domain.heat import HeatLimits
    from coach.domain.plan import Plan

log = logging.getLogger(__name__)

BUNDLED_PLAN_SOURCE = "bundled:"  # + the baked plan's checksum


class PlanQueries(QueryBase):
    """Adopting, reading and restoring clinician plans."""

    def adopt_plan(self, plan: Plan, source: str) -> StoredPlan:
        """Make `plan` the active plan and put its schedule into the reminder settings, in one
        transaction; the settings and plan in force before are kept for `restore_previous_plan`."""
        stored_before = self._read_values((REMINDERS_KEY,)).get(REMINDERS_KEY)
        before, _problem = reminder_settings_from(stored_before)
        limits = plan.heat.limits()
        with self._transaction() as db:
            row = db.execute("SELECT id FROM plans WHERE active = 1").fetchone()
            db.execute("UPDATE plans SET active = 0 WHERE active = 1")
            cursor = db.execute(
                "INSERT INTO plans (title, body, source, adopted_at, reminders_before, "
                "replaced_id, heat_cap_minutes, heat_session_minutes, heat_max_per_day, "
                "heat_min_gap_hours, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                (
                    plan.title,
                    plan.body,
                    source,
                    stamp(self._clock.now()),
                    stored_before,
                    row[0] if row else None,
                    limits.cap_minutes,
                    limits.session_minutes,
                    limits.max_sessions_per_day,
                    limits.min_gap_hours,
                ),
            )
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (REMINDERS_KEY, plan.reminder_settings(before).encode()),
            )
        stored = self.active_plan()
        assert stored is not None and stored.id == cursor.lastrowid
        return stored

    def active_plan_id(self) -> int | None:
        """The row id of the plan in force, without reading the plan (it may be megabytes)."""
        row = self._db.execute("SELECT id FROM plans WHERE active = 1").fetchone()
        return None if row is None else int(row[0])

    def active_plan(self) -> StoredPlan | None:
        """The plan in force, as stored (its body is parsed by the caller, when needed)."""
        row = self._db.execute(f"SELECT {_PLAN_COLUMNS} FROM plans WHERE active = 1").fetchone()
        return _stored_plan(row) if row else None

    def plan_history(self) -> list[StoredPlan]:
        """Every plan adopted, newest first."""
        rows = self._db.execute(f"SELECT {_PLAN_COLUMNS} FROM plans ORDER BY id DESC").fetchall()
        return [_stored_plan(row) for row in rows]

    def heat_limits(self) -> HeatLimits:
        """The heat limits in force: the active plan's, or Coach's own."""
        from coach.domain.heat import HeatLimits  # noqa: PLC0415

        plan = self.active_plan()
        return plan.heat_limits if plan else HeatLimits()

    def restore_previous_plan(self) -> StoredPlan | None:
        """Undo the last adoption: the plan before it (or none) is active again, with the
        reminder rules of that time. Only what a plan sets is put back: the working days, working
        hours and quiet hours stay as they are now (the patient may have changed them since).
        Returns the plan now in force."""
        current = self.active_plan()
        if current is None:
            return None
        now_stored = self._read_values((REMINDERS_KEY,)).get(REMINDERS_KEY)
        restored = _restored_reminders(current.reminders_before, now_stored)
        with self._transaction() as db:
            db.execute("UPDATE plans SET active = 0 WHERE id = ?", (current.id,))
            if current.replaced_id is not None:
                db.execute("UPDATE plans SET active = 1 WHERE id = ?", (current.replaced_id,))
            if restored is None:
                db.execute("DELETE FROM settings WHERE key = ?", (REMINDERS_KEY,))
            else:
                db.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (REMINDERS_KEY, restored),
                )
        return self.active_plan()

    def has_plan_from(self, source: str) -> bool:
        row = self._db.execute("SELECT 1 FROM plans WHERE source = ? LIMIT 1", (source,)).fetchone()
        return row is not None


def _restored_reminders(saved: str | None, now: str | None) -> str | None:
    """The reminder settings to put back when a plan is restored: the `saved` ones (None: the
    defaults, by deleting the key) with the `day` (work days, work hours, quiet hours) of those in
    force `now`. When either cannot be read, `saved` as it is."""
    from dataclasses import replace  # noqa: PLC0415 (with the reminder rules, on first use)

    from coach.domain.reminders import ReminderSettings  # noqa: PLC0415
    from coach.domain.schedule import ScheduleError  # noqa: PLC0415

    if now is None:
        return saved
    try:
        before = ReminderSettings() if saved is None else ReminderSettings.decode(saved)
        current = ReminderSettings.decode(now)
    except (ScheduleError, ValueError, TypeError) as error:
        log.warning("restoring the reminder settings as saved (%s)", error)
        return saved
    if saved is None and current.day == before.day:
        return None  # nothing of the patient's own to keep: back to the defaults, as before
    return replace(before, day=current.day).encode()


_PLAN_COLUMNS = (
    "id, title, body, source, adopted_at, reminders_before, replaced_id, heat_cap_minutes, "
    "heat_session_minutes, heat_max_per_day, heat_min_gap_hours"
)


class StoredPlan(NamedTuple):
    """A plan as kept in the store: its text, where it came from, and what it replaced. (A named
    tuple: this module loads at every start, and a frozen dataclass costs five times as much to
    define.)"""

    id: int
    title: str
    body: str
    source: str
    adopted_at: datetime
    reminders_before: str | None
    replaced_id: int | None
    heat_limits: HeatLimits


def _stored_plan(r: tuple[Any, ...]) -> StoredPlan:
    from coach.domain.heat import HeatLimits  # noqa: PLC0415

    return StoredPlan(
        id=int(r[0]),
        title=str(r[1]),
        body=str(r[2]),
        source=str(r[3]),
        adopted_at=datetime.fromisoformat(r[4]),
        reminders_before=None if r[5] is None else str(r[5]),
        replaced_id=None if r[6] is None else int(r[6]),
        heat_limits=HeatLimits(
            int(r[7]),
            session_minutes=int(r[8]),
            max_sessions_per_day=int(r[9]),
            min_gap_hours=int(r[10]),
        ),
    )
