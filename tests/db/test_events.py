"""Events on a real database (SQLite, and PostgreSQL when configured): capacity under concurrency,
waitlist promotion, reminders, changes, attendance, subscriptions, announcements, privacy, import."""

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from helpdesk_bot.bootstrap import Services, build_services
from helpdesk_bot.broadcasts.models import Broadcast, OutboxMessage
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.events.importer import ImportProblem, parse_events, read_events_file
from helpdesk_bot.events.service import EVENT_ANNOUNCE, EVENT_NOTICE, EventError
from helpdesk_bot.events.views import Audience, EventDraft
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.actor import CLI, Forbidden, Operator
from helpdesk_bot.people.service import PersonView, TelegramProfile
from tests.conftest import PROJECT_ROOT, make_settings


def draft(clock: ManualClock, **overrides: object) -> EventDraft:
    start = clock.now() + timedelta(days=5)
    values: dict[str, object] = dict(
        kind="workshop", texts={"en": {"title": "Pricing", "description": "How to price"},
                                "pl": {"title": "Wycena", "description": "Jak wyceniać"}},
        default_language="en", starts_at=start, ends_at=start + timedelta(hours=3), timezone="Europe/Warsaw",
        venue="Kraków", topics=("sales-marketing",), registration_mode="bot", capacity=2,
    )
    values.update(overrides)
    return EventDraft(**values)  # type: ignore[arg-type]


async def person(services: Services, telegram_id: int, *, country: str = "PL", language: str = "en") -> PersonView:
    profile = TelegramProfile(telegram_id, f"P{telegram_id}", None, None, language)
    await services.people.ensure(profile)
    await services.people.accept_notice(profile)
    return await services.people.set_country(telegram_id, country)


async def outbox_rows(services: Services, kind: str | None = None) -> list[OutboxMessage]:
    async with services.uow() as uow:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        if kind:
            query = query.where(OutboxMessage.kind == kind)
        return list((await uow.session.execute(query)).scalars())


