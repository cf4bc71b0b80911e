"""Which sources of an entry fit the person (issue 13, item 4).

A source is a plain https URL or ``{url: ..., country: XX}`` (``EU`` or no country: EU-wide or
international).  A plain URL of a country-scoped entry (``vat-se``) belongs to the entry's
country; a plain URL of a general entry is EU-wide.

* A country-scoped answer lists only its country's and EU-wide sources.
* A general answer lists the person's country's sources first, then at most
  :data:`MAX_OTHER_SOURCES` others (EU-wide ones first, then the other countries' in file order).
"""

from __future__ import annotations

from .model import Entry

#: Sources of other countries (or EU-wide) a general answer lists after the person's country's.
MAX_OTHER_SOURCES = 3

#: The country value of an EU-wide source.
EU = "EU"


def source_country(entry: Entry, url: str) -> str:
    """The country a source of ``entry`` is about (``EU`` for EU-wide and international ones)."""
    tagged = entry.source_countries.get(url)
    if tagged:
        return tagged
    return entry.country or EU


def fitting_sources(entry: Entry, person_country: str | None) -> tuple[str, ...]:
    """The sources of ``entry`` to show a person from ``person_country`` (may be unknown), in order."""
    if entry.country:
        return tuple(url for url in entry.sources if source_country(entry, url) in (entry.country, EU))
    wanted = (person_country or "").upper()
    own = [url for url in entry.sources if wanted and source_country(entry, url) == wanted]
    eu_wide = [url for url in entry.sources if url not in own and source_country(entry, url) == EU]
    others = [url for url in entry.sources if url not in own and url not in eu_wide]
    return (*own, *(eu_wide + others)[:MAX_OTHER_SOURCES])
