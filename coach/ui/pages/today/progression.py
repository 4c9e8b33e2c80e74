"""Dose suggestions on Today: for the routine the reminders bring up and every routine done in the
last 7 days, `safety.suggest_dose` reads the stored sessions and check-ins (CLINICAL.md section 3,
product choice on BIM/PROV) within each exercise's dose ceiling and the active plan's bounds; the
user accepts (the routine then runs at the new dose, see `coach.domain.dosing` and
`routine_at_dose`) or says "Not now" (that direction hidden for a week). A band exercise at its
ceiling of 3 sets of 15 is progressed with a stronger band: the suggestion says so.

Loaded the first time there is something to look at (never at start-up), by `TodayPage`.
"""

import logging
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from coach.clock import Clock
from coach.domain.ceilings import CEILINGS
from coach.domain.dosing import (
    UNSCHEDULED_PER_WEEK,
    Decision,
    DoseChange,
    declined_until,
    effective_routine,
    in_force,
    session_pains,
    since_edit,
)
from coach.domain.exercises import Dosage, DoseKind
from coach.domain.progress import daily_pain
from coach.domain.routines import Routine, RoutineStep
from coach.domain.safety import (
    WINDOW,
    Bounds,
    Direction,
    Reason,
    Suggestion,
    planned_sessions,
    suggest_dose,
)
from coach.store.repo import Repo
from coach.ui.catalog import all_routines, catalog
from coach.ui.text.data import exercise_name, routine_name
from coach.ui.widgets.blocks import Card, paragraph

log = logging.getLogger(__name__)

BASELINE_DAYS = 35  # the check-ins read: the week of the window and the 3 weeks before it (+ spare)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Progression", text)


@dataclass(frozen=True)
class Offer:
    """A suggestion to show: the routine as defined, as it runs now, and the suggested dose."""

    routine: Routine  # as defined (its own steps: what a dose change is kept against)
    current: Routine  # at the dose in force now
    suggestion: Suggestion
    plan_id: int | None = None  # the plan active when it was made: a change is tied to it


def bounds(repo: Repo) -> Bounds:
    """The active plan's bounds (none without a plan: each exercise's ceiling is the limit): a
    plan may turn suggestions off or lower the most they may reach, never raise it. A plan that
    cannot be read turns them off (the cautious reading)."""
    if repo.active_plan_id() is None:
        return Bounds()
    plan = catalog().plan
    if plan is None:
        return Bounds(enabled=False)
    rules = plan.progression
    return Bounds(rules.max_hold_seconds, rules.max_reps, rules.max_sets, rules.suggest)


def dose_kinds() -> dict[str, DoseKind]:
    """Every exercise's dose kind by id, the active plan's own included (for the ceilings)."""
    return catalog().library.dose_kinds()


@dataclass(frozen=True)
class DoseRules:
    """What decides whether an accepted dose holds: the plan in force, its bounds and the
    exercises' kinds for their ceilings. Read once for a page of routines (reading them is not
    free)."""

    plan_id: int | None
    bounds: Bounds
    kinds: Mapping[str, DoseKind]


def dose_rules(repo: Repo) -> DoseRules:
    return DoseRules(repo.active_plan_id(), bounds(repo), dose_kinds())


def dose_changes(repo: Repo, routine: Routine) -> list[DoseChange]:
    """The routine's dose changes, less those accepted before the user last changed its steps
    (`coach.domain.dosing.since_edit`)."""
    return since_edit(repo.dose_changes(routine.id), repo.routine_steps_changed_at(routine.id))


def routine_at_dose(repo: Repo, routine: Routine, rules: DoseRules | None = None) -> Routine:
    """`routine` at the dose the user accepted, when that change still holds: made under the
    active plan (for a plan's routine), within its bounds and since the user last changed the
    routine; else at its own dose. What the player runs, and what the Routines page shows."""
    rules = rules or dose_rules(repo)
    return effective_routine(
        routine, dose_changes(repo, routine), rules.plan_id, rules.bounds, rules.kinds
    )


def accepted_change(
    repo: Repo, routine: Routine, rules: DoseRules | None = None
) -> DoseChange | None:
    """The accepted dose change `routine_at_dose` applies (None: the routine's own dose)."""
    rules = rules or dose_rules(repo)
    return in_force(routine, dose_changes(repo, routine), rules.plan_id, rules.bounds, rules.kinds)


