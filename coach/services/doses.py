"""Dose suggestions: for the routine the reminders bring up and every routine done in the last 7
days, `safety.suggest_dose` reads the stored sessions and check-ins (CLINICAL.md section 3, product
choice on BIM/PROV) within each exercise's dose ceiling and the active plan's bounds; the user
accepts (the routine then runs at the new dose, see `coach.domain.dosing` and `routine_at_dose`) or
says "Not now" (that direction hidden for a week). A band exercise at its ceiling of 3 sets of 15
is progressed with a stronger band: the suggestion says so.

Today shows the offers (`coach.ui.pages.today.progression`), the player and the Routines page run
and show routines at the dose in force.
"""

import logging
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta, tzinfo

from coach.domain.dosing import (
    UNSCHEDULED_PER_WEEK,
    Decision,
    DoseChange,
    declined_until,
    effective_routine,
    in_force,
    session_pains,
    since_edit,
)
from coach.domain.exercises import DoseKind
from coach.domain.progress import daily_pain
from coach.domain.routines import Routine
from coach.domain.safety import (
    WINDOW,
    Bounds,
    Reason,
    Suggestion,
    planned_sessions,
    suggest_dose,
)
from coach.services.catalog import CatalogService
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import read_failure, store_failure
from coach.services.plans import PlanService

log = logging.getLogger(__name__)

BASELINE_DAYS = 35  # the check-ins read: the week of the window and the 3 weeks before it (+ spare)


@dataclass(frozen=True)
class Offer:
    """A suggestion to show: the routine as defined, as it runs now, and the suggested dose."""

    routine: Routine  # as defined (its own steps: what a dose change is kept against)
    current: Routine  # at the dose in force now
    suggestion: Suggestion
    plan_id: int | None = None  # the plan active when it was made: a change is tied to it


@dataclass(frozen=True)
class DoseRules:
    """What decides whether an accepted dose holds: the plan in force, its bounds and the
    exercises' kinds for their ceilings. Read once for a page of routines (reading them is not
    free)."""

    plan_id: int | None
    bounds: Bounds
    kinds: Mapping[str, DoseKind]


def stronger_band_only(suggestion: Suggestion) -> bool:
    """Nothing can step up, and band exercises are at their ceiling: a stronger band is next."""
    return suggestion.reason is Reason.AT_THE_LIMIT and bool(suggestion.stronger_band)


