"""The makerspace's callback data: ``ms:<action>[:<int>...]``, the ``ms`` area of the callback protocol.

A thin view of :data:`helpdesk_bot.telegram.callback_areas.MAKERSPACE` in the shape the makerspace
handlers use (``encode(action, *ints)``, ``decode(data) -> (action, [ints])``). Each action has a fixed
list of bounded numbers read with the shared strict parser; a callback that does not have exactly the
shape of its action is refused. Ids are then validated against the database and the person's role by
the handlers.
"""

from __future__ import annotations

from helpdesk_bot.telegram.callback_areas import MAKERSPACE
from helpdesk_bot.telegram.callback_protocol import Id, Num

PREFIX = MAKERSPACE.prefix


def _bounds(arg: object) -> tuple[int, int]:
    if isinstance(arg, Id):
        return 1, int(arg.longest())
    assert isinstance(arg, Num)
    return arg.low, arg.high


ARGS: dict[str, tuple[tuple[int, int], ...]] = {
    str(verb): tuple(_bounds(a) for a in action.args) for verb, action in MAKERSPACE.actions.items()
}
"""Every action with the bounds of its numbers."""


def encode(action: str, *args: int) -> str:
    """``ms:<action>:<a>:<b>``; raises ValueError for an unknown action, a wrong arity or a number out of range."""
    return MAKERSPACE.encode(action, *args)


def decode(data: str | None) -> tuple[str, list[int]] | None:
    """``(action, [ints])``, or None when ``data`` is not exactly a makerspace callback."""
    pressed = MAKERSPACE.decode(data)
    if pressed is None:
        return None
    return str(pressed.verb), [pressed.id(i) for i in range(len(pressed.values))]
