"""Dose suggestions on Today: one card with the suggestion in words, Accept and "Not now". Which
changes are offered, and what accepting or declining keeps, is `coach.services.doses`.

Loaded the first time there is something to look at (never at start-up), by `TodayPage`.
"""

import logging
from dataclasses import replace

from PySide6.QtCore import QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from coach.domain.ceilings import CEILINGS
from coach.domain.dosing import Decision
from coach.domain.exercises import Dosage, DoseKind
from coach.domain.routines import RoutineStep
from coach.domain.safety import Direction, Reason, Suggestion
from coach.services.catalog import Catalog, CatalogService
from coach.services.context import ServiceContext
from coach.services.doses import DoseService, Offer, stronger_band_only
from coach.services.errors import ServiceError
from coach.ui.text.core import core_text
from coach.ui.text.data import catalog_exercise_name, routine_name
from coach.ui.text.translate import translate
from coach.ui.widgets.blocks import Card, paragraph

log = logging.getLogger(__name__)


def _step_change(before: Dosage, after: Dosage) -> str:
    """The one thing a step changes: a longer or shorter hold, repetitions or sets."""
    if before.hold_seconds != after.hold_seconds:
        return translate("Progression", "holds of {new} s (was {old} s)").format(
            new=after.hold_seconds, old=before.hold_seconds
        )
    if before.reps != after.reps:
        return translate("Progression", "{new} repetitions (was {old})").format(
            new=after.reps, old=before.reps
        )
    return translate("Progression", "{new} sets (was {old})").format(
        new=after.sets, old=before.sets
    )


def change_text(offer: Offer, catalog: Catalog) -> str:
    """What changes: "holds of 25 s (was 20 s)" when that is the one change, "2 more repetitions
    of each exercise" when every exercise moves alike, else exercise by exercise."""
    pairs = [
        (step, new)
        for step, new in zip(offer.current.steps, offer.suggestion.steps, strict=True)
        if step.dosage != new.dosage
    ]
    texts = [_step_change(step.dosage, new.dosage) for step, new in pairs]
    if len(set(texts)) == 1:
        return texts[0]
    moves = {_move(step.dosage, new.dosage) for step, new in pairs}
    if len(moves) == 1:
        (field, delta), *_ = moves
        return _alike(field, delta)
    return QLocale().createSeparatedList(
        [
            translate("Progression", "{exercise}: {change}").format(
                exercise=_exercise(catalog, step), change=text
            )
            for (step, _new), text in zip(pairs, texts, strict=True)
        ]
    )


def _move(before: Dosage, after: Dosage) -> tuple[str, int]:
    for field in ("hold_seconds", "reps", "sets"):
        if getattr(before, field) != getattr(after, field):
            return field, getattr(after, field) - getattr(before, field)
    return "", 0


def _alike(field: str, delta: int) -> str:
    """The same step for every exercise that changes."""
    if field == "hold_seconds":
        text = (
            translate("Progression", "holds {n} s longer")
            if delta > 0
            else translate("Progression", "holds {n} s shorter")
        )
    elif field == "reps":
        text = (
            translate("Progression", "{n} more repetitions of each exercise")
            if delta > 0
            else translate("Progression", "{n} fewer repetitions of each exercise")
        )
    elif delta > 0:
        text = translate("Progression", "one more set of each exercise")
    else:
        text = translate("Progression", "one set less of each exercise")
    return text.format(n=abs(delta))


def _exercise(catalog: Catalog, step: RoutineStep) -> str:
    return catalog_exercise_name(catalog, step.exercise_id)


def why_text(suggestion: Suggestion) -> str:
    """The reason in one sentence, with the numbers it rests on."""
    if suggestion.reason is Reason.EASY_AND_REGULAR:
        return translate(
            "Progression",
            "Your pain after it was at most {pain} out of 10, no day after was worse than usual, "
            "and you did {done} sessions in the last 7 days, with {planned} planned.",
        ).format(pain=suggestion.highest_pain, done=suggestion.done, planned=suggestion.planned)
    if suggestion.reason is Reason.TOO_PAINFUL:
        return translate(
            "Progression",
            "Your pain reached {pain} out of 10 with it this week; above 5 means too much for now "
            "(a pain-monitoring rule adapted from research on tendon pain).",
        ).format(pain=suggestion.highest_pain)
    day = suggestion.worse_day
    when = (
        QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        if day
        else ""
    )
    return translate(
        "Progression",
        "On {day}, the day after doing it, your pain was higher than your usual level; that "
        "suggests the dose was too much (a pain-monitoring rule adapted from research on tendon "
        "pain).",
    ).format(day=when)


