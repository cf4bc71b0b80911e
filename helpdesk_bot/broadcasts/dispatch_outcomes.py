"""What a drain of the outbox did: the counts of one drain (:class:`DispatchStats`) and the outcomes
noted by the senders until the next write to the database (:class:`SendOutcomes`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from helpdesk_bot.indicators.log import InteractionRecord


@dataclass
class DispatchStats:
    """What one drain did."""

    claimed: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    blocked: int = 0
    cancelled: int = 0
    deferred: int = 0
    seconds: float = 0.0


@dataclass
class SendOutcomes:
    """Outcomes of sends not yet written: sent, to retry, requeued, failed, blocked chats, cancelled."""

    sent: list[tuple[int, int | None]] = field(default_factory=list)
    retry: list[tuple[int, object, str]] = field(default_factory=list)
    requeued: list[tuple[int, object, str]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    blocked: list[int] = field(default_factory=list)
    cancelled: list[tuple[int, str]] = field(default_factory=list)
    interactions: list[InteractionRecord] = field(default_factory=list)

    def __len__(self) -> int:
        return (len(self.sent) + len(self.retry) + len(self.requeued) + len(self.failed) + len(self.blocked)
                + len(self.cancelled))

    def buckets(self) -> tuple[list[Any], ...]:
        """The lists of outcomes, in a fixed order."""
        return (self.sent, self.retry, self.requeued, self.failed, self.blocked, self.cancelled, self.interactions)

    def take(self) -> SendOutcomes:
        """Move every outcome noted so far into a new object (this one is left empty)."""
        taken = SendOutcomes(*(bucket[:] for bucket in self.buckets()))
        for bucket in self.buckets():
            bucket.clear()
        return taken

    def put_back(self, taken: SendOutcomes, *, only_interactions: bool = False) -> None:
        """Return outcomes that could not be written, ahead of those noted since."""
        pairs = zip(self.buckets(), taken.buckets(), strict=True)
        for mine, theirs in list(pairs)[-1:] if only_interactions else pairs:
            mine[:0] = theirs
