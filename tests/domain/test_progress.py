"""Progress aggregations: rolling pain mean, minutes per day across midnight and daylight
saving, adherence with rest days, streaks, and the meaningful-change rule (CLINICAL.md 3: FAR,
KOV, IMM)."""

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.domain.days import LocalDays
from coach.domain.progress import (
    ChangeSize,
    build_progress,
    current_streak,
    daily_pain,
    is_meaningful_fall,
    minutes_per_day,
    pain_change,
    planned_per_day,
    rolling_mean,
    streak_back_from,
    streak_weekdays,
    weekly_adherence,
)
from coach.domain.schedule import WORKING_WEEKDAYS, ReminderKind, TimedRule

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: str, clock: str) -> datetime:
    return datetime.combine(date.fromisoformat(day), time.fromisoformat(clock), BERLIN)


def test_daily_pain_is_the_mean_of_each_local_day() -> None:
    checkins = [
        (at("2026-03-02", "08:00"), 6),
        (at("2026-03-02", "20:00"), 4),
        (at("2026-03-02", "23:30"), 2),  # 22:30 UTC, still 2 March in Berlin
        (at("2026-03-03", "00:30"), 8),  # 23:30 UTC on 2 March, but 3 March in Berlin
    ]
    assert daily_pain(checkins, BERLIN) == {date(2026, 3, 2): 4.0, date(2026, 3, 3): 8.0}


def test_the_rolling_mean_covers_seven_calendar_days_and_skips_days_without_check_ins() -> None:
    daily = {
        date(2026, 3, 1): 8.0,
        date(2026, 3, 2): 6.0,
        date(2026, 3, 5): 4.0,
        date(2026, 3, 7): 6.0,
        date(2026, 3, 8): 2.0,  # 1 March has left the window
    }
    means = rolling_mean(daily)
    assert means[date(2026, 3, 1)] == 8.0
    assert means[date(2026, 3, 2)] == 7.0
    assert means[date(2026, 3, 7)] == pytest.approx(6.0)  # (8 + 6 + 4 + 6) / 4
    assert means[date(2026, 3, 8)] == pytest.approx(4.5)  # (6 + 4 + 6 + 2) / 4


def test_minutes_are_split_at_midnight_and_follow_daylight_saving() -> None:
    # Berlin springs forward at 02:00 on 29 March 2026: that day has 23 hours.
    intervals = [
        (at("2026-03-28", "23:50"), at("2026-03-29", "00:10")),  # 10 + 10 minutes
        (at("2026-03-29", "01:50"), at("2026-03-29", "03:10")),  # 20 real minutes
        (at("2026-03-29", "23:55"), at("2026-03-30", "00:05")),
    ]
    assert minutes_per_day(intervals, BERLIN) == {
        date(2026, 3, 28): pytest.approx(10),
        date(2026, 3, 29): pytest.approx(10 + 20 + 5),
        date(2026, 3, 30): pytest.approx(5),
    }


@given(
    st.lists(
        st.tuples(
            st.datetimes(datetime(2025, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC)),
            st.integers(1, 3 * 24 * 60),
        ),
        max_size=20,
    ),
    st.sampled_from([BERLIN, ZoneInfo("America/New_York"), ZoneInfo("Australia/Sydney")]),
)
def test_minutes_per_day_add_up_to_the_time_spent(
    sessions: list[tuple[datetime, int]], zone: ZoneInfo
) -> None:
    intervals = [(start, start + timedelta(minutes=length)) for start, length in sessions]
    total = sum(length for _, length in sessions)
    assert sum(minutes_per_day(intervals, zone).values()) == pytest.approx(total)


def test_adherence_counts_planned_sessions_and_rest_days_do_not_count_against() -> None:
    rule = TimedRule(ReminderKind.ROUTINE, (time(10, 30), time(15)), WORKING_WEEKDAYS, True, "x")
    planned = planned_per_day(rule, date(2026, 3, 2), date(2026, 3, 15))  # two Mon-Sun weeks
    assert sum(planned.values()) == 20 and planned[date(2026, 3, 7)] == 0  # Saturday
    done = {
        date(2026, 3, 2): 2,
        date(2026, 3, 3): 3,  # one extra does not make up for another day
        date(2026, 3, 4): 1,
        date(2026, 3, 7): 1,  # a Saturday session: welcome, but nothing was planned
    }
    first, second = weekly_adherence(planned, done)
    assert (first.week_start, first.planned, first.done) == (date(2026, 3, 2), 10, 5)
    assert first.percent == pytest.approx(50.0)
    assert second.done == 0 and second.percent == 0.0
    rest_week = planned_per_day(
        TimedRule(ReminderKind.ROUTINE, (time(9),), frozenset({0}), False, "x"),
        date(2026, 3, 2),
        date(2026, 3, 8),
    )
    assert weekly_adherence(rest_week, {})[0].percent is None


