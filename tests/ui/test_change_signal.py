"""The services' changes reach the widgets as a Qt signal, and each screen refreshes itself from
it: nothing calls pages by hand after a write."""

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from coach.services.changes import Change, Changes
from coach.services.checkins import CheckinService
from coach.ui.lifecycle import startup
from coach.ui.shell.changes import ChangeSignal
from coach.ui.shell.main_window import MainWindow, Page


def test_the_signal_carries_each_change_until_stopped_or_deleted(qtbot: QtBot) -> None:
    changes = Changes()
    signal = ChangeSignal(changes)
    heard: list[object] = []
    signal.changed.connect(heard.append)
    changes.announce(Change.TIMERS)
    assert heard == [Change.TIMERS]
    signal.stop()
    changes.announce(Change.PLAN)
    assert heard == [Change.TIMERS]

    parent = QObject()
    child = ChangeSignal(changes, parent)
    child.changed.connect(heard.append)
    del child
    parent.deleteLater()
    qtbot.waitSignal(parent.destroyed, timeout=1000)
    qtbot.wait(10)
    changes.announce(Change.DATA)  # nobody left to hear it, and no error
    assert heard == [Change.TIMERS]


def test_today_lists_a_check_in_saved_anywhere(
    window: MainWindow, services: startup.Services
) -> None:
    assert window.today._today_list.count() == 0
    CheckinService(services.context).save(3, "from the command line")
    assert window.today._today_list.count() == 1
    assert "from the command line" in window.today._today_list.item(0).text()


def test_pages_built_from_the_plan_are_built_again_after_it_changes(
    window: MainWindow, services: startup.Services
) -> None:
    window.show_page(Page.TIMERS)
    timers = window.page_widget(Page.TIMERS)
    progress = window.page_widget(Page.PROGRESS)
    routines = window.page_widget(Page.ROUTINES)
    services.context.changes.announce(Change.PLAN)
    assert window.current_page() is Page.TIMERS
    assert window.page_widget(Page.TIMERS) is not timers  # on screen: at once
    assert window.page_widget(Page.ROUTINES) is not routines  # hidden: when next needed
    assert window.page_widget(Page.PROGRESS) is progress  # it reads the records when shown
    services.context.changes.announce(Change.CHECKINS)
    assert window.page_widget(Page.PROGRESS) is progress
