"""Conversation drafts are personal data: exported with the person's data, erased with it, purged."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.conversations.models import ConversationState, StashedValue


class ConversationsPersonalData:
    """The draft of a conversation in progress (what the person typed so far)."""

    name = "conversation"

    async def export(self, session: AsyncSession, person_id: int, telegram_id: int) -> Any:
        """The flow, step and draft the person is in, if any."""
        row = (await session.execute(
            select(ConversationState).where(ConversationState.person_id == person_id))).scalar_one_or_none()
        stashed = (await session.execute(
            select(StashedValue.payload, StashedValue.created_at).where(StashedValue.person_id == person_id)
            .order_by(StashedValue.created_at))).all()
        if row is None and not stashed:
            return None
        flow = None if row is None else {"flow": row.flow, "step": row.step, "draft": row.draft,
                                         "updated_at": row.updated_at.isoformat()}
        if not stashed:
            return flow
        return {**(flow or {}), "recent": [{"value": s.payload, "created_at": s.created_at.isoformat()}
                                           for s in stashed]}

    async def erase(self, session: AsyncSession, person_id: int, telegram_id: int, now: datetime) -> None:
        """Drop the conversation in progress and the values behind the person's buttons."""
        await session.execute(delete(ConversationState).where(ConversationState.person_id == person_id))
        await session.execute(delete(StashedValue).where(StashedValue.person_id == person_id))

    async def purge_texts_before(self, session: AsyncSession, cutoff: datetime) -> int:
        """Drop drafts not touched since ``cutoff``."""
        result = await session.execute(delete(ConversationState).where(ConversationState.updated_at < cutoff))
        stashed = await session.execute(delete(StashedValue).where(StashedValue.created_at < cutoff))
        return int(result.rowcount or 0) + int(stashed.rowcount or 0)  # type: ignore[attr-defined]
