"""An unmodified PTB Application against the sandbox, in long-polling mode."""

from __future__ import annotations

import asyncio

import pytest
from sandbox_testkit import ADVISOR_ID, build_test_app, load_echo_bot, polling
from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InputMediaDocument,
    MenuButtonCommands,
    Update,
)
from telegram.ext import ContextTypes, TypeHandler

from helpdesk_bot.sandbox import SandboxServer, SandboxTimeout

pytestmark = pytest.mark.e2e


async def test_echo_bot_round_trip(sandbox: SandboxServer) -> None:
    app = load_echo_bot().build_echo_application(sandbox.token, sandbox.api_url)
    async with polling(app):
        users = [sandbox.user(1000 + i, first_name=f"U{i}") for i in range(3)]
        for user in users:
            await user.send_text(f"hello from {user.user_id}")
        for user in users:
            reply = await user.wait_for_message(timeout=5)
            assert reply.text == f"hello from {user.user_id}"
            assert reply.from_bot and reply.chat_id == user.user_id
    assert sandbox.unknown_methods == []
    assert {r.chat_id for r in sandbox.sent_log} == {1000, 1001, 1002}
    stats = sandbox.stats()
    assert stats.total == 3 and stats.duplicates == 0 and stats.per_chat == {1000: 1, 1001: 1, 1002: 1}


async def test_deep_link_keyboard_callback_and_edit(sandbox: SandboxServer) -> None:
    user = sandbox.user(1001, first_name="Ana", language_code="sl")
    async with polling(build_test_app(sandbox)):
        await user.send_command("start", "event-5")
        welcome = await user.wait_for_message()
        assert welcome.text == "Welcome, Ana! payload=event-5"
        assert welcome.entities[0] == {"type": "bold", "offset": 0, "length": 7}
        assert welcome.buttons == [
            [("✅ Accept", "accept"), ("Decline", "decline")],
            [("Docs", "https://example.org/docs")],
        ]
        assert [b.text for b in welcome.flat_buttons] == ["✅ Accept", "Decline", "Docs"]

        await user.press(welcome, "Accept")  # unique substring of "✅ Accept"
        answer = await user.wait_for_callback_answer()
        assert (answer.text, answer.show_alert, answer.data) == ("You chose accept", False, "accept")
        await sandbox.wait_until(lambda: welcome.edited == 1)
        assert welcome.text == "Chosen: accept"
        assert welcome.buttons == []  # editing without reply_markup removes the keyboard
        assert welcome.entities == [{"type": "italic", "offset": 8, "length": 6}]
        with pytest.raises(ValueError):
            await user.press(welcome, "Decline")
    assert sandbox.unknown_methods == []


async def test_press_by_index_and_callback_data(sandbox: SandboxServer) -> None:
    user = sandbox.user(1001, first_name="Ana")
    async with polling(build_test_app(sandbox)):
        await user.send_command("start")
        first = await user.wait_for_message()
        await user.send_command("start")
        second = await user.wait_for_message()
        assert "payload=-" in second.text
        await user.press(first, 1)
        assert (await user.wait_for_callback_answer()).show_alert is True
        await user.press(second.message_id, callback_data="accept")
        assert (await user.wait_for_callback_answer()).data == "accept"
        await sandbox.wait_until(lambda: first.edited == 1 and second.edited == 1)
        assert first.text == "Chosen: decline" and second.text == "Chosen: accept"
        assert user.last_message is second
        await user.send_command("start")
        third = await user.wait_for_message()
        with pytest.raises(ValueError, match="no callback_data"):
            await user.press(third, "Docs")
        with pytest.raises(ValueError, match="no button"):
            await user.press(third, "Maybe")


async def test_documents_both_ways(sandbox: SandboxServer) -> None:
    user = sandbox.user(1001, first_name="Ana")
    async with polling(build_test_app(sandbox)):
        await user.send_command("doc")
        message = await user.wait_for_message()
        assert message.document is not None
        assert (message.document.filename, message.document.data) == ("report.pdf", b"%PDF-1.4 hello")
        assert message.text == "Your report" and message.caption == "Your report"
        api = message.to_api()
        assert api["document"]["file_name"] == "report.pdf" and api["document"]["file_size"] == 14

        await user.send_document(b"PK\x03\x04 spreadsheet", "numbers.xlsx")
        reply = await user.wait_for_message()
        assert reply.text == "Got numbers.xlsx: 16 bytes, starts b'PK\\x03\\x04'"


async def test_media_forward_and_other_user(sandbox: SandboxServer) -> None:
    user = sandbox.user(1001, first_name="Ana")
    friend = sandbox.user(1002, first_name="Marta")
    advisor = sandbox.user(ADVISOR_ID, first_name="Bo")
    async with polling(build_test_app(sandbox)):
        for send in (user.send_sticker(), user.send_voice(), user.send_photo(caption="look")):
            await send
            assert (await user.wait_for_message()).text == "Sorry, I only understand text."
        await user.send_forwarded(from_user=friend, text="hi there")
        assert (await user.wait_for_message()).text == "Forwarded from Marta: hi there"
        await user.send_forwarded(from_name="Secret Sam", text="psst")
        assert (await user.wait_for_message()).text == "Forwarded from Secret Sam: psst"
        await user.send_command("ping_advisor")
        assert (await advisor.wait_for_message()).text == "New question waiting for you"
        assert (await user.wait_for_message()).text == "Advisor notified"


