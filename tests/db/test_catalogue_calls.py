"""Cooperation calls on SQLite and PostgreSQL: who may post, matching, the poster told, interest relayed."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.catalogue.calls import CallInput, matches, validate_call
from helpdesk_bot.catalogue.validation import ProfileError
from helpdesk_bot.catalogue.views import ProfileView
from helpdesk_bot.people.service import TelegramProfile
from tests.db.test_catalogue import DRAFT, STAFF, person

PARTNER = replace(person(4001), roles=frozenset({"partner"}))
TODAY = date(2026, 11, 23)


def call(**changes: object) -> CallInput:
    values: dict[str, object] = {"need": "Ceramic tableware for our hotel", "sectors": ("ceramics",),
                                 "deadline": TODAY + timedelta(days=30), "countries": ("PL",),
                                 "languages": ("en",), "budget_min": 1000, "budget_max": 5000}
    values.update(changes)
    return CallInput(**values)  # type: ignore[arg-type]


def test_call_input_rules() -> None:
    for changes, reason in (({"need": " "}, "call-need-invalid"), ({"sectors": ()}, "call-sectors-invalid"),
                            ({"sectors": ("pottery",)}, "call-sectors-invalid"),
                            ({"countries": ("FR",)}, "call-filters-invalid"),
                            ({"deadline": TODAY}, "call-deadline-past"),
                            ({"budget_min": 9000, "budget_max": 10}, "call-budget-invalid"),
                            ({"budget_min": -5}, "call-budget-invalid")):
        with pytest.raises(ProfileError) as err:
            validate_call(call(**changes), TODAY)
        assert err.value.reason == reason


async def _outbox(services: Services) -> list[OutboxMessage]:
    async with services.uow() as uow:
        return list((await uow.session.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars())


async def test_a_call_reaches_matching_profiles_only(db_services: Services) -> None:
    profiles, calls = db_services.catalogue.profiles, db_services.catalogue.calls
    base = replace(DRAFT, languages=("pl", "en"), open_for_commissions=True, visibility="network")
    await profiles.save(STAFF, 501, base, status="approved")                                        # matches
    await profiles.save(STAFF, 502, replace(base, display_name="B", country="SE"), status="approved")  # country
    await profiles.save(STAFF, 503, replace(base, display_name="C", sectors=("glass",)), status="approved")
    await profiles.save(STAFF, 504, replace(base, display_name="D", languages=("pl",)), status="approved")
    await profiles.save(STAFF, 505, replace(base, display_name="E", open_for_commissions=False), status="approved")
    await profiles.save(STAFF, 506, replace(base, display_name="F"), status="paused")
    await profiles.save(STAFF, 507, replace(base, display_name="G", visibility="hidden"), status="approved")
    with pytest.raises(ProfileError, match="forbidden"):
        await calls.post(person(600), call())
    posted = await calls.post(PARTNER, call())
    assert posted.status == "pending"
    with pytest.raises(ProfileError, match="forbidden"):
        await calls.review(PARTNER, posted.id, approve=True, notice=lambda v: {}, poster_notice=lambda v, n: {})
    approved = await calls.review(STAFF, posted.id, approve=True, notice=lambda v: {"key": "notice", "id": v.id},
                                  poster_notice=lambda v, n: {"key": "poster", "n": n})
    assert approved.status == "approved" and approved.notified == 1
    sent = await _outbox(db_services)
    assert sorted(m.recipient_telegram_id for m in sent) == [501, PARTNER.telegram_id]
    assert next(m for m in sent if m.recipient_telegram_id == PARTNER.telegram_id).payload == {"key": "poster", "n": 1}
    # across borders: the Swedish profile matches too
    across = await calls.post(PARTNER, call(cross_border=True))
    assert (await calls.review(STAFF, across.id, approve=True, notice=lambda v: {},
                               poster_notice=lambda v, n: {})).notified == 2
    # nobody matches: the poster is told 0
    nobody = await calls.post(PARTNER, call(sectors=("music",)))
    reviewed = await calls.review(STAFF, nobody.id, approve=True, notice=lambda v: {},
                                  poster_notice=lambda v, n: {"key": "poster", "n": n})
    assert reviewed.notified == 0
    assert (await _outbox(db_services))[-1].payload == {"key": "poster", "n": 0}
    with pytest.raises(ProfileError, match="call-not-pending"):
        await calls.review(STAFF, nobody.id, approve=True, notice=lambda v: {}, poster_notice=lambda v, n: {})

    # interest relays the profile; once per person; the poster marks an agreement
    maker = person(501)
    await calls.interested(maker, posted.id, poster_notice=lambda c, p, r: {"key": "interest", "profile": p.display_name,
                                                                            "response": r})
    relay = (await _outbox(db_services))[-1]
    assert relay.recipient_telegram_id == PARTNER.telegram_id and relay.payload["profile"] == DRAFT.display_name
    with pytest.raises(ProfileError, match="call-already-interested"):
        await calls.interested(maker, posted.id, poster_notice=lambda c, p, r: {})
    with pytest.raises(ProfileError, match="call-no-profile"):
        await calls.interested(person(599), posted.id, poster_notice=lambda c, p, r: {})
    with pytest.raises(ProfileError, match="call-not-found"):
        await calls.agree(person(599), relay.payload["response"])
    agreed = await calls.agree(PARTNER, relay.payload["response"])
    assert agreed.id == posted.id
    overview = {c.id: c for c in await calls.overview(STAFF)}
    assert (overview[posted.id].responses, overview[posted.id].agreed) == (1, 1)
    assert overview[nobody.id].notified == 0
    # erasure keeps the call and the response without the ids
    await db_services.people.ensure(TelegramProfile(4001, "Lena", None, None, "de"))
    await db_services.privacy.erase(4001)
    assert (await calls.get(posted.id)).poster_telegram_id is None  # type: ignore[union-attr]


def test_matching_rules() -> None:
    profile = ProfileView(id=1, telegram_id=1, slug="a", display_name="A", sectors=("ceramics", "glass"), offer={},
                          skills=(), city=None, region=None, country="LT", languages=("lt", "en"), links=(),
                          photos=(), open_for_commissions=True, visibility="public", needs=(), needs_text=None,
                          status="approved", updated_at=datetime(2026, 11, 1, tzinfo=UTC))
    assert not matches(call(), profile)                        # Poland only
    assert matches(call(countries=()), profile)                 # any country
    assert matches(call(cross_border=True), profile)            # open across borders
    assert not matches(call(countries=(), languages=("de",)), profile)
    assert not matches(call(countries=(), sectors=("wood",)), profile)
    assert not matches(call(countries=()), replace(profile, status="paused"))
