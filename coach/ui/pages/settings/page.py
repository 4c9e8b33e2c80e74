"""Settings: sound, theme, text size and reduced motion, tray behaviour, where Coach keeps its
files, and the Reminders tab."""

import logging

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach import autostart
from coach.domain.settings import ALERT_REPEAT_LIMIT, TEXT_SCALE_CHOICES, AppSettings, Theme
from coach.services.changes import Change
from coach.ui.lifecycle import i18n
from coach.ui.lifecycle.about import AboutInfo
from coach.ui.shell.settings_model import SettingsModel
from coach.ui.widgets.blocks import heading, paragraph

log = logging.getLogger(__name__)


class SettingsPage(QWidget):
    restart_requested = Signal()  # "Restart now" after choosing another language
    first_run_requested = Signal()  # "Go through the first-run questions again"
    # The main window builds the page again (when next shown) after one of these: the reminder
    # panel shows the plan's schedule and routines.
    rebuilt_on = frozenset({Change.PLAN, Change.DATA})

    def __init__(
        self,
        model: SettingsModel,
        tray_available: bool,
        about: AboutInfo,
        reminders: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`reminders`: the Reminders tab, where the app runs reminders (not in the self-test)."""
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self._model = model
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Settings"), self))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        general = QWidget(self.tabs)
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self._build_sound_box())
        general_layout.addWidget(self._build_appearance_box())
        general_layout.addWidget(self._build_language_box())
        general_layout.addWidget(self._build_window_box(tray_available))
        general_layout.addWidget(self._build_first_run_box())
        general_layout.addWidget(self._build_about_box(about))
        general_layout.addStretch(1)
        self.tabs.addTab(general, self.tr("G&eneral"))
        if reminders is not None:
            self.tabs.addTab(reminders, self.tr("&Reminders"))
        layout.addWidget(self.tabs)

        self._show(model.value)
        model.changed.connect(self._show)

    def _build_sound_box(self) -> QGroupBox:
        sound_box = QGroupBox(self.tr("Sound"), self)
        self.sound = QCheckBox(self.tr("Play &sounds for cues, timers and reminders"), sound_box)
        self.sound.setObjectName("soundEnabled")
        self.sound.toggled.connect(lambda on: self._model.update(sound_enabled=on))
        self.alert_repeat = QComboBox(sound_box)
        self.alert_repeat.setObjectName("alertRepeat")
        for seconds, label in (
            (0, self.tr("Once")),
            (30, self.tr("Every 30 seconds")),
            (60, self.tr("Every minute")),
            (120, self.tr("Every 2 minutes")),
        ):
            self.alert_repeat.addItem(label, seconds)
        self.alert_repeat.setToolTip(
            self.tr("Until you acknowledge it, at most {n} times.").format(n=ALERT_REPEAT_LIMIT)
        )
        self.alert_repeat.currentIndexChanged.connect(
            lambda index: self._model.update(
                alert_repeat_seconds=int(self.alert_repeat.itemData(index))
            )
        )
        repeat_label = QLabel(self.tr("Re&peat the end-of-timer alert:"), sound_box)
        repeat_label.setBuddy(self.alert_repeat)
        sound_layout = QFormLayout(sound_box)
        sound_layout.addRow(self.sound)
        sound_layout.addRow(repeat_label, self.alert_repeat)
        return sound_box

    def _build_appearance_box(self) -> QGroupBox:
        look_box = QGroupBox(self.tr("Appearance"), self)
        self.theme = QComboBox(look_box)
        self.theme.setObjectName("theme")
        for theme, label in (
            (Theme.SYSTEM, self.tr("Follow the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
            (Theme.HIGH_CONTRAST, self.tr("High contrast")),
        ):
            self.theme.addItem(label, theme.value)
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        theme_label = QLabel(self.tr("&Theme:"), look_box)
        theme_label.setBuddy(self.theme)
        self.text_scale = QComboBox(look_box)
        self.text_scale.setObjectName("textScale")
        for percent in TEXT_SCALE_CHOICES:
            label = self.tr("{n} %").format(n=percent)
            if percent == 100:
                label = self.tr("{n} % (the system's size)").format(n=percent)
            self.text_scale.addItem(label, percent)
        self.text_scale.setToolTip(self.tr("A zoom on the text size set for your desktop."))
        self.text_scale.currentIndexChanged.connect(
            lambda index: self._model.update(text_scale=int(self.text_scale.itemData(index)))
        )
        text_scale_label = QLabel(self.tr("Te&xt size:"), look_box)
        text_scale_label.setBuddy(self.text_scale)
        # Off by default: Qt says nothing of the desktop's reduced-motion preference (see
        # AppSettings.reduce_motion).
        self.reduce_motion = QCheckBox(
            self.tr("Re&duce motion (show still pictures instead of moving figures)"), look_box
        )
        self.reduce_motion.setObjectName("reduceMotion")
        self.reduce_motion.setToolTip(
            self.tr(
                "Instead of a moving figure, routines and the Exercises page show each "
                "exercise's key positions one after another."
            )
        )
        self.reduce_motion.toggled.connect(lambda on: self._model.update(reduce_motion=on))
        look_form = QFormLayout(look_box)
        look_form.addRow(theme_label, self.theme)
        look_form.addRow(text_scale_label, self.text_scale)
        look_form.addRow(self.reduce_motion)
        return look_box

    def _build_language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"), self)
        self.language = QComboBox(box)
        self.language.setObjectName("language")
        # Each language in its own words, so that anyone can find theirs.
        for code, name in (
            ("system", self.tr("System language")),
            ("en", "English"),
            ("de", "Deutsch"),
        ):
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._language_chosen)
        label = QLabel(self.tr("La&nguage:"), box)
        label.setBuddy(self.language)
        self.restart_note = QLabel(self.tr("Coach uses the new language after a restart."), box)
        self.restart_note.setObjectName("languageRestartNote")
        self.restart_note.setWordWrap(True)
        self.restart_button = QPushButton(self.tr("Restart no&w"), box)
        self.restart_button.setObjectName("restartNow")
        self.restart_button.clicked.connect(self.restart_requested.emit)
        restart_row = QHBoxLayout()
        restart_row.addWidget(self.restart_note, 1)
        restart_row.addWidget(self.restart_button)
        form = QFormLayout(box)
        form.addRow(label, self.language)
        form.addRow(restart_row)
        self._show_restart_hint(False)
        return box

    def _show_restart_hint(self, shown: bool) -> None:
        self.restart_note.setVisible(shown)
        self.restart_button.setVisible(shown)

    @Slot(int)
    def _language_chosen(self, index: int) -> None:
        setting = str(self.language.itemData(index))
        self._model.update(language=setting)
        self._show_restart_hint(i18n.resolve(setting) != i18n.current_language())

    def _build_window_box(self, tray_available: bool) -> QGroupBox:
        window_box = QGroupBox(self.tr("Window"), self)
        self.close_to_tray = QCheckBox(
            self.tr("&Keep running in the system tray when the window is closed"), window_box
        )
        self.close_to_tray.setObjectName("closeToTray")
        self.close_to_tray.toggled.connect(lambda on: self._model.update(close_to_tray=on))
        self.start_minimised = QCheckBox(self.tr("Start &minimised"), window_box)
        self.start_minimised.setObjectName("startMinimised")
        self.start_minimised.toggled.connect(lambda on: self._model.update(start_minimised=on))
        self.start_at_login = QCheckBox(self.tr("Start Coach when I &log in (in the tray)"))
        self.start_at_login.setObjectName("startAtLogin")
        self.start_at_login.setChecked(autostart.is_enabled())
        self.start_at_login.toggled.connect(self._start_at_login)
        self.login_message = QLabel(window_box)
        self.login_message.setObjectName("startAtLoginMessage")
        self.login_message.setWordWrap(True)
        self.login_message.hide()
        window_layout = QVBoxLayout(window_box)
        window_layout.addWidget(self.close_to_tray)
        window_layout.addWidget(self.start_minimised)
        window_layout.addWidget(self.start_at_login)
        window_layout.addWidget(self.login_message)
        if not tray_available:
            self.close_to_tray.setEnabled(False)
            note = paragraph(
                self.tr(
                    "No system tray was found on this desktop, so closing the window quits Coach "
                    "and 'Start minimised' minimises the window instead of hiding it."
                ),
                window_box,
            )
            note.setObjectName("noTrayNote")
            window_layout.addWidget(note)
        return window_box

    def _build_first_run_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("First run"), self)
        note = paragraph(
            self.tr(
                "The safety questions, heat safety, your goals and working hours, and the "
                "suggested reminders: change any of your answers."
            ),
            box,
        )
        button = QPushButton(self.tr("Go through the first-run &questions again…"), box)
        button.setObjectName("firstRunAgain")
        button.clicked.connect(self.first_run_requested.emit)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(note)
        layout.addLayout(row)
        return box

    def _build_about_box(self, about: AboutInfo) -> QGroupBox:
        about_box = QGroupBox(self.tr("About Coach"), self)
        about_form = QFormLayout(about_box)
        for label, value in (
            (self.tr("Version"), about.version),
            (self.tr("Data folder"), str(about.data_dir)),
            (self.tr("Database"), str(about.database)),
            (self.tr("Log file"), str(about.log_file)),
        ):
            about_form.addRow(label + ":", self._selectable(value, label))
        open_folder = QPushButton(self.tr("&Open data folder"), about_box)
        open_folder.setObjectName("openDataFolder")
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(about.data_dir)))
        )
        button_row = QHBoxLayout()
        button_row.addWidget(open_folder)
        button_row.addStretch(1)
        about_form.addRow("", button_row)
        return about_box

    def _selectable(self, text: str, name: str) -> QLineEdit:
        """Read-only text that can be selected and copied, by mouse or keyboard."""
        field = QLineEdit(text, self)
        field.setReadOnly(True)
        field.setAccessibleName(name)
        field.setCursorPosition(0)
        return field

    @Slot(object)
    def _show(self, settings: AppSettings) -> None:
        self.sound.setChecked(settings.sound_enabled)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme.value))
        self.text_scale.setCurrentIndex(self.text_scale.findData(settings.text_scale))
        self.reduce_motion.setChecked(settings.reduce_motion)
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.close_to_tray.setChecked(settings.close_to_tray)
        self.start_minimised.setChecked(settings.start_minimised)
        self.alert_repeat.setCurrentIndex(self.alert_repeat.findData(settings.alert_repeat_seconds))

    @Slot(bool)
    def _start_at_login(self, on: bool) -> None:
        try:
            if on:
                where = autostart.enable()
                self.login_message.setText(
                    self.tr("Coach will start in the tray when you log in ({where}).").format(
                        where=where
                    )
                )
            else:
                autostart.disable()
                self.login_message.setText(self.tr("Coach will no longer start when you log in."))
        except autostart.AutostartError as error:
            log.error("%s", error)
            self.login_message.setText(
                self.tr("Coach could not change how it starts at login ({error}).").format(
                    error=error
                )
            )
            self.start_at_login.blockSignals(True)
            self.start_at_login.setChecked(autostart.is_enabled())
            self.start_at_login.blockSignals(False)
        self.login_message.show()

    @Slot(int)
    def _theme_chosen(self, index: int) -> None:
        self._model.update(theme=Theme(self.theme.itemData(index)))
