"""The main window's pages, in the order the column of pages and the Go menu show them, with
their titles."""

from enum import StrEnum

from coach.ui.text.translate import QT_TRANSLATE_NOOP, translate


class Page(StrEnum):
    TODAY = "today"
    EXERCISES = "exercises"
    ROUTINES = "routines"
    TIMERS = "timers"
    PROGRESS = "progress"
    SETTINGS = "settings"


# Marked for lupdate in the main window's context, translated when shown.
PAGE_TITLES = {
    Page.TODAY: QT_TRANSLATE_NOOP("MainWindow", "Today"),
    Page.EXERCISES: QT_TRANSLATE_NOOP("MainWindow", "Exercises"),
    Page.ROUTINES: QT_TRANSLATE_NOOP("MainWindow", "Routines"),
    Page.TIMERS: QT_TRANSLATE_NOOP("MainWindow", "Timers"),
    Page.PROGRESS: QT_TRANSLATE_NOOP("MainWindow", "Progress"),
    Page.SETTINGS: QT_TRANSLATE_NOOP("MainWindow", "Settings"),
}


def page_title(page: Page) -> str:
    """The page's name in the column of pages and the Go menu, in the user's language."""
    return translate("MainWindow", PAGE_TITLES[page])
