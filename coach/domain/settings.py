"""The user's application settings, their defaults, and how stored text becomes typed values.

Stored values are checked field by field: one that cannot be read is replaced by its default and
reported as a `SettingProblem` naming the field and the fix, so the UI can tell the user; nothing is
reset silently.
"""

import json
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any, NamedTuple

from coach.domain.messages import Message


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


# The languages Coach is translated into ("system": the desktop's language, else English).
LANGUAGE_CHOICES = ("system", "en", "de")
# Text size in percent of the system's (a zoom on top of the desktop's own font size).
TEXT_SCALE_CHOICES = (100, 125, 150, 175, 200)


# How often an unacknowledged end-of-timer alert sounds again (0: once only).
ALERT_REPEAT_CHOICES = (0, 30, 60, 120)
ALERT_REPEAT_LIMIT = 10  # repeats are gentle: after this many the notice stays, silently


class AppSettings(NamedTuple):
    """The app-wide preferences the Settings page edits (each has a sensible default). A named
    tuple rather than a frozen dataclass: it is defined at every start, and the dataclasses
    module with one class costs start-up about three times as much."""

    sound_enabled: bool = True
    theme: Theme = Theme.SYSTEM
    close_to_tray: bool = True
    start_minimised: bool = False
    alert_repeat_seconds: int = 60
    language: str = "system"
    text_scale: int = 100
    # Stills at the key poses instead of moving figures (issue 19). Off by default: Qt 6.11 has
    # no reduced-motion hint (QStyleHints and QAccessibilityHints offer none), and
    # QApplication.isEffectEnabled(UI_General) is off wherever the platform theme does not
    # report effects at all (GNOME, macOS, offscreen), so it cannot tell "reduce" from "unknown".
    reduce_motion: bool = False


class SettingProblem(NamedTuple):
    """A stored setting that could not be read: its key, the stored text (as repr) and what was
    expected instead. (A named tuple: defined at every start, for about a fifth of what a frozen
    dataclass costs to define.)"""

    key: str
    stored: str
    expected: Message

    def describe(self) -> Message:
        return Message(
            "setting '{key}' holds {stored}, expected {expected}; it was reset to its default",
            key=self.key,
            stored=self.stored,
            expected=self.expected,
        )


SETTING_KEYS: tuple[str, ...] = AppSettings._fields


def encode_settings(settings: AppSettings) -> dict[str, str]:
    """Each setting as the JSON text stored for it."""
    return {
        "sound_enabled": json.dumps(settings.sound_enabled),
        "theme": json.dumps(settings.theme.value),
        "close_to_tray": json.dumps(settings.close_to_tray),
        "start_minimised": json.dumps(settings.start_minimised),
        "alert_repeat_seconds": json.dumps(settings.alert_repeat_seconds),
        "language": json.dumps(settings.language),
        "text_scale": json.dumps(settings.text_scale),
        "reduce_motion": json.dumps(settings.reduce_motion),
    }


def decode_settings(stored: Mapping[str, str]) -> tuple[AppSettings, list[SettingProblem]]:
    """Typed settings from stored JSON texts; missing keys take their defaults without complaint,
    unreadable ones take their defaults and are reported."""
    defaults = AppSettings()
    values: dict[str, Any] = {}
    problems: list[SettingProblem] = []
    for key in SETTING_KEYS:
        if key not in stored:
            continue
        raw = stored[key]
        try:
            value = json.loads(raw)
        except ValueError:
            value = _UNREADABLE
        if key in _CHOICES:
            allowed, convert, unit = _CHOICES[key]
            # type() rather than isinstance(): true is not the number 1 here.
            if any(type(value) is type(c) and value == c for c in allowed):
                values[key] = convert(value)
            else:
                listed = ", ".join(str(c) for c in allowed)
                problems.append(SettingProblem(key, repr(raw), unit(listed)))
        elif isinstance(value, bool):
            values[key] = value
        else:
            problems.append(SettingProblem(key, repr(raw), Message("true or false")))
    return defaults._replace(**values), problems


_UNREADABLE = object()


def _one_of(listed: str) -> Message:
    return Message("one of {choices}", choices=listed)


def _one_of_seconds(listed: str) -> Message:
    return Message("one of {choices} (seconds)", choices=listed)


def _one_of_percent(listed: str) -> Message:
    return Message("one of {choices} (percent)", choices=listed)


# Settings that take one of a few values: the values, how to type them, and what is expected
# (the values listed, with their unit).
_CHOICES: dict[
    str, tuple[tuple[object, ...], Callable[[Any], object], Callable[[str], Message]]
] = {
    "theme": (tuple(t.value for t in Theme), Theme, _one_of),
    "alert_repeat_seconds": (ALERT_REPEAT_CHOICES, int, _one_of_seconds),
    "language": (LANGUAGE_CHOICES, str, _one_of),
    "text_scale": (TEXT_SCALE_CHOICES, int, _one_of_percent),
}
