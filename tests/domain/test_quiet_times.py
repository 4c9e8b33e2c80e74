"""Several quiet times (the night and lunch, say): no reminder falls in any of them, each may cross
midnight, empty or overlapping ones are refused with the quiet time named, and the one quiet time
stored before there could be several still reads."""

import json
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.domain.reminders import ReminderSettings
from coach.domain.schedule import (
    MAX_QUIET_TIMES,
    MOVEMENT_MAX_MINUTES,
    MOVEMENT_MIN_MINUTES,
    DailyWindow,
    MovementRule,
    QuietTimeError,
    ReminderKind,
    ScheduleError,
    TimedRule,
    UserDay,
    end_of_quiet,
    in_quiet_hours,
    local,
    missed,
    next_movement,
    next_timed,
    windows_overlap,
)
from tests.domain.schedule_strategies import QUARTERS, any_windows, quarter, quiet_times

BERLIN = ZoneInfo("Europe/Berlin")
ZONES = [BERLIN, ZoneInfo("America/New_York"), ZoneInfo("Australia/Sydney"), ZoneInfo("UTC")]
NO_DST = [ZoneInfo("UTC"), ZoneInfo("Asia/Kolkata")]  # every wall-clock time exists once
NIGHT = DailyWindow(time(21), time(7, 30))
LUNCH = DailyWindow(time(12), time(13))
DAY = UserDay(quiet=(NIGHT, LUNCH))

moments = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(UTC)
)
quarter_hours = st.integers(0, QUARTERS - 1).map(quarter)
weekday_sets = st.frozensets(st.integers(0, 6), min_size=1)


def quiet_somewhere(day: UserDay, moment: datetime, zone: ZoneInfo) -> bool:
    """The oracle: is the local time of `moment` inside any of the day's quiet times?"""
    return any(window.contains(local(moment, zone).time()) for window in day.quiet)


# ---- the reminder schedule never speaks in any quiet time ---------------------------------------


@given(
    moments,
    st.sampled_from(ZONES),
    quiet_times(),
    st.lists(quarter_hours, min_size=1, max_size=6),
    weekday_sets,
)
def test_no_timed_reminder_falls_in_any_quiet_time(
    now: datetime,
    zone: ZoneInfo,
    quiet: tuple[DailyWindow, ...],
    times: list[time],
    weekdays: frozenset[int],
) -> None:
    day = UserDay(quiet=quiet)
    rule = TimedRule(ReminderKind.HEAT, tuple(times), weekdays)
    due = next_timed(rule, now, day, zone)
    if due is None:
        assert all(day.is_quiet(t) for t in times)  # every time is in a quiet time
        return
    assert due > now
    assert not quiet_somewhere(day, due, zone)


@given(
    moments,
    st.sampled_from(ZONES),
    quiet_times(max_size=MAX_QUIET_TIMES),
    st.integers(MOVEMENT_MIN_MINUTES, MOVEMENT_MAX_MINUTES),
    st.integers(0, 3 * 24 * 60),
)
def test_no_movement_break_falls_in_any_quiet_time(
    now: datetime,
    zone: ZoneInfo,
    quiet: tuple[DailyWindow, ...],
    every: int,
    minutes_since_break: int,
) -> None:
    day = UserDay(quiet=quiet)  # working hours 09:00-17:30, Monday to Friday
    rule = MovementRule(every)
    due = next_movement(rule, now - timedelta(minutes=minutes_since_break), now, day, zone)
    if due is None:
        return  # quiet times cover the working hours after the first interval on every day
    assert due > now
    shown = local(due, zone)
    assert shown.weekday() in day.work_days and day.work.start <= shown.time() < day.work.end
    assert not quiet_somewhere(day, due, zone)


