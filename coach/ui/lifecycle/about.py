"""Facts about this installation that Settings and Help show."""

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class AboutInfo:
    version: str
    data_dir: Path
    database: Path
    log_file: Path
