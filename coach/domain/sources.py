"""Where Coach's advice comes from: the keys of CLINICAL.md's Sources list with a readable title and
an address, so that the app shows "Cambridge University Hospitals NHS: thoracic spine exercises"
and where to read it rather than "CUH".

The table is `resources/sources.json`: `{"CUH": {"title": "...", "address": "https://..."}, ...}`.
An exercise's or a routine's `source` names one or more keys ("PS, A08"), or says that the value
is Coach's own default ("product choice", CLINICAL.md).
"""

import json
from dataclasses import dataclass
from pathlib import Path

PRODUCT_CHOICE = "product choice"


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    address: str


def is_product_choice(text: str) -> bool:
    """Whether a `source` text says the value is Coach's own default, not a published one."""
    return any(part.strip().lower().startswith(PRODUCT_CHOICE) for part in text.split(","))


def source_keys(text: str) -> tuple[str, ...]:
    """The keys a `source` text names, in its order ("PS, A08" gives PS and A08)."""
    parts = (part.strip() for part in text.split(","))
    return tuple(part for part in parts if part and not part.lower().startswith(PRODUCT_CHOICE))


def parse_sources(data: object) -> dict[str, Source]:
    """The table from decoded JSON; raises ValueError naming the entry that is wrong."""
    if not isinstance(data, dict):
        raise ValueError("the sources must be a JSON object of keys")
    table: dict[str, Source] = {}
    for key, entry in data.items():
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(field), str) and entry[field].strip()
            for field in ("title", "address")
        ):
            raise ValueError(f"source {key!r} needs a non-empty title and address")
        table[key] = Source(key, entry["title"].strip(), entry["address"].strip())
    return table


def load_sources(path: Path) -> dict[str, Source]:
    """The table in `path`; raises OSError or ValueError when it cannot be read."""
    return parse_sources(json.loads(path.read_text(encoding="utf-8")))
