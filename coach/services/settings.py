"""The app's settings and the small things it remembers between runs: the window's place, whether
the first-run questions are still to be asked, the heat-safety answers."""

import logging
import sqlite3
from typing import TYPE_CHECKING

from coach.domain.settings import AppSettings, SettingProblem
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import store_failure

if TYPE_CHECKING:
    from coach.domain.heat import HeatScreening  # loaded by the store when first asked for

log = logging.getLogger(__name__)


class SettingsService:
    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def load(self) -> tuple[AppSettings, list[SettingProblem]]:
        """The settings, with a problem for each stored value that could not be read (those are
        stored again at once as their defaults, so the problem is reported only once)."""
        repo = self._context.repo
        settings, problems = repo.load_settings()
        for problem in problems:
            log.warning("%s", problem.describe())
        if problems:
            repo.save_settings(settings)
        return settings, problems

    def save(self, settings: AppSettings) -> None:
        try:
            self._context.repo.save_settings(settings)
        except sqlite3.Error as error:
            raise store_failure(error, "saving the settings") from error
        self._context.changes.announce(Change.SETTINGS)

    def window_geometry(self) -> bytes | None:
        """The main window's place and size as Qt saved them (None: nothing usable saved)."""
        return self._context.repo.load_window_geometry()

    def save_window_geometry(self, geometry: bytes) -> None:
        """Remembered for the next start; nothing shown changes, so nothing is announced."""
        try:
            self._context.repo.save_window_geometry(geometry)
        except sqlite3.Error as error:
            raise store_failure(error, "saving the window's place") from error

    def needs_first_run(self) -> bool:
        return self._context.repo.needs_first_run()

    def heat_screening(self) -> "tuple[HeatScreening, SettingProblem | None]":
        """The heat-safety answers; unreadable ones count as not answered (and are reported)."""
        return self._context.repo.load_heat_screening()

    def save_heat_screening(self, screening: "HeatScreening") -> None:
        try:
            self._context.repo.save_heat_screening(screening)
        except sqlite3.Error as error:
            raise store_failure(error, "saving the heat-safety answers") from error
        self._context.changes.announce(Change.SETTINGS)
