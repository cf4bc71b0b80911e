"""Personal data of the events domain: registrations and subscriptions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.events.models import Announcement, Event, EventRegistration, EventSubscription
from helpdesk_bot.events.service import EventService


class EventsPersonalData:
    """:class:`~helpdesk_bot.privacy.providers.PersonalDataProvider` for events.

    Export: registrations (with the event's title and time) and subscriptions. Erase: future
    registrations are cancelled (the waitlist moves up, their reminders stop), registration rows stay
    with the anonymised person row's id and the Telegram id replaced by ``-<person id>`` like the people
    row's (attendance counts stay), subscriptions are removed, and a staff member's id is removed from the
    events and announcements they created (their texts are the centre's publications and stay).
    The domain keeps no free text written by people, so nothing is purged for retention.
    """

    name = "events"

    def __init__(self, events: EventService) -> None:
        self._events = events

    async def export(self, session: AsyncSession, person_id: int, telegram_id: int) -> Any:
        """Registrations and subscriptions of the person."""
        rows = (
            await session.execute(
                select(EventRegistration, Event).join(Event, Event.id == EventRegistration.event_id)
                .where(EventRegistration.person_id == person_id).order_by(Event.starts_at)
            )
        ).all()
        subscriptions = (
            await session.execute(
                select(EventSubscription.scope, EventSubscription.value, EventSubscription.created_at)
                .where(EventSubscription.person_id == person_id)
            )
        ).all()
        return {
            "registrations": [
                {
                    "event_id": event.id,
                    "event": (event.texts.get(event.default_language) or {}).get("title"),
                    "starts_at": event.starts_at.isoformat(),
                    "status": reg.status,
                    "registered_at": reg.queued_at.isoformat(),
                    "attended": reg.attended,
                }
                for reg, event in rows
            ],
            "subscriptions": [
                {"scope": scope, "value": value, "since": created.isoformat()}
                for scope, value, created in subscriptions
            ],
        }

    async def erase(self, session: AsyncSession, person_id: int, telegram_id: int, now: datetime) -> None:
        """Cancel future registrations (promoting the waitlist) and remove the subscriptions."""
        await self._events.erase_person(session, person_id, now)
        await session.execute(delete(EventSubscription).where(EventSubscription.person_id == person_id))
        await session.execute(
            update(EventRegistration).where(EventRegistration.person_id == person_id).values(telegram_id=-person_id)
            .execution_options(synchronize_session=False))
        for model in (Event, Announcement):
            await session.execute(update(model).where(model.created_by == telegram_id).values(created_by=None)
                                  .execution_options(synchronize_session=False))

    async def purge_texts_before(self, session: AsyncSession, cutoff: datetime) -> int:
        """Nothing to purge: people write no free text here (staff announcements are not personal data)."""
        return 0
