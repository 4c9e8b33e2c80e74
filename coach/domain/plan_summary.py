"""What the Today page shows of the active plan, read from its stored text without the full plan
checks (they ran when it was adopted; this module stays light, as Today is on the start-up path)."""

import json
from dataclasses import dataclass
from datetime import date

from coach.domain.plan_ids import PLAN_EXERCISE_SOURCE, PLAN_ROUTINE_PREFIX

__all__ = ["PLAN_EXERCISE_SOURCE", "PLAN_ROUTINE_PREFIX", "PlanSummary", "summarise"]


@dataclass(frozen=True)
class PlanSummary:
    title: str
    clinician: str
    contact: str
    review: date | None
    notes: str
    routines: tuple[tuple[str, str], ...]  # (app routine id, name), the scheduled one first


def summarise(body: str) -> PlanSummary | None:
    """The summary of a stored plan's JSON; None when the text is not a plan at all, or a field
    has the wrong type (a damaged or foreign text, e.g. from a backup: Today must still start)."""
    try:
        return _summarise(json.loads(body))
    except (ValueError, TypeError, RecursionError):
        return None


def _text(value: object, default: str = "") -> str:
    if value is None:
        return default
    if not isinstance(value, str):
        raise TypeError("not a text")
    return value


def _summarise(data: object) -> PlanSummary | None:
    if not isinstance(data, dict):
        return None
    clinician = data.get("clinician", {})
    if not isinstance(clinician, dict):
        raise TypeError("clinician is not an object")
    schedule = data.get("schedule", {})
    if not isinstance(schedule, dict):
        raise TypeError("schedule is not an object")
    scheduled = schedule.get("routine")
    listed = data.get("routines", [])
    if not isinstance(listed, list):
        raise TypeError("routines is not a list")
    routines: list[tuple[str, str]] = []
    for routine in listed:
        if not isinstance(routine, dict):
            raise TypeError("a routine is not an object")
        routine_id = routine.get("id")
        if not isinstance(routine_id, str) or not routine_id:
            raise TypeError("a routine has no id")
        routines.append((PLAN_ROUTINE_PREFIX + routine_id, _text(routine.get("name"))))
    routines.sort(key=lambda pair: pair[0] != PLAN_ROUTINE_PREFIX + str(scheduled))
    review_text = data.get("review")
    try:
        review = date.fromisoformat(review_text) if isinstance(review_text, str) else None
    except ValueError:
        review = None  # an unreadable date: the plan is still shown, without one
    return PlanSummary(
        title=_text(data.get("title")),
        clinician=_text(clinician.get("name")),
        contact=_text(clinician.get("contact")),
        review=review,
        notes=_text(data.get("notes")),
        routines=tuple(routines),
    )