@given(moments, st.sampled_from(ZONES), quiet_times(), st.integers(1, 72))
def test_nothing_counted_as_missed_was_in_a_quiet_time(
    since: datetime, zone: ZoneInfo, quiet: tuple[DailyWindow, ...], hours: int
) -> None:
    day = UserDay(quiet=quiet)
    rule = TimedRule(ReminderKind.CHECKIN, tuple(quarter(q) for q in range(0, QUARTERS, 8)))
    summary = missed(rule, since, since + timedelta(hours=hours), day, zone)
    for moment in summary.moments if summary else ():
        assert not quiet_somewhere(day, moment, zone)


@given(moments, st.sampled_from(ZONES), quiet_times())
def test_quiet_hours_end_at_a_moment_that_is_not_quiet(
    moment: datetime, zone: ZoneInfo, quiet: tuple[DailyWindow, ...]
) -> None:
    day = UserDay(quiet=quiet)
    end = end_of_quiet(moment, day, zone)
    assert end >= moment and not in_quiet_hours(end, day, zone)
    assert (end == moment) == (not in_quiet_hours(moment, day, zone))
    assert end - moment <= timedelta(hours=25)


@given(moments, st.sampled_from(NO_DST), quiet_times())
def test_quiet_hours_end_no_later_than_they_must(
    moment: datetime, zone: ZoneInfo, quiet: tuple[DailyWindow, ...]
) -> None:
    """Every minute from `moment` to the end of its quiet hours is quiet: the end is the first
    moment that is not (in a zone without daylight saving, where every time of day exists)."""
    day = UserDay(quiet=quiet)
    end = end_of_quiet(moment, day, zone)
    step = moment
    while step < end:
        assert in_quiet_hours(step, day, zone)
        step += timedelta(minutes=1)


def test_the_night_and_lunch_both_hold_reminders_back() -> None:
    """The report: a 12-13 lunch quiet time wiped out the night. Both now hold."""
    rule = TimedRule(ReminderKind.CHECKIN, (time(6), time(12, 30), time(17), time(22)))
    monday = datetime(2025, 6, 2, 0, tzinfo=UTC)  # 02:00 in Berlin
    due = [next_timed(rule, monday, DAY, BERLIN)]
    while len(due) < 3:
        last = due[-1]
        assert last is not None
        due.append(next_timed(rule, last, DAY, BERLIN))
    assert [local(d, BERLIN).time() for d in due if d] == [time(17), time(17), time(17)]
    movement = next_movement(
        MovementRule(30), monday + timedelta(hours=9, minutes=40), monday, DAY, BERLIN
    )
    assert movement is not None and local(movement, BERLIN).time() == time(13)  # after lunch


def test_quiet_times_that_follow_each_other_end_together() -> None:
    """21:00-07:30 and 07:30-08:00 touch (they do not overlap): quiet hours end at 08:00."""
    day = UserDay(quiet=(NIGHT, DailyWindow(time(7, 30), time(8))))
    at_night = datetime(2025, 6, 2, 21, tzinfo=UTC)  # 23:00 in Berlin
    assert local(end_of_quiet(at_night, day, BERLIN), BERLIN).time() == time(8)


def test_no_quiet_times_at_all_is_allowed() -> None:
    day = UserDay(quiet=())
    now = datetime(2025, 6, 2, 1, tzinfo=UTC)  # 03:00 in Berlin
    rule = TimedRule(ReminderKind.CHECKIN, (time(4),))
    due = next_timed(rule, now, day, BERLIN)
    assert due is not None and local(due, BERLIN).time() == time(4)
    assert end_of_quiet(now, day, BERLIN) == now


# ---- what cannot work is refused, naming the quiet time ------------------------------------------


@given(any_windows(max_size=5))
def test_quiet_times_are_refused_exactly_when_one_is_empty_or_two_share_a_moment(
    windows: list[DailyWindow],
) -> None:
    """The oracle counts, for each quarter hour of the day (every boundary is on one), how many of
    the quiet times hold it."""
    empty = any(w.start == w.end for w in windows)
    shared = any(sum(w.contains(quarter(q)) for w in windows) > 1 for q in range(QUARTERS))
    try:
        UserDay(quiet=tuple(windows))
    except QuietTimeError as error:
        assert empty or shared
        assert 1 <= error.number <= len(windows)
    else:
        assert not empty and not shared


