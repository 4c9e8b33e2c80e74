"""Run by test_faults as another user (or after chmod): opens the store the way Coach does, then
tries one write over a bare connection the way an older Coach did, and prints what happened as
JSON: {"open": "ok" | message, "write": "saved" | message, "kind": fault kind or null}."""

import json
import sqlite3
import sys
from pathlib import Path

from coach.clock import SystemClock
from coach.store.db import StoreError, connect, open_database
from coach.store.faults import StoreWriteError, diagnose
from coach.store.repo import Repo

root = Path(sys.argv[1])
clock = SystemClock()
result: dict[str, str | None] = {"kind": None}
try:
    open_database(root / "coach.sqlite3", clock, root / "backups", root / "damaged").close()
    result["open"] = "ok"
except StoreError as error:
    result["open"] = str(error)
try:
    try:
        connection = connect(root / "coach.sqlite3")
    except sqlite3.Error as error:  # the folder: not even the write-ahead log can be made
        fault = diagnose(error, root / "coach.sqlite3")
        assert fault is not None, error
        raise StoreWriteError(fault) from error
    try:
        Repo(connection, clock).add_checkin(9, "written by the child")
        result["write"] = "saved"
    finally:
        connection.close()
except StoreWriteError as error:
    result["write"] = str(error)
    result["kind"] = error.fault.kind.value
except Exception as error:  # reported to the test, which fails on it
    result["write"] = f"unexpected {type(error).__name__}: {error}"
print(json.dumps(result))
