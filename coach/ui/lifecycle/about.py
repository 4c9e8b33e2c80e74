"""Facts about this installation that Settings and Help show."""

from pathlib import Path
from typing import NamedTuple


class AboutInfo(NamedTuple):
    version: str
    data_dir: Path
    database: Path
    log_file: Path
