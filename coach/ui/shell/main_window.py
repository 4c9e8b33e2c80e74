"""The main window: the pages' buttons on the left, the pages on the right, and the window's
behaviour on close (to the tray, or quit)."""

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from coach.paths import resources_dir
from coach.services.active_plan import ActivePlanService
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.reminders import ReminderService
from coach.services.settings import SettingsService
from coach.ui.lifecycle.about import AboutInfo
from coach.ui.pages.today.page import TodayPage
from coach.ui.runners.safety_flags import SafetyFlags
from coach.ui.runners.timer_controller import TimerController
from coach.ui.shell import navigation
from coach.ui.shell.changes import ChangeSignal
from coach.ui.shell.menus import build_menus
from coach.ui.shell.navigation_bar import NavigationBar
from coach.ui.shell.settings_model import SettingsModel
from coach.ui.text.labels import minutes_left, timer_title

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
    from PySide6.QtWidgets import QSystemTrayIcon

    from coach.domain.exercises import Exercise
    from coach.domain.reminders import ReminderSettings
    from coach.domain.routines import Routine
    from coach.domain.timers import Timer  # loaded with the first timer (TimerController)
    from coach.services.catalog import Catalog
    from coach.ui.dialogs.data_actions import DataActions
    from coach.ui.dialogs.first_run import FirstRunDialog
    from coach.ui.plans.actions import PlanActions
    from coach.ui.player.window import PlayerWindow
    from coach.ui.runners.cues import CueService
    from coach.ui.runners.notice import Alerts, Notice
    from coach.ui.runners.reminder_controller import ReminderController
    from coach.ui.shell.navigation_icons import NavigationIcons

log = logging.getLogger(__name__)

DEFAULT_SPEECH_ENGINE = (
    "speechd"  # coach.ui.runners.cues' default, without importing it at start-up
)


Page = navigation.Page  # where the rest of Coach and the tests name the pages from


# Page modules other than Today are imported when their page is first shown: start-up stays within
# its budget (tests/bench/startup.py) however large those pages grow. A page class that sets
# `rebuilt_on` (a set of `Change`s) is built again, when next shown, after one of those changes.


def _catalog(context: ServiceContext) -> "Catalog":
    from coach.services.catalog import CatalogService  # noqa: PLC0415

    return CatalogService(context).catalog()


def _settings_page(
    settings: SettingsModel,
    tray_available: bool,
    about: AboutInfo,
    reminders: "ReminderController | None",
    context: ServiceContext,
    restart: Callable[[], None],
) -> QWidget:
    from coach.ui.pages.settings.page import SettingsPage  # noqa: PLC0415

    panel = None
    if reminders is not None:
        from coach.services.catalog import CatalogService  # noqa: PLC0415
        from coach.ui.pages.settings.reminders import ReminderSettingsPanel  # noqa: PLC0415
        from coach.ui.text.data import routine_name  # noqa: PLC0415

        choices = [(r.id, routine_name(r)) for r in CatalogService(context).all_routines()]
        panel = ReminderSettingsPanel(reminders, choices)
    page = SettingsPage(settings, tray_available, about, panel)
    page.restart_requested.connect(restart)
    return page


def _plan_paths(data: "QMimeData") -> list[Path]:
    """The local plan files (.coachplan or .json) among dragged data."""
    if not data.hasUrls():
        return []
    found = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in found if path.suffix.lower() in (".coachplan", ".json")]


