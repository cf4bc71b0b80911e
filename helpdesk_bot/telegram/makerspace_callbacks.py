"""The makerspace's callback data: ``ms:<action>[:<int>...]``, short (< 64 bytes) and parsed strictly.

Every argument is a bounded run of ASCII digits; a callback that does not have exactly the shape of
its action is refused. Ids are then validated against the database and the person's role by the
handlers. (No Telegram imports: the outbox renderer builds its buttons through :func:`action_data`.)
"""

from __future__ import annotations

PREFIX = "ms"
MAX_INT = 10**12

ARITY: dict[str, int] = {
    "res": 1,       # resource id: its days
    "day": 2,       # resource id, day ordinal
    "start": 2,     # resource id, start (unix seconds)
    "len": 1,       # slots (the draft knows the rest)
    "ok": 0,        # confirm the draft
    "list": 0,      # back to the list
    "cx": 1,        # booking id: ask to cancel
    "cxy": 1,       # booking id: cancel
    "rs": 1,        # booking id: reschedule
    "ru": 1,        # booking id (cancelled by maintenance): same time, another unit
    "rt": 1,        # booking id (cancelled by maintenance): another time
    "ws": 1,        # workshop: 0 today, 1 this week
    "in": 1,        # booking id: check-in
    "ns": 1,        # booking id: no-show
    "mt": 1,        # resource id: close for maintenance (choose how long)
    "mtu": 3,       # resource id, unit (0 = all), hours
    "ind": 2,       # induction id, person telegram id: record (from a forwarded message)
}

_ACTIONS = {"rebook_unit": "ru", "rebook_time": "rt"}


def encode(action: str, *args: int) -> str:
    """``ms:<action>:<a>:<b>``; raises ValueError for an unknown action, wrong arity or a bad number."""
    if ARITY.get(action) != len(args) or any(not 0 <= a < MAX_INT for a in args):
        raise ValueError(f"bad makerspace callback {action} {args}")
    data = ":".join([PREFIX, action, *(str(a) for a in args)])
    assert len(data.encode()) <= 64
    return data


def decode(data: str | None) -> tuple[str, list[int]] | None:
    """``(action, [ints])`` or None when ``data`` is not exactly a makerspace callback."""
    if not data or len(data) > 64 or not data.isascii():
        return None
    parts = data.split(":")
    if len(parts) < 2 or parts[0] != PREFIX or parts[1] not in ARITY or len(parts) - 2 != ARITY[parts[1]]:
        return None
    args: list[int] = []
    for part in parts[2:]:
        if not part.isdigit() or not part.isascii() or len(part) > 12 or (len(part) > 1 and part[0] == "0"):
            return None
        args.append(int(part))
    return parts[1], args


def action_data(action: str, booking_id: int) -> str:
    """The callback data of an outbox message's action button (see :mod:`helpdesk_bot.makerspace.messages`)."""
    return encode(_ACTIONS[action], booking_id)
