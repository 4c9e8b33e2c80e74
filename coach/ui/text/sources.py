"""An exercise's or a routine's source as the user reads it: each source's title and its address
(coach.domain.sources), not the bare keys of CLINICAL.md."""

import functools
import html
import logging

from coach import paths
from coach.domain.sources import Source, is_product_choice, load_sources, source_keys
from coach.ui.text.translate import translate

log = logging.getLogger(__name__)


@functools.cache
def sources() -> dict[str, Source]:
    """The table of sources (read once); empty, and logged, when it cannot be read."""
    path = paths.resources_dir() / "sources.json"
    try:
        return load_sources(path)
    except (OSError, ValueError) as error:
        log.error("could not read the sources in %s: %s", path, error)
        return {}


def sources_html(text: str) -> str:
    """The sources as rich text: a heading, then each title with its address as a link (escaped:
    the data is not markup)."""
    table = sources()
    items = []
    for key in source_keys(text):
        known = table.get(key)
        if known is None:
            items.append(html.escape(key))
            continue
        link = f'<a href="{html.escape(known.address)}">{html.escape(known.address)}</a>'
        items.append(
            translate("SourceText", "{title}: {address}").format(
                title=html.escape(known.title), address=link
            )
        )
    if is_product_choice(text):
        items.append(
            html.escape(
                translate(
                    "SourceText",
                    "Coach's own default (a product choice): no published source sets it.",
                )
            )
        )
    body = "".join(f"<li>{item}</li>" for item in items)
    title = html.escape(translate("SourceText", "Where this comes from"))
    return f"<b>{title}</b><ul>{body}</ul>"
