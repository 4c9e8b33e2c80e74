"""When reminders fall due: routines, heat and the pain check-in at wall-clock times on chosen
weekdays, and movement breaks every N minutes of the working day; never inside quiet hours, which
are any number of daily quiet times (the night, lunch), each of which may cross midnight.

Times are kept as the user set them, in their local time zone (zoneinfo), so a 09:00 reminder fires
at 09:00 on both sides of a daylight-saving change or after moving to another zone. Every function
takes the zone and the moments it reasons about as arguments and returns aware UTC datetimes: there
is no hidden clock here.

After a sleep or while Coach was closed, `missed` counts what fell due meanwhile, so the caller shows
one notice per kind and continues the schedule from now instead of replaying each reminder.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from coach.domain.messages import Message, MessageError

MOVEMENT_DEFAULT_MINUTES = 30  # CLINICAL.md section 5: a 1-minute active break every 30 minutes
MOVEMENT_MIN_MINUTES = 20  # CLINICAL.md section 5: adjustable 20-90 minutes
MOVEMENT_MAX_MINUTES = 90
SNOOZE_MINUTES = (5, 10, 15)
ALL_WEEKDAYS = frozenset(range(7))  # Monday is 0, as datetime.weekday()
WORKING_WEEKDAYS = frozenset(range(5))
SEARCH_DAYS = 9  # a weekly schedule repeats within a week; two more days cover zone changes
MAX_TIMES_PER_DAY = 12
MAX_QUIET_TIMES = 6  # (product choice) the night, lunch and a few more; a longer list is a mistake
_WHOLE_DAY = timedelta(days=1)


class ScheduleError(MessageError):
    """A schedule that cannot work as given; the message names the field and the fix (`str()` in
    English, `.message` for the user's language)."""


class QuietTimeError(ScheduleError):
    """A quiet time that cannot work: `number` is its place in the list, from 1."""

    def __init__(self, message: Message, number: int) -> None:
        super().__init__(message)
        self.number = number


class ReminderKind(StrEnum):
    ROUTINE = "routine"
    MOVEMENT = "movement"
    HEAT = "heat"
    CHECKIN = "checkin"


def _kind_name(kind: ReminderKind) -> Message:
    """The kind as the messages name it ("the heat reminder")."""
    return {
        ReminderKind.ROUTINE: Message("routine"),
        ReminderKind.MOVEMENT: Message("movement"),
        ReminderKind.HEAT: Message("heat"),
        ReminderKind.CHECKIN: Message("checkin"),
    }[kind]


@dataclass(frozen=True)
class DailyWindow:
    """A part of every day from `start` to `end` (end excluded); it wraps past midnight when `end`
    is earlier than `start`, and is empty when they are equal."""

    start: time
    end: time

    def contains(self, moment: time) -> bool:
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end


def _since_midnight(moment: time) -> timedelta:
    return timedelta(
        hours=moment.hour,
        minutes=moment.minute,
        seconds=moment.second,
        microseconds=moment.microsecond,
    )


def _spans(window: DailyWindow) -> tuple[tuple[timedelta, timedelta], ...]:
    """The window as spans of one day, from midnight: one span, or two when it crosses midnight
    (from its start to the end of the day, and from midnight to its end)."""
    start, end = _since_midnight(window.start), _since_midnight(window.end)
    if start <= end:
        return ((start, end),)
    return ((start, _WHOLE_DAY), (timedelta(0), end))


def windows_overlap(one: DailyWindow, other: DailyWindow) -> bool:
    """True when some moment of the day lies in both (windows that only touch do not overlap)."""
    return any(
        start < other_end and other_start < end
        for start, end in _spans(one)
        for other_start, other_end in _spans(other)
    )


def _clock(moment: time) -> str:
    return f"{moment:%H:%M}"


def check_quiet_times(quiet: tuple[DailyWindow, ...]) -> None:
    """ScheduleError, naming the quiet times by their place in the list (from 1), when one has no
    length (its start is its end) or two overlap. Overlapping times are refused, not merged: while
    the user is still typing a time, a merge would silently swallow one of them."""
    if len(quiet) > MAX_QUIET_TIMES:
        raise ScheduleError(
            Message(
                "at most {most} quiet times (got {count})", most=MAX_QUIET_TIMES, count=len(quiet)
            )
        )
    for number, window in enumerate(quiet, start=1):
        if window.start == window.end:
            raise QuietTimeError(
                Message(
                    "quiet time {number} starts and ends at {time}: give it an end that differs "
                    "from its start",
                    number=number,
                    time=_clock(window.start),
                ),
                number,
            )
    for number, window in enumerate(quiet, start=1):
        for other_number, other in enumerate(quiet[number:], start=number + 1):
            if windows_overlap(window, other):
                raise QuietTimeError(
                    Message(
                        "quiet times {first} ({first_start} to {first_end}) and {second} "
                        "({second_start} to {second_end}) overlap: change one of them so that "
                        "they do not, or remove one",
                        first=number,
                        first_start=_clock(window.start),
                        first_end=_clock(window.end),
                        second=other_number,
                        second_start=_clock(other.start),
                        second_end=_clock(other.end),
                    ),
                    other_number,
                )


@dataclass(frozen=True)
class UserDay:
    """The user's day: when they work (movement breaks) and when Coach must stay silent (any
    number of quiet times, none overlapping; none at all is allowed)."""

    work_days: frozenset[int] = WORKING_WEEKDAYS
    work: DailyWindow = DailyWindow(time(9), time(17, 30))
    quiet: tuple[DailyWindow, ...] = (DailyWindow(time(21), time(7, 30)),)

    def __post_init__(self) -> None:
        if not self.work_days <= ALL_WEEKDAYS:
            raise ScheduleError(Message("working days must be weekdays 0 (Monday) to 6 (Sunday)"))
        if self.work.start >= self.work.end:
            raise ScheduleError(
                Message(
                    "working hours must end after they start on the same day "
                    "(got {start} to {end})",
                    start=f"{self.work.start:%H:%M}",
                    end=f"{self.work.end:%H:%M}",
                )
            )
        check_quiet_times(self.quiet)

    def quiet_time_at(self, moment: time) -> DailyWindow | None:
        """The quiet time `moment` falls in, if any."""
        return next((window for window in self.quiet if window.contains(moment)), None)

    def is_quiet(self, moment: time) -> bool:
        return self.quiet_time_at(moment) is not None


@dataclass(frozen=True)
class TimedRule:
    """A reminder at wall-clock `times` on `weekdays` (routine, heat, check-in)."""

    kind: ReminderKind
    times: tuple[time, ...]
    weekdays: frozenset[int] = ALL_WEEKDAYS
    enabled: bool = True
    routine_id: str = ""  # the routine a ROUTINE reminder opens

    def __post_init__(self) -> None:
        if self.kind is ReminderKind.MOVEMENT:
            raise ScheduleError(Message("movement breaks use MovementRule, not fixed times"))
        kind = _kind_name(self.kind)
        if not self.times:
            raise ScheduleError(Message("the {kind} reminder needs at least one time", kind=kind))
        if len(self.times) > MAX_TIMES_PER_DAY:
            raise ScheduleError(
                Message(
                    "the {kind} reminder has {count} times a day; at most {most}",
                    kind=kind,
                    count=len(self.times),
                    most=MAX_TIMES_PER_DAY,
                )
            )
        if not self.weekdays:
            raise ScheduleError(
                Message("the {kind} reminder needs at least one weekday", kind=kind)
            )
        if not self.weekdays <= ALL_WEEKDAYS:
            raise ScheduleError(Message("weekdays must be 0 (Monday) to 6 (Sunday)"))
        if self.kind is ReminderKind.ROUTINE and not self.routine_id:
            raise ScheduleError(Message("a routine reminder must name its routine"))


@dataclass(frozen=True)
class MovementRule:
    """A movement break every `every_minutes` of the working day, counted from the last break."""

    every_minutes: int = MOVEMENT_DEFAULT_MINUTES
    enabled: bool = True
    kind: ReminderKind = field(default=ReminderKind.MOVEMENT, init=False)

    def __post_init__(self) -> None:
        if not MOVEMENT_MIN_MINUTES <= self.every_minutes <= MOVEMENT_MAX_MINUTES:
            raise ScheduleError(
                Message(
                    "movement breaks come every {low} to {high} minutes (got {minutes})",
                    low=MOVEMENT_MIN_MINUTES,
                    high=MOVEMENT_MAX_MINUTES,
                    minutes=self.every_minutes,
                )
            )

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self.every_minutes)


