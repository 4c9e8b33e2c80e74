"""The tray icon and its menu (running timers, Show/Hide, Quit), where the desktop has a tray."""

import logging

from PySide6.QtCore import QLocale, QObject, QTime, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from coach.ui.shell.main_window import MainWindow, Page

log = logging.getLogger(__name__)


class Tray(QObject):
    def __init__(self, window: MainWindow, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("Coach"))
        self.menu = QMenu()
        self.toggle_action = QAction(self.tr("Show Coach"), self.menu)
        self.toggle_action.setObjectName("trayToggle")
        self.toggle_action.triggered.connect(window.toggle_visible)
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.quit_action.setObjectName("trayQuit")
        self.quit_action.triggered.connect(window.quit_app)
        self.checkin_action = QAction(self.tr("Check in…"), self.menu)
        self.checkin_action.setObjectName("trayCheckin")
        self.checkin_action.triggered.connect(window.focus_checkin)
        self.timers_action = QAction(self.tr("Timers…"), self.menu)
        self.timers_action.setObjectName("trayTimers")
        self.timers_action.triggered.connect(self._open_timers)
        self._timer_lines: list[QAction] = []
        self._timers_separator = self.menu.addSeparator()
        self.menu.addAction(self.checkin_action)
        self.menu.addAction(self.timers_action)
        self.pause_menu = self._build_pause_menu()
        if self.pause_menu is not None:
            self.menu.addMenu(self.pause_menu)
        self.menu.addAction(self.toggle_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.menu.aboutToShow.connect(self.update_labels)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        window.hidden_to_tray.connect(self._first_hide_notice)
        window.tray_icon = self.icon
        self._told = False
        self.update_labels()

    def show(self) -> None:
        self.icon.show()

    @Slot()
    def update_labels(self) -> None:
        self._update_pause_menu()
        shown = self._window.isVisible() and not self._window.isMinimized()
        self.toggle_action.setText(self.tr("Hide Coach") if shown else self.tr("Show Coach"))
        for action in self._timer_lines:
            self.menu.removeAction(action)
            action.deleteLater()
        self._timer_lines = []
        for line in self._window.timers_summary():
            action = QAction(line, self.menu)
            action.setEnabled(False)
            self.menu.insertAction(self._timers_separator, action)
            self._timer_lines.append(action)

    def _build_pause_menu(self) -> QMenu | None:
        """Pause reminders for 30 minutes, an hour, or until tomorrow; or resume them."""
        reminders = self._window.reminders
        if reminders is None:
            return None
        menu = QMenu(self.tr("Pause reminders"), self.menu)
        menu.setObjectName("trayPauseReminders")
        for minutes, label in ((30, self.tr("For 30 minutes")), (60, self.tr("For 1 hour"))):
            action = menu.addAction(label)
            action.setObjectName(f"trayPause{minutes}")
            action.triggered.connect(lambda _=False, m=minutes: reminders.pause_minutes(m))
        tomorrow = menu.addAction(self.tr("Until tomorrow"))
        tomorrow.setObjectName("trayPauseTomorrow")
        tomorrow.triggered.connect(reminders.pause_until_tomorrow)
        self.resume_action = menu.addAction(self.tr("Resume reminders"))
        self.resume_action.setObjectName("trayResume")
        self.resume_action.triggered.connect(lambda: reminders.pause(None))
        return menu

    def _update_pause_menu(self) -> None:
        reminders = self._window.reminders
        if reminders is None or self.pause_menu is None:
            return
        until = reminders.paused_until()
        self.resume_action.setEnabled(until is not None)
        if until is None:
            self.pause_menu.setTitle(self.tr("Pause reminders"))
        else:
            local = until.astimezone()
            shown = QLocale().toString(
                QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
            )
            self.pause_menu.setTitle(self.tr("Reminders paused until {time}").format(time=shown))

    @Slot()
    def _open_timers(self) -> None:
        self._window.show_page(Page.TIMERS)
        self._window.show_and_raise()

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self._window.toggle_visible()

    @Slot()
    def _first_hide_notice(self) -> None:
        if self._told:
            return
        self._told = True
        self.icon.showMessage(
            self.tr("Coach is still running"),
            self.tr("Coach keeps running here. To close it, choose Quit from this icon's menu."),
            QSystemTrayIcon.MessageIcon.Information,
            5000,
        )
