"""Consultations on a real database (SQLite, and PostgreSQL when configured): no double booking under
concurrency, limits, confirmation with .ics, reminders, expiry, cancel/reschedule, privacy."""

import asyncio
import itertools
from datetime import datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from helpdesk_bot.bootstrap import Services, build_services
from helpdesk_bot.broadcasts.models import OutboxMessage
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.consultations import rules as booking_rules
from helpdesk_bot.consultations.advisors_file import load_advisors
from helpdesk_bot.consultations.models import Booking
from helpdesk_bot.consultations.privacy import ConsultationsPersonalData
from helpdesk_bot.consultations.service import AdvisorSpec, ConsultationService
from helpdesk_bot.consultations.slots import WeeklyWindow, parse_window
from helpdesk_bot.consultations.views import BookingError
from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.people.service import TelegramProfile
from helpdesk_bot.telegram.callback_areas import button_data
from tests.conftest import PROJECT_ROOT, make_settings
from tests.fakes import FakeSender

ADVISOR_TG = 2001


def advisor_spec(telegram_id: int = ADVISOR_TG, *, auto_confirm: bool = False, name: str = "Tomas",
                 timezone: str = "Europe/Warsaw") -> AdvisorSpec:
    return AdvisorSpec(
        telegram_id=telegram_id, name=name, timezone=timezone, languages=("en", "pl"),
        expertise=("taxes", "starting"), modes={"online": "https://meet.example.org/t", "in_person": "Długa 5"},
        bios={"en": "Taxes."}, auto_confirm=auto_confirm,
        hours=tuple(WeeklyWindow(d, parse_window("09:00-17:00")) for d in range(5)), exceptions=(),
    )


async def person(services: Services, telegram_id: int, name: str = "Ewa") -> int:
    profile = TelegramProfile(telegram_id, name, None, None, "en")
    await services.people.ensure(profile)
    view = await services.people.accept_notice(profile)
    return view.id


async def _outbox(services: Services) -> list[OutboxMessage]:
    async with services.uow() as uow:
        return list((await uow.session.execute(select(OutboxMessage).order_by(OutboxMessage.id))).scalars())


async def _events(services: Services) -> list[Interaction]:
    async with services.uow() as uow:
        return list((await uow.session.execute(select(Interaction).order_by(Interaction.id))).scalars())


def _sender(services: Services) -> FakeSender:
    sender = FakeSender()
    services.dispatcher.sender = sender
    services.dispatcher.limiter.per_chat_interval = 0  # type: ignore[attr-defined]
    return sender


async def _fifty_attempts(db_services: Services, url: str, monkeypatch: pytest.MonkeyPatch | None) -> list[str]:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    advisor = await db_services.consultations.upsert_advisor(advisor_spec())
    people = [await person(db_services, 10_000 + i, f"P{i}") for i in range(50)]
    slot = (await db_services.consultations.free_slots(advisor.id))[0]
    # five "processes" (own engines and connection pools) share the database
    others = [build_services(make_settings(url), clock=clock) for _ in range(4)]
    instances = [db_services, *others]
    if monkeypatch is not None:
        # every instance's first attempt passes the availability check before any of them inserts:
        # then only the database's unique index can stop the double booking
        original = booking_rules.free_slots
        barrier = asyncio.Barrier(len(instances))
        passed = {"n": 0}

        async def slots_then_wait(*args: object, **kwargs: object) -> list[datetime]:
            result = await original(*args, **kwargs)  # type: ignore[arg-type]
            if passed["n"] < len(instances):
                passed["n"] += 1
                await asyncio.wait_for(barrier.wait(), 20)
            return result

        monkeypatch.setattr(booking_rules, "free_slots", slots_then_wait)  # the availability check of a booking
    try:
        async def attempt(i: int) -> object:
            service = instances[i % len(instances)].consultations
            try:
                return await service.request_booking(person_id=people[i], advisor_id=advisor.id, starts_at=slot,
                                                      topic="taxes", mode="online", description=f"q{i}")
            except BookingError as exc:
                return exc

        results = await asyncio.gather(*(attempt(i) for i in range(50)))
    finally:
        for other in others:
            await other.close()
    won = [r for r in results if not isinstance(r, BookingError)]
    lost = [r for r in results if isinstance(r, BookingError)]
    assert len(won) == 1 and len(lost) == 49
    assert {e.reason for e in lost} <= {"slot_taken", "slot_unavailable"}
    for exc in lost:  # the others are offered the next free slots
        assert exc.alternatives and slot not in exc.alternatives
        assert exc.alternatives == tuple(sorted(exc.alternatives)) and exc.alternatives[0] > slot
    async with db_services.uow() as uow:
        rows = (await uow.session.execute(select(Booking).where(Booking.starts_at == slot))).scalars().all()
    assert len(rows) == 1
    return [e.reason for e in lost]


