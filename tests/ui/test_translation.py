"""Translation: German is complete, and nothing on the main pages stays in English.

The English source texts come from the code itself: the module runs pyside6-lupdate over coach/
into a copy of resources/i18n/coach_de.ts, so a text added to the code without a translation counts
as untranslated here even before `make translations` has run. A visible text is untranslated when it
is (or, with its placeholders filled in, matches) an English source whose German differs.
"""

import ast
import html
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from coach import paths
from coach.clock import FakeClock
from coach.domain.history import SessionStatus
from coach.domain.timers import TimerKind
from coach.services.catalog import builtin_catalog
from coach.store.repo import Repo
from coach.ui.lifecycle import i18n, startup
from coach.ui.pages.exercises import ExercisesPage
from coach.ui.runners.presence import Presence
from coach.ui.runners.reminder_controller import ReminderController
from coach.ui.shell.main_window import MainWindow, Page
from coach.ui.text.translate import translate
from tests.helpers import REPO_ROOT

I18N = REPO_ROOT / "resources" / "i18n"
EXTRACT = REPO_ROOT / "tools" / "extract_data_strings.py"
BIN = Path(sys.executable).parent
LUPDATE = BIN / "pyside6-lupdate"

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
MNEMONIC = re.compile(r"&(?=[^\s&])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translations: tuple[str, ...]  # one, or the plural forms
    finished: bool
    numerus: bool


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    forms,
                    kind != "unfinished" and all(forms),
                    numerus,
                )
            )
    return messages


def _extractor() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract", EXTRACT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def current_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """coach_de.ts brought up to date with the code now, without touching the committed files:
    tools/extract_data_strings.py marks the data and core texts afresh (as `make translations`
    does in build/i18n), and lupdate keeps what is translated and adds what is new as
    unfinished."""
    if not LUPDATE.is_file():
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    folder = tmp_path_factory.mktemp("i18n")
    marked = []
    for path, text in _extractor().generated().items():
        marked.append(folder / path.name)
        marked[-1].write_text(text, encoding="utf-8")
    target = folder / "coach_de.ts"
    shutil.copy(I18N / "coach_de.ts", target)
    result = subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "none", "-no-obsolete", "coach"]
        + [str(path) for path in marked]
        + ["-ts", str(target)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return target


@pytest.fixture(scope="module")
def messages(current_ts: Path) -> list[Message]:
    return read_ts(current_ts)


def test_lupdate_finds_every_translation_call() -> None:
    """No translation call or Message is written so that lupdate misses its text or context."""
    extract = subprocess.run(
        [sys.executable, str(EXTRACT), "--check"], capture_output=True, text=True, check=False
    )
    assert extract.returncode == 0, extract.stderr


def test_the_check_names_what_lupdate_would_miss() -> None:
    """A helper that fills the context in, a translation inside an f-string, an f-string as the
    text, a context that is not a literal and a plural translate() are each reported; the one
    helper and self.tr() are not."""
    source = """\
from PySide6.QtCore import QCoreApplication, QObject

from coach.ui.text.translate import translate

CONTEXT = "Labels"


def _tr(text):
    return QCoreApplication.translate("Labels", text)


class Page(QObject):
    def texts(self, name, n):
        return [
            _tr("Neck"),
            f"<b>{translate('Labels', 'Inside')}</b>",
            f"<b>{self.tr('Also inside')}</b>",
            self.tr(f"Hello {name}"),
            translate(CONTEXT, "No context"),
            translate("Labels", "%n day(s)", "", n),
            translate("Labels", "Found"),
            self.tr("Found too"),
            QCoreApplication.translate("Labels", name),
        ]