def stronger_band_text(suggestion: Suggestion, catalog: Catalog) -> str:
    """For band exercises at their ceiling: a stronger band, not more repetitions (A08, ACSM)."""
    if not suggestion.stronger_band:
        return ""
    names = QLocale().createSeparatedList(
        [catalog_exercise_name(catalog, i) for i in suggestion.stronger_band]
    )
    ceiling = CEILINGS[DoseKind.STRENGTH]
    return translate(
        "Progression",
        "{exercises}: at {sets} sets of {reps} repetitions, the most Coach suggests. To progress, "
        "use a stronger band next time rather than more repetitions.",
    ).format(exercises=names, sets=ceiling.max_sets, reps=ceiling.max_reps)


def offer_text(offer: Offer, catalog: Catalog) -> str:
    suggestion = offer.suggestion
    name = routine_name(offer.routine)
    band = stronger_band_text(suggestion, catalog)
    if stronger_band_only(suggestion):
        return (
            translate("Progression", "{routine}: {advice}").format(routine=name, advice=band)
            + " "
            + why_text(replace(suggestion, reason=Reason.EASY_AND_REGULAR))
        )
    if suggestion.direction is Direction.UP:
        what = translate("Progression", "{routine}: try {change}.")
    else:
        what = translate("Progression", "{routine}: go down a step to {change}.")
    text = (
        what.format(routine=name, change=change_text(offer, catalog)) + " " + why_text(suggestion)
    )
    return f"{text} {band}" if band and suggestion.direction is Direction.UP else text


class SuggestionCard(Card):
    """One suggestion at a time, with Accept and Not now; `decided` after either."""

    decided = Signal()

    def __init__(self, context: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(translate("Progression", "A suggestion for your routine"), parent)
        self.setObjectName("suggestionCard")
        self._context = context
        self.offer: Offer | None = None
        self.text = paragraph("", self)
        self.text.setObjectName("suggestionText")
        self.accept_button = QPushButton(translate("Progression", "&Accept"), self)
        self.accept_button.setObjectName("acceptSuggestion")
        self.accept_button.clicked.connect(self.accept)
        self.later_button = QPushButton(translate("Progression", "Not n&ow"), self)
        self.later_button.setObjectName("declineSuggestion")
        self.later_button.setToolTip(translate("Progression", "Hide this suggestion for a week"))
        self.later_button.clicked.connect(self.decline)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.later_button)
        self.body.addLayout(row)

    def show_offer(self, offer: Offer) -> None:
        self.offer = offer
        self.title.setText(
            translate("Progression", "Your routine may be too much for now")
            if offer.suggestion.direction is Direction.DOWN
            else translate("Progression", "A suggestion for your routine")
        )
        self.text.setText(offer_text(offer, CatalogService(self._context).catalog()))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.text.text())
        # A stronger band is advice, not a dose to accept: only "Not now" hides it a week.
        self.accept_button.setVisible(offer.suggestion.changes)
        self.later_button.show()
        self.show()

    @Slot()
    def accept(self) -> None:
        """From now on the routine runs at the suggested dose; this is the week's one step."""
        if self.offer is None or not self.offer.suggestion.changes:
            return  # advice only (a stronger band): nothing to accept
        if self._record(Decision.ACCEPTED):
            self.text.setText(
                translate(
                    "Progression",
                    "Done: {routine} now runs at the new dose. Coach suggests at most one "
                    "change a week.",
                ).format(routine=routine_name(self.offer.routine))
            )
            self.accept_button.hide()
            self.later_button.hide()
            self.decided.emit()

    @Slot()
    def decline(self) -> None:
        """Hide suggestions for this routine for a week."""
        if self._record(Decision.DECLINED):
            self.hide()
            self.decided.emit()

    def _record(self, decision: Decision) -> bool:
        offer = self.offer
        if offer is None:
            return False
        try:
            DoseService(self._context).decide(offer, decision)
        except ServiceError as error:
            self.text.setText(
                translate("Progression", "This could not be saved ({error}).").format(
                    error=core_text(error.message)
                )
            )
            return False
        return True
