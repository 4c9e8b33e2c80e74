"""The Progress series are computed in one pass over years of records, with Unix day numbers and
the zone's offsets looked up once per day (coach.domain.days.LocalDays). Here they are checked
against a plain reference that asks zoneinfo for the local date of every moment, across
daylight-saving changes in several zones, with records in any order."""

import math
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.days import LocalDays
from coach.domain.progress import ProgressSeries, build_progress
from coach.domain.schedule import ReminderKind, TimedRule

# Changes at 02:00 and 03:00 (Europe, America), half an hour (Lord Howe), at midnight (Santiago,
# which falls back from 24:00 to 23:00), none (Kathmandu, a fixed offset west of UTC).
ZONES: list[tzinfo] = [
    ZoneInfo("Europe/Berlin"),
    ZoneInfo("America/New_York"),
    ZoneInfo("Australia/Lord_Howe"),
    ZoneInfo("America/Santiago"),
    ZoneInfo("Asia/Kathmandu"),
    ZoneInfo("UTC"),
    timezone(timedelta(hours=-3, minutes=-30)),
]
SPAN_MS = 60 * 86400 * 1000  # records within 60 days of the first moment


def local_date(moment: float, zone: tzinfo) -> date:
    return datetime.fromtimestamp(moment, zone).date()


def next_day_change(moment: float, end: float, zone: tzinfo) -> float:
    """The first moment after `moment` and before `end` on another local day, else `end`.
    Midnights and offset changes fall on whole seconds: a bisection over them finds it."""
    day = local_date(moment, zone)
    last = math.ceil(end) - 1  # the last whole second before `end`
    if last <= moment or local_date(last, zone) == day:
        return end
    low, high = math.floor(moment), last
    while high - low > 1:
        middle = (low + high) // 2
        if local_date(middle, zone) == day:
            low = middle
        else:
            high = middle
    return float(high)


def reference_minutes(intervals: list[tuple[float, float]], zone: tzinfo) -> dict[date, float]:
    minutes: dict[date, float] = defaultdict(float)
    for start, end in intervals:
        moment = start
        while moment < end:
            part_end = next_day_change(moment, end, zone)
            minutes[local_date(moment, zone)] += (part_end - moment) / 60
            moment = part_end
    return minutes


def check_against_reference(
    series: ProgressSeries,
    checkins: list[tuple[float, int]],
    exercise: list[tuple[float, float, bool]],
    heat: list[tuple[float, float]],
    rule: TimedRule,
    today: date,
    zone: tzinfo,
) -> None:
    ratings: dict[date, list[int]] = defaultdict(list)
    for moment, pain in checkins:
        ratings[local_date(moment, zone)].append(pain)
    daily = {day: sum(values) / len(values) for day, values in sorted(ratings.items())}
    assert series.pain_days == list(daily)
    assert series.pain == list(daily.values())
    week = timedelta(days=7)
    rolling = [
        [value for other, value in daily.items() if day - week < other <= day] for day in daily
    ]
    assert series.pain_rolling == pytest.approx([sum(r) / len(r) for r in rolling])

    exercise_minutes = reference_minutes([(s, e) for s, e, _ in exercise], zone)
    heat_minutes = reference_minutes(heat, zone)
    minute_days = sorted(set(exercise_minutes) | set(heat_minutes))
    assert series.minute_days == minute_days
    assert series.exercise_minutes == pytest.approx([exercise_minutes[d] for d in minute_days])
    assert series.heat_minutes == pytest.approx([heat_minutes[d] for d in minute_days])

    done = Counter(local_date(start, zone) for start, _, kept in exercise if kept)
    planned: dict[date, int] = {}
    day = min([*daily, *minute_days], default=today + timedelta(days=1))
    while day <= today:
        planned[day] = len(rule.times) if rule.enabled and day.weekday() in rule.weekdays else 0
        day += timedelta(days=1)
    weeks: dict[date, list[int]] = defaultdict(lambda: [0, 0])
    for day, wanted in planned.items():
        weeks[day - timedelta(days=day.weekday())][0] += wanted
        weeks[day - timedelta(days=day.weekday())][1] += min(done[day], wanted)
    assert [(w.week_start, w.planned, w.done) for w in series.weeks] == [
        (start, p, d) for start, (p, d) in sorted(weeks.items())
    ]
    # The streak: days with a routine done, up to today, since the last day before today that
    # the routine reminder planned (Monday to Friday while it is off) and had none.
    weekdays = rule.weekdays if rule.enabled else frozenset(range(5))
    kept = sorted(d for d in done if d <= today)
    missed = [
        kept[0] + timedelta(days=n)
        for n in range((today - kept[0]).days if kept else 0)
        if (kept[0] + timedelta(days=n)).weekday() in weekdays
        and kept[0] + timedelta(days=n) not in done
    ]
    assert series.streak == sum(1 for d in kept if not missed or d > missed[-1])

    days = list(daily)
    if not days or (days[-1] - days[0]).days < 13:
        assert series.change is None
    else:
        first = [v for d, v in daily.items() if d < days[0] + week]
        last = [v for d, v in daily.items() if d > days[-1] - week]
        assert series.change is not None
        assert series.change.start == pytest.approx(sum(first) / len(first))
        assert series.change.now == pytest.approx(sum(last) / len(last))


