"""Dose ceilings (CLINICAL.md section 3, added after the clinical review): the most any suggested
or accepted dose may reach, per kind of exercise. A clinician plan's bounds may lower them, never
raise them; a plan whose own dose is above one is not valid (`coach.domain.plan`).

The review simulated the progression rule without ceilings: an upper-trapezius stretch grew from
2 holds of 30 s to 3 sets of 12, 18 minutes a side, by week 7. With them:

- a static stretch (STRETCH) holds 10-30 s, 2-4 times, and accumulates at most 60 s a side in a
  session (ACSM: "accumulate 60 s per flexibility exercise");
- a neck movement (NECK_MOVEMENT: chin tuck, neck bends, rotation) at most 10 holds of up to 10 s
  a side, in at most 2 sets (ARUK's 5 s x 5 is the base; the ceiling is a product choice);
- strength (STRENGTH: band work) at most 3 sets of up to 15 repetitions (A08, ACSM resistance
  guidance: 8-15 reps); after that it progresses by a stronger band, not more repetitions. A hold
  in a strength exercise (a plan's own) is at most 10 s (product choice);
- any other movement or posture exercise (MOBILITY: cat-camel, seated bends and rotation, thread
  the needle, shoulder rolls, shrugs, shoulder-blade squeeze, wall angel) at most 10 repetitions
  or holds of up to 10 s a side, in at most 2 sets (product choice on CUH's 5-10 repetitions and
  the built-in doses: more is not better for a mobility exercise done daily).

Counts are per side for an exercise done on each side, per session. Rest and movement speed are
not part of a ceiling.
"""

from collections.abc import Mapping
from dataclasses import dataclass, replace

from coach.domain.exercises import Dosage, DoseKind

STRETCH_HOLD_SECONDS = 10  # holds from 10 s are stretches (ACSM: held 10-30 s)
_STEPPED = ("hold_seconds", "reps", "sets")  # the fields a ceiling limits


@dataclass(frozen=True)
class Ceiling:
    """The most of each part of a dose (a side, a session)."""

    max_hold_seconds: int
    max_reps: int  # in one set
    max_sets: int
    max_holds: int | None = None  # reps x sets, when the kind limits the holds in all
    max_hold_total: int | None = None  # seconds held in all, when the kind limits them


CEILINGS: Mapping[DoseKind, Ceiling] = {
    DoseKind.STRETCH: Ceiling(30, 4, 4, max_holds=4, max_hold_total=60),  # ACSM
    DoseKind.NECK_MOVEMENT: Ceiling(10, 10, 2),  # ARUK base; product choice
    DoseKind.STRENGTH: Ceiling(10, 15, 3),  # A08, ACSM; the hold is a product choice
    DoseKind.MOBILITY: Ceiling(10, 10, 2),  # product choice (CUH 5-10 reps)
}


def guessed_kind(dosage: Dosage) -> DoseKind:
    """The kind of a step whose exercise is not known (no longer in the library): holds from
    10 s are taken as a stretch, anything else as mobility, the stricter of the others."""
    return DoseKind.STRETCH if dosage.hold_seconds >= STRETCH_HOLD_SECONDS else DoseKind.MOBILITY


def ceiling_of(exercise_id: str, dosage: Dosage, kinds: Mapping[str, DoseKind]) -> Ceiling:
    """The ceiling of a routine's step, from its exercise's kind in `kinds` (by id)."""
    return CEILINGS[kinds.get(exercise_id) or guessed_kind(dosage)]


def field_limit(dosage: Dosage, name: str, ceiling: Ceiling) -> int:
    """The most `name` (hold_seconds, reps or sets) may be with the dose's other parts as they
    are (a stretch's holds and seconds in all count too)."""
    hold, reps, sets = dosage.hold_seconds, dosage.reps, dosage.sets
    others = {"hold_seconds": reps * sets, "reps": sets, "sets": reps}[name]
    limit = {
        "hold_seconds": ceiling.max_hold_seconds,
        "reps": ceiling.max_reps,
        "sets": ceiling.max_sets,
    }[name]
    if ceiling.max_holds is not None and name != "hold_seconds":
        limit = min(limit, ceiling.max_holds // others)
    if ceiling.max_hold_total is not None and hold > 0:
        held = others if name == "hold_seconds" else hold * others
        limit = min(limit, ceiling.max_hold_total // held)
    return limit


def within(dosage: Dosage, ceiling: Ceiling) -> bool:
    """Whether the dose is at or under the ceiling."""
    return all(getattr(dosage, name) <= field_limit(dosage, name, ceiling) for name in _STEPPED)


def clamp(dosage: Dosage, ceiling: Ceiling) -> Dosage:
    """The dose brought under the ceiling: each part to its most, then fewer sets, then fewer
    holds, then shorter holds until the holds in all fit (3 sets of 12 holds of 30 s of a stretch
    become 2 holds of 30 s)."""
    hold = min(dosage.hold_seconds, ceiling.max_hold_seconds)
    reps = min(dosage.reps, ceiling.max_reps)
    sets = min(dosage.sets, ceiling.max_sets)
    while not within(replace(dosage, hold_seconds=hold, reps=reps, sets=sets), ceiling):
        if sets > 1:
            sets -= 1
        elif reps > 1:
            reps -= 1
        else:
            hold = min(hold, ceiling.max_hold_total or hold)
            break
    return replace(dosage, hold_seconds=hold, reps=reps, sets=sets)


def over_ceiling(dosage: Dosage, ceiling: Ceiling) -> tuple[str, int] | None:
    """The part of a dose to lower first and the most it may be (None: within the ceiling), for
    a message that says the fix: a part above its own most, else the repetitions (or the sets,
    or the hold) that make the holds in all too many or too long."""
    for name, most in (
        ("hold_seconds", ceiling.max_hold_seconds),
        ("reps", ceiling.max_reps),
        ("sets", ceiling.max_sets),
    ):
        if getattr(dosage, name) > most:
            return name, most
    for name in ("reps", "sets", "hold_seconds"):
        limit = field_limit(dosage, name, ceiling)
        if limit >= 1 and getattr(dosage, name) > limit:
            return name, limit
    return None
