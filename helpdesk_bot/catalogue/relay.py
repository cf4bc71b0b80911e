"""Talking through the bot after a contact request was accepted.

Either person of an accepted contact may send the other a message through the bot, so neither has to
share a Telegram handle. Every message is checked against the database (the contact exists, is
accepted, the writer is one of its two people, the other one still exists), limited per writer and
contact per day, and queued to the other person through the outbox. The text itself is kept only in
the outbox row (delivered, then purged with the outbox); the count for the limit is read from there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.broadcasts.renderers import TRANSLATED
from helpdesk_bot.catalogue.contacts import ACCEPTED, MESSAGE_MAX
from helpdesk_bot.catalogue.models import CatalogueProfile, ContactRequest
from helpdesk_bot.catalogue.validation import ProfileError, clean_text
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.people.models import Person
from helpdesk_bot.people.service import PersonView


@dataclass(frozen=True)
class RelayPeer:
    """The other person of an accepted contact, and how each of the two knows the other (never a handle)."""

    contact_id: int
    telegram_id: int
    name: str
    writer_name: str


def _key_prefix(contact_id: int, writer_telegram_id: int) -> str:
    return f"contact:{contact_id}:relay:{writer_telegram_id}:"


class RelayService:
    """Messages between the two people of an accepted contact request."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox, *, per_day: int) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox
        self._per_day = per_day

    async def _peer(self, session: Any, writer: PersonView, contact_id: int) -> RelayPeer:
        contact = await session.get(ContactRequest, contact_id)
        if contact is None or contact.status != ACCEPTED or contact.sender_telegram_id is None \
                or contact.owner_telegram_id is None \
                or writer.telegram_id not in (contact.sender_telegram_id, contact.owner_telegram_id):
            raise ProfileError("relay-not-allowed")
        profile = await session.get(CatalogueProfile, contact.profile_id) if contact.profile_id else None
        sender = (await session.execute(select(Person).where(
            Person.telegram_id == contact.sender_telegram_id))).scalar_one_or_none()
        profile_name = profile.display_name if profile is not None else ""
        sender_name = (sender.first_name or "—") if sender is not None else ""
        if not profile_name or not sender_name:  # one of the two left the network (/forget)
            raise ProfileError("relay-not-allowed")
        if writer.telegram_id == contact.sender_telegram_id:
            return RelayPeer(contact.id, int(contact.owner_telegram_id), profile_name, sender_name)
        return RelayPeer(contact.id, int(contact.sender_telegram_id), sender_name, profile_name)

    async def peer(self, writer: PersonView, contact_id: int) -> RelayPeer:
        """Whom ``writer`` would write to through ``contact_id``; ``ProfileError('relay-not-allowed')`` else."""
        async with self._uow() as uow:
            return await self._peer(uow.session, writer, contact_id)

    async def send(self, writer: PersonView, contact_id: int, text: str, message_ref: str, *,
                   payload: Callable[[RelayPeer, str], dict[str, Any]]) -> RelayPeer:
        """Queue ``text`` to the other person (``payload`` builds the outbox payload from the peer and the
        text). ``message_ref`` (the Telegram message id) makes a retried update a no-op. Raises
        ``relay-not-allowed``, ``contact-message-invalid`` or ``relay-rate-limited``."""
        body = clean_text(text, MESSAGE_MAX, "contact-message-invalid", required=True) or ""
        async with self._uow() as uow:
            session = uow.session
            peer = await self._peer(session, writer, contact_id)
            prefix = _key_prefix(contact_id, writer.telegram_id)
            since = self._clock.now() - timedelta(days=1)
            sent = (await session.execute(select(func.count()).select_from(OutboxMessage).where(
                OutboxMessage.dedup_key.startswith(prefix), OutboxMessage.created_at >= since))).scalar_one()
            if int(sent) >= self._per_day:
                raise ProfileError("relay-rate-limited")
            await self._outbox.add(session, [OutgoingMessage(peer.telegram_id, TRANSLATED, prefix + message_ref,
                                                             args=payload(peer, body))])
            await uow.commit()
            return peer
