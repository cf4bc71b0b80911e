"""Erasure is complete and keeps every indicator (issue 10 item 3, issue 17 item 4), SQLite and PostgreSQL.

The data makes every default indicator non-zero: questions answered and not, feedback, tickets answered
by advisors, consultations held and missed with ratings, event registrations and attendance, broadcasts,
knowledge gaps closed, cross-border reach, makerspace inductions, bookings, check-in and no-show. Four people are erased: two entrepreneurs (one of them was
staff once and has been revoked), one current staff member and the advisor. Afterwards every total, monthly trend and
breakdown of the report is the same, and a generic scan of every table and every text, number and JSON
column of the database (found by inspecting the database, so new tables are covered without touching
this test) finds none of their Telegram ids, names, usernames or texts, apart from what the README
names as kept: a current staff member's Telegram id as the actor of audit-log rows, and what staff
published on the centre's behalf. The advisor erases their data too, with a consultation still ahead.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import inspect, select, text

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.events.subscriptions import Audience
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.log import InteractionRecord
from helpdesk_bot.indicators.report import Period, Report
from helpdesk_bot.knowledge_base.models import Gap, GapKind
from helpdesk_bot.makerspace.specs import load_makerspace
from helpdesk_bot.people.actor import CLI, Operator
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import PersonView, TelegramProfile
from tests.conftest import PROJECT_ROOT
from tests.db.test_consultations_service import ADVISOR_TG, advisor_spec
from tests.db.test_events import draft
from tests.fakes import FakeSender

STAFF_TG = 9000


@dataclass
class Someone:
    """A person of the scenario and everything that identifies them."""

    telegram_id: int
    first_name: str
    last_name: str
    username: str
    country: str
    texts: list[str] = field(default_factory=list)
    view: PersonView | None = None

    @property
    def needles(self) -> list[str]:
        return [self.first_name, self.last_name, self.username, *self.texts]


EWA = Someone(5_550_001_111, "Ewazyx", "Qorvath", "ewa_plumbob", "CZ",
              ["quokkajam pricing question", "ref-ZyxwqCampaign", "snorkelwhisk reply", "marzipanko booking note",
               "grumbleberry comment", "+420 777 123 456"])
JAN = Someone(5_550_002_222, "Janqux", "Vostrak", "jan_tinderhook", "DE",
              ["wobblecrate question", "ref-JanqPromo", "quibbleton reply", "plinkertot description",
               "zaffrelune comment", "(030) 98-76-54-32"])
STAN = Someone(5_550_003_333, "Stanvel", "Ordwig", "stan_mossgrove", "PL", ["glimmerfax announcement"])
KIM = Someone(5_550_004_444, "Kimbrel", "Hastoon", "kim_lanternfly", "SE", ["trundlequay question"])
TOMAS = Someone(ADVISOR_TG, "Tomas", "Brzeczyk", "tomas_advises", "PL",
                ["meet.example.org/t", "Długa 5", "Here is how it works.", "+48 12 000 11 22"])


async def _join(services: Services, who: Someone) -> PersonView:
    profile = TelegramProfile(who.telegram_id, who.first_name, who.last_name, who.username, "en")
    await services.people.ensure(profile)
    await services.people.accept_notice(profile)
    who.view = await services.people.set_country(who.telegram_id, who.country)
    return who.view


def _as(who: Someone, kind: str, outcome: str = "ok", **fields: Any) -> InteractionRecord:
    """An interaction row as the Telegram handlers write it for ``who``'s update."""
    assert who.view is not None
    return InteractionRecord(kind=kind, outcome=outcome, actor_ref=who.view.actor_ref, person_id=who.view.id,
                             language="en", country=who.country, **fields)


