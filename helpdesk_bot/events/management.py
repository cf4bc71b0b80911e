"""What staff do with events: create (and announce), import, change and cancel them.

Messages to people other than the actor (changes, cancellations, announcements) go through the
outbox in the same transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.outbox import OutgoingMessage
from helpdesk_bot.events.core import (
    EVENT_ANNOUNCE,
    EVENT_NOTICE,
    EventError,
    _announce_group,
    _person_group,
    subscribers_for_event,
)
from helpdesk_bot.events.models import (
    Event,
    EventStatus,
    RegistrationStatus,
)
from helpdesk_bot.events.reading import EventReading
from helpdesk_bot.events.views import (
    EventDraft,
    EventView,
    event_view,
)
from helpdesk_bot.indicators.log import add_audit
from helpdesk_bot.people.actor import Actor, channel, require
from helpdesk_bot.people.models import Role


class EventManagement(EventReading):
    """Staff use cases of events."""

    async def create(self, draft: EventDraft, *, created_by: Actor, announce: bool = True) -> EventView:
        """Save a new event (staff); with ``announce`` a broadcast to matching subscribers goes out at
        ``publish_at``. The audit row ``event.create`` (with the number of recipients) is written in the
        same transaction."""
        require(created_by, Role.STAFF)
        problems = draft.problems()
        if problems:
            raise EventError("invalid", problems)
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            event = Event(
                key=draft.key, kind=draft.kind, status=EventStatus.PUBLISHED.value,
                default_language=draft.default_language, texts=draft.texts, starts_at=draft.starts_at,
                ends_at=draft.ends_at, timezone=draft.timezone, venue=draft.venue, online_url=draft.online_url,
                organiser=draft.organiser, topics=list(draft.topics), countries=list(draft.countries),
                languages=list(draft.languages), registration_mode=draft.registration_mode,
                registration_url=draft.registration_url if draft.registration_mode == "external" else None,
                capacity=draft.capacity if draft.registration_mode == "bot" else None,
                registration_deadline=draft.registration_deadline if draft.registration_mode == "bot" else None,
                publish_at=draft.publish_at or now, revision=1, lock_version=0, created_by=created_by.telegram_id,
                created_at=now, updated_at=now,
            )
            session.add(event)
            try:
                await session.flush()
            except IntegrityError as exc:
                raise EventError("duplicate_key", [f"key: {draft.key} exists"]) from exc
            recipients = await self._announce(session, event, created_by.telegram_id) if announce else 0
            add_audit(session, now, "event.create", actor=created_by.telegram_id, target=f"event:{event.id}",
                      via=channel(created_by), key=draft.key, recipients=recipients,
                      publish_at=event.publish_at.isoformat())
            await uow.commit()
            return await self._view(session, event)

    async def save_imported(self, draft: EventDraft, *, by: Actor, announce: bool) -> tuple[EventView, str]:
        """Create the event with ``draft.key`` or update it; returns the event and created|updated."""
        if draft.key is None:
            return await self.create(draft, created_by=by, announce=announce), "created"
        async with self._uow() as uow:
            existing = (await uow.session.execute(select(Event.id).where(Event.key == draft.key))).scalar_one_or_none()
        if existing is None:
            return await self.create(draft, created_by=by, announce=announce), "created"
        view = await self.update(
            existing, by=by, texts=draft.texts, starts_at=draft.starts_at, ends_at=draft.ends_at,
            timezone=draft.timezone, venue=draft.venue, online_url=draft.online_url, organiser=draft.organiser,
            capacity=draft.capacity, registration_deadline=draft.registration_deadline,
            registration_url=draft.registration_url, topics=draft.topics, countries=draft.countries,
            languages=draft.languages,
        )
        return view, "updated"

    async def announce(self, event_id: int, *, by: Actor) -> int:
        """Announce an existing event (staff) to matching subscribers who did not get it yet; returns the
        count. The audit row ``event.announce`` is written in the same transaction."""
        require(by, Role.STAFF)
        async with self._uow() as uow:
            event = await uow.session.get(Event, event_id)
            if event is None or event.status != EventStatus.PUBLISHED:
                raise EventError("not_found")
            count = await self._announce(uow.session, event, by.telegram_id)
            add_audit(uow.session, self._clock.now(), "event.announce", actor=by.telegram_id,
                      target=f"event:{event.id}", via=channel(by), recipients=count)
            await uow.commit()
            return count

    async def _announce(self, session: AsyncSession, event: Event, by: int | None) -> int:
        recipients = await subscribers_for_event(session, event)
        messages = [
            OutgoingMessage(tid, EVENT_ANNOUNCE, f"event:{event.id}:announce:{tid}", {"event_id": event.id},
                            due_at=event.publish_at, not_after=event.starts_at, group_key=_announce_group(event.id))
            for tid in recipients
        ]
        title = event.texts.get(event.default_language, {}).get("title", "")
        broadcast_id = await self._outbox.add_broadcast(
            session, kind="event", title=f"event:{event.id} {title}", created_by=by, messages=messages,
            scheduled_for=event.publish_at,
        )
        event.announcement_broadcast_id = broadcast_id
        return len(recipients)

    async def update(self, event_id: int, *, by: Actor, **changes: Any) -> EventView:
        """Change fields of an event; registered and waitlisted people are told about changes that matter.

        Accepted fields: texts, starts_at, ends_at, timezone, venue, online_url, organiser, capacity,
        registration_deadline, registration_url, topics, countries, languages. A larger capacity promotes
        people from the waitlist.
        """
        require(by, Role.STAFF)
        allowed = {"texts", "starts_at", "ends_at", "timezone", "venue", "online_url", "organiser", "capacity",
                   "registration_deadline", "registration_url", "topics", "countries", "languages"}
        unknown = set(changes) - allowed
        if unknown:
            raise EventError("invalid", [f"{name}: cannot be changed" for name in sorted(unknown)])
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            event = await self._lock_open(session, event_id)
            before = event_view(event)
            merged: dict[str, Any] = {
                "texts": event.texts, "starts_at": event.starts_at, "ends_at": event.ends_at,
                "timezone": event.timezone, "venue": event.venue, "online_url": event.online_url,
                "organiser": event.organiser, "capacity": event.capacity,
                "registration_deadline": event.registration_deadline, "registration_url": event.registration_url,
                "topics": tuple(event.topics), "countries": tuple(event.countries),
                "languages": tuple(event.languages),
            }
            merged.update({k: (tuple(v) if k in ("topics", "countries", "languages") else v)
                           for k, v in changes.items()})
            draft = EventDraft(
                kind=event.kind, default_language=event.default_language, registration_mode=event.registration_mode,
                **merged,
            )
            problems = draft.problems()
            if problems:
                raise EventError("invalid", problems)
            for name, value in merged.items():
                setattr(event, name, list(value) if isinstance(value, tuple) else value)
            event.updated_at = now
            material = (before.starts_at != event.starts_at or before.ends_at != event.ends_at
                        or before.venue != event.venue or before.online_url != event.online_url)
            if material:
                event.revision += 1
            await session.flush()
            regs = await self._active_registrations(session, event.id)
            if material:
                notices = []
                for reg in regs:
                    notices.append(OutgoingMessage(
                        reg.telegram_id, EVENT_NOTICE, f"event:{event.id}:changed:{event.revision}:{reg.person_id}",
                        {"event_id": event.id, "notice": "changed"}, group_key=_person_group(event.id, reg.person_id),
                    ))
                    if reg.status == RegistrationStatus.REGISTERED:
                        await self._outbox.cancel_group(_person_group(event.id, reg.person_id), session)
                        reminder = self._reminder(event, reg, now)
                        if reminder is not None:
                            notices.append(reminder)
                await self._outbox.add(session, notices)
            await self._promote(session, event, now)
            add_audit(session, now, "event.edit", actor=by.telegram_id, target=f"event:{event.id}", via=channel(by),
                      fields=sorted(changes))
            await uow.commit()
            return await self._view(session, event)

    async def cancel_event(self, event_id: int, *, by: Actor) -> tuple[EventView, int]:
        """Cancel an event: everyone registered or waitlisted is told; reminders and announcements stop.

        The use case of staff in the chat and of ``helpdesk-bot events cancel``: the audit row
        (``event.cancel``, actor ``by``) is written in the same transaction. Staff only.
        """
        require(by, Role.STAFF)
        now = self._clock.now()
        async with self._uow() as uow:
            session = uow.session
            event = await self._lock_open(session, event_id)
            event.status = EventStatus.CANCELLED.value
            event.cancelled_at = now
            event.updated_at = now
            event.revision += 1
            await self._outbox.cancel_group(_announce_group(event.id), session)
            regs = await self._active_registrations(session, event.id)
            notices = []
            for reg in regs:
                await self._outbox.cancel_group(_person_group(event.id, reg.person_id), session)
                notices.append(OutgoingMessage(
                    reg.telegram_id, EVENT_NOTICE, f"event:{event.id}:cancelled:{reg.person_id}",
                    {"event_id": event.id, "notice": "cancelled"},
                ))
            await self._outbox.add(session, notices)
            add_audit(session, now, "event.cancel", actor=by.telegram_id, target=f"event:{event.id}",
                      notified=len(notices), via=channel(by))
            await uow.commit()
            return await self._view(session, event), len(notices)
