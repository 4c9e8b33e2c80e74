"""What changed, announced by the services after each commit.

A service does not know which screens show what it wrote; it announces the kind of data that
changed and every listener decides for itself whether to refresh (the shape of Anki's
`operation_did_execute`). The hub is Qt-free so the CLI and the tests use it as it is; the UI
bridges it to a Qt signal (`coach.ui.shell.changes.ChangeSignal`).
"""

import logging
from collections.abc import Callable
from enum import StrEnum

log = logging.getLogger(__name__)


class Change(StrEnum):
    """A kind of stored data that changed."""

    CHECKINS = "checkins"
    SESSIONS = "sessions"
    TIMERS = "timers"
    PLAN = "plan"  # the active plan: routines, schedule, heat limits and the catalog
    SETTINGS = "settings"
    SAFETY = "safety"
    DOSES = "doses"
    REMINDERS = "reminders"
    ROUTINES = "routines"
    DATA = "data"  # an import replaced many things: everything is to be read again


Listener = Callable[[Change], None]


class Changes:
    """The hub: services announce, listeners subscribe."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._firsts = 0  # the listeners at the front that subscribed `first`

    def subscribe(self, listener: Listener, *, first: bool = False) -> Callable[[], None]:
        """Call `listener` with each change from now on; returns the call that stops it. A cache
        below the UI subscribes `first`, so it has forgotten what changed before any screen
        reads it again, whenever it subscribed."""
        if first:
            self._listeners.insert(self._firsts, listener)
            self._firsts += 1
        else:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                if self._listeners.index(listener) < self._firsts:
                    self._firsts -= 1
                self._listeners.remove(listener)

        return unsubscribe

    def announce(self, change: Change) -> None:
        """Tell every listener that `change` happened (in the order they subscribed)."""
        log.debug("changed: %s", change.value)
        for listener in list(self._listeners):
            if listener in self._listeners:  # not one a listener before it unsubscribed
                listener(change)
