"""The app's settings, the window's geometry and the heat-safety answers, kept as values in the
`settings` table. Start-up reads the settings before the first window, so this module loads only
the settings rules; the heat rules load when the heat-safety answers are first read or saved."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING

from coach.domain.messages import Message, MessageError
from coach.domain.settings import (
    SETTING_KEYS,
    AppSettings,
    SettingProblem,
    decode_settings,
    encode_settings,
)
from coach.store.query_base import QueryBase

if TYPE_CHECKING:
    from coach.domain.heat import HeatScreening

WINDOW_GEOMETRY_KEY = "ui.window_geometry"
HEAT_SCREENING_KEY = "heat.screening"


class SettingsQueries(QueryBase):
    """Reads and writes of the settings, the window geometry and the heat-safety answers."""

    def load_settings(self) -> tuple[AppSettings, list[SettingProblem]]:
        """The settings, with a problem for each stored value that could not be read."""
        return decode_settings(self._read_values(SETTING_KEYS))

    def save_settings(self, settings: AppSettings) -> None:
        self._write_values(encode_settings(settings))

    def load_window_geometry(self) -> bytes | None:
        value = self._read_values((WINDOW_GEOMETRY_KEY,)).get(WINDOW_GEOMETRY_KEY)
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            return None

    def save_window_geometry(self, geometry: bytes) -> None:
        self._write_values({WINDOW_GEOMETRY_KEY: base64.b64encode(geometry).decode("ascii")})

    def load_heat_screening(self) -> tuple[HeatScreening, SettingProblem | None]:
        """The heat-safety answers; unreadable ones count as not answered (so the questions are
        asked again) and are reported."""
        from coach.domain.heat import HeatScreening  # noqa: PLC0415

        stored = self._read_values((HEAT_SCREENING_KEY,)).get(HEAT_SCREENING_KEY)
        if stored is None:
            return HeatScreening(), None
        try:
            return HeatScreening.decode(stored), None
        except ValueError as error:
            problem = SettingProblem(HEAT_SCREENING_KEY, repr(stored), readable_answers(error))
            return HeatScreening(), problem

    def save_heat_screening(self, screening: HeatScreening) -> None:
        self._write_values({HEAT_SCREENING_KEY: screening.encode()})


def readable_answers(error: Exception) -> Message:
    """What stored answers that could not be read should have been, with what is wrong."""
    problem = error.message if isinstance(error, MessageError) else str(error)
    return Message("readable answers ({problem})", problem=problem)
