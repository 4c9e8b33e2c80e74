"""Timers in the store: running ones survive a restart, finished ones are the record of heat and
rest used, and the heat-safety answers are kept."""

from datetime import timedelta

import pytest

from coach.clock import FakeClock
from coach.domain.heat import BodyArea, Concern, HeatScreening, HeatSource, HeatUse
from coach.domain.timers import TimerBoard, TimerFinished, TimerKind, TimerStatus
from coach.store.repo import Repo
from tests.store.conftest import StoreDirs


@pytest.fixture
def repo(dirs: StoreDirs, clock: FakeClock) -> Repo:
    return Repo(dirs.open(clock).connection, clock)


def test_running_and_paused_timers_come_back_after_a_restart(
    dirs: StoreDirs, clock: FakeClock, repo: Repo
) -> None:
    board = TimerBoard(clock)
    heat = board.start(TimerKind.HEAT, 900, source=HeatSource.PAD, area=BodyArea.UPPER_BACK)
    tea = board.start(TimerKind.CUSTOM, 600, "tea")
    repo.save_timer(heat)
    repo.save_timer(tea)
    assert heat.id and tea.id and heat.id != tea.id
    clock.advance(120)
    board.pause(tea)
    repo.save_timer(tea)

    clock.advance(30)
    reopened = Repo(dirs.open(clock).connection, clock)
    restored = reopened.active_timers()
    assert [(t.id, t.kind, t.status) for t in restored] == [
        (heat.id, TimerKind.HEAT, TimerStatus.RUNNING),
        (tea.id, TimerKind.CUSTOM, TimerStatus.PAUSED),
    ]
    assert (restored[0].source, restored[0].area) == (HeatSource.PAD, BodyArea.UPPER_BACK)
    assert restored[0].deadline_at == heat.deadline_at
    assert restored[0].skin_check_after == 450
    assert (restored[1].label, restored[1].remaining_paused) == ("tea", 480)

    new_board = TimerBoard(clock)
    new_board.adopt(restored)
    assert new_board.remaining(restored[0]) == 750
    clock.advance(750)
    events = [e for e in new_board.due() if isinstance(e, TimerFinished)]
    assert [e.timer.id for e in events] == [heat.id]
    reopened.save_timer(events[0].timer)
    assert [t.id for t in reopened.active_timers()] == [tea.id]
    record = reopened.timers_between(clock.now() - timedelta(hours=1), clock.now())[0]
    assert (record.status, record.planned_seconds, record.actual_seconds) == (
        TimerStatus.COMPLETED,
        900,
        900,
    )
    assert record.ended_at == heat.started_at + timedelta(seconds=900)


def test_heat_uses_include_running_and_recent_sessions_only(clock: FakeClock, repo: Repo) -> None:
    board = TimerBoard(clock)
    old = board.start(TimerKind.HEAT, 600)
    clock.advance(600)
    board.due()
    repo.save_timer(old)
    rest = board.start(TimerKind.REST, 120)
    repo.save_timer(rest)
    clock.advance(5 * 3600)
    stopped = board.start(TimerKind.HEAT, 600)
    clock.advance(60)
    board.stop(stopped)
    repo.save_timer(stopped)
    running = board.start(TimerKind.HEAT, 600)
    repo.save_timer(running)
    since = clock.now() - timedelta(hours=3)
    assert repo.heat_uses_since(since) == [
        HeatUse(stopped.started_at, stopped.ended_at),
        HeatUse(running.started_at, None),
    ]


def test_heat_screening_answers_are_kept_and_bad_ones_reported(repo: Repo) -> None:
    assert repo.load_heat_screening() == (HeatScreening(), None)
    answers = HeatScreening(True, frozenset({Concern.DIABETES}))
    repo.save_heat_screening(answers)
    assert repo.load_heat_screening() == (answers, None)
    repo._db.execute("UPDATE settings SET value = '[1]' WHERE key = 'heat.screening'")
    screening, problem = repo.load_heat_screening()
    assert screening == HeatScreening()
    assert problem is not None and problem.key == "heat.screening"
