"""The editor's preview: the plan as the patient will see it, from the bytes it would save."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from coach.domain.exercises import Library
from coach.domain.plan import Plan
from coach.ui.plans.view import PlanView
from coach.ui.widgets.blocks import paragraph


class PlanPreviewDialog(QDialog):
    """The plan as the patient will see it, read-only, from the plan parsed back from the file's
    bytes."""

    def __init__(self, plan: Plan, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPreview")
        self.setWindowTitle(self.tr("Preview: {title}").format(title=plan.title))
        self.setSizeGripEnabled(True)
        self.plan = plan
        own = {e.id: e.exercise.name for e in plan.exercises}

        def exercise_name(exercise_id: str) -> str:
            known = library.get(exercise_id)
            return own.get(exercise_id) or (known.name if known else exercise_id)

        self.view = PlanView(plan, exercise_name)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.view)
        scroll.setAccessibleName(self.tr("The plan"))  # a Tab stop: the arrow keys scroll it
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(
            paragraph(self.tr("This is what the patient sees when they open the saved file."), self)
        )
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        self.resize(700, 680)

    def text(self) -> str:
        """Everything the preview shows, as plain text."""
        return self.view.text()

    def routine_seconds(self) -> dict[str, int]:
        """Each routine's planned seconds, by name."""
        return {r.name: r.planned_seconds() for r in self.plan.routines}
