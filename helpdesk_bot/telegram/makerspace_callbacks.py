"""The makerspace's callback data: ``ms:<action>[:<int>...]``, short (at most 64 bytes) and parsed strictly.

Each action has a fixed list of arguments, each a bounded number read with the shared strict parser
(:mod:`helpdesk_bot.telegram.callback_data`: ASCII digits, no sign, no leading zero, within its range);
a callback that does not have exactly the shape of its action is refused. Ids are then validated
against the database and the person's role by the handlers. (No Telegram imports: the outbox
renderer builds its buttons through :func:`action_data`.)
"""

from __future__ import annotations

from datetime import date

from helpdesk_bot.telegram.callback_data import MAX_CALLBACK_BYTES, MAX_ID, MAX_TIMESTAMP, parse_int

PREFIX = "ms"

_ID = (1, MAX_ID)
_DAY = (1, date.max.toordinal())
_TIME = (0, MAX_TIMESTAMP)

ARGS: dict[str, tuple[tuple[int, int], ...]] = {
    "res": (_ID,),                 # resource: its days
    "day": (_ID, _DAY),            # resource, day ordinal
    "start": (_ID, _TIME),         # resource, start (unix seconds)
    "len": ((1, 96),),             # slots (the draft knows the rest)
    "ok": (),                      # confirm the draft
    "list": (),                    # back to the list
    "cx": (_ID,),                  # booking: ask to cancel
    "cxy": (_ID,),                 # booking: cancel
    "rs": (_ID,),                  # booking: reschedule
    "ru": (_ID,),                  # booking cancelled by maintenance: same time, another unit
    "rt": (_ID,),                  # booking cancelled by maintenance: another time
    "ws": ((0, 1),),               # workshop: 0 today, 1 this week
    "in": (_ID,),                  # booking: check-in
    "ns": (_ID,),                  # booking: no-show
    "mt": (_ID,),                  # resource: close for maintenance (choose unit and how long)
    "mtu": (_ID, (0, 50), (1, 24 * 31)),  # resource, unit (0 = all), hours
}

_ACTIONS = {"rebook_unit": "ru", "rebook_time": "rt"}


def encode(action: str, *args: int) -> str:
    """``ms:<action>:<a>:<b>``; raises ValueError for an unknown action, a wrong arity or a number out of range."""
    bounds = ARGS.get(action)
    if bounds is None or len(bounds) != len(args) or any(not lo <= a <= hi for a, (lo, hi) in zip(args, bounds,
                                                                                                  strict=True)):
        raise ValueError(f"bad makerspace callback {action} {args}")
    data = ":".join([PREFIX, action, *(str(a) for a in args)])
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data too long: {data}")
    return data


def decode(data: str | None) -> tuple[str, list[int]] | None:
    """``(action, [ints])``, or None when ``data`` is not exactly a makerspace callback."""
    if not data or len(data.encode("utf-8", "surrogatepass")) > MAX_CALLBACK_BYTES:
        return None
    parts = data.split(":")
    if len(parts) < 2 or parts[0] != PREFIX or parts[1] not in ARGS:
        return None
    bounds = ARGS[parts[1]]
    if len(parts) - 2 != len(bounds):
        return None
    args: list[int] = []
    for part, (low, high) in zip(parts[2:], bounds, strict=True):
        number = parse_int(part, low, high)
        if number is None:
            return None
        args.append(number)
    return parts[1], args


def action_data(action: str, booking_id: int) -> str:
    """The callback data of an outbox message's action button (see :mod:`helpdesk_bot.makerspace.messages`)."""
    return encode(_ACTIONS[action], booking_id)
