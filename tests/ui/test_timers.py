"""The Timers page, the end-of-timer notice and the record, driven by a fake clock."""

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.heat import BodyArea, Concern, HeatScreening, HeatSource
from coach.domain.timers import Timer, TimerKind, TimerStatus
from coach.ui.dialogs.heat_safety import HeatSafetyDialog
from coach.ui.lifecycle import startup
from coach.ui.pages.timers import TimerRow, TimersPage
from coach.ui.runners.notice import Notice
from coach.ui.shell.main_window import MainWindow, Page


def timers_page(window: MainWindow) -> TimersPage:
    window.show_page(Page.TIMERS)
    page = window.page_widget(Page.TIMERS)
    assert isinstance(page, TimersPage)
    return page


def fire_alarm(window: MainWindow) -> None:
    """What the armed single-shot QTimer does when it fires (the clock is fake, so it is fired
    here rather than waited for)."""
    assert window.timers.alarm_interval_ms() is not None, "no alarm is armed"
    window.timers._alarm.timeout.emit()


def notices(window: MainWindow) -> list[Notice]:
    return list(window.alerts.notices)


@pytest.fixture
def screened(services: startup.Services) -> None:
    services.repo.save_heat_screening(HeatScreening(answered=True, neck_answered=True))


@dataclass
class MessageBoxes:
    """Stands in for the user at every message box: records it and presses `answer`."""

    answer: str = "Cancel"
    seen: list[tuple[str, str]] = field(default_factory=list)

    def exec_box(self, box: QMessageBox) -> int:
        self.seen.append((box.windowTitle(), box.text()))
        (button,) = [b for b in box.buttons() if b.text() == self.answer]
        button.click()
        return 0


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()
    # A plain function, so that the patched method receives the box it is called on.
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.exec_box(box))  # noqa: PLW0108
    return boxes


def test_a_heat_timer_runs_to_its_end_with_skin_check_notice_and_record(
    qtbot: QtBot,
    window: MainWindow,
    clock: FakeClock,
    services: startup.Services,
    screened: None,
) -> None:
    page = timers_page(window)
    page.heat_source.setCurrentIndex(page.heat_source.findData(HeatSource.PAD.value))
    page.heat_area.setCurrentIndex(page.heat_area.findData(BodyArea.NECK.value))
    assert page.heat_presets.checkedId() == 15  # the default (CLINICAL.md: 15 min)
    qtbot.mouseClick(page.start_heat_button, Qt.MouseButton.LeftButton)

    (row,) = page.rows.values()
    assert row.title.text() == "Heat: Heating pad, neck"
    assert row.left.text() == "15:00"
    assert window.windowTitle() == "Heat: Heating pad, neck: 15 min left - Coach"
    assert [t.status for t in services.repo.active_timers()] == [TimerStatus.RUNNING]

    clock.advance(7 * 60 + 30)
    fire_alarm(window)
    assert row.left.text() == "7:30"
    (skin,) = notices(window)
    assert skin.title.text() == "Half-way: check your skin"
    assert "redness that does not fade" in skin.text.text()
    qtbot.mouseClick(skin.buttons["fine"], Qt.MouseButton.LeftButton)
    assert notices(window) == []

    clock.advance(7 * 60 + 30)
    fire_alarm(window)
    (done,) = notices(window)
    assert done.isVisible()
    assert done.title.text() == "Heat session done"
    assert "Take the heat off now" in done.text.text()
    assert "never fall asleep with it on" in done.text.text()  # a heating pad
    assert page.rows == {} and page.empty.isVisible()
    assert window.windowTitle() == "Coach"
    assert window.timers.alarm_interval_ms() is None  # nothing runs, nothing is armed

    start = clock.now() - timedelta(hours=1)
    (record,) = services.repo.timers_between(start, clock.now())
    assert (record.kind, record.source, record.area) == (
        TimerKind.HEAT,
        HeatSource.PAD,
        BodyArea.NECK,
    )
    assert (record.status, record.planned_seconds, record.actual_seconds) == (
        TimerStatus.COMPLETED,
        900,
        900,
    )
    assert record.ended_at == clock.now()
    assert services.repo.active_timers() == []
    today_list = window.today.findChild(QListWidget, "todayList")
    assert today_list is not None
    assert "Heat: Heating pad, neck: done, 15 min of 15 min" in today_list.item(0).text()
    qtbot.mouseClick(done.buttons["ok"], Qt.MouseButton.LeftButton)
    assert notices(window) == []


