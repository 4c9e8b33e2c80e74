"""The live settings: pages change them here, it saves them through the settings service at once
and tells everyone (with the new value, which the change hub's `Change.SETTINGS` does not carry)."""

from typing import Any

from PySide6.QtCore import QObject, Signal

from coach.domain.settings import AppSettings
from coach.services.settings import SettingsService


class SettingsModel(QObject):
    changed = Signal(object)

    def __init__(
        self, service: SettingsService, initial: AppSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = initial

    @property
    def value(self) -> AppSettings:
        return self._settings

    def update(self, **changes: Any) -> None:
        """Apply and save the changed fields (ServiceError when they cannot be saved: then
        nothing changes); does nothing when nothing changed."""
        updated = self._settings._replace(**changes)
        if updated == self._settings:
            return
        self._service.save(updated)
        self._settings = updated
        self.changed.emit(updated)
