"""Someone who answered "yes" to an urgent first-run question before Coach kept safety flags
(store schema version 11) gets the same care as someone answering now (issue 17, point 3;
CLINICAL.md section 4a, persistence): their old store, opened by this Coach, shows Today's banner
and holds exercise reminders until they say a clinician has checked it."""

import json
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from coach import paths
from coach.clock import FakeClock
from coach.domain.safety import RedFlag
from coach.domain.schedule import ReminderKind
from coach.services.changes import Change
from coach.store.onboarding import ONBOARDING_KEY
from coach.ui.lifecycle import startup
from coach.ui.pages.today.safety_banner import moment_text
from coach.ui.runners.presence import Presence
from coach.ui.runners.reminder_controller import ReminderController
from coach.ui.shell.main_window import MainWindow
from coach.ui.text.advice import Situation, red_flag_label, situation_sentence
from tests.services.test_safety import ANSWERED_AT, OLD_ANSWERS, build_old_store
from tests.ui.test_reminders import FakePresence
from tests.ui.test_safety_flags import held

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def old_services(clock: FakeClock) -> Iterator[startup.Services]:
    """The services of an old store (schema version 10, an urgent "yes" in its first-run
    answers), opened the way the app opens its store."""
    build_old_store(paths.database_path())
    opened = startup.open_services(clock)
    yield opened
    opened.close()


def test_an_old_urgent_yes_shows_on_today_and_holds_exercise_reminders(
    qtbot: QtBot,
    old_services: startup.Services,
    clock: FakeClock,
    quit_calls: list[bool],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = startup.build_window(old_services, False)
    qtbot.addWidget(window)
    window.show()
    presence: Presence = FakePresence()
    reminders = ReminderController(
        old_services.context,
        old_services.change_signal,
        presence,
        zone=lambda: BERLIN,
        parent=window,
        safety=window.safety,
    )
    window.reminders = reminders
    reminders.start()

    banner = window.today.safety_banner
    assert banner is not None and banner.isVisibleTo(window.today)
    text = banner.text.text()
    assert red_flag_label(RedFlag.CHEST_PAIN) in text
    assert red_flag_label(RedFlag.LIMB_WEAKNESS) in text  # asked then, same day now
    assert red_flag_label(RedFlag.WEIGHT_LOSS) not in text  # a doctor soon: not kept
    assert situation_sentence(Situation.EMERGENCY) in text
    assert moment_text(datetime.fromisoformat(ANSWERED_AT)) in text  # when it was answered

    assert held(reminders)
    due = reminders.next_due()
    assert ReminderKind.ROUTINE not in due
    assert ReminderKind.MOVEMENT in due and ReminderKind.CHECKIN in due
    assert reminders.settings.routine.enabled  # the user's own settings are kept

    # "A clinician has checked this": the reminders come back, and the flag stays cleared.
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(banner.clear_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisibleTo(window.today)
    assert not held(reminders) and ReminderKind.ROUTINE in reminders.next_due()
    window.close()


def test_reopened_after_the_check_the_old_answer_is_not_flagged_again(
    old_services: startup.Services, clock: FakeClock
) -> None:
    (flag,) = old_services.repo.open_safety_flags()
    old_services.repo.clear_safety_flags()
    old_services.close()
    again = startup.open_services(clock)
    try:
        assert not again.repo.has_open_safety_flags()
        (kept,) = again.repo.safety_flags_between(flag.raised_at, clock.now())
        assert kept.id == flag.id and kept.cleared_at == clock.now()
    finally:
        again.close()


def test_an_imported_old_urgent_yes_shows_on_today_at_once(
    window: MainWindow, services: startup.Services
) -> None:
    """A backup from before safety flags, imported in the running app (the data service then
    announces Change.DATA): its urgent "yes" is flagged without a restart."""
    assert not window.safety.any_open()
    services.repo.connection.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        (ONBOARDING_KEY, json.dumps(OLD_ANSWERS, sort_keys=True)),
    )
    services.context.changes.announce(Change.DATA)
    banner = window.today.safety_banner
    assert banner is not None and banner.isVisibleTo(window.today)
    assert red_flag_label(RedFlag.CHEST_PAIN) in banner.text.text()
    (flag,) = services.repo.open_safety_flags()
    assert flag.raised_at == datetime.fromisoformat(ANSWERED_AT)