async def _entrepreneur_activity(services: Services, who: Someone, *, event_id: int, advisor: PersonView,
                                 clock: ManualClock) -> None:
    person = who.view
    assert person is not None
    question, deep_link, reply, description, comment, phone = who.texts[:6]
    log = services.interactions
    await log.record(
        _as(who, "command.start", subject=deep_link),
        _as(who, kinds.KB_QUESTION, "answered", subject="vat-pl", topic="taxes", value=0.9),
        _as(who, kinds.KB_QUESTION, "suggested", subject="vat-pl", topic="taxes", value=0.6),
        _as(who, kinds.KB_SUGGESTION_CHOSEN, "answered", subject="vat-pl", topic="taxes"),
        _as(who, kinds.KB_FEEDBACK, "helpful", subject="vat-pl", topic="taxes"),
        _as(who, kinds.KB_FEEDBACK, "not_helpful", subject="vat-pl", topic="taxes"),
        _as(who, kinds.KB_QUESTION, "unanswered", value=0.1),
    )
    # a question nobody could answer becomes a gap and a ticket, answered by the advisor
    desk = services.knowledge
    gap_id = await desk.gaps.add(GapKind.UNANSWERED, question, language="en", entry_id=None, person_id=person.id)
    ticket = await desk.tickets.open(person, question, language="en", country=who.country, gap_id=gap_id)
    await log.record(_as(who, kinds.TICKET_OPENED, subject=f"ticket:{ticket.id}"))
    await desk.tickets.answer(ticket.id, advisor, "Here is how it works.")
    await log.record(_as(who, kinds.TICKET_ANSWERED, subject=f"ticket:{ticket.id}"))
    await desk.tickets.reply(ticket.id, person, reply)
    # a second question soon after: batched into one later notification to the advisors
    await desk.tickets.open(person, f"{question}, once more", language="en", country=who.country)
    await desk.gaps.add(GapKind.NOT_HELPFUL, question, language="en", entry_id="vat-pl", person_id=person.id)
    # two consultations: one held online (rated, commented), one by phone (the person's number) missed
    consultations = services.consultations
    advisor_row = (await consultations.list_advisors())[0]
    for held in (True, False):
        slot = (await consultations.free_slots(advisor_row.id))[0]
        booking = await consultations.request_booking(person_id=person.id, advisor_id=advisor_row.id,
                                                      starts_at=slot, topic="taxes",
                                                      mode="online" if held else "phone",
                                                      description=description, phone=phone)
        await log.record(_as(who, kinds.BOOKING_REQUESTED, subject=f"booking:{booking.id}", topic="taxes"))
        now = clock.now()
        clock.set(booking.ends_at + timedelta(minutes=5))
        await consultations.record_attendance(booking.id, ADVISOR_TG, held=held)
        if held:
            await consultations.set_outcome_note(booking.id, ADVISOR_TG, f"note about {who.first_name}")
            await consultations.record_feedback(booking.id, person.id, 4)
            await consultations.set_feedback_comment(booking.id, person.id, comment)
        clock.set(max(now, clock.now()))
    # an event: registered, subscribed, attended later
    catalog = services.events.catalog
    assert (await catalog.register(event_id, person_id=person.id, telegram_id=who.telegram_id)).outcome == "registered"
    await log.record(_as(who, kinds.EVENT_REGISTERED, subject=f"event:{event_id}", topic="sales-marketing"))
    await services.events.subscriptions.toggle(person.id, "kind", "workshop")


async def _scenario(services: Services, clock: ManualClock) -> None:
    for who in (EWA, JAN, STAN, KIM):
        await _join(services, who)
    staff = await services.people.grant(STAFF_TG, Role.STAFF, by=CLI) if await services.people.get(STAFF_TG) \
        else None
    if staff is None:
        await services.people.ensure(TelegramProfile(STAFF_TG, "Boss", None, None, "en"))
        await services.people.accept_notice(TelegramProfile(STAFF_TG, "Boss", None, None, "en"))
    await services.people.grant(STAN.telegram_id, Role.STAFF, by=Operator(STAFF_TG))
    await _join(services, TOMAS)
    advisor = await services.people.grant(ADVISOR_TG, Role.ADVISOR, by=Operator(STAFF_TG))
    spec = advisor_spec(auto_confirm=True)
    await services.consultations.upsert_advisor(replace(spec, modes={**spec.modes, "phone": TOMAS.texts[3]}))
    # Jan was staff for a while: granted, exported a report, closed a gap, revoked again (the role use
    # cases write their own audit rows)
    await services.people.grant(JAN.telegram_id, Role.STAFF, by=Operator(STAFF_TG))
    for verb in ("grant", "revoke"):
        await services.interactions.record(InteractionRecord(kind=f"roles.{verb}", subject=str(JAN.telegram_id),
                                                             topic="staff"))
    await services.audit.add("report.export", actor=JAN.telegram_id, target="xlsx", via="telegram")
    await services.people.revoke(JAN.telegram_id, Role.STAFF, by=Operator(STAFF_TG))
    event = await services.events.catalog.create(draft(clock, capacity=10), created_by=Operator(STAN.telegram_id),
                                                 announce=False)
    for who in (EWA, JAN, KIM):
        await _entrepreneur_activity(services, who, event_id=event.id, advisor=advisor, clock=clock) \
            if who is not KIM else await _kim(services, event.id)
    # staff work: an announcement by Stan to everyone subscribed, gaps closed by Jan (then staff) and Stan
    await services.events.announcements.create(text=STAN.texts[0], audience=Audience(), by=Operator(STAN.telegram_id))
    async with services.uow() as uow:
        gap_ids = list((await uow.session.execute(select(Gap.id).order_by(Gap.id))).scalars())
    assert await services.knowledge.gaps.close(gap_ids[:1], by=Operator(JAN.telegram_id)) == 1
    assert await services.knowledge.gaps.close(gap_ids[1:2], by=Operator(STAN.telegram_id)) == 1
    for who in (JAN, STAN):
        assert who.view is not None
        await services.interactions.record(_as(who, kinds.KB_GAP_CLOSED, subject=f"gap:{gap_ids[0]}"))
    await services.knowledge.reloads.add(by=STAN.telegram_id, via="telegram")
    # the makerspace and catalogue indicators (their domains' rows as those services log them)
    await services.interactions.record(
        _as(EWA, "makerspace.booked_hours", subject="unit:1", value=2.0),
        InteractionRecord(kind="makerspace.open_hours", subject="unit:1", value=10.0),
        _as(JAN, "makerspace.no_show", subject="unit:1"),
        _as(EWA, "catalogue.profile_listed", subject="profile:1"),
        _as(JAN, "catalogue.contact_answer", "accepted_cross_border", subject="contact:1"),
        _as(EWA, "catalogue.call_interest", "relayed", subject="call:1"),
    )
    # the event takes place; attendance marked
    clock.set(event.ends_at + timedelta(hours=1))
    for who in (EWA, JAN, KIM):
        await services.events.catalog.mark_attendance(event.id, telegram_id=who.telegram_id, attended=True)
        # as `helpdesk-bot events attend` audits it: the Telegram id in the entry's details
        await services.audit.add("event.attendance", actor=None, target=f"event:{event.id}", via="cli",
                                 person=who.telegram_id, attended=True)
    await _makerspace(services, clock)
    await _catalogue(services)
    # everything due is delivered (reminders, notifications, the announcement: outbox rows and their log rows)
    services.dispatcher.sender = FakeSender()
    services.dispatcher.limiter.per_chat_interval = 0  # type: ignore[attr-defined]
    await services.dispatcher.wake()


