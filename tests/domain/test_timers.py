"""The deadline model of heat, rest and custom timers, driven by a fake clock."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.clock import FakeClock
from coach.domain.heat import BodyArea, HeatLimitError, HeatLimits, HeatSource
from coach.domain.timers import (
    REST_MAX_MINUTES,
    SkinCheckDue,
    Timer,
    TimerBoard,
    TimerError,
    TimerFinished,
    TimerKind,
    TimerProblem,
    TimerStatus,
)

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)


def board() -> tuple[FakeClock, TimerBoard]:
    clock = FakeClock(START)
    return clock, TimerBoard(clock)


def test_a_timer_ends_at_its_deadline_once() -> None:
    clock, timers = board()
    timer = timers.start(TimerKind.CUSTOM, 300, "tea")
    assert timer.deadline_at == START + timedelta(minutes=5)
    clock.advance(299.9)
    assert timers.due() == []
    assert timers.seconds_until_next() == pytest.approx(0.1)
    clock.advance(0.1)
    events = timers.due()
    assert events == [TimerFinished(timer, 0.0)]
    assert timer.status is TimerStatus.COMPLETED
    assert timer.actual_seconds == 300 and timer.ended_at == START + timedelta(minutes=5)
    assert timers.due() == [] and timers.active == [] and timers.seconds_until_next() is None


def test_pause_and_resume_shift_the_deadline_by_the_paused_time() -> None:
    clock, timers = board()
    timer = timers.start(TimerKind.REST, 120)
    clock.advance(50)
    timers.pause(timer)
    assert timer.remaining_paused == 70 and timer.deadline_at is None
    clock.advance(1000)  # paused time does not count
    assert timers.remaining(timer) == 70 and timers.elapsed(timer) == 50
    assert timers.seconds_until_next() is None
    timers.resume(timer)
    assert timer.deadline_at == START + timedelta(seconds=1120)
    clock.advance(69)
    assert timers.due() == []
    clock.advance(1)
    assert timers.due() == [TimerFinished(timer, 0.0)]
    assert timer.actual_seconds == 120


def test_extend_adds_running_time_while_running_or_paused() -> None:
    clock, timers = board()
    timer = timers.start(TimerKind.CUSTOM, 60)
    clock.advance(30)
    timers.extend(timer, 45)
    assert timers.remaining(timer) == 75 and timer.planned_seconds == 105
    timers.pause(timer)
    timers.extend(timer, 15)
    assert timers.remaining(timer) == 90 and timer.planned_seconds == 120
    with pytest.raises(TimerError):
        timers.extend(timer, 0)


def test_stop_records_the_running_time_it_had() -> None:
    clock, timers = board()
    timer = timers.start(TimerKind.HEAT, 900, source=HeatSource.PAD, area=BodyArea.NECK)
    clock.advance(200)
    timers.pause(timer)
    clock.advance(500)
    timers.stop(timer)
    assert timer.status is TimerStatus.STOPPED
    assert timer.actual_seconds == 200
    assert timer.ended_at == START + timedelta(seconds=700)
    assert timers.active == []
    with pytest.raises(TimerError):
        timers.stop(timer)


def test_heat_is_held_to_the_cap_when_started_and_when_extended() -> None:
    """CLINICAL.md section 1, hard cap 20 minutes (ABC, HSE); a plan may lower it."""
    _clock, timers = board()
    with pytest.raises(HeatLimitError, match="at most 20 minutes"):
        timers.start(TimerKind.HEAT, 21 * 60)
    timer = timers.start(TimerKind.HEAT, 15 * 60)
    timers.extend(timer, 5 * 60)
    with pytest.raises(HeatLimitError):
        timers.extend(timer, 1)
    lowered = HeatLimits(cap_minutes=12)
    with pytest.raises(HeatLimitError, match="at most 12 minutes"):
        timers.start(TimerKind.HEAT, 15 * 60, limits=lowered)
    short = timers.start(TimerKind.HEAT, 10 * 60, limits=lowered)
    with pytest.raises(HeatLimitError):
        timers.extend(short, 5 * 60, lowered)


def test_rest_breaks_stay_short_and_labels_stay_reasonable() -> None:
    """CLINICAL.md section 5: rest is limited, not inactivity (NHSBPT, RCGP)."""
    _clock, timers = board()
    with pytest.raises(TimerError, match="rest break"):
        timers.start(TimerKind.REST, (REST_MAX_MINUTES + 1) * 60)
    with pytest.raises(TimerError):
        timers.start(TimerKind.CUSTOM, 0)
    with pytest.raises(TimerError, match="label"):
        timers.start(TimerKind.CUSTOM, 60, "x" * 81)


def test_skin_check_comes_once_at_half_time_of_a_heat_session() -> None:
    """CLINICAL.md section 1: check the skin part-way (MPFT)."""
    clock, timers = board()
    timer = timers.start(TimerKind.HEAT, 600)
    rest = timers.start(TimerKind.REST, 900)
    assert timers.seconds_until_next() == 300
    clock.advance(299)
    assert timers.due() == []
    clock.advance(1)
    assert timers.due() == [SkinCheckDue(timer)]
    assert timers.due() == []
    assert timers.seconds_until_next() == 300
    clock.advance(300)
    assert timers.due() == [TimerFinished(timer, 0.0)]
    assert rest.skin_check_after is None


def test_a_deadline_that_passed_during_sleep_fires_once_saying_how_long_ago() -> None:
    clock, timers = board()
    heat = timers.start(TimerKind.HEAT, 900)
    clock.advance(60)
    clock.suspend(3600)  # asleep: wall and boot-time clocks move, the monotonic clock does not
    events = timers.due()
    assert events == [TimerFinished(heat, 3600 - 840)]  # no skin check after the end
    assert heat.ended_at == START + timedelta(seconds=900)
    assert heat.actual_seconds == 900
    assert timers.due() == []


def test_the_wall_clock_moved_back_an_hour_does_not_stretch_the_timer() -> None:
    clock, timers = board()
    timer = timers.start(TimerKind.CUSTOM, 600)
    clock.advance(100)
    clock.jump_wall(-3600)
    assert timers.remaining(timer) == 500
    assert timers.reconcile() == [timer]
    assert timer.deadline_at == clock.now() + timedelta(seconds=500)
    assert timers.reconcile() == []  # once moved, the two clocks agree again
    clock.advance(499)
    assert timers.due() == []
    clock.advance(1)
    assert timers.due() == [TimerFinished(timer, 0.0)]


def test_the_wall_clock_moved_forward_a_day_does_not_end_the_timer_early() -> None:
    clock, timers = board()
    timer = timers.start(TimerKind.REST, 300)
    clock.jump_wall(86400)
    assert timers.due() == []
    assert timers.remaining(timer) == 300
    assert timers.reconcile() == [timer]
    assert timer.deadline_at == clock.now() + timedelta(seconds=300)
    clock.advance(300)
    assert [type(e) for e in timers.due()] == [TimerFinished]


def test_small_disagreements_between_clocks_are_not_clock_changes() -> None:
    clock, timers = board()
    timers.start(TimerKind.CUSTOM, 600)
    clock.jump_wall(1.5)
    assert timers.reconcile() == []


def test_adopted_timers_resume_from_their_wall_deadline_after_a_restart() -> None:
    clock, timers = board()
    running = timers.start(TimerKind.HEAT, 900)
    paused = timers.start(TimerKind.CUSTOM, 600)
    clock.advance(100)
    timers.pause(paused)
    clock.advance(200)
    # A new run of the app: a new board, and a boot-time clock that started again (a reboot).
    later = FakeClock(clock.now(), monotonic_start=5.0)
    restarted = TimerBoard(later)
    restarted.adopt([running, paused])
    assert restarted.remaining(running) == 600
    assert restarted.remaining(paused) == 500
    later.advance(600)
    finished = restarted.due()
    assert finished == [TimerFinished(running, 0.0)]


def test_a_timer_that_ended_while_the_app_was_closed_is_reported_once() -> None:
    clock, timers = board()
    timer = timers.start(TimerKind.REST, 300)
    later = FakeClock(clock.now() + timedelta(hours=2))
    restarted = TimerBoard(later)
    restarted.adopt([timer])
    assert restarted.due() == [TimerFinished(timer, 7200 - 300)]
    assert timer.ended_at == START + timedelta(seconds=300)
    assert restarted.due() == []


def test_pausing_or_resuming_the_wrong_timer_is_refused() -> None:
    _clock, timers = board()
    timer = timers.start(TimerKind.CUSTOM, 60)
    with pytest.raises(TimerError):
        timers.resume(timer)
    timers.pause(timer)
    with pytest.raises(TimerError):
        timers.pause(timer)


OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(0, 400)),
        st.tuples(st.just("suspend"), st.floats(0, 4000)),
        st.tuples(st.just("jump"), st.floats(-90000, 90000)),
        st.tuples(st.just("pause"), st.just(0.0)),
        st.tuples(st.just("resume"), st.just(0.0)),
        st.tuples(st.just("extend"), st.floats(1, 300)),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(length=st.floats(1, 3000), operations=OPERATIONS)
def test_remaining_time_is_always_planned_time_minus_running_time(
    length: float, operations: list[tuple[str, float]]
) -> None:
    """Whatever happens, a timer ends exactly once, after exactly its planned running time."""
    clock, timers = board()
    timer = timers.start(TimerKind.CUSTOM, length)
    ran = 0.0  # running time, counted independently of the board
    planned = length
    finished: list[TimerFinished] = []

    def collect() -> None:
        timers.reconcile()
        finished.extend(e for e in timers.due() if isinstance(e, TimerFinished))

    for name, amount in operations:
        active = timer.status.active
        if name in ("advance", "suspend"):
            if timer.status is TimerStatus.RUNNING:
                ran += amount
            clock.advance(amount) if name == "advance" else clock.suspend(amount)
        elif name == "jump":
            clock.jump_wall(amount)
        elif name == "pause" and timer.status is TimerStatus.RUNNING:
            timers.pause(timer)
        elif name == "resume" and timer.status is TimerStatus.PAUSED:
            timers.resume(timer)
        elif name == "extend" and active:
            timers.extend(timer, amount)
            planned += amount
        collect()
        if timer.status.active:
            assert timers.remaining(timer) == pytest.approx(planned - ran, abs=1e-6)
            assert timers.remaining(timer) > 0
            assert finished == []
            if timer.status is TimerStatus.RUNNING:
                assert timer.deadline_at is not None
                wall_left = (timer.deadline_at - clock.now()).total_seconds()
                assert abs(wall_left - (planned - ran)) <= 2.0 + 1e-6
    if timer.status.active:
        if timer.status is TimerStatus.PAUSED:
            timers.resume(timer)
        clock.advance(planned - ran + 1e-6)
        collect()
    assert len(finished) == 1
    assert timer.actual_seconds == pytest.approx(planned)
    assert finished[0].late_seconds >= 0


def test_a_timer_past_its_deadline_cannot_be_stopped_paused_or_extended_but_ends() -> None:
    """After a wake-up the alarm may not have fired yet: a click then must not turn a finished
    session into one stopped early (or paused at 0:00)."""
    clock, timers = board()
    heat = timers.start(TimerKind.HEAT, 600, source=HeatSource.PAD, area=BodyArea.NECK)
    clock.suspend(900)
    for act in (timers.stop, timers.pause, lambda t: timers.extend(t, 300)):
        with pytest.raises(TimerError) as refused:
            act(heat)
        assert refused.value.reason is TimerProblem.ENDED
    (finished,) = [e for e in timers.due() if isinstance(e, TimerFinished)]
    assert finished.late_seconds == pytest.approx(300)
    assert heat.status is TimerStatus.COMPLETED and heat.actual_seconds == 600


def test_the_skin_check_moves_with_an_extension() -> None:
    clock, timers = board()
    heat = timers.start(TimerKind.HEAT, 600)
    timers.extend(heat, 300)  # check still to come: half-way through the new 15 minutes
    assert heat.skin_check_after == pytest.approx(450)
    clock.advance(450)
    assert [type(e) for e in timers.due()] == [SkinCheckDue]
    clock.advance(30)  # 8 minutes in, 7 left; the user adds 5
    timers.extend(heat, 300)
    assert heat.skin_check_after == pytest.approx(480 + 360)  # half-way through the 12 left
    clock.advance(360)
    assert [type(e) for e in timers.due()] == [SkinCheckDue]


def test_a_stored_timer_that_cannot_be_taken_over_is_set_aside_and_the_rest_run() -> None:
    _, timers = board()
    good = Timer(
        kind=TimerKind.REST,
        label="",
        planned_seconds=300,
        started_at=START,
        deadline_at=START + timedelta(minutes=5),
    )
    broken = Timer(kind=TimerKind.CUSTOM, label="x", planned_seconds=60, started_at=START)
    rejected = timers.adopt([broken, good])
    assert timers.active == [good]
    ((timer, problem),) = rejected
    assert timer is broken and problem.reason is TimerProblem.UNREADABLE


def test_can_extend_says_whether_the_kind_allows_more() -> None:
    _, timers = board()
    rest = timers.start(TimerKind.REST, 25 * 60)
    assert timers.can_extend(rest, 5 * 60)
    timers.extend(rest, 5 * 60)
    assert not timers.can_extend(rest, 5 * 60)  # REST_MAX_MINUTES reached
    heat = timers.start(TimerKind.HEAT, 15 * 60)
    assert timers.can_extend(heat, 5 * 60, HeatLimits())
    assert not timers.can_extend(heat, 5 * 60, HeatLimits(cap_minutes=15))
    custom = timers.start(TimerKind.CUSTOM, 12 * 3600 - 60, "long")
    assert not timers.can_extend(custom, 5 * 60)
