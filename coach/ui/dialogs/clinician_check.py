""" "A clinician has checked this": the one question before the open safety flags are cleared
(CLINICAL.md section 4a, persistence), asked from Today's banner and from Settings > Reminders,
so both say the same and clear the same way. Loaded only when asked."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from coach.services.errors import ServiceError
from coach.ui.text.core import core_text
from coach.ui.text.translate import translate

if TYPE_CHECKING:
    from coach.ui.runners.safety_flags import SafetyFlags

log = logging.getLogger(__name__)


def ask_and_clear(parent: QWidget, flags: SafetyFlags) -> bool:
    """Ask whether a clinician has checked it (No is the default), then clear every open flag;
    Today's banner and the reminders follow the change signal. The same question wherever it is
    asked (Today's banner, Settings > Reminders). True when the flags were cleared."""
    answer = QMessageBox.question(
        parent,
        translate("SafetyBanner", "A clinician has checked this"),
        translate(
            "SafetyBanner",
            "Has a doctor, physiotherapist or other clinician checked what you told Coach? "
            "Coach then no longer shows it on the Today page and brings your exercise reminders "
            "back.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        flags.clear()
    except ServiceError as error:
        log.error("the safety flags could not be cleared: %s", error)
        QMessageBox.warning(
            parent,
            translate("SafetyBanner", "Not saved"),
            translate(
                "SafetyBanner", "Coach could not note the clinician's check ({error})."
            ).format(error=core_text(error.reason)),
        )
        return False
    return True
