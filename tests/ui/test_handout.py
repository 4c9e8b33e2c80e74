"""The printable handout (issue 19): one or two pages per routine with three pictures, the steps,
the dose and the cautions of each exercise, the stop signs once at the end, never an exercise
split between pages; in the app's language; File > Print a handout saves it or prints it."""

import importlib.util
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from coach.domain.routines import Routine, RoutineStep
from coach.services.catalog import builtin_catalog
from coach.services.handout import Handout
from coach.ui.dialogs.handout import HandoutDialog, can_print
from coach.ui.dialogs.handout_pdf import MAX_PAGES, handout_frames, write_handout
from coach.ui.lifecycle import startup
from coach.ui.shell.main_window import MainWindow
from coach.ui.text.situations import Situation, situation_sentence

TODAY = date(2026, 6, 10)
pytestmark = pytest.mark.usefixtures("qapp")  # fonts and painting need the application


def handout_of(routine: Routine) -> Handout:
    library = builtin_catalog().library
    exercises = []
    for step in routine.steps:
        exercise = library.get(step.exercise_id)
        assert exercise is not None
        exercises.append(exercise.with_dosage(step.dosage))
    return Handout(routine, tuple(exercises), TODAY)


def page_count(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, read back by QtPdf (where it is installed), spaces made plain."""
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    document = qtpdf.QPdfDocument()
    assert document.load(str(pdf)) == qtpdf.QPdfDocument.Error.None_
    texts = [document.getAllText(page).text() for page in range(document.pageCount())]
    return [re.sub(r"\s+", " ", text) for text in texts]


@pytest.mark.parametrize("routine", builtin_catalog().builtin_routines, ids=lambda r: r.id)
def test_each_built_in_routine_makes_a_handout_of_one_or_two_pages(
    routine: Routine, tmp_path: Path
) -> None:
    target = tmp_path / "handout.pdf"
    handout = handout_of(routine)
    pages = write_handout(handout, target)
    assert target.read_bytes().startswith(b"%PDF")
    assert 1 <= pages <= MAX_PAGES and page_count(target) == pages
    assert not list(tmp_path.glob(".*partial"))
    text = " ".join(page_texts(target))
    assert routine.name in text
    for exercise in handout.exercises:
        assert exercise.name in text
        assert exercise.steps[-1] in text
    per_side = [e for e in handout.exercises if e.dosage.per_side]
    assert text.count("each side") == len(per_side)
    assert text.count("Shown for the left side") == len(per_side)
    assert text.count(situation_sentence(Situation.SEEK_CARE)) == 1  # once, at the end
    assert text.count("Made with Coach on") == pages


def test_a_long_routine_never_splits_an_exercise_between_pages(tmp_path: Path) -> None:
    library = builtin_catalog().library
    steps = tuple(RoutineStep(e.id, e.dosage) for e in library.exercises)
    routine = Routine("user:1", "Everything", "", steps)
    target = tmp_path / "long.pdf"
    pages = write_handout(handout_of(routine), target)
    assert pages > MAX_PAGES  # 19 exercises do not fit on two pages, even at the smallest size
    texts = page_texts(target)
    assert len(texts) == pages
    for exercise in library.exercises:
        holding = [n for n, text in enumerate(texts) if exercise.name in text]
        assert len(holding) == 1, exercise.name
        page = texts[holding[0]]
        assert exercise.steps[-1] in page  # its last step on the page of its name
        for caution in exercise.cautions:
            assert caution in page
    assert "Page 1 of" in texts[0]


def test_three_different_moments_of_every_exercise() -> None:
    for exercise in builtin_catalog().library.exercises:
        motion = exercise.motion
        assert motion is not None
        frames = handout_frames(motion)
        phases = [frame.phase for frame in frames]
        assert phases[0] == 0.0 and phases == sorted(phases), exercise.id
        assert len(set(phases)) == 3, exercise.id
        if motion.hold:  # ends in the held position, without arrows
            assert phases[-1] == 1.0 and not frames[-1].arrows
        assert frames[1].arrows  # the middle one shows where the movement goes


def test_the_handout_is_in_the_apps_language(german: None, tmp_path: Path) -> None:
    neck = next(r for r in builtin_catalog().builtin_routines if r.id == "neck_shoulders")
    target = tmp_path / "de.pdf"
    write_handout(handout_of(neck), target)
    text = " ".join(page_texts(target))
    assert "Nacken und Schultern" in text and "je Seite" in text
    assert situation_sentence(Situation.SEEK_CARE) in text
    assert "Rufen Sie sofort den Notruf an" in text


def test_a_folder_that_does_not_exist_is_not_made(tmp_path: Path) -> None:
    routine = builtin_catalog().builtin_routines[0]
    with pytest.raises(FileNotFoundError):
        write_handout(handout_of(routine), tmp_path / "nowhere" / "h.pdf")
    assert not (tmp_path / "nowhere").exists()
    with pytest.raises(OSError, match="is not a file"):
        write_handout(handout_of(routine), tmp_path)


# ---- the app -------------------------------------------------------------------------------------
@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append("!" + text))
    return said


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[HandoutDialog]]:
    """The handout dialogs opened, answered by `dialog.answer` (a choice and a routine id)."""
    opened: list[HandoutDialog] = []

    def answer(dialog: HandoutDialog) -> int:
        opened.append(dialog)
        choice, routine_id = getattr(HandoutDialog, "answer", (HandoutDialog.SAVE, ""))
        if routine_id:
            dialog.routine.setCurrentIndex(dialog.routine.findData(routine_id))
        dialog.choice = choice
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(HandoutDialog, "exec", answer)
    yield opened


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def test_file_print_a_handout_saves_the_chosen_routine_as_pdf(
    window: MainWindow,
    chosen: list[HandoutDialog],
    told: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "desk.pdf"
    asked: list[str] = []

    def save_name(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        asked.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(HandoutDialog, "answer", (HandoutDialog.SAVE, "desk_reset"), raising=False)
    trigger(window, "printHandout")
    (dialog,) = chosen
    ids = [dialog.routine.itemData(i) for i in range(dialog.routine.count())]
    assert {r.id for r in builtin_catalog().builtin_routines} <= set(ids)
    assert dialog.routine.currentData() == "desk_reset"
    assert asked == ["coach-handout-desk_reset.pdf"]
    assert target.read_bytes().startswith(b"%PDF")
    assert told == [f"Saved a {page_count(target)}-page handout to {target}."]
    assert "3-minute desk reset" in " ".join(page_texts(target))


def test_the_reminded_routine_is_offered_first_and_cancel_writes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, told: list[str]
) -> None:
    seen: list[HandoutDialog] = []

    def cancel(dialog: HandoutDialog) -> int:
        seen.append(dialog)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(HandoutDialog, "exec", cancel)
    saved: list[object] = []

    def save_name(*args: object) -> tuple[str, str]:
        saved.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    trigger(window, "printHandout")
    (dialog,) = seen
    assert dialog.routine.currentData() == window.reminder_settings().routine.routine_id
    assert saved == [] and told == []


def test_print_goes_through_the_print_dialog(
    window: MainWindow,
    chosen: list[HandoutDialog],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printing = pytest.importorskip("PySide6.QtPrintSupport")
    target = tmp_path / "printed.pdf"

    def accept(dialog: "printing.QPrintDialog") -> int:  # type: ignore[name-defined]
        dialog.printer().setOutputFileName(str(target))  # the printer writes a PDF here
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(printing.QPrintDialog, "exec", accept)
    monkeypatch.setattr(HandoutDialog, "answer", (HandoutDialog.PRINT, "band_break"), raising=False)
    trigger(window, "printHandout")
    assert target.read_bytes().startswith(b"%PDF")
    assert "2-minute band break" in " ".join(page_texts(target))


def test_without_print_support_the_dialog_offers_save_alone(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    routines = builtin_catalog().builtin_routines
    dialog = HandoutDialog(routines, routines[1].id, printing=False)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton, "handoutSave") is not None
    assert dialog.findChild(QPushButton, "handoutPrint") is None
    assert dialog.routine.currentData() == routines[1].id
    printing = HandoutDialog(routines, "no such routine")
    qtbot.addWidget(printing)
    assert printing.findChild(QPushButton, "handoutPrint") is not None
    assert printing.routine.currentIndex() == 0
    found = importlib.util.find_spec

    def without_print_support(name: str) -> object:
        return None if name == "PySide6.QtPrintSupport" else found(name)

    monkeypatch.setattr(importlib.util, "find_spec", without_print_support)
    assert not can_print()


def test_a_plans_routine_is_offered_and_its_steps_at_their_dose(
    services: startup.Services, tmp_path: Path
) -> None:
    from coach.services.handout import HandoutService
    from coach.services.plans import PlanService, read_plan

    plan = read_plan(
        Path(__file__).resolve().parents[2]
        / "resources"
        / "plans"
        / "examples"
        / "neck-and-upper-back.coachplan"
    )
    PlanService(services.context).adopt(plan, "plan.coachplan")
    service = HandoutService(services.context)
    ids = [r.id for r in service.routines()]
    planned = plan.routines[0]
    assert planned.id in ids
    handout = service.handout(planned.id)
    assert handout is not None
    assert [e.id for e in handout.exercises] == [s.exercise_id for s in planned.steps]
    assert [e.dosage for e in handout.exercises] == [s.dosage for s in planned.steps]
    assert service.handout("no such routine") is None
    target = tmp_path / "plan.pdf"
    assert 1 <= write_handout(replace(handout, today=TODAY), target) <= MAX_PAGES
