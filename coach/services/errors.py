"""The one place where a store error becomes words for the user.

Every service catches `sqlite3.Error` (and the store's `StoreError`) at its own call and raises
`store_failure(error, doing)` instead, so the UI shows `ServiceError.message` and nothing else: the
wording is the same wherever the write was made, and the UI never needs to know about SQLite.
"""

import logging
import sqlite3

from coach.domain.messages import Message
from coach.store.errors import StoreError, StoreWriteError

log = logging.getLogger(__name__)


class ServiceError(Exception):
    """A write (or a read) that could not be done, in words: `message` to show on its own
    ("Not saved: ..."), `reason` to put into a sentence that already says what was not done
    ("Coach could not save the new timer ({reason})."), `cause` for the log. Both are translated
    by the UI; `str()` gives the English message."""

    def __init__(
        self, message: Message, cause: Exception | None = None, reason: Message | None = None
    ) -> None:
        super().__init__(str(message))
        self.message = message
        self.cause = cause
        self.reason = message if reason is None else reason

    @property
    def outside_coach(self) -> bool:
        """Whether the cause is a fault outside Coach (a full disk, a read-only file): nothing
        of the write was saved and the user can put it right."""
        return isinstance(self.cause, StoreWriteError)


def store_failure(error: sqlite3.Error | StoreError, doing: str) -> ServiceError:
    """`error`, met while `doing` something ("saving a check-in"), as a `ServiceError`.

    A fault outside Coach was already diagnosed by the store (`coach.store.faults`: a full disk, a
    read-only file or folder, a missing permission, another program holding the file) and carries
    its own "Not saved: ..." message; any other SQLite error is said in SQLite's own words after
    the same "Not saved:", the wording the pages used before this module existed."""
    if isinstance(error, StoreError):
        # StoreWriteError: "Not saved: <what is wrong and what to do>"; a StoreError from
        # opening the store says which file cannot be opened.
        log.info("%s failed: %s", doing, error)
        return ServiceError(error.message, error)
    log.warning("%s failed: %s", doing, error)
    reason = str(error)
    return ServiceError(Message("Not saved: {reason}", reason=reason), error, _words(reason))


def read_failure(error: sqlite3.Error, doing: str) -> ServiceError:
    """`error`, met while reading (`doing`, for the log): nothing was being saved, so the
    message is SQLite's own words (a read is never said to be "not saved")."""
    log.warning("%s failed: %s", doing, error)
    return ServiceError(_words(str(error)), error)


def _words(text: str) -> Message:
    """Words from outside Coach (SQLite's, the system's) as a message: shown as they are."""
    return Message("{reason}", reason=text)


def unsaved_write(error: BaseException) -> ServiceError | None:
    """`error` as a write refused by a fault outside Coach (also one that escaped uncaught from
    the store), else None: the error dialog must never say that such a write was saved."""
    if isinstance(error, ServiceError):
        return error if error.outside_coach else None
    if isinstance(error, StoreWriteError):
        return ServiceError(error.message, error)
    return None
