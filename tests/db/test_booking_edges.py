"""Booking rules found unchecked by the mutation run after the consultations split (benchmarks/MUTATION.md,
"booking"): a choice of advisors passes over one who was hidden meanwhile, and a move that overlaps a booking
made on a new slot grid meanwhile is refused. Through the public service; SQLite and PostgreSQL.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.consultations.models import Booking
from helpdesk_bot.consultations.views import BookingError
from helpdesk_bot.indicators.models import Interaction
from tests.db.test_booking_rules import regrid_and_book_meanwhile
from tests.db.test_consultations_service import advisor_spec, person

PERSON_TG = 7201


async def _active(services: Services) -> list[tuple[int, datetime]]:
    async with services.uow() as uow:
        rows = (await uow.session.execute(select(Booking.advisor_id, Booking.starts_at).where(
            Booking.state.in_(("requested", "confirmed"))).order_by(Booking.id))).all()
    return [(r[0], r[1]) for r in rows]


async def test_a_choice_of_advisors_passes_over_one_hidden_since_the_choice_was_shown(db_services: Services) -> None:
    """The person saw Bea and Tomas free at a time; Bea was hidden before they pressed it: Tomas is booked.
    When nobody in the choice can take the time, the refusal says why the time is not free (with the next free
    times), not that an advisor was hidden; only when every advisor of the choice is hidden is it ``no_advisor``."""
    service = db_services.consultations
    tomas = (await service.upsert_advisor(advisor_spec())).id
    bea = (await service.upsert_advisor(advisor_spec(2002, name="Bea"))).id
    pid, rival = await person(db_services, PERSON_TG), await person(db_services, 7202, "Rita")
    await person(db_services, 9000, "Sofia")  # staff (from the configuration)
    staff = await db_services.people.get(9000)
    assert staff is not None and staff.is_staff
    slots = await service.free_slots(tomas)
    assert slots == await service.free_slots(bea)
    await service.set_active(bea, False, by=staff)

    booked = await service.request_booking(person_id=pid, advisor_id=None, advisor_ids=(bea, tomas),
                                           starts_at=slots[0], topic="taxes", mode="online", description=None)
    assert (booked.advisor_id, booked.starts_at) == (tomas, slots[0])

    # Tomas is taken at slots[0] now: whichever order, the refusal is about the time, with Tomas's next times
    for choice in ((bea, tomas), (tomas, bea)):
        with pytest.raises(BookingError) as refused:
            await service.request_booking(person_id=rival, advisor_id=None, advisor_ids=choice, starts_at=slots[0],
                                          topic="taxes", mode="online", description=None)
        assert refused.value.reason == "slot_unavailable", choice
        assert refused.value.alternatives == tuple(slots[1:4]), choice

    # nobody visible in the choice: no advisor
    with pytest.raises(BookingError) as refused:
        await service.request_booking(person_id=rival, advisor_id=None, advisor_ids=(bea,), starts_at=slots[1],
                                      topic="taxes", mode="online", description=None)
    assert (refused.value.reason, refused.value.alternatives) == ("no_advisor", ())
    # a hidden advisor chosen by name is still refused as such (no other advisor is tried)
    with pytest.raises(BookingError) as refused:
        await service.request_booking(person_id=rival, advisor_id=bea, advisor_ids=(tomas,), starts_at=slots[1],
                                      topic="taxes", mode="online", description=None)
    assert refused.value.reason == "no_advisor"
    assert await _active(db_services) == [(tomas, slots[0])]


async def test_a_move_that_overlaps_a_booking_made_meanwhile_on_a_new_grid_is_refused(
        db_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """The move's availability check passed; then the advisor moved the hours and slot length and someone booked
    half an hour earlier on the new grid: a different start (the unique index allows it), the same time (the
    overlap check refuses the move, offering other times). The booking stays where it was."""
    service = db_services.consultations
    base = advisor_spec(auto_confirm=True)
    advisor = await service.upsert_advisor(base)
    pid, rival = await person(db_services, PERSON_TG), await person(db_services, 7203, "Rita")
    slots = await service.free_slots(advisor.id)
    booking = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[0], topic="taxes",
                                            mode="online", description=None)
    target = slots[8]  # a day or two ahead, far from the booking's own time
    # hours from 08:30 in one-hour slots: 08:30-09:30 is free on the new grid and overlaps 09:00-09:45
    pending = regrid_and_book_meanwhile(monkeypatch, service, base, advisor.id, hours="08:30-17:30",
                                        buffer_minutes=0, rival=rival, starts_at=target - timedelta(minutes=30),
                                        on_move=True)
    with pytest.raises(BookingError) as refused:
        await service.reschedule(booking.id, pid, target)
    assert refused.value.reason == "slot_taken"
    assert not pending  # the rival really booked during the move
    # as when someone takes the same time: the booking and its next free times, on the new grid (10:30 and 11:30
    # in Warsaw the next day; the first overlaps the booking's own 10:00-10:45, which counts as free for it)
    assert refused.value.booking is not None and refused.value.booking.id == booking.id
    assert refused.value.alternatives[:2] == (slots[0] + timedelta(minutes=30), slots[0] + timedelta(minutes=90))
    async with db_services.uow() as uow:
        row = await uow.session.get(Booking, booking.id)
        assert row is not None
        assert (row.starts_at, row.state, row.reschedule_count) == (slots[0], "confirmed", 0)
    assert await _active(db_services) == [(advisor.id, slots[0]), (advisor.id, target - timedelta(minutes=30))]


async def test_a_slot_freed_by_a_cancellation_a_refusal_or_a_move_can_be_booked_again(db_services: Services) -> None:
    """Only active bookings hold a slot: the same time is booked again after the person cancelled, the advisor
    declined or the booking moved away (the overlap check counts active bookings only)."""
    service = db_services.consultations
    advisor = await service.upsert_advisor(advisor_spec())
    pid, rival = await person(db_services, PERSON_TG), await person(db_services, 7204, "Rita")
    slots = await service.free_slots(advisor.id)
    cancelled = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[0], topic="taxes",
                                              mode="online", description=None)
    await service.cancel_by_person(cancelled.id, pid)
    declined = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[1], topic="taxes",
                                             mode="online", description=None)
    await service.decide(declined.id, advisor.telegram_id, accept=False)
    moved = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[2], topic="taxes",
                                          mode="online", description=None)
    await service.reschedule(moved.id, pid, slots[5])
    for slot in reversed(slots[:3]):  # each next to an active booking after it (and then before it): not an overlap
        again = await service.request_booking(person_id=rival, advisor_id=advisor.id, starts_at=slot, topic="taxes",
                                              mode="online", description=None)
        assert (again.state, again.starts_at) == ("requested", slot)
    assert sorted(s for _a, s in await _active(db_services)) == [slots[0], slots[1], slots[2], slots[5]]


@pytest.mark.parametrize(("hours", "offset"), [("09:45-17:30", 45), ("08:00-17:30", -60)],
                         ids=["starting-inside", "ending-within-the-buffer"])
async def test_a_booking_too_close_to_one_made_meanwhile_on_a_new_grid_is_refused(
        db_services: Services, monkeypatch: pytest.MonkeyPatch, hours: str, offset: int) -> None:
    """Like the race in test_booking_rules (the rival's booking half an hour earlier, no buffer): the availability
    check passed for 09:00, then the advisor changed to one-hour slots with a 15-minute buffer and someone booked
    on the new grid either 09:45 (inside 09:00-10:00) or 08:00 (08:00-09:00, and 09:00 is inside its buffer)."""
    service = db_services.consultations
    base = advisor_spec(auto_confirm=True)
    advisor = await service.upsert_advisor(base)
    pid, rival = await person(db_services, PERSON_TG), await person(db_services, 7205, "Rita")
    warsaw = ZoneInfo("Europe/Warsaw")
    slot = next(s for s in await service.free_slots(advisor.id) if s.astimezone(warsaw).hour == 9)
    regrid_and_book_meanwhile(monkeypatch, service, base, advisor.id, hours=hours, buffer_minutes=15,
                              rival=rival, starts_at=slot + timedelta(minutes=offset))
    with pytest.raises(BookingError) as refused:
        await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slot, topic="taxes",
                                      mode="online", description=None)
    assert refused.value.reason == "slot_taken" and refused.value.alternatives
    assert await _active(db_services) == [(advisor.id, slot + timedelta(minutes=offset))]


@pytest.fixture
def kolkata_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The process's local time zone (``TZ``) is UTC+05:30 for one test: code that used the machine's zone
    (``astimezone()`` without an argument) instead of UTC shows."""
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("auto_confirm", [False, True], ids=["request", "confirmed"])
async def test_a_time_given_in_any_zone_is_booked_in_utc_and_its_messages_are_not_dropped(
        db_services: Services, kolkata_machine: None, auto_confirm: bool) -> None:
    """The person's time comes in their own zone on a machine in a third one: the booking (booked and moved) and
    every message about it are in UTC. The renderer drops a message whose ``at`` differs (as text) from the booking's start,
    as it does after a move: a start kept in another zone would silently drop the request or confirmations."""
    service = db_services.consultations
    advisor = await service.upsert_advisor(advisor_spec(auto_confirm=auto_confirm))
    pid = await person(db_services, PERSON_TG)
    slot = (await service.free_slots(advisor.id))[2]
    booked = await service.request_booking(person_id=pid, advisor_id=advisor.id,
                                           starts_at=slot.astimezone(ZoneInfo("America/Sao_Paulo")), topic="taxes",
                                           mode="online", description=None)
    later = (await service.free_slots(advisor.id))[5]
    moved = await service.reschedule(booked.id, pid, later.astimezone(ZoneInfo("Pacific/Kiritimati")))
    for view, start, version in ((booked, slot, 0), (moved, later, 1)):
        assert (view.starts_at, view.starts_at.utcoffset(), view.ends_at.utcoffset()) == (
            start, timedelta(0), timedelta(0))
        async with db_services.uow() as uow:
            messages = list((await uow.session.execute(select(OutboxMessage).where(
                OutboxMessage.dedup_key.startswith(f"booking:{booked.id}:v{version}:")))).scalars())
        assert messages and {m.payload["at"] for m in messages} == {start.astimezone(UTC).isoformat()}
    async with db_services.uow() as uow:
        row = await uow.session.get(Booking, booked.id)
        assert row is not None and row.starts_at == later


async def test_a_booking_names_its_person_and_an_automatic_confirmation_is_recorded_as_such(
        db_services: Services) -> None:
    """The booking returned to the person names them (as the advisor's messages do); the indicators tell a
    booking confirmed automatically (outcome ``auto``) from one an advisor accepted (``ok``)."""
    service = db_services.consultations
    auto = await service.upsert_advisor(advisor_spec(auto_confirm=True))
    manual = await service.upsert_advisor(advisor_spec(2002, name="Bea"))
    pid = await person(db_services, PERSON_TG, "Ewa")
    slot = (await service.free_slots(auto.id))[0]
    confirmed = await service.request_booking(person_id=pid, advisor_id=auto.id, starts_at=slot, topic="taxes",
                                              mode="online", description=None)
    requested = await service.request_booking(person_id=pid, advisor_id=manual.id, starts_at=slot, topic="starting",
                                              mode="online", description=None)
    for booked in (confirmed, requested):
        assert (booked.person_id, booked.person_telegram_id, booked.person_name, booked.person_language) == (
            pid, PERSON_TG, "Ewa", "en")
    await service.decide(requested.id, 2002, accept=True)
    async with db_services.uow() as uow:
        events = (await uow.session.execute(select(Interaction.subject, Interaction.outcome, Interaction.person_id,
                                                   Interaction.topic).where(
            Interaction.kind == "booking.confirmed").order_by(Interaction.id))).all()
    assert [tuple(e) for e in events] == [(f"booking:{confirmed.id}", "auto", pid, "taxes"),
                                          (f"booking:{requested.id}", "ok", pid, "starting")]
