"""The running app: single instance, store, theme, main window, tray, daily backup."""

import logging
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from coach import __version__, paths
from coach.clock import SystemClock
from coach.domain.days import local_day_bounds
from coach.domain.settings import AppSettings
from coach.services.errors import ServiceError
from coach.services.history import HistoryService
from coach.services.settings import SettingsService
from coach.ui.lifecycle import i18n
from coach.ui.lifecycle.errors import install_error_reporter
from coach.ui.lifecycle.file_open import PlanFileOpener
from coach.ui.lifecycle.instance import (
    ChannelRefusedError,
    InstanceGuard,
    ask_running_instance_to_show,
)
from coach.ui.lifecycle.startup import (
    Services,
    app_icon,
    build_window,
    create_application,
    follow_theme_setting,
    give_window_icon,
    open_services,
)
from coach.ui.lifecycle.tray import Tray
from coach.ui.lifecycle.unix_signals import quit_on_termination_signals
from coach.ui.lifecycle.watchdog import StallWatchdog
from coach.ui.runners.presence import PresenceMonitor
from coach.ui.runners.reminder_controller import ReminderController
from coach.ui.runners.reminder_notices import ReminderNotices
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.text.core import core_text
from coach.ui.text.data import recorded_routine_name
from coach.ui.text.translate import translate

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_PROBLEM = 1


class DailyBackup(QObject):
    """Keeps the once-a-day backup going while Coach runs for days: one single-shot timer aimed just
    after the next local midnight, re-aimed each time it fires."""

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._arm()

    def _arm(self) -> None:
        now = self._services.clock.now()
        _, next_midnight = local_day_bounds(now)
        due: datetime = next_midnight + timedelta(minutes=5)
        self._timer.start(max(1000, int((due - now).total_seconds() * 1000)))

    def _run(self) -> None:
        try:
            self._services.storage.back_up_if_due()
        except ServiceError as error:
            log.error("daily backup failed: %s", error)
        self._arm()


def _tell_about_problems(window: QWidget, services: Services) -> None:
    for repair in services.storage.repairs():
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("App", "Coach repaired its database"),
            translate(
                "App",
                "{what}\n\nNothing was deleted: the damaged file is kept at\n{path}\n"
                "so it can be examined or sent for help.",
            ).format(
                what=core_text(repair.what),
                path="\n".join(str(kept) for kept in repair.kept),
            ),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("recoveryDialog")
        box.exec()
    if services.setting_problems:
        QMessageBox.warning(
            window,
            translate("App", "Some settings were reset"),
            translate(
                "App", "These settings could not be read and now have their default values:\n\n"
            )
            + "\n".join(
                "- " + core_text(problem.describe()) for problem in services.setting_problems
            ),
        )


def note_interrupted_sessions(window: MainWindow, services: Services) -> None:
    """A routine still "in progress" from the last run was cut off by a crash or kill: keep what
    was done as a partial session and say so on Today."""
    interrupted = HistoryService(services.context).close_interrupted_sessions()
    if not interrupted:
        return
    log.warning("%d routine(s) were interrupted last time", len(interrupted))
    names = ", ".join(recorded_routine_name(r.routine_id, r.routine_name) for r in interrupted)
    window.today.show_notice(
        translate(
            "App",
            "Coach closed while a routine was running ({names}). The exercises you finished were "
            "kept and the routine is listed as partial.",
        ).format(names=names),
        until_next_routine=True,  # said until a later routine is recorded
    )


