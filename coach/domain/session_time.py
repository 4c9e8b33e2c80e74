"""How long a guided session took: defined here once, for the player's last page, Today, the
clinician report, the Progress charts and the exports (README, "Your data").

A session's time is its **active time**: the seconds spent in the exercises themselves, the
holds and the movements, summed over the steps recorded (`session_steps.active_seconds`, kept
with the session as `SessionRecord.active_seconds`). Getting ready, relaxing between repetitions,
switching sides, the rests between sets and any pause are not in it, so it does not depend on
how long the user paused or answered questions, and an interrupted session still has the time of
the steps it recorded. It is what Progress charts as minutes of exercise and what the report
lists.

Beside it, the **time from start to end** is the wall-clock time from `started_at` (the routine
began, after the pain question) to `ended_at` (it finished, was ended or was cut off): everything,
the pauses included. Where both are shown they are labelled apart ("active 1 min 55 s of 2 min
59 s"); the time from start to end is never shown as the session's time on its own.
"""

from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from coach.domain.history import SessionRecord


class SessionTime(NamedTuple):
    active: float  # seconds in the exercises themselves: the session's time
    start_to_end: float | None  # wall-clock seconds from start to end; None when not known


def session_time(
    active_seconds: float, started_at: datetime, ended_at: datetime | None
) -> SessionTime:
    """A session's time from its record's `active_seconds`, `started_at` and `ended_at`. The time
    from start to end is None while the session has no end, and when it is shorter than the
    active time (a clock moved, or rows imported from a hand-made backup): it cannot be right."""
    active = max(0.0, float(active_seconds))
    if ended_at is None:
        return SessionTime(active, None)
    whole = (ended_at - started_at).total_seconds()
    return SessionTime(active, whole if whole >= active else None)


def record_time(record: "SessionRecord") -> SessionTime:
    """`session_time` of a recorded session."""
    return session_time(record.active_seconds, record.started_at, record.ended_at)
