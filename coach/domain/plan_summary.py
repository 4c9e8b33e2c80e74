"""What the Today page shows of the active plan, read from its stored text without the full plan
checks (they ran when it was adopted; this module stays light, as Today is on the start-up path)."""

import json
from dataclasses import dataclass
from datetime import date

PLAN_ROUTINE_PREFIX = "plan:"  # the app's ids of a plan's routines: "plan:" + the plan's own id
PLAN_EXERCISE_SOURCE = "plan"  # the `source` of a plan's own exercises in the library


@dataclass(frozen=True)
class PlanSummary:
    title: str
    clinician: str
    contact: str
    review: date | None
    notes: str
    routines: tuple[tuple[str, str], ...]  # (app routine id, name), the scheduled one first


def summarise(body: str) -> PlanSummary | None:
    """The summary of a stored plan's JSON; None when the text is not a plan at all."""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    clinician = data.get("clinician")
    clinician = clinician if isinstance(clinician, dict) else {}
    scheduled = (
        data.get("schedule", {}).get("routine") if isinstance(data.get("schedule"), dict) else None
    )
    routines = [
        (PLAN_ROUTINE_PREFIX + str(r.get("id")), str(r.get("name", "")))
        for r in data.get("routines", [])
        if isinstance(r, dict)
    ]
    routines.sort(key=lambda pair: pair[0] != PLAN_ROUTINE_PREFIX + str(scheduled))
    try:
        review = date.fromisoformat(str(data["review"])) if "review" in data else None
    except ValueError:
        review = None
    return PlanSummary(
        title=str(data.get("title", "")),
        clinician=str(clinician.get("name", "")),
        contact=str(clinician.get("contact", "")),
        review=review,
        notes=str(data.get("notes", "")),
        routines=tuple(routines),
    )
