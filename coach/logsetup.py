"""Logging to a file in the log folder, rotated by size, and to the terminal for warnings (or
everything with -v).

The file is rotated when Coach starts and it has grown past `MAX_BYTES` (coach.log -> coach.log.1 ...,
keeping `BACKUP_COUNT`). Rotating at start rather than with `logging.handlers.RotatingFileHandler`
keeps `logging.handlers` (and the socket, pickle and queue modules it loads) off the start-up path;
Coach logs a few lines an hour, so one check per start bounds the file well enough.
"""

import logging
import os
import sys
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


class _OneLineFormatter(logging.Formatter):
    """Terminal lines without tracebacks: those go to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = record.getMessage()
        return self.formatMessage(record)


def rotate_if_large(log_file: Path, max_bytes: int = MAX_BYTES, keep: int = BACKUP_COUNT) -> bool:
    """Shift coach.log to coach.log.1 (and older ones up, dropping the oldest) when it is too big."""
    try:
        if log_file.stat().st_size < max_bytes:
            return False
    except FileNotFoundError:
        return False
    for number in range(keep - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{number}")
        if older.exists():
            os.replace(older, log_file.with_name(f"{log_file.name}.{number + 1}"))
    os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))
    return True


def configure_logging(log_file: Path, verbose: bool = False) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    try:
        rotate_if_large(log_file)
        file_handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError as error:
        print(f"coach: cannot write the log file {log_file}: {error}", file=sys.stderr)
    else:
        file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(file_handler)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(_OneLineFormatter("coach: %(levelname)s: %(message)s"))
    root.addHandler(console)