def test_the_notice_stays_on_top_without_taking_the_keyboard(
    window: MainWindow, clock: FakeClock
) -> None:
    timers_page(window)
    window.timers.start(TimerKind.CUSTOM, 60, "Tea")
    clock.advance(60)
    fire_alarm(window)
    (notice,) = notices(window)
    flags = notice.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.WindowDoesNotAcceptFocus
    assert notice.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert notice.title.text() == "Tea: time is up"
    assert not notice.isActiveWindow()


def test_the_alert_repeats_gently_until_acknowledged(
    window: MainWindow, clock: FakeClock, services: startup.Services
) -> None:
    services.settings.update(alert_repeat_seconds=30)
    window.timers.start(TimerKind.REST, 120)
    clock.advance(120)
    fire_alarm(window)
    (notice,) = notices(window)
    assert notice.title.text() == "Time to move again"
    cues = window.alerts.cues
    assert cues is not None and cues.played == ["done"]
    (again,) = [t for t in notice.findChildren(type(window.timers._alarm)) if t.isActive()]
    assert again.interval() == 30_000
    for _ in range(12):  # what the running QTimer would do, for as long as it keeps running
        if again.isActive():
            again.timeout.emit()
    assert notice.repeats == 10 and not again.isActive()  # ALERT_REPEAT_LIMIT
    assert cues.played == ["done"] * 11
    notice.choose("ok")
    assert notices(window) == []


