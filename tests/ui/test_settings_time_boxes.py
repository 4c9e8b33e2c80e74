"""Settings -> Reminders, typed into as a user does: the time boxes take a typed time wherever they
were clicked and store it as soon as it is whole (never a half-typed one, and not only when the
focus leaves); quiet hours are several quiet times, added and removed by keyboard, with a message
for one that cannot work.

The report: typing "12:00" into a time box gave 11:00. A plain QTimeEdit refuses a digit typed
into a full section that is not selected, while ":" moves on to the minutes and selects them. So
clicked on the hour of a box showing 11:30, "12" was refused and "00" replaced the minutes: 11:00
(clicked after the text, in the minutes, "12" became the minutes instead)."""

import json
from collections.abc import Iterator
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.reminders import ReminderSettings
from coach.domain.schedule import DailyWindow, ReminderKind, UserDay
from coach.store.repo import REMINDERS_KEY
from coach.ui.lifecycle import startup
from coach.ui.pages.settings.quiet_times import QuietTimesEditor
from coach.ui.pages.settings.reminders import ReminderSettingsPanel
from coach.ui.runners.presence import Presence
from coach.ui.runners.reminder_controller import ReminderController
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.widgets import theme
from coach.ui.widgets.time_field import TYPING_PAUSE_MS, TimeField

BERLIN = ZoneInfo("Europe/Berlin")
NIGHT = DailyWindow(time(21), time(7, 30))
LUNCH = DailyWindow(time(12), time(13))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 6, 10, 9, 30, tzinfo=UTC))  # Wednesday 11:30 in Berlin


@pytest.fixture
def reminders(window: MainWindow, services: startup.Services) -> ReminderController:
    controller = ReminderController(
        services.context, services.change_signal, Presence(), zone=lambda: BERLIN, parent=window
    )
    window.reminders = controller
    controller.start()
    return controller


@pytest.fixture
def stored(reminders: ReminderController) -> Iterator[list[ReminderSettings]]:
    """Every reminder setting the panel stores, in order."""
    saved: list[ReminderSettings] = []
    apply = reminders.apply_settings

    def record(settings: ReminderSettings) -> None:
        saved.append(settings)
        apply(settings)

    reminders.apply_settings = record  # type: ignore[method-assign]
    yield saved


@pytest.fixture
def panel(window: MainWindow, reminders: ReminderController) -> ReminderSettingsPanel:
    return open_panel(window)


def open_panel(window: MainWindow) -> ReminderSettingsPanel:
    window.show_page(Page.SETTINGS)
    panel = window.findChild(ReminderSettingsPanel)
    assert panel is not None
    tabs = window.settings_page.tabs  # type: ignore[attr-defined]
    tabs.setCurrentWidget(panel)
    QApplication.processEvents()
    return panel


def field(panel: QWidget, name: str) -> TimeField:
    found = panel.findChild(TimeField, name)
    assert found is not None, name
    return found


def click(qtbot: QtBot, box: QAbstractSpinBox, where: str) -> None:
    """Click into a time box as a user does: on the hour, in the middle, or after the text (where
    most clicks on a wide box land: in the minutes)."""
    line = box.findChild(QLineEdit)
    assert line is not None
    x = {"hour": 3, "middle": line.width() // 2, "end": line.width() - 3}[where]
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))


def saved_day(services: startup.Services) -> UserDay:
    return services.repo.load_reminder_settings()[0].day


# ---- typing a time ----------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["hour", "middle", "end"])
@pytest.mark.parametrize("typed", ["12:00", "1200", "12.00"])
def test_typing_twelve_oclock_stores_twelve_oclock_at_once(
    qtbot: QtBot,
    panel: ReminderSettingsPanel,
    services: startup.Services,
    stored: list[ReminderSettings],
    where: str,
    typed: str,
) -> None:
    """Into the quiet time's end (07:30) and the working hours' end (17:30): 12:00, wherever the
    box was clicked, stored before the focus leaves, and nothing on the way (01:30, 12:30, 07:12)."""
    quiet_end = field(panel, "quietEnd1")
    click(qtbot, quiet_end, where)
    qtbot.keyClicks(quiet_end, typed)
    assert quiet_end.time().toString("HH:mm") == "12:00"
    assert quiet_end.hasFocus()
    assert saved_day(services).quiet == (DailyWindow(time(21), time(12)),)
    assert [s.day.quiet for s in stored] == [(DailyWindow(time(21), time(12)),)]

    work_end = field(panel, "workEnd")
    click(qtbot, work_end, where)
    qtbot.keyClicks(work_end, typed)
    assert saved_day(services).work == DailyWindow(time(9), time(12))
    assert [s.day.work.end for s in stored] == [time(17, 30), time(12)]
    assert panel.message.text() == ""


