"""What every service works with: one store, one clock and one change hub, opened once."""

from dataclasses import dataclass, field

from coach.clock import Clock
from coach.services.changes import Changes
from coach.store.repo import Repo


@dataclass
class ServiceContext:
    """Shared by all services of one app (or one CLI command)."""

    repo: Repo
    clock: Clock
    changes: Changes = field(default_factory=Changes)
    # What a service keeps for this store (the catalog in force), gone with the context.
    caches: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
