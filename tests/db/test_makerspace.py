"""Makerspace on a real database (SQLite, and PostgreSQL when configured): capacity enforced by the
database under concurrency, booking rules, inductions (CLI, events), cancel/reschedule, maintenance
closures, day totals for the utilisation indicator, privacy."""

import asyncio
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from helpdesk_bot.bootstrap import Services, build_services
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.db.engine import create_engine
from helpdesk_bot.db.migrate import upgrade_async
from helpdesk_bot.events.models import RegistrationMode
from helpdesk_bot.events.views import EventDraft
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.indicators.report import Period
from helpdesk_bot.makerspace.models import Claim, MakerBooking
from helpdesk_bot.makerspace.service import MakerspaceService
from helpdesk_bot.makerspace.specs import load_makerspace, parse_makerspace
from helpdesk_bot.makerspace.views import MakerError
from helpdesk_bot.people.actor import CLI, Operator
from helpdesk_bot.people.service import TelegramProfile
from helpdesk_bot.scheduling.spans import local_start
from tests.conftest import PROJECT_ROOT, make_settings

WARSAW = "Europe/Warsaw"
TUESDAY = date(2026, 11, 24)  # the test clock starts on Monday 2026-11-23 09:00 UTC


def at(day: date, hhmm: str) -> datetime:
    h, m = hhmm.split(":")
    return local_start(day, int(h) * 60 + int(m), WARSAW)


async def person(services: Services, telegram_id: int, name: str = "Ewa") -> int:
    profile = TelegramProfile(telegram_id, name, None, None, "en")
    await services.people.ensure(profile)
    return (await services.people.accept_notice(profile)).id


async def load_sample(services: Services) -> None:
    inductions, resources = load_makerspace(PROJECT_ROOT / "makerspace.sample.yaml")
    await services.makerspace.workshop.import_specs(inductions, resources)


async def count(services: Services, model: Any, *where: Any) -> int:
    async with services.uow() as uow:
        return int((await uow.session.execute(select(func.count()).select_from(model).where(*where))).scalar_one())


def two_unit_resource() -> dict[str, Any]:
    return {"resources": [{"key": "wheel", "name": {"en": "Wheel"}, "units": 2, "slot_minutes": 60,
                           "max_minutes": 180, "hours": {d: ["10:00-18:00"] for d in ("mon", "tue", "wed")}}]}


async def test_fifty_concurrent_attempts_on_a_two_unit_resource_exactly_two_succeed(db_services: Services) -> None:
    services = db_services
    await services.makerspace.workshop.import_specs(*parse_makerspace(two_unit_resource(), "test", WARSAW))
    people = [await person(services, 7000 + i, f"P{i}") for i in range(50)]
    start = at(TUESDAY, "11:00")

    async def attempt(person_id: int) -> str:
        try:
            await services.makerspace.makers.book(person_id=person_id, resource_key="wheel", starts_at=start, slots=2)
            return "ok"
        except MakerError as exc:
            return exc.reason

    results = await asyncio.gather(*(attempt(p) for p in people))
    assert results.count("ok") == 2
    assert set(results) == {"ok", "full"}
    assert await count(services, MakerBooking, MakerBooking.state == "confirmed") == 2
    assert await count(services, Claim) == 4  # two units x two slots
    async with services.uow() as uow:
        units = sorted((await uow.session.execute(select(MakerBooking.unit))).scalars())
    assert units == [1, 2]


