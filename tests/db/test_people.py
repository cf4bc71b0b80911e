"""People, consent and roles against a real database."""

import asyncio

import pytest
from sqlalchemy import select

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.people.actor import Operator
from helpdesk_bot.people.models import Person, Role
from helpdesk_bot.people.service import RoleChangeError, TelegramProfile, language_from_code


def test_language_from_telegram_code() -> None:
    assert language_from_code("de", "en") == "de"
    assert language_from_code("pl-PL", "en") == "pl"
    assert language_from_code("fr", "en") == "en"
    assert language_from_code(None, "lt") == "lt"


async def test_first_contact_stores_only_id_and_language_until_consent(db_services: Services) -> None:
    profile = TelegramProfile(501, "Ana", "Novak", "ana_n", "sl")
    person = await db_services.people.ensure(profile)
    assert person.language == "sl" and person.first_name is None and not person.has_consented
    async with db_services.uow() as uow:
        row = (await uow.session.execute(select(Person).where(Person.telegram_id == 501))).scalar_one()
        assert row.first_name is None and row.username is None and row.last_name is None
    person = await db_services.people.accept_notice(profile)
    assert person.first_name == "Ana" and person.username == "ana_n" and person.has_consented
    assert not db_services.people.needs_consent(person)


async def test_concurrent_first_contact_creates_one_person(db_services: Services) -> None:
    results = await asyncio.gather(*(db_services.people.ensure(TelegramProfile(777)) for _ in range(10)))
    assert len({p.id for p in results}) == 1


async def test_country_sets_timezone_and_timezone_is_validated(db_services: Services) -> None:
    await db_services.people.ensure(TelegramProfile(502))
    person = await db_services.people.set_country(502, "LT")
    assert person.timezone == "Europe/Vilnius"
    person = await db_services.people.set_timezone(502, "Europe/London")
    assert person.timezone == "Europe/London"
    with pytest.raises(ValueError):
        await db_services.people.set_timezone(502, "Nowhere/City")
    with pytest.raises(ValueError):
        await db_services.people.set_country(502, "XX")


async def test_new_notice_version_requires_consent_again(db_services: Services) -> None:
    await db_services.people.ensure(TelegramProfile(503))
    person = await db_services.people.accept_notice(TelegramProfile(503))
    db_services.people.notice_version = "2099-01"
    assert db_services.people.needs_consent(person)


async def test_grant_and_revoke_roles(db_services: Services) -> None:
    await db_services.people.ensure(TelegramProfile(504))
    person = await db_services.people.grant(504, Role.ADVISOR, by=Operator(9000))
    assert person.is_advisor
    with pytest.raises(RoleChangeError) as err:
        await db_services.people.grant(504, Role.ADVISOR, by=Operator(9000))
    assert err.value.reason == "already_has_role"
    assert [p.telegram_id for p in await db_services.people.with_role(Role.ADVISOR)] == [504]
    person = await db_services.people.revoke(504, Role.ADVISOR, by=Operator(9000))
    assert not person.is_advisor
    with pytest.raises(RoleChangeError) as err:
        await db_services.people.grant(99999, Role.STAFF, by=Operator(9000))
    assert err.value.reason == "unknown_person"


async def test_configured_staff_cannot_be_revoked(db_services: Services) -> None:
    person = await db_services.people.ensure(TelegramProfile(9000))
    assert person.is_staff
    with pytest.raises(RoleChangeError) as err:
        await db_services.people.revoke(9000, Role.STAFF, by=Operator(1))
    assert err.value.reason == "configured_staff"


async def test_update_is_claimed_once(db_services: Services) -> None:
    async def claim() -> bool:
        async with db_services.uow() as uow:
            claimed = await db_services.interactions.claim_updates_in(uow.session, [42])
            await uow.commit()
        return 42 in claimed

    claims = await asyncio.gather(*(claim() for _ in range(5)))
    assert sorted(claims) == [False, False, False, False, True]