def test_pause_extend_and_stop_from_the_page(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, services: startup.Services, screened: None
) -> None:
    page = timers_page(window)
    qtbot.mouseClick(page.findChild(QPushButton, "heatPreset10"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.start_heat_button, Qt.MouseButton.LeftButton)
    (row,) = page.rows.values()
    clock.advance(60)
    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    assert row.ends.text() == "Paused" and row.pause_button.text() == "Resume"
    assert window.timers.alarm_interval_ms() is None  # a paused timer needs no alarm
    clock.advance(600)
    qtbot.mouseClick(row.pause_button, Qt.MouseButton.LeftButton)
    assert row.left.text() == "9:00"
    qtbot.mouseClick(row.extend_button, Qt.MouseButton.LeftButton)
    assert row.left.text() == "14:00"
    qtbot.mouseClick(row.extend_button, Qt.MouseButton.LeftButton)
    assert row.left.text() == "19:00"
    assert not row.extend_button.isEnabled()  # the 20-minute cap
    assert "20 minutes" in row.extend_button.toolTip()
    clock.advance(120)
    qtbot.mouseClick(row.stop_button, Qt.MouseButton.LeftButton)
    assert page.rows == {}
    (record,) = services.repo.timers_between(clock.now() - timedelta(hours=1), clock.now())
    assert (record.status, record.actual_seconds, record.planned_seconds) == (
        TimerStatus.STOPPED,
        180,
        1200,
    )


def test_first_heat_asks_the_safety_questions_and_answers_add_warnings(
    qtbot: QtBot,
    window: MainWindow,
    services: startup.Services,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: MessageBoxes,
) -> None:
    asked: list[HeatSafetyDialog] = []

    def answer(dialog: HeatSafetyDialog) -> int:
        asked.append(dialog)
        dialog.boxes[Concern.DIABETES].setChecked(True)
        return int(HeatSafetyDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(HeatSafetyDialog, "exec", answer)
    page = timers_page(window)
    qtbot.mouseClick(page.start_heat_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert services.repo.load_heat_screening()[0] == HeatScreening(
        True,
        frozenset({Concern.DIABETES}),
        neck_answered=True,  # the neck is the first area
    )
    (box,) = message_boxes.seen
    assert box[0] == "Before you use heat"
    assert (
        "told Coach: Diabetes." in box[1] and "Ask your doctor or physiotherapist first" in box[1]
    )
    assert page.rows == {}  # cancelled

    message_boxes.answer = "Start anyway"
    qtbot.mouseClick(page.start_heat_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1  # asked once only
    assert len(page.rows) == 1


def test_heat_too_soon_after_the_last_session_warns_with_the_wait(
    qtbot: QtBot,
    window: MainWindow,
    clock: FakeClock,
    screened: None,
    message_boxes: MessageBoxes,
) -> None:
    first = window.timers.start(TimerKind.HEAT, 600)
    clock.advance(600)
    fire_alarm(window)
    window.alerts.close_all()
    assert first.status is TimerStatus.COMPLETED
    clock.advance(30 * 60)
    page = timers_page(window)
    qtbot.mouseClick(page.start_heat_button, Qt.MouseButton.LeftButton)
    (box,) = message_boxes.seen
    assert "less than 2 hours ago" in box[1] and "90 more min" in box[1]
    assert page.rows == {}


def test_rest_and_custom_timers_start_from_the_page(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page = timers_page(window)
    qtbot.mouseClick(page.findChild(QPushButton, "restPreset5"), Qt.MouseButton.LeftButton)
    page.custom_minutes.setValue(3)
    qtbot.keyClicks(page.custom_label, "Tea")
    qtbot.keyClick(page.custom_label, Qt.Key.Key_Return)
    titles = sorted(row.title.text() for row in page.rows.values())
    assert titles == ["Rest break", "Tea"]
    assert window.windowTitle() == "Tea: 3 min left - Coach"
    assert window.timers_summary() == ["Tea: 3 min left", "Rest break: 5 min left"]
    page.custom_minutes.setValue(900)  # above the spin box's maximum: clamped, not accepted
    assert page.custom_minutes.value() == 720


def test_running_timers_are_listed_soonest_first_and_paused_last(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = timers_page(window)
    long = window.timers.start(TimerKind.CUSTOM, 1800, "Long")
    window.timers.start(TimerKind.CUSTOM, 600, "Short")
    rest = window.timers.start(TimerKind.REST, 300)
    window.timers.pause(long)

    def listed() -> list[str]:
        layout = page._rows_layout
        items = [layout.itemAt(i) for i in range(layout.count())]
        widgets = [item.widget() for item in items if item is not None]
        return [w.title.text() for w in widgets if isinstance(w, TimerRow)]

    assert listed() == ["Rest break", "Short", "Long"]
    assert window.timers_summary() == [
        "Rest break: 5 min left",
        "Short: 10 min left",
        "Long: paused",
    ]
    assert window.windowTitle() == "Rest break: 5 min left - Coach"
    qtbot.mouseClick(page.rows[long.id].pause_button, Qt.MouseButton.LeftButton)  # resume
    qtbot.mouseClick(page.rows[rest.id].pause_button, Qt.MouseButton.LeftButton)  # pause
    assert listed() == ["Short", "Long", "Rest break"]
    assert window.windowTitle() == "Short: 10 min left - Coach"


def test_a_deadline_passed_while_asleep_is_reported_once_on_wake(
    window: MainWindow, clock: FakeClock, services: startup.Services
) -> None:
    window.timers.start(TimerKind.REST, 5 * 60)
    clock.suspend(65 * 60)  # wall and boot-time clocks move on; Qt's monotonic timers do not
    window.timers._prepare_for_sleep(False)  # what logind's PrepareForSleep(false) calls
    (notice,) = notices(window)
    assert notice.title.text() == "Time to move again"
    assert "It ended 60 min ago, while the computer was asleep" in notice.text.text()
    assert window.timers.alarm_interval_ms() is None  # nothing left to wait for
    window.timers.reevaluate()
    assert len(notices(window)) == 1
    (record,) = services.repo.timers_between(clock.now() - timedelta(hours=2), clock.now())
    assert record.status is TimerStatus.COMPLETED
    assert record.ended_at == clock.now() - timedelta(minutes=60)


def test_moving_the_wall_clock_neither_shortens_nor_stretches_a_timer(
    window: MainWindow, clock: FakeClock, services: startup.Services
) -> None:
    timer = window.timers.start(TimerKind.CUSTOM, 10 * 60, "Tea")
    clock.advance(60)
    clock.jump_wall(-3600)
    fire_alarm(window)
    assert window.timers.remaining(timer) == pytest.approx(9 * 60)
    (stored,) = services.repo.active_timers()
    assert stored.deadline_at == clock.now() + timedelta(minutes=9)
    clock.jump_wall(24 * 3600)
    fire_alarm(window)
    assert notices(window) == []
    assert window.timers.remaining(timer) == pytest.approx(9 * 60)
    clock.advance(9 * 60)
    fire_alarm(window)
    (notice,) = notices(window)
    assert notice.title.text() == "Tea: time is up"
    assert "ago" not in notice.text.text()


def test_the_alarm_ticks_each_second_only_while_a_countdown_is_on_screen(
    window: MainWindow, clock: FakeClock
) -> None:
    window.timers.start(TimerKind.CUSTOM, 3600, "Long")
    window.show_page(Page.TODAY)
    slow = window.timers.alarm_interval_ms()
    assert slow is not None and 59_000 <= slow <= 60_000
    timers_page(window)
    fast = window.timers.alarm_interval_ms()
    assert fast is not None and fast <= 1000
    window.hide()
    slow = window.timers.alarm_interval_ms()
    assert slow is not None and slow > 1000


def test_a_timer_that_ended_while_coach_was_closed_is_reported_after_restart(
    make_window: Callable[..., MainWindow], clock: FakeClock, services: startup.Services
) -> None:
    first = make_window()
    started: Timer = first.timers.start(TimerKind.REST, 300)
    paused = first.timers.start(TimerKind.CUSTOM, 600, "Paused one")
    first.timers.pause(paused)
    first.close()

    clock.advance(3600)
    second = make_window()
    second.show()
    second.timers.restore()
    (notice,) = second.alerts.notices
    assert notice.title.text() == "Time to move again"
    assert "It ended 55 min ago, while the computer was asleep" in notice.text.text()
    assert [t.id for t in second.timers.active] == [paused.id]
    (record,) = [
        t
        for t in services.repo.timers_between(started.started_at, clock.now())
        if t.id == started.id
    ]
    assert record.status is TimerStatus.COMPLETED
    assert record.ended_at == started.started_at + timedelta(seconds=300)
    second.alerts.close_all()
    assert second.findChild(QLabel, "noticeTitle") is None


def test_stop_clicked_after_a_wake_reports_the_end_rather_than_an_early_stop(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, services: startup.Services, screened: None
) -> None:
    page = timers_page(window)
    qtbot.mouseClick(page.start_heat_button, Qt.MouseButton.LeftButton)
    (row,) = page.rows.values()
    timer = row.timer
    clock.suspend(20 * 60)  # slept past the end; the wake signal has not come (yet)
    qtbot.mouseClick(row.stop_button, Qt.MouseButton.LeftButton)
    (notice,) = notices(window)
    assert notice.title.text() == "Heat session done"
    (record,) = services.repo.timers_between(timer.started_at, clock.now())
    assert record.status is TimerStatus.COMPLETED and record.actual_seconds == 15 * 60


def test_the_skin_check_notice_goes_when_its_session_is_stopped(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, screened: None
) -> None:
    page = timers_page(window)
    qtbot.mouseClick(page.start_heat_button, Qt.MouseButton.LeftButton)
    (row,) = page.rows.values()
    clock.advance(8 * 60)
    fire_alarm(window)
    (skin,) = notices(window)
    assert skin.title.text() == "Half-way: check your skin"
    qtbot.mouseClick(row.stop_button, Qt.MouseButton.LeftButton)
    assert notices(window) == []


def test_a_timer_that_cannot_be_stored_does_not_start_and_says_why(
    qtbot: QtBot, window: MainWindow, services: startup.Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(timer: Timer) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(services.repo, "save_timer", full_disk)
    page = timers_page(window)
    qtbot.mouseClick(page.findChild(QPushButton, "restPreset5"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.findChild(QPushButton, "restPreset2"), Qt.MouseButton.LeftButton)
    assert page.rows == {} and window.timers.active == []
    assert page.status.text().startswith("Coach could not save the new timer (database or disk")


def test_an_unreadable_stored_timer_is_reported_and_the_others_restore(
    make_window: Callable[..., MainWindow], services: startup.Services
) -> None:
    first = make_window()
    kept = first.timers.start(TimerKind.CUSTOM, 600, "Kept")
    broken = first.timers.start(TimerKind.CUSTOM, 600, "Broken")
    first.close()
    services.database.connection.execute(
        "UPDATE timers SET kind = 'laser' WHERE id = ?", (broken.id,)
    )
    services.database.connection.commit()
    second = make_window()
    problems: list[str] = []
    second.timers.problem.connect(problems.append)
    second.timers.restore()
    assert [t.id for t in second.timers.active] == [kept.id]
    assert problems == [
        "Some timers of the last run could not be restored (1); the log file says which."
    ]


def test_extend_is_offered_only_while_the_kind_allows_more(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = timers_page(window)
    qtbot.mouseClick(page.findChild(QPushButton, "restPreset10"), Qt.MouseButton.LeftButton)
    (row,) = page.rows.values()
    for _ in range(4):
        qtbot.mouseClick(row.extend_button, Qt.MouseButton.LeftButton)
    assert row.timer.planned_seconds == 30 * 60
    assert not row.extend_button.isEnabled()
    assert row.extend_button.toolTip() == "Rest breaks last at most 30 minutes."
