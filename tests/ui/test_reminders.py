"""Reminders in the running window, on a fake clock: notices, snooze, start, skip, pause, what
was missed while away, full-screen windows, time away from the keyboard, and Settings."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.reminders import ReminderSettings
from coach.domain.schedule import ReminderKind
from coach.domain.timers import TimerKind
from coach.ui.lifecycle import startup
from coach.ui.pages.settings.reminders import ReminderSettingsPanel
from coach.ui.runners.notice import Notice
from coach.ui.runners.presence import Presence
from coach.ui.runners.reminder_controller import Reminder, ReminderController
from coach.ui.runners.reminder_notices import ReminderNotices
from coach.ui.shell.main_window import MainWindow, Page

BERLIN = ZoneInfo("Europe/Berlin")


class FakePresence(Presence):
    idle_source = "test"
    fullscreen_source = "test"

    def __init__(self) -> None:
        self.idle: float | None = 0.0
        self.fullscreen = False

    def idle_seconds(self) -> float | None:
        return self.idle

    def fullscreen_in_front(self) -> bool:
        return self.fullscreen


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 6, 10, 9, 30, tzinfo=UTC))  # Wednesday 11:30 in Berlin


@pytest.fixture
def presence() -> FakePresence:
    return FakePresence()


def make_reminders(
    window: MainWindow, services: startup.Services, clock: FakeClock, presence: Presence
) -> ReminderController:
    controller = ReminderController(
        services.context, services.change_signal, presence, zone=lambda: BERLIN, parent=window
    )
    window.reminders = controller
    ReminderNotices(controller, window)
    return controller


@pytest.fixture
def reminders(
    window: MainWindow, services: startup.Services, clock: FakeClock, presence: FakePresence
) -> ReminderController:
    controller = make_reminders(window, services, clock, presence)
    controller.start()
    return controller


def pass_time(reminders: ReminderController, clock: FakeClock, seconds: float) -> None:
    """Let `seconds` pass while Coach runs: the clock moves and the alarm fires each time it is
    due, as the event loop would do (a clock jumped in one go looks like a sleep)."""
    end = clock.now() + timedelta(seconds=seconds)
    while True:
        due = reminders.next_check_at
        assert due is not None, "the reminders' alarm is not armed"
        if due > end:
            clock.advance((end - clock.now()).total_seconds())
            return
        clock.advance(max(0.0, (due - clock.now()).total_seconds()))
        reminders.check()


def notices(window: MainWindow) -> list[Notice]:
    return list(window.alerts.notices)


def events(services: startup.Services, clock: FakeClock) -> list[tuple[ReminderKind, str]]:
    return [
        (kind, event.value)
        for kind, event, *_ in services.repo.reminder_events_between(
            clock.now() - timedelta(days=2), clock.now() + timedelta(seconds=1)
        )
    ]


def test_a_reminder_fires_is_snoozed_fires_again_and_is_started(
    qtbot: QtBot,
    window: MainWindow,
    reminders: ReminderController,
    clock: FakeClock,
    services: startup.Services,
) -> None:
    assert reminders.next_due()[ReminderKind.MOVEMENT] == clock.now() + timedelta(minutes=30)
    interval = reminders.alarm_interval_ms()
    assert interval is not None and interval <= 60_000  # the minute tick, not a tight loop
    pass_time(reminders, clock, 30 * 60)
    (first,) = notices(window)
    assert first.title.text() == "Time for a movement break"
    assert first.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    snooze_menu = first.buttons["snooze"].menu()
    assert snooze_menu is not None
    assert [a.text() for a in snooze_menu.actions()] == [
        "In 5 minutes",
        "In 10 minutes",
        "In 15 minutes",
    ]
    snooze_menu.actions()[1].trigger()
    assert notices(window) == []
    assert reminders.next_due()[ReminderKind.MOVEMENT] == clock.now() + timedelta(minutes=10)

    pass_time(reminders, clock, 9 * 60)
    assert notices(window) == []
    pass_time(reminders, clock, 60)
    (again,) = notices(window)
    qtbot.mouseClick(again.buttons["start"], Qt.MouseButton.LeftButton)
    assert notices(window) == []
    assert events(services, clock) == [
        (ReminderKind.MOVEMENT, "shown"),
        (ReminderKind.MOVEMENT, "snoozed"),
        (ReminderKind.MOVEMENT, "shown"),
        (ReminderKind.MOVEMENT, "started"),
    ]
    # Starting the break restarts the count from now.
    assert reminders.next_due()[ReminderKind.MOVEMENT] == clock.now() + timedelta(minutes=30)


def test_skip_is_recorded_and_a_check_in_reminder_opens_today_ready_to_rate(
    qtbot: QtBot,
    window: MainWindow,
    reminders: ReminderController,
    clock: FakeClock,
    services: startup.Services,
) -> None:
    pass_time(reminders, clock, 30 * 60)
    (movement,) = notices(window)
    qtbot.mouseClick(movement.buttons["skip"], Qt.MouseButton.LeftButton)
    window.show_page(Page.SETTINGS)
    checkin_at = reminders.next_due()[ReminderKind.CHECKIN]
    assert checkin_at.astimezone(BERLIN).hour == 17
    pass_time(reminders, clock, (checkin_at - clock.now()).total_seconds())
    checkin = next(n for n in notices(window) if n.title.text() == "How is your pain?")
    qtbot.mouseClick(checkin.buttons["start"], Qt.MouseButton.LeftButton)
    assert window.current_page() is Page.TODAY
    assert (ReminderKind.MOVEMENT, "skipped") in events(services, clock)
    assert events(services, clock)[-1] == (ReminderKind.CHECKIN, "started")


def test_reminders_missed_while_closed_come_as_one_notice_per_kind(
    window: MainWindow,
    services: startup.Services,
    clock: FakeClock,
    presence: FakePresence,
) -> None:
    first = make_reminders(window, services, clock, presence)
    first.start()
    first.save_on_quit()
    clock.advance(8 * 3600)  # closed from 11:30 to 19:30 in Berlin
    second = make_reminders(window, services, clock, presence)
    second.start()
    titles = sorted(n.text.text().split(":")[0] for n in notices(window))
    assert titles == ["Movement breaks", "Pain check-ins", "Routine reminders"]
    movement = next(n for n in notices(window) if n.text.text().startswith("Movement"))
    assert "11 fell due" in movement.text.text()  # 12:00 to 17:00, every 30 minutes
    recorded = events(services, clock)
    assert recorded.count((ReminderKind.MOVEMENT, "missed")) == 11
    assert recorded.count((ReminderKind.ROUTINE, "missed")) == 1  # 15:00
    assert recorded.count((ReminderKind.CHECKIN, "missed")) == 1  # 17:00


def test_a_sleep_noticed_by_the_minute_tick_is_coalesced_too(
    window: MainWindow, reminders: ReminderController, clock: FakeClock
) -> None:
    reminders.check()
    clock.suspend(3 * 3600)  # 11:30 to 14:30; Qt's timer does not count the sleep
    reminders.check()
    (summary,) = notices(window)
    assert summary.title.text() == "Missed while you were away"
    assert summary.text.text().startswith("Movement breaks: 5 fell due")
    assert reminders.next_due()[ReminderKind.MOVEMENT] == clock.now() + timedelta(minutes=30)


def test_paused_reminders_stay_silent_and_resume(
    window: MainWindow, reminders: ReminderController, clock: FakeClock
) -> None:
    reminders.pause_minutes(60)
    pass_time(reminders, clock, 59 * 60)
    assert notices(window) == []  # the 12:00 break fell inside the pause and was not shown
    assert reminders.paused_until() is not None
    pass_time(reminders, clock, 60)
    # The schedule went on during the pause: the 12:30 break comes as the pause ends.
    assert [n.title.text() for n in notices(window)] == ["Time for a movement break"]
    assert reminders.paused_until() is None


def test_a_full_screen_window_holds_reminders_back_without_spinning(
    window: MainWindow, reminders: ReminderController, clock: FakeClock, presence: FakePresence
) -> None:
    presence.fullscreen = True
    pass_time(reminders, clock, 30 * 60)
    assert notices(window) == []
    interval = reminders.alarm_interval_ms()
    assert interval is not None and interval > 50_000
    presence.fullscreen = False
    pass_time(reminders, clock, 60)
    assert len(notices(window)) == 1


def test_time_away_from_the_keyboard_counts_as_the_break(
    window: MainWindow, reminders: ReminderController, clock: FakeClock, presence: FakePresence
) -> None:
    pass_time(reminders, clock, 15 * 60)
    presence.idle = 5 * 60.0  # away from the desk from 11:45 to 12:05 (the break was due 12:00)
    pass_time(reminders, clock, 20 * 60)
    assert notices(window) == []
    assert reminders.next_due()[ReminderKind.MOVEMENT] == clock.now() + timedelta(minutes=30)
    presence.idle = 0.0
    pass_time(reminders, clock, 25 * 60)
    assert notices(window) == []


def test_settings_change_the_schedule_and_name_a_field_that_cannot_work(
    qtbot: QtBot, window: MainWindow, reminders: ReminderController, services: startup.Services
) -> None:
    window.show_page(Page.SETTINGS)
    panel = window.findChild(ReminderSettingsPanel)
    assert panel is not None
    panel.movement_minutes.setValue(45)
    panel.movement_minutes.editingFinished.emit()
    assert reminders.settings.movement.every_minutes == 45
    assert services.repo.load_reminder_settings()[0].movement.every_minutes == 45

    times = panel.findChild(QLineEdit, "checkinTimes")
    assert times is not None
    times.setText("17:00, 25:00")
    times.editingFinished.emit()
    message = panel.findChild(QLabel, "reminderSettingsMessage")
    assert message is not None
    assert message.text() == 'Pain check-in: "25:00" is not a time; write times like 09:00, 15:30.'
    assert reminders.settings.checkin.times == ReminderSettings().checkin.times
    times.setText("08:30, 17:00")
    times.editingFinished.emit()
    assert message.text() == ""
    assert len(reminders.settings.checkin.times) == 2


def test_a_running_timers_tick_does_the_reminders_minute_work_so_coach_wakes_once(
    window: MainWindow, reminders: ReminderController, clock: FakeClock
) -> None:
    window.timers.tick.connect(reminders.heartbeat)
    clock.advance(55)
    window.timers.start(TimerKind.CUSTOM, 3600, "Long")  # emits tick
    assert reminders.next_check_at == clock.now() + timedelta(seconds=65)
    checked_at = reminders.next_check_at
    clock.advance(10)
    window.timers.reevaluate()  # another tick 10 s later: too soon to do the work again
    assert reminders.next_check_at == checked_at


def test_a_quick_restart_carries_the_schedule_on(
    window: MainWindow, services: startup.Services, clock: FakeClock, presence: FakePresence
) -> None:
    first = make_reminders(window, services, clock, presence)
    first.start()
    due = first.next_due()[ReminderKind.MOVEMENT]
    pass_time(first, clock, 10 * 60)
    first.save_on_quit()
    first.deleteLater()
    clock.advance(30)
    second = make_reminders(window, services, clock, presence)
    second.start()
    assert second.next_due()[ReminderKind.MOVEMENT] == due
    assert notices(window) == []


def test_what_was_missed_waits_for_the_end_of_quiet_hours(
    window: MainWindow, services: startup.Services, clock: FakeClock, presence: FakePresence
) -> None:
    first = make_reminders(window, services, clock, presence)
    first.start()
    first.save_on_quit()
    clock.advance(10 * 3600)  # closed from 11:30 to 21:30 in Berlin: quiet hours from 21:00
    second = make_reminders(window, services, clock, presence)
    second.start()
    assert notices(window) == []
    assert events(services, clock).count((ReminderKind.MOVEMENT, "missed")) == 11
    pass_time(second, clock, 10 * 3600)  # to 07:30 and on
    assert sorted(n.text.text().split(":")[0] for n in notices(window)) == [
        "Movement breaks",
        "Pain check-ins",
        "Routine reminders",
    ]


def test_a_snooze_into_quiet_hours_waits_for_their_end(
    window: MainWindow, reminders: ReminderController, clock: FakeClock
) -> None:
    evening = datetime(2026, 6, 10, 18, 55, tzinfo=UTC)  # 20:55 in Berlin
    pass_time(reminders, clock, (evening - clock.now()).total_seconds())
    window.alerts.close_all()
    reminders.snooze(Reminder(ReminderKind.CHECKIN, clock.now()), 15)
    due = reminders.next_due()[ReminderKind.CHECKIN]
    assert due.astimezone(BERLIN).time().isoformat() == "07:30:00"


def test_a_long_full_screen_hold_ends_with_one_notice_not_a_burst(
    window: MainWindow,
    reminders: ReminderController,
    clock: FakeClock,
    presence: FakePresence,
    services: startup.Services,
) -> None:
    presence.fullscreen = True
    pass_time(reminders, clock, 3 * 3600)  # 11:30 to 14:30, a film in full screen
    assert notices(window) == []
    presence.fullscreen = False
    pass_time(reminders, clock, 60)
    assert [n.title.text() for n in notices(window)] == ["Time for a movement break"]
    assert events(services, clock).count((ReminderKind.MOVEMENT, "shown")) == 1
    assert reminders.next_due()[ReminderKind.MOVEMENT] == clock.now() + timedelta(minutes=30)


def test_settings_keep_the_times_of_a_reminder_that_is_off_and_refuse_odd_times(
    window: MainWindow, reminders: ReminderController
) -> None:
    window.show_page(Page.SETTINGS)
    panel = window.findChild(ReminderSettingsPanel)
    assert panel is not None
    panel.heat_times.setText("")  # heat is off by default
    panel.heat_times.editingFinished.emit()
    panel.movement_minutes.setValue(45)
    panel.movement_minutes.editingFinished.emit()
    assert reminders.settings.movement.every_minutes == 45
    assert reminders.settings.heat.times == ReminderSettings().heat.times
    panel.routine_times.setText("10:30, 11:00Z")
    panel.routine_times.editingFinished.emit()
    assert panel.message.text() == 'Routine: "11:00Z" is not a time; write times like 09:00, 15:30.'