@pytest.mark.parametrize(
    ("typed", "shown"),
    [("0830", "08:30"), ("8:30", "08:30"), ("8.5", "08:05"), ("7:45", "07:45")],
)
def test_a_time_typed_after_tab_or_select_all_is_taken_whole(
    qtbot: QtBot, panel: ReminderSettingsPanel, services: startup.Services, typed: str, shown: str
) -> None:
    start = field(panel, "workStart")
    start.setFocus(Qt.FocusReason.TabFocusReason)  # Tab selects the hour
    qtbot.keyClicks(start, typed)
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    assert start.time().toString("HH:mm") == shown
    assert f"{saved_day(services).work.start:%H:%M}" == shown
    quiet_start = field(panel, "quietStart1")
    quiet_start.setFocus()
    quiet_start.selectAll()
    qtbot.keyClicks(quiet_start, "2359")
    assert saved_day(services).quiet == (DailyWindow(time(23, 59), time(7, 30)),)


def test_the_hour_alone_is_stored_once_the_typing_pauses(
    qtbot: QtBot,
    panel: ReminderSettingsPanel,
    services: startup.Services,
    stored: list[ReminderSettings],
) -> None:
    """Typed on the hour of 17:30, "18" may yet be followed by the minutes: it is stored when the
    typing stops, still without the focus leaving."""
    work_end = field(panel, "workEnd")
    click(qtbot, work_end, "hour")
    qtbot.keyClicks(work_end, "18")
    assert stored == []
    qtbot.waitUntil(lambda: len(stored) == 1, timeout=3 * TYPING_PAUSE_MS)
    assert saved_day(services).work.end == time(18, 30)
    assert work_end.hasFocus()


def test_digits_typed_into_the_minutes_change_the_minutes(
    qtbot: QtBot,
    panel: ReminderSettingsPanel,
    services: startup.Services,
    stored: list[ReminderSettings],
) -> None:
    """Two digits after a click on the minutes are the minutes (stored when the typing pauses,
    as a ":" may still follow and make them the hour)."""
    work_start = field(panel, "workStart")
    click(qtbot, work_start, "end")
    qtbot.keyClicks(work_start, "45")
    qtbot.waitUntil(lambda: len(stored) == 1, timeout=3 * TYPING_PAUSE_MS)
    assert saved_day(services).work.start == time(9, 45)


def test_an_arrow_key_stores_at_once_and_a_half_typed_time_never(
    qtbot: QtBot,
    panel: ReminderSettingsPanel,
    services: startup.Services,
    stored: list[ReminderSettings],
) -> None:
    work_start = field(panel, "workStart")
    work_start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(work_start, Qt.Key.Key_Up)
    assert saved_day(services).work.start == time(10)
    click(qtbot, work_start, "hour")
    qtbot.keyClicks(work_start, "1")  # on the way to 11:00 or 13:00: shows "1:00"
    qtbot.wait(2 * TYPING_PAUSE_MS)
    assert [s.day.work.start for s in stored] == [time(10)]
    qtbot.keyClick(work_start, Qt.Key.Key_Escape)


def test_working_hours_that_cannot_work_are_said_and_not_stored(
    qtbot: QtBot, panel: ReminderSettingsPanel, services: startup.Services
) -> None:
    work_end = field(panel, "workEnd")
    click(qtbot, work_end, "middle")
    qtbot.keyClicks(work_end, "08:00")  # before the start, 09:00
    assert panel.message.text() == "Working hours: the end must come after the start."
    assert saved_day(services).work == DailyWindow(time(9), time(17, 30))
    click(qtbot, work_end, "middle")
    qtbot.keyClicks(work_end, "16:00")
    assert panel.message.text() == ""
    assert saved_day(services).work == DailyWindow(time(9), time(16))


def test_a_list_of_times_is_stored_once_its_typing_pauses(
    qtbot: QtBot,
    panel: ReminderSettingsPanel,
    services: startup.Services,
    stored: list[ReminderSettings],
) -> None:
    """ "08:30, 1" on the way to "08:30, 17:00" is neither stored nor complained about."""
    times = panel.checkin_times
    times.setFocus()
    times.selectAll()
    qtbot.keyClicks(times, "08:30, 1")
    qtbot.wait(2 * TYPING_PAUSE_MS)
    assert stored == [] and panel.message.text() == ""
    qtbot.keyClicks(times, "7:00")
    qtbot.waitUntil(lambda: len(stored) == 1, timeout=3 * TYPING_PAUSE_MS)
    assert services.repo.load_reminder_settings()[0].checkin.times == (time(8, 30), time(17))
    assert times.hasFocus()


