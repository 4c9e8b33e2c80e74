"""Coach's language: which translation to load, loading it (with Qt's own for standard buttons),
and starting Coach again after the user chose another one.

The translations are Qt message files in resources/i18n: `coach_de.qm` (German) and `coach_en.qm`
(English plural forms only: the source texts are English), built by `make translations` from the
`.ts` sources next to them. Loading one maps a small file, so start-up hardly pays for it.
"""

import logging
import re
import string
import sys
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from coach import paths

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
# The languages Coach has a translation of, as in coach.domain.settings.LANGUAGE_CHOICES.
TRANSLATED = ("en", "de")

_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def resolve(setting: str, ui_languages: Sequence[str] | None = None) -> str:
    """The language to show for a setting: the one chosen, or for "system" the first of the
    desktop's languages that Coach has (`ui_languages`, by default the system's), else English."""
    if setting in TRANSLATED:
        return setting
    tags = QLocale.system().uiLanguages() if ui_languages is None else ui_languages
    for tag in tags:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in TRANSLATED:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language of the translations installed (English when none are)."""
    return _language


def install(setting: str, app: QCoreApplication | None = None) -> str:
    """Install the translators for a language setting, replacing any installed before; returns
    the language now in use. Dates and numbers follow it when it is not the desktop's own."""
    global _language  # noqa: PLW0603
    app = app or QCoreApplication.instance()
    assert app is not None, "install translations after the application exists"
    uninstall(app)
    language = resolve(setting)
    folders = [(f"coach_{language}", str(paths.resources_dir() / "i18n"))]
    if language != SOURCE_LANGUAGE:  # Qt's own texts are English already: no catalog to load
        from PySide6.QtCore import QLibraryInfo  # noqa: PLC0415

        # OK, Cancel, Yes, No and the file dialog.
        translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        folders.append((f"qtbase_{language}", translations))
    for name, folder in folders:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("no translation %s in %s", name, folder)
    system = QLocale.system()
    spoken = QLocale.codeToLanguage(language)
    desktop = system.language()
    if desktop == QLocale.Language.C:
        desktop = QLocale.Language.English  # "C" writes dates and numbers in English
    if desktop != spoken:
        QLocale.setDefault(QLocale(spoken, system.territory()))
    _language = language
    log.info("language: %s (setting %s)", language, setting)
    return language


def uninstall(app: QCoreApplication | None = None) -> None:
    """Remove the translators `install` put in (the tests switch languages)."""
    global _language  # noqa: PLW0603
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
    _language = SOURCE_LANGUAGE


class _LocaleFormatter(string.Formatter):
    """str.format, but numbers are written the user's way: a float, or a number with a fixed
    precision such as `{pain:.1f}` or `{change:+.1f}`, with the locale's decimal point ("3,5")."""

    _FIXED = re.compile(r"(?P<sign>[+]?)\.(?P<digits>\d+)f")

    def __init__(self) -> None:
        super().__init__()
        self.locale = QLocale()

    def format_field(self, value: Any, format_spec: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return super().format_field(value, format_spec)
        fixed = self._FIXED.fullmatch(format_spec)
        if fixed:
            digits = int(fixed["digits"])
            shown = round(float(value), digits) or 0.0  # -0.04 is "0.0", not "-0.0"
            text = self.locale.toString(shown, "f", digits)
            if fixed["sign"] and not text.startswith(self.locale.negativeSign()):
                text = self.locale.positiveSign() + text
            return text
        if isinstance(value, float) and not format_spec:
            return self.locale.toString(value, "g", 6)
        return super().format_field(value, format_spec)


def localized(template: str, /, **values: Any) -> str:
    """`template.format(**values)` with the numbers in the user's language (see _LocaleFormatter):
    use it for a translated text that shows a fraction."""
    return _LocaleFormatter().format(template, **values)


def restart_command() -> tuple[str, list[str]]:
    """How to start this Coach again: the bundle's program, or this Python with `-m coach`."""
    if getattr(sys, "frozen", False):
        return sys.executable, []
    return sys.executable, ["-m", "coach"]


def start_again() -> bool:
    """Start a new Coach (after this one has quit and let go of its single-instance lock)."""
    from PySide6.QtCore import QProcess  # noqa: PLC0415

    program, arguments = restart_command()
    started, _pid = QProcess.startDetached(program, arguments)
    if not started:
        log.error("could not start Coach again with %s %s", program, " ".join(arguments))
    return bool(started)
