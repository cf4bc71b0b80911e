"""Conversation drafts are personal data: exported with the person's data, erased with it, purged."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.conversations.models import ConversationState


class ConversationsPersonalData:
    """The draft of a conversation in progress (what the person typed so far)."""

    name = "conversation"

    async def export(self, session: AsyncSession, person_id: int, telegram_id: int) -> Any:
        """The flow, step and draft the person is in, if any."""
        row = (await session.execute(
            select(ConversationState).where(ConversationState.person_id == person_id))).scalar_one_or_none()
        if row is None:
            return None
        return {"flow": row.flow, "step": row.step, "draft": row.draft, "updated_at": row.updated_at.isoformat()}

    async def erase(self, session: AsyncSession, person_id: int, telegram_id: int, now: datetime) -> None:
        """Drop the conversation in progress."""
        await session.execute(delete(ConversationState).where(ConversationState.person_id == person_id))

    async def purge_texts_before(self, session: AsyncSession, cutoff: datetime) -> int:
        """Drop drafts not touched since ``cutoff``."""
        result = await session.execute(delete(ConversationState).where(ConversationState.updated_at < cutoff))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
