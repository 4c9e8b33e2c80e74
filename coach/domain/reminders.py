"""The user's reminder settings and the reminders' running state, and how both are stored as JSON.

Defaults are on from the first start (CLINICAL.md sections 5 and 6: reminders help adherence, and
breaks every 30 minutes of work): the 3-minute desk reset at 10:30 and 15:00 on working days, a
movement break every 30 minutes of working time, the pain check-in at 17:00. The heat reminder is
off until the user wants one. Reading stored settings checks every field and names the one that
is wrong.

Quiet hours are stored as a list of quiet times, `"quiet_hours": [["21:00", "07:30"], ["12:00",
"13:00"]]`; the single `["21:00", "07:30"]` stored before there could be several is still read
(the same time twice there meant no quiet hours, so it reads as none).
"""

import json
from dataclasses import dataclass, field, replace
from datetime import datetime, time
from enum import StrEnum
from typing import Any, NamedTuple

from coach.domain.messages import Message
from coach.domain.schedule import (
    ALL_WEEKDAYS,
    WORKING_WEEKDAYS,
    DailyWindow,
    MovementRule,
    ReminderKind,
    ScheduleError,
    TimedRule,
    UserDay,
)

DEFAULT_ROUTINE_ID = "desk_reset"
AWAY_SECONDS = 120  # (product choice) this long without keyboard or mouse counts as a break
PAUSE_CHOICES_MINUTES = (30, 60)  # and "until tomorrow"


class ReminderEvent(StrEnum):
    """What happened to a reminder: stored so adherence can be measured."""

    SHOWN = "shown"
    STARTED = "started"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    MISSED = "missed"  # fell due while the computer slept or Coach was closed


class QuietClash(NamedTuple):
    """A reminder's time inside a quiet time: which reminder, when, and the quiet time."""

    kind: ReminderKind
    at: time
    quiet: DailyWindow


@dataclass(frozen=True)
class ReminderSettings:
    day: UserDay = field(default_factory=UserDay)
    movement: MovementRule = field(default_factory=MovementRule)
    routine: TimedRule = field(
        default_factory=lambda: TimedRule(
            ReminderKind.ROUTINE,
            (time(10, 30), time(15)),
            WORKING_WEEKDAYS,
            routine_id=DEFAULT_ROUTINE_ID,
        )
    )
    heat: TimedRule = field(
        default_factory=lambda: TimedRule(ReminderKind.HEAT, (time(19),), enabled=False)
    )
    checkin: TimedRule = field(
        default_factory=lambda: TimedRule(ReminderKind.CHECKIN, (time(17),), ALL_WEEKDAYS)
    )

    def rules(self) -> tuple[MovementRule | TimedRule, ...]:
        return (self.routine, self.movement, self.heat, self.checkin)

    def rule(self, kind: ReminderKind) -> MovementRule | TimedRule:
        return {rule.kind: rule for rule in self.rules()}[kind]

    def quiet_clashes(self) -> "list[QuietClash]":
        """The reminders that are on but fall in a quiet time, earliest first: quiet hours skip a
        reminder, never move it, so these never come, and Settings says so."""
        clashes = [
            QuietClash(rule.kind, moment, window)
            for rule in (self.routine, self.checkin, self.heat)
            if rule.enabled
            for moment in rule.times
            if (window := self.day.quiet_time_at(moment)) is not None
        ]
        return sorted(clashes, key=lambda clash: clash.at)

    def encode(self) -> str:
        def timed(rule: TimedRule) -> dict[str, Any]:
            return {
                "enabled": rule.enabled,
                "times": [f"{t:%H:%M}" for t in sorted(rule.times)],
                "weekdays": sorted(rule.weekdays),
                **({"routine": rule.routine_id} if rule.kind is ReminderKind.ROUTINE else {}),
            }

        return json.dumps(
            {
                "work_days": sorted(self.day.work_days),
                "work_hours": [f"{self.day.work.start:%H:%M}", f"{self.day.work.end:%H:%M}"],
                "quiet_hours": [
                    [f"{window.start:%H:%M}", f"{window.end:%H:%M}"] for window in self.day.quiet
                ],
                "movement": {
                    "enabled": self.movement.enabled,
                    "every_minutes": self.movement.every_minutes,
                },
                "routine": timed(self.routine),
                "heat": timed(self.heat),
                "checkin": timed(self.checkin),
            },
            sort_keys=True,
        )

    @classmethod
    def decode(cls, text: str) -> "ReminderSettings":
        """Settings from their JSON; ScheduleError names the field that is wrong and why."""
        try:
            data = json.loads(text)
        except ValueError as error:
            raise ScheduleError(
                Message("reminder settings: not JSON ({error})", error=str(error))
            ) from error
        if not isinstance(data, dict):
            raise ScheduleError(Message("reminder settings: not a JSON object"))
        try:
            return cls._from_data(data)
        except ScheduleError as error:
            if str(error).startswith("reminder setting"):
                raise
            raise ScheduleError(
                Message("reminder settings: {problem}", problem=error.message)
            ) from error

    @classmethod
    def _from_data(cls, data: dict[str, Any]) -> "ReminderSettings":
        reader = _Reader(data)
        defaults = cls()
        day = UserDay(
            reader.weekdays("work_days", defaults.day.work_days),
            reader.window("work_hours", defaults.day.work),
            reader.quiet_times("quiet_hours", defaults.day.quiet),
        )
        movement_data = reader.section("movement")
        movement = MovementRule(
            _Reader(movement_data, "movement.").integer(
                "every_minutes", defaults.movement.every_minutes
            ),
            _Reader(movement_data, "movement.").flag("enabled", defaults.movement.enabled),
        )
        return cls(
            day,
            movement,
            reader.timed("routine", defaults.routine),
            reader.timed("heat", defaults.heat),
            reader.timed("checkin", defaults.checkin),
        )


