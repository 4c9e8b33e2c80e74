"""The player's last page: what was done, how the pain changed, and what to do now (CLINICAL.md
sections 3 and 4), with the advice built from the symptoms ticked and the pain after."""

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from coach.domain.safety import PainZone, Symptom, exercise_pain_zone, symptom_advice
from coach.ui.text.advice import (
    Situation,
    advice_html,
    as_html,
    reduce_dose_text,
    situation_sentence,
)
from coach.ui.text.translate import translate
from coach.ui.widgets import tokens
from coach.ui.widgets.blocks import LargeButton, heading, paragraph
from coach.ui.widgets.theme import rescale

FACT_SCALE = tokens.LARGE  # the facts and Done: large, calm type, read from a step back


class EndFacts(NamedTuple):
    """What the end screen lists under its summary: each a line of words, empty when unknown."""

    exercises: tuple[tuple[str, bool], ...]  # (name, completed) in the order they came
    time: str  # "active 1 min 55 s of 2 min 59 s"
    pain: str  # "5 before, 3 after"
    streak: str  # "4 days in a row with your routines done"


class EndScreen(QWidget):
    """The summary: a title, one sentence of what was done, then the facts in large calm type
    (the exercises ticked off, the time, the pain before and after, the streak), the advice, and
    Done. Its Done button, Return, Enter and Escape ask to close the player."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.title = heading("", self, scale=tokens.DISPLAY)
        self.summary_text = paragraph("", self)
        self.summary_text.setObjectName("summaryText")
        rescale(self.summary_text, FACT_SCALE)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(tokens.SPACE_WIDE)
        self.facts.setVerticalSpacing(tokens.SPACE)
        self.fact_values: dict[str, QLabel] = {}
        self._fact_captions: dict[str, QLabel] = {}
        for row, (name, label) in enumerate(
            (
                ("exercises", translate("PlayerWindow", "What you did")),
                ("time", translate("PlayerWindow", "Time")),
                ("pain", translate("PlayerWindow", "Pain")),
                ("streak", translate("PlayerWindow", "Streak")),
            )
        ):
            caption = QLabel(label, self)
            value = paragraph("", self)
            value.setObjectName(f"{name}Fact")
            value.setAccessibleName(label)
            caption.setBuddy(value)
            rescale(caption, FACT_SCALE)
            rescale(value, FACT_SCALE)
            self.facts.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(value, row, 1)
            self.fact_values[name] = value
            self._fact_captions[name] = caption
        self.facts.setColumnStretch(1, 1)
        self.safety_text = paragraph("", self)
        self.safety_text.setObjectName("safetyAdvice")
        self.close_button = LargeButton(translate("PlayerWindow", "&Done"), self)
        self.close_button.setObjectName("closePlayer")
        self.close_button.setDefault(True)
        rescale(self.close_button, FACT_SCALE)
        self.close_button.clicked.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(
            tokens.SPACE_EDGE, tokens.SPACE_WIDE, tokens.SPACE_EDGE, tokens.SPACE_WIDE
        )
        layout.setSpacing(tokens.SPACE_LARGE)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.summary_text)
        layout.addLayout(self.facts)
        layout.addWidget(self.safety_text)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.close_requested)

    def show_result(self, title: str, summary: str, advice: str, facts: EndFacts) -> None:
        """Fill the page; the advice (rich text) and the facts not known are hidden."""
        self.title.setText(title)
        self.summary_text.setText(summary)
        done_mark, skipped_mark = "\u2713", "\u2013"  # a tick, a dash: words follow each
        exercises = "\n".join(
            f"{done_mark} {name}"
            if completed
            else translate("PlayerWindow", "{mark} {exercise} (not finished)").format(
                mark=skipped_mark, exercise=name
            )
            for name, completed in facts.exercises
        )
        for name, text in (
            ("exercises", exercises),
            ("time", facts.time),
            ("pain", facts.pain),
            ("streak", facts.streak),
        ):
            self.fact_values[name].setText(text)
            self.fact_values[name].setVisible(bool(text))
            self._fact_captions[name].setVisible(bool(text))
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