def day(n: int) -> date:
    """The n-th day of March 2026: 2 March is a Monday, 7 and 8 March the weekend."""
    return date(2026, 3, n)


def test_the_streak_runs_over_weekends_and_waits_for_today() -> None:
    done = {day(d): 1 for d in (2, 3, 5, 6, 9, 10, 11)}
    # Thursday 12 March, nothing done yet today: 5, 6, (weekend), 9, 10, 11; 4 March broke it.
    assert current_streak(WORKING_WEEKDAYS, done, day(12)) == 5
    done[day(12)] = 1  # today counts once a routine is done
    assert current_streak(WORKING_WEEKDAYS, done, day(12)) == 6
    assert current_streak(WORKING_WEEKDAYS, {}, day(12)) == 0


def test_a_routine_on_a_sunday_counts_at_once() -> None:
    """The user who saw "Streak: 0 days" straight after a routine done on a Sunday."""
    sunday = day(8)
    assert current_streak(WORKING_WEEKDAYS, {sunday: 1}, sunday) == 1
    # With the week before kept, the Sunday adds to it; the Saturday without one changes nothing.
    week = {day(d): 1 for d in range(2, 7)}
    assert current_streak(WORKING_WEEKDAYS, week | {sunday: 1}, sunday) == 6
    assert current_streak(WORKING_WEEKDAYS, week, sunday) == 5


def test_a_missed_planned_day_ends_the_streak_and_an_unplanned_one_does_not() -> None:
    done = {day(2): 1, day(4): 1}  # Monday and Wednesday; Tuesday missed
    assert current_streak(WORKING_WEEKDAYS, done, day(4)) == 1
    mondays_and_wednesdays = frozenset({0, 2})  # a plan's schedule: Tuesday is not planned
    assert current_streak(mondays_and_wednesdays, done, day(4)) == 2
    # Thursday (planned Monday to Friday) with nothing done yet does not end it today ...
    assert current_streak(WORKING_WEEKDAYS | {3}, {day(4): 1}, day(5)) == 1
    # ... but a day later it has.
    assert current_streak(WORKING_WEEKDAYS, {day(4): 1}, day(6)) == 0


def walked_streak(planned_weekdays: frozenset[int], done: dict[date, int], today: date) -> int:
    """The streak's rule as written in current_streak's docstring, walked one day at a time from
    today back to the first routine ever done: the reference the quick reading is held to."""
    kept = [d for d, count in done.items() if count > 0 and d <= today]
    if not kept:
        return 0
    streak = 0
    moment = today if done.get(today, 0) > 0 else today - timedelta(days=1)
    while moment >= min(kept):
        if done.get(moment, 0) > 0:
            streak += 1
        elif moment.weekday() in planned_weekdays:
            break
        moment -= timedelta(days=1)
    return streak


SOME_DAYS = st.dictionaries(
    st.dates(date(2025, 12, 1), date(2026, 2, 28)), st.integers(0, 2), max_size=60
)


@given(SOME_DAYS, st.frozensets(st.integers(0, 6)), st.dates(date(2025, 11, 25), date(2026, 3, 7)))
def test_the_streak_read_back_from_today_keeps_the_rule(
    done: dict[date, int], planned: frozenset[int], today: date
) -> None:
    expected = walked_streak(planned, done, today)
    assert current_streak(planned, done, today) == expected
    newest_first = sorted((d for d, count in done.items() if count > 0), reverse=True)
    # One day per routine, as a store reads its sessions: a day with two routines comes twice.
    per_routine = [d for d in newest_first for _ in range(done[d])]
    assert streak_back_from(planned, iter(per_routine), today) == expected


