"""The main window: a navigation list on the left, the pages on the right, and the window's
behaviour on close (to the tray, or quit)."""

import logging
from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QByteArray, QSize, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from coach.clock import Clock
from coach.store.repo import Repo
from coach.ui.about import AboutInfo
from coach.ui.pages.today import TodayPage
from coach.ui.settings_model import SettingsModel

log = logging.getLogger(__name__)


class Page(StrEnum):
    TODAY = "today"
    EXERCISES = "exercises"
    ROUTINES = "routines"
    TIMERS = "timers"
    PROGRESS = "progress"
    SETTINGS = "settings"


# Page modules other than Today are imported when their page is first shown: start-up stays within
# its budget (tests/bench/startup.py) however large those pages grow.


def _placeholder(title: str, promise: str) -> QWidget:
    from coach.ui.pages.placeholder import PlaceholderPage  # noqa: PLC0415

    return PlaceholderPage(title, promise)


def _settings_page(settings: SettingsModel, tray_available: bool, about: AboutInfo) -> QWidget:
    from coach.ui.pages.settings import SettingsPage  # noqa: PLC0415

    return SettingsPage(settings, tray_available, about)


class MainWindow(QMainWindow):
    hidden_to_tray = Signal()

    def __init__(
        self,
        repo: Repo,
        clock: Clock,
        settings: SettingsModel,
        tray_available: bool,
        about: AboutInfo,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Coach"))
        self._repo = repo
        self._settings = settings
        self._tray_available = tray_available
        self._about = about

        self.today = TodayPage(repo, clock)
        # Pages other than Today are built the first time they are shown, so start-up pays only
        # for what the user sees first.
        self._factories: dict[Page, Callable[[], QWidget]] = {
            Page.EXERCISES: lambda: _placeholder(
                self.tr("Exercises"),
                self.tr(
                    "An illustrated library of desk exercises for the neck, shoulders and "
                    "upper back, with dosage and cautions, will appear here."
                ),
            ),
            Page.ROUTINES: lambda: _placeholder(
                self.tr("Routines"),
                self.tr(
                    "Built-in and your own routines, and the guided player that counts holds "
                    "and rests for you, will appear here."
                ),
            ),
            Page.TIMERS: lambda: _placeholder(
                self.tr("Timers"),
                self.tr(
                    "Heat and rest timers with built-in heat safety (session cap, skin checks, "
                    "gaps between sessions) will appear here."
                ),
            ),
            Page.PROGRESS: lambda: _placeholder(
                self.tr("Progress"),
                self.tr(
                    "Charts of your pain check-ins, minutes of exercise and heat, and how well "
                    "you keep to your plan will appear here. Your check-ins from Today are "
                    "already being saved."
                ),
            ),
            Page.SETTINGS: lambda: _settings_page(settings, tray_available, about),
        }
        titles = {
            Page.TODAY: self.tr("Today"),
            Page.EXERCISES: self.tr("Exercises"),
            Page.ROUTINES: self.tr("Routines"),
            Page.TIMERS: self.tr("Timers"),
            Page.PROGRESS: self.tr("Progress"),
            Page.SETTINGS: self.tr("Settings"),
        }

        self._navigation = QListWidget()
        self._navigation.setObjectName("navigation")
        self._navigation.setAccessibleName(self.tr("Pages"))
        self._navigation.setFixedWidth(170)
        self._stack = QStackedWidget()
        self._stack.setObjectName("pages")
        self._page_index: dict[Page, int] = {}
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        row_height = self.fontMetrics().height() + 16
        for number, page in enumerate(Page, start=1):
            widget = self.today if page is Page.TODAY else QWidget()
            self._page_index[page] = self._stack.addWidget(widget)
            item = QListWidgetItem(titles[page], self._navigation)
            item.setSizeHint(QSize(0, row_height))
            action = QAction(titles[page], self)
            # setShortcuts (plural) avoids PySide building every Qt.* enum (10 ms) at start-up.
            action.setShortcuts([QKeySequence(f"Ctrl+{number}")])
            action.triggered.connect(lambda _=False, p=page: self.show_page(p))
            go_menu.addAction(action)
        self._navigation.currentRowChanged.connect(self._row_changed)
        self._navigation.setCurrentRow(0)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("quitAction")
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.quit_app)
        file_menu.addAction(quit_action)
        self.menuBar().insertMenu(go_menu.menuAction(), file_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Coach"), self)
        about_action.triggered.connect(self._show_about)
        help_menu.addAction(about_action)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._navigation)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self.resize(1000, 700)

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

    def current_page(self) -> Page:
        index = self._stack.currentIndex()
        return next(page for page, i in self._page_index.items() if i == index)

    def show_page(self, page: Page) -> None:
        self._navigation.setCurrentRow(self._page_index[page])

    def restore_saved_geometry(self) -> bool:
        """Put the window where it was last time; False when nothing (usable) was saved."""
        saved = self._repo.load_window_geometry()
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
        self._repo.save_window_geometry(bytes(self.saveGeometry().data()))

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
        self.save_geometry()
        QApplication.exit(0)

    def closes_to_tray(self) -> bool:
        return self._tray_available and self._settings.value.close_to_tray

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        if self.closes_to_tray():
            event.ignore()
            self.hide()
            log.info("window closed to the tray")
            self.hidden_to_tray.emit()
            return
        event.accept()
        QApplication.exit(0)

    def _show_about(self) -> None:
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
