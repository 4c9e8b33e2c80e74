"""The plan a clinician is editing: every field of a `.coachplan` as plain values that the plan
editor changes one edit at a time, written out in the published format and read back from it.

A draft holds what its file will hold, in one form: texts stripped, lists of lines without empty
ones, a step's dosage only where it differs from its exercise's, and nothing for a part that is
switched off (no review date, no heat days or times while heat is off, no progression bounds
while the dosage is kept as written). So drafts are equal when they would save the same plan,
and the editor's "unsaved changes" is `draft != saved`. What a widget keeps while its part is off
(the date in a disabled date field) stays in the widget. One exception: an own exercise's side
cues stay in the draft while it is not done on each side (a routine step, on another tab, can make
it so) and are written only while it is.

Nothing is checked here: `to_json()` gives the bytes and `coach.domain.plan.parse_plan` says what
is wrong with them, as for any file, and `from_json()` reads through the same parser, so a draft
read from a file always starts from a valid plan. Ids are the file's own: a routine or exercise
read from a file keeps its id (the patient's history stays with it), a new one's id is made from
its name and follows renames; steps and the schedule follow their exercise and routine.
"""

import copy
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Any

from coach.domain.exercises import AREAS, DOSAGE_FIELDS, Dosage, Library, dosage_problems
from coach.domain.heat import DEFAULT_MINUTES, HARD_CAP_MINUTES, MAX_SESSIONS_PER_DAY, MIN_GAP
from coach.domain.plan import PLAN_FORMAT, PLAN_VERSION, WEEKDAY_NAMES, Plan, parse_plan
from coach.domain.routines import step_seconds
from coach.domain.schedule import ALL_WEEKDAYS

DosageValues = dict[str, int | bool]

