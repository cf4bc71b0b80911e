"""Races that race (PostgreSQL: writers really run at once) beyond one slot: event capacity with a waitlist
and taking a ticket, each attempt held at a gate after its check until the others have passed theirs (or
until it is clear they are waiting for its lock); and booking/rescheduling refusals for past, short-notice,
out-of-hours, weekend, day-off, off-grid and beyond-horizon times (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from helpdesk_bot.bootstrap import Services, build_services
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.consultations.models import Booking
from helpdesk_bot.consultations.slots import DatedException
from helpdesk_bot.consultations.views import BookingError
from helpdesk_bot.events.service import EventService
from helpdesk_bot.knowledge_base.tickets import TicketError, TicketService
from helpdesk_bot.people.actor import CLI
from helpdesk_bot.people.models import Role
from tests.conftest import make_settings
from tests.db.test_consultations_service import advisor_spec, person
from tests.db.test_events import draft
from tests.db.test_events import person as event_person

WARSAW = ZoneInfo("Europe/Warsaw")


class Gate:
    """Holds each arrival until ``parties`` have arrived, or ``patience`` seconds: with a correct lock the
    others cannot arrive (they wait for the holder's lock), so the holder goes on after ``patience``."""

    def __init__(self, parties: int, patience: float = 1.0) -> None:
        self.parties = parties
        self.patience = patience
        self.arrived = 0
        self.most_at_once = 0
        self._inside = 0
        self._all = asyncio.Event()

    async def wait(self) -> None:
        self.arrived += 1
        self._inside += 1
        self.most_at_once = max(self.most_at_once, self._inside)
        if self.arrived >= self.parties:
            self._all.set()
        try:
            await asyncio.wait_for(self._all.wait(), self.patience)
        except TimeoutError:
            pass
        finally:
            self._inside -= 1


def _postgres_only(url: str) -> None:
    if not url.startswith("postgresql"):
        pytest.skip("a real race needs concurrent writers (PostgreSQL)")


# ---------------------------------------------------------------- event capacity
async def test_registrations_that_all_counted_the_free_places_never_exceed_capacity(
    db_services: Services, empty_database_url: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _postgres_only(empty_database_url)
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    event = await db_services.events.catalog.create(draft(clock, capacity=2), created_by=CLI, announce=False)
    people = [await event_person(db_services, 1200 + i) for i in range(6)]
    gate = Gate(len(people))
    counted = EventService._registered_count

    async def count_then_wait(self: EventService, *args: Any) -> int:
        taken = await counted(self, *args)
        await gate.wait()  # every attempt has counted before any of them inserts (unless the lock holds them)
        return taken

    monkeypatch.setattr(EventService, "_registered_count", count_then_wait)
    others = [build_services(make_settings(empty_database_url), clock=clock) for _ in range(2)]
    catalogs = [db_services.events.catalog, *(o.events.catalog for o in others)]
    try:
        results = await asyncio.gather(*(
            catalogs[i % 3].register(event.id, person_id=p.id, telegram_id=p.telegram_id)
            for i, p in enumerate(people)))
    finally:
        for other in others:
            await other.close()
    outcomes = sorted(r.outcome for r in results)
    assert outcomes == ["registered"] * 2 + ["waitlisted"] * 4, outcomes
    assert gate.arrived == len(people) and gate.most_at_once == 1  # the event's lock let one count at a time
    view = await db_services.events.catalog.get(event.id)
    assert view is not None and (view.registered, view.waitlisted) == (2, 4)
    assert sorted(r.position for r in results if r.outcome == "waitlisted") == [1, 2, 3, 4]


# ---------------------------------------------------------------- ticket take
async def test_advisors_in_several_processes_race_for_a_ticket_and_one_wins(
    db_services: Services, empty_database_url: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    _postgres_only(empty_database_url)
    ana = await db_services.people.accept_notice(await _profile(db_services, 1301, "Ana"))
    advisors = []
    for i in range(6):
        await db_services.people.accept_notice(await _profile(db_services, 1400 + i, f"A{i}"))
        advisors.append(await db_services.people.grant(1400 + i, Role.ADVISOR, by=CLI))
    ticket = await db_services.knowledge.tickets.open(ana, "Who takes me?", language="en", country=None)
    gate = Gate(len(advisors))
    diagnose = TicketService._diagnose

    async def diagnose_then_wait(self: TicketService, session: Any, ticket_id: int) -> Any:
        found = await diagnose(self, session, ticket_id)
        await gate.wait()  # after the claiming UPDATE, before the commit
        return found

    monkeypatch.setattr(TicketService, "_diagnose", diagnose_then_wait)
    others = [build_services(make_settings(empty_database_url), clock=db_services.clock) for _ in range(2)]
    services = [db_services, *others]
    try:
        results = await asyncio.gather(*(
            services[i % 3].knowledge.tickets.take(ticket.id, a) for i, a in enumerate(advisors)),
            return_exceptions=True)
    finally:
        for other in others:
            await other.close()
    winners = [r for r in results if not isinstance(r, BaseException)]
    losers = [r for r in results if isinstance(r, TicketError)]
    assert len(winners) == 1 and len(losers) == 5, results
    assert {e.reason for e in losers} == {"already_taken"}
    stored = await db_services.knowledge.tickets.get(ticket.id)
    assert stored is not None and stored.advisor_person_id == winners[0].advisor_person_id  # type: ignore[union-attr]


async def _profile(services: Services, telegram_id: int, name: str) -> Any:
    from helpdesk_bot.people.service import TelegramProfile

    profile = TelegramProfile(telegram_id, name, None, None, "en")
    await services.people.ensure(profile)
    return profile


# ---------------------------------------------------------------- refusals of impossible times
def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=WARSAW)


DAY_OFF = date(2026, 11, 26)  # a Thursday; the test clock starts on Monday 2026-11-23 10:00 in Warsaw

IMPOSSIBLE = {
    "past": _at(date(2026, 11, 20), 10),  # a Friday, working hours, three days ago
    "within the notice": _at(date(2026, 11, 23), 14),  # today, in hours, less than 24 h ahead
    "out of hours (evening)": _at(date(2026, 11, 25), 20),
    "out of hours (early)": _at(date(2026, 11, 25), 8),
    "weekend": _at(date(2026, 11, 28), 10),
    "day off": _at(DAY_OFF, 10),
    "off the grid": _at(date(2026, 11, 25), 10, 20),
    "beyond the horizon": _at(date(2027, 1, 4), 10),
}


async def test_booking_and_rescheduling_refuse_impossible_times(db_services: Services) -> None:
    service = db_services.consultations
    spec = advisor_spec()
    spec = type(spec)(**{**spec.__dict__, "exceptions": (DatedException(DAY_OFF, "off"),)})
    advisor = await service.upsert_advisor(spec)
    pid = await person(db_services, 1501)
    slots = set(await service.free_slots(advisor.id))
    valid = _at(date(2026, 11, 25), 10).astimezone(ZoneInfo("UTC"))
    assert valid in slots and _at(date(2026, 11, 27), 10) in slots  # the grid around the impossible times
    assert not slots & {t.astimezone(ZoneInfo("UTC")) for t in IMPOSSIBLE.values()}
    for name, when in IMPOSSIBLE.items():
        with pytest.raises(BookingError) as refused:
            await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=when.astimezone(ZoneInfo("UTC")),
                                          topic="taxes", mode="online", description=None)
        assert refused.value.reason == "slot_unavailable", name
    booking = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=valid, topic="taxes",
                                            mode="online", description=None)
    for name, when in IMPOSSIBLE.items():
        with pytest.raises(BookingError) as refused:
            await service.reschedule(booking.id, pid, when.astimezone(ZoneInfo("UTC")))
        assert refused.value.reason == "slot_unavailable", name
    async with db_services.uow() as uow:
        rows = (await uow.session.execute(select(Booking.starts_at, Booking.state))).all()
    assert [(r[0].astimezone(ZoneInfo("UTC")), r[1]) for r in rows] == [(valid, booking.state)]
    moved = await service.reschedule(booking.id, pid, _at(date(2026, 11, 27), 10).astimezone(ZoneInfo("UTC")))
    assert moved.starts_at == _at(date(2026, 11, 27), 10)