async def _kim(services: Services, event_id: int) -> None:
    assert KIM.view is not None
    await services.interactions.record(_as(KIM, kinds.KB_QUESTION, "answered", subject="vat-pl", topic="taxes"))
    await services.knowledge.gaps.add(GapKind.UNANSWERED, KIM.texts[0], language="en", entry_id=None,
                                      person_id=KIM.view.id)
    await services.events.catalog.register(event_id, person_id=KIM.view.id, telegram_id=KIM.telegram_id)
    await services.interactions.record(_as(KIM, kinds.EVENT_REGISTERED, subject=f"event:{event_id}"))
    await services.events.subscriptions.toggle(KIM.view.id, "topic", "taxes")
    # Kim's consultation lies ahead when the advisor erases their data
    consultations = services.consultations
    advisor_id = (await consultations.list_advisors())[0].id
    slot = (await consultations.free_slots(advisor_id))[-1]
    await consultations.request_booking(person_id=KIM.view.id, advisor_id=advisor_id, starts_at=slot, topic="taxes",
                                        mode="online", description=None)


async def _makerspace(services: Services, clock: ManualClock) -> None:
    """Ewa and Jan hold an induction (recorded by staff) and book a 3D printer: Ewa comes, Jan does not."""
    assert EWA.view is not None and JAN.view is not None
    await services.makerspace.workshop.import_specs(*load_makerspace(PROJECT_ROOT / "makerspace.sample.yaml"))
    makers, workshop = services.makerspace.makers, services.makerspace.workshop
    for who in (EWA, JAN):
        await services.makerspace.inductions.record("woodworking-bench", who.telegram_id, by=Operator(STAFF_TG), source="chat")
    start = (await makers.next_starts(await makers.resource("3d-printer"), 1))[0]
    came = await makers.book(person_id=EWA.view.id, resource_key="3d-printer", starts_at=start, slots=2)
    missed = await makers.book(person_id=JAN.view.id, resource_key="3d-printer", starts_at=start, slots=1)
    clock.set(start + timedelta(minutes=5))
    await workshop.mark(came.id, checked_in=True)
    await workshop.mark(missed.id, checked_in=False)
    clock.set(start + timedelta(days=1))
    assert await workshop.record_day_totals()