async def test_fifty_concurrent_attempts_on_one_slot_one_wins(db_services: Services, empty_database_url: str) -> None:
    await _fifty_attempts(db_services, empty_database_url, None)


def _postgres_only(url: str) -> None:
    if not url.startswith("postgresql"):
        # SQLite has one writer at a time: its attempts run one after another and cannot race
        pytest.skip("a real race needs concurrent writers (PostgreSQL)")


async def test_fifty_attempts_that_all_passed_the_check_still_one_wins(
    db_services: Services, empty_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _postgres_only(empty_database_url)

    async def no_overlap_check(*_args: object) -> None:
        return None

    # without the overlap check, only the database's unique index stands between them and a double booking
    monkeypatch.setattr(ConsultationService, "_check_overlap", no_overlap_check)
    reasons = await _fifty_attempts(db_services, empty_database_url, monkeypatch)
    assert reasons.count("slot_taken") >= 4  # the first five all passed the availability check


async def _overlapping_race(db_services: Services, url: str, monkeypatch: pytest.MonkeyPatch,
                            *, reschedule: bool) -> list[object]:
    """Two processes book overlapping times on different slot grids (as after a change of slot length),
    each insert waiting until the other has inserted too (or 1.5 s) before checking for overlaps."""
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    advisor = await db_services.consultations.upsert_advisor(advisor_spec(auto_confirm=True))
    first_slot = (await db_services.consultations.free_slots(advisor.id))[0]
    starts = [first_slot, first_slot + timedelta(minutes=30)]  # 45-minute consultations: these overlap
    a, b = await person(db_services, 701, "A"), await person(db_services, 702, "B")
    moved: int | None = None
    if reschedule:  # B holds a booking far away and moves it onto the overlapping time
        far = (await db_services.consultations.free_slots(advisor.id))[-1]
        moved = (await db_services.consultations.request_booking(
            person_id=b, advisor_id=advisor.id, starts_at=far, topic="taxes", mode="online", description=None)).id
    original_slots, original_check = booking_rules.free_slots, ConsultationService._check_overlap

    async def both_grids(*args: object, **kwargs: object) -> list[datetime]:
        return [*await original_slots(*args, **kwargs), *starts]  # type: ignore[arg-type]

    barrier = asyncio.Barrier(2)

    async def check_after_both_inserted(self: ConsultationService, *args: object) -> None:
        try:
            await asyncio.wait_for(barrier.wait(), 1.5)
        except TimeoutError:  # the other attempt waits for our lock: it cannot have inserted yet
            pass
        await original_check(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(booking_rules, "free_slots", both_grids)  # the one free-slot rule of every use case
    monkeypatch.setattr(ConsultationService, "_check_overlap", check_after_both_inserted)
    other = build_services(make_settings(url), clock=clock)
    try:
        async def book_a() -> object:
            try:
                return await db_services.consultations.request_booking(
                    person_id=a, advisor_id=advisor.id, starts_at=starts[0], topic="taxes", mode="online",
                    description=None)
            except BookingError as exc:
                return exc

        async def book_b() -> object:
            try:
                if moved is not None:
                    return await other.consultations.reschedule(moved, b, starts[1])
                return await other.consultations.request_booking(
                    person_id=b, advisor_id=advisor.id, starts_at=starts[1], topic="taxes", mode="online",
                    description=None)
            except BookingError as exc:
                return exc

        return list(await asyncio.gather(book_a(), book_b()))
    finally:
        await other.close()


@pytest.mark.parametrize("reschedule", [False, True], ids=["book", "reschedule"])
async def test_overlapping_bookings_on_different_grids_cannot_both_commit(
    db_services: Services, empty_database_url: str, monkeypatch: pytest.MonkeyPatch, reschedule: bool
) -> None:
    _postgres_only(empty_database_url)
    results = await _overlapping_race(db_services, empty_database_url, monkeypatch, reschedule=reschedule)
    refused = [r for r in results if isinstance(r, BookingError)]
    assert len(refused) == 1 and refused[0].reason == "slot_taken", results
    async with db_services.uow() as uow:
        active = (await uow.session.execute(select(Booking.starts_at, Booking.ends_at).where(
            Booking.state.in_(("requested", "confirmed"))))).all()
    spans = sorted(active)
    assert all(earlier[1] <= later[0] for earlier, later in itertools.pairwise(spans)), spans


async def test_the_database_itself_refuses_a_second_active_booking_of_a_slot(db_services: Services) -> None:
    advisor = await db_services.consultations.upsert_advisor(advisor_spec())
    pid = await person(db_services, 501)
    now = db_services.clock.now()
    start = now + timedelta(days=3)

    def row(state: str) -> Booking:
        return Booking(advisor_id=advisor.id, person_id=pid, starts_at=start, ends_at=start + timedelta(minutes=45),
                       state=state, topic="taxes", mode="online", created_at=now, reschedule_count=0)

    async with db_services.uow() as uow:
        uow.session.add_all([row("cancelled"), row("declined"), row("requested")])
        await uow.commit()
    with pytest.raises(IntegrityError):
        async with db_services.uow() as uow:
            uow.session.add(row("confirmed"))
            await uow.commit()


async def test_limit_of_upcoming_bookings_per_person(db_services: Services) -> None:
    service = db_services.consultations
    advisor = await service.upsert_advisor(advisor_spec())
    pid = await person(db_services, 502)
    slots = await service.free_slots(advisor.id)
    for slot in slots[:3]:
        await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slot, topic="taxes",
                                      mode="online", description=None)
    with pytest.raises(BookingError) as info:
        await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[5], topic="taxes",
                                      mode="online", description=None)
    assert info.value.reason == "too_many" and info.value.limit == 3