class _WhenShown(QObject):
    """Runs `then` once, the first time the window is on screen (shown, and not minimised)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in (QEvent.Type.Show, QEvent.Type.WindowStateChange)
            and self._window.isVisible()
            and not self._window.isMinimized()
        ):
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once the window has finished showing
            self.deleteLater()
        return False


def offer_first_run(window: MainWindow) -> None:
    """On the very first start, the first-run questions over the window: now if it shows, else
    the first time it does (Coach started in the tray or minimised); again when the stored
    answers cannot be read. Not in the self-test, which does not come here; a cheap check, so
    later starts load nothing for it."""
    if not SettingsService(window.context).needs_first_run():
        return
    if window.isVisible() and not window.isMinimized():
        QTimer.singleShot(0, window.open_first_run)
    else:
        _WhenShown(window, window.open_first_run)


def _after_start(window: MainWindow, services: Services) -> None:
    """Once Coach runs: what went wrong at start, then (the very first time) the first run."""
    _tell_about_problems(window, services)
    offer_first_run(window)


def show_at_start(
    window: MainWindow, settings: AppSettings, tray_available: bool, in_tray: bool = False
) -> None:
    """Open the window, or with "start minimised" (or when started at login, `in_tray`) keep it
    in the tray (minimised where there is none)."""
    if (settings.start_minimised or in_tray) and tray_available:
        log.info("started hidden in the tray")
    elif settings.start_minimised or in_tray:
        window.showMinimized()
    else:
        window.show()


def start_reminders(window: MainWindow, services: Services, platform: str) -> ReminderController:
    """The reminder controller and its notices, with what this desktop lets Coach see of the
    user's presence (logged, and shown in Settings)."""
    presence = PresenceMonitor(platform, parent=window)  # asks off the UI thread
    reminders = ReminderController(
        services.context, services.change_signal, presence, parent=window, safety=window.safety
    )
    window.reminders = reminders
    # While a timer runs, its minute tick does the reminders' minute work too: one wake-up.
    window.timers.tick.connect(reminders.heartbeat)
    ReminderNotices(reminders, window)
    return reminders


def _tell_cannot_start(app: QApplication, error: ServiceError) -> None:
    """Say why the store cannot be opened, in the desktop's language (the language setting is in
    the store)."""
    log.error("%s", error)
    i18n.install("system", app)
    QMessageBox.critical(None, translate("App", "Coach cannot start"), core_text(error.message))


def start_watchdog(app: QApplication) -> StallWatchdog | None:
    """The stall watchdog, writing into the log folder; without it when that cannot be written."""
    try:
        return StallWatchdog(app, paths.stall_file())
    except OSError as error:
        log.warning("no stall watchdog: %s cannot be written (%s)", paths.stall_file(), error)
        return None