@given(
    SOME_DAYS,
    st.frozensets(st.integers(0, 6), min_size=1),
    st.dates(date(2026, 1, 1), date(2026, 3, 7)),
)
def test_the_streak_reads_no_further_back_than_it_goes(
    done: dict[date, int], planned: frozenset[int], today: date
) -> None:
    """The store reads the sessions back a few at a time: the streak must stop asking for more
    once it has ended (a day past today, the streak's days, and the day that showed the gap)."""
    newest_first = sorted((d for d, count in done.items() if count > 0), reverse=True)
    taken: list[date] = []

    def reading() -> Iterator[date]:
        for d in newest_first:
            taken.append(d)
            yield d

    streak = streak_back_from(planned, reading(), today)
    later = sum(1 for d in newest_first if d > today)
    assert len(taken) <= later + streak + 1


def test_more_routines_on_a_day_count_it_once_and_only_completed_ones_count() -> None:
    assert current_streak(WORKING_WEEKDAYS, {day(2): 3, day(3): 1}, day(3)) == 2
    assert current_streak(WORKING_WEEKDAYS, {day(2): 1, day(3): 0}, day(4)) == 0


def test_routines_after_today_and_days_before_the_first_do_not_count() -> None:
    assert current_streak(WORKING_WEEKDAYS, {day(10): 1}, day(9)) == 0
    # Coach first used on a Saturday: the Friday before, planned, is not a missed day.
    assert current_streak(WORKING_WEEKDAYS, {day(7): 1, day(9): 1}, day(9)) == 2


def test_the_streak_days_are_the_routine_reminders_or_else_monday_to_friday() -> None:
    plan_days = frozenset({0, 2, 4})
    rule = TimedRule(ReminderKind.ROUTINE, (time(11),), plan_days, True, "plan:x")
    assert streak_weekdays(rule) == plan_days
    off = TimedRule(ReminderKind.ROUTINE, (time(11),), plan_days, False, "plan:x")
    assert streak_weekdays(off) == WORKING_WEEKDAYS
    every_day = TimedRule(ReminderKind.ROUTINE, (time(11),), frozenset(range(7)), True, "x")
    assert streak_weekdays(every_day) == frozenset(range(7))


def test_progress_counts_a_sunday_routine_in_the_streak() -> None:
    rule = TimedRule(ReminderKind.ROUTINE, (time(10, 30), time(15)), WORKING_WEEKDAYS, True, "x")
    sunday = at("2026-03-08", "10:00")
    series = build_progress(
        [], [(sunday.timestamp(), sunday.timestamp() + 180, 1)], [], rule, day(8), BERLIN
    )
    assert series.streak == 1


weekdays_sets = st.frozensets(st.integers(0, 6))
done_days = st.dictionaries(st.integers(-60, 0), st.integers(0, 3), max_size=40)
today_strategy = st.dates(date(2024, 1, 1), date(2028, 12, 31))


def by_date(today: date, offsets: dict[int, int]) -> dict[date, int]:
    return {today + timedelta(days=offset): count for offset, count in offsets.items()}


@given(today_strategy, done_days, weekdays_sets)
def test_the_streak_is_the_days_done_since_the_last_planned_day_missed(
    today: date, offsets: dict[int, int], weekdays: frozenset[int]
) -> None:
    """The rule said the other way round: count the days with a routine done after the last
    planned day (before today) that had none, from the first day with a routine done."""
    done = by_date(today, offsets)
    kept = {d for d, n in done.items() if n > 0}
    first = min(kept, default=today)
    earlier = [today - timedelta(days=back) for back in range(1, 62)]
    missed = [d for d in earlier if d >= first and d.weekday() in weekdays and d not in kept]
    since = max(missed, default=date.min)
    assert current_streak(weekdays, done, today) == sum(1 for d in kept if since < d <= today)


@given(today_strategy, done_days, weekdays_sets, weekdays_sets)
def test_fewer_planned_days_never_shorten_the_streak(
    today: date, offsets: dict[int, int], weekdays: frozenset[int], more: frozenset[int]
) -> None:
    done = by_date(today, offsets)
    streak = current_streak(weekdays, done, today)
    assert current_streak(weekdays | more, done, today) <= streak
    assert 0 <= streak <= sum(1 for n in done.values() if n > 0)


@given(today_strategy, done_days, weekdays_sets, st.integers(-60, 0))
def test_a_routine_done_never_shortens_the_streak_and_today_counts_at_once(
    today: date, offsets: dict[int, int], weekdays: frozenset[int], offset: int
) -> None:
    done = by_date(today, offsets)
    streak = current_streak(weekdays, done, today)
    more = done | {today + timedelta(days=offset): done.get(today + timedelta(days=offset), 0) + 1}
    assert current_streak(weekdays, more, today) >= streak
    with_today = done | {today: 1}
    assert current_streak(weekdays, with_today, today) == (
        streak if done.get(today, 0) > 0 else streak + 1
    )