class _RacingService(MakerspaceService):
    """Every first attempt waits at a barrier after all checks, so all of them insert claims at once."""

    def __init__(self, *args: Any, barrier: asyncio.Barrier, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.barrier = barrier
        self.waited: set[int] = set()

    async def _claim(self, s: Any, resource_id: int, unit: int, starts: Any, booking_id: int) -> None:
        task = id(asyncio.current_task())
        if task not in self.waited:
            self.waited.add(task)
            await self.barrier.wait()
        await super()._claim(s, resource_id, unit, starts, booking_id)


@pytest.mark.postgres
async def test_fifty_racing_transactions_on_postgresql_exactly_two_succeed(postgres_server_url: str,
                                                                            clock: ManualClock) -> None:
    from tests.conftest import _drop_postgres_database, _fresh_postgres_database

    url, name = await asyncio.to_thread(_fresh_postgres_database, postgres_server_url)
    try:
        await upgrade_async(url)
        engine = create_engine(url, pool_size=55, max_overflow=5)
        services = build_services(make_settings(url), clock=clock, engine=engine)
        try:
            await services.makerspace.workshop.import_specs(*parse_makerspace(two_unit_resource(), "test", WARSAW))
            people = [await person(services, 7000 + i, f"P{i}") for i in range(50)]
            base = services.makerspace.makers
            racing = _RacingService(services.uow, clock, services.outbox, base.policy, base.inductions,
                                    barrier=asyncio.Barrier(50))
            start = at(TUESDAY, "11:00")

            async def attempt(person_id: int) -> str:
                try:
                    await racing.book(person_id=person_id, resource_key="wheel", starts_at=start, slots=2)
                    return "ok"
                except MakerError as exc:
                    return exc.reason

            results = await asyncio.wait_for(asyncio.gather(*(attempt(p) for p in people)), timeout=120)
            assert len(racing.waited) == 50  # every attempt passed the checks before any claim was inserted
            assert results.count("ok") == 2
            assert set(results) == {"ok", "full"}
            assert await count(services, MakerBooking) == 2
            assert await count(services, Claim) == 4
        finally:
            await services.close()
    finally:
        await asyncio.to_thread(_drop_postgres_database, postgres_server_url, name)


async def test_bad_input_is_refused_and_nothing_is_saved(db_services: Services) -> None:
    services = db_services
    await load_sample(services)
    me = await person(services, 7001)
    await services.makerspace.inductions.record("kiln", 7001, by=Operator(9000), source="chat")
    makers = services.makerspace.makers
    cases = [
        ("3d-printer", at(TUESDAY, "10:00"), 9, "too_long"),          # 9 h, the maximum is 8
        ("3d-printer", at(TUESDAY, "08:00"), 1, "outside_hours"),     # opens at 10:00
        ("3d-printer", at(TUESDAY, "19:00"), 2, "outside_hours"),     # closes at 20:00
        ("3d-printer", at(date(2026, 11, 23), "12:00"), 1, "outside_hours"),  # closed on Mondays
        ("kiln", at(TUESDAY, "10:00"), 1, "too_short"),               # a firing is at least 4 h
        ("no-such-machine", at(TUESDAY, "10:00"), 1, "unknown_resource"),
        ("3d-printer", at(date(2026, 12, 22), "10:00"), 1, "too_far"),  # beyond the 14-day horizon
    ]
    for key, start, slots, reason in cases:
        with pytest.raises(MakerError) as refused:
            await makers.book(person_id=me, resource_key=key, starts_at=start, slots=slots)
        assert refused.value.reason == reason, (key, start, slots)
    assert await count(services, MakerBooking) == 0
    assert await count(services, Claim) == 0
    with pytest.raises(MakerError) as unknown:
        await services.makerspace.inductions.record("laser-safety", 99999, by=CLI, source="cli")
    assert unknown.value.reason == "unknown_person"
    with pytest.raises(MakerError) as no_induction:
        await services.makerspace.inductions.record("no-such-induction", 7001, by=CLI, source="cli")
    assert no_induction.value.reason == "unknown_induction"


async def test_a_booking_across_the_autumn_clock_change_is_refused(db_services: Services, clock: ManualClock) -> None:
    services = db_services
    night = {"resources": [{"key": "printer", "name": {"en": "Printer"}, "units": 1, "slot_minutes": 60,
                            "max_minutes": 240, "hours": {"sun": ["00:00-06:00"]}}]}
    await services.makerspace.workshop.import_specs(*parse_makerspace(night, "test", WARSAW))
    me = await person(services, 7001)
    clock.set(datetime(2026, 10, 20, 9, 0, tzinfo=UTC))
    sunday = date(2026, 10, 25)  # 02:00-03:00 happens twice
    with pytest.raises(MakerError) as refused:
        await services.makerspace.makers.book(person_id=me, resource_key="printer", starts_at=at(sunday, "01:00"),
                                              slots=3)
    assert refused.value.reason == "dst"
    booked = await services.makerspace.makers.book(person_id=me, resource_key="printer",
                                                   starts_at=at(sunday, "03:00"), slots=3)
    assert booked.ends_at - booked.starts_at == timedelta(hours=3)


async def test_induction_required_then_recorded_by_attending_the_induction_event(db_services: Services) -> None:
    services = db_services
    await load_sample(services)
    me = await person(services, 7001)
    laser = await services.makerspace.makers.resource("laser-cutter")
    event = await services.events.catalog.create(EventDraft(
        kind="workshop", texts={"en": {"title": "Laser cutter safety induction", "description": "Bring shoes."}},
        default_language="en", starts_at=at(TUESDAY, "17:00"), ends_at=at(TUESDAY, "18:00"), timezone=WARSAW,
        venue="Makerspace", registration_mode=RegistrationMode.BOT, capacity=8, key="laser-induction-2026-11-24",
    ), created_by=CLI, announce=False)
    with pytest.raises(MakerError) as refused:
        await services.makerspace.makers.book(person_id=me, resource_key="laser-cutter",
                                              starts_at=at(date(2026, 11, 26), "10:00"), slots=2)
    assert refused.value.reason == "induction_required"
    status = refused.value.status
    assert status is not None and status.next_event_id == event.id and status.induction is not None
    assert status.induction.key == "laser-safety" and status.induction.contact
    await services.events.catalog.register(event.id, person_id=me, telegram_id=7001)
    await services.events.catalog.mark_attendance(event.id, person_id=me, attended=True)
    assert (await services.makerspace.inductions.status(me, laser)).allowed
    booked = await services.makerspace.makers.book(person_id=me, resource_key="laser-cutter",
                                                   starts_at=at(date(2026, 11, 26), "10:00"), slots=2)
    assert booked.hours == 1.0
    assert await count(services, Interaction, Interaction.kind == "makerspace.induction",
                       Interaction.outcome == "event") == 1


async def test_inductions_expire(db_services: Services, clock: ManualClock) -> None:
    services = db_services
    await load_sample(services)
    me = await person(services, 7001)
    _induction, expires, _name = await services.makerspace.inductions.record("woodworking-bench", 7001, by=Operator(9000),
                                                                            source="chat")
    assert expires.date() == date(2027, 11, 23)  # woodwork: 12 months
    bench = await services.makerspace.makers.resource("woodworking-bench")
    assert (await services.makerspace.inductions.status(me, bench)).allowed
    clock.set(datetime(2027, 11, 24, 9, 0, tzinfo=UTC))
    status = await services.makerspace.inductions.status(me, bench)
    assert not status.allowed and status.expired


async def test_cancel_and_reschedule_free_the_unit(db_services: Services) -> None:
    services = db_services
    await load_sample(services)
    a, b = await person(services, 7001, "A"), await person(services, 7002, "B")
    makers = services.makerspace.makers
    first = await makers.book(person_id=a, resource_key="sewing-machine",
                              starts_at=at(TUESDAY, "10:00"), slots=2)
    assert first.unit == 1
    keys = sorted(m.dedup_key for m in await _pending(services))
    # 24 hours before is now: only the confirmation and the reminder an hour before
    assert keys == [f"mbooking:{first.id}:v0:{k}" for k in ("confirmed", "remind1")]
    moved = await makers.reschedule(first.id, a, at(TUESDAY, "14:00"), 3)
    assert moved.id == first.id and moved.version == 1 and moved.slots == 3
    assert await count(services, Claim, Claim.booking_id == first.id) == 3
    with pytest.raises(MakerError) as forged:
        await makers.cancel(first.id, b)
    assert forged.value.reason == "not_found"
    await makers.cancel(first.id, a)
    assert await count(services, Claim) == 0
    assert [m.dedup_key for m in await _pending(services) if ":v0:" in m.dedup_key] == []


async def _pending(services: Services) -> list[OutboxMessage]:
    async with services.uow() as uow:
        return list((await uow.session.execute(select(OutboxMessage).where(OutboxMessage.state == "pending"))).scalars())


async def test_maintenance_closing_cancels_bookings_in_the_way_and_offers_another_unit(db_services: Services) -> None:
    services = db_services
    await load_sample(services)
    a, b = await person(services, 7001, "A"), await person(services, 7002, "B")
    makers, workshop = services.makerspace.makers, services.makerspace.workshop
    one = await makers.book(person_id=a, resource_key="3d-printer", starts_at=at(TUESDAY, "12:00"), slots=2)
    two = await makers.book(person_id=b, resource_key="3d-printer", starts_at=at(TUESDAY, "12:00"), slots=2)
    assert (one.unit, two.unit) == (1, 2)
    result = await workshop.close("3d-printer", unit=1, start=services.clock.now(),
                                  end=services.clock.now() + timedelta(days=2), reason="nozzle", by=Operator(9000))
    assert [c.id for c in result.cancelled] == [one.id]
    told = [m for m in await _pending(services) if m.recipient_telegram_id == 7001 and m.dedup_key.endswith("cancelled")]
    assert told and told[0].payload["actions"] == ["rebook_unit", "rebook_time"]
    # unit 1 is closed: nobody can book it, and the maker gets unit 3 at the same time
    again = await workshop.rebook_other_unit(one.id, a)
    assert again.unit == 3 and again.starts_at == one.starts_at
    with pytest.raises(MakerError) as full:
        await makers.book(person_id=await person(services, 7003), resource_key="3d-printer",
                          starts_at=at(TUESDAY, "12:00"), slots=1)
    assert full.value.reason == "full" and full.value.alternatives


async def test_check_in_no_show_and_day_totals(db_services: Services, clock: ManualClock) -> None:
    services = db_services
    await load_sample(services)
    a, b = await person(services, 7001, "A"), await person(services, 7002, "B")
    makers, workshop = services.makerspace.makers, services.makerspace.workshop
    one = await makers.book(person_id=a, resource_key="sewing-machine", starts_at=at(TUESDAY, "10:00"), slots=2)
    two = await makers.book(person_id=b, resource_key="sewing-machine", starts_at=at(TUESDAY, "12:00"), slots=1)
    with pytest.raises(MakerError):
        await workshop.mark(one.id, checked_in=True)  # not begun yet
    clock.set(at(TUESDAY, "12:05"))
    assert (await workshop.mark(one.id, checked_in=True)).state == "checked_in"
    assert (await workshop.mark(two.id, checked_in=False)).state == "no_show"
    clock.set(at(date(2026, 11, 25), "09:00"))
    assert await workshop.record_day_totals() >= 6
    assert await workshop.record_day_totals() == 0  # each day once
    async with services.uow() as uow:
        rows = (await uow.session.execute(select(Interaction.kind, Interaction.value).where(
            Interaction.topic == "sewing-machine", Interaction.kind.like("makerspace.%_hours")))).all()
    values = {kind: value for kind, value in rows if value}
    assert values == {"makerspace.open_hours": 40.0, "makerspace.booked_hours": 3.0}  # 10 h x 4 machines
    await services.interactions.flush()
    report = await services.reports.build(Period(date(2026, 11, 1), date(2026, 11, 30)))
    assert report.get("makerspace_hours_used").value == 2.0
    assert report.get("makerspace_no_shows").value == 1.0
    assert report.get("makerspace_makers").value == 2.0
    booked = report.get("makerspace_hours_booked").value
    assert booked == 3.0
    # open on Tuesday 10:00-20:00: 1 laser + 3 printers + 2 wheels + 1 kiln + 4 sewing machines + 1 bench = 12 units
    assert report.get("makerspace_utilisation").value == pytest.approx(100 * 3.0 / (12 * 10.0))
    # per machine: the topic breakdown is the resource key, in the report, its spreadsheet and its chart
    by_machine = dict(report.get("makerspace_utilisation").breakdowns["topic"])
    assert by_machine["sewing-machine"].value == pytest.approx(100 * 3.0 / 40.0)
    assert dict(report.get("makerspace_hours_used").breakdowns["topic"])["sewing-machine"].value == 2.0
    import io

    from openpyxl import load_workbook

    from helpdesk_bot.indicators.exports import to_xlsx

    workbook = load_workbook(io.BytesIO(to_xlsx(report, services.translator, "en")))
    cells = [[c.value for c in row] for ws in workbook.worksheets for row in ws.iter_rows()]
    assert any("Machine hours used" in str(row[0]) and 2.0 in row for row in cells)
    assert any("sewing-machine" in row for row in cells)


async def test_privacy_export_and_erasure(db_services: Services) -> None:
    services = db_services
    await load_sample(services)
    me = await person(services, 7001)
    booked = await services.makerspace.makers.book(person_id=me, resource_key="3d-printer",
                                                   starts_at=at(TUESDAY, "10:00"), slots=1)
    exported = await services.privacy.export(7001)
    assert "makerspace" in str(exported)
    await services.privacy.erase(7001)
    view = await services.makerspace.makers.get_booking(booked.id)
    assert view is not None and view.state == "cancelled"
    assert await count(services, Claim) == 0


def test_the_sample_file_is_valid() -> None:
    inductions, resources = load_makerspace(Path(PROJECT_ROOT / "makerspace.sample.yaml"))
    assert {r.key for r in resources} >= {"laser-cutter", "3d-printer", "pottery-wheel", "kiln", "sewing-machine",
                                          "woodworking-bench"}
    assert {r.key: r.units for r in resources}["3d-printer"] == 3
    assert all(len(r.names) == 7 for r in resources) and all(len(i.names) == 7 for i in inductions)


async def test_demo_seeds_the_makerspace_and_one_induction_for_the_entrepreneur(db_services: Services) -> None:
    from helpdesk_bot.makerspace.demo import DEMO_ENTREPRENEUR_ID, seed_makerspace

    services = db_services
    await seed_makerspace(services)
    await seed_makerspace(services)  # idempotent
    ewa = await services.people.get(DEMO_ENTREPRENEUR_ID)
    assert ewa is not None
    inductions = services.makerspace.inductions
    wheel = await services.makerspace.makers.resource("pottery-wheel")
    laser = await services.makerspace.makers.resource("laser-cutter")
    assert (await inductions.status(ewa.id, wheel)).allowed
    refused = await inductions.status(ewa.id, laser)
    assert not refused.allowed and refused.next_event_id is not None  # the demo's induction session
    assert len(await services.makerspace.makers.list_resources()) == 6


async def test_reimport_refuses_to_drop_units_or_change_the_grid_under_upcoming_bookings(db_services: Services) -> None:
    services = db_services
    await load_sample(services)
    me = await person(services, 7001)
    booked = await services.makerspace.makers.book(person_id=me, resource_key="3d-printer",
                                                   starts_at=at(TUESDAY, "10:00"), slots=1)
    other = await services.makerspace.makers.book(person_id=me, resource_key="3d-printer",
                                                  starts_at=at(TUESDAY, "10:00"), slots=1)
    assert (booked.unit, other.unit) == (1, 2)
    inductions, resources = load_makerspace(PROJECT_ROOT / "makerspace.sample.yaml")
    fewer = [r if r.key != "3d-printer" else replace(r, units=1) for r in resources]
    with pytest.raises(MakerError) as refused:
        await services.makerspace.workshop.import_specs(inductions, fewer)
    assert refused.value.reason == "units_in_use"
    coarser = [r if r.key != "3d-printer" else replace(r, slot_minutes=120, min_slots=1, max_slots=4)
               for r in resources]
    with pytest.raises(MakerError) as grid:
        await services.makerspace.workshop.import_specs(inductions, coarser)
    assert grid.value.reason == "slot_changed"
    assert (await services.makerspace.makers.resource("3d-printer")).units == 3  # nothing half-saved