async def test_accept_sends_ics_to_both_and_schedules_reminders_once(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    service = db_services.consultations
    sender = _sender(db_services)
    advisor = await service.upsert_advisor(advisor_spec())
    pid = await person(db_services, 503)
    await db_services.people.set_timezone(503, "Europe/Vilnius")
    slot = (await service.free_slots(advisor.id))[2]
    booking = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slot, topic="taxes",
                                            mode="online", description="<b>VAT</b> & invoices")
    assert booking.state == "requested"
    await db_services.dispatcher.wake()
    request = [m for tid, m in sender.sent if tid == ADVISOR_TG]
    assert len(request) == 1 and "&lt;b&gt;VAT&lt;/b&gt; &amp; invoices" in request[0].text
    assert [button_data(b) for b in request[0].buttons[0]] == [f"bk:acc:{booking.id}", f"bk:dec:{booking.id}"]
    with pytest.raises(BookingError):
        await service.decide(booking.id, 999, accept=True)  # not the advisor
    await service.decide(booking.id, ADVISOR_TG, accept=True)
    with pytest.raises(BookingError) as info:
        await service.decide(booking.id, ADVISOR_TG, accept=True)  # pressed twice
    assert info.value.reason == "invalid_state"
    await db_services.dispatcher.wake()
    confirmations = [(tid, m) for tid, m in sender.sent if m.attachment is not None]
    assert sorted(tid for tid, _ in confirmations) == [503, ADVISOR_TG]
    for tid, message in confirmations:
        calendar = icalendar.Calendar.from_ical(message.attachment.content)  # type: ignore[union-attr]
        event = next(iter(calendar.walk("VEVENT")))
        start = event.decoded("dtstart")
        assert start == slot  # the same instant
        zone = "Europe/Vilnius" if tid == 503 else "Europe/Warsaw"
        assert str(start.tzinfo) == zone and f"TZID:{zone}" in message.attachment.content.decode()  # type: ignore[union-attr]
        assert "https://meet.example.org/t" in message.attachment.content.decode()  # type: ignore[union-attr]
    person_text = next(m.text for tid, m in confirmations if tid == 503)
    assert person_text.count("Time zone: Eastern European Time") == 1 and "Europe/" not in person_text
    advisor_text = next(m.text for tid, m in confirmations if tid == ADVISOR_TG)
    assert advisor_text.count("Time zone: Central European Time") == 1 and "Europe/" not in advisor_text
    assert "another time zone (Eastern European Time)" in advisor_text  # the entrepreneur's, for the advisor
    rows = {m.dedup_key: m for m in await _outbox(db_services)}
    reminders = [m for m in rows.values() if ":remind" in m.dedup_key]
    assert len(reminders) == 4
    assert {m.due_at for m in reminders} == {slot - timedelta(hours=24), slot - timedelta(hours=1)}
    assert all(m.not_after == slot and m.group_key == f"booking:{booking.id}" for m in reminders)
    events = [e for e in await _events(db_services) if e.kind == "booking.confirmed"]
    assert len(events) == 1 and events[0].person_id == pid and events[0].subject == f"booking:{booking.id}"
    # reminders arrive once each, at their time
    sent_before = len(sender.sent)
    clock.set(slot - timedelta(hours=24) + timedelta(seconds=1))
    await db_services.dispatcher.wake()
    await db_services.dispatcher.wake()
    assert len(sender.sent) == sent_before + 2
    assert all("Reminder" in m.text for _, m in sender.sent[-2:])


