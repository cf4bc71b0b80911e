"""The rules of a staff announcement, on plain values (no I/O): what it must contain, when it may be
sent, and that it must reach someone. :meth:`~helpdesk_bot.events.subscriptions.AnnouncementService.create`
applies them; the unit tests check them without a database."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from helpdesk_bot.config import LANGUAGES

MEDIA_KINDS = (None, "photo", "document")

SCHEDULE_GRACE = timedelta(minutes=10)
"""A moment that passed at most this long ago (while the staff member confirmed it) is sent at once;
one that passed longer ago is refused, so a draft left lying around does not go out hours late."""


class AnnouncementError(ValueError):
    """An announcement the rules refuse; ``reason`` is ``empty``, ``languages``, ``media``, ``past`` or
    ``no-recipients``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


@dataclass(frozen=True)
class Checked:
    """What the rules let through: the texts per language that say something, and when to send."""

    texts: dict[str, str] | None
    send_at: datetime


def check_announcement(*, text: str, texts: Mapping[str, str] | None, media_kind: str | None,
                       media_file_id: str | None, send_at: datetime | None, now: datetime) -> Checked:
    """Refuse (:class:`AnnouncementError`) an announcement with neither text nor file, texts in unknown
    languages, an unknown kind of file, or a moment that passed more than :data:`SCHEDULE_GRACE` ago;
    blank texts per language are dropped (those recipients get ``text``)."""
    if not text.strip() and media_file_id is None:
        raise AnnouncementError("empty", "an announcement needs a text or a file")
    unknown = set(texts or {}) - set(LANGUAGES)
    if unknown:
        raise AnnouncementError("languages", f"unknown languages {sorted(unknown)}")
    if media_kind not in MEDIA_KINDS:
        raise AnnouncementError("media", "media_kind must be photo or document")
    if send_at is not None and send_at < now - SCHEDULE_GRACE:
        raise AnnouncementError("past", send_at.isoformat())
    per_language = {lang: value for lang, value in (texts or {}).items() if value.strip()} or None
    return Checked(per_language, max(send_at or now, now))


def check_recipients(recipients: Sequence[int]) -> None:
    """Refuse an announcement that would reach nobody (the preview offers no Send then; this holds when
    the last subscriber left between the preview and the press)."""
    if not recipients:
        raise AnnouncementError("no-recipients")
