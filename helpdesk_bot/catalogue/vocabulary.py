"""The controlled vocabularies of the catalogue: sectors, needs, visibility and status.

Names are translated in ``catalogue.ftl`` (``sector-<key>``, ``need-<key>``) in all seven languages;
search indexes every language's name of a sector, so ``ceramika``, ``Keramik`` and ``ceramics`` meet.
"""

from __future__ import annotations

from enum import StrEnum

SECTORS: tuple[str, ...] = (
    "ceramics", "jewellery", "textiles", "wood", "glass", "leather", "metal", "graphic-design",
    "product-design", "fashion", "interior-design", "visual-arts", "photography", "film-video",
    "music", "performing-arts", "writing-publishing", "games-software", "architecture", "advertising",
    "heritage",
)
"""The one vocabulary of sectors (keys; the names are translated)."""

NEEDS: tuple[str, ...] = (
    "funding", "premises", "legal", "taxes", "marketing", "export", "partners", "training", "equipment",
    "ip-protection", "digital",
)
"""What support a creative may say they need (feeds the staff's sector diagnosis)."""

MAX_SECTORS = 3
MAX_SKILLS = 10
MAX_LINKS = 5
MAX_PHOTOS = 3
MAX_PHOTO_BYTES = 5 * 1024 * 1024
"""The largest photo a profile accepts (Telegram compresses photos far below this)."""
PHOTO_MIME_TYPES = frozenset({"image/jpeg", "image/png", "image/webp"})


class Visibility(StrEnum):
    """Who may see a profile."""

    PUBLIC = "public"    # the web catalogue and the bot
    NETWORK = "network"  # only inside the bot (/find)
    HIDDEN = "hidden"    # nobody but the owner and staff


class ProfileStatus(StrEnum):
    """Life of a profile: a draft is being written, pending waits for staff, paused is switched off by its owner."""

    DRAFT = "draft"
    PENDING = "pending"
    APPROVED = "approved"
    PAUSED = "paused"
