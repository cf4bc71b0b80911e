"""What the outbox takes and gives: a message to send, a claimed message, a broadcast's progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class OutgoingMessage:
    """A message a service wants sent to one person, now or at ``due_at``.

    ``kind`` names the renderer that turns ``args`` into text and buttons in the recipient's language
    at send time. ``dedup_key`` identifies the message: the same key is never enqueued (or sent) twice.
    ``not_after``: do not send after this moment (e.g. a reminder for a consultation that has begun).
    """

    recipient_telegram_id: int
    kind: str
    dedup_key: str
    args: dict[str, Any] = field(default_factory=dict)
    due_at: datetime | None = None
    not_after: datetime | None = None
    group_key: str | None = None


@dataclass(frozen=True)
class ClaimedMessage:
    """A message a dispatcher has claimed for sending."""

    id: int
    kind: str
    recipient_telegram_id: int
    args: dict[str, Any]
    attempts: int
    broadcast_id: int | None
    dedup_key: str


@dataclass(frozen=True)
class BroadcastProgress:
    """Counts of a broadcast's messages by state."""

    broadcast_id: int
    title: str
    kind: str
    created_by: int | None
    total: int
    pending: int
    sent: int
    failed: int
    blocked: int
    cancelled: int
    created_at: datetime
    scheduled_for: datetime
    finished_at: datetime | None

    @property
    def done(self) -> int:
        """Messages in a final state."""
        return self.sent + self.failed + self.blocked + self.cancelled