@given(today_strategy, done_days)
def test_weekends_do_not_break_a_monday_to_friday_streak(
    today: date, offsets: dict[int, int]
) -> None:
    """Saturdays and Sundays without a routine may be left out of the days: the streak is the
    same as when every day is planned and the weekends were kept free of planning."""
    done = by_date(today, offsets)
    weekend_free = {d: n for d, n in done.items() if d.weekday() < 5}
    weekends_done = sum(1 for d, n in done.items() if d.weekday() >= 5 and n > 0)
    streak = current_streak(WORKING_WEEKDAYS, done, today)
    assert streak >= current_streak(WORKING_WEEKDAYS, weekend_free, today)
    assert streak <= current_streak(WORKING_WEEKDAYS, weekend_free, today) + weekends_done


@pytest.mark.parametrize(
    ("start", "now", "meaningful", "size"),
    [
        (6.0, 4.0, True, ChangeSize.MODERATE),  # 2 points (FAR), 33 %
        (3.0, 2.0, False, ChangeSize.MODERATE),  # 33 % but 1 point: under KOV's 1.5
        (5.0, 3.5, True, ChangeSize.MODERATE),  # 30 % and 1.5 points (FAR, KOV)
        (8.0, 6.5, False, ChangeSize.MINIMAL),  # 1.5 points, 19 %
        (8.0, 3.0, True, ChangeSize.SUBSTANTIAL),  # 62 %
        (5.0, 4.8, False, ChangeSize.NONE),
        (4.0, 6.0, False, ChangeSize.WORSE),
        (0.0, 0.0, False, ChangeSize.NONE),
    ],
)
def test_a_meaningful_change_is_two_points_or_thirty_percent_and_1_5_points_far_kov(
    start: float, now: float, meaningful: bool, size: ChangeSize
) -> None:
    first = date(2026, 3, 1)
    daily = {first + timedelta(days=n): start for n in range(7)}
    daily |= {first + timedelta(days=n): now for n in range(21, 28)}
    change = pain_change(daily)
    assert change is not None
    assert change.start == start and change.now == now
    assert change.points == pytest.approx(start - now)
    assert change.meaningful is meaningful and change.size is size


def test_1_0_to_0_7_is_not_meaningful_far_kov() -> None:
    """30 % of low pain is a fraction of a point: not a meaningful fall (KOV: MCIC 1.5)."""
    assert not is_meaningful_fall(1.0, 0.7)
    assert not is_meaningful_fall(1.0, 0.0)  # 100 %, but 1 point
    assert not is_meaningful_fall(4.0, 2.6)  # 35 %, 1.4 points


def test_two_points_are_meaningful_whatever_the_start_far() -> None:
    assert is_meaningful_fall(9.0, 7.0)  # 22 %, 2 points
    assert is_meaningful_fall(4.6, 2.6)  # means are not exact: still 2 points
    assert not is_meaningful_fall(9.0, 7.1)  # 1.9 points, 21 %


def test_thirty_percent_counts_from_1_5_points_kov() -> None:
    assert is_meaningful_fall(5.0, 3.5)  # 30 %, 1.5 points
    assert not is_meaningful_fall(5.0, 3.6)  # 28 %
    assert not is_meaningful_fall(6.0, 4.6)  # 1.4 points, 23 %
    assert not is_meaningful_fall(3.0, 4.0)  # worse
    assert not is_meaningful_fall(0.0, 0.0)


@given(st.floats(0, 10), st.floats(0, 10))
def test_a_meaningful_fall_is_always_at_least_1_5_points_far_kov(
    before: float, after: float
) -> None:
    if is_meaningful_fall(before, after):
        assert before - after >= 1.5 - 1e-9
    if before - after >= 2.0:
        assert is_meaningful_fall(before, after)


def test_less_than_two_weeks_of_check_ins_have_no_change_yet() -> None:
    assert pain_change({}) is None
    assert pain_change({date(2026, 3, 1): 5.0, date(2026, 3, 6): 3.0}) is None
    # Eight days: the "first" and "last" weeks would share six days.
    eight = {date(2026, 3, 1) + timedelta(days=n): 8.0 for n in range(7)}
    eight[date(2026, 3, 8)] = 2.0
    assert pain_change(eight) is None
    eight[date(2026, 3, 14)] = 2.0  # the first week ends 7 March, the last starts 8 March
    assert pain_change(eight) is not None


