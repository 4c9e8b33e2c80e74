"""Schema version 11: safety flags (CLINICAL.md section 4a, persistence), kept until the user says
a clinician has checked them; each write commits at once."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.domain.safety import SafetyFlag, Urgency
from coach.store.db import MIGRATIONS, SCHEMA_VERSION, connect, migrate, schema_version
from coach.store.repo import Repo
from tests.store.conftest import StoreDirs


def test_a_version_10_database_gains_the_safety_flags_and_keeps_its_data(
    tmp_path: Path, clock: FakeClock
) -> None:
    connection = connect(tmp_path / "v10.sqlite3")
    migrate(connection, MIGRATIONS[:10])
    assert schema_version(connection) == 10
    connection.execute(
        "INSERT INTO checkins (at, pain, note, symptoms)"
        " VALUES ('2026-05-01T08:00:00.000000+00:00', 4, 'old', 'severe_pain')"
    )
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert "safety_flags" not in tables
    assert migrate(connection) == SCHEMA_VERSION == 11
    repo = Repo(connection, clock)
    (checkin,) = repo.checkins_between(
        datetime(2026, 5, 1, tzinfo=UTC), datetime(2026, 5, 2, tzinfo=UTC)
    )
    assert (checkin.note, checkin.symptoms) == ("old", ("severe_pain",))
    # Nothing was open before: a symptom reported earlier raises no flag by itself.
    assert not repo.has_open_safety_flags() and repo.open_safety_flags() == []
    flag = repo.record_safety_flag(Urgency.SAME_DAY, ["severe_pain"], "check_in")
    assert repo.open_safety_flags() == [flag]


def test_flags_stay_open_until_cleared_and_are_found_by_period(
    dirs: StoreDirs, clock: FakeClock
) -> None:
    repo = Repo(dirs.open(clock).connection, clock)
    start = clock.now()
    first = repo.record_safety_flag(Urgency.EMERGENCY, ("chest_pain",), "first_run")
    assert first == SafetyFlag(first.id, start, Urgency.EMERGENCY, ("chest_pain",), "first_run")
    clock.advance(3600)
    second = repo.record_safety_flag(Urgency.SAME_DAY, ("clumsy_hands", "lhermitte"), "player")
    assert repo.has_open_safety_flags()
    assert repo.open_safety_flags() == [first, second]  # oldest first

    clock.advance(86400)
    assert repo.clear_safety_flags() == 2
    cleared_at = clock.now()
    assert repo.clear_safety_flags() == 0
    assert not repo.has_open_safety_flags() and repo.open_safety_flags() == []
    clock.advance(2 * 86400)
    third = repo.record_safety_flag(Urgency.SAME_DAY, ("high_fever",), "check_in")

    def between(a: datetime, b: datetime) -> list[int]:
        return [f.id for f in repo.safety_flags_between(a, b)]

    # Raised before the end, and open or cleared after the start.
    assert between(start - timedelta(days=1), start) == []
    assert between(start, start + timedelta(hours=2)) == [first.id, second.id]
    assert between(cleared_at - timedelta(hours=1), cleared_at) == [first.id, second.id]
    assert between(cleared_at + timedelta(seconds=1), third.raised_at) == []
    assert between(cleared_at + timedelta(seconds=1), third.raised_at + timedelta(seconds=1)) == [
        third.id
    ]
    (checked, _) = repo.safety_flags_between(start, start + timedelta(hours=2))
    assert checked.cleared_at == cleared_at and not checked.is_open


def test_only_what_persists_is_kept_and_names_are_plain(dirs: StoreDirs, clock: FakeClock) -> None:
    repo = Repo(dirs.open(clock).connection, clock)
    with pytest.raises(ValueError, match="does not persist"):
        repo.record_safety_flag(Urgency.SOON, ("neck_surgery",), "first_run")
    with pytest.raises(ValueError, match="plain name"):
        repo.record_safety_flag(Urgency.SAME_DAY, ("a,b",), "check_in")
    with pytest.raises(ValueError, match="at least one reason"):
        repo.record_safety_flag(Urgency.SAME_DAY, (), "check_in")
    assert not repo.has_open_safety_flags()


def test_an_unreadable_row_is_left_out_and_logged(
    dirs: StoreDirs, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    repo = Repo(dirs.open(clock).connection, clock)
    kept = repo.record_safety_flag(Urgency.SAME_DAY, ("both_arms",), "first_run")
    repo.connection.execute(
        "INSERT INTO safety_flags (raised_at, urgency, reasons, source)"
        " VALUES ('not a time', 'emergency', 'chest_pain', 'check_in')"
    )
    assert repo.open_safety_flags() == [kept]
    assert "cannot be read" in caplog.text