def current_offers(repo: Repo, clock: Clock, zone: tzinfo | None = None) -> list[Offer]:
    """Every dose change worth suggesting now, the reminded routine first: from the sessions at
    the dose in force (since the change that set it), and not in a direction the user declined
    this week. A routine whose band exercises are at their ceiling and cannot otherwise step up
    is offered a stronger band instead (nothing to accept)."""
    limits = bounds(repo)
    if not limits.enabled:
        return []
    plan_id = repo.active_plan_id()
    kinds = dose_kinds()
    now = clock.now()
    zone = zone or now.astimezone().tzinfo
    assert zone is not None
    today = now.astimezone(zone).date()
    settings, _problem = repo.load_reminder_settings()
    records = repo.sessions_between(now - timedelta(days=BASELINE_DAYS), now + timedelta(seconds=1))
    recent = [r.routine_id for r in records if r.started_at > now - WINDOW]
    reminded = settings.routine.routine_id if settings.routine.enabled else ""
    wanted = list(dict.fromkeys([reminded, *recent]) if reminded else dict.fromkeys(recent))
    routines = _routines(repo, [w for w in wanted if w])
    pain = daily_pain(
        [(c.at, c.pain) for c in repo.checkins_between(now - timedelta(days=BASELINE_DAYS), now)],
        zone,
    )
    offers = []
    for routine in routines:
        changes = dose_changes(repo, routine)
        change = in_force(routine, changes, plan_id, limits, kinds)
        current = routine if change is None else replace(routine, steps=change.steps)
        if routine.id == reminded:
            rule = settings.routine
            planned = planned_sessions(rule.weekdays, len(rule.times), today)
        else:
            planned = UNSCHEDULED_PER_WEEK  # no reminders for it: daily is best (ACSM)
        suggestion = suggest_dose(
            current,
            today,
            session_pains(records, routine.id, zone, since=change.at if change else None),
            pain,
            planned,
            change.at.astimezone(zone).date() if change else None,
            limits,
            kinds,
        )
        if not suggestion.changes and not _stronger_band_only(suggestion):
            continue
        hidden = declined_until(routine.id, changes, suggestion.direction)
        if hidden is None or now >= hidden:
            offers.append(Offer(routine, current, suggestion, plan_id))
    return offers


def _stronger_band_only(suggestion: Suggestion) -> bool:
    """Nothing can step up, and band exercises are at their ceiling: a stronger band is next."""
    return suggestion.reason is Reason.AT_THE_LIMIT and bool(suggestion.stronger_band)


def _routines(repo: Repo, ids: list[str]) -> list[Routine]:
    """The routines with these ids that still exist (a one-exercise "try it" is not a routine)."""
    by_id = {r.id: r for r in all_routines(repo)}
    return [by_id[i] for i in ids if i in by_id]


# ---- words --------------------------------------------------------------------------------------


def _step_change(before: Dosage, after: Dosage) -> str:
    """The one thing a step changes: a longer or shorter hold, repetitions or sets."""
    if before.hold_seconds != after.hold_seconds:
        return _tr("holds of {new} s (was {old} s)").format(
            new=after.hold_seconds, old=before.hold_seconds
        )
    if before.reps != after.reps:
        return _tr("{new} repetitions (was {old})").format(new=after.reps, old=before.reps)
    return _tr("{new} sets (was {old})").format(new=after.sets, old=before.sets)


def change_text(offer: Offer) -> str:
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
            _tr("{exercise}: {change}").format(exercise=_exercise(step), change=text)
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
        text = _tr("holds {n} s longer") if delta > 0 else _tr("holds {n} s shorter")
    elif field == "reps":
        text = (
            _tr("{n} more repetitions of each exercise")
            if delta > 0
            else _tr("{n} fewer repetitions of each exercise")
        )
    elif delta > 0:
        text = _tr("one more set of each exercise")
    else:
        text = _tr("one set less of each exercise")
    return text.format(n=abs(delta))


def _exercise(step: RoutineStep) -> str:
    return _exercise_name(step.exercise_id)


def _exercise_name(exercise_id: str) -> str:
    found = catalog().exercise(exercise_id)
    return exercise_name(found) if found else exercise_id


