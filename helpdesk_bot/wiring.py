"""What every domain is built from: the one wiring convention, ``build_<domain>(deps, ...)``.

The composition root (:mod:`helpdesk_bot.bootstrap`) makes one :class:`Deps` and calls each domain's
builder with it (plus the few collaborators a domain needs from another, by name). A builder creates the
domain's services and registers its outbox renderers on ``deps.dispatcher``; it schedules nothing (the
periodic jobs are one table, :mod:`helpdesk_bot.jobs`). Neutral module: domains import it, it imports no
domain.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpdesk_bot.broadcasts.dispatcher import Dispatcher
from helpdesk_bot.broadcasts.outbox import Outbox
from helpdesk_bot.clock import Clock
from helpdesk_bot.config import Settings
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.i18n.catalog import Translator


@dataclass(frozen=True)
class Deps:
    """The shared infrastructure of one bot process."""

    settings: Settings
    uow: UnitOfWorkFactory
    clock: Clock
    outbox: Outbox
    translator: Translator
    dispatcher: Dispatcher
