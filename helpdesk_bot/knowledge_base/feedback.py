""""Helpful"/"Not helpful": one verdict per answer actually shown to a person (issue 10, item 2).

:meth:`AnswerFeedback.issue` is called when an answer is shown and returns the token for its buttons;
:meth:`AnswerFeedback.give` consumes it with one conditional ``UPDATE ... WHERE used_at IS NULL``, so
only the first press of the person the answer was shown to, for that entry, counts. Everything else
(a forged token, another person's, a replay, a double tap, an entry that is gone) is refused: the
caller logs it with outcome ``refused``, which no indicator counts. A "Not helpful" verdict collects
the question for curation.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from helpdesk_bot.clock import Clock
from helpdesk_bot.db.group_commit import GroupCommit
from helpdesk_bot.db.uow import UnitOfWorkFactory
from helpdesk_bot.indicators import kinds

from .gaps import GapService
from .models import FeedbackToken, GapKind

TOKEN_CHARS = 10
"""Length of a feedback token (hex): unique per person, short enough for 64-byte callback data."""

QuestionLookup = Callable[[str | None], Awaitable[tuple[str | None, str | None]]]
"""The text and language of the question a question token names (None, None when unknown)."""


async def _no_question(_token: str | None) -> tuple[str | None, str | None]:
    return None, None


HELPFUL = "helpful"
NOT_HELPFUL = "not_helpful"


@dataclass(frozen=True)
class FeedbackResult:
    """What a press did: ``outcome`` is ``helpful``, ``not_helpful`` or ``refused`` (the interaction's)."""

    outcome: str
    question_token: str | None = None
    gap_id: int | None = None

    @property
    def accepted(self) -> bool:
        """Whether the verdict counts."""
        return self.outcome != kinds.REFUSED


@dataclass
class _Issue:
    person_id: int
    entry_id: str
    question_token: str | None
    future: asyncio.Future[str]


def _settle(abandoned: list[_Issue]) -> None:
    for item in abandoned:
        if not item.future.done():
            item.future.cancel()


class AnswerFeedback:
    """Issues and consumes feedback tokens (rows of ``kb_feedback_tokens``).

    Tokens of answers shown at the same time are written together (a group commit, like update
    admission), so issuing one costs no transaction of its own under load; :meth:`issue` returns only
    once its token is stored, before the buttons carrying it are sent.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, gaps: GapService) -> None:
        self._uow = uow
        self._clock = clock
        self._gaps = gaps
        self._group: GroupCommit[_Issue] = GroupCommit(self._write_batch, name="feedback-tokens", max_batch=500,
                                                       abandon=_settle)

    async def issue(self, person_id: int, entry_id: str, *, question_token: str | None = None) -> str:
        """A new token for the answer ``entry_id`` being shown to the person (stored when this returns)."""
        item = _Issue(person_id, entry_id[:128], question_token and question_token[:16],
                      asyncio.get_running_loop().create_future())
        self._group.submit(item)
        return await item.future

    async def _write_batch(self, batch: list[_Issue]) -> None:
        try:
            tokens = [secrets.token_hex(TOKEN_CHARS // 2) for _ in batch]
            await self._insert(batch, tokens)
        except Exception:  # a token drawn twice for one person (or another error): one by one, redrawn
            for item in batch:
                try:
                    token = await self._issue_one(item)
                except Exception as exc:
                    if not item.future.done():
                        item.future.set_exception(exc)
                    continue
                if not item.future.done():
                    item.future.set_result(token)
            return
        for item, token in zip(batch, tokens, strict=True):
            if not item.future.done():
                item.future.set_result(token)

    async def _insert(self, batch: list[_Issue], tokens: list[str]) -> None:
        now = self._clock.now()
        async with self._uow() as uow:
            await uow.session.execute(insert(FeedbackToken.__table__), [  # type: ignore[arg-type]
                {"person_id": item.person_id, "token": token, "entry_id": item.entry_id,
                 "question_token": item.question_token, "issued_at": now}
                for item, token in zip(batch, tokens, strict=True)
            ])
            await uow.commit()

    async def _issue_one(self, item: _Issue) -> str:
        for _attempt in range(3):
            token = secrets.token_hex(TOKEN_CHARS // 2)
            try:
                await self._insert([item], [token])
                return token
            except IntegrityError:  # the same token twice for one person: draw again
                continue
        raise RuntimeError("could not issue a unique feedback token")

    async def give(self, person_id: int, entry_id: str, token: str, *, helpful: bool, language: str | None = None,
                   question_of: QuestionLookup = _no_question) -> FeedbackResult:
        """Consume the token with the verdict; refused unless it was issued to this person for this
        entry and not used yet. "Not helpful" collects the question the answer was for as a gap
        (``question_of`` finds its text and language from the token's question token)."""
        verdict = HELPFUL if helpful else NOT_HELPFUL
        async with self._uow() as uow:
            session = uow.session
            consumed = await session.execute(
                update(FeedbackToken)
                .where(FeedbackToken.person_id == person_id, FeedbackToken.token == token[:16],
                       FeedbackToken.entry_id == entry_id, FeedbackToken.used_at.is_(None))
                .values(used_at=self._clock.now(), verdict=verdict)
                .returning(FeedbackToken.question_token)
            )
            row = consumed.first()
            if row is None:
                await uow.rollback()
                return FeedbackResult(kinds.REFUSED)
            question_token = row[0]
            gap_id = None
            if not helpful:
                question, asked_in = await question_of(question_token)
                gap_id = await self._gaps.add(GapKind.NOT_HELPFUL, question, language=asked_in or language,
                                              entry_id=entry_id, person_id=person_id, session=session)
            await uow.commit()
        return FeedbackResult(verdict, question_token, gap_id)



async def erase_feedback_tokens(session: AsyncSession, person_id: int) -> None:
    """Forget the person's tokens (inside the erasure's transaction)."""
    await session.execute(delete(FeedbackToken).where(FeedbackToken.person_id == person_id))


async def purge_feedback_tokens(session: AsyncSession, cutoff: datetime) -> None:
    """Delete tokens issued before ``cutoff`` (a verdict that old is no longer accepted)."""
    await session.execute(delete(FeedbackToken).where(FeedbackToken.issued_at < cutoff))


__all__ = ["AnswerFeedback", "FeedbackResult", "erase_feedback_tokens", "purge_feedback_tokens"]
