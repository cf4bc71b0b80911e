"""Stale entries for staff: the list behind ``/gaps`` and ``kb stale``, and the monthly reminder.

The monthly reminder goes through the outbox. Its de-duplication key is
``kb-stale:<YYYY-MM>:<staff telegram id>`` (the month in the centre's time zone), and the outbox's
key is unique in the database, so however many bot processes run the hourly job, and however
often, each staff member gets one reminder per month, and only in a month with stale entries.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from zoneinfo import ZoneInfo

from helpdesk_bot.broadcasts.outbox import Outbox, OutgoingMessage
from helpdesk_bot.broadcasts.renderers import TRANSLATED, translated_message
from helpdesk_bot.clock import Clock
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.people.models import Role
from helpdesk_bot.people.service import PeopleService

from .freshness import StaleEntry, stale_entries
from .model import KnowledgeBase

#: Lines listed per section of the reminder (the rest is counted).
MAX_LISTED = 15


def month_key(today: date) -> str:
    """``YYYY-MM`` of ``today``."""
    return f"{today.year:04d}-{today.month:02d}"


def _lines(items: list[str]) -> str:
    shown = items[:MAX_LISTED]
    text = "\n".join(f"• {item}" for item in shown)
    if len(items) > MAX_LISTED:
        text += f"\n• … (+{len(items) - MAX_LISTED})"
    return text or "—"


def reminder_args(stale: list[StaleEntry], review_months: int) -> dict[str, object]:
    """Arguments of the ``kb-stale-report`` message: counts and the two lists (ids with ISO dates)."""
    expired = [f"{s.entry_id} ({s.valid_until.isoformat()})" for s in stale if s.expired and s.valid_until]
    review = [f"{s.entry_id} ({s.reviewed.isoformat()})" for s in stale
              if any(r.kind == "review" for r in s.reasons)]
    return {"count": len(stale), "expired_count": len(expired), "expired": _lines(expired),
            "review_count": len(review), "review": _lines(review), "months": review_months}


class StaleEntries:
    """Which entries are stale today, and the monthly reminder to staff."""

    def __init__(self, kb: Callable[[], KnowledgeBase], uow: UnitOfWorkFactory, clock: Clock, outbox: Outbox,
                 people: PeopleService, *, timezone: str, review_months: int) -> None:
        self._kb = kb
        self._uow = uow
        self._clock = clock
        self._outbox = outbox
        self._people = people
        self.timezone = timezone
        self.review_months = review_months

    def today(self) -> date:
        """Today in the centre's time zone."""
        return self._clock.now().astimezone(ZoneInfo(self.timezone)).date()

    def list(self, dead_sources: Mapping[str, str] | None = None) -> list[StaleEntry]:
        """Stale entries of the live knowledge base (expired first)."""
        return stale_entries(self._kb(), self.today(), self.review_months, dead_sources)

    async def send_monthly(self) -> int:
        """Queue this month's reminder for every active staff member; returns how many were new.

        Nothing is queued when no entry is stale. Safe to call any number of times from any number of
        processes: the outbox's unique key lets one reminder per person and month through.
        """
        stale = self.list()
        if not stale:
            return 0
        month = month_key(self.today())
        staff = await self._people.with_role(Role.STAFF)
        if not staff:
            return 0
        args = translated_message("kb-stale-report", reminder_args(stale, self.review_months))
        messages = [
            OutgoingMessage(recipient_telegram_id=person.telegram_id, kind=TRANSLATED,
                            dedup_key=f"kb-stale:{month}:{person.telegram_id}", group_key=f"kb-stale:{month}",
                            args=args)
            for person in staff
        ]
        async with self._uow() as uow:
            added = await self._outbox.add(uow.session, messages)
            await uow.commit()
        return added
