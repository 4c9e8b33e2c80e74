"""Today's banner while a safety flag is open, and the question before a routine starts then
(CLINICAL.md section 4a). Loaded only while a flag is open: see `coach.ui.runners.safety_flags`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.ui.dialogs.clinician_check import ask_and_clear
from coach.ui.text.situations import situation_sentence, urgency_situation
from coach.ui.text.translate import translate
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import heading, paragraph

if TYPE_CHECKING:
    from datetime import datetime

    from coach.domain.safety import SafetyFlag
    from coach.ui.runners.safety_flags import SafetyFlags


def moment_text(moment: datetime) -> str:
    """A date and time in the user's locale and zone ("10 June 2026, 09:30")."""
    local = moment.astimezone()
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{day}, {time}"


def flag_text(flag: SafetyFlag) -> str:
    """What the flag is about and what to do, in one short paragraph."""
    from coach.ui.text.advice import flag_reasons  # noqa: PLC0415 (the safety wording: when shown)

    return translate("SafetyFlags", "On {date} you told Coach about: {reasons}. {advice}").format(
        date=moment_text(flag.raised_at),
        reasons=flag_reasons(flag),
        advice=situation_sentence(urgency_situation(flag.urgency)),
    )


class SafetyBanner(QFrame):
    """Today's calm note while a flag is open: what was said and when, the one sentence for it,
    and "A clinician has checked this" (after a confirmation). In the theme's colours: a panel
    in the alternate base colour, no alarm red."""

    def __init__(self, flags: SafetyFlags, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyBanner")
        self._flags = flags
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.title = heading(self.tr("Waiting for a clinician's check"), self, scale=tokens.SECTION)
        self.title.setWordWrap(True)
        self.text = paragraph("", self)
        self.text.setObjectName("safetyBannerText")
        self.held = paragraph(
            self.tr(
                "Until then, Coach holds your exercise reminders and asks before a routine "
                "starts. Movement breaks and check-ins go on."
            ),
            self,
        )
        self.clear_button = QPushButton(self.tr("A clinician has &checked this…"), self)
        self.clear_button.setObjectName("clearSafetyFlags")
        self.clear_button.clicked.connect(self.confirm_clear)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_button)
        body = QVBoxLayout(self)
        for widget in (self.title, self.text, self.held):
            body.addWidget(widget)
        body.addLayout(row)
        self.setAccessibleName(self.title.text())

    def show_flags(self, flags: list[SafetyFlag]) -> None:
        """Show the open flags (hidden when there are none)."""
        self.setVisible(bool(flags))
        if not flags:
            return
        text = "\n\n".join(flag_text(flag) for flag in flags)
        self.text.setText(text)
        self.setAccessibleDescription(text)

    @Slot()
    def confirm_clear(self) -> None:
        """Ask, then clear every open flag (the reminders follow the change signal)."""
        ask_and_clear(self, self._flags)


def confirm_start(parent: QWidget, flags: list[SafetyFlag], routine: str) -> bool:
    """Before a routine starts while a flag is open: name the flag and what to do, and start
    only when the user says so (the default button does not start)."""
    box = QMessageBox(parent)
    box.setObjectName("startWithSafetyFlag")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("SafetyFlags", "Start the routine?"))
    box.setText(
        "\n\n".join(
            [
                *(flag_text(flag) for flag in flags),
                translate(
                    "SafetyFlags",
                    'Until a clinician has checked this, Coach suggests no exercise. Start "{routine}" '
                    "anyway?",
                ).format(routine=routine),
            ]
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    start = box.button(QMessageBox.StandardButton.Yes)
    start.setText(translate("SafetyFlags", "Start &anyway"))
    stay = box.button(QMessageBox.StandardButton.No)
    stay.setText(translate("SafetyFlags", "&Do not start"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return bool(box.exec() == QMessageBox.StandardButton.Yes)