"""
    problems = _extractor().source_problems(source, "page.py")
    assert len(problems) == 6, problems
    assert "page.py: _tr() fills in a translation context" in problems[0]
    assert [p.split(": ")[0] for p in problems[1:]] == [
        f"page.py:{n}" for n in (16, 17, 18, 19, 20)
    ]


def test_a_marked_text_is_the_text_itself() -> None:
    """A long text is split over lines in the generated module without changing it: its line
    breaks stay line breaks (textwrap made them spaces, so lupdate got a text the code never
    asks for)."""
    extract = _extractor()
    text = "{what}\n\nNothing was deleted: " + "the damaged file is kept, " * 8 + "\n{path}\n"
    module = extract.render([extract.Mark("App", text, "here.py")], "Marks.")
    calls = [node for node in ast.walk(ast.parse(module)) if isinstance(node, ast.Call)]
    assert [[ast.literal_eval(arg) for arg in call.args] for call in calls] == [["App", text]]
    assert len(module.splitlines()) > 8  # split over lines


def test_every_text_is_translated(messages: list[Message]) -> None:
    """Every text in the code, the exercises and the routines has its German translation."""
    missing = [f"{m.context}: {m.source!r}" for m in messages if not m.finished]
    assert not missing, "untranslated (run `make translations`, then translate):\n" + "\n".join(
        missing
    )
    contexts = {m.context for m in messages}
    assert {"exercise", "routine", "core", "MainWindow", "Labels", "TodayPage"} <= contexts
    assert len(messages) > 1000


def test_the_committed_translation_files_match(messages: list[Message], qapp: QApplication) -> None:
    """The committed .ts has no unfinished message and the committed .qm holds what it says
    (read back through QTranslator, so another Qt's lrelease writing other bytes does not matter)."""
    committed = read_ts(I18N / "coach_de.ts")
    assert all(m.finished for m in committed)
    assert {(m.context, m.source) for m in committed} == {(m.context, m.source) for m in messages}
    for language, expected in (("de", committed), ("en", read_ts(I18N / "coach_en.ts"))):
        translator = QTranslator()
        assert translator.load(str(I18N / f"coach_{language}.qm"))
        stale = []
        for m in expected:
            for count, wanted in (
                enumerate(m.translations, start=1) if m.numerus else [(-1, m.translations[0])]
            ):
                if translator.translate(m.context, m.source, None, count) != wanted:
                    stale.append(f"{m.context}: {m.source!r}")
        assert not stale, f"coach_{language}.qm is older than its .ts: run `make translations`"


def test_placeholders_and_mnemonics_survive_translation(messages: list[Message]) -> None:
    problems = []
    for m in messages:
        if not m.finished:
            continue  # test_every_text_is_translated names it
        wanted = sorted(PLACEHOLDER.findall(m.source))
        for text in m.translations:
            found = sorted(PLACEHOLDER.findall(text))
            # A plural form may leave %n out (German "eine Übung" is fine); nothing else may go.
            if m.numerus and "%n" not in found:
                found = sorted([*found, "%n"])
            if found != wanted:
                problems.append(f"{m.context}: {m.source!r} -> {text!r}: {found} != {wanted}")
            if MNEMONIC.search(m.source) and not MNEMONIC.search(text):
                problems.append(f"{m.context}: {m.source!r} -> {text!r}: the & mnemonic is lost")
    assert not problems, "\n".join(problems)


def test_english_has_its_plural_forms() -> None:
    english = read_ts(I18N / "coach_en.ts")
    assert english
    assert all(m.numerus and m.finished and len(m.translations) == 2 for m in english)


def test_plural_forms_in_both_languages(qapp: QApplication) -> None:
    def count(n: int) -> str:
        return QCoreApplication.translate("ExercisesPage", "%n exercise(s)", "", n)

    try:
        assert i18n.install("en", qapp) == "en"
        assert (count(1), count(19)) == ("1 exercise", "19 exercises")
        streak = QCoreApplication.translate(
            "ProgressPage", "Streak: %n day(s) in a row with your routines done.", "", 1
        )
        assert streak == "Streak: 1 day in a row with your routines done."
        i18n.install("de", qapp)
        assert (count(1), count(19)) == ("1 Übung", "19 Übungen")
    finally:
        i18n.uninstall(qapp)
    assert count(2) == "2 exercise(s)"  # no translator: the source text


def test_the_translation_helper_translates_in_its_context(german: None) -> None:
    assert translate("Labels", "Neck") == "Nacken"
    assert translate("No such context", "Neck") == "Neck"


def test_german_loads_qts_own_words_and_dates(german: None) -> None:
    assert QCoreApplication.translate("MainWindow", "&Quit") == "&Beenden"
    # Standard buttons (OK, Cancel, Yes, No) come from Qt's own German catalog.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert QLocale().language() == QLocale.Language.German
    assert i18n.current_language() == "de"


def test_the_system_language_decides_when_the_setting_says_so() -> None:
    assert i18n.resolve("system", ["de-Latn-DE", "de-DE", "de"]) == "de"
    assert i18n.resolve("system", ["fr-FR", "fr", "de-AT"]) == "de"
    assert i18n.resolve("system", ["en-US", "de-DE"]) == "en"
    assert i18n.resolve("system", ["fr-FR", "fr"]) == "en"
    assert i18n.resolve("system", ["C"]) == "en"
    assert i18n.resolve("de", ["en-US"]) == "de"
    assert i18n.resolve("en", ["de-DE"]) == "en"


def test_restart_runs_the_same_coach_again(monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.restart_command() == (sys.executable, ["-m", "coach"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert i18n.restart_command() == (sys.executable, [])
    # Starting it detached works (here a Python that does nothing stands in for Coach).
    monkeypatch.setattr(i18n, "restart_command", lambda: (sys.executable, ["-c", "pass"]))
    assert i18n.start_again()


def test_the_generated_modules_stay_off_every_path() -> None:
    """The modules that mark texts for lupdate are written outside the package (build/i18n, by
    `make translations`) and nothing imports them (start-up stays lean, and the Exercises page
    does not need them either)."""
    extract = _extractor()
    assert all(REPO_ROOT / "coach" not in path.parents for path in extract.generated())
    for path in (REPO_ROOT / "coach").rglob("*.py"):
        text = path.read_text()
        assert "Generated by tools/extract_data_strings.py" not in text, path
        imports = re.findall(r"^\s*(?:from|import) \S*_strings\b", text, re.MULTILINE)
        assert not imports, path


# ---- the main pages in German -------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """What a text shows, without markup: rich text becomes its separate pieces of text."""
    if not text:
        return []
    if re.search(r"<[A-Za-z/][^>]*>", text):
        return [html.unescape(part).strip() for part in re.split(r"<[^>]+>", text)]
    return [text.strip()]


def _table_texts(table: QTableWidget) -> list[str]:
    texts = []
    for column in range(table.columnCount()):
        header = table.horizontalHeaderItem(column)
        texts.append(header.text() if header else "")
        for row in range(table.rowCount()):
            cell = table.item(row, column)
            texts.append(cell.text() if cell else "")
    return texts


def _chart_texts(view: QGraphicsView) -> list[str]:
    """pyqtgraph's chart titles and legends."""
    scene = view.scene()
    shown = [getattr(item, "text", None) for item in scene.items()] if scene else []
    return [word for text in shown if isinstance(text, str) for word in _words(text)]


# What each kind of widget shows (the first kind that matches).
TEXTS_OF: tuple[tuple[type[QWidget], Callable[[Any], list[str]]], ...] = (
    (QLabel, lambda w: _words(w.text())),
    (QAbstractButton, lambda w: [w.text()]),
    (QGroupBox, lambda w: [w.title()]),
    (QTabWidget, lambda w: [w.tabText(i) for i in range(w.count())]),
    (QComboBox, lambda w: [w.itemText(i) for i in range(w.count())]),
    (QLineEdit, lambda w: [w.text(), w.placeholderText()]),
    (QAbstractSpinBox, lambda w: [w.text(), w.specialValueText()]),
    (QTableWidget, _table_texts),
    (QListWidget, lambda w: [ln for i in range(w.count()) for ln in w.item(i).text().split("\n")]),
    (QGraphicsView, _chart_texts),
)


def visible_texts(root: QWidget) -> list[str]:
    """Every text shown by `root` and the visible widgets in it, tooltips included."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        found += _words(widget.toolTip())
        kind = next((texts for kind, texts in TEXTS_OF if isinstance(widget, kind)), None)
        if kind is not None:
            found += kind(widget)
    return [text for text in found if text]


def menu_texts(window: MainWindow) -> list[str]:
    found = [window.windowTitle()]
    for action in window.menuBar().actions():
        found.append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += [a.text() for a in menu.actions() if not a.isSeparator()]
    return found


def _skeleton(text: str) -> str:
    """A text's own words, its placeholders blanked out."""
    return PLACEHOLDER.sub("\x00", text).strip()


class Untranslated:
    """Decides whether a shown text is English that German has a translation for."""

    def __init__(self, messages: list[Message]) -> None:
        german = {line for m in messages for t in m.translations for line in t.split("\n")}
        # Exact texts (a German translation that happens to equal an English text is German), and
        # texts with placeholders as patterns. Line by line: list rows show a text's lines apart.
        self.exact: set[str] = set()
        self.patterns: list[tuple[re.Pattern[str], str]] = []
        for m in messages:
            kept = {_skeleton(line) for t in m.translations for line in t.split("\n")}
            for line in m.source.split("\n"):
                skeleton = _skeleton(line)
                # Only lines with words, and words that German changes.
                if not re.search(r"[A-Za-z]{2}", skeleton) or skeleton in kept:
                    continue
                if not PLACEHOLDER.search(line):
                    if line not in german:
                        self.exact.add(line)
                    continue
                if not re.search(r"[A-Za-z]{3}", skeleton):
                    continue
                pattern = "(?:.+?)".join(re.escape(part) for part in PLACEHOLDER.split(line))
                self.patterns.append((re.compile(pattern, re.DOTALL), m.source))
        self.long = [text for text in self.exact if len(text) > 20]

    def __call__(self, text: str) -> str | None:
        """The English source `text` shows, or None. Texts the code puts together are checked
        piece by piece too: a label and its colon, words joined with " · ", sentences."""
        pieces = {text, text.removesuffix(":"), *text.split(" · ")}
        pieces.update(re.split(r"(?<=[.!?;])\s+", text))
        for piece in sorted(pieces):
            if piece in self.exact:
                return piece
            # A long English text inside a longer one (two texts joined by the code).
            if len(piece) > 20 and (inside := next((e for e in self.long if e in piece), None)):
                return inside
            found = next((source for p, source in self.patterns if p.fullmatch(piece)), None)
            if found is not None:
                return found
        return None


@pytest.fixture
def german_window(
    german: None,
    make_window: Callable[[], MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> MainWindow:
    """The main window built in German, with a check-in and a routine recorded today, a rest
    break running and reminders on, so that Today's rows, a timer and the Reminders tab show."""
    repo: Repo = services.repo
    repo.add_checkin(4, "", stiffness=3)
    routine = next(r for r in builtin_catalog().routines if r.id == "desk_reset")
    session = repo.start_session(routine, 5)
    repo.finish_session(session, SessionStatus.COMPLETED, pain_after=3)
    window = make_window()
    window.reminders = ReminderController(
        services.context, services.change_signal, Presence(), parent=window
    )
    window.timers.start(TimerKind.REST, 5 * 60)
    window.show()
    return window


def test_no_english_is_left_on_the_main_pages(
    german_window: MainWindow, messages: list[Message], qtbot: QtBot
) -> None:
    window = german_window
    untranslated = Untranslated(messages)
    shown: dict[str, list[str]] = {"menus": menu_texts(window)}
    for page in Page:
        window.show_page(page)
        widget = window.page_widget(page)
        if isinstance(widget, ExercisesPage):
            widget.list.setCurrentRow(3)
        qtbot.waitUntil(widget.isVisible)
        texts = visible_texts(widget)
        for tabs in widget.findChildren(QTabWidget):  # every tab, not only the first
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
                texts += visible_texts(tabs)
        shown[page.value] = texts
    found = sorted(
        {
            f"{where}: {text!r} (source {source!r})"
            for where, texts in shown.items()
            for text in texts
            if (source := untranslated(text)) is not None
        }
    )
    assert not found, "English left on the German pages:\n" + "\n".join(found)
    # The check itself sees what it should: German texts, exercise texts among them.
    everything = {text for texts in shown.values() for text in texts}
    assert {"Heute", "Übungen", "Einstellungen", "&Datei", "Sprache"} <= everything
    assert "Kinn zurückziehen" in everything  # an exercise name from resources/exercises
    # A recorded built-in routine is named in German on Today (its stored name is English).
    assert any("3-Minuten-Programm am Schreibtisch: abgeschlossen" in text for text in everything)
    assert untranslated("How to do it") and untranslated("Chin tuck")
    assert untranslated("Delete the check-in of 09:30 (pain 4)? This cannot be undone.")


def test_choosing_a_language_is_saved_and_offers_a_restart(
    window: MainWindow, services: startup.Services, quit_calls: list[bool], qtbot: QtBot
) -> None:
    window.show_page(Page.SETTINGS)
    page = window.settings_page
    combo = page.findChild(QComboBox, "language")
    note = page.findChild(QLabel, "languageRestartNote")
    restart = page.findChild(QAbstractButton, "restartNow")
    assert combo is not None and note is not None and restart is not None
    assert combo.currentData() == "system"
    assert [combo.itemData(i) for i in range(combo.count())] == ["system", "en", "de"]
    assert [combo.itemText(i) for i in range(1, 3)] == ["English", "Deutsch"]
    assert not note.isVisible() and not restart.isVisible()

    combo.setCurrentIndex(combo.findData("de"))
    assert services.settings.value.language == "de"
    settings, _problems = services.repo.load_settings()
    assert settings.language == "de"
    assert note.isVisible() and restart.isVisible()
    assert note.text() == "Coach uses the new language after a restart."

    combo.setCurrentIndex(combo.findData("en"))  # what runs now: nothing to restart for
    assert services.repo.load_settings()[0].language == "en"
    assert not note.isVisible()

    combo.setCurrentIndex(combo.findData("de"))
    qtbot.mouseClick(restart, Qt.MouseButton.LeftButton)
    assert window.restart_requested
    assert quit_calls == [True]


def test_the_translations_are_where_the_app_looks(german: None) -> None:
    assert (paths.resources_dir() / "i18n" / "coach_de.qm").is_file()
    assert QCoreApplication.translate("exercise", "Chin tuck") == "Kinn zurückziehen"
    assert QCoreApplication.translate("routine", "Neck and shoulders") == "Nacken und Schultern"


def test_exercises_are_found_and_sorted_in_the_language_shown(german_window: MainWindow) -> None:
    german_window.show_page(Page.EXERCISES)
    page = german_window.page_widget(Page.EXERCISES)
    assert isinstance(page, ExercisesPage)
    names = [page.list.item(i).text() for i in range(page.list.count())]
    assert names == sorted(names, key=str.lower)
    page.search.setText("Kinn")
    assert page.list.item(0).text() == "Kinn zurückziehen"
    page.search.setText("chin tuck")  # the English words still find it
    assert page.list.item(0).text() == "Kinn zurückziehen"


# ---- numbers, dates on charts and the core's messages in German ---------------------------------


def test_numbers_are_written_the_users_way(german: None) -> None:
    """A fraction in a translated text gets the German decimal comma, a sign stays a sign, and
    whole numbers and words are left as they are."""
    shown = i18n.localized(
        "{pain:.1f} / {change:+.1f} / {drop:+.0f} % / {mean} / {days} / {word}",
        pain=3.5,
        change=-1.24,
        drop=12.0,
        mean=2.75,
        days=7,
        word="x.y",
    )
    assert shown == "3,5 / -1,2 / +12 % / 2,75 / 7 / x.y"
    assert i18n.localized("{a:+.1f} {b:.0f}", a=-0.04, b=-0.3) == "+0,0 0"  # no "-0,0"


def test_numbers_stay_english_in_english(qapp: QApplication) -> None:
    i18n.install("en")
    try:
        assert i18n.localized("{pain:.1f} {change:+.1f}", pain=3.5, change=1.0) == "3.5 +1.0"
    finally:
        i18n.uninstall()


def test_the_progress_summary_writes_german_decimals(
    german: None,
    make_window: Callable[[], MainWindow],
    services: startup.Services,
    clock: FakeClock,
) -> None:
    """Weeks of check-ins give a change in pain with decimals: the page writes them with a comma
    in German (it wrote "7.0" before)."""
    repo: Repo = services.repo
    start = clock.now() - timedelta(days=60)
    for day in range(60):
        repo.add_checkin(round(7 - 4 * day / 60), "", at=start + timedelta(days=day))
    window = make_window()
    window.show_page(Page.PROGRESS)
    summary = window.findChild(QLabel, "progressSummary")
    assert summary is not None
    assert "7,0" in summary.text() and "-4,0" in summary.text(), summary.text()
    assert not re.search(r"\d\.\d", summary.text()), summary.text()


def test_chart_dates_name_months_and_days_in_german(german: None) -> None:
    """pyqtgraph writes month and weekday names in English (strftime, C locale); Coach's axis
    shows the user's."""
    import pyqtgraph as pg

    from coach.ui.pages.progress import LocalDateAxis

    axis = LocalDateAxis(orientation="bottom")
    plot = pg.PlotWidget(axisItems={"bottom": axis})
    plot.resize(800, 200)
    plot.grab()  # the axis learns its font's size when it is first drawn
    months: list[str] = []
    days: list[str] = []
    spans = (
        (datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC)),
        (datetime(2026, 11, 23, tzinfo=UTC), datetime(2026, 11, 25, tzinfo=UTC)),
    )
    for first, last in spans:
        for spacing, values in axis.tickValues(first.timestamp(), last.timestamp(), 600):
            strings = axis.tickStrings(values, 1.0, spacing)
            (months if first.month == 6 else days).extend(strings)
    assert "Okt." in months or "Okt" in months, months
    assert not {"Oct", "Dec", "Jun"} & set(months), months
    assert any(text.startswith(("Mo.", "Di.", "Mi.", "Do.", "Fr.")) for text in days), days
    assert not any(text.startswith(("Mon", "Tue", "Wed", "Thu", "Fri")) for text in days), days
    plot.deleteLater()


def test_chart_labels_keep_apart_and_values_have_a_decimal_comma(german: None) -> None:
    """Three months on 850 pixels: pyqtgraph put "29" two days before "Okt." and the two ran
    together; a finer label now keeps its distance from a coarser one (its tick mark stays).
    The minutes axis writes "0,5" in German."""
    import pyqtgraph as pg

    from coach.ui.pages.progress import LABEL_ROOM_PIXELS, LocalDateAxis, LocalNumberAxis

    axis = LocalDateAxis(orientation="bottom")
    plot = pg.PlotWidget(axisItems={"bottom": axis, "left": LocalNumberAxis("left")})
    plot.resize(900, 200)
    plot.grab()
    low = datetime(2026, 8, 27, tzinfo=UTC).timestamp()
    high = datetime(2026, 11, 25, tzinfo=UTC).timestamp()
    size = 850
    (month_spacing, months), (day_spacing, days) = axis.tickValues(low, high, size)
    month_labels = axis.tickStrings(months, 1.0, month_spacing)
    day_labels = axis.tickStrings(days, 1.0, day_spacing)
    close_to_october = datetime(2026, 9, 29, tzinfo=UTC).timestamp()
    assert close_to_october in days  # the tick stays ...
    assert day_labels[days.index(close_to_october)] == ""  # ... without its label
    labelled = [*months, *(day for day, text in zip(days, day_labels, strict=True) if text)]
    pixels = size / (high - low)
    gaps = [abs(a - b) * pixels for a in labelled for b in labelled if a < b]
    assert min(gaps) >= LABEL_ROOM_PIXELS
    assert "Okt." in month_labels and "" not in month_labels
    values = plot.getAxis("left").tickStrings([0.2, 0.5, 1.0], 1.0, 0.1)
    assert values == ["0,2", "0,5", "1,0"], values
    plot.deleteLater()


def test_chart_names_follow_coach_not_the_desktop_locale(
    german: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pyqtgraph's strftime writes names in the process's locale, which Qt takes from the
    desktop: on a French desktop they came out French whatever Coach's language. The axis maps
    what strftime writes (here a stand-in French C library) to Coach's language."""
    import time as time_module

    from coach.ui.pages import progress_charts as progress  # where the axes are

    french_months = [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ]
    french_days = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]

    def french(pattern: str, moment: tuple[int, ...]) -> str:
        struct = time_module.struct_time(moment)
        if pattern == "%b":
            return french_months[struct.tm_mon - 1]
        return french_days[struct.tm_wday]

    monkeypatch.setattr(progress, "strftime", french)
    axis = progress.LocalDateAxis(orientation="bottom")
    assert axis._word.sub(axis._own_name, "déc. 2026") == "Dez. 2026"
    assert axis._word.sub(axis._own_name, "mar. 24") == "Di. 24"
    assert axis._word.sub(axis._own_name, "mars") == "März"  # the longer name first
