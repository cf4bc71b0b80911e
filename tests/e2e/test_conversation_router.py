"""The one free-text router: a person's text goes to their flow's step, kept in the database across restarts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from markupsafe import Markup
from pydantic import BaseModel
from sqlalchemy import select
from telegram import Update

from helpdesk_bot.clock import ManualClock
from helpdesk_bot.conversations import Conversation, Flow
from helpdesk_bot.i18n.catalog import html_join
from helpdesk_bot.knowledge_base.models import Gap
from helpdesk_bot.sandbox import SandboxServer
from helpdesk_bot.telegram.context import HelpdeskContext
from helpdesk_bot.telegram.conversation import on_flow_text
from helpdesk_bot.telegram.replies import reply
from tests.e2e.conftest import TOKEN, Harness, HarnessFactory


class NoteDraft(BaseModel):
    notes: list[str] = []


NOTES = Flow("test.notes", NoteDraft, steps=("first", "second"), restart_command="notes")


def _install(harness: Harness) -> None:
    """A two-step flow that echoes what it collected (test only)."""

    async def on_text(update: Update, context: HelpdeskContext, conversation: Conversation) -> None:
        assert update.effective_message is not None
        draft = NOTES.draft(conversation)
        draft.notes.append(update.effective_message.text or "")
        store = context.services.conversations
        if conversation.step == "first":
            await NOTES.advance(store, conversation, "second", draft)
            await reply(update, context, Markup("step two after {}").format(len(draft.notes)))
        else:
            await store.finish(conversation.person_id, version=conversation.version)
            await reply(update, context, Markup("collected ") + html_join(" + ", draft.notes))

    on_flow_text(harness.application, NOTES.name, on_text, restart_command=NOTES.restart_command)


async def _begin(harness: Harness, telegram_id: int) -> None:
    person = await harness.services.people.get(telegram_id)
    assert person is not None
    await NOTES.start(harness.services.conversations, person.id, "first", NoteDraft())


async def test_text_in_a_flow_goes_to_its_step_and_never_to_the_knowledge_base(harness: Harness) -> None:
    _install(harness)
    user = harness.user(6101)
    await harness.onboard(user)
    await _begin(harness, 6101)
    await user.send_text("How do I register for VAT?")
    await harness.expect(user, lambda m: m.text == "step two after 1")
    user.consume_all()
    await user.send_text("second answer")
    done = await harness.expect(user, lambda m: (m.text or "").startswith("collected"))
    assert done.text == "collected How do I register for VAT? + second answer"
    async with harness.services.uow() as uow:
        gaps = (await uow.session.execute(select(Gap.text))).scalars().all()
    assert not any("register for VAT" in (g or "") for g in gaps)


async def test_cancel_ends_any_flow_and_says_when_there_is_none(harness: Harness) -> None:
    _install(harness)
    user = harness.user(6102, language_code="pl")
    await harness.onboard(user, language="pl")
    await _begin(harness, 6102)
    await user.send_command("cancel")
    await harness.expect(user, lambda m: (m.text or "").startswith("Anulowano."))
    person = await harness.services.people.get(6102)
    assert person is not None and await harness.services.conversations.current(person.id) is None
    user.consume_all()
    await user.send_command("cancel")
    await harness.expect(user, lambda m: "nie ma czego anulować" in (m.text or ""))


async def test_an_expired_step_says_how_to_start_again(harness_factory: HarnessFactory) -> None:
    clock = ManualClock()
    async with harness_factory(clock=clock) as harness:
        _install(harness)
        user = harness.user(6103)
        await harness.onboard(user)
        await _begin(harness, 6103)
        clock.advance(timedelta(hours=25))
        await user.send_text("too late")
        await harness.expect(user, lambda m: m.text == "This step has expired. Start again with /notes.")
        person = await harness.services.people.get(6103)
        assert person is not None and await harness.services.conversations.current(person.id) is None


async def test_a_restart_between_two_steps_loses_nothing(harness_factory: HarnessFactory, tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'restart.sqlite3'}"
    async with SandboxServer(token=TOKEN) as sandbox:
        async with harness_factory(database_url=url, sandbox=sandbox) as first:
            _install(first)
            user = first.user(6104)
            await first.onboard(user)
            await _begin(first, 6104)
            await user.send_text("before the restart")
            await first.expect(user, lambda m: m.text == "step two after 1")
        async with harness_factory(database_url=url, sandbox=sandbox) as second:
            _install(second)
            user.consume_all()
            await user.send_text("after it")
            done = await second.expect(user, lambda m: (m.text or "").startswith("collected"))
            assert done.text == "collected before the restart + after it"
