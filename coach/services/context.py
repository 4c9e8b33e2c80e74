"""What every service works with: one store, one clock and one change hub, opened once."""

from coach.clock import Clock
from coach.services.changes import Changes
from coach.store.repo import Repo


class ServiceContext:
    """Shared by all services of one app (or one CLI command). A holder of open things, not a
    value: a plain class (a dataclass costs start-up time for methods nothing calls)."""

    def __init__(self, repo: Repo, clock: Clock, changes: Changes | None = None) -> None:
        self.repo = repo
        self.clock = clock
        self.changes = Changes() if changes is None else changes
        # What a service keeps for this store (the catalog in force), gone with the context.
        self.caches: dict[str, object] = {}