def hand_over(
    guard: InstanceGuard, plan_file: Path | None = None, routine_id: str | None = None
) -> int:
    """A later start: ask the running Coach to show its window (to open `plan_file`, or to start
    the routine `routine_id`) and say what happened; never send anything on a channel that is not
    the user's own."""
    if guard.lock_cannot_be_written():
        lock = paths.instance_lock_path()
        print(
            f"coach: Coach cannot create its lock file {lock}: the disk holding {lock.parent} "
            "may be full, or the folder not writable. Free some space there or make the folder "
            "writable, then start Coach again. Your data was not touched.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    try:
        answered = ask_running_instance_to_show(
            guard.server_name, plan_file=plan_file, routine_id=routine_id, uid=guard.uid
        )
    except ChannelRefusedError as refused:
        print(
            f"coach: not handing over to the running Coach: {refused}. Nothing was sent to it. "
            "Another account may be pretending to be Coach; close Coach and start it again, or "
            "ask whoever runs this computer.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    if answered:
        if routine_id is not None:
            print(f"coach: Coach is already running; it was asked to start {routine_id}.")
        else:
            print("coach: Coach is already running; its window was brought to the front.")
        return EXIT_OK
    pid = guard.owner_pid()
    print(
        f"coach: Coach is already running (process {pid}) but does not answer; "
        "close it or end that process, then start Coach again.",
        file=sys.stderr,
    )
    return EXIT_PROBLEM


def start_routine_asked_for(window: MainWindow, routine_id: str) -> None:
    """`coach start ROUTINE_ID`: the routine's player, or, when this Coach has no such routine,
    the window with a notice saying how to see the ids."""
    running = window.player
    if window.start_routine_by_id(routine_id):
        if running is None:
            log.info("started the routine %s as asked by coach start", routine_id)
        else:  # one routine at a time: the one running comes to the front
            log.info(
                "asked to start %s while %s runs: its player came forward",
                routine_id,
                running.routine.id,
            )
        return
    log.warning("asked to start the routine %s, which does not exist here", routine_id)
    window.show_page(Page.TODAY)
    window.show_and_raise()
    window.today.show_notice(
        translate(
            "App",
            'Coach has no routine with the id "{id}". To see the ids, run: coach start --list',
        ).format(id=routine_id)
    )


def answer_later_starts(window: MainWindow, guard: InstanceGuard) -> None:
    """What a later start asks for (show the window, open a plan, start a routine) is done in
    `window`; when it cannot be asked at all, the user is told. Opening a plan or a routine asks
    in a dialog of its own, so it waits until the channel's read handler has returned: the other
    start hangs up meanwhile, and a dialog's event loop inside the handler would delete the
    connection under it."""
    guard.activation_requested.connect(window.show_and_raise)
    guard.open_requested.connect(
        lambda path: QTimer.singleShot(0, lambda: window.open_plan_file(Path(path)))
    )
    guard.start_requested.connect(
        lambda routine: QTimer.singleShot(
            0,
            lambda: window.after_first_run(lambda: start_routine_asked_for(window, routine)),
        )
    )
    tell_channel_problem(window, guard)


def tell_channel_problem(window: MainWindow, guard: InstanceGuard) -> None:
    """This Coach cannot listen for later starts (its channel is held by another account, or not
    the user's alone): say so on the command line and in the window, not only in the log."""
    if guard.listen_problem is None:
        return
    print(
        f"coach: {guard.listen_problem}; a later start of Coach (opening a plan, coach start) "
        "cannot reach this one, and nothing will be sent there.",
        file=sys.stderr,
    )
    window.today.show_notice(
        translate(
            "App",
            "Coach cannot use its channel for later starts ({path}): it is held by another "
            "account or open to others. Opening a plan from the desktop or starting a routine "
            "from a shortcut will not reach this window; nothing is sent to that channel. "
            "Details are in the log: {log}",
        ).format(path=guard.server_name, log=paths.log_file())
    )


def run_gui(
    in_tray: bool = False, plan_file: Path | None = None, routine_id: str | None = None
) -> int:
    """Start the app, or hand over to the copy that is already running; `plan_file` (a
    .coachplan opened from the desktop) is offered for adoption, and the routine `routine_id`
    (`coach start`) started, once the window is up."""
    app = create_application()
    guard = InstanceGuard(paths.instance_lock_path(), paths.instance_server_name())
    if not guard.acquire():
        return hand_over(guard, plan_file, routine_id)
    install_error_reporter(paths.log_file())
    watchdog = start_watchdog(app)
    quit_on_termination_signals(app)
    try:
        services = open_services(SystemClock())
    except ServiceError as error:
        _tell_cannot_start(app, error)
        guard.release()
        return EXIT_PROBLEM
    settings: AppSettings = services.settings.value
    i18n.install(settings.language, app)
    follow_theme_setting(app, services.settings)

    tray_available = QSystemTrayIcon.isSystemTrayAvailable()
    if not tray_available:
        log.warning("no system tray on this desktop: closing the window will quit Coach")
    window = build_window(services, tray_available)
    window.restore_saved_geometry()
    note_interrupted_sessions(window, services)
    window.timers.problem.connect(window.today.show_notice)
    answer_later_starts(window, guard)
    if sys.platform == "darwin":  # only Finder sends file-open events; elsewhere the filter
        # would only be a Python call for every event
        app.installEventFilter(PlanFileOpener(window.open_plan_file, app))
    reminders = start_reminders(window, services, app.platformName())
    tray = Tray(window, app_icon(), app) if tray_available else None
    if tray is not None:
        tray.show()
    show_at_start(window, settings, tray_available, in_tray)
    give_window_icon(app, window, tray.icon.icon() if tray is not None else None)
    window.timers.restore()  # after the tray, so a timer that ended while closed can use it
    reminders.start()
    DailyBackup(services, app)
    QTimer.singleShot(0, lambda: _after_start(window, services))
    if plan_file is not None:
        QTimer.singleShot(0, lambda: window.open_plan_file(plan_file))
    if routine_id is not None:  # after the first run's red-flag questions on a first start
        QTimer.singleShot(
            0, lambda: window.after_first_run(lambda: start_routine_asked_for(window, routine_id))
        )

    def shut_down() -> None:
        reminders.save_on_quit()
        window.save_geometry()
        if watchdog is not None:
            watchdog.stop()
        services.close()
        guard.release()
        log.info("Coach closed")

    app.aboutToQuit.connect(shut_down)
    log.info("Coach %s started", __version__)
    return _run_until_quit(app, window)


def _run_until_quit(app: QApplication, window: MainWindow) -> int:
    """Run until Coach quits; then start it again if the user asked for that (Settings ->
    Language: "Restart now"), now that the single-instance lock is free."""
    code = app.exec()
    if window.restart_requested:
        i18n.start_again()
    return code