def local(moment: datetime, zone: tzinfo) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("moments must be timezone-aware")
    return moment.astimezone(zone)


def at_local(day: date, clock_time: time, zone: tzinfo) -> datetime:
    """`clock_time` on `day` in `zone`, as UTC. A time skipped by a daylight-saving change (02:30
    on the spring-forward night) lands just after the gap, as a wall clock showing it would."""
    naive = datetime.combine(day, clock_time)
    aware = naive.replace(tzinfo=zone)
    # Round-trip through UTC to normalise a time inside a gap to the real instant after it.
    return aware.astimezone(UTC).astimezone(zone).astimezone(UTC)


def in_quiet_hours(moment: datetime, day: UserDay, zone: tzinfo) -> bool:
    """True when `moment` falls in any of the quiet times (in the local time of `zone`)."""
    return day.is_quiet(local(moment, zone).time())


def next_timed(rule: TimedRule, after: datetime, day: UserDay, zone: tzinfo) -> datetime | None:
    """The first of the rule's times strictly after `after` that is on one of its weekdays and
    outside quiet hours (a time inside them is skipped, never moved); None if there is none in
    the coming week, or the rule is off."""
    if not rule.enabled:
        return None
    start = local(after, zone).date()
    for offset in range(SEARCH_DAYS):
        current = start + timedelta(days=offset)
        if current.weekday() not in rule.weekdays:
            continue
        for clock_time in sorted(rule.times):
            candidate = at_local(current, clock_time, zone)
            if candidate > after and not in_quiet_hours(candidate, day, zone):
                return candidate
    return None


