"""The completed sessions' start times (Unix seconds), newest first, a batch at a time (the streak)."""

from datetime import UTC, datetime, timedelta
from itertools import islice

import pytest

from coach.clock import FakeClock
from coach.domain.history import SessionStatus
from coach.store.query_base import stamp
from coach.store.repo import Repo
from tests.store.conftest import StoreDirs


@pytest.fixture
def repo(dirs: StoreDirs, clock: FakeClock) -> Repo:
    return Repo(dirs.open(clock).connection, clock)


def _add(repo: Repo, started_at: datetime, status: SessionStatus) -> None:
    repo.connection.execute(
        "INSERT INTO sessions (routine_id, routine_name, planned_seconds, started_at, status)"
        " VALUES ('desk_reset', 'Desk reset', 180, ?, ?)",
        (stamp(started_at), status.value),
    )


def _selects(repo: Repo) -> list[str]:
    statements: list[str] = []
    repo.connection.set_trace_callback(
        lambda sql: statements.append(sql) if sql.lstrip().startswith("SELECT") else None
    )
    return statements


def test_every_completed_start_comes_newest_first_across_batches_with_ties(repo: Repo) -> None:
    """Sessions that started at the same moment (a backup imported twice keeps both) straddle the
    batches' edges: none is lost or given twice. Ended-early and running ones are not routines
    done."""
    first = datetime(2016, 1, 4, 8, tzinfo=UTC)
    completed: list[datetime] = []
    for day in range(700):
        moment = first + timedelta(days=day)
        copies = 3 if day % 37 == 0 else 1
        for _ in range(copies):
            _add(repo, moment, SessionStatus.COMPLETED)
            completed.append(moment)
        _add(repo, moment + timedelta(hours=1), SessionStatus.ENDED_EARLY)
    _add(repo, first + timedelta(days=800), SessionStatus.IN_PROGRESS)
    newest_first = sorted((moment.timestamp() for moment in completed), reverse=True)
    assert list(repo.completed_session_starts()) == newest_first


def test_a_reader_that_stops_early_costs_one_small_read(repo: Repo) -> None:
    first = datetime(2016, 1, 4, 8, tzinfo=UTC)
    for day in range(3650):
        _add(repo, first + timedelta(days=day), SessionStatus.COMPLETED)
    selects = _selects(repo)
    latest = list(islice(repo.completed_session_starts(), 10))
    assert latest[0] == (first + timedelta(days=3649)).timestamp() and len(latest) == 10
    assert len(selects) == 1
    assert int(selects[0].rsplit("LIMIT", 1)[1]) <= 64  # a couple of months of rows at most
    selects.clear()
    assert sum(1 for _ in repo.completed_session_starts()) == 3650
    # Ten years in a handful of reads: each batch is twice the one before.
    assert len(selects) <= 8


def test_no_completed_session_reads_nothing(repo: Repo) -> None:
    _add(repo, datetime(2026, 1, 5, 8, tzinfo=UTC), SessionStatus.STOPPED_PAIN)
    assert list(repo.completed_session_starts()) == []
