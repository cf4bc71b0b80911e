"""The vocabulary of the interaction log: kinds and outcomes every domain writes and indicators read.

Conventions
-----------
* Every processed update writes exactly one row (by :class:`~helpdesk_bot.telegram.application.HelpdeskApplication`).
  Its kind defaults to ``command.<name>``, ``button.<prefix>``, ``message.text`` or ``message.unsupported``;
  a handler renames it (``context.record(kind=..., outcome=..., subject=..., topic=...)``) when the
  update *is* a business event of the person who sent it (a question, a registration, feedback).
* When the person who benefits is not the sender of the update (an advisor confirms a booking, marks
  it held; the scheduler expires a request; the dispatcher delivers a reminder), the service writes a
  separate business-event row with the *beneficiary* as actor (``actor_ref``/``person_id`` of the
  entrepreneur), and the sender's update row gets an ``advisor.*`` / ``staff.*`` kind instead, so a
  business event is counted exactly once.
* ``subject`` is the object (entry id, ``booking:12``, ``event:5``, ``ticket:3``), ``topic`` a
  knowledge-base category when known, ``value`` a number (rating 1-5).
"""

from __future__ import annotations

# --- knowledge base (issue: multilingual knowledge base)
KB_QUESTION = "kb.question"            # outcome: answered | suggested | unanswered | ask_country | chitchat
KB_SUGGESTION_CHOSEN = "kb.suggestion"  # outcome: answered (a "did you mean" button was pressed)
KB_TOPIC_VIEWED = "kb.topic"           # outcome: answered (an entry opened from /topics)
KB_FEEDBACK = "kb.feedback"            # outcome: helpful | not_helpful ; subject: entry id
KB_GAP_CLOSED = "kb.gap_closed"        # outcome: ok ; a collected gap marked covered by staff

TICKET_OPENED = "ticket.opened"        # outcome: ok ; subject ticket:<id>
TICKET_TAKEN = "ticket.taken"
TICKET_ANSWERED = "ticket.answered"    # an advisor's answer relayed to the entrepreneur (actor: entrepreneur)
TICKET_REPLY = "ticket.reply"          # the entrepreneur replied in the ticket
TICKET_CLOSED = "ticket.closed"

# --- consultations
BOOKING_REQUESTED = "booking.requested"
BOOKING_CONFIRMED = "booking.confirmed"
BOOKING_DECLINED = "booking.declined"
BOOKING_EXPIRED = "booking.expired"
BOOKING_CANCELLED = "booking.cancelled"    # outcome: by_person | by_advisor
BOOKING_RESCHEDULED = "booking.rescheduled"
BOOKING_HELD = "booking.held"
BOOKING_NO_SHOW = "booking.no_show"
BOOKING_FEEDBACK = "booking.feedback"      # value: rating 1-5

# --- events
EVENT_REGISTERED = "event.registered"
EVENT_WAITLISTED = "event.waitlisted"
EVENT_PROMOTED = "event.promoted"
EVENT_CANCELLED = "event.registration_cancelled"
EVENT_ATTENDED = "event.attended"

# --- outbox deliveries: "outbox.<renderer kind>" with outcome delivered | failed | blocked
OUTBOX_PREFIX = "outbox."

# --- network of creatives (catalogue)
CATALOGUE_PROFILE_LISTED = "catalogue.profile_listed"  # subject profile:<id>; staff approved it or an import listed it
CATALOGUE_CONTACT = "catalogue.contact"                # outcome: requested | <refusal reason>
CATALOGUE_CONTACT_ANSWER = "catalogue.contact_answer"  # outcome: accepted | accepted_cross_border | declined
CATALOGUE_CALL_INTEREST = "catalogue.call_interest"    # outcome: relayed (profile passed to the poster)
CATALOGUE_CALL_AGREED = "catalogue.call_agreed"        # outcome: agreed
CATALOGUE_RELAY = "catalogue.relay"                    # outcome: started | relayed | <refusal reason> (talk through the bot)

# --- outcomes that are not facts
REFUSED = "refused"
"""The outcome of an action a use case refused (a rating of a booking that cannot be rated, a forged,
replayed or double-tapped feedback button): logged, never counted."""

NOT_COUNTED_OUTCOMES: frozenset[str] = frozenset({
    REFUSED, "error",
    # refusals the use cases report with their reason (BookingError, TicketError, RegistrationResult, ...)
    "forbidden", "invalid", "invalid_link", "invalid_state", "invalid_mode", "invalid_topic", "expired",
    "expired_draft", "duplicate", "not_found", "not_allowed", "not_yours", "not_in_bot", "not_registered",
    "too_early", "too_late", "too_many", "slot_gone", "slot_taken", "slot_unavailable", "no_slots", "no_advisor",
    "closed", "cancelled_event", "already_registered", "already_waitlisted", "already_taken",
    "already_yours", "limit", "invalid_phone",
})
"""Outcomes of refused or failed actions. Every indicator selection that does not name its outcomes
leaves these rows out (:func:`helpdesk_bot.indicators.report_sql.selector_predicate`), so a refused press
is logged but never counted; a selection that lists outcomes explicitly gets exactly those."""

# --- privacy
PRIVACY_CONSENT = "privacy.consent"    # outcome: accepted | declined
PRIVACY_EXPORT = "privacy.export"
PRIVACY_ERASURE = "privacy.erasure"