async def _catalogue(services: Services) -> None:
    """Ewa's studio is listed in the catalogue (staff approve it); Jan, across the border, contacts her and she
    accepts: a profile, a cooperation contact and a cross-border contact for the network's indicators."""
    from helpdesk_bot.catalogue.validation import ProfileInput

    assert EWA.view is not None and JAN.view is not None
    staff = await services.people.get(STAN.telegram_id)
    ewa, jan = await services.people.get(EWA.telegram_id), await services.people.get(JAN.telegram_id)
    assert staff is not None and ewa is not None and jan is not None
    profiles, contacts = services.catalogue.profiles, services.catalogue.contacts
    mine = await profiles.save(ewa, EWA.telegram_id, ProfileInput(
        display_name=f"{EWA.first_name} ceramics", sectors=("ceramics",), country=EWA.country, languages=("cs", "en"),
        offer={"cs": EWA.texts[0]}, city="Brno", visibility="public", links=("https://example.org/studio",),
        open_for_commissions=True))
    await profiles.review(staff, mine.id, approve=True)
    request = await contacts.request(jan, mine.id, JAN.texts[2], owner_payload=lambda c: {"key": "x", "args": {}})
    await contacts.answer(ewa, request.id, accept=True, sender_payload=lambda v, p: {"key": "x", "args": {}})


def _snapshot(report: Report) -> list[tuple[Any, ...]]:
    return [(r.definition.id, r.figure, r.trend, r.breakdowns) for r in report.results]


async def scan(services: Services, needles: dict[str, list[str | int]]) -> list[str]:
    """Every (table.column, needle) where a needle occurs, over every table and column of the database."""

    def tables(sync_conn: Any) -> dict[str, list[str]]:
        inspector = inspect(sync_conn)
        return {t: [c["name"] for c in inspector.get_columns(t)] for t in inspector.get_table_names()}

    found: list[str] = []
    async with services.uow() as uow:
        conn = await uow.session.connection()
        layout = await conn.run_sync(tables)
        for table, columns in layout.items():
            rows = (await conn.execute(text(f'SELECT * FROM "{table}"'))).all()
            for row in rows:
                for column, value in zip(columns, row, strict=True):
                    if value is None or isinstance(value, bool):
                        continue
                    rendered = json.dumps(value, ensure_ascii=False, default=str) \
                        if isinstance(value, dict | list) else str(value)
                    for owner, items in needles.items():
                        for needle in items:
                            if isinstance(needle, int):
                                hit = re.search(rf"(?<!\d){needle}(?!\d)", rendered) is not None
                            else:
                                hit = needle.lower() in rendered.lower()
                            if hit:
                                found.append(f"{table}.{column}: {owner}: {needle}")
    return sorted(set(found))


def _needles(*people: Someone) -> dict[str, list[str | int]]:
    return {p.first_name: [p.telegram_id, *p.needles] for p in people}


async def test_erasure_removes_every_trace_and_keeps_every_indicator(db_services: Services) -> None:
    services = db_services
    clock: ManualClock = services.clock  # type: ignore[assignment]
    await _scenario(services, clock)
    period = Period(date(2026, 1, 1), clock.now().date() + timedelta(days=1))
    before = await services.reports.build(period)
    assert all(value for value in before.totals().values()), before.totals()
    # the scan sees everyone before the erasure (it is able to find what it looks for)
    everywhere = await scan(services, _needles(EWA, JAN, STAN, KIM, TOMAS))
    for who in (EWA, JAN, STAN, KIM, TOMAS):
        for needle in (who.telegram_id, who.username, who.texts[0], *who.texts[5:]):  # with phone numbers
            assert any(hit.endswith(f": {who.first_name}: {needle}") for hit in everywhere), (who.first_name, needle)

    for who in (EWA, JAN, STAN, TOMAS):
        assert await services.privacy.erase(who.telegram_id) is not None

    after = await services.reports.build(period)
    assert after.totals() == before.totals()
    assert _snapshot(after) == _snapshot(before)
    left = await scan(services, _needles(EWA, JAN, STAN, TOMAS))
    # kept (README, "Security and privacy"): a current staff member's id as the actor of audit rows, and
    # what staff published on the centre's behalf (the announcement's text, and the broadcast's title)
    kept = [f"announcements.text: {STAN.first_name}: {STAN.texts[0]}",
            f"audit_log.actor_telegram_id: {STAN.first_name}: {STAN.telegram_id}",
            f"broadcasts.title: {STAN.first_name}: {STAN.texts[0]}"]
    assert left == kept, "\n".join(left)
    # the person who stays is still there (the erasure was of four people only), and was told that the
    # advisor's erasure cancelled the consultation ahead
    assert any(f": {KIM.first_name}: {KIM.username}" in hit for hit in await scan(services, _needles(KIM)))
    async with services.uow() as uow:
        told = list((await uow.session.execute(select(OutboxMessage).where(
            OutboxMessage.recipient_telegram_id == KIM.telegram_id))).scalars())
    assert [m.payload["key"] for m in told if m.state == "pending"] == ["consult-n-cancelled-advisor-gone"]
    assert await services.consultations.list_advisors(active_only=True) == []
