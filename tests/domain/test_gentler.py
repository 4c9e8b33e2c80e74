"""Pain before starting (CLINICAL.md section 3): from 8 Coach asks first and offers a gentler
routine, mobility only at the smallest dose (BIM: above 5 is too much; 8 is a product choice;
ARUK's 5 s x 5 is the smallest dose)."""

from coach.domain.exercises import load_library
from coach.domain.gentler import GENTLER_PREFIX, gentler_routine, rest_today
from coach.domain.routines import load_builtin_routines
from tests.helpers import REPO_ROOT

LIBRARY = load_library(REPO_ROOT / "resources" / "exercises")
ROUTINES = {
    r.id: r for r in load_builtin_routines(REPO_ROOT / "resources" / "routines", LIBRARY)[0]
}


def test_pain_before_of_8_or_more_asks_first_bim() -> None:
    assert rest_today(8) and rest_today(10)
    assert not rest_today(7) and not rest_today(None) and not rest_today(0)


def test_the_gentler_routine_keeps_mobility_only_at_the_smallest_dose_bim_aruk() -> None:
    gentler = gentler_routine(ROUTINES["neck_shoulders"], LIBRARY.dose_kinds())
    assert gentler is not None
    assert gentler.id == GENTLER_PREFIX + "neck_shoulders"
    assert [s.exercise_id for s in gentler.steps] == [
        "chin_tuck",
        "neck_side_bend",
        "neck_rotation",
        "shoulder_shrug",
    ]  # the two stretches are left out
    for step in gentler.steps:
        assert step.dosage.sets == 1 and step.dosage.reps <= 5 and step.dosage.hold_seconds <= 5
    assert gentler.planned_seconds() < ROUTINES["neck_shoulders"].planned_seconds()


def test_a_routine_without_mobility_has_no_gentler_version_bim() -> None:
    assert gentler_routine(ROUTINES["band_break"], LIBRARY.dose_kinds()) is None
    desk = gentler_routine(ROUTINES["desk_reset"], LIBRARY.dose_kinds())
    assert desk is not None and len(desk.steps) == len(ROUTINES["desk_reset"].steps)
    again = gentler_routine(desk, LIBRARY.dose_kinds())
    assert again is not None and again.id == desk.id  # never "gentle:gentle:"
