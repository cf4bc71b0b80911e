"""The rules that make indicators count facts, not presses (issue 10, item 2), on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.consultations.views import BookingError
from helpdesk_bot.indicators import kinds
from helpdesk_bot.indicators.log import InteractionRecord
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.indicators.report import Period
from helpdesk_bot.knowledge_base.models import FeedbackToken, Gap
from helpdesk_bot.people.actor import CLI
from tests.db.test_consultations_service import ADVISOR_TG, advisor_spec, person
from tests.db.test_events import draft


async def _rows(services: Services, kind: str) -> list[Interaction]:
    async with services.uow() as uow:
        return list((await uow.session.execute(
            select(Interaction).where(Interaction.kind == kind).order_by(Interaction.id))).scalars())


def _period(services: Services) -> Period:
    return Period(date(2026, 1, 1), services.clock.now().date() + timedelta(days=60))


async def test_a_feedback_token_counts_once_for_its_person_and_entry(db_services: Services) -> None:
    feedback = db_services.knowledge.feedback
    ewa, jan = await person(db_services, 801, "Ewa"), await person(db_services, 802, "Jan")
    token = await feedback.issue(ewa, "vat-pl", question_token="abc123")
    other = await feedback.issue(ewa, "vat-pl")
    assert token != other and len(token) == 10
    # another person, another entry, a forged token: refused, the token stays usable
    assert (await feedback.give(jan, "vat-pl", token, helpful=True)).outcome == kinds.REFUSED
    assert (await feedback.give(ewa, "vat-cz", token, helpful=True)).outcome == kinds.REFUSED
    assert (await feedback.give(ewa, "vat-pl", "0123456789", helpful=True)).outcome == kinds.REFUSED
    # the first press of its owner counts; the question comes from the token's question token
    asked: list[str | None] = []

    async def question_of(question_token: str | None) -> tuple[str | None, str | None]:
        asked.append(question_token)
        return "Do I pay VAT on <b>art</b>?", "pl"

    result = await feedback.give(ewa, "vat-pl", token, helpful=False, language="en", question_of=question_of)
    assert result.accepted and result.outcome == "not_helpful" and result.question_token == "abc123"
    assert asked == ["abc123"]
    # replayed or double-tapped: refused, with either verdict, and no second gap
    assert (await feedback.give(ewa, "vat-pl", token, helpful=False, question_of=question_of)).outcome == kinds.REFUSED
    assert (await feedback.give(ewa, "vat-pl", token, helpful=True)).outcome == kinds.REFUSED
    assert (await feedback.give(ewa, "vat-pl", other, helpful=True)).outcome == "helpful"
    async with db_services.uow() as uow:
        gaps = list((await uow.session.execute(select(Gap))).scalars())
        tokens = list((await uow.session.execute(select(FeedbackToken).order_by(FeedbackToken.id))).scalars())
    assert [(g.id, g.kind, g.text, g.language) for g in gaps] == [(result.gap_id, "not_helpful",
                                                                 "Do I pay VAT on <b>art</b>?", "pl")]
    assert [t.verdict for t in tokens] == ["not_helpful", "helpful"] and all(t.used_at for t in tokens)
    # erasing the person forgets their tokens; retention removes old ones
    await feedback.issue(jan, "vat-pl")
    await db_services.privacy.erase(801)
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    clock.advance(timedelta(days=db_services.privacy.retention_days + 1))
    await db_services.privacy.purge_expired()
    async with db_services.uow() as uow:
        assert list((await uow.session.execute(select(FeedbackToken))).scalars()) == []


async def test_one_rating_per_booking_the_last_counts_and_refusals_write_nothing(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    service = db_services.consultations
    advisor = await service.upsert_advisor(advisor_spec(auto_confirm=False))
    ewa, jan = await person(db_services, 811, "Ewa"), await person(db_services, 812, "Jan")
    slots = await service.free_slots(advisor.id)
    requested = await service.request_booking(person_id=ewa, advisor_id=advisor.id, starts_at=slots[0],
                                              topic="taxes", mode="online", description=None)
    confirmed = await service.request_booking(person_id=jan, advisor_id=advisor.id, starts_at=slots[1],
                                              topic="taxes", mode="online", description=None)
    await service.decide(confirmed.id, ADVISOR_TG, accept=True)
    clock.set(confirmed.ends_at + timedelta(minutes=1))
    # five presses of 1 on a booking still requested: refused, nothing counted
    for _ in range(5):
        with pytest.raises(BookingError):
            await service.record_feedback(requested.id, ewa, 1)
    with pytest.raises(BookingError):  # someone else's booking
        await service.record_feedback(confirmed.id, ewa, 1)
    assert await _rows(db_services, kinds.BOOKING_FEEDBACK) == []
    report = await db_services.reports.build(_period(db_services))
    assert report.get("satisfaction_rating").figure.base == 0
    # the person changes their mind: one row, the last value
    for rating in (2, 5, 4):
        await service.record_feedback(confirmed.id, jan, rating)
    rows = await _rows(db_services, kinds.BOOKING_FEEDBACK)
    assert [(r.subject, r.value, r.outcome) for r in rows] == [(f"booking:{confirmed.id}", 4.0, "ok")]
    person_view = await db_services.people.get(812)
    assert person_view is not None and rows[0].actor_ref == person_view.actor_ref
    figure = (await db_services.reports.build(_period(db_services))).get("satisfaction_rating").figure
    assert (figure.value, figure.base) == (4.0, 1)


async def test_attendance_corrections_update_one_fact(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    catalog = db_services.events.catalog
    event = await catalog.create(draft(clock), created_by=CLI, announce=False)
    pid = await person(db_services, 821, "Ewa")
    await catalog.register(event.id, person_id=pid, telegram_id=821)
    clock.advance(timedelta(days=5, hours=4))
    for attended in (True, False, True, False, True):
        await catalog.mark_attendance(event.id, telegram_id=821, attended=attended)
    rows = await _rows(db_services, kinds.EVENT_ATTENDED)
    assert [(r.outcome, r.value) for r in rows] == [("attended", 1.0)]
    report = await db_services.reports.build(_period(db_services))
    assert report.get("event_participants").figure.value == 1
    await catalog.mark_attendance(event.id, telegram_id=821, attended=False)
    report = await db_services.reports.build(_period(db_services))
    assert report.get("event_participants").figure.value == 0  # marked absent: not a participant


async def test_refused_and_failed_outcomes_are_in_no_indicator(db_services: Services) -> None:
    now = db_services.clock.now()
    period = _period(db_services)
    before = await db_services.reports.build(period)

    def row(kind: str, outcome: str, **fields: object) -> InteractionRecord:
        return InteractionRecord(kind=kind, outcome=outcome, actor_ref="x" * 24, language="en", country="DE",
                                 topic="taxes", occurred_at=now, **fields)  # type: ignore[arg-type]

    await db_services.interactions.record(
        row(kinds.BOOKING_FEEDBACK, kinds.REFUSED, value=1.0), row(kinds.BOOKING_FEEDBACK, "invalid_state", value=1.0),
        row(kinds.BOOKING_FEEDBACK, "error", value=1.0), row(kinds.KB_FEEDBACK, kinds.REFUSED),
        row(kinds.EVENT_REGISTERED, "already_registered"), row(kinds.EVENT_REGISTERED, "closed"),
        row(kinds.TICKET_OPENED, "duplicate"), row(kinds.TICKET_OPENED, "expired"),
        row(kinds.BOOKING_REQUESTED, "slot_taken"), row(kinds.TICKET_ANSWERED, "error", subject="ticket:9"),
        row(kinds.EVENT_ATTENDED, "error"), row(kinds.BOOKING_HELD, "error"),
    )
    after = await db_services.reports.build(period)
    assert after.totals() == before.totals()
    assert [(r.trend, r.breakdowns) for r in after.results] == [(r.trend, r.breakdowns) for r in before.results]
    # the same rows with outcomes that are facts are counted
    await db_services.interactions.record(row(kinds.BOOKING_FEEDBACK, "ok", value=3.0),
                                          row(kinds.EVENT_REGISTERED, "ok"))
    counted = await db_services.reports.build(period)
    assert counted.get("satisfaction_rating").value == 3.0
    assert counted.get("event_registrations").value == (before.get("event_registrations").value or 0) + 1


async def test_tokens_of_answers_shown_together_are_stored_together(db_services: Services) -> None:
    feedback = db_services.knowledge.feedback
    people = [await person(db_services, 830 + n, f"P{n}") for n in range(5)]
    tokens = await asyncio.gather(*[feedback.issue(p, "vat-pl") for p in people for _ in range(10)])
    async with db_services.uow() as uow:
        rows = list((await uow.session.execute(select(FeedbackToken))).scalars())
    assert sorted((r.person_id, r.token) for r in rows) == sorted(
        (p, t) for p, t in zip([p for p in people for _ in range(10)], tokens, strict=True))
    assert feedback._group.batches < 50  # one transaction for many answers
    # each is usable once by its own person
    assert (await feedback.give(people[0], "vat-pl", tokens[0], helpful=True)).outcome == "helpful"
    assert (await feedback.give(people[1], "vat-pl", tokens[0], helpful=True)).outcome == kinds.REFUSED
