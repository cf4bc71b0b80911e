"""The announcement use case on SQLite and PostgreSQL: the announcement, its outbox rows and its one
audit row are kept together, or nothing is (refused by role or by the rules)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from helpdesk_bot.bootstrap import Services
from helpdesk_bot.broadcasts.models import Broadcast, OutboxMessage
from helpdesk_bot.events.announcement_rules import AnnouncementError
from helpdesk_bot.events.models import Announcement
from helpdesk_bot.events.views import Audience
from helpdesk_bot.people.actor import CLI, Forbidden, Operator
from helpdesk_bot.people.models import Role
from tests.db.test_events import person


async def _counts(services: Services) -> tuple[int, int, int]:
    async with services.uow() as uow:
        return tuple([await uow.session.scalar(select(func.count()).select_from(model))  # type: ignore[return-value]
                      for model in (Announcement, Broadcast, OutboxMessage)])


async def test_an_announcement_is_kept_with_its_outbox_rows_and_one_audit_row_or_not_at_all(
        db_services: Services) -> None:
    announcements = db_services.events.announcements
    reader = await person(db_services, 71)
    other = await person(db_services, 72, country="DE")
    staff = await person(db_services, 73)
    await db_services.people.grant(staff.telegram_id, Role.STAFF, by=CLI)
    staff = await db_services.people.get(staff.telegram_id)  # type: ignore[assignment]
    await db_services.events.subscriptions.toggle(reader.id, "kind", "workshop")
    await db_services.events.subscriptions.toggle(other.id, "kind", "workshop")
    woken: list[int] = []
    db_services.outbox.wake_after_commit(lambda: woken.append(1))

    with pytest.raises(Forbidden):
        await announcements.create(by=reader, text="Hi", audience=Audience())
    with pytest.raises(AnnouncementError, match="no-recipients"):  # nobody in Sweden subscribed
        await announcements.create(by=staff, text="Hej", audience=Audience(countries=("SE",)))
    with pytest.raises(AnnouncementError, match="past"):
        await announcements.create(by=staff, text="Hi", audience=Audience(),
                                   send_at=db_services.clock.now() - timedelta(hours=1))
    assert await _counts(db_services) == (0, 0, 0) and woken == []
    assert await db_services.audit.entries(action="announcement.") == []

    later = db_services.clock.now() + timedelta(days=1)
    announcement_id, broadcast_id, count = await announcements.create(
        by=staff, text="Fair on Friday", texts={"de": "Messe am Freitag"}, audience=Audience(kinds=("workshop",)),
        send_at=later)
    assert count == 2 and await _counts(db_services) == (1, 1, 2) and woken == [1]
    _aid, second, polish = await announcements.create(by=Operator(), text="Targi", audience=Audience(countries=("PL",)))
    assert polish == 1
    rows = await db_services.audit.entries(action="announcement.")
    assert [(r.actor_telegram_id, r.target) for r in rows] == [(None, f"broadcast:{second}"),
                                                               (staff.telegram_id, f"broadcast:{broadcast_id}")]
    detail = rows[1].detail or {}
    assert detail["via"] == "telegram" and detail["announcement"] == announcement_id and detail["recipients"] == 2
    assert detail["languages"] == ["de"] and detail["send_at"] == later.isoformat()
    assert (rows[0].detail or {})["via"] == "cli"
