"""The live settings: pages change them here, it saves to the store at once and tells everyone."""

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from coach.domain.settings import AppSettings
from coach.store.repo import Repo


class SettingsModel(QObject):
    changed = Signal(object)

    def __init__(self, repo: Repo, initial: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._settings = initial

    @property
    def value(self) -> AppSettings:
        return self._settings

    def update(self, **changes: Any) -> None:
        """Apply and save the changed fields; does nothing when nothing changed."""
        updated = replace(self._settings, **changes)
        if updated == self._settings:
            return
        self._repo.save_settings(updated)
        self._settings = updated
        self.changed.emit(updated)
