"""Plain, detached views of catalogue rows handed to the adapters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from helpdesk_bot.catalogue.models import CatalogueProfile
from helpdesk_bot.catalogue.vocabulary import ProfileStatus, Visibility


@dataclass(frozen=True)
class ProfileView:
    """A profile as the rest of the bot sees it."""

    id: int
    telegram_id: int
    slug: str
    display_name: str
    sectors: tuple[str, ...]
    offer: dict[str, str]
    skills: tuple[str, ...]
    city: str | None
    region: str | None
    country: str
    languages: tuple[str, ...]
    links: tuple[str, ...]
    photos: tuple[str, ...]
    open_for_commissions: bool
    visibility: str
    needs: tuple[str, ...]
    needs_text: str | None
    status: str
    updated_at: datetime

    @property
    def on_web(self) -> bool:
        """Whether the public web catalogue shows the profile."""
        return self.status == ProfileStatus.APPROVED and self.visibility == Visibility.PUBLIC

    @property
    def in_network(self) -> bool:
        """Whether other people of the bot can find and contact the profile."""
        return self.status == ProfileStatus.APPROVED and self.visibility in (Visibility.PUBLIC, Visibility.NETWORK)

    def offer_in(self, lang: str) -> str | None:
        """The offer text in ``lang``, else in English, else in any language the owner wrote."""
        return self.offer.get(lang) or self.offer.get("en") or next(iter(self.offer.values()), None)

    def place(self) -> str:
        """City and region joined for display (may be empty)."""
        return ", ".join(p for p in (self.city, self.region) if p)


def profile_view(row: CatalogueProfile) -> ProfileView:
    """The view of a profile row."""
    return ProfileView(
        id=row.id, telegram_id=row.telegram_id, slug=row.slug, display_name=row.display_name,
        sectors=tuple(row.sectors), offer=dict(row.offer), skills=tuple(row.skills), city=row.city,
        region=row.region, country=row.country, languages=tuple(row.languages), links=tuple(row.links),
        photos=tuple(row.photos), open_for_commissions=row.open_for_commissions, visibility=row.visibility,
        needs=tuple(row.needs), needs_text=row.needs_text, status=row.status, updated_at=row.updated_at,
    )
