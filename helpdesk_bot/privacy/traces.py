"""Erasure of the links back to a person that the privacy service's own tables hold.

The interaction log, the audit log and broadcasts belong to no domain provider; these helpers remove
from them what would still lead to an erased person:

* interaction subjects: the person's own rows keep a subject only when it is a reference the bot made
  (``booking:12``, ``event:5``, a knowledge-base entry id); free input such as a ``/start`` deep-link
  payload (``ref-...``) or a command argument goes. Anyone's row whose subject names the person's
  Telegram id (a staff member's ``/grant``, an outbox delivery key) loses the id. Kinds, outcomes,
  languages, countries, topics, values and ``actor_ref`` stay, so indicator totals do not change.
* the audit log: the person's Telegram id as a *target* or inside an entry's details is replaced by
  ``erased``; as the *actor* it stays only while the person holds the staff role (accountability for
  staff actions, see the README's "Security and privacy"), otherwise it becomes NULL.
* ``created_by`` of broadcasts: NULL.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String, cast, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.broadcasts.models import Broadcast
from helpdesk_bot.indicators.models import AuditEntry, Interaction

ERASED = "erased"

_REFERENCE = re.compile(r"^[a-z_]+:\d+$")
"""A subject the bot built itself: ``booking:12``, ``event:5``, ``ticket:3``, ``gap:4``."""

_BOT_MADE_SUBJECT_KINDS = ("kb.", "ticket.", "booking.", "event.", "outbox.", "privacy.", "subscriptions.")
"""Kinds whose subject is always made by the bot (an entry id, a reference, a validated choice)."""


def _without_id(value: str, telegram_id: int) -> str:
    return re.sub(rf"(?<!\d){telegram_id}(?!\d)", ERASED, value)


def _scrub(value: Any, telegram_id: int) -> Any:
    """``value`` (JSON data) with the Telegram id replaced wherever it occurs."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return ERASED if value == telegram_id else value
    if isinstance(value, str):
        return _without_id(value, telegram_id)
    if isinstance(value, list):
        return [_scrub(v, telegram_id) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, telegram_id) for k, v in value.items()}
    return value


def _names(telegram_id: int) -> Any:
    return f"%{telegram_id}%"


async def erase_interaction_subjects(session: AsyncSession, actor_ref: str, telegram_id: int) -> None:
    """Drop free-input subjects of the person's rows, and the person's id from anyone's subjects."""
    own = (await session.execute(
        select(Interaction.id, Interaction.kind, Interaction.subject)
        .where(Interaction.actor_ref == actor_ref, Interaction.subject.is_not(None))
    )).all()
    free = [row_id for row_id, kind, subject in own
            if subject and not kind.startswith(_BOT_MADE_SUBJECT_KINDS) and not _REFERENCE.match(subject)]
    for start in range(0, len(free), 500):
        await session.execute(update(Interaction).where(Interaction.id.in_(free[start:start + 500]))
                              .values(subject=None).execution_options(synchronize_session=False))
    naming = (await session.execute(
        select(Interaction.id, Interaction.subject).where(Interaction.subject.like(_names(telegram_id)))
    )).all()
    for row_id, subject in naming:
        cleaned = _without_id(subject or "", telegram_id)
        if subject and cleaned != subject:
            await session.execute(update(Interaction).where(Interaction.id == row_id).values(subject=cleaned)
                                  .execution_options(synchronize_session=False))


async def erase_audit_traces(session: AsyncSession, telegram_id: int, *, keep_as_actor: bool) -> None:
    """The person's id out of audit targets and details; out of actors too unless ``keep_as_actor``."""
    rows = (await session.execute(
        select(AuditEntry).where(or_(AuditEntry.actor_telegram_id == telegram_id,
                                     AuditEntry.target.like(_names(telegram_id)),
                                     cast(AuditEntry.detail, String).like(_names(telegram_id))))
    )).scalars().all()
    for entry in rows:
        if entry.actor_telegram_id == telegram_id and not keep_as_actor:
            entry.actor_telegram_id = None
        if entry.target is not None:
            entry.target = _without_id(entry.target, telegram_id)
        if entry.detail is not None:
            scrubbed = _scrub(entry.detail, telegram_id)
            if scrubbed != entry.detail:
                entry.detail = scrubbed
    await session.execute(update(Broadcast).where(Broadcast.created_by == telegram_id).values(created_by=None)
                          .execution_options(synchronize_session=False))