async def test_wait_for_message_consumes_and_times_out(sandbox: SandboxServer) -> None:
    user = sandbox.user(1001, first_name="Ana")
    async with polling(build_test_app(sandbox)):
        await user.send_text("one")
        await user.send_text("two")
        two = await user.wait_for_message(predicate=lambda m: "two" in m.text)
        one = await user.wait_for_message()
        assert "one" in one.text and "two" in two.text
        with pytest.raises(SandboxTimeout, match="timed out"):
            await user.wait_for_message(timeout=0.3)
    assert [m.text for m in user.messages] == ["You said: one", "You said: two"]
    assert [m.text for m in user.history if not m.from_bot] == ["one", "two"]


async def test_redeliver_gives_the_same_update_twice(sandbox: SandboxServer) -> None:
    user = sandbox.user(1001, first_name="Ana")
    seen: list[int] = []
    app = load_echo_bot().build_echo_application(sandbox.token, sandbox.api_url)

    async def remember(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        seen.append(update.update_id)

    app.add_handler(TypeHandler(Update, remember), group=-1)
    async with polling(app):
        update_id = await user.send_text("once")
        await user.wait_for_message()
        await user.send_text("later")
        await user.wait_for_message()
        await sandbox.redeliver(update_id)
        again = await user.wait_for_message()
        assert again.text == "once"
        await user.send_text("after")
        assert (await user.wait_for_message()).text == "after"
    assert seen == [update_id, update_id + 1, update_id, update_id + 2]
    assert sandbox.stats().duplicates == 1
    assert sandbox.pending_update_count == 0


async def test_commands_descriptions_and_chat(sandbox: SandboxServer) -> None:
    app = build_test_app(sandbox)
    user = sandbox.user(1001, first_name="Ana", language_code="sl")
    other = sandbox.user(1002, first_name="Jan", language_code="pl")
    async with app:
        bot = app.bot
        await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
        await bot.set_my_commands([BotCommand("start", "Začni")], language_code="sl")
        await bot.set_my_commands(
            [BotCommand("book", "Book")], scope=BotCommandScopeAllPrivateChats(), language_code="pl"
        )
        assert sandbox.commands() == [
            {"command": "start", "description": "Start"},
            {"command": "help", "description": "Help"},
        ]
        assert sandbox.commands("sl") == [{"command": "start", "description": "Začni"}]
        assert sandbox.commands("de") == []
        assert [c.command for c in await bot.get_my_commands(language_code="sl")] == ["start"]
        assert sandbox.commands_for(user) == [{"command": "start", "description": "Začni"}]
        assert sandbox.commands_for(other) == [{"command": "book", "description": "Book"}]
        await bot.delete_my_commands(language_code="sl")
        assert sandbox.commands("sl") == []
        assert await bot.set_my_description("Help desk", language_code="en")
        assert await bot.set_my_short_description("Ask us")
        assert sandbox.description("en") == "Help desk" and sandbox.short_description() == "Ask us"
        assert (await bot.get_my_description(language_code="en")).description == "Help desk"
        assert await bot.set_chat_menu_button(chat_id=user.chat_id, menu_button=MenuButtonCommands())
        assert user.menu_button == {"type": "commands"}
        chat = await bot.get_chat(user.chat_id)
        assert (chat.id, chat.type, chat.first_name) == (1001, "private", "Ana")
        me = await bot.get_me()
        assert me.is_bot and me.username == "helpdesk_sandbox_bot" and me.id == 123456
        assert await bot.send_chat_action(user.chat_id, "typing")
        assert user.chat_actions == ["typing"]
        sent = await bot.send_message(user.chat_id, "to copy")
        copied = await bot.copy_message(other.chat_id, user.chat_id, sent.message_id)
        assert other.message(copied.message_id).text == "to copy"
        forwarded = await bot.forward_message(other.chat_id, user.chat_id, sent.message_id)
        assert forwarded.forward_origin is not None and forwarded.text == "to copy"
        assert await bot.delete_message(user.chat_id, sent.message_id)
        assert user.message(sent.message_id).deleted
        group = await bot.send_media_group(
            user.chat_id,
            [
                InputMediaDocument(
                    b"a,b\n1,2\n", filename="one.csv", caption="<b>first</b>", parse_mode="HTML"
                ),
                InputMediaDocument(b"second", filename="two.txt"),
            ],
        )
        assert len(group) == 2 and group[0].media_group_id == group[1].media_group_id
        assert group[0].caption == "first" and group[0].document is not None
        stored = user.message(group[1].message_id).document
        assert stored is not None and (stored.filename, stored.data) == ("two.txt", b"second")
        assert await bot.close() and await bot.log_out()
    assert sandbox.unknown_methods == []


async def test_block_sends_member_update(sandbox: SandboxServer) -> None:
    user = sandbox.user(1001, first_name="Ana")
    app = build_test_app(sandbox)
    async with polling(app):
        await user.block()
        await sandbox.wait_until(lambda: bool(app.bot_data.get("member_events")))
        assert user.is_blocked
        await user.unblock()
        await sandbox.wait_until(lambda: len(app.bot_data.get("member_events", [])) == 2)
    assert app.bot_data["member_events"] == [(1001, "kicked"), (1001, "member")]


async def test_polling_restart_does_not_lose_updates(sandbox: SandboxServer) -> None:
    user = sandbox.user(1001, first_name="Ana")
    async with polling(load_echo_bot().build_echo_application(sandbox.token, sandbox.api_url)):
        await user.send_text("first")
        await user.wait_for_message()
    await user.send_text("while down")
    await asyncio.sleep(0.05)
    async with polling(load_echo_bot().build_echo_application(sandbox.token, sandbox.api_url)):
        assert (await user.wait_for_message()).text == "while down"
    assert [m.text for m in user.messages] == ["first", "while down"]
