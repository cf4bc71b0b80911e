"""The relay use case on SQLite and PostgreSQL: only the two people of an accepted contact, limited, idempotent."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.catalogue.contacts import ContactService
from helpdesk_bot.catalogue.relay import RelayPeer, RelayService
from helpdesk_bot.catalogue.validation import ProfileError
from helpdesk_bot.people.service import TelegramProfile
from tests.db.test_catalogue import DRAFT, STAFF, person


def payload(peer: RelayPeer, text: str) -> dict[str, object]:
    return {"key": "catalogue-relay-incoming", "args": {"name": peer.writer_name, "message": text}}


async def _relayed(services: Services, contact_id: int) -> int:
    async with services.uow() as unit:
        return int((await unit.session.execute(select(func.count()).select_from(OutboxMessage).where(
            OutboxMessage.dedup_key.like(f"contact:{contact_id}:relay:%")))).scalar_one())


async def test_only_the_two_people_of_an_accepted_contact_write(db_services: Services) -> None:
    profiles = db_services.catalogue.profiles
    contacts = ContactService(db_services.uow, db_services.clock, db_services.outbox, per_day=5)
    relay = RelayService(db_services.uow, db_services.clock, db_services.outbox, per_day=2)
    jonas = TelegramProfile(950, "Jonas", None, "jonas_de", "en")
    await db_services.people.ensure(jonas)
    await db_services.people.accept_notice(jonas)
    view = await profiles.save(STAFF, 900, DRAFT, status="approved")
    other = await profiles.save(STAFF, 901, replace(DRAFT, display_name="Other"), status="approved")
    sender, owner, stranger = replace(person(950), country="DE"), person(900), person(977)
    first = await contacts.request(sender, view.id, "hello", owner_payload=lambda i: {"key": "x", "args": {}})
    declined = await contacts.request(sender, other.id, "hi", owner_payload=lambda i: {"key": "x", "args": {}})
    with pytest.raises(ProfileError, match="relay-not-allowed"):  # still pending
        await relay.send(sender, first.id, "hi", "1", payload=payload)
    await contacts.answer(owner, first.id, accept=True, share_handles=False,
                          sender_payload=lambda v, p: {"key": "x", "args": {}})
    await contacts.answer(person(901), declined.id, accept=False, sender_payload=lambda v, p: {"key": "x", "args": {}})
    for who, contact_id in ((stranger, first.id), (sender, declined.id), (sender, 424242)):
        with pytest.raises(ProfileError, match="relay-not-allowed"):
            await relay.peer(who, contact_id)
    peer = await relay.peer(sender, first.id)
    assert (peer.telegram_id, peer.name, peer.writer_name) == (900, DRAFT.display_name, "Jonas")
    back = await relay.peer(owner, first.id)
    assert (back.telegram_id, back.name, back.writer_name) == (950, "Jonas", DRAFT.display_name)
    with pytest.raises(ProfileError, match="contact-message-invalid"):
        await relay.send(sender, first.id, "   ", "2", payload=payload)
    await relay.send(sender, first.id, "one", "3", payload=payload)
    await relay.send(sender, first.id, "one again (the same update retried)", "3", payload=payload)
    await relay.send(sender, first.id, "two", "4", payload=payload)
    with pytest.raises(ProfileError, match="relay-rate-limited"):
        await relay.send(sender, first.id, "three", "5", payload=payload)
    await relay.send(owner, first.id, "the owner has a limit of their own", "6", payload=payload)
    assert await _relayed(db_services, first.id) == 3
    db_services.clock.advance(timedelta(days=1, minutes=1))  # type: ignore[attr-defined]
    await relay.send(sender, first.id, "a day later", "7", payload=payload)
    # the owner leaves the network: nothing more goes through
    async with db_services.uow() as unit:
        await db_services.catalogue.personal_data.erase(unit.session, 900, 900, db_services.clock.now())
        await unit.commit()
    with pytest.raises(ProfileError, match="relay-not-allowed"):
        await relay.send(sender, first.id, "still there?", "8", payload=payload)