# ---- several quiet times ------------------------------------------------------------------------


def test_lunch_is_added_by_keyboard_and_both_quiet_times_hold(
    qtbot: QtBot,
    panel: ReminderSettingsPanel,
    services: startup.Services,
    reminders: ReminderController,
) -> None:
    quiet = panel.quiet
    quiet.add_button.setFocus()
    qtbot.keyClick(quiet.add_button, Qt.Key.Key_Space)
    assert saved_day(services).quiet == (NIGHT, LUNCH)  # lunch is free: it comes first
    assert field(panel, "quietStart2").hasFocus()  # ready to type its start
    assert field(panel, "quietStart2").accessibleName() == "Quiet time 2 starts"

    # A check-in at 12:30 falls in lunch: the next one is at 17:00; nothing at 22:00 either.
    times = panel.checkin_times
    times.setText("12:30, 17:00, 22:00")
    times.editingFinished.emit()
    due = reminders.next_due()[ReminderKind.CHECKIN].astimezone(BERLIN)
    assert due == datetime(2026, 6, 10, 17, tzinfo=BERLIN)
    stored = services.repo.load_reminder_settings()[0]
    assert json.loads(stored.encode())["quiet_hours"] == [["21:00", "07:30"], ["12:00", "13:00"]]


def test_a_quiet_time_that_cannot_work_is_named_and_not_stored(
    qtbot: QtBot,
    panel: ReminderSettingsPanel,
    services: startup.Services,
    stored: list[ReminderSettings],
) -> None:
    qtbot.mouseClick(panel.quiet.add_button, Qt.MouseButton.LeftButton)  # 12:00-13:00
    end = field(panel, "quietEnd2")
    click(qtbot, end, "end")
    qtbot.keyClicks(end, "12:00")
    assert panel.message.text() == (
        "Quiet hours: quiet time 2 starts and ends at 12:00: give it an end that differs from "
        "its start"
    )
    start = field(panel, "quietStart2")
    click(qtbot, start, "end")
    qtbot.keyClicks(start, "06:00")  # 06:00-12:00 overlaps the night, 21:00-07:30
    assert panel.message.text() == (
        "Quiet hours: quiet times 1 (21:00 to 07:30) and 2 (06:00 to 12:00) overlap: change one "
        "of them so that they do not, or remove one"
    )
    assert saved_day(services).quiet == (NIGHT, LUNCH)  # as added, before the impossible ones
    click(qtbot, start, "end")
    qtbot.keyClicks(start, "08:00")
    assert panel.message.text() == ""
    assert saved_day(services).quiet == (NIGHT, DailyWindow(time(8), time(12)))
    assert [s.day.quiet for s in stored] == [
        (NIGHT, LUNCH),
        (NIGHT, DailyWindow(time(8), time(12))),
    ]


def test_a_reminder_in_quiet_hours_is_named_until_it_is_moved(
    qtbot: QtBot, panel: ReminderSettingsPanel, services: startup.Services
) -> None:
    """A check-in at 22:00 was stored and never came (quiet hours skip a reminder, they do not
    move it), and nothing said so. Now a note names it and its quiet time, and goes when either
    is moved."""
    note = panel.quiet_clash_note
    assert not note.isVisible()  # the defaults: nothing in quiet hours
    times = panel.checkin_times
    times.setFocus()
    times.selectAll()
    qtbot.keyClicks(times, "17:00, 22:00")
    qtbot.keyClick(times, Qt.Key.Key_Tab)
    assert services.repo.load_reminder_settings()[0].checkin.times == (time(17), time(22))
    assert note.isVisible()
    assert note.text() == (
        "Quiet hours hold back 1 reminder(s), which will not come: the pain check-in at 22:00 "
        "(quiet 21:00 to 07:30). Move the time, or the quiet hours."
    )
    # The night's quiet time moved to start at 22:30: the note goes, the times stay.
    start = field(panel, "quietStart1")
    start.setFocus()
    start.selectAll()
    qtbot.keyClicks(start, "22:30")
    assert saved_day(services).quiet == (DailyWindow(time(22, 30), time(7, 30)),)
    assert not note.isVisible() and note.text() == ""
    # A routine reminder at 12:30 in a new lunch break is named as well.
    qtbot.mouseClick(panel.quiet.add_button, Qt.MouseButton.LeftButton)
    routine = panel.routine_times
    routine.setText("10:30, 12:30")
    routine.editingFinished.emit()
    assert (
        note.isVisible() and "the routine reminder at 12:30 (quiet 12:00 to 13:00)" in note.text()
    )


