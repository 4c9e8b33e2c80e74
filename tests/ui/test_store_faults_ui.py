"""Writes the store refuses (issue 16, point 3): the user is told the change was NOT saved, why and
which file or folder; the check-in form keeps its answers to retry; the player says which records
are missing; the error dialog never claims that data is saved. The faults are real SQLite ones
(a page limit gives SQLITE_FULL, `query_only` gives SQLITE_READONLY)."""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coach import paths
from coach.clock import FakeClock
from coach.store.faults import StoreWriteError
from coach.ui.lifecycle import startup
from coach.ui.lifecycle.errors import ErrorReporter
from coach.ui.shell.main_window import MainWindow
from tests.helpers import committed_pains, nothing_moved_aside, page_name, run_until
from tests.ui.test_player import SHORT


@contextmanager
def _fault(connection: sqlite3.Connection, kind: str) -> Iterator[None]:
    if kind == "full":
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")
        try:
            yield
        finally:
            connection.execute("PRAGMA max_page_count = 1073741823")
    else:
        connection.execute("PRAGMA query_only = ON")
        try:
            yield
        finally:
            connection.execute("PRAGMA query_only = OFF")


EXPECTED = {
    "full": "Not saved: the disk holding {folder} is full. Free some space on that disk",
    "read-only": "Not saved: {db} is read-only. Make it writable again",
}


@pytest.mark.parametrize("kind", ["full", "read-only"])
def test_a_check_in_that_is_not_saved_says_so_and_keeps_the_answers(
    qtbot: QtBot, window: MainWindow, services: startup.Services, kind: str
) -> None:
    services.repo.add_checkin(2, "earlier")
    today = window.today
    long_note = "knee " * 3000  # more than the store's last page holds
    today._rating_group.button(6).click()
    today._note.setText(long_note)
    today.stiffness.set_rating(3)
    with _fault(services.database.connection, kind):
        qtbot.mouseClick(today._save, Qt.MouseButton.LeftButton)
        status = today._status.text()
    db = paths.database_path()
    assert status.startswith(EXPECTED[kind].format(folder=db.parent, db=db)), status
    assert status.endswith("Your answers are kept: press Save to try again.")
    assert "Saved:" not in status
    # The form still holds every answer ...
    assert today._rating_group.checkedId() == 6
    assert today._note.text() == long_note
    assert today.stiffness.rating() == 3
    assert today._save.isEnabled()
    assert committed_pains(paths.database_path()) == [2]
    assert nothing_moved_aside(paths.damaged_dir())
    # ... so once the fault is gone, Save stores it.
    qtbot.mouseClick(today._save, Qt.MouseButton.LeftButton)
    assert today._status.text().startswith("Saved: ")
    assert committed_pains(paths.database_path()) == [2, 6]


def test_the_player_says_which_records_were_not_saved(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> None:
    from coach.services.catalog import builtin_catalog

    window = make_window()
    window.speech_engine = "mock"
    routine = services.repo.save_routine(SHORT, builtin_catalog().library)
    window.start_routine(routine)
    player = window.player
    assert player is not None
    qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_4)
    session_id = player.session_id
    with _fault(services.database.connection, "read-only"):
        run_until(player, clock, "painAfter")
        assert "Not saved: " in player.running.cue_line.text() or player.save_problem
        qtbot.keyClick(player.after.buttons[0], Qt.Key.Key_2)
    assert page_name(player) == "summaryPage"
    summary = player.summary.summary_text.text()
    db = paths.database_path()
    assert "Some of this routine could not be saved and is missing from your history." in summary
    assert f"Not saved: {db} is read-only." in summary
    record = services.repo.session(session_id)
    assert record is not None and record.steps_completed == 0  # nothing pretended
    assert nothing_moved_aside(paths.damaged_dir())
    player.close()


def test_a_routine_that_cannot_be_recorded_is_not_started(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coach.services.catalog import builtin_catalog

    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_a: warned.append(text)
    )
    window = make_window()
    window.speech_engine = "mock"
    routine = services.repo.save_routine(SHORT, builtin_catalog().library)
    window.start_routine(routine)
    player = window.player
    assert player is not None
    with _fault(services.database.connection, "read-only"):
        qtbot.keyClick(player.before.buttons[0], Qt.Key.Key_4)
    assert page_name(player) == "painBefore"
    (text,) = warned
    assert text.startswith(f"Not saved: {paths.database_path()} is read-only.")
    assert services.repo.sessions_between(*_all_time()) == []
    player.close()


def _all_time() -> tuple[datetime, datetime]:
    return datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC)


def _dialog_text(
    monkeypatch: pytest.MonkeyPatch, error: BaseException, log_file: Path
) -> tuple[str, str]:
    shown: list[tuple[str, str]] = []

    def record(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    ErrorReporter(log_file)(type(error), error, None)
    (title_and_text,) = shown
    return title_and_text


def test_the_error_dialog_never_claims_a_failed_write_was_saved(
    qtbot: QtBot, services: startup.Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with (
        _fault(services.database.connection, "read-only"),
        pytest.raises(StoreWriteError) as caught,
    ):
        services.repo.add_checkin(5)
    title, text = _dialog_text(monkeypatch, caught.value, tmp_path / "coach.log")
    assert title == "Coach could not save"
    assert text.startswith(f"Not saved: {paths.database_path()} is read-only.")
    assert "your data is saved" not in text
    title, text = _dialog_text(monkeypatch, RuntimeError("boom"), tmp_path / "coach.log")
    assert "your data is saved" not in text
    assert "may not have been saved" in text
