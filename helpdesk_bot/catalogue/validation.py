"""Validation of profile input: one place for the rules the chat, the CLI import and the web rely on.

Text is stored as typed and escaped wherever it is shown (chat messages, web templates), so HTML in a
field is harmless text, never markup. Links must be ``https://`` addresses; photos must be images of
at most :data:`~helpdesk_bot.catalogue.vocabulary.MAX_PHOTO_BYTES`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from helpdesk_bot.catalogue.vocabulary import (
    MAX_LINKS,
    MAX_PHOTO_BYTES,
    MAX_PHOTOS,
    MAX_SECTORS,
    MAX_SKILLS,
    NEEDS,
    PHOTO_MIME_TYPES,
    SECTORS,
    ProfileStatus,
    Visibility,
)
from helpdesk_bot.config import COUNTRIES, LANGUAGES
from helpdesk_bot.knowledge_base.normalise import fold

NAME_MAX = 80
OFFER_MAX = 600
SKILL_MAX = 40
PLACE_MAX = 80
NEEDS_TEXT_MAX = 600
LINK_MAX = 300
SLUG_MAX = 48
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class ProfileError(Exception):
    """Input a profile cannot accept; ``reason`` is a stable code translated as ``catalogue-error-<reason>``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class ProfileInput:
    """Everything a profile holds that its owner (or an import) provides."""

    display_name: str
    sectors: tuple[str, ...]
    country: str
    languages: tuple[str, ...]
    offer: dict[str, str] = field(default_factory=dict)
    skills: tuple[str, ...] = ()
    city: str | None = None
    region: str | None = None
    links: tuple[str, ...] = ()
    photos: tuple[str, ...] = ()
    open_for_commissions: bool = False
    visibility: str = Visibility.NETWORK
    needs: tuple[str, ...] = ()
    needs_text: str | None = None
    slug: str | None = None


def clean_text(value: str | None, limit: int, reason: str, *, required: bool = False) -> str | None:
    """``value`` stripped of control characters and surrounding space; None when empty.

    Raises :class:`ProfileError` (``reason``) when it is longer than ``limit`` or required but empty.
    """
    text = _CONTROL_RE.sub("", value or "").strip()
    if not text:
        if required:
            raise ProfileError(reason, "empty")
        return None
    if len(text) > limit:
        raise ProfileError(reason, f"longer than {limit} characters")
    return text


def check_link(url: str) -> str:
    """``url`` when it is an https address with a host name, else :class:`ProfileError` ``link-not-https``."""
    url = url.strip()
    parts = urlsplit(url)
    host = parts.hostname or ""
    if (len(url) > LINK_MAX or parts.scheme != "https" or "." not in host or parts.username or parts.password
            or any(c.isspace() for c in url) or "<" in url or ">" in url or '"' in url):
        raise ProfileError("link-not-https", url[:60])
    return url


def check_photo(mime_type: str | None, size: int | None) -> None:
    """Refuse a photo that is not a JPEG/PNG/WebP image or is larger than the limit."""
    if mime_type is not None and mime_type not in PHOTO_MIME_TYPES:
        raise ProfileError("photo-not-image", mime_type)
    if size is not None and size > MAX_PHOTO_BYTES:
        raise ProfileError("photo-too-large", str(size))


def make_slug(name: str) -> str:
    """A URL slug from a display name: folded, words joined with hyphens (``Studio Ćma`` -> ``studio-cma``)."""
    slug = "-".join(fold(name).split())[:SLUG_MAX].strip("-")
    return slug or "profile"


def check_slug(slug: str) -> str:
    """``slug`` when it is lower-case letters, digits and single hyphens, else ``slug-invalid``."""
    if not _SLUG_RE.match(slug) or len(slug) > SLUG_MAX:
        raise ProfileError("slug-invalid", slug[:60])
    return slug


def validate(data: ProfileInput) -> ProfileInput:
    """``data`` cleaned and checked; the first problem raises :class:`ProfileError`."""
    name = clean_text(data.display_name, NAME_MAX, "name-invalid", required=True)
    assert name is not None
    if not data.sectors:
        raise ProfileError("sector-missing")
    if len(set(data.sectors)) > MAX_SECTORS:
        raise ProfileError("too-many-sectors", str(len(data.sectors)))
    for sector in data.sectors:
        if sector not in SECTORS:
            raise ProfileError("sector-unknown", sector)
    country = (data.country or "").upper()
    if country not in COUNTRIES:
        raise ProfileError("country-unknown", data.country)
    if not data.languages:
        raise ProfileError("language-missing")
    for lang in data.languages:
        if lang not in LANGUAGES:
            raise ProfileError("language-unknown", lang)
    offer: dict[str, str] = {}
    for lang, text in data.offer.items():
        if lang not in LANGUAGES:
            raise ProfileError("language-unknown", lang)
        cleaned = clean_text(text, OFFER_MAX, "offer-too-long")
        if cleaned:
            offer[lang] = cleaned
    skills: list[str] = []
    for skill in data.skills:
        cleaned = clean_text(skill, SKILL_MAX, "skill-too-long")
        if cleaned and cleaned.casefold() not in {s.casefold() for s in skills}:
            skills.append(cleaned)
    if len(skills) > MAX_SKILLS:
        raise ProfileError("too-many-skills", str(len(skills)))
    if len(data.links) > MAX_LINKS:
        raise ProfileError("too-many-links", str(len(data.links)))
    links = tuple(dict.fromkeys(check_link(link) for link in data.links))
    if len(data.photos) > MAX_PHOTOS:
        raise ProfileError("too-many-photos", str(len(data.photos)))
    if data.visibility not in set(Visibility):
        raise ProfileError("visibility-unknown", data.visibility)
    for need in data.needs:
        if need not in NEEDS:
            raise ProfileError("need-unknown", need)
    return replace(
        data,
        display_name=name,
        sectors=tuple(dict.fromkeys(data.sectors)),
        country=country,
        languages=tuple(dict.fromkeys(data.languages)),
        offer=offer,
        skills=tuple(skills),
        city=clean_text(data.city, PLACE_MAX, "place-too-long"),
        region=clean_text(data.region, PLACE_MAX, "place-too-long"),
        links=links,
        photos=tuple(dict.fromkeys(data.photos)),
        needs=tuple(dict.fromkeys(data.needs)),
        needs_text=clean_text(data.needs_text, NEEDS_TEXT_MAX, "needs-too-long"),
        slug=check_slug(data.slug) if data.slug else None,
    )


def check_status(status: str) -> str:
    """``status`` when it is a profile status, else ``status-unknown``."""
    if status not in set(ProfileStatus):
        raise ProfileError("status-unknown", status)
    return status
