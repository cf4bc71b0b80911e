"""Every button of the bot as a declared action: ``<area>:<verb>:<arg>...``, encoded and decoded strictly.

One :class:`Area` per callback prefix (``ev``, ``tk``, ``kb``, …) lists its actions; an :class:`Action`
fixes its verb and the kind of each argument (:class:`Id`, :class:`Num`, :class:`OneOf`, :class:`Token`,
:class:`Const`). Handlers build buttons only with :meth:`Area.encode` and read presses only with
:meth:`Area.decode` (``None`` for anything that is not exactly one of our buttons: answered as a stale
button), and register with :attr:`Area.pattern`. Numbers go through the strict readers of
:mod:`helpdesk_bot.telegram.callback_data` (ASCII digits, no sign, no leading zero, within range).

:data:`AREAS` is the full list; ``tests/unit/test_callback_protocol.py`` encodes every action with its
longest values, checks each fits Telegram's 64 bytes (UTF-8) and that decoding gives the values back.
The consultations' ``bk:`` buttons keep their dataclasses (:mod:`helpdesk_bot.telegram.callbacks`) and
take part through :data:`BOOKING_AREA`. Outbox messages store button *intents*
(:class:`helpdesk_bot.broadcasts.delivery.ButtonIntent`: area, verb, values); :func:`intent_data` turns
one into callback data when the message is sent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from helpdesk_bot.telegram.callback_data import MAX_CALLBACK_BYTES, MAX_ID, parse_id, parse_int

Value = int | str


class Arg(Protocol):
    """One argument of an action: how it is read, written, and its longest value (for the size test)."""

    def parse(self, text: str) -> Value | None:
        """The value, or None when ``text`` is not exactly a valid spelling of one."""

    def render(self, value: Value) -> str:
        """The text of ``value``; raises ValueError for a value this argument does not accept."""

    def longest(self) -> Value:
        """The value with the longest encoding."""


@dataclass(frozen=True)
class Id:
    """A database id, 1..:data:`MAX_ID`."""

    def parse(self, text: str) -> Value | None:
        """See :class:`Arg`."""
        return parse_id(text)

    def render(self, value: Value) -> str:
        """See :class:`Arg`."""
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_ID:
            raise ValueError(f"not an id: {value!r}")
        return str(value)

    def longest(self) -> Value:
        """See :class:`Arg`."""
        return MAX_ID


@dataclass(frozen=True)
class Num:
    """A bounded number ``low..high`` (page, weekday, hour, unix time, …)."""

    low: int
    high: int

    def parse(self, text: str) -> Value | None:
        """See :class:`Arg`."""
        return parse_int(text, self.low, self.high)

    def render(self, value: Value) -> str:
        """See :class:`Arg`."""
        if not isinstance(value, int) or isinstance(value, bool) or not self.low <= value <= self.high:
            raise ValueError(f"not in {self.low}..{self.high}: {value!r}")
        return str(value)

    def longest(self) -> Value:
        """See :class:`Arg`."""
        return self.high


@dataclass(frozen=True)
class OneOf:
    """One word of a fixed vocabulary (``values`` may be given lazily, as a function, to avoid imports)."""

    source: tuple[str, ...] | Callable[[], Iterable[str]]

    @property
    def values(self) -> tuple[str, ...]:
        """The accepted words."""
        return self.source if isinstance(self.source, tuple) else tuple(self.source())

    def parse(self, text: str) -> Value | None:
        """See :class:`Arg`."""
        return text if text in self.values else None

    def render(self, value: Value) -> str:
        """See :class:`Arg`."""
        if not isinstance(value, str) or value not in self.values:
            raise ValueError(f"not one of {self.values}: {value!r}")
        return value

    def longest(self) -> Value:
        """See :class:`Arg`."""
        return max(self.values, key=lambda v: len(v.encode()))


_TOKEN = re.compile(r"[A-Za-z0-9_.+/-]+", re.ASCII)


@dataclass(frozen=True)
class Token:
    """A short ASCII word without ``:`` (an entry id, a stash token, a time zone), at most ``max_len`` long."""

    max_len: int

    def parse(self, text: str) -> Value | None:
        """See :class:`Arg`."""
        return text if len(text) <= self.max_len and _TOKEN.fullmatch(text) else None

    def render(self, value: Value) -> str:
        """See :class:`Arg`."""
        if not isinstance(value, str) or self.parse(value) is None:
            raise ValueError(f"not a token of at most {self.max_len}: {value!r}")
        return value

    def longest(self) -> Value:
        """See :class:`Arg`."""
        return "x" * self.max_len


@dataclass(frozen=True)
class Const:
    """A fixed filler (``ann:send:0``): kept for the buttons already in chats."""

    text: str

    def parse(self, text: str) -> Value | None:
        """See :class:`Arg`."""
        return text if text == self.text else None

    def render(self, value: Value) -> str:
        """See :class:`Arg`."""
        if value != self.text:
            raise ValueError(f"not {self.text!r}: {value!r}")
        return self.text

    def longest(self) -> Value:
        """See :class:`Arg`."""
        return self.text


@dataclass(frozen=True)
class Action:
    """One kind of button: ``verb`` (None for an area with a single shape) and its arguments."""

    verb: str | None
    args: tuple[Arg, ...] = ()


def act(verb: str | None, *args: Arg) -> Action:
    """Shorthand for :class:`Action`."""
    return Action(verb, args)


@dataclass(frozen=True)
class Pressed:
    """A decoded press: the verb and the typed values of its arguments."""

    verb: str | None
    values: tuple[Value, ...]

    def id(self, index: int = 0) -> int:
        """The ``index``-th value as an int (an :class:`Id` or :class:`Num` argument)."""
        value = self.values[index]
        assert isinstance(value, int)
        return value

    def text(self, index: int = 0) -> str:
        """The ``index``-th value as a str (a :class:`OneOf`, :class:`Token` or :class:`Const` argument)."""
        value = self.values[index]
        assert isinstance(value, str)
        return value


def prefix_of(data: str | None) -> str:
    """The area prefix of any callback data (the text before the first ``:``; empty for none)."""
    return (data or "").split(":", 1)[0]


def _fits(data: str) -> str:
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data longer than {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


class Area:
    """The buttons of one prefix: encodes, decodes, and gives the handler's pattern."""

    def __init__(self, prefix: str, *actions: Action, doc: str = "") -> None:
        self.prefix = prefix
        self.doc = doc
        self.actions: dict[str | None, Action] = {}
        for action in actions:
            if action.verb in self.actions:
                raise ValueError(f"{prefix}: verb {action.verb!r} declared twice")
            self.actions[action.verb] = action
        if None in self.actions and len(self.actions) > 1:
            raise ValueError(f"{prefix}: an area without verbs has exactly one action")

    @property
    def pattern(self) -> str:
        """The regular expression a ``CallbackQueryHandler`` of this area registers with."""
        return rf"^{re.escape(self.prefix)}:"

    def claims(self, data: str | None) -> bool:
        """True when ``data`` carries this area's prefix (what :attr:`pattern` matches), valid or not."""
        return data is not None and data.startswith(self.prefix + ":")

    def encode(self, verb: str | None, *values: Value) -> str:
        """The callback data of ``verb`` with ``values``; ValueError for an undeclared shape or a bad value."""
        action = self.actions.get(verb)
        if action is None or len(action.args) != len(values):
            raise ValueError(f"{self.prefix}: no action {verb!r} with {len(values)} arguments")
        parts = [self.prefix] + ([] if verb is None else [verb])
        parts += [arg.render(value) for arg, value in zip(action.args, values, strict=True)]
        return _fits(":".join(parts))

    def decode(self, data: str | None) -> Pressed | None:
        """The press, or None for anything that is not exactly one of this area's buttons."""
        if not data or len(data.encode("utf-8", "surrogatepass")) > MAX_CALLBACK_BYTES:
            return None
        parts = data.split(":")
        if parts[0] != self.prefix:
            return None
        verb: str | None
        if None in self.actions:
            verb, rest = None, parts[1:]
        else:
            if len(parts) < 2:
                return None
            verb, rest = parts[1], parts[2:]
        action = self.actions.get(verb)
        if action is None or len(rest) != len(action.args):
            return None
        values: list[Value] = []
        for arg, text in zip(action.args, rest, strict=True):
            value = arg.parse(text)
            if value is None:
                return None
            values.append(value)
        return Pressed(verb, tuple(values))

    def examples(self) -> list[tuple[str, Pressed]]:
        """Every action with its longest values: ``(data, the press it decodes to)`` (for the size test)."""
        out = []
        for verb, action in self.actions.items():
            values = tuple(arg.longest() for arg in action.args)
            out.append((self.encode(verb, *values), Pressed(verb, values)))
        return out
