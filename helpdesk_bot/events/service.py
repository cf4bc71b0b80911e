"""Events: creating, publishing, listing, registering (capacity, waitlist, deadline), attendance.

One object for its callers, written in modules along the seams of its content, each a layer on the
one before: :mod:`~helpdesk_bot.events.core` (errors, locking, counting, promotion),
:mod:`~helpdesk_bot.events.reading` (queries), :mod:`~helpdesk_bot.events.management` (staff: create,
change, cancel, announce) and :mod:`~helpdesk_bot.events.registrations` (register, cancel, attendance).
"""

from __future__ import annotations

from helpdesk_bot.events.core import (
    EVENT_ANNOUNCE,
    EVENT_NOTICE,
    REMINDER_BEFORE,
    EventError,
    subscribers_for_event,
)
from helpdesk_bot.events.registrations import Registrations

__all__ = ["EVENT_ANNOUNCE", "EVENT_NOTICE", "REMINDER_BEFORE", "EventError", "EventService",
           "subscribers_for_event"]


class EventService(Registrations):
    """Events and registrations. Returns frozen views; never imports Telegram."""
