"""The exercise library and built-in routines, loaded from the resources once, when first needed
(not at start-up)."""

import functools
import logging
from dataclasses import dataclass

from coach import paths
from coach.domain.exercises import Exercise, Library, LibraryError, load_library
from coach.domain.routines import Routine, load_builtin_routines

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Catalog:
    library: Library
    builtin_routines: tuple[Routine, ...]
    problems: tuple[LibraryError, ...]

    def exercise(self, exercise_id: str) -> Exercise | None:
        return self.library.get(exercise_id)

    def exercise_name(self, exercise_id: str) -> str:
        exercise = self.library.get(exercise_id)
        return exercise.name if exercise else exercise_id


@functools.cache
def catalog() -> Catalog:
    resources = paths.resources_dir()
    library = load_library(resources / "exercises")
    routines, routine_problems = load_builtin_routines(resources / "routines", library)
    problems = (*library.problems, *routine_problems)
    for problem in problems:
        log.error("resource problem: %s", problem)
    return Catalog(library, tuple(routines), problems)
