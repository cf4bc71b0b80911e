"""The weekly digest end to end: subscribe in chat at an hour the spring clock change skips, get the digest
right after the gap through the outbox, nothing for a subscriber with no news, one-tap unsubscribe."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.catalogue.calls import CallInput
from helpdesk_bot.catalogue.models import DigestSubscription
from helpdesk_bot.catalogue.validation import ProfileInput
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.people.actor import Operator
from helpdesk_bot.people.models import Role
from tests.e2e.conftest import STAFF_ID, HarnessFactory

pytestmark = pytest.mark.e2e

MAKER = ProfileInput(display_name="Fala Ceramics", sectors=("ceramics",), country="PL", languages=("pl", "en"),
                     open_for_commissions=True, visibility="network")


def text_of(m: object) -> str:
    return getattr(m, "text", "") or ""


async def subscribe(h: object, user: object, weekday: int, hour: int) -> None:
    await user.send_command("digest")  # type: ignore[attr-defined]
    days = await h.expect_button(user, "dg:w:")  # type: ignore[attr-defined]
    await user.press(days, callback_data=f"dg:w:{weekday}")  # type: ignore[attr-defined]
    hours = await h.expect_button(user, f"dg:h:{weekday}:")  # type: ignore[attr-defined]
    await user.press(hours, callback_data=f"dg:h:{weekday}:{hour}")  # type: ignore[attr-defined]


async def test_digest_across_the_spring_clock_change(harness_factory: HarnessFactory) -> None:
    clock = ManualClock(datetime(2027, 3, 22, 12, 0, tzinfo=UTC))  # Monday before the change
    async with harness_factory(clock=clock) as h:
        maker = h.user(5101, "Ola")
        quiet = h.user(5102, "Jan")
        await h.onboard(maker, country="PL")
        await h.onboard(quiet, country="PL")
        await h.services.catalogue.profiles.save(None, 5101, MAKER, status="approved")

        await subscribe(h, maker, 6, 2)  # Sundays at 02:00 Warsaw time
        done = await h.expect(maker, lambda m: "subscribed to the weekly digest" in text_of(m))
        assert "every Sunday at 02:00 (Central European Time)" in text_of(done)
        assert "On Sun, 28 Mar 2027 the clocks go forward and 02:00 does not exist; that day the digest comes " \
               "at 03:00." in text_of(done)
        await subscribe(h, quiet, 6, 2)
        await h.expect(quiet, lambda m: "subscribed to the weekly digest" in text_of(m))

        # a call that matches the maker's profile, approved this week
        partner = await h.services.people.grant(5102, Role.PARTNER, by=Operator(STAFF_ID))
        call = await h.services.catalogue.calls.post(partner, CallInput(
            need="Tableware <for> a hotel", sectors=("ceramics",), deadline=date(2027, 5, 1)))
        await h.services.catalogue.calls.review(None, call.id, approve=True, notice=lambda v: {"key": "call-none"},
                                                poster_notice=lambda v, n: {"key": "call-none"})

        clock.set(datetime(2027, 3, 28, 0, 59, tzinfo=UTC))  # 01:59 winter time: not yet
        assert await h.services.catalogue.digest.send_due() == 0
        clock.set(datetime(2027, 3, 28, 1, 0, tzinfo=UTC))   # 03:00 summer time, right after the gap
        assert await h.services.catalogue.digest.send_due() == 1
        await h.services.dispatcher.wake()
        digest = await h.expect(maker, lambda m: "Your weekly digest" in text_of(m), timeout=10)
        assert "Cooperation calls that match your profile" in text_of(digest)
        assert "Tableware <for> a hotel" in text_of(digest)
        assert [b.value for b in digest.flat_buttons] == ["dg:u:1"]
        # the quiet subscriber had no news: nothing sent, but the next Sunday is planned
        async with h.services.uow() as uow:
            digests = (await uow.session.execute(select(OutboxMessage.recipient_telegram_id)
                                                 .where(OutboxMessage.dedup_key.like("digest:%")))).scalars().all()
            subs = {s.person_id: s.next_due_at for s in (await uow.session.execute(
                select(DigestSubscription))).scalars()}
        assert digests == [5101]
        assert set(subs.values()) == {datetime(2027, 4, 4, 0, 0, tzinfo=UTC)}  # 02:00 summer time
        assert await h.services.catalogue.digest.send_due() == 0  # nothing twice

        await maker.press(digest, callback_data="dg:u:1")
        await h.expect(maker, lambda m: "unsubscribed from the weekly digest" in text_of(m))
        person = await h.services.people.get(5101)
        assert person is not None and await h.services.catalogue.digest.plan(person) is None
