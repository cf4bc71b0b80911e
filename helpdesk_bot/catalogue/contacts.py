"""Contact requests: a person writes to a profile's owner through the bot; the owner accepts or declines.

Nothing identifying is passed on without consent: the owner first sees only the sender's first name
and message; accepting shares both Telegram handles (the sender agreed to that by sending the
request, which the prompt says), declining shares nothing. Requests are refused to profiles that are
not approved in the network (hidden, paused, pending) and limited per sender per day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.broadcasts.renderers import TRANSLATED
from helpdesk_bot.catalogue.models import CatalogueProfile, ContactRequest
from helpdesk_bot.catalogue.renderers import MENTION
from helpdesk_bot.catalogue.validation import ProfileError, clean_text
from helpdesk_bot.catalogue.views import profile_view
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.models import Person
from helpdesk_bot.people.service import PersonView

MESSAGE_MAX = 1000
PENDING, ACCEPTED, DECLINED = "pending", "accepted", "declined"
Payload = Callable[[int], dict[str, Any]]
"""Builds the outbox payload (text key, arguments, buttons) for a contact request id."""


@dataclass(frozen=True)
class ContactView:
    """A contact request as the adapters see it."""

    id: int
    profile_id: int | None
    profile_name: str
    sender_telegram_id: int | None
    owner_telegram_id: int | None
    status: str
    cross_border: bool


@dataclass(frozen=True)
class Party:
    """How one side of an accepted request is named to the other (handle or name with a mention link)."""

    telegram_id: int
    name: str
    username: str | None


class ContactService:
    """Send, accept and decline contact requests."""

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox, *, per_day: int) -> None:
        self._uow = uow
        self._clock = clock
        self._outbox = outbox
        self._per_day = per_day

    async def request(self, sender: PersonView, profile_id: int, message: str, *,
                      owner_payload: Payload) -> ContactView:
        """Record a request to the owner of ``profile_id`` and queue their notification (one transaction)."""
        text = clean_text(message, MESSAGE_MAX, "contact-message-invalid", required=True)
        async with self._uow() as uow:
            session = uow.session
            row = await session.get(CatalogueProfile, profile_id)
            if row is None or not profile_view(row).in_network:
                raise ProfileError("contact-unavailable")
            if row.telegram_id == sender.telegram_id:
                raise ProfileError("contact-self")
            now = self._clock.now()
            sent_today = (await session.execute(
                select(func.count()).select_from(ContactRequest).where(
                    ContactRequest.sender_telegram_id == sender.telegram_id,
                    ContactRequest.created_at > now - timedelta(days=1)))).scalar_one()
            if sent_today >= self._per_day:
                raise ProfileError("contact-rate-limited")
            waiting = (await session.execute(
                select(ContactRequest.id).where(ContactRequest.sender_telegram_id == sender.telegram_id,
                                                ContactRequest.profile_id == profile_id,
                                                ContactRequest.status == PENDING))).first()
            if waiting is not None:
                raise ProfileError("contact-pending")
            contact = ContactRequest(profile_id=profile_id, sender_telegram_id=sender.telegram_id,
                                     owner_telegram_id=row.telegram_id, message=text, status=PENDING,
                                     cross_border=bool(sender.country and sender.country != row.country),
                                     created_at=now)
            session.add(contact)
            await session.flush()
            await self._outbox.add(session, [OutgoingMessage(row.telegram_id, TRANSLATED, f"contact:{contact.id}:new",
                                                             args=owner_payload(contact.id))])
            view = _view(contact, row.display_name)
            await uow.commit()
            return view

    async def answer(self, owner: PersonView, contact_id: int, *, accept: bool,
                     sender_payload: Callable[[ContactView, Party], dict[str, Any]],
                     share_handles: bool = True) -> tuple[ContactView, Party | None]:
        """The owner accepts (both handles shared, or with ``share_handles=False`` talking only through the
        bot) or declines; the sender is told through the outbox.

        Returns the request and, when accepted with handles, how the sender is named to the owner."""
        async with self._uow() as uow:
            session = uow.session
            contact = await session.get(ContactRequest, contact_id, with_for_update=True)
            if contact is None or contact.owner_telegram_id != owner.telegram_id:
                raise ProfileError("contact-not-found")
            if contact.status != PENDING or contact.sender_telegram_id is None:
                raise ProfileError("contact-answered")
            profile = await session.get(CatalogueProfile, contact.profile_id) if contact.profile_id else None
            contact.status = ACCEPTED if accept else DECLINED
            contact.share_handles = accept and share_handles
            contact.answered_at = self._clock.now()
            sender = (await session.execute(
                select(Person).where(Person.telegram_id == contact.sender_telegram_id))).scalar_one_or_none()
            sender_party = Party(contact.sender_telegram_id, (sender.first_name if sender else None) or "",
                                 sender.username if sender else None) if contact.share_handles else None
            owner_party = Party(owner.telegram_id, profile.display_name if profile else owner.display_name(),
                                owner.username)
            view = _view(contact, profile.display_name if profile else "")
            # the fact the indicators count, written with the decision (not by the adapter)
            session.add(Interaction(
                occurred_at=contact.answered_at, kind=kinds.CATALOGUE_CONTACT_ANSWER,
                outcome=("accepted_cross_border" if contact.cross_border else "accepted") if accept else "declined",
                actor_ref=owner.actor_ref, person_id=owner.id, language=owner.language, country=owner.country,
                subject=f"contact:{contact.id}"))
            payload = sender_payload(view, owner_party)
            kind = MENTION if "mention" in payload else TRANSLATED
            await self._outbox.add(session, [OutgoingMessage(contact.sender_telegram_id, kind,
                                                             f"contact:{contact.id}:answer", args=payload)])
            await uow.commit()
            return view, sender_party

    async def counts(self) -> dict[str, int]:
        """Contact requests made, accepted and across borders (for the staff's overview)."""
        async with self._uow() as uow:
            total, accepted, cross = (await uow.session.execute(select(
                func.count(), func.count().filter(ContactRequest.status == ACCEPTED),
                func.count().filter(ContactRequest.cross_border.is_(True))))).one()
            return {"requested": int(total), "accepted": int(accepted), "cross_border": int(cross)}


def _view(contact: ContactRequest, profile_name: str) -> ContactView:
    return ContactView(id=contact.id, profile_id=contact.profile_id, profile_name=profile_name,
                       sender_telegram_id=contact.sender_telegram_id, owner_telegram_id=contact.owner_telegram_id,
                       status=contact.status, cross_border=contact.cross_border)
