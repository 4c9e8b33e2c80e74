"""Every per-side exercise played in the real player: each set's written and spoken cue says which
side and which way ("Tilt your head to the left"), and a switch names the side that comes next
(CLINICAL.md section 2)."""

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from coach.clock import FakeClock
from coach.domain.exercises import Dosage
from coach.domain.routines import Routine, RoutineStep
from coach.domain.session import PhaseKind, Side
from coach.services.catalog import builtin_catalog
from coach.ui.lifecycle import startup
from coach.ui.pages.exercises import ExercisesPage
from coach.ui.pages.routines import RoutinesPage
from coach.ui.shell.main_window import MainWindow, Page


def short(dosage: Dosage) -> Dosage:
    """Two sets of one short rep a side: every side of every set, quickly."""
    if dosage.hold_seconds:
        return replace(dosage, hold_seconds=1, reps=1, sets=2, rest_seconds=0)
    return replace(dosage, rep_seconds=1, reps=1, sets=2, rest_seconds=0)


def test_every_per_side_cue_names_the_side_and_the_way(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> None:
    library = builtin_catalog().library
    per_side = [e for e in library.exercises if e.dosage.per_side]
    routine = Routine(
        "",
        "Every side",
        "",
        tuple(RoutineStep(e.id, short(e.dosage)) for e in per_side),
    )
    window = make_window()
    window.speech_engine = "mock"
    window.start_routine(services.repo.save_routine(routine, library))
    player = window.player
    assert player is not None
    try:
        qtbot.mouseClick(player.before.skip, Qt.MouseButton.LeftButton)
        seen: dict[int, str] = {}  # phase index: the instruction shown
        for _ in range(2000):
            if player.session.is_over:
                break
            seen.setdefault(player.session.phase_index, player.running.instruction.text())
            clock.advance(0.25)
            player.refresh()
        assert player.session.is_over
        spoken = player._cues.spoken
        for index, phase in enumerate(player.session.phases):
            exercise = per_side[phase.step_index]
            assert exercise.side_cues is not None
            if phase.is_work:
                cue = exercise.side_cues.for_side(phase.side or "")
                assert phase.side in (Side.LEFT, Side.RIGHT)
                assert seen[index].startswith(cue + ". "), (exercise.id, seen[index])
                assert phase.side.value in cue.lower()
                if phase.rep_number == 1:  # each side of each set is said aloud
                    assert spoken.count(seen[index]) == 2, (exercise.id, seen[index])
            elif phase.kind is PhaseKind.SWITCH:
                expected = f"Switch sides. {exercise.side_cues.right}"
                assert seen[index] == expected
                assert spoken.count(expected) == 2  # once in each set
    finally:
        if not player.session.is_over:
            player.session.end_early()
        player.close()


def test_sources_are_shown_by_title_and_address(window: MainWindow) -> None:
    window.show_page(Page.EXERCISES)
    exercises = window.page_widget(Page.EXERCISES)
    assert isinstance(exercises, ExercisesPage)
    band = builtin_catalog().library.get("band_pull_apart")
    assert band is not None and band.source == "A08, A11"
    exercises.show_exercise(band)
    label = exercises.findChild(QLabel, "exerciseSource")
    assert label is not None
    text = label.text()
    assert "Andersen et al. 2008: two kinds of exercise for chronic neck muscle pain" in text
    assert "https://pubmed.ncbi.nlm.nih.gov/18163419/" in text
    assert "A08, A11" not in text
    seated = builtin_catalog().library.get("seated_extension")
    assert seated is not None
    exercises.show_exercise(seated)
    assert "Cambridge University Hospitals NHS: thoracic spine exercises" in label.text()
    assert "https://cuh.nhs.uk/patient-information/thoracic-spine-exercises" in label.text()
    rolls = builtin_catalog().library.get("shoulder_rolls")
    assert rolls is not None
    exercises.show_exercise(rolls)
    assert "product choice" in label.text()

    window.show_page(Page.ROUTINES)
    routines = window.page_widget(Page.ROUTINES)
    assert isinstance(routines, RoutinesPage)
    source = routines.findChild(QLabel, "routineSource")
    assert source is not None
    routines.select("band_break")
    assert source.isVisible()
    assert "https://pmc.ncbi.nlm.nih.gov/articles/PMC3596862/" in source.text()
