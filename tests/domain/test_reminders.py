"""Reminder settings and state: defaults, and reading them back from what is stored."""

import json
from datetime import UTC, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.domain.reminders import ReminderSettings, ReminderState, held_for_safety
from coach.domain.schedule import (
    MOVEMENT_MAX_MINUTES,
    MOVEMENT_MIN_MINUTES,
    DailyWindow,
    MovementRule,
    ReminderKind,
    ScheduleError,
    TimedRule,
    UserDay,
)
from tests.domain.schedule_strategies import quiet_times

minutes = st.builds(time, st.integers(0, 23), st.integers(0, 59))
weekdays = st.frozensets(st.integers(0, 6), min_size=1)


@st.composite
def settings(draw: st.DrawFn) -> ReminderSettings:
    start = draw(st.builds(time, st.integers(0, 21), st.integers(0, 59)))
    end = draw(st.builds(time, st.integers(start.hour + 1, 23), st.integers(0, 59)))

    def timed(kind: ReminderKind) -> TimedRule:
        return TimedRule(
            kind,
            tuple(sorted(set(draw(st.lists(minutes, min_size=1, max_size=5))))),
            draw(weekdays),
            draw(st.booleans()),
            "desk_reset" if kind is ReminderKind.ROUTINE else "",
        )

    return ReminderSettings(
        UserDay(draw(weekdays), DailyWindow(start, end), draw(quiet_times())),
        MovementRule(
            draw(st.integers(MOVEMENT_MIN_MINUTES, MOVEMENT_MAX_MINUTES)), draw(st.booleans())
        ),
        timed(ReminderKind.ROUTINE),
        timed(ReminderKind.HEAT),
        timed(ReminderKind.CHECKIN),
    )


def test_defaults_remind_of_a_routine_breaks_and_the_check_in_but_not_heat() -> None:
    defaults = ReminderSettings()
    assert defaults.routine.enabled and defaults.routine.routine_id == "desk_reset"
    assert defaults.movement.enabled and defaults.movement.every_minutes == 30
    assert defaults.checkin.enabled and defaults.checkin.times == (time(17),)
    assert not defaults.heat.enabled
    assert [r.kind for r in defaults.rules()] == list(ReminderKind)


@given(settings())
def test_settings_read_back_as_stored(stored: ReminderSettings) -> None:
    assert ReminderSettings.decode(stored.encode()) == stored


@given(st.text(max_size=200))
def test_any_stored_text_reads_or_says_what_is_wrong(text: str) -> None:
    try:
        ReminderSettings.decode(text)
    except ScheduleError as error:
        assert str(error).startswith("reminder setting")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"movement": {"every_minutes": 5}}, "every 20 to 90 minutes"),
        ({"movement": {"every_minutes": "30"}}, "'movement.every_minutes' holds '30'"),
        ({"checkin": {"times": ["25:00"]}}, "'checkin.times' holds '25:00'"),
        ({"checkin": {"times": []}}, "'checkin': the checkin reminder needs at least one time"),
        ({"routine": {"weekdays": [7]}}, "'routine.weekdays' holds [7]"),
        ({"work_hours": ["17:00", "09:00"]}, "working hours must end after they start"),
        ({"quiet_hours": "22-07"}, "'quiet_hours' holds '22-07'"),
    ],
)
def test_a_wrong_field_is_named(change: dict[str, object], message: str) -> None:
    data = json.loads(ReminderSettings().encode())
    data.update(change)
    with pytest.raises(ScheduleError, match="reminder setting") as error:
        ReminderSettings.decode(json.dumps(data))
    assert message in str(error.value)


def test_missing_fields_take_their_defaults() -> None:
    assert ReminderSettings.decode("{}") == ReminderSettings()


def test_the_state_reads_back_as_stored() -> None:
    moment = datetime(2026, 6, 10, 9, 30, tzinfo=UTC)
    state = ReminderState(moment, moment, None, {ReminderKind.MOVEMENT: moment})
    assert ReminderState.decode(state.encode()) == state
    with pytest.raises(ValueError, match="time zone"):
        ReminderState.decode(json.dumps({"last_seen": "2026-06-10T09:30:00"}))


def test_a_safety_flag_holds_exercise_reminders_only() -> None:
    """CLINICAL.md 4a: while a flag is open, exercise reminders wait; movement breaks, heat and
    the check-in go on, and the user's own settings are kept for when it is cleared."""
    settings = ReminderSettings()
    held = held_for_safety(settings)
    assert not held.routine.enabled and held.routine.times == settings.routine.times
    assert (held.movement, held.heat, held.checkin, held.day) == (
        settings.movement,
        settings.heat,
        settings.checkin,
        settings.day,
    )


def test_a_reminder_in_quiet_hours_is_named_with_its_quiet_time() -> None:
    night, lunch = DailyWindow(time(21), time(7, 30)), DailyWindow(time(12), time(13))
    settings = ReminderSettings(
        day=UserDay(quiet=(night, lunch)),
        routine=TimedRule(
            ReminderKind.ROUTINE, (time(7), time(10, 30), time(12, 30)), routine_id="desk_reset"
        ),
        checkin=TimedRule(ReminderKind.CHECKIN, (time(22),)),
        heat=TimedRule(ReminderKind.HEAT, (time(23),), enabled=False),  # off: never comes anyway
    )
    assert [(c.kind, c.at, c.quiet) for c in settings.quiet_clashes()] == [
        (ReminderKind.ROUTINE, time(7), night),
        (ReminderKind.ROUTINE, time(12, 30), lunch),
        (ReminderKind.CHECKIN, time(22), night),
    ]
    # The quiet time's end is not in it: a reminder at 07:30 comes.
    at_the_end = TimedRule(ReminderKind.CHECKIN, (time(7, 30),))
    assert ReminderSettings(day=UserDay(quiet=(night,)), checkin=at_the_end).quiet_clashes() == []
    assert ReminderSettings().quiet_clashes() == []  # the defaults clash with nothing


@given(quiet_times(), st.lists(minutes, min_size=1, max_size=6, unique=True), st.booleans())
def test_quiet_clashes_are_exactly_the_times_the_schedule_skips(
    quiet: tuple[DailyWindow, ...], times: list[time], enabled: bool
) -> None:
    day = UserDay(quiet=quiet)
    checkin = TimedRule(ReminderKind.CHECKIN, tuple(sorted(times)), enabled=enabled)
    clashes = ReminderSettings(day=day, checkin=checkin).quiet_clashes()
    skipped = [moment for moment in sorted(times) if enabled and day.is_quiet(moment)]
    assert [clash.at for clash in clashes if clash.kind is ReminderKind.CHECKIN] == skipped
    assert all(clash.quiet.contains(clash.at) for clash in clashes)
