"""Run by test_durability: inserts check-ins forever, printing each id once its commit returned."""

import sys
from pathlib import Path

from coach.clock import SystemClock
from coach.store.db import open_database
from coach.store.repo import Repo

root = Path(sys.argv[1])
clock = SystemClock()
database = open_database(root / "coach.sqlite3", clock, root / "backups", root / "damaged")
repo = Repo(database.connection, clock)
index = 0
while True:
    checkin = repo.add_checkin(index % 11, f"row-{index}-" + "x" * (index % 300))
    sys.stdout.write(f"{checkin.note.split('-x')[0]}\n")
    sys.stdout.flush()
    index += 1
