"""`StoreError` and `StoreWriteError`, the store's exceptions, in a module of their own: the CLI,
the services and start-up catch them on every run, while the diagnosis of faults
(`coach.store.faults`, which raises them) is needed only once something failed, and loads then."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from coach.domain.messages import Message

if TYPE_CHECKING:
    from coach.store.faults import Fault


class StoreError(Exception):
    """The store cannot be used; the message says which file and what to do (`str()` in English,
    `.message` for the user's language)."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


class StoreWriteError(StoreError, sqlite3.OperationalError):
    """A write that was not made because of a fault outside Coach (`fault`); nothing of it was
    saved and everything committed before is intact. It is also an `sqlite3.Error`, so code that
    handles any store error handles this one too; `.message` is the "Not saved: ..." text."""

    def __init__(self, fault: Fault) -> None:
        super().__init__(fault.not_saved())
        self.fault = fault
