"""The outbox messages of a makerspace booking (rendered at send time by ``notifications``).

Payloads name abstract ``actions`` (``rebook_unit``, ``rebook_time``); the adapter's renderer turns
them into buttons, so no callback data is built here.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from helpdesk_bot.broadcasts.outbox import OutgoingMessage
from helpdesk_bot.makerspace.store import MAKERSPACE, group_key
from helpdesk_bot.makerspace.views import MakerBookingView

REMINDER_HOURS: tuple[int, ...] = (24, 1)


def payload(key: str, booking: MakerBookingView, *, states: tuple[str, ...] = ("confirmed",), ics: bool = False,
            actions: tuple[str, ...] = (), extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A payload pinned to the booking's version: a message about an older version is dropped."""
    data: dict[str, Any] = {"key": key, "booking": booking.id, "v": booking.version, "states": list(states)}
    if ics:
        data["ics"] = True
    if actions:
        data["actions"] = list(actions)
    if extra:
        data["args"] = extra
    return data


def booked_messages(booking: MakerBookingView, telegram_id: int, now: datetime, *,
                    moved: bool = False) -> list[OutgoingMessage]:
    """The confirmation (with .ics) and the reminders 24 h and 1 h before."""
    prefix = f"mbooking:{booking.id}:v{booking.version}"
    messages = [OutgoingMessage(telegram_id, MAKERSPACE, f"{prefix}:confirmed",
                                payload("ms-n-moved" if moved else "ms-n-confirmed", booking, ics=True),
                                not_after=booking.starts_at, group_key=group_key(booking.id))]
    for hours in REMINDER_HOURS:
        due = booking.starts_at - timedelta(hours=hours)
        if due > now:
            messages.append(OutgoingMessage(telegram_id, MAKERSPACE, f"{prefix}:remind{hours}",
                                            payload("ms-n-reminder", booking, extra={"hours": hours}),
                                            due_at=due, not_after=booking.starts_at, group_key=group_key(booking.id)))
    return messages


def cancelled_message(booking: MakerBookingView, telegram_id: int, by: str) -> OutgoingMessage:
    """The maker is told a booking was cancelled (by maintenance: with another unit or time offered)."""
    key = "ms-n-closed" if by == "maintenance" else "ms-n-cancelled"
    actions = ("rebook_unit", "rebook_time") if by == "maintenance" else ()
    return OutgoingMessage(telegram_id, MAKERSPACE, f"mbooking:{booking.id}:v{booking.version}:cancelled",
                           payload(key, booking, states=("cancelled",), actions=actions))