async def test_decline_and_expiry_offer_other_slots(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    service = db_services.consultations
    sender = _sender(db_services)
    advisor = await service.upsert_advisor(advisor_spec())
    pid = await person(db_services, 504)
    slots = await service.free_slots(advisor.id)
    first = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[0], topic="taxes",
                                          mode="online", description=None)
    second = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[3],
                                           topic="taxes", mode="online", description=None)
    await service.decide(first.id, ADVISOR_TG, accept=False, reason="On leave <that day>")
    await db_services.dispatcher.wake()
    declined = [m for tid, m in sender.sent if tid == 504][-1]
    assert "On leave &lt;that day&gt;" in declined.text
    rebook = [button_data(b) for row in declined.buttons for b in row]
    assert any(d and d.startswith(f"bk:rebook:{first.id}:") for d in rebook) and f"bk:again:{first.id}" in rebook
    offered = [int(d.rsplit(":", 1)[1]) for d in rebook if d and d.startswith("bk:rebook:")]
    assert int(slots[0].timestamp()) not in offered  # the declined slot is not offered back
    assert len(offered) == 3 and int(slots[1].timestamp()) in offered
    assert await service.expire_due() == 0
    clock.advance(timedelta(hours=24, minutes=1))
    assert await service.expire_due() == 1
    assert (await service.get_booking(second.id)).state == "expired"  # type: ignore[union-attr]
    await db_services.dispatcher.wake()
    assert "did not confirm" in [m for tid, m in sender.sent if tid == 504][-1].text
    kinds = [e.kind for e in await _events(db_services) if e.person_id == pid and e.kind.startswith("booking.")]
    assert kinds == ["booking.declined", "booking.expired"]


