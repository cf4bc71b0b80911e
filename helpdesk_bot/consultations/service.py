"""The consultations service: advisors, availability, free slots, bookings and their life cycle.

Every change of a booking is one transaction that also enqueues the messages it causes (outbox
rows rendered at send time in the recipient's language and zone) and, when the person who benefits
is not the one acting (an advisor confirms, the scheduler expires), writes the business-event row
of the interaction log with the entrepreneur as actor (see :mod:`helpdesk_bot.indicators.kinds`).

The service is one object for its callers, written in modules along the seams of its content, each a
layer on the one before:

- :mod:`~helpdesk_bot.consultations.core`: policy, loading and viewing bookings, transitions, messages;
- :mod:`~helpdesk_bot.consultations.availability`: advisors, weekly hours, exceptions, free slots;
- :mod:`~helpdesk_bot.consultations.booking`: booking a slot, reading bookings;
- :mod:`~helpdesk_bot.consultations.decisions`: the advisor's accept/decline/cancel/attendance, expiry;
- :mod:`~helpdesk_bot.consultations.changes`: the person's cancel/reschedule/feedback.
"""

from __future__ import annotations

from helpdesk_bot.consultations.availability import AdvisorSpec, validate_spec
from helpdesk_bot.consultations.changes import PersonChanges
from helpdesk_bot.consultations.core import CONSULTATION, ConsultationPolicy, _payload, group_key

__all__ = ["CONSULTATION", "AdvisorSpec", "ConsultationPolicy", "ConsultationService", "_payload", "group_key",
           "validate_spec"]


class ConsultationService(PersonChanges):
    """Advisors, availability, slots and bookings (no Telegram here)."""
