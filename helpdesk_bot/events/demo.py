"""Demo data: a few upcoming events relative to the current time (``helpdesk-bot demo``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from helpdesk_bot.events.views import CENTRE_ORGANISER, EventDraft
from helpdesk_bot.people.actor import CLI

if TYPE_CHECKING:
    from helpdesk_bot.services import Services


def _at(now: datetime, days: int, hour: int, zone: str) -> datetime:
    local = (now + timedelta(days=days)).astimezone(ZoneInfo(zone))
    return local.replace(hour=hour, minute=0, second=0, microsecond=0)


def demo_events(now: datetime) -> list[EventDraft]:
    """Four upcoming events in all seven languages: a workshop (in-bot registration), a webinar, a trade fair,
    a small meetup; their topics come from the one vocabulary (:mod:`helpdesk_bot.topics`)."""
    waw = "Europe/Warsaw"
    return [
        EventDraft(
            key="demo-pricing-workshop", kind="workshop", default_language="pl",
            texts={"pl": {"title": "Jak wycenić rękodzieło", "description": "Koszty, czas pracy i marża: warsztat "
                          "dla twórców sprzedających w sieci."},
                   "en": {"title": "Pricing handmade work", "description": "Costs, working time and margin: a "
                          "workshop for makers who sell online."},
                   "cs": {"title": "Jak stanovit cenu ručně vyráběných výrobků", "description": "Náklady, "
                          "pracovní čas a marže: workshop pro tvůrce, kteří prodávají online."},
                   "sl": {"title": "Kako določiti ceno ročno izdelanim izdelkom", "description": "Stroški, "
                          "delovni čas in marža: delavnica za ustvarjalce, ki prodajajo na spletu."},
                   "de": {"title": "Handgemachtes richtig kalkulieren", "description": "Kosten, Arbeitszeit "
                          "und Marge: ein Workshop für Kreative, die online verkaufen."},
                   "lt": {"title": "Kaip įkainoti rankų darbo gaminius", "description": "Sąnaudos, darbo laikas "
                          "ir marža: dirbtuvės kūrėjams, parduodantiems internetu."},
                   "sv": {"title": "Att prissätta hantverk", "description": "Kostnader, arbetstid och marginal: "
                          "en workshop för hantverkare som säljer på nätet."}},
            starts_at=_at(now, 6, 10, waw), ends_at=_at(now, 6, 14, waw), timezone=waw,
            venue="Centrum Przedsiębiorczości, ul. Długa 5, Kraków", organiser=CENTRE_ORGANISER,
            topics=("sales-marketing", "starting"), registration_mode="bot", capacity=12,
            registration_deadline=_at(now, 5, 18, waw),
        ),
        EventDraft(
            key="demo-vat-webinar", kind="webinar", default_language="en",
            texts={"en": {"title": "VAT for creative freelancers selling across the EU",
                          "description": "One-stop shop, thresholds and invoices, with time for questions."},
                   "pl": {"title": "VAT dla twórców sprzedających w UE",
                          "description": "Procedura OSS, progi i faktury, z czasem na pytania."},
                   "cs": {"title": "DPH pro kreativní živnostníky, kteří prodávají v EU",
                          "description": "Režim jednoho správního místa (OSS), limity a faktury, s prostorem "
                          "pro dotazy."},
                   "sl": {"title": "DDV za ustvarjalce, ki prodajajo po EU",
                          "description": "Sistem VEM (OSS), pragovi in računi, s časom za vprašanja."},
                   "de": {"title": "Umsatzsteuer für Kreative, die in der EU verkaufen",
                          "description": "One-Stop-Shop (OSS), Schwellenwerte und Rechnungen, mit Zeit für Fragen."},
                   "lt": {"title": "PVM kūrėjams, parduodantiems ES",
                          "description": "Vieno langelio sistema (OSS), ribos ir sąskaitos faktūros, su laiku "
                          "klausimams."},
                   "sv": {"title": "Moms för kreativa frilansare som säljer inom EU",
                          "description": "One Stop Shop (OSS), tröskelvärden och fakturor, med tid för frågor."}},
            starts_at=_at(now, 3, 17, waw), ends_at=_at(now, 3, 18, waw), timezone=waw,
            online_url="https://example.org/webinars/vat-oss", topics=("taxes",), registration_mode="bot",
            capacity=100,
        ),
        EventDraft(
            key="demo-design-fair", kind="trade_fair", default_language="en",
            texts={"en": {"title": "Design & Craft Fair", "description": "Exhibitors, buyers and talks on "
                          "exporting design products."},
                   "pl": {"title": "Design & Craft Fair", "description": "Wystawcy, kupcy i wykłady o eksporcie "
                          "produktów designu."},
                   "cs": {"title": "Design & Craft Fair", "description": "Vystavovatelé, nákupčí a přednášky "
                          "o vývozu designových výrobků."},
                   "sl": {"title": "Design & Craft Fair", "description": "Razstavljavci, kupci in predavanja "
                          "o izvozu oblikovalskih izdelkov."},
                   "de": {"title": "Design & Craft Fair", "description": "Ausstellende, Einkäufer:innen und "
                          "Vorträge zum Export von Designprodukten."},
                   "lt": {"title": "Design & Craft Fair", "description": "Parodos dalyviai, pirkėjai ir "
                          "pranešimai apie dizaino gaminių eksportą."},
                   "sv": {"title": "Design & Craft Fair", "description": "Utställare, inköpare och föredrag om "
                          "export av designprodukter."}},
            starts_at=_at(now, 20, 9, waw), ends_at=_at(now, 22, 17, waw), timezone=waw,
            venue="EXPO Kraków, ul. Galicyjska 9", topics=("sales-marketing", "cooperation"),
            registration_mode="external", registration_url="https://example.org/design-fair/register",
        ),
        EventDraft(
            key="demo-makers-meetup", kind="networking", default_language="pl",
            texts={"pl": {"title": "Spotkanie twórców przy kawie", "description": "Nieformalne spotkanie: "
                          "wspólne stoiska, współpraca, wymiana doświadczeń."},
                   "en": {"title": "Makers' coffee meetup", "description": "An informal meetup: shared stands, "
                          "cooperation, experience."},
                   "cs": {"title": "Setkání tvůrců u kávy", "description": "Neformální setkání: společné stánky, "
                          "spolupráce, výměna zkušeností."},
                   "sl": {"title": "Srečanje ustvarjalcev ob kavi", "description": "Neformalno srečanje: skupne "
                          "stojnice, sodelovanje, izmenjava izkušenj."},
                   "de": {"title": "Kaffeetreffen für Kreative", "description": "Ein zwangloses Treffen: "
                          "gemeinsame Messestände, Zusammenarbeit, Erfahrungsaustausch."},
                   "lt": {"title": "Kūrėjų susitikimas prie kavos", "description": "Neformalus susitikimas: "
                          "bendri stendai, bendradarbiavimas, dalijimasis patirtimi."},
                   "sv": {"title": "Fika för kreatörer", "description": "En informell träff: gemensamma montrar, "
                          "samarbete och erfarenhetsutbyte."}},
            starts_at=_at(now, 9, 16, waw), ends_at=_at(now, 9, 18, waw), timezone=waw,
            venue="Kawiarnia Pracownia, ul. Krótka 2, Kraków", topics=("cooperation",), registration_mode="bot",
            capacity=2,
        ),
    ]


async def seed_events(services: Services) -> None:
    """Add the demo events (without announcing them: nobody has subscribed yet)."""
    for draft in demo_events(services.clock.now()):
        await services.events.catalog.save_imported(draft, by=CLI, announce=False)
