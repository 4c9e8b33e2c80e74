"""Choosing new symptoms (numbness, tingling, weakness, pain spreading to the arms or chest, the
neck's warning signs of CLINICAL.md section 4a, ...): tick boxes in short groups with headings for
the player's "stop - this hurts" page and the check-in dialog, and a small dialog for Today's
check-in. Loaded when first needed, never at start-up."""

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.domain.safety import SYMPTOM_GROUPS, Symptom
from coach.ui.text.advice import symptom_label, topic_heading
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import heading
from coach.ui.widgets.theme import large_tick_boxes

MIN_LIST_HEIGHT = 220  # px: the list scrolls below this, so the page around it keeps its room


class SymptomChoice(QWidget):
    """One tick box per symptom, in groups under short headings (a scrolling list: the page
    around it keeps its room); `chosen()` gives the ticked ones, in the enum's order, and
    `chosen_names()` those with the names set that this version does not know (a newer Coach's,
    or a symptom no longer offered)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(self.tr("New symptoms"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the tick boxes
        scroll.setMinimumHeight(MIN_LIST_HEIGHT)
        outer.addWidget(scroll)
        content = QWidget()
        # In the scroll area before the boxes are made: they then join the window's Tab order
        # where this list is (moving made boxes into it would put them first).
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, layout.contentsMargins().right(), 0)  # room by the bar
        self.boxes: dict[Symptom, QCheckBox] = {}
        self.headings: list[QLabel] = []
        self._unknown: tuple[str, ...] = ()  # set, but with no tick box here: kept as they are
        found: dict[Symptom, QCheckBox] = {}
        for topic, symptoms in SYMPTOM_GROUPS:
            title = heading(topic_heading(topic), content, scale=tokens.BODY)
            title.setObjectName(f"symptomTopic_{topic.value}")
            self.headings.append(title)
            layout.addWidget(title)
            for symptom in symptoms:
                box = QCheckBox(symptom_label(symptom), content)
                box.setObjectName(f"symptom_{symptom.value}")
                box.setAccessibleDescription(title.text())
                found[symptom] = box
                layout.addWidget(box)
        layout.addStretch(1)
        large_tick_boxes(content)
        # As wide as the longest label (no sideways scrolling); as tall as the room allows.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content.ensurePolished()
        scroll.setMinimumWidth(
            content.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width()
        )
        self._content = content
        # In the enum's order (so `chosen` keeps it), Tab in the order they are shown.
        self.boxes = {symptom: found[symptom] for symptom in Symptom if symptom in found}

    def chosen(self) -> tuple[Symptom, ...]:
        return tuple(s for s, box in self.boxes.items() if box.isChecked())

    def chosen_names(self) -> tuple[str, ...]:
        """The ticked symptoms' names, then the unknown names that were set."""
        return tuple(s.value for s in self.chosen()) + self._unknown

    def set_chosen(self, symptoms: Iterable[str]) -> None:
        wanted = tuple(dict.fromkeys(symptoms))
        for symptom, box in self.boxes.items():
            box.setChecked(symptom.value in wanted)
        known = {symptom.value for symptom in self.boxes}
        self._unknown = tuple(name for name in wanted if name not in known)

    def list_height(self) -> int:
        """The height the whole list needs, without scrolling."""
        return self._content.sizeHint().height()

    def first_box(self) -> QCheckBox:
        """The tick box shown first (where the keyboard starts)."""
        return next(iter(self.shown_boxes()))

    def shown_boxes(self) -> list[QCheckBox]:
        """The tick boxes in the order they are shown."""
        return [
            box for _topic, symptoms in SYMPTOM_GROUPS for box in (self.boxes[s] for s in symptoms)
        ]


class SymptomsDialog(QDialog):
    """ "New symptoms?" for a check-in: tick any that are new since the last one."""

    def __init__(self, chosen: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("symptomsDialog")
        self.setWindowTitle(self.tr("New symptoms"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Tick anything that is new since your last check-in. Coach then says what to do; "
                "it does not diagnose."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.choice = SymptomChoice("symptomChoice", self)
        self.choice.set_chosen(chosen)
        layout.addWidget(self.choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choice.first_box().setFocus()
        # Tall enough for the whole list where the screen allows (else it scrolls).
        screen = self.screen()
        room = screen.availableGeometry().height() * 4 // 5 if screen is not None else 600
        extra = max(0, self.choice.list_height() - self.choice.height())
        self.resize(self.sizeHint().width(), min(room, self.sizeHint().height() + extra))
