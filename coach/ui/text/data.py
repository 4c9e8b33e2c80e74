"""Built-in exercises and routines in the user's language.

Their files (resources/exercises, resources/routines) stay in English, and so do the names stored
with recorded sessions. `make translations` marks every text of those files for translation
(tools/extract_data_strings.py writes build/i18n/data_strings.py, contexts "exercise" and
"routine"), and the UI translates a text where it shows it. A clinician plan's own exercises and
routines, and the user's own routines, are shown as written: they are someone's own words.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coach.domain.plan_ids import PLAN_EXERCISE_SOURCE, PLAN_ROUTINE_PREFIX

if TYPE_CHECKING:
    from coach.domain.exercises import Exercise
    from coach.domain.routines import Routine
    from coach.services.catalog import Catalog

EXERCISE_CONTEXT = "exercise"  # also in tools/extract_data_strings.py
ROUTINE_CONTEXT = "routine"
TRY_PREFIX = "try:"  # the id of a one-exercise routine ("Try it now"), coach.domain.routines
USER_PREFIX = "user:"  # the ids of the user's own routines, coach.store.repo
GENTLER_PREFIX = "gentle:"  # a gentler version of a routine, coach.domain.gentler


def exercise_text(text: str) -> str:
    return QCoreApplication.translate(EXERCISE_CONTEXT, text)


def routine_text(text: str) -> str:
    return QCoreApplication.translate(ROUTINE_CONTEXT, text)


def shown_exercise(exercise: "Exercise") -> "Exercise":
    """The exercise with its texts in the user's language (a plan's own exercise as written, but
    for the general stop signs Coach adds to it, which are Coach's words)."""
    from dataclasses import replace  # noqa: PLC0415 (loaded with the exercises, not at start-up)

    if exercise.source == PLAN_EXERCISE_SOURCE:
        from coach.domain.plan import GENERAL_STOP_SIGNS  # noqa: PLC0415

        signs = tuple(
            exercise_text(sign) if sign in GENERAL_STOP_SIGNS else sign for sign in exercise.stop_if
        )
        return replace(exercise, stop_if=signs)
    return replace(
        exercise,
        name=exercise_text(exercise.name),
        steps=tuple(exercise_text(step) for step in exercise.steps),
        feel=exercise_text(exercise.feel),
        cautions=tuple(exercise_text(caution) for caution in exercise.cautions),
        stop_if=tuple(exercise_text(sign) for sign in exercise.stop_if),
        side_cues=(
            replace(
                exercise.side_cues,
                left=exercise_text(exercise.side_cues.left),
                right=exercise_text(exercise.side_cues.right),
            )
            if exercise.side_cues
            else None
        ),
    )


def side_cue(exercise: "Exercise | None", side: str) -> str:
    """What to say for one side ("left" or "right") of a per-side exercise, naming the side and
    the direction: a built-in's in the user's language, a plan's own as the clinician wrote it;
    "" when the exercise has no side cues (a plan's own written without them)."""
    if exercise is None or exercise.side_cues is None:
        return ""
    cue = exercise.side_cues.for_side(side)
    return cue if exercise.source == PLAN_EXERCISE_SOURCE else exercise_text(cue)


def exercise_name(exercise: "Exercise") -> str:
    return (
        exercise.name if exercise.source == PLAN_EXERCISE_SOURCE else exercise_text(exercise.name)
    )


def catalog_exercise_name(catalog: "Catalog", exercise_id: str) -> str:
    """The name of the catalog's exercise with this id as shown (in the user's language, a plan's
    own as written); the id itself for one the catalog does not have."""
    exercise = catalog.exercise(exercise_id)
    return exercise_name(exercise) if exercise else exercise_id


def routine_name(routine: "Routine") -> str:
    """A routine's name as shown: a built-in's translated, "Try it now" named after its exercise."""
    if routine.builtin:
        return routine_text(routine.name)
    if routine.id.removeprefix(GENTLER_PREFIX).startswith(TRY_PREFIX):
        return exercise_text(routine.name)
    return routine.name


def routine_aim(routine: "Routine") -> str:
    return routine_text(routine.aim) if routine.builtin and routine.aim else routine.aim


def recorded_routine_name(routine_id: str, name: str) -> str:
    """The name stored with a session, as shown: built-in routines and single exercises in the
    user's language (as long as the name is the built-in one), the user's and plans' as written.
    A gentler version of a routine (pain before starting of 8 or more) has the routine's name."""
    routine_id = routine_id.removeprefix(GENTLER_PREFIX)
    if routine_id.startswith((USER_PREFIX, PLAN_ROUTINE_PREFIX)):
        return name
    if routine_id.startswith(TRY_PREFIX):
        return exercise_text(name)
    return routine_text(name)
