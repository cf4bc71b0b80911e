"""Personal data of the catalogue: the person's profile and their contact requests."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.catalogue.models import (
    CallResponse,
    CatalogueProfile,
    ContactRequest,
    CooperationCall,
    DigestSubscription,
)
from helpdesk_bot.catalogue.service import delete_profile


class CataloguePersonalData:
    """:class:`~helpdesk_bot.privacy.providers.PersonalDataProvider` for the catalogue.

    Export: the profile (every field; photos as a count), the contact requests sent or received, the
    cooperation calls posted and answered. Calls and responses stay without the person's id.
    Erase: the profile is deleted (gone from the bot and the web at once); contact requests stay as
    anonymous rows (no ids, no message) so the contact indicators keep their totals.
    Retention: messages of contact requests older than the cutoff are blanked.
    """

    name = "catalogue"

    async def export(self, session: AsyncSession, person_id: int, telegram_id: int) -> Any:
        """The person's profile and contact requests."""
        profile = (await session.execute(
            select(CatalogueProfile).where(CatalogueProfile.telegram_id == telegram_id))).scalar_one_or_none()
        contacts = (await session.execute(
            select(ContactRequest).where(or_(ContactRequest.sender_telegram_id == telegram_id,
                                             ContactRequest.owner_telegram_id == telegram_id))
            .order_by(ContactRequest.id))).scalars().all()
        calls = (await session.execute(select(CooperationCall).where(
            CooperationCall.poster_telegram_id == telegram_id).order_by(CooperationCall.id))).scalars().all()
        responses = (await session.execute(select(CallResponse).where(
            CallResponse.responder_telegram_id == telegram_id).order_by(CallResponse.id))).scalars().all()
        digest = await session.get(DigestSubscription, person_id)
        return {
            "digest": {"weekday": digest.weekday, "hour": digest.hour} if digest is not None else None,
            "calls_posted": [{"id": c.id, "need": c.need, "status": c.status, "deadline": c.deadline.isoformat()}
                             for c in calls],
            "calls_answered": [{"call_id": r.call_id, "status": r.status, "at": r.created_at.isoformat()}
                               for r in responses],
            "profile": profile.as_dict() if profile is not None else None,
            "contact_requests": [
                {"id": c.id, "direction": "sent" if c.sender_telegram_id == telegram_id else "received",
                 "message": c.message, "status": c.status, "created_at": c.created_at.isoformat()}
                for c in contacts
            ],
        }

    async def erase(self, session: AsyncSession, person_id: int, telegram_id: int, now: datetime) -> None:
        """Delete the profile; strip the person from contact requests."""
        await delete_profile(session, telegram_id)
        await session.execute(delete(DigestSubscription).where(DigestSubscription.person_id == person_id))
        await session.execute(update(ContactRequest).where(ContactRequest.sender_telegram_id == telegram_id)
                              .values(sender_telegram_id=None, message=None))
        await session.execute(update(ContactRequest).where(ContactRequest.owner_telegram_id == telegram_id)
                              .values(owner_telegram_id=None, message=None))
        await session.execute(update(CooperationCall).where(CooperationCall.poster_telegram_id == telegram_id)
                              .values(poster_telegram_id=None))
        await session.execute(update(CallResponse).where(CallResponse.responder_telegram_id == telegram_id)
                              .values(responder_telegram_id=None))

    async def purge_texts_before(self, session: AsyncSession, cutoff: datetime) -> int:
        """Blank contact messages written before ``cutoff``."""
        result = await session.execute(update(ContactRequest).where(ContactRequest.created_at < cutoff,
                                                                    ContactRequest.message.is_not(None))
                                       .values(message=None))
        return int(getattr(result, "rowcount", 0) or 0)
