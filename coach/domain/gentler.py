"""Pain before starting (CLINICAL.md section 3): a "before" rating of 8 or more does not start a
routine silently. Pain this high is a reason to rest the exercise today; Coach offers a gentler
routine (mobility only, at the smallest dose), a check-in instead, or starting anyway (BIM: above 5
is too much during exercise; 8 before starting is a product choice).

The gentler routine is made from the routine the user chose: its mobility exercises and neck
movements only (no stretches held long, no band work), each once, with at most 5 repetitions or
holds of at most 5 s (ARUK's base dose, 5 s x 5, the smallest Coach uses).
"""

from collections.abc import Mapping
from dataclasses import replace

from coach.domain.ceilings import guessed_kind
from coach.domain.exercises import Dosage, DoseKind
from coach.domain.routines import Routine, RoutineStep

REST_PAIN_BEFORE = 8  # a rating before starting from which Coach asks first (product choice)
GENTLE_KINDS = (DoseKind.MOBILITY, DoseKind.NECK_MOVEMENT)
GENTLE_REPS = 5  # ARUK: hold 5 s, repeat 5 times
GENTLE_HOLD_SECONDS = 5
GENTLER_PREFIX = "gentle:"  # the id of a gentler routine: its sessions are not the routine's own


def rest_today(pain_before: int | None) -> bool:
    """Whether the pain before starting is high enough to ask first."""
    return pain_before is not None and pain_before >= REST_PAIN_BEFORE


def gentle_dose(dosage: Dosage) -> Dosage:
    """The smallest dose: one set of at most 5 repetitions, holds of at most 5 s."""
    return replace(
        dosage,
        sets=1,
        reps=min(dosage.reps, GENTLE_REPS),
        hold_seconds=min(dosage.hold_seconds, GENTLE_HOLD_SECONDS),
    )


def gentler_routine(routine: Routine, kinds: Mapping[str, DoseKind]) -> Routine | None:
    """`routine`'s mobility exercises and neck movements at the smallest dose, under its own id
    with GENTLER_PREFIX (so progression does not count it as the routine done); None when it has
    none."""
    steps = tuple(
        RoutineStep(step.exercise_id, gentle_dose(step.dosage))
        for step in routine.steps
        if (kinds.get(step.exercise_id) or guessed_kind(step.dosage)) in GENTLE_KINDS
    )
    if not steps:
        return None
    base_id = routine.id.removeprefix(GENTLER_PREFIX)
    return replace(routine, id=GENTLER_PREFIX + base_id, steps=steps)