def next_movement(
    rule: MovementRule, last_break: datetime, after: datetime, day: UserDay, zone: tzinfo
) -> datetime | None:
    """The next movement break, strictly after `after`: one interval after the last break (at
    once if that is already past), and never before one interval of work has passed that day;
    always inside working hours on a working day and outside quiet hours. None when the rule is
    off or there is no working time in the coming week."""
    if not rule.enabled or not day.work_days:
        return None
    candidate = max(last_break + rule.interval, after + timedelta(microseconds=1))
    # Each day: past its quiet times one by one, or on to the next day.
    for _ in range(SEARCH_DAYS * (MAX_QUIET_TIMES + 3)):
        today = local(candidate, zone).date()
        first_break = at_local(today, day.work.start, zone) + rule.interval
        work_end = at_local(today, day.work.end, zone)
        if today.weekday() not in day.work_days or max(candidate, first_break) >= work_end:
            candidate = at_local(today + timedelta(days=1), time(), zone)
            continue
        candidate = max(candidate, first_break)
        if in_quiet_hours(candidate, day, zone):
            candidate = end_of_quiet(candidate, day, zone)
            continue
        return candidate
    return None


def end_of_quiet(moment: datetime, day: UserDay, zone: tzinfo) -> datetime:
    """When the quiet hours that `moment` falls in end (`moment` itself when it is in none): the
    end of its quiet time, or of the next one where two follow without a gap."""
    when = moment
    for _ in range(len(day.quiet) + 2):  # each quiet time at most once, and a DST shift
        shown = local(when, zone)
        window = day.quiet_time_at(shown.time())
        if window is None:
            return when
        end = at_local(shown.date(), window.end, zone)
        if end <= when:
            end = at_local(shown.date() + timedelta(days=1), window.end, zone)
        when = end
    return when


def timed_between(
    rule: TimedRule, start: datetime, end: datetime, day: UserDay, zone: tzinfo
) -> Iterator[datetime]:
    """Every time the rule fell due in (start, end]."""
    moment = next_timed(rule, start, day, zone)
    while moment is not None and moment <= end:
        yield moment
        moment = next_timed(rule, moment, day, zone)


def movement_between(
    rule: MovementRule, last_break: datetime, end: datetime, day: UserDay, zone: tzinfo
) -> Iterator[datetime]:
    """Every movement break that fell due after `last_break`, up to `end`, had the user taken none."""
    moment = next_movement(rule, last_break, last_break, day, zone)
    while moment is not None and moment <= end:
        yield moment
        moment = next_movement(rule, moment, moment, day, zone)


@dataclass(frozen=True)
class Missed:
    """What one kind of reminder missed while the computer slept or Coach was closed."""

    kind: ReminderKind
    moments: tuple[datetime, ...]
    routine_id: str = ""

    @property
    def count(self) -> int:
        return len(self.moments)


def missed(
    rule: TimedRule | MovementRule,
    last_seen: datetime,
    now: datetime,
    day: UserDay,
    zone: tzinfo,
    last_break: datetime | None = None,
) -> Missed | None:
    """The reminders of `rule` that fell due in (last_seen, now), as one summary (None if none):
    after a sleep the caller shows this once and carries on from `now`."""
    if isinstance(rule, MovementRule):
        # Breaks are counted from the last one, but only those after `last_seen` were missed.
        since = last_seen if last_break is None else min(last_break, last_seen)
        moments = [m for m in movement_between(rule, since, now, day, zone) if last_seen < m < now]
        routine_id = ""
    else:
        moments = [m for m in timed_between(rule, last_seen, now, day, zone) if m < now]
        routine_id = rule.routine_id
    if not moments:
        return None
    return Missed(rule.kind, tuple(moments), routine_id)