MAX_ROUTINES = 10  # the format's limit
MAX_OWN_EXERCISES = 30  # the format's limit
ID_LENGTH = 41  # ^[a-z][a-z0-9_]{1,40}$
MIN_GAP_HOURS = int(MIN_GAP.total_seconds() // 3600)
REVIEW_WEEKS = 4  # a new plan's review, after its start
WORKDAYS = frozenset(range(5))
FIRST_REMINDER = time(10, 0)


def derive_id(name: str, taken: Iterable[str], fallback: str) -> str:
    """An id for the format (`^[a-z][a-z0-9_]{1,40}$`) made from `name`, different from `taken`:
    "Neck basics" gives neck_basics, a second one neck_basics_2."""
    used = set(taken)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    if not base:
        base = fallback
    elif not base[0].isalpha():
        base = f"{fallback}_{base}"
    base = base[:ID_LENGTH].rstrip("_")
    if len(base) < 2:
        base = fallback
    candidate = base
    number = 2
    while candidate in used:
        suffix = f"_{number}"
        candidate = base[: ID_LENGTH - len(suffix)].rstrip("_") + suffix
        number += 1
    return candidate


def suggested_review(start: date) -> date:
    """The review date a new plan gets: four weeks after its start (the editor says so)."""
    return start + timedelta(weeks=REVIEW_WEEKS)


def dosage_values(dosage: Dosage) -> DosageValues:
    return {name: getattr(dosage, name) for name in DOSAGE_FIELDS}


def lines(text: str) -> list[str]:
    """The non-empty lines of a text box, stripped: a list of the format."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _hhmm(moment: time) -> str:
    return f"{moment:%H:%M}"


@dataclass
class StepDraft:
    exercise: str  # a built-in exercise's id, or one of the plan's own exercises' ids
    overrides: DosageValues = field(default_factory=dict)  # only what differs from the exercise


@dataclass
class RoutineDraft:
    id: str
    name: str
    aim: str = ""
    steps: list[StepDraft] = field(default_factory=list)
    # Read from a file: the id stays whatever the name becomes. Not part of what is saved.
    id_kept: bool = field(default=False, compare=False)


@dataclass
class ExerciseDraft:
    """One of the plan's own exercises."""

    id: str
    name: str
    areas: list[str] = field(default_factory=list)  # in the order of AREAS
    goal: str = "mobility"
    equipment: str = "none"
    position: str = "sitting"
    steps: list[str] = field(default_factory=list)
    dosage: DosageValues = field(
        default_factory=lambda: dosage_values(Dosage(hold_seconds=5, reps=5))
    )
    feel: str = ""
    cautions: list[str] = field(default_factory=list)
    stop_if: list[str] = field(default_factory=list)  # without Coach's general stop signs
    image: str = ""  # a data: URI, or empty
    # The movement as the file's "motion" object (the library's format), or None: the picture
    # shows. Kept as written; the plan's checks say what is wrong with it.
    motion: dict[str, Any] | None = None
    # What the player says for each side ("Tilt your head to the left"), written into the file
    # while the exercise is done on each side (`PlanDraft.done_per_side`).
    left_cue: str = ""
    right_cue: str = ""
    id_kept: bool = field(default=False, compare=False)


@dataclass
class ScheduleDraft:
    routine: str = ""  # the id of the routine the reminder starts; "" while there is none
    days: frozenset[int] = WORKDAYS
    times: tuple[time, ...] = (FIRST_REMINDER,)  # sorted, each once
    movement_minutes: int | None = None  # None: the patient's own setting stays
    checkin_time: time | None = None  # None: the patient's own setting stays


@dataclass
class HeatDraft:
    enabled: bool = False
    session_minutes: int = DEFAULT_MINUTES
    cap_minutes: int = HARD_CAP_MINUTES
    max_sessions_per_day: int = MAX_SESSIONS_PER_DAY
    min_gap_hours: int = MIN_GAP_HOURS
    days: frozenset[int] = ALL_WEEKDAYS  # the reminder's, while heat is on
    times: tuple[time, ...] = ()  # sorted, each once; none while heat is off


@dataclass
class ProgressionDraft:
    suggest: bool = True
    max_hold_seconds: int | None = None  # the bounds only while Coach may suggest
    max_reps: int | None = None
    max_sets: int | None = None


@dataclass
class PlanDraft:
    library: Library = field(compare=False, repr=False)  # the built-in exercises steps may use
    start: date
    review: date | None = None
    title: str = ""
    clinician_name: str = ""
    clinician_contact: str = ""
    notes: str = ""
    exercises: list[ExerciseDraft] = field(default_factory=list)
    routines: list[RoutineDraft] = field(default_factory=list)
    schedule: ScheduleDraft = field(default_factory=ScheduleDraft)
    heat: HeatDraft = field(default_factory=HeatDraft)
    progression: ProgressionDraft = field(default_factory=ProgressionDraft)

    # ---- in and out -----------------------------------------------------------------------------
    @classmethod
    def new(cls, library: Library, today: date) -> "PlanDraft":
        """An empty plan starting today, reviewed in four weeks, exercise on weekdays at 10:00."""
        return cls(library, start=today, review=suggested_review(today))

    @classmethod
    def from_json(
        cls, raw: bytes, file: str, library: Library, schema: Mapping[str, Any]
    ) -> "PlanDraft":
        """The draft of the plan in `raw`, read (and checked: PlanError) as any plan file is."""
        return cls.from_plan(parse_plan(raw, file, library, schema), library)

    @classmethod
    def from_plan(cls, plan: Plan, library: Library) -> "PlanDraft":
        """The draft of a plan that was read: its body gives the ids, pictures and stop signs as
        written, the plan the values as a patient gets them."""
        data: dict[str, Any] = json.loads(plan.body)
        draft = cls(
            library,
            start=plan.start,
            review=plan.review,
            title=plan.title,
            clinician_name=plan.clinician_name,
            clinician_contact=plan.clinician_contact,
            notes=plan.notes,
        )
        for raw, own in zip(data.get("exercises", []), plan.exercises, strict=True):
            parsed = own.exercise
            draft.exercises.append(
                ExerciseDraft(
                    id=parsed.id,
                    name=parsed.name,
                    areas=[a for a in AREAS if a in parsed.areas],
                    goal=parsed.goal,
                    equipment=parsed.equipment,
                    position=parsed.position,
                    steps=[s for s in parsed.steps if s],
                    dosage=dosage_values(parsed.dosage),
                    feel=parsed.feel,
                    cautions=[c for c in parsed.cautions if c],
                    stop_if=[s.strip() for s in raw.get("stop_if", []) if s.strip()],
                    image=str(raw.get("image", "")),
                    motion=copy.deepcopy(raw["motion"]) if "motion" in raw else None,
                    left_cue=parsed.side_cues.left if parsed.side_cues else "",
                    right_cue=parsed.side_cues.right if parsed.side_cues else "",
                    id_kept=True,
                )
            )
        for raw, routine in zip(data["routines"], plan.routines, strict=True):
            kept = RoutineDraft(raw["id"], routine.name, routine.aim, id_kept=True)
            for step in routine.steps:
                kept.steps.append(StepDraft(step.exercise_id))
                draft.set_step_dosage(kept.steps[-1], dosage_values(step.dosage))
            draft.routines.append(kept)
        schedule = plan.schedule
        draft.schedule = ScheduleDraft(
            routine=data["schedule"]["routine"],
            days=schedule.weekdays,
            times=tuple(sorted(set(schedule.times))),
            movement_minutes=schedule.movement_minutes,
            checkin_time=schedule.checkin_time,
        )
        heat = plan.heat
        draft.heat = HeatDraft(
            enabled=heat.enabled,
            session_minutes=heat.session_minutes,
            cap_minutes=heat.cap_minutes,
            max_sessions_per_day=heat.max_sessions_per_day,
            min_gap_hours=heat.min_gap_hours,
            days=heat.weekdays if heat.enabled else ALL_WEEKDAYS,
            times=tuple(sorted(set(heat.times))) if heat.enabled else (),
        )
        bounds = plan.progression
        suggest = bounds.suggest
        draft.progression = ProgressionDraft(
            suggest=suggest,
            max_hold_seconds=bounds.max_hold_seconds if suggest else None,
            max_reps=bounds.max_reps if suggest else None,
            max_sets=bounds.max_sets if suggest else None,
        )
        return draft

    def to_json(self) -> bytes:
        """The plan file's bytes (UTF-8 JSON, indented, ending in a newline)."""
        return (json.dumps(self.to_data(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def to_data(self) -> dict[str, Any]:
        """The plan as the format's JSON object."""
        data: dict[str, Any] = {
            "format": PLAN_FORMAT,
            "version": PLAN_VERSION,
            "title": self.title.strip(),
            "clinician": {"name": self.clinician_name.strip()},
        }
        if self.clinician_contact.strip():
            data["clinician"]["contact"] = self.clinician_contact.strip()
        data["start"] = self.start.isoformat()
        if self.review is not None:
            data["review"] = self.review.isoformat()
        if self.notes.strip():
            data["notes"] = self.notes.strip()
        if self.exercises:
            data["exercises"] = [self._exercise_data(e) for e in self.exercises]
        data["routines"] = [self._routine_data(r) for r in self.routines]
        data["schedule"] = self._schedule_data()
        data["heat"] = _heat_data(self.heat)
        data["progression"] = _progression_data(self.progression)
        return data

    def copy(self) -> "PlanDraft":
        """A copy to change without changing this one (the library is shared, not copied)."""
        return copy.deepcopy(self, {id(self.library): self.library})

    def _exercise_data(self, exercise: ExerciseDraft) -> dict[str, Any]:
        raw = _exercise_data(exercise)
        cues = {"left": exercise.left_cue.strip(), "right": exercise.right_cue.strip()}
        if any(cues.values()) and self.done_per_side(exercise):
            raw["side_cues"] = cues  # one left empty: the check names it
        return raw

    def _routine_data(self, routine: RoutineDraft) -> dict[str, Any]:
        raw: dict[str, Any] = {"id": routine.id, "name": routine.name.strip()}
        if routine.aim.strip():
            raw["aim"] = routine.aim.strip()
        steps = []
        for step in routine.steps:
            entry: dict[str, Any] = {"exercise": step.exercise}
            overrides = self.written_overrides(step)
            if overrides:
                entry["dosage"] = overrides
            steps.append(entry)
        raw["steps"] = steps
        return raw

    def _schedule_data(self) -> dict[str, Any]:
        schedule = self.schedule
        data: dict[str, Any] = {}
        if any(r.id == schedule.routine for r in self.routines):
            data["routine"] = schedule.routine
        data["days"] = [WEEKDAY_NAMES[d] for d in sorted(schedule.days)]
        data["times"] = [_hhmm(t) for t in sorted(schedule.times)]
        data["movement_break_minutes"] = schedule.movement_minutes
        data["checkin_time"] = _hhmm(schedule.checkin_time) if schedule.checkin_time else None
        return data

    # ---- what the editor shows ------------------------------------------------------------------
    def own_exercise(self, exercise_id: str) -> ExerciseDraft | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def base_dosage(self, exercise_id: str) -> DosageValues | None:
        """The dosage of the exercise itself (the plan's own or a built-in), None if unknown."""
        own = self.own_exercise(exercise_id)
        if own is not None:
            return dict(own.dosage)
        known = self.library.get(exercise_id)
        return dosage_values(known.dosage) if known else None

    def step_values(self, step: StepDraft) -> DosageValues:
        """The step's whole dosage: its exercise's with the step's own changes."""
        base = self.base_dosage(step.exercise) or dosage_values(Dosage(rep_seconds=3))
        return {**base, **step.overrides}

    def step_dosage(self, step: StepDraft) -> Dosage | None:
        """The step's dosage, or None while it is out of range (the editor says what to fix)."""
        values = self.step_values(step)
        if dosage_problems(values):
            return None
        return Dosage(**values)  # type: ignore[arg-type]

    def written_overrides(self, step: StepDraft) -> DosageValues:
        """What the file writes for a step: only the fields that differ from the exercise's."""
        base = self.base_dosage(step.exercise)
        return {
            name: step.overrides[name]
            for name in DOSAGE_FIELDS
            if name in step.overrides and (base is None or step.overrides[name] != base[name])
        }

    def routine_seconds(self, routine: RoutineDraft) -> int:
        """About how long the routine takes, with get-ready and side changes (steps whose dosage
        is out of range count nothing)."""
        dosages = (self.step_dosage(step) for step in routine.steps)
        return sum(step_seconds(d) for d in dosages if d is not None)

    def done_per_side(self, exercise: ExerciseDraft) -> bool:
        """Whether an own exercise is done on each side: by its own dosage or in a step (then its
        side cues are written, and missing ones are worth a warning)."""
        if exercise.dosage.get("per_side"):
            return True
        return any(
            self.step_values(step).get("per_side")
            for routine in self.routines
            for step in routine.steps
            if step.exercise == exercise.id
        )

    def routines_using(self, exercise: ExerciseDraft) -> list[RoutineDraft]:
        return [r for r in self.routines if any(s.exercise == exercise.id for s in r.steps)]

    # ---- edits that other parts follow ----------------------------------------------------------
    def set_step_dosage(self, step: StepDraft, values: Mapping[str, int | bool]) -> None:
        """The step's dosage set to `values`, kept as its differences from the exercise's."""
        base = self.base_dosage(step.exercise)
        step.overrides = {
            name: values[name]
            for name in DOSAGE_FIELDS
            if name in values and (base is None or values[name] != base[name])
        }

    def set_exercise_dosage(
        self, exercise: ExerciseDraft, values: Mapping[str, int | bool]
    ) -> None:
        """An own exercise's dosage; its steps follow it where they do not differ from it."""
        exercise.dosage = {name: values[name] for name in DOSAGE_FIELDS}
        for routine in self.routines:
            for step in routine.steps:
                if step.exercise == exercise.id:
                    self.set_step_dosage(step, self.step_values(step))

    def add_routine(self, name: str) -> RoutineDraft | None:
        """A new empty routine at the end (None when the plan holds as many as it may)."""
        if len(self.routines) >= MAX_ROUTINES:
            return None
        routine = RoutineDraft("", name.strip())
        with self._references_follow():
            self.routines.append(routine)
        return routine

    def rename_routine(self, routine: RoutineDraft, name: str) -> None:
        with self._references_follow():
            routine.name = name.strip()

    def delete_routine(self, routine: RoutineDraft) -> None:
        with self._references_follow():
            self.routines.remove(routine)

    def move_routine(self, routine: RoutineDraft, offset: int) -> bool:
        """Move `routine` `offset` places (-1 up, 1 down); False when it cannot go there."""
        row = self.routines.index(routine)
        target = row + offset
        if not 0 <= target < len(self.routines):
            return False
        with self._references_follow():
            self.routines[row], self.routines[target] = self.routines[target], routine
        return True

    def add_exercise(self, name: str) -> ExerciseDraft | None:
        """A new own exercise at the end (None when the plan holds as many as it may)."""
        if len(self.exercises) >= MAX_OWN_EXERCISES:
            return None
        exercise = ExerciseDraft("", name.strip())
        with self._references_follow():
            self.exercises.append(exercise)
        return exercise

    def rename_exercise(self, exercise: ExerciseDraft, name: str) -> None:
        with self._references_follow():
            exercise.name = name.strip()

    def delete_exercise(self, exercise: ExerciseDraft) -> bool:
        """Delete an own exercise no routine uses (False, and nothing deleted, when one does)."""
        if self.routines_using(exercise):
            return False
        with self._references_follow():
            self.exercises.remove(exercise)
        return True

    @contextmanager
    def _references_follow(self) -> Iterator[None]:
        """Around an edit of the routines or own exercises: new ones' ids are made again from
        their names, and the schedule and the steps follow the routine and exercises they named
        (the schedule the first routine when its own is deleted)."""
        scheduled = next((r for r in self.routines if r.id == self.schedule.routine), None)
        exercise_ids = [(e, e.id) for e in self.exercises]
        yield
        self._derive_ids()
        if not any(r is scheduled for r in self.routines):
            scheduled = self.routines[0] if self.routines else None
        self.schedule.routine = scheduled.id if scheduled is not None else ""
        kept = {id(e) for e in self.exercises}
        renamed = {old: e.id for e, old in exercise_ids if id(e) in kept and old != e.id}
        for routine in self.routines:
            for step in routine.steps:
                step.exercise = renamed.get(step.exercise, step.exercise)

    def _derive_ids(self) -> None:
        """New routines' and exercises' ids made from their names, in order, around the ids kept
        from a file (and, for exercises, the built-in ones)."""
        taken = {r.id for r in self.routines if r.id_kept}
        for routine in self.routines:
            if not routine.id_kept:
                routine.id = derive_id(routine.name, taken, "routine")
                taken.add(routine.id)
        taken = {e.id for e in self.library.exercises}
        taken |= {e.id for e in self.exercises if e.id_kept}
        for exercise in self.exercises:
            if not exercise.id_kept:
                exercise.id = derive_id(exercise.name, taken, "exercise")
                taken.add(exercise.id)


def _exercise_data(exercise: ExerciseDraft) -> dict[str, Any]:
    raw: dict[str, Any] = {"id": exercise.id, "name": exercise.name.strip()}
    if exercise.areas:
        raw["areas"] = [a for a in AREAS if a in exercise.areas]
    raw["goal"] = exercise.goal
    raw["equipment"] = exercise.equipment
    raw["position"] = exercise.position
    raw["steps"] = list(exercise.steps)
    raw["dosage"] = {name: exercise.dosage[name] for name in DOSAGE_FIELDS}
    if exercise.feel.strip():
        raw["feel"] = exercise.feel.strip()
    if exercise.cautions:
        raw["cautions"] = list(exercise.cautions)
    if exercise.stop_if:
        raw["stop_if"] = list(exercise.stop_if)
    if exercise.image:
        raw["image"] = exercise.image
    if exercise.motion is not None:
        raw["motion"] = copy.deepcopy(exercise.motion)
    return raw


def _heat_data(heat: HeatDraft) -> dict[str, Any]:
    data: dict[str, Any] = {
        "enabled": heat.enabled,
        "session_minutes": heat.session_minutes,
        "cap_minutes": heat.cap_minutes,
        "max_sessions_per_day": heat.max_sessions_per_day,
        "min_gap_hours": heat.min_gap_hours,
    }
    if heat.enabled:
        data["days"] = [WEEKDAY_NAMES[d] for d in sorted(heat.days)]
        if heat.times:
            data["times"] = [_hhmm(t) for t in sorted(heat.times)]
    return data


def _progression_data(progression: ProgressionDraft) -> dict[str, Any]:
    data: dict[str, Any] = {"mode": "suggest" if progression.suggest else "off"}
    if progression.suggest:
        for name, value in (
            ("max_hold_seconds", progression.max_hold_seconds),
            ("max_reps", progression.max_reps),
            ("max_sets", progression.max_sets),
        ):
            if value:
                data[name] = value
    return data
