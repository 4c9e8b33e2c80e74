"""The player's questions before and after a routine: the 0-10 pain scale, and the page that
pain of 8 or more opens before starting (CLINICAL.md section 3)."""

from PySide6.QtCore import QLocale, QSize, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.domain.checkins import NRS_MAX, NRS_MIN
from coach.ui.text.advice import Situation, situation_sentence
from coach.ui.text.translate import translate
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import announce, heading, paragraph, tab_order


class PainScale(QWidget):
    """The 0-10 rating with its standard anchors, a Skip button and digit keys 0-9."""

    chosen = Signal(int)
    skipped = Signal()

    def __init__(self, question: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.question = heading(question, self, scale=tokens.LARGE)
        self.question.setWordWrap(True)
        row = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for value in range(NRS_MIN, NRS_MAX + 1):
            button = QPushButton(str(value), self)
            button.setObjectName(f"{name}{value}")
            button.setAccessibleName(self.tr("Pain %n out of 10", "", value))
            button.setMinimumSize(QSize(40, 40))
            button.clicked.connect(lambda _=False, v=value: self.chosen.emit(v))
            row.addWidget(button)
            self.buttons.append(button)
        anchors = QHBoxLayout()
        anchors.addWidget(QLabel(self.tr("0 = no pain"), self))
        anchors.addStretch(1)
        anchors.addWidget(QLabel(self.tr("10 = worst imaginable pain"), self))
        self.skip = QPushButton(self.tr("S&kip"), self)
        self.skip.setObjectName(f"{name}Skip")
        self.skip.clicked.connect(self.skipped.emit)
        skip_row = QHBoxLayout()
        skip_row.addStretch(1)
        skip_row.addWidget(self.skip)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addLayout(anchors)
        layout.addLayout(skip_row)
        layout.addStretch(2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digit keys 0-9 answer at once (10 by its button); keys reach here from the buttons."""
        text = event.text()
        if len(text) == 1 and text.isdigit():
            self.chosen.emit(int(text))
            return
        super().keyPressEvent(event)


class HighPainPage(QWidget):
    """Pain of 8 or more before starting (CLINICAL.md section 3): why to rest the exercise today,
    the choices (a gentler routine, a check-in instead, start anyway: never the default) and the
    signs to stop and seek care. The player connects the three buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("highPainPage")
        self.title = heading("", self)
        self.title.setWordWrap(True)
        self.reason = paragraph("", self)
        self.reason.setObjectName("highPainText")
        self.gentler_text = paragraph("", self)
        self.gentler_text.setObjectName("gentlerText")
        self.seek_care_text = paragraph(situation_sentence(Situation.SEEK_CARE), self)
        self.seek_care_text.setObjectName("highPainSeekCare")
        self.gentler_button = QPushButton(translate("PlayerWindow", "&Gentler routine"), self)
        self.gentler_button.setObjectName("gentlerRoutine")
        self.checkin_button = QPushButton(translate("PlayerWindow", "Just a &check-in"), self)
        self.checkin_button.setObjectName("checkInInstead")
        self.checkin_button.setToolTip(
            translate("PlayerWindow", "Save this pain rating as a check-in and close")
        )
        self.anyway_button = QPushButton(translate("PlayerWindow", "&Start anyway"), self)
        self.anyway_button.setObjectName("startAnyway")
        buttons = QHBoxLayout()
        buttons.addWidget(self.gentler_button)
        buttons.addWidget(self.checkin_button)
        buttons.addStretch(1)
        buttons.addWidget(self.anyway_button)
        tab_order(self.gentler_button, self.checkin_button, self.anyway_button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.title, self.reason, self.gentler_text, self.seek_care_text):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def ask(self, pain_before: int, gentler_exercises: list[str] | None) -> None:
        """Say why to rest today and offer the choices; the gentler routine only when there is
        one (`gentler_exercises`, its exercises' names). Call it once the page shows: it moves
        the focus to the first choice and has a screen reader say the page."""
        self.title.setText(
            translate("PlayerWindow", "Pain of {pain} out of 10 before you start").format(
                pain=pain_before
            )
        )
        self.reason.setText(
            translate(
                "PlayerWindow",
                "Pain this high is a reason to rest the exercise today rather than push through "
                "it. You can do a gentler routine instead (mobility only, at the smallest dose), "
                "just save your pain as a check-in, or start anyway.",
            )
        )
        if gentler_exercises is not None:
            self.gentler_text.setText(
                translate(
                    "PlayerWindow",
                    "The gentler routine: {exercises}, once each at the smallest dose.",
                ).format(exercises=QLocale().createSeparatedList(gentler_exercises))
            )
        self.gentler_text.setVisible(gentler_exercises is not None)
        self.gentler_button.setVisible(gentler_exercises is not None)
        (self.gentler_button if gentler_exercises is not None else self.checkin_button).setFocus()
        announce(self.title, f"{self.title.text()} {self.reason.text()}")
