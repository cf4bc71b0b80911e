"""Fakes for service and use-case tests (no I/O): the ports of the use cases kept in memory."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from helpdesk_bot.broadcasts.delivery import (
    PermanentError,
    RateLimited,
    RecipientBlocked,
    RenderedMessage,
    TransientError,
)
from helpdesk_bot.consultations.models import ACTIVE_STATES
from helpdesk_bot.consultations.slots import Busy, DatedException, WeeklyWindow
from helpdesk_bot.consultations.views import AdvisorView


@dataclass
class FakeSender:
    """Records sends; can fail per recipient: 'blocked', 'transient' (a 5xx, n times),
    'timeout' (n times; may have arrived), '429' (once), 'bad'."""

    sent: list[tuple[int, RenderedMessage]] = field(default_factory=list)
    behaviour: dict[int, str] = field(default_factory=dict)
    transient_failures: Counter[int] = field(default_factory=Counter)
    delay: float = 0.0

    async def send(self, telegram_id: int, message: RenderedMessage) -> int | None:
        if self.delay:
            await asyncio.sleep(self.delay)
        mode = self.behaviour.get(telegram_id)
        if mode == "blocked":
            raise RecipientBlocked("Forbidden: bot was blocked by the user")
        if mode == "bad":
            raise PermanentError("Bad Request: chat not found")
        if mode == "429":
            self.behaviour.pop(telegram_id)
            raise RateLimited(1)
        if mode and mode.startswith(("transient", "timeout")):
            limit = int(mode.split(":")[1]) if ":" in mode else 1
            if self.transient_failures[telegram_id] < limit:
                self.transient_failures[telegram_id] += 1
                if mode.startswith("timeout"):
                    raise TransientError("read timed out", may_have_arrived=True)
                raise TransientError("Bad Gateway")
        self.sent.append((telegram_id, message))
        return len(self.sent)

    def count(self, telegram_id: int) -> int:
        return sum(1 for tid, _ in self.sent if tid == telegram_id)


@dataclass
class FakeBooking:
    """A booking as the calendar port sees it."""

    id: int
    advisor_id: int
    person_id: int
    starts_at: datetime
    ends_at: datetime
    state: str = "confirmed"


@dataclass
class FakeAdvisorCalendar:
    """In-memory :class:`~helpdesk_bot.consultations.rules.AdvisorCalendar`."""

    advisors: dict[int, AdvisorView] = field(default_factory=dict)
    hours: dict[int, list[WeeklyWindow]] = field(default_factory=dict)
    days: dict[int, list[DatedException]] = field(default_factory=dict)
    bookings: list[FakeBooking] = field(default_factory=list)

    async def advisor(self, advisor_id: int) -> AdvisorView | None:
        return self.advisors.get(advisor_id)

    async def weekly_hours(self, advisor_id: int) -> list[WeeklyWindow]:
        return list(self.hours.get(advisor_id, ()))

    async def exceptions(self, advisor_id: int, since: date) -> list[DatedException]:
        return [e for e in self.days.get(advisor_id, ()) if e.day >= since]

    async def busy(self, advisor_id: int, since: datetime, *, exclude_booking: int | None = None) -> list[Busy]:
        return [Busy(b.starts_at, b.ends_at) for b in self.bookings
                if b.advisor_id == advisor_id and b.state in ACTIVE_STATES and b.ends_at > since
                and b.id != exclude_booking]

    async def upcoming_count(self, person_id: int, now: datetime) -> int:
        return sum(1 for b in self.bookings if b.person_id == person_id and b.state in ACTIVE_STATES
                   and b.ends_at > now)


@dataclass
class FakeAudit:
    """In-memory audit trail: ``rows`` holds ``(action, actor, target, detail)`` in the order written."""

    rows: list[tuple[str, int | None, str | None, dict[str, object]]] = field(default_factory=list)

    async def add(self, action: str, *, actor: int | None, target: str | None = None, **detail: object) -> None:
        self.rows.append((action, actor, target, detail))
