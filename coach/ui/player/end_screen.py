"""The player's last page: what was done, how the pain changed, and what to do now (CLINICAL.md
sections 3 and 4), with the advice built from the symptoms ticked and the pain after."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from coach.domain.safety import PainZone, Symptom, exercise_pain_zone, symptom_advice
from coach.ui.text.advice import (
    Situation,
    advice_html,
    as_html,
    reduce_dose_text,
    situation_sentence,
)
from coach.ui.text.translate import translate
from coach.ui.widgets.blocks import heading, paragraph


class EndScreen(QWidget):
    """The summary. Its Close button, Return, Enter and Escape ask to close the player."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.title = heading("", self)
        self.summary_text = paragraph("", self)
        self.summary_text.setObjectName("summaryText")
        self.safety_text = paragraph("", self)
        self.safety_text.setObjectName("safetyAdvice")
        self.close_button = QPushButton(translate("PlayerWindow", "&Close"), self)
        self.close_button.setObjectName("closePlayer")
        self.close_button.clicked.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.summary_text)
        layout.addWidget(self.safety_text)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.close_requested)

    def show_result(self, title: str, summary: str, advice: str) -> None:
        """Fill the page; the advice (rich text) is hidden when there is none."""
        self.title.setText(title)
        self.summary_text.setText(summary)
        self.safety_text.setText(advice)
        self.safety_text.setVisible(bool(advice))


def advice_after(
    symptoms: tuple[Symptom, ...], pain_after: int | None, stopped_for_pain: bool
) -> str:
    """What to do now: for new symptoms, how soon to see someone (CLINICAL.md sections 3 and 4);
    for pain above 5, a smaller dose next time (BIM, PROV); after stopping for pain, always the
    general stop advice too (never weaker with symptoms ticked than without)."""
    parts = []
    if symptoms:
        advice = symptom_advice(symptoms)
        assert advice is not None
        parts.append(advice_html(advice))
    if pain_after is not None and exercise_pain_zone(pain_after) is PainZone.TOO_MUCH:
        parts.append(as_html(reduce_dose_text(pain_after)))
    if stopped_for_pain:
        parts.append(as_html(stop_advice()))
    return "".join(parts)


def stop_advice() -> str:
    """CLINICAL.md §3 and §4a: stop, and when to seek care, in the one wording the app uses for it
    (coach.ui.text.advice)."""
    return (
        translate("PlayerWindow", "Stop this exercise for today.")
        + " "
        + situation_sentence(Situation.SEEK_CARE)
        + "\n\n"
        + translate(
            "PlayerWindow",
            "Otherwise rest the area for a while and keep gently active. Next time, do less: "
            "shorter holds or fewer repetitions. If the pain has not settled within 24 hours, "
            "or it keeps coming back with this exercise, talk to a doctor or physiotherapist "
            "before doing it again.",
        )
    )
