"""Aggregations behind the Progress page: daily pain and its 7-day rolling mean, minutes per day of
exercise and heat, weekly adherence to the plan, the current streak, and whether the change in
pain since the start is a meaningful one (CLINICAL.md section 3).

Days are local calendar days in the zone given (days of 23 or 25 hours included); inputs are plain
moments and numbers, so the store can feed ten years of rows without building objects per row.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from operator import itemgetter

from coach.domain.days import UNIX_EPOCH_ORDINAL, LocalDays
from coach.domain.schedule import WORKING_WEEKDAYS, TimedRule

ROLLING_DAYS = 7
DAY = 86400.0
MEANINGFUL_POINTS = 2.0  # FAR: a fall of 2 points ...
MEANINGFUL_PERCENT = 30.0  # ... or of 30 % from the start (FAR) ...
MEANINGFUL_PERCENT_POINTS = 1.5  # ... that is also 1.5 points (KOV: MCIC 1.5 in neck pain)
_ROUNDING = 1e-9  # means of ratings are not exact: 4.6 - 2.6 is a fall of 2 points
MINIMAL_PERCENT = 10.0  # IMM: 10-20 % minimal, >= 30 % moderate, >= 50 % substantial
SUBSTANTIAL_PERCENT = 50.0
_THURSDAY = 3  # Unix day 0, 1 January 1970: (day + _THURSDAY) % 7 is `date.weekday()`


def daily_pain(checkins: Iterable[tuple[datetime, int]], zone: tzinfo) -> dict[date, float]:
    """The mean rating of each local day that has check-ins."""
    return daily_pain_at([(moment.timestamp(), pain) for moment, pain in checkins], zone)


def daily_pain_at(
    ratings: Sequence[tuple[float, int]], zone: tzinfo, days: LocalDays | None = None
) -> dict[date, float]:
    """`daily_pain` for (Unix time, rating) pairs: years of check-ins without a datetime each
    (`days`, when given, must span them)."""
    if not ratings:
        return {}
    days = days or LocalDays(zone, min(map(_first, ratings)), max(map(_first, ratings)))
    return {_date(int(d)): mean for d, mean in sorted(_pain_by_day(ratings, days).items())}


def _pain_by_day(ratings: Iterable[tuple[float, int]], days: LocalDays) -> dict[float, float]:
    """The mean rating of each Unix day number (as a float: `int` waits for the few days, not
    the many ratings). The store gives them oldest first, so a day's are summed in local
    variables and stored when the day changes; a day met again later adds to what is stored."""
    sums: dict[float, tuple[int, int]] = {}
    low = high = offset = 0.0
    day = None
    total = count = 0
    for moment, pain in ratings:
        if not low <= moment < high:
            low, high, offset = days.segment(moment)
        this = (moment + offset) // DAY
        if this != day:
            if day is not None:
                sums[day] = (total, count)
            day = this
            total, count = sums.get(this, (0, 0))
        total += pain
        count += 1
    if day is not None:
        sums[day] = (total, count)
    return {d: total / count for d, (total, count) in sums.items()}


def rolling_mean(daily: Mapping[date, float], days: int = ROLLING_DAYS) -> dict[date, float]:
    """For each day with a value, the mean of the values in the `days` calendar days ending
    there (days without check-ins are left out, not counted as zero)."""
    ordered = sorted(daily.items())
    means = _rolling([day.toordinal() for day, _ in ordered], [v for _, v in ordered], days)
    return {day: mean for (day, _), mean in zip(ordered, means, strict=True)}


def _rolling(days: Sequence[float], values: Sequence[float], window: int) -> list[float]:
    """`rolling_mean` over day numbers in order, with their values."""
    means: list[float] = []
    start = 0
    window_sum = 0.0
    for end, (day, value) in enumerate(zip(days, values, strict=True)):
        window_sum += value
        while days[start] <= day - window:
            window_sum -= values[start]
            start += 1
        means.append(window_sum / (end - start + 1))
    return means


def minutes_per_day(
    intervals: Iterable[tuple[datetime, datetime]], zone: tzinfo
) -> dict[date, float]:
    """Minutes of each local day covered by the intervals; one that crosses midnight is split
    between the days, by the real length of each part (daylight-saving nights included)."""
    return minutes_per_day_at([(s.timestamp(), e.timestamp()) for s, e in intervals], zone)


def minutes_per_day_at(
    intervals: Sequence[tuple[float, float]], zone: tzinfo, days: LocalDays | None = None
) -> dict[date, float]:
    """`minutes_per_day` for (start, end) in Unix time (`days`, when given, must span them).
    Unix time counts real seconds, so the parts are right across daylight-saving changes."""
    if not intervals:
        return {}
    if days is None:
        days = LocalDays(zone, min(map(_first, intervals)), max(map(_second, intervals)))
    minutes = _minutes_by_day(intervals, days, None)
    return {_date(int(d)): m for d, m in sorted(minutes.items())}


def _minutes_by_day(
    intervals: Iterable[Sequence[float]], days: LocalDays, started: dict[float, int] | None
) -> dict[float, float]:
    """Minutes of each Unix day number (a float, as in `_pain_by_day`) covered by the (start,
    end) intervals; with `started`, also counts there the intervals whose third item is true,
    on the day they start (sessions done: one pass over years of sessions, not two).

    A hot loop, so inlined: it keeps the stretch with one UTC offset in use, and the day being
    summed (a day's parts are added in the order they come, as into the dictionary). Nearly
    every interval lies within one day of one stretch; the others are split by `_add_parts`."""
    minutes: dict[float, float] = {}
    low = high = offset = 0.0
    summing = None
    total = 0.0
    for interval in intervals:
        moment, end = interval[0], interval[1]
        if not low <= moment < high:
            low, high, offset = days.segment(moment)
        day = (moment + offset) // DAY
        if started is not None and interval[2]:
            started[day] = started.get(day, 0) + 1
        if end <= (day + 1) * DAY - offset <= high:
            if moment < end:
                if day != summing:
                    if summing is not None:
                        minutes[summing] = total
                    summing, total = day, minutes.get(day, 0.0)
                total += (end - moment) / 60
        else:
            if summing is not None:
                minutes[summing] = total
                summing = None
            _add_parts(minutes, moment, end, days)
    if summing is not None:
        minutes[summing] = total
    return minutes


def _add_parts(minutes: dict[float, float], moment: float, end: float, days: LocalDays) -> None:
    """Adds to `minutes` the parts of an interval that crosses a local midnight or a change of
    the UTC offset, each to its day, by its real length (daylight-saving nights included)."""
    low = high = offset = 0.0
    while moment < end:
        if not low <= moment < high:
            low, high, offset = days.segment(moment)
        day = (moment + offset) // DAY
        midnight = (day + 1) * DAY - offset
        if midnight > high:  # the offset changes before midnight (daylight saving)
            midnight = days.start_of_next_day(moment)
        part_end = end if end < midnight else midnight
        minutes[day] = minutes.get(day, 0.0) + (part_end - moment) / 60
        moment = part_end


def planned_per_day(rule: TimedRule, first: date, last: date) -> dict[date, int]:
    """How many routine sessions the plan asks for on each day from `first` to `last`: one per
    reminder time on the rule's weekdays; days without any are rest days (0)."""
    plan: dict[date, int] = {}
    day = first
    while day <= last:
        on = rule.enabled and day.weekday() in rule.weekdays
        plan[day] = len(rule.times) if on else 0
        day += timedelta(days=1)
    return plan


@dataclass(frozen=True)
class WeekAdherence:
    week_start: date  # a Monday
    planned: int
    done: int  # sessions done, at most the planned number on each day

    @property
    def percent(self) -> float | None:
        """Done against planned; None for a week with nothing planned (a rest week)."""
        return None if self.planned == 0 else 100.0 * self.done / self.planned


def weekly_adherence(planned: Mapping[date, int], done: Mapping[date, int]) -> list[WeekAdherence]:
    """Done against planned for each week (Monday to Sunday) of the planned days. Extra sessions
    on one day do not make up for a missed day."""
    return _weeks(_by_day_number(planned), _by_day_number(done))


def _weeks(planned: Mapping[int, int], done: Mapping[int, int]) -> list[WeekAdherence]:
    """`weekly_adherence` for days given as Unix day numbers."""
    weeks: dict[int, list[int]] = {}
    for day, wanted in planned.items():
        week = weeks.setdefault(day - (day + _THURSDAY) % 7, [0, 0])  # its Monday
        week[0] += wanted
        got = done.get(day, 0)
        week[1] += got if got < wanted else wanted
    return [WeekAdherence(_date(start), p, d) for start, (p, d) in sorted(weeks.items())]


def streak_weekdays(rule: TimedRule) -> frozenset[int]:
    """The weekdays (Monday is 0) with a routine planned, for the streak: the routine reminder's
    days while it is on (a clinician plan's schedule days: adopting a plan writes them there; else
    the user's own, Monday to Friday unless changed), and Monday to Friday while it is off."""
    return rule.weekdays if rule.enabled and rule.weekdays else WORKING_WEEKDAYS


def current_streak(planned_weekdays: frozenset[int], done: Mapping[date, int], today: date) -> int:
    """The streak: how many days, back from today, had a routine done, before a planned day
    without one. `done` is the number of routines completed on each day.

    - A day is **planned** when its weekday is in `planned_weekdays` (`streak_weekdays`).
    - A day with at least one routine completed (ended early, stopped or interrupted ones do not
      count) adds one to the streak, planned or not: a routine on a Sunday counts.
    - A planned day without one ends the streak. A day with nothing planned and nothing done (a
      weekend, a rest day) neither adds to it nor ends it.
    - Today adds one as soon as a routine is done; until then it neither adds nor ends (the
      streak runs to yesterday), however much of it was planned.
    - Days before the first routine ever done do not count: the streak cannot be longer than the
      number of days with a routine done.

    More routines on one day count once: the streak counts days, as its line on Progress says
    ("days in a row with your routines done"); how many of the planned routines were done is the
    weekly adherence."""
    return _streak(_weekday_flags(planned_weekdays), _by_day_number(done), _day_number(today))


def _weekday_flags(weekdays: frozenset[int]) -> tuple[bool, ...]:
    """Whether each weekday, Monday first, is planned."""
    return tuple(weekday in weekdays for weekday in range(7))


def streak_back_from(
    planned_weekdays: frozenset[int], days_done: Iterable[date], today: date
) -> int:
    """`current_streak`, from the days with a routine completed given newest first (a day may
    come once per routine). It takes no more of them than the streak needs, so a store can read
    its sessions back from today a few at a time rather than all of them: after years of use the
    streak is a glance back, not a read of every routine ever done."""
    return _streak_back(
        _weekday_flags(planned_weekdays),
        (_day_number(day) for day in days_done),
        _day_number(today),
    )


def _streak(planned: Sequence[bool], done: Mapping[int, int], today: int) -> int:
    """`current_streak` for days given as Unix day numbers and the planned weekdays as flags."""
    return _streak_back(
        planned, sorted((day for day, count in done.items() if count > 0), reverse=True), today
    )


def _streak_back(planned: Sequence[bool], days_newest_first: Iterable[int], today: int) -> int:
    """The streak's rule over Unix day numbers with a routine done, newest first: each day done
    adds one; the days between two of them end the streak when one of them was planned."""
    streak = 0
    unchecked = today  # the latest day neither counted nor passed over yet
    for day in days_newest_first:
        if day > unchecked:
            continue  # after today, or a day already counted (another routine on it)
        if day < today and unchecked == today:
            unchecked = today - 1  # nothing done today yet: today neither adds nor ends
        if _any_planned(planned, day + 1, unchecked):
            return streak
        streak += 1
        unchecked = day - 1
    return streak  # the days before the first routine ever done do not count


def _any_planned(planned: Sequence[bool], first: int, last: int) -> bool:
    """Whether a day from `first` to `last` (Unix day numbers, both included) is planned."""
    if last - first >= 6:
        return any(planned)
    return any(planned[(day + _THURSDAY) % 7] for day in range(first, last + 1))


def is_meaningful_fall(before: float, after: float) -> bool:
    """Whether pain going from `before` to `after` is a meaningful improvement (CLINICAL.md
    section 3): a fall of at least 2 points (FAR), or of at least 30 % that is also at least
    1.5 points (KOV), so that with low pain a fraction of a point (1.0 to 0.7) is not called
    meaningful. The one rule for Progress, Today and the clinician report."""
    points = before - after
    if points >= MEANINGFUL_POINTS - _ROUNDING:
        return True
    return (
        before > 0
        and points >= MEANINGFUL_PERCENT_POINTS - _ROUNDING
        and 100.0 * points / before >= MEANINGFUL_PERCENT - _ROUNDING
    )


class ChangeSize(StrEnum):
    """IMM's words for a fall in pain, in percent of the start."""

    WORSE = "worse"
    NONE = "none"  # under 10 %
    MINIMAL = "minimal"  # 10 to 30 %
    MODERATE = "moderate"  # 30 to 50 %
    SUBSTANTIAL = "substantial"  # 50 % or more


@dataclass(frozen=True)
class PainChange:
    start: float  # the mean of the first week with check-ins
    now: float  # the mean of the last week with check-ins
    points: float  # start - now: positive is better
    percent: float | None  # of the start; None when the start was 0
    meaningful: bool  # is_meaningful_fall: 2 points (FAR), or 30 % and 1.5 points (KOV)
    size: ChangeSize


def pain_change(daily: Mapping[date, float], days: int = ROLLING_DAYS) -> PainChange | None:
    """The change from the first `days` days with check-ins to the last `days` days (None until
    the two do not overlap: there is nothing to compare yet)."""
    ordered = sorted(daily.items())
    return _change([d.toordinal() for d, _ in ordered], [v for _, v in ordered], days)


def _change(days: Sequence[float], values: Sequence[float], window: int) -> PainChange | None:
    """`pain_change` over day numbers in order, with their values."""
    if not days:
        return None
    first_day, last_day = days[0], days[-1]
    if last_day - first_day < 2 * window - 1:
        return None  # the first and the last week would overlap
    start_values = values[: bisect_left(days, first_day + window)]
    now_values = values[bisect_right(days, last_day - window) :]
    start = sum(start_values) / len(start_values)
    now = sum(now_values) / len(now_values)
    points = start - now
    percent = None if start == 0 else 100.0 * points / start
    meaningful = is_meaningful_fall(start, now)
    return PainChange(start, now, points, percent, meaningful, _size(points, percent))


def _size(points: float, percent: float | None) -> ChangeSize:
    if points < 0:
        return ChangeSize.WORSE
    if percent is None or percent < MINIMAL_PERCENT:
        return ChangeSize.NONE
    if percent < MEANINGFUL_PERCENT:
        return ChangeSize.MINIMAL
    if percent < SUBSTANTIAL_PERCENT:
        return ChangeSize.MODERATE
    return ChangeSize.SUBSTANTIAL


@dataclass(frozen=True)
class ProgressSeries:
    """Everything the Progress page shows, for all time (the page picks the range shown)."""

    pain_days: list[date]
    pain: list[float]  # the mean rating of each day
    pain_rolling: list[float]  # the 7-day rolling mean on those days
    minute_days: list[date]  # every day with exercise or heat
    exercise_minutes: list[float]
    heat_minutes: list[float]
    weeks: list[WeekAdherence]
    streak: int
    change: PainChange | None

    @property
    def empty(self) -> bool:
        return not self.pain_days and not self.minute_days


def build_progress(
    checkins: Sequence[tuple[float, int]],
    exercise: Sequence[tuple[float, float, int]],  # (start, end, 1 if completed)
    heat: Sequence[tuple[float, float]],
    routine_rule: TimedRule,
    today: date,
    zone: tzinfo,
) -> ProgressSeries:
    """The Progress page's series from the store's rows, moments in Unix time. Adherence
    counts completed sessions against the routine reminder's plan from the first day with any
    record to today.

    Ten years are some 30,000 rows: each is read once, and days are Unix day numbers until the
    few thousand of them become dates at the end."""
    firsts = [min(map(_first, rows)) for rows in (checkins, exercise, heat) if rows]
    lasts = [max(map(_first, rows)) for rows in (checkins, exercise, heat) if rows]
    lasts += [max(map(_second, rows)) for rows in (exercise, heat) if rows]
    pain: dict[float, float] = {}
    exercise_minutes: dict[float, float] = {}
    heat_minutes: dict[float, float] = {}
    started: dict[float, int] = {}
    if firsts:
        days = LocalDays(zone, min(firsts), max(lasts))
        pain = _pain_by_day(checkins, days)
        exercise_minutes = _minutes_by_day(exercise, days, started)
        heat_minutes = _minutes_by_day(heat, days, None)
    pain_days = sorted(pain)
    pain_values = [pain[d] for d in pain_days]
    minute_days = sorted(exercise_minutes.keys() | heat_minutes.keys())
    today_number = _day_number(today)
    first = min(pain_days[:1] + minute_days[:1], default=today_number + 1)
    per_weekday = [
        len(routine_rule.times) if routine_rule.enabled and weekday in routine_rule.weekdays else 0
        for weekday in range(7)
    ]
    planned = {d: per_weekday[(d + _THURSDAY) % 7] for d in range(int(first), today_number + 1)}
    done = {int(d): count for d, count in started.items()}
    fromordinal, epoch = date.fromordinal, UNIX_EPOCH_ORDINAL  # thousands of days: inlined
    return ProgressSeries(
        pain_days=[fromordinal(epoch + int(d)) for d in pain_days],
        pain=pain_values,
        pain_rolling=_rolling(pain_days, pain_values, ROLLING_DAYS),
        minute_days=[fromordinal(epoch + int(d)) for d in minute_days],
        exercise_minutes=[exercise_minutes.get(d, 0.0) for d in minute_days],
        heat_minutes=[heat_minutes.get(d, 0.0) for d in minute_days],
        weeks=_weeks(planned, done),
        streak=_streak(_weekday_flags(streak_weekdays(routine_rule)), done, today_number),
        change=_change(pain_days, pain_values, ROLLING_DAYS),
    )


# What the user did with the reminders shown, as stored (`coach.domain.reminders.ReminderEvent`):
# the weekly chart counts these four (a missed reminder was never shown).
RESPONSE_EVENTS = ("shown", "started", "snoozed", "skipped")


@dataclass(frozen=True)
class WeekResponses:
    """How the reminders shown in one week (Monday to Sunday) were answered."""

    week_start: date  # a Monday
    shown: int  # a snoozed reminder that comes back counts again
    started: int
    snoozed: int
    skipped: int

    @property
    def unanswered(self) -> int:
        """Shown and left, or closed without an answer."""
        return max(0, self.shown - self.started - self.snoozed - self.skipped)

    @property
    def total(self) -> int:
        """The height of the week's bar: every reminder shown (its answers, if more were
        recorded than shown, as after a restart in between)."""
        return max(self.shown, self.started + self.snoozed + self.skipped)


def weekly_responses(events: Sequence[tuple[float, str]], zone: tzinfo) -> list[WeekResponses]:
    """The reminders shown, started, snoozed and skipped in each local week (Monday to Sunday)
    that has any, oldest first, from (Unix time, event) pairs; other events are left out.

    A year of movement breaks is a few thousand events: each is read once, its local day found
    by `LocalDays` (daylight-saving changes included), and days become dates at the end."""
    if not events:
        return []
    days = LocalDays(zone, min(map(_first, events)), max(map(_first, events)))
    column = {event: index for index, event in enumerate(RESPONSE_EVENTS)}
    weeks: dict[float, list[int]] = {}
    low = high = offset = 0.0
    day = week = None
    counts: list[int] = []
    for moment, event in events:
        index = column.get(event)
        if index is None:
            continue
        if not low <= moment < high:
            low, high, offset = days.segment(moment)
        this = (moment + offset) // DAY
        if this != day:
            day = this
            monday = this - (this + _THURSDAY) % 7
            if monday != week:
                week = monday
                counts = weeks.setdefault(monday, [0, 0, 0, 0])
        counts[index] += 1
    return [WeekResponses(_date(int(monday)), *counts) for monday, counts in sorted(weeks.items())]


_first = itemgetter(0)
_second = itemgetter(1)


def _day_number(day: date) -> int:
    """A date as its Unix day number (days since 1 January 1970)."""
    return day.toordinal() - UNIX_EPOCH_ORDINAL


def _date(day: int) -> date:
    return date.fromordinal(UNIX_EPOCH_ORDINAL + day)


def _by_day_number(values: Mapping[date, int]) -> dict[int, int]:
    return {_day_number(day): value for day, value in values.items()}
