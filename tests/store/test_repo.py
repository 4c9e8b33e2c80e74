from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.clock import FakeClock
from coach.domain.session import StepResult
from coach.domain.settings import AppSettings, Theme
from coach.store.repo import Repo
from tests.store.conftest import StoreDirs


@pytest.fixture
def repo(dirs: StoreDirs, clock: FakeClock) -> Repo:
    return Repo(dirs.open(clock).connection, clock)


def test_settings_round_trip_through_the_store(
    dirs: StoreDirs, clock: FakeClock, repo: Repo
) -> None:
    wanted = AppSettings(
        sound_enabled=False, theme=Theme.LIGHT, close_to_tray=False, start_minimised=True
    )
    repo.save_settings(wanted)
    reopened = Repo(dirs.open(clock).connection, clock)
    assert reopened.load_settings() == (wanted, [])


def test_a_bad_stored_setting_is_reported_not_hidden(repo: Repo) -> None:
    repo.save_settings(AppSettings(theme=Theme.DARK))
    repo._db.execute("UPDATE settings SET value = '\"neon\"' WHERE key = 'theme'")
    settings, problems = repo.load_settings()
    assert settings.theme is Theme.SYSTEM
    assert [p.key for p in problems] == ["theme"]


def test_window_geometry_round_trip_and_garbage(repo: Repo) -> None:
    assert repo.load_window_geometry() is None
    repo.save_window_geometry(b"\x01\xd9\xd0\xcb geometry")
    assert repo.load_window_geometry() == b"\x01\xd9\xd0\xcb geometry"
    repo._db.execute("UPDATE settings SET value = '!!!' WHERE key = 'ui.window_geometry'")
    assert repo.load_window_geometry() is None


def test_checkins_are_stored_and_found_by_time(repo: Repo, clock: FakeClock) -> None:
    first = repo.add_checkin(3, "morning")
    clock.advance(3600)
    second = repo.add_checkin(5)
    start = first.at
    assert repo.checkins_between(start, start + timedelta(minutes=30)) == [first]
    assert repo.checkins_between(start, start + timedelta(hours=2)) == [first, second]
    assert repo.count_checkins() == 2


def test_off_scale_checkin_is_refused_and_nothing_is_written(repo: Repo) -> None:
    with pytest.raises(ValueError):
        repo.add_checkin(11)
    assert repo.count_checkins() == 0


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 10), st.integers(0, 10**7)), max_size=15))
def test_range_queries_agree_with_a_plain_filter(
    repo: Repo, clock: FakeClock, entries: list[tuple[int, int]]
) -> None:
    repo._db.execute("DELETE FROM checkins")
    base = clock.now()
    stored = [repo.add_checkin(pain, at=base + timedelta(seconds=s)) for pain, s in entries]
    start, end = base + timedelta(seconds=1000), base + timedelta(seconds=5 * 10**6)
    expected = sorted((c for c in stored if start <= c.at < end), key=lambda c: (c.at, c.id))
    assert repo.checkins_between(start, end) == expected


def _result(position: int, completed: bool, clock: FakeClock) -> StepResult:
    return StepResult(position, "chin_tuck", clock.now(), clock.now(), completed, 5, 25.0)


def test_an_exercise_done_twice_counts_once(repo: Repo, clock: FakeClock) -> None:
    """Review finding: going back over a finished exercise made the summary say 3 of 2."""
    from coach.domain.exercises import Dosage
    from coach.domain.routines import Routine, RoutineStep

    plan = Routine("r", "R", "", (RoutineStep("chin_tuck", Dosage(hold_seconds=5)),) * 2)
    session_id = repo.start_session(plan, None)
    for position, completed in ((0, True), (0, True), (1, False)):
        repo.record_step(session_id, _result(position, completed, clock))
    record = repo.session(session_id)
    assert record is not None
    assert (record.steps_completed, record.steps_recorded) == (1, 3)


def test_saving_a_routine_deleted_meanwhile_stores_it_again(repo: Repo) -> None:
    from coach.domain.exercises import Dosage, load_library
    from coach.domain.routines import Routine, RoutineStep
    from tests.helpers import REPO_ROOT

    library = load_library(REPO_ROOT / "resources" / "exercises")
    saved = repo.save_routine(
        Routine("", "Mine", "", (RoutineStep("chin_tuck", Dosage(hold_seconds=5)),)), library
    )
    repo.delete_routine(saved)
    again = repo.save_routine(saved.renamed("Mine again"), library)
    assert again.id != saved.id
    assert [r.name for r in repo.user_routines(library)[0]] == ["Mine again"]


def test_a_routines_steps_are_dated_by_the_users_last_edit_not_its_name(
    repo: Repo, clock: FakeClock
) -> None:
    """What ends a dose accepted before (coach.domain.dosing.since_edit): setting the steps,
    even to what they were; a new name keeps it."""
    from coach.domain.exercises import Dosage, load_library
    from coach.domain.routines import Routine, RoutineStep
    from tests.helpers import REPO_ROOT

    library = load_library(REPO_ROOT / "resources" / "exercises")
    saved = repo.save_routine(
        Routine("", "Mine", "", (RoutineStep("chin_tuck", Dosage(hold_seconds=5)),)), library
    )
    created = clock.now()
    assert repo.routine_steps_changed_at(saved.id) == created
    clock.advance(60)
    repo.save_routine(saved.renamed("Still mine"), library, steps_edited=False)
    assert repo.routine_steps_changed_at(saved.id) == created
    clock.advance(60)
    repo.save_routine(saved, library)  # the same steps, set again by the user
    assert repo.routine_steps_changed_at(saved.id) == clock.now()
    assert repo.routine_steps_changed_at("desk_reset") is None
    assert repo.routine_steps_changed_at("user:999") is None
    for unreadable in ("yesterday", "2026-06-10T09:30:00"):  # the second has no time zone
        repo._db.execute("UPDATE routines SET updated_at = ?", (unreadable,))
        assert repo.routine_steps_changed_at(saved.id) is None  # logged, not raised
    assert repo.active_plan_id() is None
