"""The first-run answers: the red-flag questions (CLINICAL.md sections 4 and 4a), the user's goals, and
whether they took the suggested routine and reminders; stored as JSON, readable later, changeable.

The heat-safety answers of the first run are the same `heat.HeatScreening` the Timers page asks
for, and working hours go into the reminder settings: neither is kept twice here.

A question never answered (its step skipped) is simply absent: "not answered" is never stored as
"no".
"""

import json
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from enum import StrEnum

from coach.domain.days import aware_moment
from coach.domain.messages import Message, MessageError
from coach.domain.reminders import DEFAULT_ROUTINE_ID, ReminderSettings
from coach.domain.safety import Advice, RedFlag, Urgency, flag_to_raise, red_flag_advice
from coach.domain.schedule import ALL_WEEKDAYS, MOVEMENT_DEFAULT_MINUTES, MovementRule

FORMAT_VERSION = 1
SUGGESTED_ROUTINE_ID = DEFAULT_ROUTINE_ID  # the 3-minute desk reset
SUGGESTED_TIMES = (time(10, 30), time(15))  # (product choice) mid-morning and mid-afternoon
MOVE_MORE_BREAK_MINUTES = 20  # MCL: microbreaks every 20 minutes (CLINICAL.md section 5)
STRENGTH_ROUTINE_ID = "band_break"  # A11: 2 minutes of band work a day (CLINICAL.md section 2)
SUGGESTED_CHECKIN = time(17)  # (product choice) the pain check-in at the end of the day
TIME_STEP_MINUTES = 15  # suggested times fall on the quarter hour


class Goal(StrEnum):
    """What the user wants from Coach (LEY: goal setting helps adherence a little)."""

    LESS_PAIN = "less_pain"
    MOVE_MORE = "move_more"  # move more at work
    POSTURE = "posture"
    STRENGTH = "strength"
    SLEEP = "sleep"  # sleep better


class Decision(StrEnum):
    ACCEPTED = "accepted"
    DECLINED = "declined"
    PLAN = "plan"  # a clinician plan was in force: its reminders stayed, nothing was offered


@dataclass(frozen=True)
class Onboarding:
    """What the user answered in the first run (and when they last changed it)."""

    answered: frozenset[RedFlag] = frozenset()  # red-flag questions answered yes or no
    yes: frozenset[RedFlag] = frozenset()  # those answered "yes" (NOT_ASSESSED: "not checked")
    goals: frozenset[Goal] | None = None  # None: the step was skipped
    reminders: Decision | None = None  # None: the step was skipped
    finished: bool = False  # went through to the end (rather than closing it on the way)
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        if not self.yes <= self.answered:
            raise ValueError("a red flag answered yes must be among those answered")
        if self.updated_at is not None and self.updated_at.tzinfo is None:
            raise ValueError("updated_at must be timezone-aware")

    def advice(self) -> Advice | None:
        """The recommendation for the "yes" answers (None when there are none)."""
        return red_flag_advice(self.yes)

    def unflagged(self, flagged: Collection[str]) -> tuple[Urgency, tuple[str, ...]] | None:
        """The safety flag still to raise for "yes" answers that call for a doctor today or
        sooner but were never flagged (`flagged`: the reasons of the first run's flags, open or
        cleared): answers kept before Coach had safety flags (CLINICAL.md section 4a,
        persistence). None when every such answer has its flag."""
        return flag_to_raise(flag for flag in self.yes if flag.value not in flagged)

    def with_answers(self, asked: frozenset[RedFlag], yes: frozenset[RedFlag]) -> "Onboarding":
        """These questions answered now (`yes` among them); answers to others are kept."""
        if not yes <= asked:
            raise ValueError("a red flag answered yes must be among those asked")
        return replace(self, answered=self.answered | asked, yes=(self.yes - asked) | yes)

    def encode(self) -> str:
        return json.dumps(
            {
                "version": FORMAT_VERSION,
                "red_flags": {
                    flag.value: flag in self.yes
                    for flag in sorted(self.answered, key=list(RedFlag).index)
                },
                "goals": None if self.goals is None else sorted(g.value for g in self.goals),
                "reminders": None if self.reminders is None else self.reminders.value,
                "finished": self.finished,
                "updated_at": None if self.updated_at is None else self.updated_at.isoformat(),
            },
            sort_keys=True,
        )

    @classmethod
    def decode(cls, text: str) -> "Onboarding":
        """Stored answers; MessageError (a ValueError) naming the field when they cannot be
        read."""
        try:
            data = json.loads(text)
        except (ValueError, TypeError) as error:  # TypeError: not text at all
            raise MessageError(Message("not JSON ({error})", error=str(error))) from error
        if not isinstance(data, dict):
            raise MessageError(Message("expected a JSON object"))
        version = data.get("version")
        if type(version) is not int or not 1 <= version <= FORMAT_VERSION:
            raise MessageError(
                Message(
                    "'version' holds {value}; expected 1 to {latest}",
                    value=repr(version),
                    latest=FORMAT_VERSION,
                )
            )
        flags = _flags(data.get("red_flags", {}))
        goals = data.get("goals")
        if goals is not None and (
            not isinstance(goals, list)
            or any(not isinstance(g, str) or g not in {x.value for x in Goal} for g in goals)
        ):
            raise MessageError(
                Message(
                    "'goals' holds {value}; expected a list of {choices}",
                    value=repr(goals),
                    choices=repr([g.value for g in Goal]),
                )
            )
        reminders = data.get("reminders")
        if reminders is not None and (
            not isinstance(reminders, str) or reminders not in {d.value for d in Decision}
        ):
            raise MessageError(
                Message(
                    "'reminders' holds {value}; expected one of {choices}",
                    value=repr(reminders),
                    choices=repr([d.value for d in Decision]),
                )
            )
        finished = data.get("finished", False)
        if not isinstance(finished, bool):
            raise MessageError(
                Message("'finished' holds {value}; expected true or false", value=repr(finished))
            )
        updated = _moment(data.get("updated_at"))
        return cls(
            answered=frozenset(RedFlag(key) for key in flags),
            yes=frozenset(RedFlag(key) for key, value in flags.items() if value),
            goals=None if goals is None else frozenset(Goal(g) for g in goals),
            reminders=None if reminders is None else Decision(reminders),
            finished=finished,
            updated_at=updated,
        )