def why_text(suggestion: Suggestion) -> str:
    """The reason in one sentence, with the numbers it rests on."""
    if suggestion.reason is Reason.EASY_AND_REGULAR:
        return _tr(
            "Your pain after it was at most {pain} out of 10, no day after was worse than usual, "
            "and you did {done} sessions in the last 7 days, with {planned} planned."
        ).format(pain=suggestion.highest_pain, done=suggestion.done, planned=suggestion.planned)
    if suggestion.reason is Reason.TOO_PAINFUL:
        return _tr(
            "Your pain reached {pain} out of 10 with it this week; above 5 means too much for now "
            "(a pain-monitoring rule adapted from research on tendon pain)."
        ).format(pain=suggestion.highest_pain)
    day = suggestion.worse_day
    when = (
        QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
        if day
        else ""
    )
    return _tr(
        "On {day}, the day after doing it, your pain was higher than your usual level; that "
        "suggests the dose was too much (a pain-monitoring rule adapted from research on tendon "
        "pain)."
    ).format(day=when)


def stronger_band_text(suggestion: Suggestion) -> str:
    """For band exercises at their ceiling: a stronger band, not more repetitions (A08, ACSM)."""
    if not suggestion.stronger_band:
        return ""
    names = QLocale().createSeparatedList([_exercise_name(i) for i in suggestion.stronger_band])
    ceiling = CEILINGS[DoseKind.STRENGTH]
    return _tr(
        "{exercises}: at {sets} sets of {reps} repetitions, the most Coach suggests. To progress, "
        "use a stronger band next time rather than more repetitions."
    ).format(exercises=names, sets=ceiling.max_sets, reps=ceiling.max_reps)


def offer_text(offer: Offer) -> str:
    suggestion = offer.suggestion
    name = routine_name(offer.routine)
    band = stronger_band_text(suggestion)
    if _stronger_band_only(suggestion):
        return (
            _tr("{routine}: {advice}").format(routine=name, advice=band)
            + " "
            + why_text(replace(suggestion, reason=Reason.EASY_AND_REGULAR))
        )
    if suggestion.direction is Direction.UP:
        what = _tr("{routine}: try {change}.")
    else:
        what = _tr("{routine}: go down a step to {change}.")
    text = what.format(routine=name, change=change_text(offer)) + " " + why_text(suggestion)
    return f"{text} {band}" if band and suggestion.direction is Direction.UP else text


class SuggestionCard(Card):
    """One suggestion at a time, with Accept and Not now; `decided` after either."""

    decided = Signal()

    def __init__(self, repo: Repo, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(_tr("A suggestion for your routine"), parent)
        self.setObjectName("suggestionCard")
        self._repo = repo
        self._clock = clock
        self.offer: Offer | None = None
        self.text = paragraph("", self)
        self.text.setObjectName("suggestionText")
        self.accept_button = QPushButton(_tr("&Accept"), self)
        self.accept_button.setObjectName("acceptSuggestion")
        self.accept_button.clicked.connect(self.accept)
        self.later_button = QPushButton(_tr("Not n&ow"), self)
        self.later_button.setObjectName("declineSuggestion")
        self.later_button.setToolTip(_tr("Hide this suggestion for a week"))
        self.later_button.clicked.connect(self.decline)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.later_button)
        self.body.addLayout(row)

    def show_offer(self, offer: Offer) -> None:
        self.offer = offer
        self.title.setText(
            _tr("Your routine may be too much for now")
            if offer.suggestion.direction is Direction.DOWN
            else _tr("A suggestion for your routine")
        )
        self.text.setText(offer_text(offer))
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
                _tr(
                    "Done: {routine} now runs at the new dose. Coach suggests at most one "
                    "change a week."
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
        change = DoseChange(
            offer.routine.id,
            offer.routine.steps,
            offer.suggestion.steps,
            offer.suggestion.direction,
            offer.suggestion.reason,
            decision,
            self._clock.now(),
            offer.plan_id,
        )
        try:
            self._repo.add_dose_change(change)
        except sqlite3.Error as error:
            log.error("could not store the dose change: %s", error)
            self.text.setText(_tr("This could not be saved ({error}).").format(error=error))
            return False
        log.info("dose change for %s %s: %s", offer.routine.id, decision.value, change.direction)
        return True
