"""What the clinician report sums up for a period, from the store's rows: pain before and after
sessions, stiffness and sleep per week, routines and exercises done against the plan, and how
reminders were answered. Plain numbers in, plain numbers out: the report words and lays them out.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean, median

from coach.domain.reminders import ReminderEvent
from coach.domain.schedule import ReminderKind


@dataclass(frozen=True)
class PainAroundSessions:
    """Pain rated before and after the sessions of a period (CLINICAL.md section 3)."""

    rated: int  # sessions rated both before and after
    median_before: float
    median_after: float
    median_change: float  # of (after - before), session by session: negative is a fall
    meaningful_falls: int  # sessions where the fall was meaningful (FAR, KOV)
    rises: int  # sessions that ended with more pain than they began with
    before_only: int  # sessions rated before but not after (ended early, or the rating skipped)


def pain_around_sessions(
    ratings: Iterable[tuple[int | None, int | None]],
    is_meaningful_fall: Callable[[float, float], bool],
) -> PainAroundSessions | None:
    """The summary of (before, after) ratings; None when no session was rated both times."""
    pairs: list[tuple[int, int]] = []
    before_only = 0
    for before, after in ratings:
        if before is not None and after is not None:
            pairs.append((before, after))
        elif before is not None:
            before_only += 1
    if not pairs:
        return None
    return PainAroundSessions(
        rated=len(pairs),
        median_before=float(median(b for b, _ in pairs)),
        median_after=float(median(a for _, a in pairs)),
        median_change=float(median(a - b for b, a in pairs)),
        meaningful_falls=sum(1 for b, a in pairs if is_meaningful_fall(b, a)),
        rises=sum(1 for b, a in pairs if a > b),
        before_only=before_only,
    )


def week_of(day: date) -> date:
    """The Monday that starts the week of `day`."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class WeekRatings:
    """A week's check-ins: how many, and the mean of each rating given (None: none given)."""

    week_start: date  # a Monday
    checkins: int
    pain: float
    stiffness: float | None
    stiffness_rated: int
    sleep: float | None
    sleep_rated: int


def weekly_ratings(
    checkins: Iterable[tuple[date, int, int | None, int | None]],
) -> list[WeekRatings]:
    """Per week with check-ins, oldest first, from (local day, pain, stiffness, sleep)."""
    weeks: dict[date, list[list[int]]] = defaultdict(lambda: [[], [], []])
    for day, pain, stiffness, sleep in checkins:
        week = weeks[week_of(day)]
        week[0].append(pain)
        if stiffness is not None:
            week[1].append(stiffness)
        if sleep is not None:
            week[2].append(sleep)
    return [
        WeekRatings(
            start,
            len(pain),
            fmean(pain),
            fmean(stiffness) if stiffness else None,
            len(stiffness),
            fmean(sleep) if sleep else None,
            len(sleep),
        )
        for start, (pain, stiffness, sleep) in sorted(weeks.items())
    ]


@dataclass(frozen=True)
class ExerciseAdherence:
    """One exercise over a period: steps the reminded routine asked for, and steps done."""

    exercise_id: str
    planned: int | None  # None: not in the reminded routine (done when the patient chose)
    done: int  # steps completed
    stopped: int  # steps begun and not completed

    @property
    def percent(self) -> float | None:
        return None if not self.planned else 100.0 * self.done / self.planned


def exercise_adherence(
    planned_sessions: int,
    scheduled: Sequence[str],
    prescribed: Sequence[str],
    steps: Mapping[str, tuple[int, int]],
) -> list[ExerciseAdherence]:
    """Per exercise: the reminded routine's exercises first (`scheduled`, one id per step, each
    planned once per planned session), then the rest of those prescribed, then any other done.
    `steps` maps an exercise id to (steps completed, steps begun)."""
    per_session: dict[str, int] = defaultdict(int)
    for exercise in scheduled:
        per_session[exercise] += 1
    order = list(dict.fromkeys((*scheduled, *prescribed, *sorted(steps))))
    rows = []
    for exercise in order:
        done, begun = steps.get(exercise, (0, 0))
        planned = per_session[exercise] * planned_sessions if exercise in per_session else None
        rows.append(ExerciseAdherence(exercise, planned, done, max(0, begun - done)))
    return rows


@dataclass(frozen=True)
class ReminderResponses:
    """How one kind of reminder was answered over a period."""

    kind: ReminderKind
    shown: int  # a snoozed reminder that comes back counts again
    started: int  # "Start now", "I'm moving", "Check in", "Open timers"
    snoozed: int
    skipped: int
    missed: int  # fell due while the computer slept or Coach was closed

    @property
    def unanswered(self) -> int:
        """Shown and left, or closed without an answer."""
        return max(0, self.shown - self.started - self.snoozed - self.skipped)


REMINDER_ORDER = (
    ReminderKind.MOVEMENT,
    ReminderKind.ROUTINE,
    ReminderKind.HEAT,
    ReminderKind.CHECKIN,
)


def reminder_responses(
    counts: Mapping[tuple[ReminderKind, ReminderEvent], int],
) -> list[ReminderResponses]:
    """One row per kind of reminder that met any event, movement breaks first."""
    rows = []
    for kind in REMINDER_ORDER:
        of_kind = {event: counts.get((kind, event), 0) for event in ReminderEvent}
        if any(of_kind.values()):
            rows.append(
                ReminderResponses(
                    kind,
                    of_kind[ReminderEvent.SHOWN],
                    of_kind[ReminderEvent.STARTED],
                    of_kind[ReminderEvent.SNOOZED],
                    of_kind[ReminderEvent.SKIPPED],
                    of_kind[ReminderEvent.MISSED],
                )
            )
    return rows