moments = st.integers(0, SPAN_MS).map(lambda ms: ms / 1000)  # milliseconds, as the store keeps
lengths = st.one_of(
    st.integers(0, 3600 * 1000),
    st.integers(0, 2 * 86400 * 1000),  # minutes, or days on end
).map(lambda ms: ms / 1000)


@settings(max_examples=150, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    first=st.datetimes(datetime(2024, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC)),
    checkins=st.lists(st.tuples(moments, st.integers(0, 10)), max_size=40),
    exercise=st.lists(st.tuples(moments, lengths, st.booleans()), max_size=40),
    heat=st.lists(st.tuples(moments, lengths), max_size=10),
    in_order=st.booleans(),
    times=st.lists(st.integers(6, 21), min_size=1, max_size=3, unique=True),
    weekdays=st.frozensets(st.integers(0, 6), min_size=1),
    enabled=st.booleans(),
    today_after=st.integers(-3, 70),
)
def test_the_series_match_a_reference_that_asks_zoneinfo_for_every_moment(
    zone: tzinfo,
    first: datetime,
    checkins: list[tuple[float, int]],
    exercise: list[tuple[float, float, bool]],
    heat: list[tuple[float, float]],
    in_order: bool,
    times: list[int],
    weekdays: frozenset[int],
    enabled: bool,
    today_after: int,
) -> None:
    base = first.timestamp()
    checkins = [(base + at, pain) for at, pain in checkins]
    exercise = [(base + at, base + at + length, kept) for at, length, kept in exercise]
    heat = [(base + at, base + at + length) for at, length in heat]
    if in_order:  # as the store reads them; the maths must not depend on it
        checkins, exercise, heat = sorted(checkins), sorted(exercise), sorted(heat)
    rule = TimedRule(
        ReminderKind.ROUTINE, tuple(time(h) for h in sorted(times)), weekdays, enabled, "r"
    )
    today = local_date(base, zone) + timedelta(days=today_after)
    series = build_progress(checkins, exercise, heat, rule, today, zone)
    check_against_reference(series, checkins, exercise, heat, rule, today, zone)


@settings(max_examples=60, deadline=None)
@given(
    zone=st.sampled_from(
        [
            *ZONES,
            ZoneInfo("Africa/Casablanca"),  # summer time paused for Ramadan: four changes a year
            ZoneInfo("Pacific/Apia"),  # skipped 30 December 2011
            ZoneInfo("Antarctica/Troll"),  # two hours of summer time
            ZoneInfo("America/Sao_Paulo"),  # summer time until 2019, none since
        ]
    ),
    first=st.datetimes(datetime(2005, 1, 1), datetime(2030, 1, 1), timezones=st.just(UTC)),
    years=st.integers(0, 10),
    probes=st.lists(st.floats(0, 1), min_size=1, max_size=20),
)
def test_local_days_over_years_agree_with_zoneinfo_at_every_offset_change(
    zone: tzinfo, first: datetime, years: int, probes: list[float]
) -> None:
    """The offsets are looked up once a day, and each change is then found to the second:
    moments anywhere in the span, and on both sides of the changes around them, get zoneinfo's
    day."""
    low = first.timestamp()
    high = low + years * 365.25 * 86400
    days = LocalDays(zone, low, high)
    for probe in probes:
        moment = round(low + probe * (high - low), 3)
        start, end, _offset = days.segment(moment)
        edges = [start, end] if math.isfinite(end) else [start]
        for at in (moment, *(edge + step for edge in edges for step in (-1.0, -0.001, 0.0, 1.0))):
            assert date.fromordinal(days.day(at)) == local_date(at, zone), at