def test_the_series_line_up_days_and_count_completed_sessions_against_the_plan() -> None:
    rule = TimedRule(ReminderKind.ROUTINE, (time(10, 30),), WORKING_WEEKDAYS, True, "x")
    checkins = [(at("2026-03-02", "09:00"), 6), (at("2026-03-03", "09:00"), 4)]
    exercise = [
        (at("2026-03-02", "10:30"), at("2026-03-02", "10:33"), True),
        (at("2026-03-03", "10:30"), at("2026-03-03", "10:31"), False),  # ended early
    ]
    heat = [(at("2026-03-04", "19:00"), at("2026-03-04", "19:15"))]
    series = build_progress(
        [(m.timestamp(), p) for m, p in checkins],
        [(s.timestamp(), e.timestamp(), kept) for s, e, kept in exercise],
        [(s.timestamp(), e.timestamp()) for s, e in heat],
        rule,
        date(2026, 3, 4),
        BERLIN,
    )
    assert series.pain_days == [date(2026, 3, 2), date(2026, 3, 3)]
    assert series.pain_rolling == [6.0, 5.0]
    assert series.minute_days == [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)]
    assert series.exercise_minutes == pytest.approx([3, 1, 0])
    assert series.heat_minutes == pytest.approx([0, 0, 15])
    (week,) = series.weeks
    assert (week.planned, week.done) == (3, 1)
    assert series.streak == 0  # 3 March was not kept, and 4 March not yet
    assert not series.empty and series.change is None


@given(
    st.datetimes(datetime(2024, 1, 1), datetime(2028, 12, 31), timezones=st.just(UTC)),
    st.sampled_from(
        [BERLIN, ZoneInfo("America/New_York"), ZoneInfo("Australia/Lord_Howe"), ZoneInfo("UTC")]
    ),
)
def test_fast_local_days_agree_with_zoneinfo(moment: datetime, zone: ZoneInfo) -> None:
    days = LocalDays(zone, moment.timestamp() - 400 * 86400, moment.timestamp() + 400 * 86400)
    assert date.fromordinal(days.day(moment.timestamp())) == moment.astimezone(zone).date()
    midnight = datetime.fromtimestamp(days.start_of_next_day(moment.timestamp()), UTC)
    assert midnight.astimezone(zone).time() == time(0, 0)
    assert midnight.astimezone(zone).date() == moment.astimezone(zone).date() + timedelta(days=1)


def test_reminder_responses_are_counted_per_local_week_monday_to_sunday() -> None:
    """The weekly chart of reminder responses (issue 20): each local week's reminders shown,
    started, snoozed and skipped; missed ones (never shown) and unknown events are left out. Weeks
    are local: half past midnight on Monday in Berlin, still Sunday in UTC, is the next week, the
    week after the clocks went forward included."""
    from coach.domain.progress import WeekResponses, weekly_responses

    events = [
        (at("2026-03-23", "10:00").timestamp(), "shown"),  # Monday
        (at("2026-03-23", "10:01").timestamp(), "started"),
        (at("2026-03-24", "11:00").timestamp(), "shown"),
        (at("2026-03-24", "11:00").timestamp(), "snoozed"),
        (at("2026-03-24", "11:10").timestamp(), "shown"),  # the snoozed one, back again
        (at("2026-03-24", "11:11").timestamp(), "skipped"),
        (at("2026-03-27", "09:00").timestamp(), "missed"),
        (at("2026-03-27", "09:00").timestamp(), "something new"),
        (at("2026-03-29", "23:30").timestamp(), "shown"),  # Sunday, the clocks went forward
        (at("2026-03-30", "00:30").timestamp(), "shown"),  # Monday here, Sunday in UTC
        (at("2026-03-30", "00:31").timestamp(), "started"),
    ]
    weeks = weekly_responses(events, BERLIN)
    assert weeks == [
        WeekResponses(date(2026, 3, 23), shown=4, started=1, snoozed=1, skipped=1),
        WeekResponses(date(2026, 3, 30), shown=1, started=1, snoozed=0, skipped=0),
    ]
    assert weeks[0].unanswered == 1 and weeks[0].total == 4
    assert weekly_responses([], BERLIN) == []
    # More answers than reminders shown (a notice answered after a restart): the bar holds them.
    odd = WeekResponses(date(2026, 3, 23), shown=1, started=1, snoozed=1, skipped=0)
    assert odd.unanswered == 0 and odd.total == 2
