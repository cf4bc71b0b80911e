"""The rule of registering for an event, on plain values (tested in ``tests/unit`` without a database).

:meth:`~helpdesk_bot.events.registrations.Registrations.register` loads the event, the person's
registration and the number registered under the event's lock, and asks :func:`registration_outcome`
what happens; capacity under concurrency stays the lock's guarantee (database tests).
"""

from __future__ import annotations

from datetime import datetime

from helpdesk_bot.events.models import RegistrationMode, RegistrationStatus
from helpdesk_bot.events.views import EventView


def registration_outcome(event: EventView | None, *, current: str | None, registered: int, now: datetime) -> str:
    """What a person's press on "register" does.

    ``current`` is the status of the person's registration row (None: never registered); ``registered``
    how many people hold a place. Returns ``registered`` or ``waitlisted`` (a row is written), or why
    nothing changes: ``not_found`` (unknown or not yet published), ``cancelled_event``, ``not_in_bot``
    (registration elsewhere), ``already_registered``, ``already_waitlisted``, ``closed`` (deadline or start
    passed).
    """
    if event is None or event.publish_at > now:
        return "not_found"
    if event.is_cancelled:
        return "cancelled_event"
    if event.registration_mode != RegistrationMode.BOT:
        return "not_in_bot"
    if current == RegistrationStatus.REGISTERED:
        return "already_registered"
    if current == RegistrationStatus.WAITLISTED:
        return "already_waitlisted"
    if not event.registration_open(now):
        return "closed"
    full = event.capacity is not None and registered >= event.capacity
    return RegistrationStatus.WAITLISTED.value if full else RegistrationStatus.REGISTERED.value
