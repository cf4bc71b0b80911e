"""The catalogue's services built together (called once by the composition root)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from helpdesk_bot.catalogue.calls import CallService
from helpdesk_bot.catalogue.contacts import ContactService
from helpdesk_bot.catalogue.digest import DigestService
from helpdesk_bot.catalogue.privacy import CataloguePersonalData
from helpdesk_bot.catalogue.relay import RelayService
from helpdesk_bot.catalogue.renderers import DIGEST, MENTION, digest_renderer, mention_renderer
from helpdesk_bot.catalogue.search import CatalogueSearch, country_stems
from helpdesk_bot.catalogue.service import CatalogueService
from helpdesk_bot.config import COUNTRIES, LANGUAGES
from helpdesk_bot.knowledge_base.model import Entry
from helpdesk_bot.wiring import Deps


@dataclass
class CatalogueDomain:
    """Profiles, search and the privacy provider of the network of creatives."""

    profiles: CatalogueService
    search: CatalogueSearch
    personal_data: CataloguePersonalData
    contacts: ContactService
    calls: CallService
    digest: DigestService
    relay: RelayService


def build_catalogue(deps: Deps, *, kb_entries: Callable[[], Iterable[Entry]] = lambda: ()) -> CatalogueDomain:
    """The catalogue domain; sector names for search come from the translations in every language."""
    uow, clock, translator, outbox, dispatcher = deps.uow, deps.clock, deps.translator, deps.outbox, deps.dispatcher
    contacts_per_day, relay_per_day = deps.settings.catalogue_contacts_per_day, deps.settings.catalogue_relay_per_day

    def sector_names(key: str) -> list[str]:
        return [translator(lang, f"sector-{key}") for lang in LANGUAGES]

    dispatcher.register(DIGEST, digest_renderer(translator))
    dispatcher.register(MENTION, mention_renderer(translator))
    return CatalogueDomain(
        profiles=CatalogueService(uow, clock, sector_names, outbox),
        search=CatalogueSearch(uow, countries=country_stems(
            (code, str(translator(lang, f"country-{code}"))) for code in COUNTRIES for lang in LANGUAGES)),
        personal_data=CataloguePersonalData(),
        contacts=ContactService(uow, clock, outbox, per_day=contacts_per_day),
        calls=CallService(uow, clock, outbox),
        digest=DigestService(uow, clock, outbox, kb_entries),
        relay=RelayService(uow, clock, outbox, per_day=relay_per_day),
    )
