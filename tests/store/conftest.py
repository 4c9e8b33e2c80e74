from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.store.db import Database, open_database


class StoreDirs:
    def __init__(self, root: Path) -> None:
        self.db = root / "coach.sqlite3"
        self.backups = root / "backups"
        self.damaged = root / "damaged"

    def open(self, clock: FakeClock, keep: int = 7) -> Database:
        return open_database(self.db, clock, self.backups, self.damaged, keep_backups=keep)


@pytest.fixture
def dirs(tmp_path: Path) -> StoreDirs:
    return StoreDirs(tmp_path / "store")


@pytest.fixture
def clock() -> Iterator[FakeClock]:
    yield FakeClock(datetime(2026, 5, 4, 12, 0, tzinfo=UTC))