class _PageStack(QStackedWidget):
    """The pages, in a scroll area that scrolls only when the window is too small for the page
    shown: its sizes are those of the page shown (a long Settings page must not make Today
    scroll), and asked how tall the page is at a width, it says the least height, not the
    preferred one."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        layout = page.layout() if page is not None else None
        if layout is None or not layout.hasHeightForWidth():
            return -1
        return layout.totalMinimumHeightForWidth(width)


PAGE_MARGINS_PX = 24  # around the pages, beside the navigation
SCROLL_BAR_ROOM_PX = 20  # a vertical scroll bar (Fusion's is 16 px), without asking the style:
# its Python type and enums would cost start-up more than the rest of the sizing


class MainWindow(QMainWindow):
    hidden_to_tray = Signal()
    first_painted = Signal()  # the window was painted for the first time (the self-test waits)
    _painted = False
    restart_requested = False  # set by restart_app: the app starts Coach again once it has quit
    first_run: "FirstRunDialog | None" = None  # the first-run questions, while they are open
    _cue_service: "CueService | None" = None  # made with the first cue
    _after_first_run: "tuple[Callable[[], None], ...]" = ()  # waiting for the first run
    page_icons: "NavigationIcons | None" = None  # given once the window is on screen

    def __init__(
        self,
        context: ServiceContext,
        change_signal: ChangeSignal,
        settings: SettingsModel,
        tray_available: bool,
        about: AboutInfo,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Coach"))
        # What every page, dialog and runner is built with: the services' context (store, clock,
        # change hub), and the hub's changes as a Qt signal to refresh from.
        self.context = context
        self.change_signal = change_signal
        self._settings = settings
        self._tray_available = tray_available
        self._about = about

        self._clock = context.clock
        self.speech_engine: str | None = DEFAULT_SPEECH_ENGINE
        self.player: PlayerWindow | None = None
        self.today = TodayPage(context, change_signal)
        self.today.start_routine_requested.connect(self._start_builtin)
        self._skin_notices: dict[int, Notice] = {}
        self.timers = self._build_timer_controller()
        self.reminders: ReminderController | None = None  # set by the running app
        self._data_actions: DataActions | None = None
        self._alerts: Alerts | None = None  # built with the first notice
        self.tray_icon: QSystemTrayIcon | None = None
        # Pages other than Today are built the first time they are shown, so start-up pays only
        # for what the user sees first.
        self._plan_actions: PlanActions | None = None
        self.setAcceptDrops(True)
        self._factories: dict[Page, Callable[[], QWidget]] = {
            Page.EXERCISES: self._build_exercises_page,
            Page.ROUTINES: self._build_routines_page,
            Page.TIMERS: self._build_timers_page,
            Page.PROGRESS: self._build_progress_page,
            Page.SETTINGS: lambda: self._with_first_run_button(
                _settings_page(
                    settings, tray_available, about, self.reminders, context, self.restart_app
                )
            ),
        }
        self._all_factories = dict(self._factories)
        change_signal.changed.connect(self._store_changed)
        # Today's week (its streak reads the routines done) and the pages' icons once the
        # window is up.
        self.first_painted.connect(
            lambda: QTimer.singleShot(
                0, self.today, lambda: self.today.show_week(self.planned_weekdays)
            )
        )
        self.first_painted.connect(lambda: QTimer.singleShot(0, self, self._give_page_icons))

        self._navigation = NavigationBar([navigation.page_title(page) for page in Page])
        self._navigation.setObjectName("navigation")
        self._navigation.setAccessibleName(self.tr("Pages"))
        self._stack = _PageStack()
        self._stack.setObjectName("pages")
        build_menus(self)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._navigation)
        layout.addWidget(self._scrolling_pages(central), 1)
        self.setCentralWidget(central)
        # Wide enough for Today without scrolling sideways, also at a large text size (until the
        # user's own size is saved), with room for the pages' scroll bar when Today is taller.
        today_width = (
            self._navigation.sizeHint().width()
            + self.today.minimumSizeHint().width()
            + PAGE_MARGINS_PX
            + SCROLL_BAR_ROOM_PX
        )
        self.resize(max(1000, today_width), 700)
        # The pages join the stack once the window has its size: Today's wrapped paragraphs are
        # then laid out at that width, not first at a child widget's default one (start-up).
        self._page_index: dict[Page, int] = {}
        for page in Page:
            widget = self.today if page is Page.TODAY else QWidget()
            self._page_index[page] = self._stack.addWidget(widget)
        self._navigation.current_changed.connect(self._row_changed)
        self._navigation.set_current_row(0)

    def paintEvent(self, event: "QPaintEvent") -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _give_page_icons(self) -> None:
        """An icon beside each page's name (coach.ui.shell.navigation_icons, loaded now)."""
        from coach.ui.shell.navigation_icons import NavigationIcons  # noqa: PLC0415

        self.page_icons = NavigationIcons(self._navigation)

    def _scrolling_pages(self, parent: QWidget) -> QScrollArea:
        """The pages in a scroll area: with large text a page can need more room than the window
        has, and then it scrolls rather than being cut off."""
        scroll = QScrollArea(parent)
        scroll.setObjectName("pageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a Tab stop of its own (Tab skips a widget with a focus proxy) without touching Qt's
        # enums, which would cost start-up 25 ms.
        scroll.setFocusProxy(self._stack)
        scroll.setWidget(self._stack)
        return scroll

    def answer_latest_notice(self) -> None:
        """Go > Answer the latest notice: notices never take the keyboard by themselves (they would
        take what the user types elsewhere), so this brings the keyboard to the newest one."""
        if self._alerts is not None:
            self._alerts.focus_latest()

    def has_active_plan(self) -> bool:
        """A clinician plan is in force (File > Restore the previous plan is offered then)."""
        return ActivePlanService(self.context).any()

    def planned_weekdays(self) -> frozenset[int]:
        """The weekdays with a routine planned, for the streak (coach.domain.progress)."""
        from coach.domain.progress import streak_weekdays  # noqa: PLC0415

        return streak_weekdays(self.reminder_settings().routine)

    def reminder_settings(self) -> "ReminderSettings":
        """The reminder settings (the plan) in force now."""
        if self.reminders is not None:
            return self.reminders.settings
        from coach.domain.reminders import ReminderSettings  # noqa: PLC0415

        return ReminderSettings()

    def plan_actions(self) -> "PlanActions":
        """Opening, adopting and restoring clinician plans, built on first use."""
        if self._plan_actions is None:
            from coach.ui.plans.actions import PlanActions  # noqa: PLC0415

            self._plan_actions = PlanActions(
                self, self.context, self.reminder_settings, lambda: self.timers.limits
            )
        return self._plan_actions

    def open_plan_file(self, path: Path) -> bool:
        """Offer to adopt the plan in `path` (a drop, the desktop, or a second `coach FILE`)."""
        self.show_and_raise()
        return self.plan_actions().open_file(path)

    def open_plan_editor(self) -> None:
        from coach.ui.plans.editor.dialog import open_plan_editor  # noqa: PLC0415

        editor = open_plan_editor(self, _catalog(self.context).library)
        editor.reduce_motion = self._settings.value.reduce_motion

    def print_handout(self) -> None:
        """File > Print a handout: a routine's pages to pin up (the reminded routine offered
        first), saved as a PDF or printed."""
        from coach.ui.dialogs.handout import print_handout  # noqa: PLC0415

        print_handout(self, self.context, self.reminder_settings().routine.routine_id)

    @Slot(object)
    def _store_changed(self, change: Change) -> None:
        """Pages that are built from what `change` touched (their `rebuilt_on`) are built again
        when next shown; the page on screen at once. Everything else (Today, the timers, the
        reminders, the catalog) follows the change itself."""
        current = self.current_page()
        outdated = [
            page
            for page, index in self._page_index.items()
            if page not in self._factories
            and change in getattr(self._stack.widget(index), "rebuilt_on", ())
        ]
        for page in outdated:
            self._reset_page(page)
        if outdated:
            # The navigation still shows `current`: the stack is put back on it (built again
            # if it was one of them).
            self._row_changed(self._page_index[current])

    def _reset_page(self, page: Page) -> None:
        """Rebuild `page` when it is next shown (if it has been built)."""
        if page in self._factories:
            return
        index = self._page_index[page]
        self._factories[page] = self._all_factories[page]
        stub = QWidget()
        old = self._stack.widget(index)
        self._stack.insertWidget(index, stub)
        if old is not None:
            self._stack.removeWidget(old)
            old.deleteLater()

    def dragEnterEvent(self, event: "QDragEnterEvent") -> None:
        if _plan_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: "QDropEvent") -> None:
        found = _plan_paths(event.mimeData())
        if not found:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        # After the drop returns: a dialog inside a drop event blocks the source application.
        QTimer.singleShot(0, lambda: self.open_plan_file(found[0]))

    def data_actions(self) -> "DataActions":
        """Export, import and the report, built on first use."""
        if self._data_actions is None:
            from coach.ui.dialogs.data_actions import DataActions  # noqa: PLC0415

            self._data_actions = DataActions(self, self.context, self.reminder_settings)
        return self._data_actions

    @property
    def settings_page(self) -> QWidget:
        return self._page_widget(Page.SETTINGS)

    def _page_widget(self, page: Page) -> QWidget:
        """The page's widget, built now if this is the first time it is needed."""
        index = self._page_index[page]
        factory = self._factories.pop(page, None)
        if factory is not None:
            widget = factory()
            widget.setObjectName(widget.objectName() or f"{page.value}Page")
            stub = self._stack.widget(index)
            self._stack.insertWidget(index, widget)
            if stub is not None:
                self._stack.removeWidget(stub)
                stub.deleteLater()
        built = self._stack.widget(index)
        assert built is not None
        return built

    @Slot(int)
    def _row_changed(self, row: int) -> None:
        page = list(Page)[row]
        self._stack.setCurrentWidget(self._page_widget(page))
        self._stack.updateGeometry()  # its sizes are the page's (_PageStack)

    def current_page(self) -> Page:
        index = self._stack.currentIndex()
        return next(page for page, i in self._page_index.items() if i == index)

    def _build_exercises_page(self) -> QWidget:
        from coach.ui.pages.exercises import ExercisesPage  # noqa: PLC0415

        page = ExercisesPage(_catalog(self.context), settings=self._settings)
        page.try_exercise.connect(self.try_exercise)
        return page

    def _build_timers_page(self) -> QWidget:
        from coach.ui.pages.timers import TimersPage  # noqa: PLC0415

        return TimersPage(self.timers, self.context)

    @property
    def cue_service(self) -> "CueService":
        """The sound and speech workers of the player and the notices (started when a cue is
        first needed, stopped when Coach quits)."""
        if self._cue_service is None:
            from coach.ui.runners.cues import CueService  # noqa: PLC0415

            self._cue_service = CueService(resources_dir() / "sounds", self.speech_engine, self)
        return self._cue_service

    @property
    def alerts(self) -> "Alerts":
        """The notices (built the first time one is needed)."""
        if self._alerts is None:
            from coach.ui.runners.notice import Alerts  # noqa: PLC0415

            self._alerts = Alerts(self._settings, lambda: self.cue_service, self)
        self._alerts.tray_icon = self.tray_icon
        return self._alerts

    @Slot(object, float)
    def _timer_finished(self, timer: "Timer", late_seconds: float) -> None:
        from coach.domain.heat import HeatSource  # noqa: PLC0415
        from coach.domain.timers import TimerKind  # noqa: PLC0415
        from coach.ui.dialogs.heat_safety import skin_check_text  # noqa: PLC0415

        if timer.kind is TimerKind.HEAT:
            title = self.tr("Heat session done")
            text = self.tr("Take the heat off now.") + " " + skin_check_text()
            if timer.source is HeatSource.PAD:
                text += " " + self.tr("Switch the pad off: never fall asleep with it on.")
            done = self.tr("Done")
        elif timer.kind is TimerKind.REST:
            title = self.tr("Time to move again")
            text = self.tr(
                "Your rest is over. Stand up, walk a few steps and roll your shoulders: people "
                "who keep moving recover sooner."
            )
            done = self.tr("I'm moving")
        else:
            title = self.tr("{timer}: time is up").format(timer=timer_title(timer))
            text = self.tr("Your {minutes}-minute timer has ended.").format(
                minutes=round(timer.planned_seconds / 60)
            )
            done = self.tr("Done")
        if late_seconds >= 60:
            text += " " + self.tr(
                "It ended {n} min ago, while the computer was asleep or Coach was closed."
            ).format(n=round(late_seconds / 60))
        self.alerts.notify(title, text, [("ok", done)], cue="done")

    @Slot(object)
    def _skin_check(self, timer: "Timer") -> None:
        from coach.ui.dialogs.heat_safety import skin_check_text  # noqa: PLC0415

        notice = self.alerts.notify(
            self.tr("Half-way: check your skin"),
            skin_check_text(),
            [("stop", self.tr("Stop heat")), ("fine", self.tr("Skin is fine"))],
            cue="switch",
            repeat=False,
        )
        notice.action_chosen.connect(lambda key: self._stop_heat(timer) if key == "stop" else None)
        self._skin_notices[timer.id] = notice
        notice.closed.connect(lambda: self._skin_notices.pop(timer.id, None))

    def _stop_heat(self, timer: "Timer") -> None:
        from coach.domain.timers import TimerError  # noqa: PLC0415

        # A session that ended just now is not stopped: its end notice says so.
        if timer.status.active:
            with contextlib.suppress(TimerError):
                self.timers.stop(timer)

    @Slot()
    def _close_stale_skin_notices(self) -> None:
        """A skin check is about a running session: once that ends, its notice goes too."""
        active = {timer.id for timer in self.timers.active}
        for timer_id, notice in list(self._skin_notices.items()):
            if timer_id not in active:
                notice.close()

    def timers_summary(self) -> list[str]:
        """One line per running or paused timer, soonest end first and paused ones last: for the
        title bar and the tray."""
        lines: list[tuple[bool, float, str]] = []
        for timer in self.timers.active:
            from coach.domain.timers import TimerStatus  # noqa: PLC0415 (there is a timer)

            left = self.timers.remaining(timer)
            paused = timer.status is TimerStatus.PAUSED
            state = self.tr("paused") if paused else minutes_left(left)
            line = self.tr("{timer}: {state}").format(timer=timer_title(timer), state=state)
            lines.append((paused, left, line))
        return [line for *_, line in sorted(lines)]

    @Slot()
    def _update_title(self) -> None:
        """Remaining time in the title bar (while the window shows; set again when it is shown)
        and in the tray icon's tooltip."""
        if not self.isVisible() and self.tray_icon is None:
            return
        summary = self.timers_summary()
        title = self.tr("Coach")
        if self.isVisible():
            self.setWindowTitle(f"{summary[0]} - {title}" if summary else title)
        if self.tray_icon is not None:
            self.tray_icon.setToolTip("\n".join([title, *summary]))

    def showEvent(self, event: QShowEvent) -> None:
        self._update_title()
        super().showEvent(event)

    def _build_progress_page(self) -> QWidget:
        from coach.ui.pages.progress import ProgressPage  # noqa: PLC0415
        from coach.ui.runners.reminder_controller import system_zone  # noqa: PLC0415

        page = ProgressPage(self.context, lambda: self.reminder_settings().routine, system_zone())
        page.open_today.connect(lambda: self.show_page(Page.TODAY))
        return page

    def _build_timer_controller(self) -> TimerController:
        timers = TimerController(self.context, self.change_signal, self)
        timers.finished.connect(self._timer_finished)
        timers.skin_check.connect(self._skin_check)
        timers.tick.connect(self._update_title)
        timers.changed.connect(self._close_stale_skin_notices)
        return timers

    def _build_routines_page(self) -> QWidget:
        from coach.ui.pages.routines import RoutinesPage  # noqa: PLC0415

        page = RoutinesPage(self.context)
        page.start_routine.connect(self.start_routine)
        return page

    def page_widget(self, page: Page) -> QWidget:
        """The page, built if needed (tests and the player use it)."""
        return self._page_widget(page)

    @Slot(object)
    def try_exercise(self, exercise: "Exercise") -> None:
        from coach.domain.routines import single_exercise_routine  # noqa: PLC0415

        self.start_routine(single_exercise_routine(exercise.id, exercise.name, exercise.dosage))

    @Slot(str)
    def _start_builtin(self, routine_id: str) -> None:
        """A Start button on Today: the quick start or a routine of the active plan."""
        missing = self.tr(
            "The routine of your plan cannot be found. The plan may need to be opened "
            "again (File > Open a clinician plan)."
        )
        if self.start_routine_by_id(routine_id):
            if self.today.notice.text() == missing:
                self.today.show_notice("")
            return
        # The plan's text could not be read (e.g. a newer format from a backup): say so rather
        # than have the button do nothing.
        log.warning("Today could not start %s: no such routine", routine_id)
        self.today.show_notice(missing)

    def start_routine_by_id(self, routine_id: str) -> bool:
        """Open the player for a built-in or user routine; False when there is no such routine
        (it was deleted)."""
        from coach.services.catalog import CatalogService  # noqa: PLC0415

        routine = CatalogService(self.context).routine(routine_id)
        if routine is None:
            return False
        self.start_routine(routine)
        return True

    def _with_first_run_button(self, page: QWidget) -> QWidget:
        page.first_run_requested.connect(self.open_first_run)  # type: ignore[attr-defined]
        return page

    @Slot()
    def open_first_run(self) -> None:
        """The first-run questions (on the first start, and from Settings), over this window."""
        from coach.ui.dialogs.first_run import FirstRunDialog  # noqa: PLC0415

        if self.first_run is not None:
            self.first_run.raise_()
            self.first_run.activateWindow()
            return
        self.first_run = FirstRunDialog(
            self.context,
            self._reminders_now,
            self._apply_reminder_settings,
            self,
            safety=self.safety,
        )
        self.first_run.finished.connect(self._first_run_closed)
        self.first_run.open()

    @Slot()
    def _first_run_closed(self) -> None:
        if self.first_run is not None:
            self.first_run.deleteLater()
        self.first_run = None
        waiting, self._after_first_run = self._after_first_run, ()
        for then in waiting:
            then()

    def after_first_run(self, then: "Callable[[], None]") -> None:
        """Run `then` now, or once the first-run questions are answered or closed when they are
        open or still to come (a routine asked for from the command line waits for the red-flag
        questions)."""
        if self.first_run is None and not SettingsService(self.context).needs_first_run():
            then()
        else:
            self._after_first_run = (*self._after_first_run, then)
            self.show_and_raise()

    def _reminders_now(self) -> "ReminderSettings":
        """The reminder settings in force: the running reminders', else the stored ones."""
        if self.reminders is not None:
            return self.reminders.settings
        return ReminderService(self.context).settings()[0]

    def _apply_reminder_settings(self, settings: "ReminderSettings") -> None:
        if self.reminders is not None:
            self.reminders.apply_settings(settings)
        else:
            ReminderService(self.context).save_settings(settings)

    def focus_checkin(self) -> None:
        """Bring the window up on Today with the pain rating ready for one key press."""
        self.show_page(Page.TODAY)
        self.show_and_raise()
        self.today.focus_rating()

    @Slot(object)
    def start_routine(self, routine: "Routine") -> None:
        """Open the player for a routine (or bring the running one to the front)."""
        if self.player is not None:
            self.player.raise_()
            self.player.activateWindow()
            return
        if not self._safety_allows(routine):
            return
        from coach.services.doses import DoseService  # noqa: PLC0415
        from coach.ui.player.window import PlayerWindow  # noqa: PLC0415
        from coach.ui.runners.cues import Cues  # noqa: PLC0415

        # At the dose the user accepted from a progression suggestion, if it still holds under
        # the active plan and its bounds (coach.domain.dosing).
        routine = DoseService(self.context).routine_at_dose(routine)
        service = self.cue_service
        service.speech_engine = self.speech_engine
        cues = Cues(service, speech=True, muted=not self._settings.value.sound_enabled)
        self.player = PlayerWindow(
            routine,
            self.context,
            _catalog(self.context),
            cues,
            settings=self._settings,
            planned_weekdays=self.planned_weekdays(),
        )
        self.player.running.mute_button.setChecked(cues.muted)
        self.player.closed.connect(self._player_closed)
        self.player.safety = self.safety
        self.player.place_on(self.screen())
        self.player.show()
        self.player.activateWindow()

    @property
    def safety(self) -> SafetyFlags:
        """The open safety flags (CLINICAL.md section 4a), Today's: its banner, the first run,
        the player, the reminders and the question before a routine starts share them and follow
        their change signal."""
        return self.today.safety

    def _safety_allows(self, routine: "Routine") -> bool:
        """While a safety flag is open (CLINICAL.md section 4a), a routine starts only when the
        user says so: asked over this window, naming the flag, "do not start" the default. Every
        way of starting one comes here (Today, Routines, Exercises, a reminder, `coach start`)."""
        if not self.safety.any_open():
            return True
        from coach.ui.pages.today.safety_banner import confirm_start  # noqa: PLC0415
        from coach.ui.text.data import routine_name  # noqa: PLC0415

        self.show_and_raise()
        allowed = confirm_start(self, self.safety.open_flags(), routine_name(routine))
        log.info(
            "routine %s %s while a safety flag is open",
            routine.id,
            "started" if allowed else "not started",
        )
        return allowed

    @Slot(int)
    def _player_closed(self, _session_id: int) -> None:
        if self.player is not None:
            self.player.deleteLater()
        self.player = None

    def show_page(self, page: Page) -> None:
        self._navigation.set_current_row(self._page_index[page])

    def restore_saved_geometry(self) -> bool:
        """Put the window where it was last time; False when nothing (usable) was saved."""
        from PySide6.QtCore import QByteArray  # noqa: PLC0415 (not needed to show the window)

        saved = SettingsService(self.context).window_geometry()
        if saved is None or not self.restoreGeometry(QByteArray(saved)):
            screen = QGuiApplication.primaryScreen()
            if screen is not None:
                area = screen.availableGeometry()
                frame = self.frameGeometry()
                frame.moveCenter(area.center())
                self.move(frame.topLeft())
            return False
        return True

    def save_geometry(self) -> None:
        SettingsService(self.context).save_window_geometry(bytes(self.saveGeometry().data()))

    @Slot()
    def show_and_raise(self) -> None:
        if self.isMinimized():
            self.showNormal()
        else:
            self.show()
        self.raise_()
        self.activateWindow()

    @Slot()
    def toggle_visible(self) -> None:
        if self.isVisible() and not self.isMinimized():
            self.save_geometry()
            self.hide()
        else:
            self.show_and_raise()

    @Slot()
    def quit_app(self) -> None:
        """End Coach. `exit` rather than `quit`: Qt 6's quit() first sends close events, and a window
        that closes to the tray ignores them, which would cancel the quit."""
        if self.player is not None:
            self.player.end_now()  # a routine in progress is recorded as ended early
        if self._alerts is not None:
            self._alerts.close_all()
        if self._cue_service is not None:
            self._cue_service.stop()
        self.save_geometry()
        QApplication.exit(0)

    @Slot()
    def restart_app(self) -> None:
        """Quit, and have the app start Coach again (a new language takes effect)."""
        self.restart_requested = True
        self.quit_app()

    def closes_to_tray(self) -> bool:
        return self._tray_available and self._settings.value.close_to_tray

    def closeEvent(self, event: "QCloseEvent") -> None:
        self.save_geometry()
        if self.closes_to_tray():
            event.ignore()
            self.hide()
            log.info("window closed to the tray")
            self.hidden_to_tray.emit()
            return
        event.accept()
        self.quit_app()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

        QMessageBox.about(
            self,
            self.tr("About Coach"),
            self.tr(
                "<b>Coach {version}</b><p>Desk exercise, heat and movement-break coach. Everything "
                "stays on this computer.</p><p>Coach does not diagnose and does not replace a "
                "doctor or physiotherapist.</p><p>Data: {data}<br>Log: {log}</p>"
            ).format(
                version=self._about.version,
                data=self._about.data_dir,
                log=self._about.log_file,
            ),
        )
