"""Clinician plans as the app and the command line use them: read a file against the built-in
library and the published schema, adopt it into the store (or restore the one it replaced), adopt a
bundle's baked-in plan once, and turn the active plan into exercises the library and the player can
show.

Qt-free, so `coach plan validate` and `coach plan import` work without a display.
"""

import base64
import functools
import hashlib
import logging
import sqlite3
from pathlib import Path
from typing import Any

from coach import paths
from coach.domain.exercises import Exercise, Library, load_library
from coach.domain.plan import Plan, PlanError, load_schema, parse_plan, read_plan_file
from coach.services.changes import Change
from coach.services.context import ServiceContext
from coach.services.errors import read_failure, store_failure
from coach.store.repo import BUNDLED_PLAN_SOURCE, StoredPlan

log = logging.getLogger(__name__)

PLACEHOLDER_PICTURE = "custom-exercise.svg"  # in resources/icons: for plan exercises without one


@functools.cache
def builtin_library() -> Library:
    return load_library(paths.resources_dir() / "exercises")


@functools.cache
def plan_schema() -> dict[str, Any]:
    return load_schema(paths.resources_dir() / "plans" / "plan.schema.json")


def read_plan(path: Path) -> Plan:
    """The plan in `path`, checked; PlanError lists every problem."""
    return read_plan_file(path, builtin_library(), plan_schema())


def stored_plan(stored: StoredPlan) -> Plan:
    """The plan kept in the store, read again with today's rules (PlanError if it no longer
    passes, for example after the library lost an exercise; a dose above a ceiling added since
    is brought under it, not refused: CLINICAL.md section 3)."""
    return parse_plan(
        stored.body.encode("utf-8"),
        stored.title,
        builtin_library(),
        plan_schema(),
        stored=True,
    )


class PlanService:
    """The plan in force, its history, and the writes that change it (each announces
    `Change.PLAN`: routines, reminders, heat limits and the catalog follow the plan)."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    def active(self) -> Plan | None:
        """The plan in force, or None; a stored plan that cannot be read is logged and ignored
        (its reminders and heat limits stay in force: they were applied when it was adopted).
        ServiceError: the store cannot be read."""
        stored = self.active_stored()
        if stored is None:
            return None
        try:
            return stored_plan(stored)
        except PlanError as error:
            log.error("the active plan cannot be read: %s", error)
            return None

    def active_stored(self) -> StoredPlan | None:
        """The plan in force as stored (its title and what it replaced), without reading it."""
        try:
            return self._context.repo.active_plan()
        except sqlite3.Error as error:
            raise read_failure(error, "reading the active plan") from error

    def active_id(self) -> int | None:
        """The row id of the plan in force, without reading the plan (it may be megabytes)."""
        try:
            return self._context.repo.active_plan_id()
        except sqlite3.Error as error:
            raise read_failure(error, "reading the active plan") from error

    def history(self) -> list[StoredPlan]:
        """Every plan adopted, newest first."""
        try:
            return self._context.repo.plan_history()
        except sqlite3.Error as error:
            raise read_failure(error, "reading the plans adopted") from error

    def adopt(self, plan: Plan, source: str) -> StoredPlan:
        """Make `plan` the active plan (its schedule goes into the reminder settings); the plan
        and settings in force before are kept for `restore_previous`. ServiceError: nothing was
        changed."""
        try:
            stored = self._context.repo.adopt_plan(plan, source)
        except sqlite3.Error as error:
            raise store_failure(error, "adopting the plan") from error
        self._context.changes.announce(Change.PLAN)
        return stored

    def restore_previous(self) -> StoredPlan | None:
        """Put back the plan (or the user's own settings) the active plan replaced; returns the
        plan now in force. ServiceError: nothing was changed."""
        try:
            restored = self._context.repo.restore_previous_plan()
        except sqlite3.Error as error:
            raise store_failure(error, "restoring the previous plan") from error
        self._context.changes.announce(Change.PLAN)
        return restored

    def adopt_bundled(self) -> Plan | None:
        """On the first start of an installer built with a plan inside, adopt that plan (once: a
        patient who later restores their own settings keeps them). Returns the plan adopted now.
        PlanError or OSError when the file cannot be used, ServiceError when it cannot be
        stored."""
        path = paths.bundled_plan_path()
        if not path.is_file():
            return None
        raw = path.read_bytes()
        source = BUNDLED_PLAN_SOURCE + hashlib.sha256(raw).hexdigest()[:16]
        try:
            if self._context.repo.has_plan_from(source):
                return None
        except sqlite3.Error as error:
            raise store_failure(error, "reading the plans") from error
        plan = parse_plan(raw, str(path), builtin_library(), plan_schema())
        self.adopt(plan, source)
        log.info("adopted the plan built into this installer: %s", plan.title)
        return plan


def plan_exercises(plan: Plan) -> tuple[Exercise, ...]:
    """The plan's own exercises as library entries; their pictures are written once into the
    cache (they live in the plan's text, so the cache can always be rebuilt)."""
    placeholder = paths.resources_dir() / "icons" / PLACEHOLDER_PICTURE
    folder = paths.cache_dir() / "plan-pictures"
    exercises = []
    for exercise in plan.exercises:
        pictures: tuple[Path, ...] = (placeholder, placeholder)
        if exercise.image:
            digest = hashlib.sha256(exercise.image).hexdigest()[:16]
            target = folder / f"{exercise.id}-{digest}.svg"
            try:
                if not target.is_file():
                    folder.mkdir(parents=True, exist_ok=True)
                    partial = target.with_suffix(".partial")
                    partial.write_bytes(_as_svg(exercise.image, exercise.image_suffix))
                    partial.replace(target)
                pictures = (target, target)
            except OSError as error:
                log.error("cannot keep the picture of %s: %s", exercise.id, error)
        exercises.append(exercise.with_pictures(pictures))
    return tuple(exercises)


def _as_svg(image: bytes, suffix: str) -> bytes:
    """The picture as SVG, which every view of an exercise draws: a PNG is wrapped in an SVG
    `<image>` of its own size (read from its IHDR header)."""
    if suffix == ".svg":
        return image
    width = int.from_bytes(image[16:20], "big") or 240
    height = int.from_bytes(image[20:24], "big") or 240
    payload = base64.b64encode(image).decode("ascii")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f'<image width="{width}" height="{height}" xlink:href="data:image/png;base64,{payload}"/>'
        "</svg>"
    ).encode("ascii")
