"""Demo data: two advisors with hours over the coming weeks (the demo's advisor persona is one of them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from helpdesk_bot.consultations.service import AdvisorSpec
from helpdesk_bot.consultations.slots import WeeklyWindow, parse_window

if TYPE_CHECKING:
    from helpdesk_bot.services import Services

DEMO_ADVISOR_ID = 2001  # the advisor persona of helpdesk_bot.demo (accepts requests by hand)
DEMO_SECOND_ADVISOR_ID = 2002  # not a persona: confirms automatically


def _weekly(days: range, *spans: str) -> tuple[WeeklyWindow, ...]:
    return tuple(WeeklyWindow(day, parse_window(span)) for day in days for span in spans)


DEMO_ADVISORS: tuple[AdvisorSpec, ...] = (
    AdvisorSpec(
        telegram_id=DEMO_ADVISOR_ID, name="Tomas Novak", timezone="Europe/Warsaw", languages=("en", "pl", "cs"),
        expertise=("starting", "taxes", "social-insurance", "funding", "help-desk"),
        modes={"online": "https://meet.example.org/tomas-novak",
               "in_person": "Centrum Przedsiębiorczości, ul. Długa 5, 31-147 Kraków", "phone": "+48 12 345 67 89"},
        bios={"en": "Business advisor for makers and designers: registration, taxes, first grants.",
              "pl": "Doradca dla rękodzielników i projektantów: rejestracja firmy, podatki, pierwsze dotacje.",
              "cs": "Poradce pro řemeslníky a designéry: založení živnosti, daně, první granty.",
              "sl": "Svetovalec za rokodelce in oblikovalce: registracija dejavnosti, davki, prva nepovratna sredstva.",
              "de": "Berater für Handwerk und Design: Gewerbeanmeldung, Steuern, erste Förderungen.",
              "lt": "Konsultantas amatininkams ir dizaineriams: veiklos registracija, mokesčiai, pirmoji parama.",
              "sv": "Rådgivare för hantverkare och formgivare: registrering, skatter, första bidragen."},
        auto_confirm=False, hours=_weekly(range(0, 6), "09:00-12:00", "13:00-17:00"), exceptions=(),
    ),
    AdvisorSpec(
        telegram_id=DEMO_SECOND_ADVISOR_ID, name="Greta Lindqvist", timezone="Europe/Stockholm",
        languages=("sv", "en", "de", "lt", "pl"),
        expertise=("intellectual-property", "legal", "sales-marketing", "cooperation", "taxes"),
        modes={"online": "https://meet.example.org/greta-lindqvist", "phone": "+46 8 123 456 78"},
        bios={"en": "Lawyer for creative businesses: copyright, trade marks, contracts.",
              "pl": "Prawniczka firm kreatywnych: prawo autorskie, znaki towarowe, umowy.",
              "sv": "Jurist för kreativa företag: upphovsrätt, varumärken, avtal.",
              "de": "Juristin für Kreativunternehmen: Urheberrecht, Marken, Verträge.",
              "cs": "Právnička pro kreativní podniky: autorské právo, ochranné známky, smlouvy.",
              "sl": "Pravnica za kreativna podjetja: avtorske pravice, blagovne znamke, pogodbe.",
              "lt": "Teisininkė kūrybiniam verslui: autorių teisės, prekių ženklai, sutartys."},
        auto_confirm=True, slot_minutes=60, hours=_weekly(range(0, 5), "10:00-15:00"), exceptions=(),
    ),
)


async def seed_advisors(services: Services) -> None:
    """Add the demo advisors (idempotent); weekly hours cover every coming week."""
    for spec in DEMO_ADVISORS:
        await services.consultations.upsert_advisor(spec)
