"""Demo data: the sample makerspace, a laser cutter induction session next week, and the ceramics
induction for the entrepreneur persona (the pottery wheel is theirs to book; the laser cutter is not yet)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from helpdesk_bot.events.models import RegistrationMode
from helpdesk_bot.events.views import EventDraft
from helpdesk_bot.makerspace.specs import load_makerspace
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.service import TelegramProfile

if TYPE_CHECKING:
    from helpdesk_bot.services import Services

SAMPLE = Path(__file__).resolve().parents[2] / "makerspace.sample.yaml"
DEMO_ENTREPRENEUR_ID = 1001  # the entrepreneur persona of helpdesk_bot.demo
INDUCTION_EVENT_KEY = "laser-induction-demo"

_SESSION_TEXTS = {
    "en": {"title": "Laser cutter safety induction", "description": "One hour at the laser cutter with the "
           "workshop team: materials, ventilation, fire safety. Closed shoes, please."},
    "pl": {"title": "Szkolenie BHP z obsługi lasera", "description": "Godzina przy wycinarce z zespołem pracowni: "
           "materiały, wentylacja, bezpieczeństwo pożarowe. Prosimy o pełne obuwie."},
}


async def seed_makerspace(services: Services) -> None:
    """Import the sample makerspace, plan an induction session, induct the entrepreneur (idempotent)."""
    if not SAMPLE.exists():
        return
    inductions, resources = load_makerspace(SAMPLE, services.settings.timezone)
    await services.makerspace.workshop.import_specs(inductions, resources)
    zone = ZoneInfo(services.settings.timezone)
    day = services.clock.now().astimezone(zone).date() + timedelta(days=3)
    while day.weekday() not in (1, 2, 3, 4):  # Tuesday to Friday
        day += timedelta(days=1)
    start = datetime.combine(day, time(17, 0), zone)
    if not any(e.key == INDUCTION_EVENT_KEY for e in await services.events.catalog.all_events()):
        await services.events.catalog.create(EventDraft(
            kind="workshop", texts=_SESSION_TEXTS, default_language="en", starts_at=start,
            ends_at=start + timedelta(hours=1), timezone=services.settings.timezone, venue="Makerspace, ground floor",
            topics=("help-desk",), registration_mode=RegistrationMode.BOT, capacity=6, key=INDUCTION_EVENT_KEY,
        ), created_by=CLI, announce=False)
    await services.people.ensure(TelegramProfile(DEMO_ENTREPRENEUR_ID, "Ewa", None, "ewa_ceramics", "pl"))
    await services.makerspace.inductions.record("ceramics", DEMO_ENTREPRENEUR_ID, by=CLI, source="cli")