class DoseService:
    """The doses routines run at, the suggestions to change them, and the user's decisions."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context
        self._catalog = CatalogService(context)

    def bounds(self) -> Bounds:
        """The active plan's bounds (none without a plan: each exercise's ceiling is the limit):
        a plan may turn suggestions off or lower the most they may reach, never raise it. A plan
        that cannot be read turns them off (the cautious reading)."""
        if PlanService(self._context).active_id() is None:
            return Bounds()
        plan = self._catalog.catalog().plan
        if plan is None:
            return Bounds(enabled=False)
        rules = plan.progression
        return Bounds(rules.max_hold_seconds, rules.max_reps, rules.max_sets, rules.suggest)

    def dose_kinds(self) -> dict[str, DoseKind]:
        """Every exercise's dose kind by id, the active plan's own included (for the ceilings)."""
        return self._catalog.catalog().library.dose_kinds()

    def rules(self) -> DoseRules:
        return DoseRules(PlanService(self._context).active_id(), self.bounds(), self.dose_kinds())

    def changes(self, routine: Routine) -> list[DoseChange]:
        """The routine's dose changes, less those accepted before the user last changed its steps
        (`coach.domain.dosing.since_edit`)."""
        repo = self._context.repo
        try:
            return since_edit(
                repo.dose_changes(routine.id), repo.routine_steps_changed_at(routine.id)
            )
        except sqlite3.Error as error:
            raise read_failure(error, f"reading the dose changes of {routine.id}") from error

    def routine_at_dose(self, routine: Routine, rules: DoseRules | None = None) -> Routine:
        """`routine` at the dose the user accepted, when that change still holds: made under the
        active plan (for a plan's routine), within its bounds and since the user last changed the
        routine; else at its own dose. What the player runs, and what the Routines page shows."""
        rules = rules or self.rules()
        return effective_routine(
            routine, self.changes(routine), rules.plan_id, rules.bounds, rules.kinds
        )

    def accepted_change(
        self, routine: Routine, rules: DoseRules | None = None
    ) -> DoseChange | None:
        """The accepted dose change `routine_at_dose` applies (None: the routine's own dose)."""
        rules = rules or self.rules()
        return in_force(routine, self.changes(routine), rules.plan_id, rules.bounds, rules.kinds)

    def current_offers(self, zone: tzinfo | None = None) -> list[Offer]:
        """Every dose change worth suggesting now, the reminded routine first: from the sessions
        at the dose in force (since the change that set it), and not in a direction the user
        declined this week. A routine whose band exercises are at their ceiling and cannot
        otherwise step up is offered a stronger band instead (nothing to accept).
        ServiceError when the store cannot be read."""
        try:
            return self._offers(zone)
        except sqlite3.Error as error:
            raise read_failure(error, "reading the dose suggestions") from error

    def _offers(self, zone: tzinfo | None) -> list[Offer]:
        limits = self.bounds()
        if not limits.enabled:
            return []
        repo = self._context.repo
        plan_id = repo.active_plan_id()
        kinds = self.dose_kinds()
        now = self._context.clock.now()
        zone = zone or now.astimezone().tzinfo
        assert zone is not None
        today = now.astimezone(zone).date()
        settings, _problem = repo.load_reminder_settings()
        records = repo.sessions_between(
            now - timedelta(days=BASELINE_DAYS), now + timedelta(seconds=1)
        )
        recent = [r.routine_id for r in records if r.started_at > now - WINDOW]
        reminded = settings.routine.routine_id if settings.routine.enabled else ""
        wanted = list(dict.fromkeys([reminded, *recent]) if reminded else dict.fromkeys(recent))
        pain = daily_pain(
            [
                (c.at, c.pain)
                for c in repo.checkins_between(now - timedelta(days=BASELINE_DAYS), now)
            ],
            zone,
        )
        offers = []
        for routine in self._routines([w for w in wanted if w]):
            changes = self.changes(routine)
            change = in_force(routine, changes, plan_id, limits, kinds)
            current = routine if change is None else replace(routine, steps=change.steps)
            if routine.id == reminded:
                rule = settings.routine
                planned = planned_sessions(rule.weekdays, len(rule.times), today)
            else:
                planned = UNSCHEDULED_PER_WEEK  # no reminders for it: daily is best (ACSM)
            suggestion = suggest_dose(
                current,
                today,
                session_pains(records, routine.id, zone, since=change.at if change else None),
                pain,
                planned,
                change.at.astimezone(zone).date() if change else None,
                limits,
                kinds,
            )
            if not suggestion.changes and not stronger_band_only(suggestion):
                continue
            hidden = declined_until(routine.id, changes, suggestion.direction)
            if hidden is None or now >= hidden:
                offers.append(Offer(routine, current, suggestion, plan_id))
        return offers

    def _routines(self, ids: list[str]) -> list[Routine]:
        """The routines with these ids that still exist (a one-exercise "try it" is not a
        routine)."""
        by_id = {r.id: r for r in self._catalog.all_routines()}
        return [by_id[i] for i in ids if i in by_id]

    def decide(self, offer: Offer, decision: Decision) -> DoseChange:
        """The user accepted or declined `offer`: keep that now (see `record`) and return it."""
        change = DoseChange(
            offer.routine.id,
            offer.routine.steps,
            offer.suggestion.steps,
            offer.suggestion.direction,
            offer.suggestion.reason,
            decision,
            self._context.clock.now(),
            offer.plan_id,
        )
        self.record(change)
        return change

    def record(self, change: DoseChange) -> None:
        """Keep a suggested dose change the user accepted or declined (an accepted one is the
        dose from now on). ServiceError: it was not kept."""
        try:
            self._context.repo.add_dose_change(change)
        except sqlite3.Error as error:
            raise store_failure(error, "saving the dose change") from error
        log.info(
            "dose change for %s %s: %s", change.routine_id, change.decision.value, change.direction
        )
        self._context.changes.announce(Change.DOSES)
