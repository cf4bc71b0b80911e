"""Who acts in a use case, and the one rule of who may do what.

Every use case that only some people may perform takes the acting person and calls :func:`require`
itself, so the chat and the command line cannot drift apart: a Telegram handler passes the person of
the update (:class:`~helpdesk_bot.people.service.PersonView`), a command of ``helpdesk-bot`` passes
:data:`CLI` (the staff operator at the shell, who reaches the database anyway).
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field
from typing import Protocol

from helpdesk_bot.people.models import Role


class Actor(Protocol):
    """Anyone a use case acts for: a person of the chat or an operator of the command line."""

    @property
    def telegram_id(self) -> int | None:
        """The Telegram id written in audit rows (None for the command line)."""

    @property
    def roles(self) -> Set[str]:
        """The roles the actor holds (granted, or staff from configuration)."""


def may(roles: Set[str], role: Role) -> bool:
    """Whether someone holding ``roles`` may act in ``role``: the one rule of who may do what.

    Staff may do everything advisors and partners may do; every other role is its own.
    """
    return role in roles or (role in (Role.ADVISOR, Role.PARTNER) and Role.STAFF in roles)


class Forbidden(Exception):
    """The actor may not do this; ``role`` is the role it needs (the adapter says so politely)."""

    def __init__(self, role: Role) -> None:
        super().__init__(f"needs the {role} role")
        self.role = role


def require(actor: Actor, role: Role) -> None:
    """Refuse (:class:`Forbidden`) an actor who may not act in ``role``."""
    if not may(actor.roles, role):
        raise Forbidden(role)


def channel(actor: Actor) -> str:
    """Where the action came from, for audit rows: ``cli`` or ``telegram``."""
    return "cli" if actor.telegram_id is None else "telegram"


@dataclass(frozen=True)
class Operator:
    """Someone acting with staff rights outside the chat: the command line (no Telegram id), or a
    staff member's Telegram id when a tool acts for them."""

    telegram_id: int | None = None
    roles: frozenset[str] = field(default_factory=lambda: frozenset({Role.STAFF.value}))


CLI = Operator()
"""The actor of every ``helpdesk-bot`` command: the staff operator at the shell."""
