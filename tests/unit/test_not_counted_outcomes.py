"""Every refusal reason a use case can give is an outcome no indicator counts (issue 10, item 2 sweep).

Handlers log a refused action with the use case's reason as the outcome (``BookingError.reason``,
``TicketError.reason``, an event registration's refusal); a reason missing from
``NOT_COUNTED_OUTCOMES`` would make that refusal count in every indicator of its kind.
"""

from __future__ import annotations

import re
from pathlib import Path

from helpdesk_bot.indicators.kinds import NOT_COUNTED_OUTCOMES

PACKAGE = Path(__file__).resolve().parents[2] / "helpdesk_bot"
# facts, or reasons only staff flows or the service itself see (never an interaction outcome of a person)
NOT_REFUSALS = {"cancelled", "registered", "waitlisted", "empty", "started", "duplicate_key"}


def _reasons(pattern: str) -> set[str]:
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        found.update(re.findall(pattern, path.read_text(encoding="utf-8")))
    return found


def test_booking_ticket_and_registration_refusals_are_not_counted() -> None:
    reasons = _reasons(r'(?:BookingError|TicketError|RegistrationResult|CancellationResult)\(\s*"([a-z_]+)"')
    reasons |= {"too_many"}  # TicketLimitError.reason
    for rules in ("events/rules.py", "knowledge_base/ticket_views.py"):  # rules that return a reason
        reasons |= set(re.findall(r'return "([a-z_]+)"', (PACKAGE / rules).read_text(encoding="utf-8")))
    assert {"invalid_state", "already_registered", "slot_taken", "closed"} <= reasons  # the scan finds them
    assert sorted(reasons - NOT_REFUSALS - NOT_COUNTED_OUTCOMES) == []
