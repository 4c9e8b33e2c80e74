"""Exercises: browse the illustrated library with filters and search; read one in detail; try it."""

import html
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.domain.exercises import AREAS, EQUIPMENT, GOALS, POSITIONS, Exercise
from coach.domain.plan_summary import PLAN_EXERCISE_SOURCE
from coach.services.catalog import Catalog
from coach.services.changes import Change
from coach.ui.text.core import core_text
from coach.ui.text.data import shown_exercise
from coach.ui.text.labels import (
    area_label,
    dosage_text,
    duration_text,
    equipment_label,
    goal_label,
    position_label,
)
from coach.ui.text.sources import sources_html
from coach.ui.widgets.blocks import heading, paragraph, with_clear_button

ILLUSTRATION_SIZE = 220


class ExercisesPage(QWidget):
    try_exercise = Signal(object)
    # The main window builds the page again (when next shown) after one of these: a plan brings
    # its own exercises.
    rebuilt_on = frozenset({Change.PLAN, Change.DATA})

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exercisesPage")
        self._catalog = catalog
        self._shown: Exercise | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("exerciseSearch")
        self.search.setPlaceholderText(self.tr("Search exercises"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        with_clear_button(self.search)
        self.search.textChanged.connect(self.apply_filters)
        self.area = self._filter("areaFilter", self.tr("All body areas"), AREAS, area_label)
        self.goal = self._filter("goalFilter", self.tr("All goals"), GOALS, goal_label)
        self.equipment = self._filter(
            "equipmentFilter", self.tr("Any equipment"), EQUIPMENT, equipment_label
        )
        self.position = self._filter(
            "positionFilter", self.tr("Any position"), POSITIONS, position_label
        )
        self.list = QListWidget(self)
        self.list.setObjectName("exerciseList")
        self.list.setAccessibleName(self.tr("Exercises"))
        self.list.currentItemChanged.connect(self._current_changed)
        self.count = QLabel(self)
        self.count.setObjectName("exerciseCount")

        filters = QFormLayout()
        filters.addRow(self.tr("&Search:"), self.search)
        filters.addRow(self.tr("&Area:"), self.area)
        filters.addRow(self.tr("&Goal:"), self.goal)
        filters.addRow(self.tr("&Equipment:"), self.equipment)
        filters.addRow(self.tr("&Position:"), self.position)
        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Exercises"), self))
        left.addLayout(filters)
        left.addWidget(self.list, 1)
        left.addWidget(self.count)

        self.detail = self._build_detail()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        # A Tab stop of its own, so the description scrolls with the arrow keys.
        scroll.setAccessibleName(self.tr("Exercise details"))
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(scroll, 3)
        for problem in catalog.problems:
            self.count.setToolTip(core_text(problem.message))
        self.apply_filters()

    def _filter(
        self, name: str, everything: str, codes: tuple[str, ...], label: Callable[[str], str]
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(everything)
        combo.addItem(everything, None)
        for code in codes:
            combo.addItem(label(code), code)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _build_detail(self) -> QWidget:
        detail = QWidget(self)
        detail.setObjectName("exerciseDetail")
        self.name = heading("", detail)
        self.name.setObjectName("exerciseName")
        self.name.setWordWrap(True)  # long names (German ones) wrap instead of widening the page
        self.meta = QLabel(detail)
        self.meta.setObjectName("exerciseMeta")
        self.meta.setWordWrap(True)
        self.start_picture = QSvgWidget(detail)
        self.end_picture = QSvgWidget(detail)
        pictures = QHBoxLayout()
        for picture, caption in (
            (self.start_picture, self.tr("Start")),
            (self.end_picture, self.tr("End")),
        ):
            picture.setFixedSize(QSize(ILLUSTRATION_SIZE, ILLUSTRATION_SIZE))
            column = QVBoxLayout()
            column.addWidget(picture)
            column.addWidget(QLabel(caption, detail), 0, Qt.AlignmentFlag.AlignHCenter)
            pictures.addLayout(column)
        pictures.addStretch(1)
        self.dosage = QLabel(detail)
        self.dosage.setObjectName("exerciseDosage")
        self.dosage.setWordWrap(True)
        self.steps = paragraph("", detail)
        self.steps.setObjectName("exerciseSteps")
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.feel = paragraph("", detail)
        self.cautions = paragraph("", detail)
        self.cautions.setTextFormat(Qt.TextFormat.RichText)
        # A built-in's sources by title and address; the addresses open in the browser (by mouse;
        # each is written out for anyone who cannot click it).
        self.source = paragraph("", detail)
        self.source.setObjectName("exerciseSource")
        self.source.setOpenExternalLinks(True)
        self.try_button = QPushButton(self.tr("&Try it now"), detail)
        self.try_button.setObjectName("tryExercise")
        self.try_button.clicked.connect(self._try)
        # A plan's exercises carry someone else's texts: shown as they are, never as markup (the
        # steps and cautions are rich text built here, with each text escaped).
        for label in (self.name, self.meta, self.dosage, self.feel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(detail)
        layout.addWidget(self.name)
        layout.addWidget(self.meta)
        layout.addLayout(pictures)
        layout.addWidget(self.dosage)
        layout.addWidget(self.steps)
        layout.addWidget(self.feel)
        layout.addWidget(self.cautions)
        layout.addWidget(self.source)
        layout.addWidget(self.try_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return detail

    @Slot()
    def apply_filters(self) -> None:
        current = self._shown.id if self._shown else None
        filtered = self._catalog.library.filtered(
            area=self.area.currentData(),
            goal=self.goal.currentData(),
            equipment=self.equipment.currentData(),
            position=self.position.currentData(),
        )
        # Search and sort in the language shown (the English words are found too).
        text = self.search.text()
        needle = text.strip().lower()
        shown = {e.id: shown_exercise(e) for e in filtered}
        found = sorted(
            (e for e in filtered if shown[e.id].matches(text) or e.matches(text)),
            key=lambda e: (needle not in shown[e.id].name.lower(), shown[e.id].name.lower()),
        )
        self.list.blockSignals(True)
        self.list.clear()
        for exercise in found:
            item = QListWidgetItem(shown[exercise.id].name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setToolTip(", ".join(area_label(a) for a in exercise.areas))
        self.list.blockSignals(False)
        self.count.setText(self.tr("%n exercise(s)", "", len(found)))
        ids = [e.id for e in found]
        row = ids.index(current) if current in ids else 0
        if found:
            self.list.setCurrentRow(row)
            self.show_exercise(found[row])
        else:
            self._shown = None
            self.detail.setVisible(False)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        exercise = self._catalog.exercise(str(item.data(Qt.ItemDataRole.UserRole)))
        if exercise is not None:
            self.show_exercise(exercise)

    def show_exercise(self, exercise: Exercise) -> None:
        self._shown = exercise
        self.detail.setVisible(True)
        exercise = shown_exercise(exercise)  # its texts in the user's language
        self.name.setText(exercise.name)
        self.meta.setText(
            " · ".join(
                [
                    ", ".join(area_label(a) for a in exercise.areas),
                    goal_label(exercise.goal),
                    equipment_label(exercise.equipment),
                    position_label(exercise.position),
                ]
            )
        )
        self.start_picture.load(str(exercise.illustrations[0]))
        self.end_picture.load(str(exercise.illustrations[-1]))
        self.start_picture.setAccessibleName(
            self.tr("{name}, start position").format(name=exercise.name)
        )
        self.end_picture.setAccessibleName(
            self.tr("{name}, end position").format(name=exercise.name)
        )
        self.dosage.setText(
            self.tr("Dosage: {dosage} (about {time})").format(
                dosage=dosage_text(exercise.dosage), time=duration_text(exercise.dosage.seconds())
            )
        )
        # Translated outside the f-strings, where pyside6-lupdate finds them.
        how, take_care, stop = self.tr("How to do it"), self.tr("Take care"), self.tr("Stop if")
        steps = "".join(f"<li>{html.escape(step)}</li>" for step in exercise.steps)
        self.steps.setText(f"<b>{html.escape(how)}</b><ol>{steps}</ol>")
        self.feel.setText(self.tr("What you should feel: {feel}").format(feel=exercise.feel))
        cautions = "".join(f"<li>{html.escape(c)}</li>" for c in exercise.cautions)
        stop_if = "".join(f"<li>{html.escape(s)}</li>" for s in exercise.stop_if)
        caution_block = f"<b>{html.escape(take_care)}</b><ul>{cautions}</ul>" if cautions else ""
        self.cautions.setText(f"{caution_block}<b>{html.escape(stop)}</b><ul>{stop_if}</ul>")
        if exercise.source == PLAN_EXERCISE_SOURCE:
            self.source.setTextFormat(Qt.TextFormat.PlainText)
            self.source.setText(self.tr("From your clinician's plan"))
        else:
            self.source.setTextFormat(Qt.TextFormat.RichText)  # built here, each text escaped
            self.source.setText(sources_html(exercise.source))

    @property
    def shown(self) -> Exercise | None:
        return self._shown

    @Slot()
    def _try(self) -> None:
        if self._shown is not None:
            self.try_exercise.emit(self._shown)