@given(quarter_hours, quarter_hours, quarter_hours, quarter_hours)
def test_overlap_is_symmetric(a: time, b: time, c: time, d: time) -> None:
    one, other = DailyWindow(a, b), DailyWindow(c, d)
    assert windows_overlap(one, other) == windows_overlap(other, one)


@pytest.mark.parametrize(
    ("quiet", "number", "message"),
    [
        (
            (NIGHT, DailyWindow(time(12), time(12))),
            2,
            "quiet time 2 starts and ends at 12:00: give it an end that differs from its start",
        ),
        (
            (NIGHT, LUNCH, DailyWindow(time(6), time(8))),
            3,
            "quiet times 1 (21:00 to 07:30) and 3 (06:00 to 08:00) overlap: change one of them so "
            "that they do not, or remove one",
        ),
        (
            (LUNCH, DailyWindow(time(23), time(12, 15))),  # crosses midnight into lunch
            2,
            "quiet times 1 (12:00 to 13:00) and 2 (23:00 to 12:15) overlap",
        ),
    ],
)
def test_an_impossible_quiet_time_is_named(
    quiet: tuple[DailyWindow, ...], number: int, message: str
) -> None:
    with pytest.raises(QuietTimeError) as raised:
        UserDay(quiet=quiet)
    assert str(raised.value).startswith(message)
    assert raised.value.number == number


def test_at_most_six_quiet_times() -> None:
    many = tuple(DailyWindow(time(hour), time(hour, 30)) for hour in range(MAX_QUIET_TIMES + 1))
    with pytest.raises(ScheduleError, match="at most 6 quiet times"):
        UserDay(quiet=many)


# ---- stored and read back -------------------------------------------------------------------------


@given(quiet_times(max_size=MAX_QUIET_TIMES))
def test_several_quiet_times_read_back_as_stored(quiet: tuple[DailyWindow, ...]) -> None:
    settings = ReminderSettings(day=UserDay(quiet=quiet))
    stored = json.loads(settings.encode())
    assert stored["quiet_hours"] == [[f"{w.start:%H:%M}", f"{w.end:%H:%M}"] for w in quiet]
    assert ReminderSettings.decode(settings.encode()) == settings


@pytest.mark.parametrize(
    ("stored", "read"),
    [
        (["22:00", "06:00"], (DailyWindow(time(22), time(6)),)),
        (["12:00", "13:00"], (LUNCH,)),
        (["00:00", "00:00"], ()),  # the same time twice meant no quiet hours
        ([], ()),
        ([["21:00", "07:30"], ["12:00", "13:00"]], (NIGHT, LUNCH)),
    ],
)
def test_the_single_quiet_time_stored_before_still_reads(
    stored: list[object], read: tuple[DailyWindow, ...]
) -> None:
    data = json.loads(ReminderSettings().encode())
    data["quiet_hours"] = stored
    assert ReminderSettings.decode(json.dumps(data)).day.quiet == read


@pytest.mark.parametrize(
    ("stored", "message"),
    [
        ([["21:00"]], "'quiet_hours' holds [['21:00']]; expected a list of quiet times"),
        ([["21:00", "25:00"]], "'quiet_hours' holds '25:00'"),
        ([["21:00", "07:30"], ["07:00", "08:00"]], "quiet times 1 (21:00 to 07:30) and 2"),
        ("21:00-07:30", "'quiet_hours' holds '21:00-07:30'"),
    ],
)
def test_quiet_hours_that_cannot_be_read_are_named(stored: object, message: str) -> None:
    data = json.loads(ReminderSettings().encode())
    data["quiet_hours"] = stored
    with pytest.raises(ScheduleError, match="reminder setting") as raised:
        ReminderSettings.decode(json.dumps(data))
    assert message in str(raised.value)