async def test_cancel_and_reschedule_rules_and_reminders(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    service = db_services.consultations
    await service.upsert_advisor(advisor_spec(auto_confirm=True))
    advisor = await service.advisor_by_telegram(ADVISOR_TG)
    assert advisor is not None
    pid = await person(db_services, 505)
    other = await person(db_services, 506)
    slots = await service.free_slots(advisor.id)
    booking = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[0], topic="taxes",
                                            mode="online", description=None)
    assert booking.state == "confirmed"
    with pytest.raises(BookingError) as info:
        await service.cancel_by_person(booking.id, other)  # someone else's booking
    assert info.value.reason == "not_found"
    moved = await service.reschedule(booking.id, pid, slots[4])
    assert moved.starts_at == slots[4] and moved.state == "confirmed" and moved.version == 1
    rows = await _outbox(db_services)
    old = [m for m in rows if m.dedup_key.startswith(f"booking:{booking.id}:v0:")]
    new = [m for m in rows if m.dedup_key.startswith(f"booking:{booking.id}:v1:")]
    assert old and all(m.state in ("cancelled", "sent") for m in old)
    assert {m.due_at for m in new if ":remind24:" in m.dedup_key} == {slots[4] - timedelta(hours=24)}
    assert slots[0] in await service.free_slots(advisor.id)  # the old slot is free again
    clock.set(slots[4] - timedelta(hours=11))
    with pytest.raises(BookingError) as info:
        await service.cancel_by_person(booking.id, pid)
    assert info.value.reason == "too_late" and info.value.booking is not None
    with pytest.raises(BookingError):
        await service.reschedule(booking.id, pid, slots[10])
    cancelled = await service.cancel_by_advisor(booking.id, ADVISOR_TG, "Ill")
    assert cancelled.state == "cancelled"
    pending = [m for m in await _outbox(db_services) if m.group_key == f"booking:{booking.id}" and m.state == "pending"]
    assert pending == []
    events = [(e.kind, e.outcome) for e in await _events(db_services) if e.person_id == pid]
    assert ("booking.cancelled", "by_advisor") in events


async def test_attendance_and_feedback(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    service = db_services.consultations
    sender = _sender(db_services)
    advisor = await service.upsert_advisor(advisor_spec(auto_confirm=True))
    pid = await person(db_services, 507)
    slot = (await service.free_slots(advisor.id))[0]
    booking = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slot, topic="taxes",
                                            mode="in_person", description=None)
    with pytest.raises(BookingError) as info:
        await service.record_attendance(booking.id, ADVISOR_TG, held=True)
    assert info.value.reason == "too_early"
    clock.set(booking.ends_at + timedelta(hours=2))
    await db_services.dispatcher.wake()
    texts = {tid: [m for t, m in sender.sent if t == tid] for tid in (507, ADVISOR_TG)}
    assert any("take place" in m.text for m in texts[ADVISOR_TG])
    feedback = [m for m in texts[507] if "How helpful" in m.text]
    assert len(feedback) == 1 and button_data(feedback[0].buttons[0][4]) == f"bk:rate:{booking.id}:5"
    await service.record_attendance(booking.id, ADVISOR_TG, held=True)
    await service.set_outcome_note(booking.id, ADVISOR_TG, "Registered as sole trader next week.")
    await service.record_feedback(booking.id, pid, 5)
    view = await service.set_feedback_comment(booking.id, pid, "Very clear!")
    assert view.state == "held" and view.rating == 5 and view.feedback_comment == "Very clear!"
    events = [e.kind for e in await _events(db_services) if e.person_id == pid and e.kind.startswith("booking.")]
    assert events == ["booking.confirmed", "booking.held", "booking.feedback"]  # the rating is a fact of the service


