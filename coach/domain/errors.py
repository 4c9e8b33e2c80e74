"""Errors the UI must say in the user's language: the message is English (for logs and the
command line), and a `reason` code with a `limit` lets the UI choose and fill a translated text."""

from enum import StrEnum


class ReasonedError(ValueError):
    def __init__(self, reason: StrEnum, message: str, limit: int = 0) -> None:
        super().__init__(message)
        self.reason = reason
        self.limit = limit
