"""The app's own small notices: always on top, never taking the keyboard from what the user is
typing in, stacked in a corner of the screen. They are shown whether or not the desktop has a tray
(GNOME has none by default, and tray messages can be hidden), and can sound again gently until the
user answers them."""

import logging
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
)

from coach.domain.settings import ALERT_REPEAT_LIMIT
from coach.ui.shell.settings_model import SettingsModel
from coach.ui.widgets import tokens
from coach.ui.widgets.theme import rescale

if TYPE_CHECKING:
    from coach.ui.runners.cues import Cues, CueService

log = logging.getLogger(__name__)

NOTICE_WIDTH = 360
MARGIN = 16


class Notice(QFrame):
    """One notice: a title, a sentence or two and a row of buttons. Choosing a button emits its key
    and closes the notice."""

    action_chosen = Signal(str)
    closed = Signal()

    def __init__(
        self,
        title: str,
        text: str,
        actions: Sequence[tuple[str, str]],
        choices: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    ) -> None:
        super().__init__(
            None,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAccessibleName(title)
        self.setAccessibleDescription(text)
        self.setFixedWidth(NOTICE_WIDTH)
        self.repeats = 0
        choices = choices or {}
        layout = QVBoxLayout(self)
        self.title = QLabel(title, self)
        self.title.setObjectName("noticeTitle")
        font = QFont(self.title.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        rescale(self.title, tokens.SECTION)  # follows the text size setting
        self.title.setWordWrap(True)
        self.text = QLabel(text, self)
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, label in actions:
            button = QPushButton(label, self)
            button.setObjectName(f"notice_{key}")
            if key in choices:
                # A button with a menu of choices (Snooze: 5, 10, 15 min); each chooses "key:sub".
                menu = QMenu(button)
                for sub_key, sub_label in choices[key]:
                    action = menu.addAction(sub_label)
                    action.setObjectName(f"notice_{key}_{sub_key}")
                    action.triggered.connect(lambda _=False, k=f"{key}:{sub_key}": self.choose(k))
                button.setMenu(menu)
            else:
                button.clicked.connect(lambda _=False, k=key: self.choose(k))
            row.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(row)
        # Wider with large text, so that the buttons keep their whole labels.
        self.setFixedWidth(max(NOTICE_WIDTH, layout.minimumSize().width()))

    def choose(self, key: str) -> None:
        self.action_chosen.emit(key)
        self.close()

    def take_keyboard(self) -> None:
        """Let the keyboard in, on the first button (the user asked: Go > Answer the latest
        notice); Tab goes through the buttons, Space or Enter chooses."""
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, False)
        self.show()  # a change of window flags hides the window
        self.raise_()
        self.activateWindow()
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


class Alerts(QObject):
    """Shows notices with their sound and tray message, and keeps them stacked."""

    def __init__(
        self,
        settings: SettingsModel,
        cue_service: "Callable[[], CueService]",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._cue_service = cue_service
        self.tray_icon: QSystemTrayIcon | None = None
        self.notices: list[Notice] = []
        self.cues: Cues | None = None  # loaded with the first notice (QtMultimedia is not light)

    def notify(
        self,
        title: str,
        text: str,
        actions: Sequence[tuple[str, str]],
        cue: str = "done",
        repeat: bool = True,
        choices: Mapping[str, Sequence[tuple[str, str]]] | None = None,
    ) -> Notice:
        """Show a notice now, sound its cue, and repeat the cue (per the setting) until answered."""
        notice = Notice(title, text, actions, choices)
        notice.closed.connect(lambda: self._forget(notice))
        self.notices.append(notice)
        self._place()
        notice.show()
        self._play(cue)
        if self.tray_icon is not None and self.tray_icon.isVisible():
            self.tray_icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10000)
        interval = self._settings.value.alert_repeat_seconds
        if repeat and interval:
            again = QTimer(notice)
            again.setInterval(interval * 1000)
            again.timeout.connect(lambda: self._repeat(notice, again, cue))
            again.start()
        return notice

    def close_all(self) -> None:
        for notice in list(self.notices):
            notice.close()

    def focus_latest(self) -> bool:
        """Bring the keyboard to the newest notice; False when there is none."""
        if not self.notices:
            return False
        self.notices[-1].take_keyboard()
        return True

    def _repeat(self, notice: Notice, timer: QTimer, cue: str) -> None:
        notice.repeats += 1
        self._play(cue)
        if notice.repeats >= ALERT_REPEAT_LIMIT:
            timer.stop()

    @Slot()
    def _forget(self, notice: Notice) -> None:
        if notice in self.notices:
            self.notices.remove(notice)
            notice.deleteLater()
            self._place()

    def _place(self) -> None:
        """Stack the notices upwards from the bottom-right corner of the screen."""
        screens = QGuiApplication.screens()  # the primary first; none while the app shuts down
        if not screens:
            return
        area = screens[0].availableGeometry()
        bottom = area.bottom() - MARGIN
        for notice in self.notices:
            notice.adjustSize()
            # Wrapped text needs more height at the notice's fixed width than at the wider width
            # its size hint assumes (long German sentences were cut off).
            height = max(notice.sizeHint().height(), notice.heightForWidth(notice.width()))
            notice.resize(notice.width(), height)
            notice.move(area.right() - MARGIN - notice.width(), bottom - height)
            bottom -= height + MARGIN // 2

    def _play(self, cue: str) -> None:
        if not self._settings.value.sound_enabled:
            return
        if self.cues is None:
            from coach.ui.runners.cues import Cues  # noqa: PLC0415

            self.cues = Cues(self._cue_service(), speech=False, parent=self)
        self.cues.play(cue)