async def test_personal_data_export_erase_purge(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    service = db_services.consultations
    advisor = await service.upsert_advisor(advisor_spec(auto_confirm=True))
    pid = await person(db_services, 508)
    slots = await service.free_slots(advisor.id)
    past = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[0], topic="taxes",
                                         mode="online", description="old question")
    future = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[20],
                                           topic="taxes", mode="online", description="new question")
    provider = next(p for p in db_services.personal_data if isinstance(p, ConsultationsPersonalData))
    clock.set(past.ends_at + timedelta(hours=1))
    async with db_services.uow() as uow:
        exported = await provider.export(uow.session, pid, 508)
    assert [b["description"] for b in exported["bookings"]] == ["old question", "new question"]
    async with db_services.uow() as uow:
        assert await provider.purge_texts_before(uow.session, clock.now()) == 1
        await uow.commit()
    assert (await service.get_booking(past.id)).description is None  # type: ignore[union-attr]
    assert (await service.get_booking(future.id)).description == "new question"  # type: ignore[union-attr]
    async with db_services.uow() as uow:
        await provider.erase(uow.session, pid, 508, clock.now())
        await uow.commit()
    erased = await service.get_booking(future.id)
    assert erased is not None and erased.state == "cancelled" and erased.cancelled_by == "erasure"
    assert erased.description is None
    rows = [m for m in await _outbox(db_services) if m.group_key == f"booking:{future.id}"]
    assert all(m.state != "pending" for m in rows)
    assert any(m.dedup_key == f"booking:{future.id}:erased" for m in await _outbox(db_services))


async def test_sample_file_imports_and_is_idempotent(db_services: Services) -> None:
    specs = load_advisors(PROJECT_ROOT / "advisors.sample.yaml")
    for spec in specs:
        await db_services.consultations.upsert_advisor(spec)
    for spec in specs:
        await db_services.consultations.upsert_advisor(spec)
    advisors = await db_services.consultations.list_advisors()
    assert [a.name for a in advisors] == ["Greta Lindqvist", "Tomas Novak"]
    tomas = next(a for a in advisors if a.telegram_id == 2001)
    availability = await db_services.consultations.availability(tomas.id)
    assert len(availability.weekly) == 7 and len(availability.exceptions) == 3
    greta = next(a for a in advisors if a.telegram_id == 2002)
    assert greta.auto_confirm and greta.rules.slot_minutes == 60 and tomas.rules.slot_minutes == 45
    listed, matched = await db_services.consultations.advisors_for("legal", "sv")
    assert [a.name for a in listed] == ["Greta Lindqvist"] and matched
    listed, matched = await db_services.consultations.advisors_for("legal", "pl")
    assert [a.name for a in listed] == ["Greta Lindqvist"] and not matched


def test_cli_import_and_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from helpdesk_bot.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HELPDESK_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}")
    assert main(["advisors", "import", str(PROJECT_ROOT / "advisors.sample.yaml")]) == 0
    assert "imported 2 advisor(s)" in capsys.readouterr().out
    assert main(["advisors", "list"]) == 0
    out = capsys.readouterr().out
    assert "Tomas Novak" in out and "mon 09:00-12:00" in out and "auto-confirm" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text("advisors:\n  - {telegram_id: 5, name: X, timezone: Mars/Base, languages: [en], "
                   "expertise: [taxes], modes: {phone: '1'}}\n")
    assert main(["advisors", "import", str(bad)]) == 1
    assert "Mars/Base" in capsys.readouterr().err


async def test_a_reminder_missed_while_down_is_dropped_once_the_consultation_began(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    service = db_services.consultations
    sender = _sender(db_services)
    advisor = await service.upsert_advisor(advisor_spec(auto_confirm=True))
    pid = await person(db_services, 509)
    slot = (await service.free_slots(advisor.id))[8]
    await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slot, topic="taxes",
                                  mode="online", description=None)
    await db_services.dispatcher.wake()
    sent_before = len(sender.sent)
    clock.set(slot + timedelta(minutes=5))  # the bot was down through both reminders
    await db_services.dispatcher.wake()
    assert not [m for _, m in sender.sent[sent_before:] if "Reminder" in m.text]
    states = {m.dedup_key.rsplit(":", 2)[-2]: m.state for m in await _outbox(db_services) if ":remind" in m.dedup_key}
    assert set(states.values()) == {"cancelled"}
