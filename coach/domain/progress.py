"""Aggregations behind the Progress page: daily pain and its 7-day rolling mean, minutes per day of
exercise and heat, weekly adherence to the plan, the current streak, and whether the change in
pain since the start is a meaningful one (CLINICAL.md section 3).

Days are local calendar days in the zone given (days of 23 or 25 hours included); inputs are plain
moments and numbers, so the store can feed ten years of rows without building objects per row.
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from coach.domain.days import UNIX_EPOCH_ORDINAL, LocalDays
from coach.domain.schedule import TimedRule

ROLLING_DAYS = 7
DAY = 86400.0
MEANINGFUL_POINTS = 2.0  # FAR: a fall of 2 points ...
MEANINGFUL_PERCENT = 30.0  # ... or of 30 % from the start (FAR) ...
MEANINGFUL_PERCENT_POINTS = 1.5  # ... that is also 1.5 points (KOV: MCIC 1.5 in neck pain)
_ROUNDING = 1e-9  # means of ratings are not exact: 4.6 - 2.6 is a fall of 2 points
MINIMAL_PERCENT = 10.0  # IMM: 10-20 % minimal, >= 30 % moderate, >= 50 % substantial
SUBSTANTIAL_PERCENT = 50.0


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
    days = days or LocalDays(zone, min(t for t, _ in ratings), max(t for t, _ in ratings))
    sums: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    low = high = offset = 0.0
    for moment, pain in ratings:
        if not low <= moment < high:
            low, high, offset = days.segment(moment)
        entry = sums[int((moment + offset) // DAY)]
        entry[0] += pain
        entry[1] += 1
    return {
        date.fromordinal(UNIX_EPOCH_ORDINAL + d): total / count
        for d, (total, count) in sorted(sums.items())
    }


def rolling_mean(daily: Mapping[date, float], days: int = ROLLING_DAYS) -> dict[date, float]:
    """For each day with a value, the mean of the values in the `days` calendar days ending
    there (days without check-ins are left out, not counted as zero)."""
    ordered = sorted(daily.items())
    result: dict[date, float] = {}
    start = 0
    window_sum = 0.0
    for end, (day, value) in enumerate(ordered):
        window_sum += value
        while ordered[start][0] <= day - timedelta(days=days):
            window_sum -= ordered[start][1]
            start += 1
        result[day] = window_sum / (end - start + 1)
    return result


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
    days = days or LocalDays(zone, min(s for s, _ in intervals), max(e for _, e in intervals))
    minutes: dict[int, float] = defaultdict(float)  # Unix day number -> minutes
    low = high = offset = 0.0  # the stretch with one UTC offset in use (a hot loop: inlined)
    for start, end in intervals:
        moment = start
        while moment < end:
            if not low <= moment < high:
                low, high, offset = days.segment(moment)
            day = int((moment + offset) // DAY)
            midnight = (day + 1) * DAY - offset
            if midnight > high:  # the offset changes before midnight (daylight saving)
                midnight = days.start_of_next_day(moment)
            part_end = end if end < midnight else midnight
            minutes[day] += (part_end - moment) / 60
            moment = part_end
    return {date.fromordinal(UNIX_EPOCH_ORDINAL + d): m for d, m in sorted(minutes.items())}


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
    weeks: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for day, wanted in planned.items():
        week = weeks[day - timedelta(days=day.weekday())]
        week[0] += wanted
        week[1] += min(done.get(day, 0), wanted)
    return [WeekAdherence(start, p, d) for start, (p, d) in sorted(weeks.items())]


def current_streak(planned: Mapping[date, int], done: Mapping[date, int], today: date) -> int:
    """Days in a row, up to today, on which the plan was kept. Rest days neither count nor break
    the streak; today only counts once it is kept (until then the streak runs to yesterday)."""
    streak = 0
    day = today
    if planned.get(today, 0) and done.get(today, 0) < planned[today]:
        day -= timedelta(days=1)
    while day in planned:
        wanted = planned[day]
        if wanted:
            if done.get(day, 0) < wanted:
                break
            streak += 1
        day -= timedelta(days=1)
    return streak


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
    if not ordered:
        return None
    first_day, last_day = ordered[0][0], ordered[-1][0]
    if (last_day - first_day).days < 2 * days - 1:
        return None  # the first and the last week would overlap
    start_values = [v for d, v in ordered if d < first_day + timedelta(days=days)]
    now_values = [v for d, v in ordered if d > last_day - timedelta(days=days)]
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
    exercise: Sequence[tuple[float, float, bool]],
    heat: Sequence[tuple[float, float]],
    routine_rule: TimedRule,
    today: date,
    zone: tzinfo,
) -> ProgressSeries:
    """The Progress page's series from the store's rows, moments in Unix time. Adherence
    counts completed sessions against the routine reminder's plan from the first day with any
    record to today."""
    starts = [t for t, _ in checkins] + [s for s, _, _ in exercise] + [s for s, _ in heat]
    ends = [e for _, e, _ in exercise] + [e for _, e in heat]
    days = LocalDays(zone, min(starts), max(starts + ends)) if starts else None
    daily = daily_pain_at(checkins, zone, days)
    rolling = rolling_mean(daily)
    exercise_minutes = minutes_per_day_at([(s, e) for s, e, _ in exercise], zone, days)
    heat_minutes = minutes_per_day_at(heat, zone, days)
    minute_days = sorted(set(exercise_minutes) | set(heat_minutes))
    done: dict[date, int] = defaultdict(int)
    if days is not None:
        for start, _, kept in exercise:
            if kept:
                done[date.fromordinal(days.day(start))] += 1
    first_days = [d for d in (*daily, *minute_days) if d <= today]
    planned = planned_per_day(routine_rule, min(first_days), today) if first_days else {}
    return ProgressSeries(
        pain_days=list(daily),
        pain=list(daily.values()),
        pain_rolling=[rolling[d] for d in daily],
        minute_days=minute_days,
        exercise_minutes=[exercise_minutes.get(d, 0.0) for d in minute_days],
        heat_minutes=[heat_minutes.get(d, 0.0) for d in minute_days],
        weeks=weekly_adherence(planned, done),
        streak=current_streak(planned, done, today),
        change=pain_change(daily),
    )
