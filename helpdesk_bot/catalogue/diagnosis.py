"""The "sector diagnosis" of the network: who is in the catalogue, what they need, what the network does.

Computed from the catalogue's own tables (profiles, contact requests, calls and responses), so it
shows the state of the sector now; the indicator report counts the same activity over a period from
the interaction log (indicators ``catalogue_profiles``, ``cooperation_contacts``, ``cross_border_contacts``).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from helpdesk_bot.catalogue.models import CallResponse, CatalogueProfile, ContactRequest, CooperationCall
from helpdesk_bot.catalogue.vocabulary import ProfileStatus
from helpdesk_bot.db.uow import UnitOfWorkFactory


async def sector_diagnosis(uow: UnitOfWorkFactory, since: datetime | None = None,
                          until: datetime | None = None) -> dict[str, Any]:
    """Approved profiles by sector and by country, needs named most often, contacts and calls.

    Profiles are the catalogue as it is now; contacts, calls and responses count only those made in
    ``[since, until)`` when given (the indicator report passes its period), else all of them.
    """
    contact_when = [c for c in (ContactRequest.created_at >= since if since else None,
                                ContactRequest.created_at < until if until else None) if c is not None]
    call_when = [c for c in (CooperationCall.created_at >= since if since else None,
                             CooperationCall.created_at < until if until else None) if c is not None]
    response_when = [c for c in (CallResponse.created_at >= since if since else None,
                                 CallResponse.created_at < until if until else None) if c is not None]
    async with uow() as unit:
        session = unit.session
        rows = (await session.execute(select(CatalogueProfile.sectors, CatalogueProfile.country, CatalogueProfile.needs,
                                             CatalogueProfile.needs_text, CatalogueProfile.open_for_commissions)
                                      .where(CatalogueProfile.status == ProfileStatus.APPROVED))).all()
        contacts = (await session.execute(select(
            func.count(), func.count().filter(ContactRequest.status == "accepted"),
            func.count().filter(ContactRequest.cross_border.is_(True)),
            func.count().filter(ContactRequest.cross_border.is_(True), ContactRequest.status == "accepted"))
            .select_from(ContactRequest).where(*contact_when))).one()
        calls = (await session.execute(select(
            func.count(), func.count().filter(CooperationCall.status == "approved"),
            func.count().filter(CooperationCall.cross_border.is_(True)))
            .select_from(CooperationCall).where(*call_when))).one()
        responses = (await session.execute(select(
            func.count(), func.count(func.distinct(CallResponse.call_id)),
            func.count().filter(CallResponse.status == "agreed"))
            .select_from(CallResponse).where(*response_when))).one()
    sectors: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    needs: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for row_sectors, country, row_needs, _text, _open in rows:
        countries[country] += 1
        for sector in row_sectors:
            sectors[sector] += 1
            pairs[(sector, country)] += 1
        needs.update(row_needs)
    return {
        "profiles": len(rows),
        "open_for_commissions": sum(1 for r in rows if r[4]),
        "by_sector": dict(sectors.most_common()),
        "by_country": dict(countries.most_common()),
        "by_sector_and_country": [{"sector": s, "country": c, "profiles": n} for (s, c), n in pairs.most_common()],
        "needs": dict(needs.most_common()),
        "needs_in_own_words": sum(1 for r in rows if r[3]),
        "contacts": {"requested": int(contacts[0]), "accepted": int(contacts[1]), "cross_border": int(contacts[2]),
                     "cross_border_accepted": int(contacts[3])},
        "calls": {"posted": int(calls[0]), "approved": int(calls[1]), "open_across_borders": int(calls[2]),
                  "answered": int(responses[1]), "responses": int(responses[0]), "agreed": int(responses[2])},
    }


def diagnosis_text(data: dict[str, Any]) -> str:
    """The diagnosis as plain text lines (the CLI's default output)."""
    lines = [f"profiles in the catalogue: {data['profiles']} (open for commissions: {data['open_for_commissions']})",
             "by sector: " + ", ".join(f"{k} {v}" for k, v in data["by_sector"].items()),
             "by country: " + ", ".join(f"{k} {v}" for k, v in data["by_country"].items()),
             "needs named most often: " + ", ".join(f"{k} {v}" for k, v in data["needs"].items())
             + f" (and {data['needs_in_own_words']} in their own words)",
             "contacts: " + ", ".join(f"{k} {v}" for k, v in data["contacts"].items()),
             "calls: " + ", ".join(f"{k} {v}" for k, v in data["calls"].items())]
    return "\n".join(lines)
