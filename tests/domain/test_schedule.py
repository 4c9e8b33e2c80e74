"""When reminders fall due: fixed times, movement breaks, quiet hours, daylight saving, sleep."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.domain.schedule import (
    MOVEMENT_MAX_MINUTES,
    MOVEMENT_MIN_MINUTES,
    DailyWindow,
    MovementRule,
    ReminderKind,
    ScheduleError,
    TimedRule,
    UserDay,
    local,
    missed,
    next_movement,
    next_timed,
)
from tests.domain.schedule_strategies import quiet_times

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")
ZONES = [BERLIN, NEW_YORK, SYDNEY, ZoneInfo("Asia/Kolkata"), ZoneInfo("UTC")]
DAY = UserDay()  # Monday-Friday 09:00-17:30, quiet 21:00-07:30

quarter_hours = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))
moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)
weekday_sets = st.frozensets(st.integers(0, 6), min_size=1)


@st.composite
def user_days(draw: st.DrawFn) -> UserDay:
    start = draw(st.builds(time, st.integers(5, 12), st.sampled_from([0, 30])))
    end = draw(st.builds(time, st.integers(start.hour + 2, 23), st.sampled_from([0, 30])))
    return UserDay(draw(weekday_sets), DailyWindow(start, end), draw(quiet_times()))


@given(
    moments,
    st.sampled_from(ZONES),
    user_days(),
    st.lists(quarter_hours, min_size=1, max_size=4),
    weekday_sets,
)
def test_a_timed_reminder_is_after_now_on_its_weekdays_and_never_in_quiet_hours(
    now: datetime,
    zone: ZoneInfo,
    day: UserDay,
    times: list[time],
    weekdays: frozenset[int],
) -> None:
    rule = TimedRule(ReminderKind.CHECKIN, tuple(times), weekdays)
    due = next_timed(rule, now, day, zone)
    if due is None:
        # Only possible when every time is inside quiet hours.
        assert all(day.is_quiet(t) for t in times)
        return
    assert due > now
    shown = local(due, zone)
    assert shown.weekday() in weekdays
    assert not any(window.contains(shown.time()) for window in day.quiet)
    assert shown.time().replace(second=0, microsecond=0) in times or _in_a_gap(shown, zone)


@given(
    moments,
    st.sampled_from(ZONES),
    user_days(),
    st.integers(MOVEMENT_MIN_MINUTES, MOVEMENT_MAX_MINUTES),
    st.integers(0, 6 * 24 * 60),
)
def test_a_movement_break_is_after_now_in_working_hours_and_never_in_quiet_hours(
    now: datetime, zone: ZoneInfo, day: UserDay, every: int, minutes_since_break: int
) -> None:
    rule = MovementRule(every)
    last_break = now - timedelta(minutes=minutes_since_break)
    due = next_movement(rule, last_break, now, day, zone)
    if due is None:
        # Only when the working day is shorter than one interval or all of it is quiet.
        return
    assert due > now
    assert due >= last_break + rule.interval
    shown = local(due, zone)
    assert shown.weekday() in day.work_days
    assert day.work.start <= shown.time() < day.work.end
    assert not any(window.contains(shown.time()) for window in day.quiet)


def _in_a_gap(shown: datetime, zone: ZoneInfo) -> bool:
    """True when the wall time just before `shown` did not exist (spring forward)."""
    before = (shown - timedelta(hours=1)).astimezone(zone)
    return before.utcoffset() != shown.utcoffset()


@pytest.mark.parametrize(
    ("zone", "first_day"),
    [
        (BERLIN, "2025-03-29"),  # springs forward in the night to Sunday 30 March
        (BERLIN, "2025-10-25"),  # falls back in the night to Sunday 26 October
        (NEW_YORK, "2025-03-08"),  # springs forward in the night to Sunday 9 March
        (NEW_YORK, "2025-11-01"),  # falls back in the night to Sunday 2 November
    ],
)
def test_a_nine_oclock_reminder_stays_at_nine_across_daylight_saving(
    zone: ZoneInfo, first_day: str
) -> None:
    rule = TimedRule(ReminderKind.ROUTINE, (time(9),), routine_id="desk-reset")
    moment = datetime.fromisoformat(first_day).replace(tzinfo=zone).astimezone(UTC)
    fired = []
    for _ in range(3):
        due = next_timed(rule, moment, DAY, zone)
        assert due is not None
        fired.append(local(due, zone))
        moment = due
    start = datetime.fromisoformat(first_day).date()
    assert [f.date() for f in fired] == [start + timedelta(days=n) for n in range(3)]
    assert {f.time() for f in fired} == {time(9)}
    # The day of the change is 23 or 25 hours long, yet the reminder is at 09:00 on both sides.
    real_gap = fired[1].astimezone(UTC) - fired[0].astimezone(UTC)
    assert real_gap in (timedelta(hours=23), timedelta(hours=25))


def test_a_reminder_keeps_its_local_time_after_moving_to_another_zone() -> None:
    rule = TimedRule(ReminderKind.CHECKIN, (time(20),))
    now = datetime(2025, 6, 2, 12, tzinfo=UTC)
    in_berlin = next_timed(rule, now, DAY, BERLIN)
    in_new_york = next_timed(rule, now, DAY, NEW_YORK)
    assert in_berlin is not None and in_new_york is not None
    assert local(in_berlin, BERLIN).time() == local(in_new_york, NEW_YORK).time() == time(20)
    assert in_new_york - in_berlin == timedelta(hours=6)


def test_a_time_inside_quiet_hours_is_skipped_not_moved() -> None:
    rule = TimedRule(ReminderKind.HEAT, (time(6), time(18)))
    now = datetime(2025, 6, 2, 0, tzinfo=UTC)  # a Monday, 02:00 in Berlin
    due = next_timed(rule, now, DAY, BERLIN)
    assert due is not None and local(due, BERLIN).time() == time(18)


def test_movement_breaks_start_one_interval_into_the_working_day() -> None:
    rule = MovementRule(30)
    monday_early = datetime(2025, 6, 2, 5, tzinfo=UTC)  # 07:00 in Berlin
    due = next_movement(rule, monday_early, monday_early, DAY, BERLIN)
    assert due is not None and local(due, BERLIN) == datetime(2025, 6, 2, 9, 30, tzinfo=BERLIN)
    after_work = datetime(2025, 6, 6, 16, tzinfo=UTC)  # Friday 18:00 in Berlin
    due = next_movement(rule, after_work, after_work, DAY, BERLIN)
    assert due is not None and local(due, BERLIN) == datetime(2025, 6, 9, 9, 30, tzinfo=BERLIN)


def test_an_overdue_break_falls_due_at_once_in_working_hours() -> None:
    rule = MovementRule(30)
    now = datetime(2025, 6, 2, 9, tzinfo=UTC)  # Monday 11:00 in Berlin
    due = next_movement(rule, now - timedelta(hours=1), now, DAY, BERLIN)
    assert due is not None and timedelta(0) < due - now < timedelta(seconds=1)


def test_ten_hours_of_sleep_give_one_summary_per_kind() -> None:
    fell_asleep = datetime(2025, 6, 2, 6, tzinfo=UTC)  # Monday 08:00 in Berlin
    woke = fell_asleep + timedelta(hours=10)  # 18:00
    checkin = TimedRule(ReminderKind.CHECKIN, (time(12), time(17)))
    routine = TimedRule(ReminderKind.ROUTINE, (time(10), time(15)), routine_id="desk-reset")
    movement = MovementRule(30)
    summaries = [missed(r, fell_asleep, woke, DAY, BERLIN) for r in (checkin, routine, movement)]
    assert [(s.kind, s.count) for s in summaries if s] == [
        (ReminderKind.CHECKIN, 2),
        (ReminderKind.ROUTINE, 2),
        (ReminderKind.MOVEMENT, 16),  # 09:30 to 17:00, every 30 minutes
    ]
    routine_missed = summaries[1]
    assert routine_missed is not None and routine_missed.routine_id == "desk-reset"
    assert [local(m, BERLIN).time() for m in routine_missed.moments] == [time(10), time(15)]
    assert missed(checkin, woke, woke + timedelta(minutes=5), DAY, BERLIN) is None


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: MovementRule(10), "every 20 to 90 minutes"),
        (lambda: TimedRule(ReminderKind.CHECKIN, ()), "at least one time"),
        (lambda: TimedRule(ReminderKind.CHECKIN, (time(9),), frozenset()), "one weekday"),
        (lambda: TimedRule(ReminderKind.ROUTINE, (time(9),)), "name its routine"),
        (lambda: UserDay(work=DailyWindow(time(17), time(9))), "end after they start"),
    ],
)
def test_impossible_schedules_say_what_is_wrong(build: object, message: str) -> None:
    assert callable(build)
    with pytest.raises(ScheduleError, match=message):
        build()


def test_quiet_hours_wrap_past_midnight() -> None:
    quiet = DailyWindow(time(22), time(7))
    assert quiet.contains(time(23)) and quiet.contains(time(3)) and not quiet.contains(time(7))
    assert not DailyWindow(time(8), time(8)).contains(time(8))


def test_missed_breaks_are_counted_from_the_last_break() -> None:
    last_break = datetime(2026, 6, 10, 9, 20, tzinfo=UTC)  # 11:20 in Berlin
    closed = datetime(2026, 6, 10, 9, 45, tzinfo=UTC)
    reopened = datetime(2026, 6, 10, 10, 30, tzinfo=UTC)
    summary = missed(MovementRule(30), closed, reopened, DAY, BERLIN, last_break)
    assert summary is not None
    assert [local(m, BERLIN).time() for m in summary.moments] == [time(11, 50), time(12, 20)]
