"""The one-time heat-safety questions, and the words for heat warnings (CLINICAL.md section 1)."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coach.domain.heat import (
    BodyArea,
    Concern,
    HeatScreening,
    HeatWarning,
    WarningKind,
    questions_for,
)
from coach.ui.text.translate import translate


def skin_check_text() -> str:
    """MPFT: check the skin regularly."""
    return translate(
        "HeatSafety", "Check your skin: redness that does not fade, blotches or blisters mean stop."
    )


def how_hot_text() -> str:
    """HK, ABC, MPFT, FDA: how hot, and never asleep. MPFT's 40-45 °C is for a bowl of water for
    the hands or feet only: a shower or bath is just comfortably warm."""
    return translate(
        "HeatSafety",
        "Comfortably warm, not the hotter the better. Wrap packs in a towel and use a pad on low "
        "or medium (never high). A shower or bath should be comfortably warm too: the 40-45 °C "
        "you may read about is for a bowl of water for the hands or feet only. Never fall asleep "
        "with heat on: choose a pad that switches itself off.",
    )


def neck_heat_text() -> str:
    """HK: the one sentence about heat on the neck, wherever Coach says it."""
    return translate(
        "HeatSafety",
        "On the neck, heat goes on the back of the neck only, never on the front or the sides "
        "over the throat. If you are not sure, ask your doctor or physiotherapist first.",
    )


def concern_label(concern: Concern) -> str:
    return {
        Concern.BROKEN_SKIN: translate(
            "HeatSafety", "Broken skin, a wound or dermatitis where the heat would go"
        ),
        Concern.REDUCED_SENSATION: translate(
            "HeatSafety", "Numbness or reduced feeling in that area"
        ),
        Concern.POOR_CIRCULATION: translate(
            "HeatSafety", "Poor circulation or peripheral vascular disease"
        ),
        Concern.FRESH_INJURY: translate(
            "HeatSafety", "An injury or swelling there in the last 72 hours"
        ),
        Concern.FEVER: translate("HeatSafety", "A fever or an infection"),
        Concern.RADIOTHERAPY: translate("HeatSafety", "Recent radiotherapy on that area"),
        Concern.THROMBOSIS: translate(
            "HeatSafety", "Thrombophlebitis or a deep vein thrombosis (DVT)"
        ),
        Concern.PREGNANCY: translate("HeatSafety", "Pregnancy (never heat on the belly)"),
        Concern.DIABETES: translate("HeatSafety", "Diabetes"),
        Concern.STROKE_OR_SPINAL_INJURY: translate(
            "HeatSafety", "A stroke or a spinal cord injury"
        ),
        Concern.HEART: translate("HeatSafety", "Heart disease or heart failure"),
        Concern.CANCER: translate("HeatSafety", "A history of cancer"),
        Concern.SKIN_CONDITION: translate("HeatSafety", "A skin condition"),
        Concern.SEDATING_MEDICATION: translate(
            "HeatSafety", "Taking sleeping tablets, strong pain medication, or drinking alcohol"
        ),
        Concern.NECK_FRONT: translate(
            "HeatSafety",
            "You are not sure the heat will stay on the back of your neck, off the front and sides",
        ),
    }[concern]


def warning_text(warning: HeatWarning) -> str:
    """One warning as a sentence the user reads before confirming."""
    fixed = {
        WarningKind.NOT_SCREENED: translate(
            "HeatSafety", "You have not answered the heat-safety questions yet."
        ),
        WarningKind.ALREADY_RUNNING: translate("HeatSafety", "A heat session is already running."),
        WarningKind.NECK_FRONT: translate(
            "HeatSafety",
            "You told Coach you are not sure the heat will stay on the back of your neck.",
        )
        + " "
        + neck_heat_text(),
    }
    if warning.kind in fixed:
        return fixed[warning.kind]
    items = QLocale().createSeparatedList([concern_label(c) for c in warning.concerns])
    if warning.kind is WarningKind.AVOID_HEAT:
        return translate(
            "HeatSafety",
            "Heat is not advised with what you told Coach: {items}. Please ask a doctor or "
            "physiotherapist before using heat.",
        ).format(items=items)
    if warning.kind is WarningKind.ASK_CLINICIAN:
        return translate(
            "HeatSafety",
            "Heat burns more easily with what you told Coach: {items}. Ask your doctor or "
            "physiotherapist first.",
        ).format(items=items)
    if warning.kind is WarningKind.TOO_SOON:
        minutes = max(1, round(warning.wait.total_seconds() / 60))
        return translate(
            "HeatSafety",
            "Your last heat session ended less than {hours} hours ago; give your skin {n} more min "
            "to recover.",
        ).format(n=minutes, hours=warning.limit)
    return translate(
        "HeatSafety", "Heat sessions today: {count}. Up to {limit} a day is advised."
    ).format(count=warning.count, limit=warning.limit)


class HeatSafetyDialog(QDialog):
    """The questions, once before the first heat session and whenever the user reopens them; with
    heat on the neck they include the neck (HK), asked again the first time the neck is chosen."""

    def __init__(
        self, answers: HeatScreening, parent: QWidget | None = None, area: BodyArea | None = None
    ) -> None:
        super().__init__(parent)
        self._before = answers
        self._area = area
        self.setObjectName("heatSafetyDialog")
        self.setWindowTitle(self.tr("Heat safety"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Before you use heat, tick anything that applies to you. Your answers stay on this "
                "computer and only add warnings; you can change them at any time on the Timers "
                "page."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[Concern, QCheckBox] = {}
        for concern in questions_for(area):
            if concern.neck_only:
                note = QLabel(neck_heat_text(), self)
                note.setObjectName("neckHeatNote")
                note.setWordWrap(True)
                layout.addWidget(note)
            box = QCheckBox(concern_label(concern), self)
            box.setObjectName(f"concern_{concern.value}")
            box.setChecked(concern in answers.concerns)
            self.boxes[concern] = box
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def answers(self) -> HeatScreening:
        """The answers given, keeping earlier answers to a question not shown this time."""
        chosen = {c for c, box in self.boxes.items() if box.isChecked()}
        kept = {c for c in self._before.concerns if c not in self.boxes}
        return HeatScreening(
            answered=True,
            concerns=frozenset(chosen | kept),
            neck_answered=self._before.neck_answered or self._area is BodyArea.NECK,
        )
