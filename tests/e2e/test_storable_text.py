"""Texts PostgreSQL cannot store (NUL, lone surrogates) get a normal answer on both databases (issue 10, item 10)."""

from __future__ import annotations

from sqlalchemy import select

from helpdesk_bot.knowledge_base.models import Gap
from tests.e2e.conftest import HarnessFactory


async def test_a_nul_byte_in_a_question_gets_the_fallback_not_the_apology(
        harness_factory: HarnessFactory, empty_database_url: str) -> None:
    # (a lone surrogate cannot be sent through the sandbox, whose JSON is UTF-8: tests/db/test_storable_text.py)
    async with harness_factory(database_url=empty_database_url) as h:
        user = h.user(4101)
        await h.onboard(user)
        await user.send_text("blorp\x00vrek zqx")
        reply = await h.expect(user, lambda m: "could not find an answer" in m.text or "went wrong" in m.text)
        assert "could not find an answer" in reply.text
        async with h.services.uow() as uow:
            texts = list((await uow.session.execute(select(Gap.text))).scalars())
        assert texts == ["blorpvrek zqx"]
