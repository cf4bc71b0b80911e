"""Catalogue use cases on SQLite and PostgreSQL: import/export, moderation, pause, search, privacy."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.catalogue.cli import import_file
from helpdesk_bot.catalogue.importer import ImportProblem, read_catalogue_file, to_csv, to_xlsx
from helpdesk_bot.catalogue.search import SearchFilters
from helpdesk_bot.catalogue.validation import ProfileError, ProfileInput
from helpdesk_bot.people.service import PersonView, TelegramProfile
from tests.conftest import PROJECT_ROOT

SAMPLE = PROJECT_ROOT / "catalogue.sample.yaml"


def person(telegram_id: int, *, staff: bool = False) -> PersonView:
    return PersonView(id=telegram_id, telegram_id=telegram_id, actor_ref=f"a{telegram_id}", language="en",
                      country="PL", timezone="Europe/Warsaw", first_name="X", username=None, consent_version="1",
                      roles=frozenset({"staff"}) if staff else frozenset(), is_active=True, share_handle=False)


STAFF = person(9000, staff=True)
OWNER = person(501)

DRAFT = ProfileInput(display_name="Studio <b>Fala</b>", sectors=("ceramics",), country="PL", languages=("pl", "en"),
                     offer={"pl": "Ceramika użytkowa"}, city="Sopot", visibility="public",
                     links=("https://example.org/fala",), open_for_commissions=True)


async def test_sample_catalogue_imports_and_exports(db_services: Services, tmp_path: Path) -> None:
    items = read_catalogue_file(SAMPLE)
    assert len(items) >= 12
    assert {i.data.country for i in items} == {"PL", "CZ", "SI", "DE", "LT", "SE"}
    assert {lang for i in items for lang in i.data.languages} == {"pl", "cs", "sl", "de", "lt", "sv", "en"}
    assert await import_file(db_services, SAMPLE) == 0
    views = await db_services.catalogue.profiles.all_profiles()
    assert len(views) == len(items) and all(v.on_web for v in views)
    # a second import updates by telegram_id, it does not duplicate
    results = await db_services.catalogue.profiles.import_profiles(items[:2])
    assert [action for _v, action in results] == ["updated", "updated"]
    assert len(await db_services.catalogue.profiles.all_profiles()) == len(items)
    csv_text = to_csv(views)
    assert csv_text.count("\n") == len(items) + 1 and "pracownia-ceramiki-fala" in csv_text
    to_xlsx(views, tmp_path / "c.xlsx")
    from openpyxl import load_workbook
    assert load_workbook(tmp_path / "c.xlsx").active.max_row == len(items) + 1  # type: ignore[union-attr]


async def test_an_import_with_one_bad_profile_imports_nothing(db_services: Services, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(SAMPLE.read_text(encoding="utf-8").replace("https://example.org/lederwerk",
                                                                "http://example.org/lederwerk"), encoding="utf-8")
    with pytest.raises(ImportProblem) as err:
        read_catalogue_file(bad)
    assert any("link-not-https" in line for line in err.value.problems)
    assert await import_file(db_services, bad) == 1
    assert await db_services.catalogue.profiles.all_profiles() == []


async def test_owner_edits_wait_for_moderation(db_services: Services) -> None:
    profiles = db_services.catalogue.profiles
    search = db_services.catalogue.search
    view = await profiles.save(OWNER, OWNER.telegram_id, DRAFT)
    assert view.status == "pending" and view.slug == "studio-b-fala-b" and view.display_name == "Studio <b>Fala</b>"
    assert (await search.search("fala")).total == 0
    with pytest.raises(ProfileError, match="forbidden"):
        await profiles.review(OWNER, view.id, approve=True)
    with pytest.raises(ProfileError, match="forbidden"):
        await profiles.save(person(502), OWNER.telegram_id, DRAFT)
    assert [v.id for v in await profiles.moderation_queue(STAFF)] == [view.id]
    approved = await profiles.review(STAFF, view.id, approve=True)
    assert approved.on_web and (await search.search("fala")).items[0].id == view.id
    assert await profiles.public_by_slug(view.slug) is not None
    # an edit goes back to the queue and leaves the catalogue until approved again
    edited = await profiles.save(OWNER, OWNER.telegram_id, replace(DRAFT, city="Gdynia"))
    assert edited.status == "pending" and edited.slug == view.slug
    assert (await search.search("fala")).total == 0 and await profiles.public_by_slug(view.slug) is None
    await profiles.review(STAFF, view.id, approve=True)
    # pause and resume
    paused = await profiles.set_paused(OWNER, OWNER.telegram_id, True)
    assert paused.status == "paused" and (await search.search("fala")).total == 0
    with pytest.raises(ProfileError, match="already-paused"):
        await profiles.set_paused(OWNER, OWNER.telegram_id, True)
    assert (await profiles.set_paused(OWNER, OWNER.telegram_id, False)).status == "approved"
    assert (await search.search("fala")).total == 1
    assert await profiles.delete(OWNER, OWNER.telegram_id) is True
    assert (await search.search("fala")).total == 0 and await profiles.for_owner(OWNER.telegram_id) is None


async def test_slugs_never_collide(db_services: Services) -> None:
    profiles = db_services.catalogue.profiles
    first = await profiles.save(STAFF, 601, DRAFT)
    second = await profiles.save(STAFF, 602, DRAFT)
    assert (first.slug, second.slug) == ("studio-b-fala-b", "studio-b-fala-b-2")
    with pytest.raises(ProfileError, match="slug-taken"):
        await profiles.save(STAFF, 603, replace(DRAFT, slug=first.slug))
    assert await profiles.for_owner(603) is None  # nothing half-saved


async def test_network_profiles_stay_off_the_web(db_services: Services) -> None:
    profiles, search = db_services.catalogue.profiles, db_services.catalogue.search
    view = await profiles.save(STAFF, 701, replace(DRAFT, visibility="network"), status="approved")
    hidden = await profiles.save(STAFF, 702, replace(DRAFT, display_name="Hidden Fala", visibility="hidden"),
                                 status="approved")
    assert (await search.search("fala", audience="web")).total == 0
    network = await search.search("fala", audience="network")
    assert [v.id for v in network.items] == [view.id] and hidden.id not in [v.id for v in network.items]
    assert await profiles.public_by_slug(view.slug) is None


async def test_search_tolerates_typos_diacritics_and_languages(db_services: Services) -> None:
    assert await import_file(db_services, SAMPLE) == 0
    search = db_services.catalogue.search

    async def names(text: str, lang: str = "en", **filters: object) -> list[str]:
        page = await search.search(text, SearchFilters(**filters), lang=lang, page_size=50)  # type: ignore[arg-type]
        return [v.display_name for v in page.items]

    assert (await names("ceramika Gdańsk", "pl"))[0] == "Pracownia Ceramiki Fala"
    assert (await names("ceramika gdansk", "pl"))[0] == "Pracownia Ceramiki Fala"
    assert set(await names("ceramcs")) == {"Pracownia Ceramiki Fala", "Hantverkshuset Ystad"}  # typo
    assert set(await names("Keramik", "de")) == {"Pracownia Ceramiki Fala", "Hantverkshuset Ystad"}
    assert "Sklářská dílna Jizera" in await names("sklo", "cs")
    assert "Sklářská dílna Jizera" in await names("sklarska", "cs")
    assert await names("keramika Švedija", "lt") == ["Hantverkshuset Ystad"]
    assert "Austėja Linen Studio" in await names("tekstilė", "lt")
    assert await names("", country="SE") == ["Elin Berg Illustration", "Hantverkshuset Ystad"]
    assert "Petra Nováková Design" not in await names("", open_only=True)
    assert all("lt" in v.languages for v in (await search.search("", SearchFilters(language="lt"))).items)
    assert await names("zzzzqqq") == []
    first = await search.search("", page=1, page_size=5)
    last = await search.search("", page=99, page_size=5)
    assert first.total == 14 and first.pages == 3 and last.page == 3 and len(last.items) == 4


async def test_mydata_and_forget_cover_the_profile(db_services: Services) -> None:
    await db_services.people.ensure(TelegramProfile(501, "Ola", None, "ola", "pl"))
    await db_services.catalogue.profiles.save(STAFF, 501, DRAFT, status="approved")
    exported = await db_services.privacy.export(501)
    assert exported is not None
    catalogue = exported["catalogue"] if "catalogue" in exported else exported["domains"]["catalogue"]
    assert catalogue["profile"]["display_name"] == "Studio <b>Fala</b>"
    await db_services.privacy.erase(501)
    assert await db_services.catalogue.profiles.for_owner(501) is None
    assert (await db_services.catalogue.search.search("fala")).total == 0


async def test_contact_requests_are_limited_and_answered_once(db_services: Services) -> None:
    from helpdesk_bot.catalogue.contacts import ContactService

    profiles = db_services.catalogue.profiles
    contacts = ContactService(db_services.uow, db_services.clock, db_services.outbox, per_day=2)
    for n in range(3):
        await profiles.save(STAFF, 900 + n, replace(DRAFT, display_name=f"Maker {n}"), status="approved")
    hidden = await profiles.save(STAFF, 910, replace(DRAFT, display_name="Hidden", visibility="hidden"),
                                 status="approved")
    paused = await profiles.save(STAFF, 911, replace(DRAFT, display_name="Paused"), status="paused")
    sender = replace(person(950), country="DE")
    ids = [v.id for v in await profiles.all_profiles()]

    def payload(contact_id: int) -> dict[str, object]:
        return {"key": "catalogue-contact-incoming", "args": {"id": contact_id}}

    for target in (hidden.id, paused.id):
        with pytest.raises(ProfileError, match="contact-unavailable"):
            await contacts.request(sender, target, "hi", owner_payload=payload)
    with pytest.raises(ProfileError, match="contact-message-invalid"):
        await contacts.request(sender, ids[0], "   ", owner_payload=payload)
    with pytest.raises(ProfileError, match="contact-self"):
        await contacts.request(person(900), ids[0], "me", owner_payload=payload)
    first = await contacts.request(sender, ids[0], "hello", owner_payload=payload)
    assert first.cross_border and first.owner_telegram_id == 900
    with pytest.raises(ProfileError, match="contact-pending"):
        await contacts.request(sender, ids[0], "again", owner_payload=payload)
    await contacts.request(sender, ids[1], "hello", owner_payload=payload)
    with pytest.raises(ProfileError, match="contact-rate-limited"):
        await contacts.request(sender, ids[2], "hello", owner_payload=payload)
    with pytest.raises(ProfileError, match="contact-not-found"):  # only the owner answers
        await contacts.answer(person(901), first.id, accept=True, sender_payload=lambda v, p: {})
    view, party = await contacts.answer(person(900), first.id, accept=True, sender_payload=lambda v, p: {"k": 1})
    assert view.status == "accepted" and party is not None and party.telegram_id == 950
    with pytest.raises(ProfileError, match="contact-answered"):
        await contacts.answer(person(900), first.id, accept=False, sender_payload=lambda v, p: {})
    assert await contacts.counts() == {"requested": 2, "accepted": 1, "cross_border": 2}
    db_services.clock.advance(timedelta(days=1, minutes=1))  # type: ignore[attr-defined]
    await contacts.request(sender, ids[2], "a day later", owner_payload=payload)


async def test_a_review_tells_the_owner_once_through_the_outbox_in_the_decision_transaction(
        db_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import select

    from helpdesk_bot.broadcasts.models import OutboxMessage
    from helpdesk_bot.catalogue import service as catalogue_service

    async def queued() -> list[tuple[int, str, dict[str, object]]]:
        async with db_services.uow() as uow:
            rows = await uow.session.execute(select(OutboxMessage).order_by(OutboxMessage.id))
            return [(m.recipient_telegram_id, m.kind, m.payload) for m in rows.scalars()]

    woken: list[int] = []
    db_services.outbox.wake_after_commit(lambda: woken.append(1))
    profiles = db_services.catalogue.profiles
    view = await profiles.save(OWNER, OWNER.telegram_id, DRAFT)
    with pytest.raises(ProfileError, match="forbidden"):
        await profiles.review(OWNER, view.id, approve=True)

    async def broken(_session: object) -> None:
        raise RuntimeError("the decision's transaction fails after the notice was enqueued")

    monkeypatch.setattr(catalogue_service, "bump_generation", broken)
    with pytest.raises(RuntimeError):
        await profiles.review(STAFF, view.id, approve=False)
    monkeypatch.undo()
    assert await queued() == [] and woken == [] and (await profiles.get(view.id)).status == "pending"  # type: ignore[union-attr]

    await profiles.review(STAFF, view.id, approve=False)
    with pytest.raises(ProfileError, match="not-pending"):
        await profiles.review(STAFF, view.id, approve=True)
    sent_back = {"key": "catalogue-sent-back", "args": {"name": DRAFT.display_name}}
    assert await queued() == [(OWNER.telegram_id, "translated", sent_back)] and woken == [1]
    await profiles.save(OWNER, OWNER.telegram_id, DRAFT)
    db_services.clock.advance(timedelta(minutes=1))  # type: ignore[attr-defined]
    await profiles.review(None, view.id, approve=True)  # the command line moderates too
    approved = {"key": "catalogue-approved", "args": {"name": DRAFT.display_name}}
    assert [payload for _r, _k, payload in await queued()] == [sent_back, approved] and woken == [1, 1]