async def test_capacity_waitlist_promotion_and_reminders(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    catalog = db_services.events.catalog
    event = await catalog.create(draft(clock), created_by=Operator(9000), announce=False)
    a, b, c = [await person(db_services, tid) for tid in (11, 12, 13)]
    assert (await catalog.register(event.id, person_id=a.id, telegram_id=11)).outcome == "registered"
    assert (await catalog.register(event.id, person_id=a.id, telegram_id=11)).outcome == "already_registered"
    assert (await catalog.register(event.id, person_id=b.id, telegram_id=12)).outcome == "registered"
    third = await catalog.register(event.id, person_id=c.id, telegram_id=13)
    assert (third.outcome, third.position) == ("waitlisted", 1)
    reminders = [r for r in await outbox_rows(db_services, EVENT_NOTICE) if r.payload["notice"] == "reminder"]
    assert {r.recipient_telegram_id for r in reminders} == {11, 12}
    assert all(r.due_at == event.starts_at - timedelta(days=1) and r.not_after == event.starts_at for r in reminders)

    result = await catalog.cancel_registration(event.id, person_id=a.id)
    assert result.outcome == "cancelled" and result.promoted == (c.id,)
    rows = await outbox_rows(db_services, EVENT_NOTICE)
    by_chat = {(r.recipient_telegram_id, r.payload["notice"], r.state) for r in rows}
    assert (11, "reminder", "cancelled") in by_chat
    assert (13, "promoted", "pending") in by_chat and (13, "reminder", "pending") in by_chat
    async with db_services.uow() as uow:
        promoted = (await uow.session.execute(
            select(Interaction).where(Interaction.kind == kinds.EVENT_PROMOTED))).scalars().all()
    assert [p.person_id for p in promoted] == [c.id] and promoted[0].subject == f"event:{event.id}"
    view = await catalog.get(event.id)
    assert view is not None and (view.registered, view.waitlisted) == (2, 0)
    # registering again after cancelling reuses the row (one per person and event) and gets a new reminder
    again = await catalog.register(event.id, person_id=a.id, telegram_id=11)
    assert again.outcome == "waitlisted"
    async with db_services.uow() as uow:
        from helpdesk_bot.events.models import EventRegistration

        count = (await uow.session.execute(select(func.count()).select_from(EventRegistration)
                                           .where(EventRegistration.person_id == a.id))).scalar_one()
    assert count == 1


async def test_deadline_and_started_events_refuse(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    catalog = db_services.events.catalog
    event = await catalog.create(draft(clock, registration_deadline=clock.now() + timedelta(days=1)),
                                 created_by=CLI, announce=False)
    p = await person(db_services, 21)
    clock.advance(timedelta(days=2))
    assert (await catalog.register(event.id, person_id=p.id, telegram_id=21)).outcome == "closed"
    external = await catalog.create(draft(clock, registration_mode="external",
                                          registration_url="https://example.org/r"), created_by=CLI, announce=False)
    assert (await catalog.register(external.id, person_id=p.id, telegram_id=21)).outcome == "not_in_bot"
    assert (await catalog.register(99999, person_id=p.id, telegram_id=21)).outcome == "not_found"


async def test_concurrent_registrations_never_exceed_capacity(db_services: Services) -> None:
    """Two processes (two engines, two services) register 24 people at once for 5 places."""
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    event = await db_services.events.catalog.create(draft(clock, capacity=5), created_by=CLI, announce=False)
    people = [await person(db_services, 100 + i) for i in range(24)]
    other = build_services(make_settings(db_services.settings.database_url), clock=clock)
    try:
        catalogs = [db_services.events.catalog, other.events.catalog]
        results = await asyncio.gather(*(
            catalogs[i % 2].register(event.id, person_id=p.id, telegram_id=p.telegram_id)
            for i, p in enumerate(people)
        ), *(catalogs[(i + 1) % 2].register(event.id, person_id=p.id, telegram_id=p.telegram_id)
             for i, p in enumerate(people[:6])))
    finally:
        await other.close()
    outcomes = [r.outcome for r in results]
    assert outcomes.count("registered") == 5
    assert outcomes.count("waitlisted") == 19
    view = await db_services.events.catalog.get(event.id)
    assert view is not None and (view.registered, view.waitlisted) == (5, 19)
    positions = sorted(r.position for r in results if r.outcome == "waitlisted")
    assert positions == list(range(1, 20))


async def test_changes_and_cancellation_notify_everyone_registered(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    catalog = db_services.events.catalog
    event = await catalog.create(draft(clock, capacity=1), created_by=CLI, announce=False)
    a, b = await person(db_services, 31), await person(db_services, 32)
    await catalog.register(event.id, person_id=a.id, telegram_id=31)
    await catalog.register(event.id, person_id=b.id, telegram_id=32)
    later = event.starts_at + timedelta(days=1)
    changed = await catalog.update(event.id, by=Operator(9000), starts_at=later, ends_at=later + timedelta(hours=2))
    assert changed.revision == 2
    notices = await outbox_rows(db_services, EVENT_NOTICE)
    assert {r.recipient_telegram_id for r in notices if r.payload["notice"] == "changed"} == {31, 32}
    live_reminders = [r for r in notices if r.payload["notice"] == "reminder" and r.state == "pending"]
    assert [(r.recipient_telegram_id, r.due_at) for r in live_reminders] == [(31, later - timedelta(days=1))]
    # a bigger capacity promotes from the waitlist
    bigger = await catalog.update(event.id, by=Operator(9000), capacity=2)
    assert (bigger.registered, bigger.waitlisted) == (2, 0)
    _view, told = await catalog.cancel_event(event.id, by=Operator(9000))
    assert told == 2
    rows = await outbox_rows(db_services, EVENT_NOTICE)
    assert {r.recipient_telegram_id for r in rows if r.payload["notice"] == "cancelled"} == {31, 32}
    assert not [r for r in rows if r.payload["notice"] == "reminder" and r.state == "pending"]
    with pytest.raises(EventError):
        await catalog.update(event.id, by=Operator(9000), venue="elsewhere")


async def test_attendance_is_logged_for_the_attendee(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    catalog = db_services.events.catalog
    event = await catalog.create(draft(clock), created_by=CLI, announce=False)
    a = await person(db_services, 41)
    await catalog.register(event.id, person_id=a.id, telegram_id=41)
    clock.advance(timedelta(days=5, hours=1))
    marked = await catalog.mark_attendance(event.id, telegram_id=41, attended=True)
    assert marked is not None and marked.attended is True
    await catalog.mark_attendance(event.id, telegram_id=41, attended=True)  # unchanged: no second row
    assert await catalog.mark_attendance(event.id, telegram_id=999, attended=True) is None
    async with db_services.uow() as uow:
        rows = (await uow.session.execute(
            select(Interaction).where(Interaction.kind == kinds.EVENT_ATTENDED))).scalars().all()
    assert [(r.person_id, r.outcome, r.actor_ref) for r in rows] == [(a.id, "attended", a.actor_ref)]


async def test_listing_filters_by_country_and_language_and_pages(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    catalog = db_services.events.catalog
    for i in range(7):
        await catalog.create(draft(clock, starts_at=clock.now() + timedelta(days=i + 1),
                                   ends_at=clock.now() + timedelta(days=i + 1, hours=1)), created_by=CLI,
                             announce=False)
    await catalog.create(draft(clock, countries=("SE",)), created_by=CLI, announce=False)
    await catalog.create(draft(clock, languages=("de",)), created_by=CLI, announce=False)
    await catalog.create(draft(clock, publish_at=clock.now() + timedelta(days=1)), created_by=CLI, announce=False)
    first = await catalog.upcoming(country="PL", language="en", page=0, page_size=5)
    assert (first.total, first.pages, len(first.events)) == (7, 2, 5)
    second = await catalog.upcoming(country="PL", language="en", page=1, page_size=5)
    assert len(second.events) == 2 and second.events[0].starts_at > first.events[-1].starts_at
    assert (await catalog.upcoming(country="SE", language="de", page=0)).total == 9
    assert first.events[0].title("pl") == "Wycena" and first.events[0].title("lt") == "Pricing"


async def test_subscriptions_and_announcement_audiences(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    subs = db_services.events.subscriptions
    pl_en = await person(db_services, 51)
    pl_pl = await person(db_services, 52, language="pl")
    se_en = await person(db_services, 53, country="SE")
    await person(db_services, 54)  # never subscribes: opt-in only
    await subs.toggle(pl_en.id, "kind", "workshop")
    await subs.toggle(pl_pl.id, "topic", "taxes")
    await subs.toggle(se_en.id, "kind", "workshop")
    state, on = await subs.toggle(se_en.id, "topic", "taxes")
    assert on and state.kinds == {"workshop"} and state.topics == {"taxes"}
    with pytest.raises(ValueError):
        await subs.toggle(pl_en.id, "kind", "party")
    ann = db_services.events.announcements
    assert await ann.count(Audience()) == 3
    assert await ann.count(Audience(topics=("taxes",))) == 2
    assert await ann.count(Audience(countries=("PL",))) == 2
    assert await ann.count(Audience(kinds=("workshop",), languages=("en",))) == 2
    # an event announcement goes to subscribers of its kind or one of its topics, in its countries
    event = await db_services.events.catalog.create(draft(clock, topics=("taxes",), countries=("PL",)),
                                                    created_by=Operator(9000), announce=True)
    rows = await outbox_rows(db_services, EVENT_ANNOUNCE)
    assert sorted(r.recipient_telegram_id for r in rows) == [51, 52]
    async with db_services.uow() as uow:
        broadcast = await uow.session.get(Broadcast, rows[0].broadcast_id)
    assert broadcast is not None and broadcast.total == 2 and broadcast.created_by == 9000
    assert event.announcement_broadcast_id == broadcast.id
    assert await db_services.events.catalog.announce(event.id, by=Operator(9000)) == 2
    assert len(await outbox_rows(db_services, EVENT_ANNOUNCE)) == 2  # never twice to the same person
    await subs.clear(pl_en.id)
    _aid, _bid, count = await ann.create(text="<b>Fair</b> news", audience=Audience(), by=Operator(9000))
    assert count == 2


async def test_countries_of_interest_widen_where_a_subscriber_is_reached_but_subscribe_to_nothing(
        db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    subs = db_services.events.subscriptions
    polish = await person(db_services, 71)
    only_country = await person(db_services, 72)
    await subs.toggle(polish.id, "kind", "trade_fair")
    state, on = await subs.toggle(polish.id, "country", "DE")
    assert on and state.countries == {"DE"} and state.kinds == {"trade_fair"}
    await subs.toggle(only_country.id, "country", "DE")  # a country alone is no subscription
    assert not (await subs.get(only_country.id)).any
    ann = db_services.events.announcements
    assert await ann.count(Audience()) == 1
    assert await ann.count(Audience(countries=("DE",))) == 1
    assert await ann.count(Audience(countries=("SE",))) == 0
    await db_services.events.catalog.create(draft(clock, kind="trade_fair", countries=("DE",)), created_by=CLI,
                                            announce=True)
    rows = await outbox_rows(db_services, EVENT_ANNOUNCE)
    assert [r.recipient_telegram_id for r in rows] == [71]
    await subs.toggle(polish.id, "country", "DE")
    assert await ann.count(Audience(countries=("DE",))) == 0


async def test_each_recipient_gets_the_announcement_text_in_their_language(db_services: Services) -> None:
    from helpdesk_bot.broadcasts.delivery import Recipient
    from helpdesk_bot.events.renderers import EventRenderers

    with pytest.raises(ValueError):
        await db_services.events.announcements.create(text="Hi", texts={"xx": "?"}, audience=Audience(), by=CLI)
    reader = await person(db_services, 81)
    await db_services.events.subscriptions.toggle(reader.id, "kind", "webinar")
    announcement_id, _bid, _count = await db_services.events.announcements.create(
        text="Fair <b>news</b>", texts={"de": "Messe-Neuigkeiten", "pl": " "}, audience=Audience(), by=CLI)
    render = EventRenderers(db_services.uow, db_services.clock, db_services.events.catalog,
                            db_services.translator).announcement
    args = {"announcement_id": announcement_id}
    german = await render(args, Recipient(telegram_id=1, language="de", timezone="Europe/Berlin"))
    polish = await render(args, Recipient(telegram_id=2, language="pl", timezone="Europe/Warsaw"))
    assert german is not None and "Messe-Neuigkeiten" in german.text
    assert polish is not None and "Fair &lt;b&gt;news&lt;/b&gt;" in polish.text  # a blank text falls back, escaped


async def test_privacy_export_and_erase(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    catalog = db_services.events.catalog
    event = await catalog.create(draft(clock, capacity=1), created_by=CLI, announce=False)
    a, b = await person(db_services, 61), await person(db_services, 62)
    await catalog.register(event.id, person_id=a.id, telegram_id=61)
    await catalog.register(event.id, person_id=b.id, telegram_id=62)
    await db_services.events.subscriptions.toggle(a.id, "kind", "webinar")
    provider = db_services.events.personal_data
    assert provider in db_services.personal_data
    async with db_services.uow() as uow:
        exported = await provider.export(uow.session, a.id, 61)
        await provider.erase(uow.session, a.id, 61, clock.now())
        await uow.commit()
    assert exported["registrations"][0]["status"] == "registered"
    assert exported["subscriptions"] == [{"scope": "kind", "value": "webinar", "since": clock.now().isoformat()}]
    view = await catalog.get(event.id)
    assert view is not None and (view.registered, view.waitlisted) == (1, 0)
    assert (await catalog.registration_of(event.id, b.id)).status == "registered"  # type: ignore[union-attr]
    assert not (await db_services.events.subscriptions.get(a.id)).any
    async with db_services.uow() as uow:
        assert await provider.purge_texts_before(uow.session, clock.now()) == 0


async def test_import_sample_file_twice_updates_instead_of_duplicating(db_services: Services) -> None:
    items = read_events_file(PROJECT_ROOT / "events.sample.yaml")
    assert {i.draft.kind for i in items} == {"workshop", "trade_fair", "webinar"}
    catalog = db_services.events.catalog
    first = [await catalog.save_imported(i.draft, by=CLI, announce=i.announce) for i in items]
    second = [await catalog.save_imported(i.draft, by=CLI, announce=i.announce) for i in items]
    assert [a for _v, a in first] == ["created"] * 3 and [a for _v, a in second] == ["updated"] * 3
    assert len(await catalog.all_events(include_past=True)) == 3
    fair = next(v for v, _a in first if v.kind == "trade_fair")
    assert fair.title("sv").startswith("Nordisk") and fair.registration_url


def test_import_reports_every_problem(tmp_path: Path) -> None:
    text = """
events:
  - key: a
    kind: party
    title: {en: A}
    start: 2026-12-01T10:00
    end: 2026-12-01T09:00
    venue: X
  - kind: workshop
    title: {en: B}
    start: nonsense
    end: 2026-12-01T09:00
    online_url: ftp://x
    registration: {mode: external}
"""
    with pytest.raises(ImportProblem) as info:
        parse_events(text)
    problems = "\n".join(info.value.problems)
    assert "a: kind: must be one of" in problems and "a: end: must be after the start" in problems
    assert "event 2: key: required" in problems and "start: not a date and time" in problems


async def test_cancelling_and_attendance_write_their_audit_row_once_in_the_use_case(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    catalog = db_services.events.catalog
    event = await catalog.create(draft(clock), created_by=CLI, announce=False)
    a = await person(db_services, 51)
    registration = await catalog.register(event.id, person_id=a.id, telegram_id=51)
    attendees = await catalog.attendees(event.id, by=CLI)
    with pytest.raises(EventError) as early:  # the rule lives in the use case: not before the start
        await catalog.toggle_attendance(attendees[0].registration_id, by=Operator(9000))
    assert early.value.reason == "not_started"
    clock.advance(timedelta(days=5, hours=1))
    _event, attendee = await catalog.toggle_attendance(attendees[0].registration_id, by=Operator(9000))
    assert attendee.attended is True
    with pytest.raises(EventError):
        await catalog.toggle_attendance(999_999, by=Operator(9000))
    entrepreneur = Operator(51, roles=frozenset())
    for refused in (catalog.cancel_event(event.id, by=entrepreneur), catalog.announce(event.id, by=entrepreneur),
                    catalog.toggle_attendance(attendees[0].registration_id, by=entrepreneur),
                    catalog.update(event.id, by=entrepreneur, venue="elsewhere"),
                    catalog.attendees(event.id, by=entrepreneur),
                    catalog.create(draft(clock), created_by=entrepreneur, announce=False)):
        with pytest.raises(Forbidden):  # the use case refuses by itself: chat and command line cannot drift
            await refused
    await catalog.cancel_event(event.id, by=CLI)
    entries = await db_services.audit.entries(action="event.")
    assert [(e.action, e.actor_telegram_id) for e in reversed(entries)] == [
        ("event.create", None), ("event.attendance", 9000), ("event.cancel", None)]
    assert entries[0].detail is not None and entries[0].detail["via"] == "cli"
    assert registration is not None
