"""The services' core: the change hub, the one translation of store errors into words, and the
store as start-up opens it."""

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from coach.clock import FakeClock
from coach.domain.messages import Message
from coach.services.changes import Change, Changes
from coach.services.context import ServiceContext
from coach.services.errors import ServiceError, store_failure, unsaved_write
from coach.services.settings import SettingsService
from coach.services.storage import StorageService, open_storage
from coach.store.faults import StoreError
from tests.services.conftest import read_only


def test_listeners_hear_each_change_until_they_unsubscribe() -> None:
    changes = Changes()
    first: list[Change] = []
    second: list[Change] = []
    stop_first = changes.subscribe(first.append)
    changes.subscribe(second.append)
    changes.announce(Change.CHECKINS)
    stop_first()
    stop_first()  # twice is harmless
    changes.announce(Change.PLAN)
    assert first == [Change.CHECKINS]
    assert second == [Change.CHECKINS, Change.PLAN]


def test_a_listener_may_unsubscribe_while_a_change_is_announced() -> None:
    changes = Changes()
    heard: list[str] = []
    stops: list[object] = []

    def once(change: Change) -> None:
        heard.append(f"once {change}")
        stop = stops[0]
        assert callable(stop)
        stop()

    stops.append(changes.subscribe(once))
    changes.subscribe(lambda change: heard.append(f"always {change}"))
    changes.announce(Change.TIMERS)
    changes.announce(Change.TIMERS)
    assert heard == ["once timers", "always timers", "always timers"]


def test_a_fault_outside_coach_keeps_the_stores_words(context: ServiceContext) -> None:
    with read_only(context), pytest.raises(sqlite3.Error) as caught:
        context.repo.add_checkin(5)
    failure = store_failure(caught.value, "saving a check-in")
    database = context.repo.connection.execute("PRAGMA database_list").fetchone()[2]
    assert str(failure.message).startswith(f"Not saved: {database} is read-only.")
    assert failure.outside_coach
    assert failure.cause is caught.value
    assert str(failure) == str(failure.message)
    assert unsaved_write(caught.value) is not None
    assert unsaved_write(failure) is failure


def test_any_other_sqlite_error_is_not_saved_in_sqlites_words() -> None:
    error = sqlite3.IntegrityError("CHECK constraint failed: pain")
    failure = store_failure(error, "saving a check-in")
    # The template the store's faults use: it is translated already ("Nicht gespeichert: ...").
    assert failure.message == Message("Not saved: {reason}", reason="CHECK constraint failed: pain")
    assert not failure.outside_coach
    assert unsaved_write(failure) is None
    assert unsaved_write(RuntimeError("boom")) is None


def test_a_store_that_cannot_be_opened_is_a_service_error(tmp_path: Path, clock: FakeClock) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(ServiceError) as caught:
        open_storage(blocked / "coach.sqlite3", tmp_path / "b", tmp_path / "d", clock)
    assert isinstance(caught.value.cause, StoreError)
    assert str(caught.value).startswith("Coach could not open its database")


def test_the_store_as_start_up_and_the_selftest_see_it(
    storage: StorageService, clock: FakeClock
) -> None:
    assert storage.path.name == "coach.sqlite3"
    assert storage.schema_version() > 0
    assert storage.repairs() == []
    storage.probe_write()
    SettingsService(storage.context).save(SettingsService(storage.context).load()[0])
    backup = storage.back_up_if_due()
    assert backup is not None and backup.parent == storage.backup_dir
    assert storage.back_up_if_due() is None  # once a day


def test_a_probe_write_that_is_refused_says_not_saved(storage: StorageService) -> None:
    with read_only(storage.context), pytest.raises(ServiceError) as caught:
        storage.probe_write()
    assert str(caught.value).startswith("Not saved: ")


FULL_SYNC = 2  # PRAGMA synchronous: every commit of the user's data reaches the disk


def test_the_probe_write_leaves_the_store_as_it_was_and_syncing_every_commit(
    storage: StorageService,
) -> None:
    connection = storage.database.connection
    rows_before = connection.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
    storage.probe_write()  # its own two commits skip the disk sync (nothing of the user's)
    assert connection.execute("PRAGMA synchronous").fetchone() == (FULL_SYNC,)
    assert connection.execute("SELECT key, value FROM settings ORDER BY key").fetchall() == (
        rows_before
    )
    with read_only(storage.context), pytest.raises(ServiceError):
        storage.probe_write()
    assert connection.execute("PRAGMA synchronous").fetchone() == (FULL_SYNC,)


def test_settings_are_saved_and_announced(context: ServiceContext, announced: list[Change]) -> None:
    service = SettingsService(context)
    settings, problems = service.load()
    assert problems == []
    changed = settings._replace(sound_enabled=not settings.sound_enabled)
    service.save(changed)
    assert service.load()[0] == changed
    assert announced == [Change.SETTINGS]
    with read_only(context), pytest.raises(ServiceError):
        service.save(settings)
    assert announced == [Change.SETTINGS]  # nothing saved, nothing announced
    assert service.load()[0] == changed


def test_window_geometry_and_first_run(context: ServiceContext, announced: list[Change]) -> None:
    service = SettingsService(context)
    assert service.window_geometry() is None
    service.save_window_geometry(b"\x01\x02")
    assert service.window_geometry() == b"\x01\x02"
    assert service.needs_first_run()
    assert announced == []  # the window's place changes nothing shown


def test_a_cache_that_subscribes_first_forgets_before_screens_read_again() -> None:
    changes = Changes()
    heard: list[str] = []
    changes.subscribe(lambda change: heard.append("screen"))
    stop_cache = changes.subscribe(lambda change: heard.append("cache"), first=True)
    changes.subscribe(lambda change: heard.append("second cache"), first=True)
    changes.announce(Change.PLAN)
    assert heard == ["cache", "second cache", "screen"]
    stop_cache()
    changes.subscribe(lambda change: heard.append("third cache"), first=True)
    heard.clear()
    changes.announce(Change.PLAN)
    assert heard == ["second cache", "third cache", "screen"]


def test_a_listener_stopped_by_another_during_an_announcement_is_not_called() -> None:
    changes = Changes()
    heard: list[str] = []
    stops: list[Callable[[], None]] = []
    changes.subscribe(lambda change: stops[0]())
    stops.append(changes.subscribe(lambda change: heard.append("stopped one")))
    changes.announce(Change.DATA)
    assert heard == []
