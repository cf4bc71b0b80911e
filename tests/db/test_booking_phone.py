"""The number for a phone consultation on a real database (SQLite, and PostgreSQL when configured):
required and checked for a phone booking, not kept for another mode, kept when the booking moves,
exported with the booking and purged with the booking's other texts after the retention period."""

from dataclasses import replace
from datetime import timedelta

import pytest

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.consultations.privacy import ConsultationsPersonalData
from helpdesk_bot.consultations.views import BookingError
from tests.db.test_consultations_service import advisor_spec, person


async def test_phone_booking_keeps_the_number_through_a_move_and_purges_it(db_services: Services) -> None:
    clock: ManualClock = db_services.clock  # type: ignore[assignment]
    service = db_services.consultations
    spec = advisor_spec(auto_confirm=True)
    advisor = await service.upsert_advisor(replace(spec, modes={**spec.modes, "phone": "+48 12 345 67 89"}))
    pid = await person(db_services, 509)
    slots = await service.free_slots(advisor.id)
    for bad in (None, "", "call me", "123"):
        with pytest.raises(BookingError) as refused:
            await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[0], topic="taxes",
                                          mode="phone", description=None, phone=bad)
        assert refused.value.reason == "invalid_phone"
    booking = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[0],
                                            topic="taxes", mode="phone", description=None,
                                            phone=" +48  600 100 200 ")
    assert booking.phone == "+48 600 100 200"
    online = await service.request_booking(person_id=pid, advisor_id=advisor.id, starts_at=slots[10],
                                           topic="taxes", mode="online", description=None, phone="+48 600 100 200")
    assert online.phone is None  # only a phone consultation keeps a number
    moved = await service.reschedule(booking.id, pid, slots[5])
    assert moved.starts_at == slots[5] and moved.phone == "+48 600 100 200"
    provider = next(p for p in db_services.personal_data if isinstance(p, ConsultationsPersonalData))
    async with db_services.uow() as uow:
        exported = await provider.export(uow.session, pid, 509)
    assert [b["phone"] for b in exported["bookings"]] == ["+48 600 100 200", None]
    clock.set(moved.ends_at + timedelta(hours=1))
    async with db_services.uow() as uow:
        assert await provider.purge_texts_before(uow.session, clock.now()) == 1
        await uow.commit()
    assert (await service.get_booking(booking.id)).phone is None  # type: ignore[union-attr]
