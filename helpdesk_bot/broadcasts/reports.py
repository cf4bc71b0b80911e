"""Delivery reports: when a broadcast finishes, its creator gets sent/failed/blocked counts and the duration."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from helpdesk_bot.broadcasts.outbox import BroadcastProgress, Outbox, OutgoingMessage
from helpdesk_bot.broadcasts.renderers import TRANSLATED, translated_message

REPORT_KEY = "broadcast-report"


def report_message(progress: BroadcastProgress) -> OutgoingMessage | None:
    """The report for the broadcast's creator (None when nobody created it, e.g. the CLI)."""
    if progress.created_by is None:
        return None
    finished = progress.finished_at or progress.created_at
    started = max(progress.scheduled_for, progress.created_at)
    seconds = max(0, int((finished - started).total_seconds()))
    minutes, secs = divmod(seconds, 60)
    return OutgoingMessage(
        progress.created_by, TRANSLATED, f"broadcast-report:{progress.broadcast_id}",
        translated_message(REPORT_KEY, {
            "title": progress.title, "total": progress.total, "sent": progress.sent, "failed": progress.failed,
            "blocked": progress.blocked, "cancelled": progress.cancelled, "duration": f"{minutes}:{secs:02d}",
        }),
    )


def delivery_report_hook(outbox: Outbox) -> Callable[[BroadcastProgress], Awaitable[None]]:
    """A ``broadcast_finished_hooks`` entry that enqueues the report (once: its dedup key is the broadcast)."""

    async def hook(progress: BroadcastProgress) -> None:
        message = report_message(progress)
        if message is not None:
            await outbox.enqueue(message)

    return hook
