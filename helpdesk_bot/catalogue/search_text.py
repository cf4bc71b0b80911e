"""The folded text a profile is found by: its name, sectors (named in every language), skills, place and offer."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from helpdesk_bot.catalogue.validation import ProfileInput
from helpdesk_bot.knowledge_base.normalise import fold


def search_text_for(data: ProfileInput, sector_names: Callable[[str], Iterable[str]]) -> str:
    """Distinct folded words of everything people may search a profile by (needs stay private)."""
    parts: list[str] = [data.display_name, *data.skills, data.city or "", data.region or "", *data.offer.values()]
    for sector in data.sectors:
        parts.append(sector.replace("-", " "))
        parts.extend(sector_names(sector))
    words = dict.fromkeys(w for w in fold(" ".join(parts)).split() if len(w) >= 2)
    return " ".join(words)
