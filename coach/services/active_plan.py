"""What the first window shows of the plan in force, read from its stored text without the plan
checks (they ran when it was adopted). Light, because Today is on the start-up path: the full
plan service (`coach.services.plans`) loads the library and the plan rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coach.domain.plan_summary import PlanSummary
    from coach.services.context import ServiceContext


class ActivePlanService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def any(self) -> bool:
        """Whether a clinician plan is in force, without reading it (it may be megabytes)."""
        return self._context.repo.active_plan_id() is not None

    def title(self) -> str | None:
        """The title of the plan in force (None: there is none)."""
        stored = self._context.repo.active_plan()
        return stored.title if stored else None

    def summary(self) -> PlanSummary | None:
        """Today's card: who wrote the plan, its review date, notes and routines (None: no plan,
        or a stored text that is not a plan at all, e.g. from a damaged backup)."""
        stored = self._context.repo.active_plan()
        if stored is None:
            return None
        from coach.domain.plan_summary import summarise  # noqa: PLC0415 (only with a plan)

        return summarise(stored.body)