def test_quiet_times_are_removed_by_keyboard_down_to_none(
    qtbot: QtBot, panel: ReminderSettingsPanel, services: startup.Services
) -> None:
    quiet = panel.quiet
    qtbot.mouseClick(quiet.add_button, Qt.MouseButton.LeftButton)
    first = quiet.rows[0].remove_button
    assert first.accessibleName() == "Remove quiet time 1"
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert saved_day(services).quiet == (LUNCH,)
    second = quiet.rows[0].remove_button  # lunch is quiet time 1 now, and has the focus
    assert second.hasFocus() and second.accessibleName() == "Remove quiet time 1"
    qtbot.keyClick(second, Qt.Key.Key_Space)
    assert saved_day(services).quiet == ()
    assert quiet.add_button.hasFocus()
    assert panel.findChild(TimeField, "quietStart1") is None  # gone at once, not later
    assert quiet.none_note.isVisible()
    assert quiet.none_note.text() == "None: reminders may come at any time of the day."


def test_tab_goes_through_each_quiet_time_then_to_add(
    qtbot: QtBot, panel: ReminderSettingsPanel
) -> None:
    qtbot.mouseClick(panel.quiet.add_button, Qt.MouseButton.LeftButton)
    order: list[str] = []
    field(panel, "quietStart1").setFocus()
    for _ in range(14):  # Tab goes from the hour to the minutes inside a time box, then on
        focused = QApplication.focusWidget()
        assert focused is not None
        owner = focused.parentWidget()
        if isinstance(owner, TimeField):
            focused = owner  # its line edit has the focus
        if not order or order[-1] != focused.objectName():
            order.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert order[:7] == [
        "quietStart1",
        "quietEnd1",
        "removeQuietTime1",
        "quietStart2",
        "quietEnd2",
        "removeQuietTime2",
        "addQuietTime",
    ]


def test_at_most_six_quiet_times_and_new_ones_never_overlap(
    qtbot: QtBot, panel: ReminderSettingsPanel, services: startup.Services
) -> None:
    quiet = panel.quiet
    while quiet.add_button.isEnabled():
        qtbot.mouseClick(quiet.add_button, Qt.MouseButton.LeftButton)
    day = saved_day(services)
    assert len(day.quiet) == 6 and panel.message.text() == ""
    hours = [DailyWindow(time(h), time(h + 1)) for h in (8, 9, 10, 11)]  # 11-12 touches lunch
    assert day.quiet == (NIGHT, LUNCH, *hours)


def test_the_buttons_and_boxes_of_quiet_times_are_large_targets(
    panel: ReminderSettingsPanel,
) -> None:
    quiet = panel.quiet
    row = quiet.rows[0]
    for widget in (row.start, row.end, row.remove_button, quiet.add_button):
        assert widget.height() >= theme.target_side(widget), widget.objectName()
        assert widget.width() >= theme.target_side(widget), widget.objectName()


def test_the_single_quiet_time_stored_before_shows_as_one(
    window: MainWindow, services: startup.Services
) -> None:
    """Settings stored by a Coach from before several quiet times: one row, and storing again
    writes the new form."""
    data = json.loads(ReminderSettings().encode())
    data["quiet_hours"] = ["22:00", "06:30"]
    services.repo._db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (REMINDERS_KEY, json.dumps(data)),
    )
    controller = ReminderController(
        services.context, services.change_signal, Presence(), zone=lambda: BERLIN, parent=window
    )
    window.reminders = controller
    panel = open_panel(window)
    assert [(r.start.moment(), r.end.moment()) for r in panel.quiet.rows] == [
        (time(22), time(6, 30))
    ]
    assert isinstance(panel.quiet, QuietTimesEditor)
    panel.quiet.add_button.click()
    stored = services.repo._db.execute(
        "SELECT value FROM settings WHERE key = ?", (REMINDERS_KEY,)
    ).fetchone()[0]
    assert json.loads(stored)["quiet_hours"] == [["22:00", "06:30"], ["12:00", "13:00"]]
    assert controller.settings.day.quiet == (DailyWindow(time(22), time(6, 30)), LUNCH)
