"""The contract every domain that stores personal data implements.

Each domain adds one provider to ``Services.personal_data`` in :func:`helpdesk_bot.bootstrap.build_services`.
The privacy service calls all of them inside one transaction:

* ``export``: everything the domain stores about the person, as JSON-serialisable data;
* ``erase``: remove the person's personal data (names, free texts, descriptions, comments), cancel
  their future bookings/registrations (and the outbox messages that go with them), keep anonymous
  rows so indicator totals do not change;
* ``purge_texts_before``: retention: blank free texts (questions, descriptions, comments) written
  before ``cutoff``, returning how many were blanked; counts and interaction rows stay.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession


class PersonalDataProvider(Protocol):
    """Export, erase and purge one domain's personal data."""

    name: str

    async def export(self, session: AsyncSession, person_id: int, telegram_id: int) -> Any:
        """The person's data in this domain (JSON-serialisable)."""
        ...

    async def erase(self, session: AsyncSession, person_id: int, telegram_id: int, now: datetime) -> None:
        """Erase the person's personal data and cancel what lies ahead for them."""
        ...

    async def purge_texts_before(self, session: AsyncSession, cutoff: datetime) -> int:
        """Blank free texts older than ``cutoff``; returns how many."""
        ...
