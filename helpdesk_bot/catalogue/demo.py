"""Demo data of the catalogue: the sample profiles of ``catalogue.sample.yaml``."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from helpdesk_bot.catalogue.importer import ImportProblem, read_catalogue_file

log = logging.getLogger(__name__)

SAMPLE = Path(__file__).resolve().parents[2] / "catalogue.sample.yaml"


async def seed_catalogue(services: Any) -> None:
    """Import the sample catalogue (approved, public) when the file is there (a source checkout)."""
    if not SAMPLE.exists():
        log.info("no %s: the demo catalogue stays empty", SAMPLE)
        return
    try:
        items = read_catalogue_file(SAMPLE)
    except ImportProblem as exc:
        log.warning("sample catalogue not imported: %s", exc)
        return
    await services.catalogue.profiles.import_profiles(items)


async def seed_partner_call(services: Any) -> None:
    """A cooperation call of the demo's partner persona, waiting for staff (``/as staff``, ``/calls``)."""
    from datetime import timedelta

    from helpdesk_bot.catalogue.calls import CallInput
    from helpdesk_bot.demo import PARTNER_ID

    partner = await services.people.get(PARTNER_ID)
    if partner is None:
        return
    await services.catalogue.calls.post(partner, CallInput(
        need="Handmade ceramic tableware for a boutique hotel on the Baltic coast (120 place settings).",
        sectors=("ceramics",), deadline=services.clock.now().date() + timedelta(days=45), countries=("PL", "DE"),
        languages=("en", "de"), cross_border=True, budget_min=4000, budget_max=9000, organisation="Nordwerk Hotels"))
