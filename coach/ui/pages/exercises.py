"""Exercises: browse the library with filters and search, each with a thumbnail of its figure; read
one in detail, its figure looping the movement at the exercise's own tempo (mirrored for the right
side of a per-side exercise, paused on request, still while the page is hidden, in key poses
without frames between when motion is reduced); try it."""

import functools
import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.domain.exercises import AREAS, EQUIPMENT, GOALS, POSITIONS, Exercise
from coach.domain.plan_summary import PLAN_EXERCISE_SOURCE
from coach.domain.pose import BodySide
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
from coach.ui.widgets.exercise_figures import (
    THUMBNAIL_SIZE,
    Thumbnails,
    loop_seconds,
    telling_keyframe,
    thumbnail_icon,
)
from coach.ui.widgets.figure import FigureView

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent, QShowEvent

    from coach.domain.settings import AppSettings
    from coach.ui.shell.settings_model import SettingsModel

FIGURE_SIZE = 260


class ExercisesPage(QWidget):
    try_exercise = Signal(object)
    # The main window builds the page again (when next shown) after one of these: a plan brings
    # its own exercises.
    rebuilt_on = frozenset({Change.PLAN, Change.DATA})

    def __init__(
        self,
        catalog: Catalog,
        parent: QWidget | None = None,
        settings: "SettingsModel | None" = None,
    ) -> None:
        """`settings`: the app's, for "reduce motion" (followed while the page exists)."""
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
        self.list.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        # A long name (German ones) wraps beside its picture, as tall as two lines of large
        # text, rather than being cut off behind a sideways scroll bar.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._thumbnails = Thumbnails(self.list, THUMBNAIL_SIZE)
        self._thumbnails.redraw.connect(self._request_thumbnails)
        self.count = QLabel(self)
        self.count.setObjectName("exerciseCount")

        filters = QFormLayout()
        filters.addRow(self.tr("&Search:"), self.search)
        filters.addRow(self.tr("&Area:"), self.area)
        filters.addRow(self.tr("G&oal:"), self.goal)
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
        self._follow_reduce_motion(settings.value.reduce_motion if settings else False)
        if settings is not None:
            settings.changed.connect(self._settings_changed)
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
        figure = self._build_figure(detail)
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
        layout.addLayout(figure)
        layout.addWidget(self.dosage)
        layout.addWidget(self.steps)
        layout.addWidget(self.feel)
        layout.addWidget(self.cautions)
        layout.addWidget(self.source)
        layout.addWidget(self.try_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return detail

    def _build_figure(self, detail: QWidget) -> QVBoxLayout:
        """The moving figure, the side it shows (for a per-side exercise) and the pause button."""
        self.figure = FigureView(detail)
        self.figure.setFixedSize(QSize(FIGURE_SIZE, FIGURE_SIZE))
        self.left_side = QRadioButton(self.tr("&Left side"), detail)
        self.left_side.setObjectName("figureLeftSide")
        self.left_side.setChecked(True)
        self.right_side = QRadioButton(self.tr("&Right side"), detail)
        self.right_side.setObjectName("figureRightSide")
        self._sides = QButtonGroup(self)
        for button in (self.left_side, self.right_side):
            self._sides.addButton(button)
            button.toggled.connect(self._side_toggled)
        self.pause_button = QPushButton(self.tr("Pa&use animation"), detail)
        self.pause_button.setObjectName("pauseFigure")
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self._pause_toggled)
        controls = QHBoxLayout()
        controls.addWidget(self.left_side)
        controls.addWidget(self.right_side)
        controls.addWidget(self.pause_button)
        controls.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignLeft)
        column.addLayout(controls)
        self.figure_note = QLabel(detail)
        self.figure_note.setObjectName("figureNote")
        self.figure_note.setWordWrap(True)
        column.addWidget(self.figure_note)
        return column

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
        self._request_thumbnails()
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
        self._show_figure()
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

    # ---- the figure -----------------------------------------------------------------------------
    @property
    def side(self) -> str | None:
        """The side the figure shows: "left" or "right" for a per-side exercise, else None."""
        if self._shown is None or not self._shown.dosage.per_side:
            return None
        return "right" if self.right_side.isChecked() else "left"

    @Slot(object)
    def _settings_changed(self, settings: "AppSettings") -> None:
        self._follow_reduce_motion(settings.reduce_motion)

    def _follow_reduce_motion(self, on: bool) -> None:
        """The "reduce motion" setting: the figure then steps from one key pose to the next as
        the movement reaches it, with no frames between (FigureView does it), and says so."""
        self.figure.reduce_motion = on
        self.figure_note.setText(
            self.tr("Motion is reduced: the figure shows the key positions one after another.")
        )
        self.figure_note.setVisible(on)

    def _show_figure(self) -> None:
        exercise = self._shown
        per_side = exercise is not None and exercise.dosage.per_side
        for button in (self.left_side, self.right_side):
            button.setVisible(per_side)
        self.figure.set_exercise(exercise, self.side)
        self._animate(fresh=True)

    def _animate(self, fresh: bool = False) -> None:
        """Loop the movement at the exercise's tempo while the page shows. Paused, it stays
        where it is; a `fresh` exercise or side shown while paused shows its telling key pose
        (its start would show nothing of a hold)."""
        exercise = self._shown
        if exercise is None or not self.isVisible():
            self.figure.stop()
        elif self.pause_button.isChecked():
            motion = exercise.motion
            if not fresh:
                self.figure.stop()
            elif motion is not None:
                self.figure.show_still(telling_keyframe(motion, self._body_side()))
            else:
                self.figure.show_still(self.figure.still_count - 1)  # the end picture
        else:
            self.figure.play_loop(loop_seconds(exercise))

    def _body_side(self) -> BodySide | None:
        side = self.side
        return BodySide(side) if side else None

    @Slot(bool)
    def _side_toggled(self, checked: bool) -> None:
        if checked and self._shown is not None:
            self.figure.set_exercise(self._shown, self.side)
            self._animate(fresh=True)  # a paused figure shows the other side's key pose

    @Slot(bool)
    def _pause_toggled(self, _paused: bool) -> None:
        self._animate()

    def showEvent(self, event: "QShowEvent") -> None:
        super().showEvent(event)
        self._animate()

    def hideEvent(self, event: "QHideEvent") -> None:
        super().hideEvent(event)
        self.figure.stop()  # nothing moves on a page no one sees

    # ---- thumbnails -----------------------------------------------------------------------------
    def _request_thumbnails(self) -> None:
        """Each row's thumbnail: at once when drawn before, else an empty card now and the
        figure a moment later (see coach.ui.widgets.exercise_figures)."""
        self._thumbnails.cancel()
        for row in range(self.list.count()):
            item = self.list.item(row)
            exercise_id = str(item.data(Qt.ItemDataRole.UserRole))
            exercise = self._catalog.exercise(exercise_id)
            if exercise is not None:
                self._thumbnails.request(
                    exercise, None, functools.partial(self._set_thumbnail, row, exercise_id)
                )

    def _set_thumbnail(self, row: int, exercise_id: str, pixmap: QPixmap) -> None:
        item = self.list.item(row)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == exercise_id:
            item.setIcon(thumbnail_icon(pixmap))

    @Slot()
    def _try(self) -> None:
        if self._shown is not None:
            self.try_exercise.emit(self._shown)
