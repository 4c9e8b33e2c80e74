"""What was done: recorded guided sessions as the store returns them (their steps are
`domain.session.StepResult`s, the same values the player reported)."""

from datetime import datetime
from enum import StrEnum
from typing import NamedTuple


class SessionStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"
    STOPPED_PAIN = "stopped_pain"
    INTERRUPTED = "interrupted"  # the app was closed or killed mid-session


class SessionRecord(NamedTuple):
    """One guided session as recorded: what was planned, how it ended, pain before and after.
    (A named tuple rather than a frozen dataclass: defined at every start, for a fraction of the
    cost.)"""

    id: int
    routine_id: str
    routine_name: str
    planned_seconds: int
    started_at: datetime
    ended_at: datetime | None
    status: SessionStatus
    pain_before: int | None
    pain_after: int | None
    stop_reason: str
    steps_completed: int
    steps_recorded: int
    active_seconds: float
    symptoms: tuple[str, ...] = ()  # new symptoms reported on stopping (safety.Symptom values)
