"""The draft the editor's tabs share, and the signal that tells each tab what changed.

Each tab follows napari's layer controls: it fills its widgets from the draft when the draft is
replaced (a new or opened plan), writes each edit into the draft at once and says which part it
changed, and fills again, with its widgets' signals blocked, when another tab changed a part it
shows (the Routines tab shows the own exercises, the Schedule tab the routines). A tab never
fills itself from its own edits, so a field being typed in keeps its cursor and its spaces.
"""

from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from coach.domain.exercises import Library
from coach.domain.plan_draft import PlanDraft


class Part(StrEnum):
    ALL = "all"  # the whole draft was replaced
    DETAILS = "details"
    ROUTINES = "routines"
    EXERCISES = "exercises"  # the plan's own exercises
    SCHEDULE = "schedule"
    HEAT = "heat"
    PROGRESSION = "progression"


class DraftModel(QObject):
    """The plan being edited; `changed` carries the Part that changed."""

    changed = Signal(str)

    def __init__(self, draft: PlanDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft

    @property
    def library(self) -> Library:
        """The built-in exercises the plan's steps may use."""
        return self.draft.library

    def replace(self, draft: PlanDraft) -> None:
        self.draft = draft
        self.changed.emit(Part.ALL)

    def edited(self, part: Part) -> None:
        self.changed.emit(part)