def _flags(flags: object) -> dict[str, bool]:
    if not isinstance(flags, dict):
        raise MessageError(Message("'red_flags' must be an object of question: true or false"))
    known = {flag.value for flag in RedFlag}
    for key, value in flags.items():
        if key not in known:
            raise MessageError(
                Message("'red_flags' holds an unknown question {key}", key=repr(key))
            )
        if not isinstance(value, bool):
            raise MessageError(
                Message(
                    "'red_flags.{key}' holds {value}; expected true or false",
                    key=key,
                    value=repr(value),
                )
            )
    return flags


def _moment(stamp: object) -> datetime | None:
    if stamp is None:
        return None
    moment = aware_moment(stamp)
    if moment is None:
        raise MessageError(
            Message("'updated_at' holds {value}; expected a time with its zone", value=repr(stamp))
        )
    return moment


def suggested_reminders(
    current: ReminderSettings, goals: frozenset[Goal] | None = None, exercise: bool = True
) -> ReminderSettings:
    """The first run's suggestion (CLINICAL.md sections 5 and 6): the desk reset twice on working
    days, a movement break every 30 minutes of working time (every 20 for the goal to move more at
    work, MCL), the pain check-in at 17:00 every day. The routine times are 10:30 and 15:00 when
    those fall in the working hours, else a third and two thirds into the working day (on the
    quarter hour). Working and quiet hours are kept.

    Without `exercise` (an answer calls for a doctor today or sooner, CLINICAL.md section 4a) no
    exercise reminder is proposed: the routine reminder stays as it was (held while a safety flag
    is open), the breaks and the check-in are suggested."""
    movement = MovementRule(break_minutes(goals), True)
    checkin = replace(
        current.checkin, times=(SUGGESTED_CHECKIN,), weekdays=ALL_WEEKDAYS, enabled=True
    )
    if not exercise:
        return replace(current, movement=movement, checkin=checkin)
    day = current.day
    times: tuple[time, ...] = SUGGESTED_TIMES
    if not all(day.work.contains(t) for t in times):
        times = tuple(_into_day(day.work.start, day.work.end, part) for part in (1, 2))
    routine = replace(
        current.routine,
        times=tuple(sorted(set(times))),
        weekdays=day.work_days or current.routine.weekdays,
        enabled=True,
        routine_id=SUGGESTED_ROUTINE_ID,
    )
    return replace(current, routine=routine, movement=movement, checkin=checkin)


def break_minutes(goals: frozenset[Goal] | None) -> int:
    """How often the suggested movement break comes: every 20 minutes of working time for someone
    who wants to move more at work (30-second microbreaks every 20 minutes eased neck, back and
    shoulder discomfort, MCL), else Coach's default of 30 (CLINICAL.md section 5)."""
    return (
        MOVE_MORE_BREAK_MINUTES if goals and Goal.MOVE_MORE in goals else MOVEMENT_DEFAULT_MINUTES
    )


def strength_routine(goals: frozenset[Goal] | None) -> str | None:
    """The routine the first run adds to its suggestion for the goal of more strength (strength
    work helps long-standing neck and shoulder pain most, CEX, A08; even 2 minutes of band work a
    day, A11): the band break, which needs an exercise band, so it is offered, not reminded."""
    return STRENGTH_ROUTINE_ID if goals and Goal.STRENGTH in goals else None


def _into_day(start: time, end: time, thirds: int) -> time:
    """The time `thirds`/3 of the way from `start` to `end`, on the quarter hour."""
    base = datetime.combine(datetime.min.date(), start)
    length = datetime.combine(datetime.min.date(), end) - base
    moment = base + length * thirds / 3
    minutes = round((moment.hour * 60 + moment.minute) / TIME_STEP_MINUTES) * TIME_STEP_MINUTES
    moment = datetime.combine(datetime.min.date(), time()) + timedelta(minutes=minutes)
    return moment.time()