def held_for_safety(settings: ReminderSettings) -> ReminderSettings:
    """The reminders in force while a safety flag is open (CLINICAL.md section 4a): exercise
    reminders wait until a clinician has checked it; movement breaks, heat and the check-in go
    on. The user's own settings are not changed, so clearing the flag brings them back."""
    return replace(settings, routine=replace(settings.routine, enabled=False))


class _Reader:
    """Typed fields of a JSON object; a missing field takes its default, a wrong one is an error
    naming its path."""

    def __init__(self, data: dict[str, Any], prefix: str = "") -> None:
        self._data = data
        self._prefix = prefix

    def _value(self, key: str) -> Any:
        return self._data.get(key)

    def _fail(self, key: str, expected: Message) -> ScheduleError:
        return ScheduleError(
            Message(
                "reminder setting '{key}' holds {value}; expected {expected}",
                key=f"{self._prefix}{key}",
                value=repr(self._data[key]),
                expected=expected,
            )
        )

    def section(self, key: str) -> dict[str, Any]:
        value = self._value(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self._fail(key, Message("an object"))
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self._value(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self._fail(key, Message("true or false"))
        return value

    def integer(self, key: str, default: int) -> int:
        value = self._value(key)
        if value is None:
            return default
        if type(value) is not int:
            raise self._fail(key, Message("a whole number"))
        return value

    def text(self, key: str, default: str) -> str:
        value = self._value(key)
        if value is None:
            return default
        if not isinstance(value, str) or not value:
            raise self._fail(key, Message("a non-empty text"))
        return value

    def weekdays(self, key: str, default: frozenset[int]) -> frozenset[int]:
        value = self._value(key)
        if value is None:
            return default
        if not isinstance(value, list) or not all(type(d) is int and 0 <= d <= 6 for d in value):
            raise self._fail(key, Message("a list of weekdays, 0 (Monday) to 6 (Sunday)"))
        return frozenset(value)

    def times(self, key: str, default: tuple[time, ...]) -> tuple[time, ...]:
        value = self._value(key)
        if value is None:
            return default
        if not isinstance(value, list):
            raise self._fail(key, Message('a list of times such as ["09:00", "15:30"]'))
        return tuple(self._clock_time(key, item) for item in value)

    def window(self, key: str, default: DailyWindow) -> DailyWindow:
        value = self._value(key)
        if value is None:
            return default
        if not isinstance(value, list) or len(value) != 2:
            raise self._fail(key, Message('a start and an end time such as ["09:00", "17:30"]'))
        return DailyWindow(self._clock_time(key, value[0]), self._clock_time(key, value[1]))

    def quiet_times(self, key: str, default: tuple[DailyWindow, ...]) -> tuple[DailyWindow, ...]:
        """A list of quiet times, each a start and an end; or the one quiet time stored before
        there could be several (a start and an end; the same time for both meant none)."""
        value = self._value(key)
        if value is None:
            return default
        if isinstance(value, list) and len(value) == 2 and all(isinstance(v, str) for v in value):
            start, end = (self._clock_time(key, item) for item in value)
            return () if start == end else (DailyWindow(start, end),)
        if not isinstance(value, list) or not all(
            isinstance(item, list) and len(item) == 2 for item in value
        ):
            raise self._fail(
                key,
                Message(
                    'a list of quiet times, each a start and an end, such as [["21:00", "07:30"], '
                    '["12:00", "13:00"]]'
                ),
            )
        return tuple(
            DailyWindow(self._clock_time(key, start), self._clock_time(key, end))
            for start, end in value
        )

    def timed(self, key: str, default: TimedRule) -> TimedRule:
        part = _Reader(self.section(key), f"{self._prefix}{key}.")
        try:
            return replace(
                default,
                enabled=part.flag("enabled", default.enabled),
                times=part.times("times", default.times),
                weekdays=part.weekdays("weekdays", default.weekdays),
                routine_id=part.text("routine", default.routine_id)
                if default.kind is ReminderKind.ROUTINE
                else "",
            )
        except ScheduleError as error:
            if str(error).startswith("reminder setting"):
                raise
            raise ScheduleError(
                Message(
                    "reminder setting '{key}': {problem}",
                    key=f"{self._prefix}{key}",
                    problem=error.message,
                )
            ) from error

    def _clock_time(self, key: str, value: object) -> time:
        try:
            if not isinstance(value, str):
                raise ValueError
            return time.fromisoformat(value)
        except ValueError:
            raise ScheduleError(
                Message(
                    "reminder setting '{key}' holds {value}; expected a time such as \"09:00\"",
                    key=f"{self._prefix}{key}",
                    value=repr(value),
                )
            ) from None


@dataclass(frozen=True)
class ReminderState:
    """What the reminders remember between runs: when Coach last looked (to count what was missed
    while it was closed), when the movement-break count last started (a break taken, a break
    reminder shown, or time away from the keyboard), a pause, and snoozes."""

    last_seen: datetime | None = None
    last_break: datetime | None = None
    paused_until: datetime | None = None
    snoozed_until: dict[ReminderKind, datetime] = field(default_factory=dict)

    def encode(self) -> str:
        def stamp(moment: datetime | None) -> str | None:
            return None if moment is None else moment.isoformat()

        return json.dumps(
            {
                "last_seen": stamp(self.last_seen),
                "last_break": stamp(self.last_break),
                "paused_until": stamp(self.paused_until),
                "snoozed_until": {k.value: v.isoformat() for k, v in self.snoozed_until.items()},
            },
            sort_keys=True,
        )

    @classmethod
    def decode(cls, text: str) -> "ReminderState":
        """The state from its JSON (ValueError when it cannot be read)."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("the reminder state must be a JSON object")

        def moment(key: str) -> datetime | None:
            value = data.get(key)
            if value is None:
                return None
            parsed = datetime.fromisoformat(value)
            if parsed.tzinfo is None:
                raise ValueError(f"{key} has no time zone")
            return parsed

        snoozes = data.get("snoozed_until") or {}
        if not isinstance(snoozes, dict):
            raise ValueError("snoozed_until must be an object")
        return cls(
            moment("last_seen"),
            moment("last_break"),
            moment("paused_until"),
            {ReminderKind(k): datetime.fromisoformat(v) for k, v in snoozes.items()},
        )
