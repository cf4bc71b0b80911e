"""Rescheduling and booking rules that mutation testing found unchecked (benchmarks/MUTATION.md, "booking").

Through the public service only: who may move a booking, what a moved booking becomes (times, state,
expiry, decision time, version, the advisor's "moved" request, the person's new confirmation), what a
refusal carries (the booking, the next free slots), and what happens when someone else is faster or the
advisor cancels while the person is moving it. SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.consultations import rules as booking_rules
from helpdesk_bot.consultations.models import Booking
from helpdesk_bot.consultations.slots import WeeklyWindow, parse_window
from helpdesk_bot.consultations.views import BookingError, BookingView
from tests.db.test_consultations_service import ADVISOR_TG, advisor_spec, person

PERSON_TG = 7101


async def _booked(services: Services, *, auto_confirm: bool, slot: int = 0,
                  **spec: Any) -> tuple[BookingView, int, list[datetime]]:
    base = advisor_spec(auto_confirm=auto_confirm)
    advisor = await services.consultations.upsert_advisor(type(base)(**{**base.__dict__, **spec}))
    pid = await person(services, PERSON_TG)
    slots = await services.consultations.free_slots(advisor.id)
    booking = await services.consultations.request_booking(person_id=pid, advisor_id=advisor.id,
                                                           starts_at=slots[slot], topic="taxes", mode="online",
                                                           description=None)
    return booking, pid, slots


async def _row(services: Services, booking_id: int) -> Booking:
    async with services.uow() as uow:
        row = await uow.session.get(Booking, booking_id)
        assert row is not None
        return row


async def _outbox(services: Services, prefix: str) -> list[OutboxMessage]:
    async with services.uow() as uow:
        return list((await uow.session.execute(select(OutboxMessage).where(
            OutboxMessage.dedup_key.startswith(prefix)).order_by(OutboxMessage.id))).scalars())


async def test_only_the_person_who_booked_can_move_a_booking(db_services: Services) -> None:
    booking, pid, slots = await _booked(db_services, auto_confirm=False)
    stranger = await person(db_services, 7102, "Olaf")
    for booking_id, who in ((booking.id, stranger), (booking.id + 1000, pid)):
        with pytest.raises(BookingError) as refused:
            await db_services.consultations.reschedule(booking_id, who, slots[3])
        assert refused.value.reason == "not_found"
    assert (await _row(db_services, booking.id)).starts_at == slots[0]


async def test_a_moved_request_waits_for_the_advisor_again(db_services: Services) -> None:
    booking, pid, slots = await _booked(db_services, auto_confirm=False)
    accepted = await db_services.consultations.decide(booking.id, ADVISOR_TG, accept=True)
    assert accepted.state == "confirmed" and (await _row(db_services, booking.id)).decided_at is not None
    now = db_services.clock.now()
    moved = await db_services.consultations.reschedule(booking.id, pid, slots[3])
    assert (moved.state, moved.starts_at, moved.ends_at) == ("requested", slots[3], slots[3] + timedelta(minutes=45))
    assert moved.expires_at == now + db_services.consultations.policy.request_ttl  # a day to decide
    assert (moved.version, moved.person_id, moved.person_telegram_id) == (1, pid, PERSON_TG)
    assert (await _row(db_services, booking.id)).decided_at is None
    requests = await _outbox(db_services, f"booking:{booking.id}:v1:request")
    assert [m.payload["key"] for m in requests] == ["consult-n-request-moved"]  # "moved", not a new request
    again = await db_services.consultations.reschedule(booking.id, pid, slots[5])
    assert again.version == 2 and again.starts_at == slots[5]
    assert [m.payload["key"] for m in await _outbox(db_services, f"booking:{booking.id}:v2:request")] == [
        "consult-n-request-moved"]


async def test_a_request_close_to_its_time_expires_at_its_start(db_services: Services) -> None:
    booking, pid, slots = await _booked(db_services, auto_confirm=False, slot=-1, min_notice_hours=2)
    now, policy = db_services.clock.now(), db_services.consultations.policy
    soon = next(s for s in slots if s - now < policy.request_ttl)
    moved = await db_services.consultations.reschedule(booking.id, pid, soon)
    assert moved.expires_at == soon  # the advisor cannot accept after the consultation would have begun


async def test_a_moved_auto_confirmed_booking_is_confirmed_to_both_at_once(db_services: Services) -> None:
    booking, pid, slots = await _booked(db_services, auto_confirm=True)
    now = db_services.clock.now()
    moved = await db_services.consultations.reschedule(booking.id, pid, slots[3])
    assert (moved.state, moved.expires_at, moved.ends_at) == ("confirmed", None, slots[3] + timedelta(minutes=45))
    assert (await _row(db_services, booking.id)).decided_at == now
    confirmations = await _outbox(db_services, f"booking:{booking.id}:v1:")
    assert {ADVISOR_TG, PERSON_TG} <= {m.recipient_telegram_id for m in confirmations}
    to_person = [m for m in confirmations if m.recipient_telegram_id == PERSON_TG]
    assert to_person and all(m.payload["to"] == "person" for m in to_person)


async def test_a_refused_move_carries_the_booking_and_the_next_free_slots(db_services: Services) -> None:
    booking, pid, slots = await _booked(db_services, auto_confirm=False)
    off_grid = slots[3] + timedelta(minutes=20)
    with pytest.raises(BookingError) as refused:
        await db_services.consultations.reschedule(booking.id, pid, off_grid)
    assert refused.value.reason == "slot_unavailable"
    assert refused.value.booking is not None and refused.value.booking.id == booking.id
    assert refused.value.booking.person_id == pid and refused.value.booking.person_telegram_id == PERSON_TG
    # the booking's own slot counts as free for itself: it is offered among the alternatives
    assert refused.value.alternatives == (slots[0], slots[1], slots[2])


async def test_a_booking_may_move_within_its_own_time_after_the_grid_changed(db_services: Services) -> None:
    booking, pid, _slots = await _booked(db_services, auto_confirm=True)
    # the advisor now works in 30-minute slots without a buffer: 30 min later overlaps only the booking itself
    base = advisor_spec(auto_confirm=True)
    await db_services.consultations.upsert_advisor(type(base)(**{**base.__dict__, "slot_minutes": 30,
                                                                 "buffer_minutes": 0}))
    later = booking.starts_at + timedelta(minutes=30)
    moved = await db_services.consultations.reschedule(booking.id, pid, later)
    assert (moved.starts_at, moved.ends_at) == (later, later + timedelta(minutes=30))


def _during_the_check(monkeypatch: pytest.MonkeyPatch, act: Callable[[], Awaitable[None]]) -> None:
    """Run ``act`` (another person's or the advisor's action, committed) right after the service has checked
    the availability of the first move, before it writes: the race a slow bot loses."""
    original = booking_rules.free_slots
    pending = [act]

    async def slots_then_act(*args: Any, **kwargs: Any) -> list[datetime]:
        result = await original(*args, **kwargs)
        if pending and kwargs.get("exclude_booking") is not None:
            await pending.pop()()
        return result

    monkeypatch.setattr(booking_rules, "free_slots", slots_then_act)  # the availability check of every use case


async def test_someone_faster_takes_the_new_slot_and_the_mover_is_offered_others(
        db_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    booking, pid, slots = await _booked(db_services, auto_confirm=True)
    rival = await person(db_services, 7103, "Rita")

    async def rival_books() -> None:
        await db_services.consultations.request_booking(person_id=rival, advisor_id=booking.advisor_id,
                                                        starts_at=slots[3], topic="taxes", mode="online",
                                                        description=None)

    _during_the_check(monkeypatch, rival_books)
    with pytest.raises(BookingError) as refused:
        await db_services.consultations.reschedule(booking.id, pid, slots[3])
    assert refused.value.reason == "slot_taken"
    assert refused.value.alternatives and slots[3] not in refused.value.alternatives
    assert refused.value.alternatives[0] == slots[0]  # its own slot is still its own
    row = await _row(db_services, booking.id)
    assert (row.starts_at, row.state, row.reschedule_count) == (slots[0], "confirmed", 0)


async def test_a_booking_the_advisor_cancelled_meanwhile_is_not_moved(
        db_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    booking, pid, slots = await _booked(db_services, auto_confirm=True)

    async def advisor_cancels() -> None:
        await db_services.consultations.cancel_by_advisor(booking.id, ADVISOR_TG, "Ill")

    _during_the_check(monkeypatch, advisor_cancels)
    with pytest.raises(BookingError) as refused:
        await db_services.consultations.reschedule(booking.id, pid, slots[3])
    assert refused.value.reason == "invalid_state"
    assert refused.value.booking is not None and refused.value.booking.id == booking.id
    assert refused.value.alternatives == ()  # a refusal not about the time offers no times
    row = await _row(db_services, booking.id)
    assert (row.starts_at, row.state) == (slots[0], "cancelled")


async def test_free_slots_follow_the_advisors_own_days_off_and_active_bookings(db_services: Services) -> None:
    service = db_services.consultations
    quick = {"min_notice_hours": 1, "buffer_minutes": 0}  # slots today; the grid is the slot length (45 min)
    spec_a, spec_b = advisor_spec(auto_confirm=True), advisor_spec(2002, auto_confirm=True, name="Bea")
    a = await service.upsert_advisor(type(spec_a)(**{**spec_a.__dict__, **quick}))
    b = await service.upsert_advisor(type(spec_b)(**{**spec_b.__dict__, **quick}))
    tuesday = date(2026, 11, 24)  # tomorrow (the clock says Monday 23 November, 10:00 in Warsaw)
    await service.add_exception(a.id, tuesday, "off", parse_window("10:00-12:00"))  # part of a day off
    await service.add_exception(b.id, tuesday, "off")  # Bea's day off is not Tomas's
    warsaw = ZoneInfo("Europe/Warsaw")

    def tuesday_times(slots: list[datetime]) -> list[str]:
        return [s.astimezone(warsaw).strftime("%H:%M") for s in slots if s.astimezone(warsaw).date() == tuesday]

    # 09:00-10:00 holds one 45-minute slot, 12:00-17:00 six
    assert tuesday_times(await service.free_slots(a.id)) == ["09:00", "12:00", "12:45", "13:30", "14:15", "15:00",
                                                             "15:45"]
    assert tuesday_times(await service.free_slots(b.id)) == []
    # a booking today (within a day) takes its slot, even with no buffer around it
    pid, other = await person(db_services, PERSON_TG), await person(db_services, 7104, "Olga")
    first = (await service.free_slots(a.id))[0]
    assert first - db_services.clock.now() < timedelta(hours=24)
    booked = await service.request_booking(person_id=pid, advisor_id=a.id, starts_at=first, topic="taxes",
                                           mode="online", description=None)
    assert first not in await service.free_slots(a.id)
    # Bea's booking at the same time does not take Tomas's slot
    same_time = (await service.free_slots(b.id))[1]  # the same grid: Tomas's second slot too
    await service.request_booking(person_id=other, advisor_id=b.id, starts_at=same_time, topic="taxes",
                                  mode="online", description=None)
    assert same_time not in await service.free_slots(b.id)
    assert same_time in await service.free_slots(a.id)
    # a cancelled booking frees its slot again
    await service.cancel_by_advisor(booked.id, ADVISOR_TG, "Ill")
    assert first in await service.free_slots(a.id)


async def test_a_hidden_advisor_has_no_slots_and_takes_no_bookings(db_services: Services) -> None:
    service = db_services.consultations
    advisor = await service.upsert_advisor(advisor_spec())
    pid = await person(db_services, PERSON_TG)
    slot = (await service.free_slots(advisor.id))[0]
    with pytest.raises(BookingError) as refused:
        await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slot, topic="weather",
                                      mode="online", description=None)
    assert refused.value.reason == "invalid_topic"
    await person(db_services, 9000, "Sofia")  # staff (from the configuration)
    staff = await db_services.people.get(9000)
    assert staff is not None and staff.is_staff
    await service.set_active(advisor.id, False, by=staff)
    assert await service.free_slots(advisor.id) == []
    with pytest.raises(BookingError) as refused:
        await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slot, topic="taxes",
                                      mode="online", description=None)
    assert refused.value.reason == "no_advisor"


async def _two_advisors(services: Services, **spec: Any) -> tuple[int, int]:
    first, second = advisor_spec(**spec), advisor_spec(2002, name="Bea", **spec)
    a = await services.consultations.upsert_advisor(first)
    b = await services.consultations.upsert_advisor(type(second)(**{**second.__dict__, "modes": {"online": "https://meet.example.org/b"}}))
    return a.id, b.id


async def test_a_request_names_what_is_wrong_with_it(db_services: Services) -> None:
    service = db_services.consultations
    a, b = await _two_advisors(db_services)
    pid = await person(db_services, PERSON_TG)
    slot = (await service.free_slots(a))[0]
    cases: list[tuple[dict[str, Any], str]] = [
        ({"advisor_id": None}, "no_advisor"),  # neither an advisor nor a choice of advisors
        ({"advisor_id": a + b + 100}, "no_advisor"),  # an unknown advisor
        ({"person_id": pid + 100}, "no_advisor"),  # an unknown person
        ({"mode": "carrier_pigeon"}, "invalid_mode"),
        ({"advisor_id": b, "mode": "in_person"}, "invalid_mode"),  # a mode Bea does not offer
    ]
    for change, reason in cases:
        request: dict[str, Any] = {"person_id": pid, "advisor_id": a, "starts_at": slot, "topic": "taxes",
                                   "mode": "online", "description": None, **change}
        with pytest.raises(BookingError) as refused:
            await service.request_booking(**request)
        assert refused.value.reason == reason, change
        assert refused.value.alternatives == (), change  # a refusal not about the time offers no times


async def test_the_description_is_trimmed_and_empty_means_none(db_services: Services) -> None:
    service = db_services.consultations
    a, _b = await _two_advisors(db_services)
    pid = await person(db_services, PERSON_TG)
    slots = await service.free_slots(a)
    kept = []
    for slot, text in zip(slots, (None, "   ", "  " + "x" * 1500), strict=False):
        booked = await service.request_booking(person_id=pid, advisor_id=a, starts_at=slot, topic="taxes",
                                               mode="online", description=text)
        kept.append((await _row(db_services, booked.id)).description)
    assert kept == [None, None, "x" * 1000]


async def test_with_a_choice_of_advisors_the_first_free_one_is_booked(db_services: Services) -> None:
    service = db_services.consultations
    a, b = await _two_advisors(db_services)
    pid, rival = await person(db_services, PERSON_TG), await person(db_services, 7105, "Rita")
    slots = await service.free_slots(a)
    assert slots == await service.free_slots(b)  # the same hours
    # Bea meets online only: an in-person request goes past her to Tomas
    in_person = await service.request_booking(person_id=pid, advisor_id=None, advisor_ids=(b, a), starts_at=slots[0],
                                              topic="taxes", mode="in_person", description=None)
    assert in_person.advisor_id == a
    # Tomas is taken at slots[1] (slot_unavailable): the request goes to Bea
    await service.request_booking(person_id=rival, advisor_id=a, starts_at=slots[1], topic="taxes", mode="online",
                                  description=None)
    second = await service.request_booking(person_id=pid, advisor_id=None, advisor_ids=(a, b), starts_at=slots[1],
                                           topic="taxes", mode="online", description=None)
    assert second.advisor_id == b
    # both taken: the last refusal, with the next free slots
    with pytest.raises(BookingError) as refused:
        await service.request_booking(person_id=rival, advisor_id=None, advisor_ids=(a, b), starts_at=slots[1],
                                      topic="taxes", mode="online", description=None)
    assert refused.value.reason == "slot_unavailable" and refused.value.alternatives
    assert slots[1] not in refused.value.alternatives


async def test_with_a_choice_of_advisors_a_slot_lost_in_a_race_goes_to_the_next(
        db_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    service = db_services.consultations
    a, b = await _two_advisors(db_services)
    pid, rival = await person(db_services, PERSON_TG), await person(db_services, 7106, "Rita")
    slot = (await service.free_slots(a))[0]
    original = booking_rules.free_slots
    pending = [a]

    async def slots_then_rival_books(calendar: Any, advisor: Any, *args: Any, **kwargs: Any) -> list[datetime]:
        result = await original(calendar, advisor, *args, **kwargs)
        if pending and advisor.id == pending[0]:
            pending.clear()
            await service.request_booking(person_id=rival, advisor_id=a, starts_at=slot, topic="taxes",
                                          mode="online", description=None)
        return result

    monkeypatch.setattr(booking_rules, "free_slots", slots_then_rival_books)
    booked = await service.request_booking(person_id=pid, advisor_id=None, advisor_ids=(a, b), starts_at=slot,
                                           topic="taxes", mode="online", description=None)
    assert booked.advisor_id == b and booked.starts_at == slot


async def test_the_limit_counts_only_the_persons_own_upcoming_active_bookings(db_services: Services) -> None:
    service = db_services.consultations
    clock: Any = db_services.clock
    a, b = await _two_advisors(db_services, auto_confirm=True)
    pid, other = await person(db_services, PERSON_TG), await person(db_services, 7107, "Olga")
    slots = await service.free_slots(a)
    for slot in slots[:3]:  # someone else's bookings do not count
        await service.request_booking(person_id=other, advisor_id=a, starts_at=slot, topic="taxes", mode="online",
                                      description=None)
    mine = [await service.request_booking(person_id=pid, advisor_id=b, starts_at=slot, topic="taxes",
                                          mode="online", description=None) for slot in slots[:3]]
    assert all(m.state == "confirmed" and m.expires_at is None for m in mine)
    assert (await _row(db_services, mine[0].id)).decided_at == clock.now()  # confirmed at once: decided now
    await service.cancel_by_advisor(mine[0].id, 2002, None)  # a cancelled one does not count
    fourth = await service.request_booking(person_id=pid, advisor_id=b, starts_at=slots[3], topic="taxes",
                                           mode="online", description=None)
    with pytest.raises(BookingError) as refused:
        await service.request_booking(person_id=pid, advisor_id=b, starts_at=slots[4], topic="taxes",
                                      mode="online", description=None)
    assert refused.value.reason == "too_many"
    clock.set(fourth.ends_at)  # all of them are over (the last one just ended): none counts any more
    later = await service.free_slots(b)
    booked = await service.request_booking(person_id=pid, advisor_id=b, starts_at=later[0], topic="taxes",
                                           mode="online", description=None)
    assert booked.state == "confirmed"


async def test_a_request_waits_undecided(db_services: Services) -> None:
    booking, _pid, _slots = await _booked(db_services, auto_confirm=False)
    assert booking.state == "requested"
    assert booking.expires_at == db_services.clock.now() + db_services.consultations.policy.request_ttl
    assert (await _row(db_services, booking.id)).decided_at is None


def regrid_and_book_meanwhile(monkeypatch: pytest.MonkeyPatch, service: Any, base: Any, advisor_id: int, *,
                              hours: str, buffer_minutes: int, rival: int, starts_at: datetime,
                              on_move: bool = False) -> list[bool]:
    """Make the next availability check (with ``on_move``: the next check of a move) race: right after it, the
    advisor moves to one-hour slots in ``hours`` (weekdays) with ``buffer_minutes``, and ``rival`` books
    ``starts_at`` on that new grid.  Returns a list that is emptied when the race has happened."""
    original = booking_rules.free_slots
    pending = [True]

    async def slots_then_grid_change_and_rival(*args: Any, **kwargs: Any) -> list[datetime]:
        result = await original(*args, **kwargs)
        if pending and (not on_move or kwargs.get("exclude_booking") is not None):
            pending.clear()
            week = tuple(WeeklyWindow(d, parse_window(hours)) for d in range(5))
            await service.upsert_advisor(type(base)(**{**base.__dict__, "slot_minutes": 60,
                                                       "buffer_minutes": buffer_minutes, "hours": week}))
            await service.request_booking(person_id=rival, advisor_id=advisor_id, starts_at=starts_at,
                                          topic="taxes", mode="online", description=None)
        return result

    monkeypatch.setattr(booking_rules, "free_slots", slots_then_grid_change_and_rival)
    return pending


async def test_a_booking_on_the_old_grid_that_overlaps_one_on_the_new_grid_is_refused(
        db_services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """The availability check passed, then the advisor moved the hours and slot length and someone booked half an
    hour earlier on the new grid: a different start (the unique index allows it), the same time (the overlap
    check refuses it)."""
    service = db_services.consultations
    base = advisor_spec(auto_confirm=True)
    advisor = await service.upsert_advisor(base)
    pid, rival = await person(db_services, PERSON_TG), await person(db_services, 7108, "Rita")
    slot = (await service.free_slots(advisor.id))[8]  # a day or two ahead: well past the notice
    # hours from 08:30 in one-hour slots: 08:30-09:30 is free on the new grid and overlaps 09:00-10:00
    regrid_and_book_meanwhile(monkeypatch, service, base, advisor.id, hours="08:30-17:30", buffer_minutes=0,
                              rival=rival, starts_at=slot - timedelta(minutes=30))
    with pytest.raises(BookingError) as refused:
        await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slot, topic="taxes",
                                      mode="online", description=None)
    assert refused.value.reason == "slot_taken" and refused.value.alternatives
    async with db_services.uow() as uow:
        active = (await uow.session.execute(select(Booking.person_id, Booking.starts_at).where(
            Booking.state.in_(("requested", "confirmed"))))).all()
    assert [tuple(r) for r in active] == [(rival, slot - timedelta(minutes=30))]
