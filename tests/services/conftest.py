"""A real store in a temporary folder under services, and the changes they announce."""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.storage import StorageService, open_storage


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 6, 10, 9, 30, tzinfo=UTC))


@pytest.fixture
def storage(tmp_path: Path, clock: FakeClock) -> Iterator[StorageService]:
    opened = open_storage(
        tmp_path / "store" / "coach.sqlite3",
        tmp_path / "store" / "backups",
        tmp_path / "store" / "damaged",
        clock,
    )
    yield opened
    opened.close()


@pytest.fixture
def context(storage: StorageService) -> ServiceContext:
    return storage.context


@pytest.fixture
def announced(context: ServiceContext) -> list[Change]:
    """Every change the services announce, in order."""
    seen: list[Change] = []
    context.changes.subscribe(seen.append)
    return seen


@contextmanager
def read_only(context: ServiceContext) -> Iterator[None]:
    """The store refuses writes as a read-only file does (a real SQLITE_READONLY)."""
    connection: sqlite3.Connection = context.repo.connection
    connection.execute("PRAGMA query_only = ON")
    try:
        yield
    finally:
        connection.execute("PRAGMA query_only = OFF")
