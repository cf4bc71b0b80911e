"""An update delivered twice is handled once: while its first copy is still being processed, in the same
process and in a second bot process on the same database."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import func, select
from telegram import Update
from telegram.ext import TypeHandler

from helpdesk_bot.indicators.models import Interaction
from helpdesk_bot.sandbox import SandboxUser
from tests.e2e.conftest import Harness, HarnessFactory

HELP = "How I can help"


def _hold_first_help(harness: Harness) -> tuple[asyncio.Event, asyncio.Event]:
    """Hold the first /help in a handler (before the real one runs) until the test releases it."""
    entered, release = asyncio.Event(), asyncio.Event()

    async def hold(update: Update, _context: Any) -> None:
        message = update.effective_message
        if message is not None and message.text == "/help" and not entered.is_set():
            entered.set()
            await release.wait()

    harness.application.add_handler(TypeHandler(Update, hold), group=-100)
    return entered, release


async def _rows_of(harness: Harness, update_id: int) -> int:
    await harness.services.interactions.flush()
    async with harness.services.uow() as uow:
        return int((await uow.session.execute(
            select(func.count()).select_from(Interaction).where(Interaction.update_id == update_id))).scalar_one())


def _helps(user: SandboxUser) -> int:
    return len([m for m in user.messages if m.from_bot and HELP in m.text])


async def test_a_redelivery_while_the_first_copy_is_still_processed_is_skipped(harness: Harness) -> None:
    user = harness.user(1501, "Ida")
    await harness.onboard(user)
    entered, release = _hold_first_help(harness)
    update_id = await user.send_command("help")
    await asyncio.wait_for(entered.wait(), 10)  # the first copy is inside a handler now
    await harness.sandbox.redeliver(update_id)
    sentinel = await user.send_command("privacy")
    release.set()
    await harness.processed(sentinel)  # the chat's updates run in order: the duplicate came before it
    assert _helps(user) == 1
    assert await _rows_of(harness, update_id) == 1


async def test_a_copy_delivered_to_a_second_bot_process_on_the_same_database_is_skipped(
    harness_factory: HarnessFactory, empty_database_url: str,
) -> None:
    async with harness_factory(database_url=empty_database_url) as first:
        user = first.user(1502, "Jon")
        await first.onboard(user)
        entered, release = _hold_first_help(first)
        update_id = await user.send_command("help")
        await asyncio.wait_for(entered.wait(), 10)  # process one has claimed it and is handling it
        async with harness_factory(database_url=empty_database_url) as second:
            same_user = second.user(1502, "Jon")
            second.sandbox.deliver_copy(first.sandbox.update(update_id), chat_id=same_user.chat_id)
            sentinel = await same_user.send_command("privacy")
            await second.processed(sentinel)  # process two handled (skipped) the copy before the sentinel
            assert _helps(same_user) == 0
            assert [m for m in same_user.messages if m.from_bot]  # it did answer the sentinel
        release.set()
        await first.processed(update_id)
        assert _helps(user) == 1
        assert await _rows_of(first, update_id) == 1
