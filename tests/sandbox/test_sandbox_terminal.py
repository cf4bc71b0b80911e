"""The terminal chat used by the demo, driven through text streams and a real pipe."""

from __future__ import annotations

import asyncio
import io
import os
from pathlib import Path
from typing import Any

import pytest
from sandbox_testkit import ADVISOR_ID, build_test_app, polling

from helpdesk_bot.sandbox import SandboxServer
from helpdesk_bot.sandbox.models import SandboxMessage
from helpdesk_bot.sandbox.terminal import Persona, run_terminal_chat
from helpdesk_bot.sandbox.terminal_view import render_edit

PERSONAS: dict[str, Persona | dict[str, Any]] = {
    "entrepreneur": Persona(user_id=1001, first_name="Ana", language_code="sl"),
    "advisor": {"user_id": ADVISOR_ID, "first_name": "Bo", "language_code": "en"},
    "staff": Persona(user_id=3003, first_name="Cy"),
}


async def test_scripted_session(sandbox: SandboxServer, tmp_path: Path) -> None:
    script = "\n".join(
        [
            "/whoami",
            "/start event-5",
            "1",  # presses "✅ Accept"
            "/doc",
            "hello <there>",
            "/ping_advisor",
            "/as adv",
            "/whoami",
            "/sticker",
            "/as nobody",
            "/quit",
            "never read",
        ]
    )
    out = io.StringIO()
    async with polling(build_test_app(sandbox)):
        await run_terminal_chat(
            sandbox,
            PERSONAS,
            input_stream=io.StringIO(script + "\n"),
            output_stream=out,
            download_dir=tmp_path,
            settle=0.05,
        )
    text = out.getvalue()
    assert "You are entrepreneur: Ana (Telegram id 1001, language sl)" in text
    assert (
        "🤖 #1 Welcome, Ana! payload=event-5\n  [1.1] ✅ Accept  [1.2] Decline\n"
        "  [1.3] Docs ↗ https://example.org/docs" in text
    )
    assert "(pressing [1.1] ✅ Accept)" in text
    assert "💬 You chose accept" in text
    assert "✏️  #1 (edited)\n🤖 #1 Chosen: accept\n" in text
    saved = tmp_path / "1001-4-report.pdf"
    assert saved.read_bytes() == b"%PDF-1.4 hello"
    assert f"📎 report.pdf (14 bytes) saved to {saved.resolve()}\n  Your report" in text
    assert "🤖 #3 You said: hello <there>" in text
    assert "🔔 advisor has 1 unread message(s) — type /as advisor to read" in text
    assert (
        "Now chatting as advisor: Bo (Telegram id 2002, language en)\n🤖 #1 New question waiting for you" in text
    )
    assert "You are advisor: Bo" in text
    assert "🤖 #2 Sorry, I only understand text." in text
    assert "Usage: /as NAME, where NAME is one of: entrepreneur, advisor, staff" in text
    assert text.rstrip().endswith("Bye.")
    assert "never read" not in text
    assert sandbox.users[ADVISOR_ID].history[-2].kind == "sticker"


async def test_numbers_without_buttons_are_text_and_eof_ends(sandbox: SandboxServer, tmp_path: Path) -> None:
    out = io.StringIO()
    async with polling(build_test_app(sandbox)):
        await run_terminal_chat(
            sandbox,
            PERSONAS,
            input_stream=io.StringIO("42\n/start\n7\n/say 7\n"),
            output_stream=out,
            initial="staff",
            download_dir=tmp_path,
            settle=0.05,
        )
    text = out.getvalue()
    assert "You are staff: Cy" in text
    assert "🤖 #1 You said: 42" in text
    assert "(no button [2.7]; message #2 has buttons 1 to 3; to send 7 as a message, type /say 7)" in text
    assert "🤖 #3 You said: 7" in text
    assert text.rstrip().endswith("Bye.")


async def test_no_reply_is_reported(sandbox: SandboxServer, tmp_path: Path) -> None:
    out = io.StringIO()
    await run_terminal_chat(  # no bot is running
        sandbox,
        PERSONAS,
        input_stream=io.StringIO("anyone?\n"),
        output_stream=out,
        download_dir=tmp_path,
        reply_timeout=0.2,
    )
    assert "(no reply from the bot within 0.2s)" in out.getvalue()


async def test_reading_a_pipe_does_not_block_the_loop(sandbox: SandboxServer, tmp_path: Path) -> None:
    read_fd, write_fd = os.pipe()
    out = io.StringIO()
    with (
        os.fdopen(read_fd, "r", encoding="utf-8") as reader,
        os.fdopen(write_fd, "w", encoding="utf-8") as writer,
    ):
        async with polling(build_test_app(sandbox)):
            chat = asyncio.create_task(
                run_terminal_chat(
                    sandbox,
                    PERSONAS,
                    input_stream=reader,
                    output_stream=out,
                    download_dir=tmp_path,
                    settle=0.05,
                )
            )
            await sandbox.wait_until(lambda: "Chatting with" in out.getvalue())
            # the terminal waits for input, yet the loop (and the bot) keep working
            user = sandbox.user(1001)
            await user.send_text("sent while the terminal waits")
            reply = await user.wait_for_message(timeout=2)
            assert reply.text == "You said: sent while the terminal waits"
            await sandbox.wait_until(lambda: "sent while the terminal waits" in out.getvalue())
            writer.write("/quit\n")
            writer.flush()
            await asyncio.wait_for(chat, 5)
    assert out.getvalue().rstrip().endswith("Bye.")


def test_persona_needs_user_id() -> None:
    with pytest.raises(TypeError):
        Persona(first_name="x")  # type: ignore[call-arg]


async def test_earlier_buttons_replies_command_menu_and_language(sandbox: SandboxServer, tmp_path: Path) -> None:
    script = "\n".join(
        [
            "/start first",  # message #1 with buttons
            "/start second",  # message #2 with buttons: the latest
            "/buttons",
            "1.2",  # an earlier message's button: Decline on #1
            "2.9",
            "1.1",  # its buttons went away with the edit
            "5.1",
            "/reply 2 about the second",
            "/reply 99 nothing",
            "/commands",
            "/whoami",
            "/?",
        ]
    )
    out = io.StringIO()
    languages = {1001: "sl"}

    async def language_of(user_id: int) -> str | None:
        return languages.get(user_id)

    app = build_test_app(sandbox)
    async with polling(app):
        await app.bot.set_my_commands([("start", "Begin"), ("doc", "A document")], language_code="sl")
        await run_terminal_chat(
            sandbox, PERSONAS, input_stream=io.StringIO(script + "\n"), output_stream=out,
            download_dir=tmp_path, settle=0.05, language_of=language_of,
        )
    text = out.getvalue()
    user = sandbox.user(1001)
    first, second = [m for m in user.messages if m.text.startswith(("Welcome", "Chosen"))][:2]
    # the earlier message's button was pressed, not the latest one's
    assert first.text == "Chosen: decline" and second.text.startswith("Welcome")
    assert "(pressing [1.2] Decline)" in text and "⚠️  You chose decline" in text
    assert "Messages with buttons (press one with M.N, e.g. 1.1):\n  #1 Welcome, Ana! payload=first" in text
    assert "  #2 Welcome, Ana! payload=second\n      [2.1] ✅ Accept  [2.2] Decline" in text
    assert "(no button [2.9]; message #2 has buttons 1 to 3" in text
    assert "(message #1 has no buttons to press; /buttons lists those that do)" in text
    assert "(message #5 has no buttons to press; /buttons lists those that do)" in text
    # a reply reaches the bot as a reply to that message
    assert "You said: about the second (replying to “Welcome, Ana! payload=second”)" in text
    reply = next(m for m in user.history if not m.from_bot and m.text == "about the second")
    assert reply.reply_to_message_id == second.message_id
    assert "Usage: /reply M TEXT" in text
    assert "The bot's command menu for you:\n  /start  Begin\n  /doc    A document" in text
    assert "You are entrepreneur: Ana (Telegram id 1001, the bot speaks sl with you)" in text
    for command in ("/buttons", "/reply M TEXT", "/commands", "M.N"):
        assert command in text.split("Terminal commands", 1)[1]


def test_an_edit_shows_a_short_line_not_the_whole_message() -> None:
    long = "\n".join(f"Line {n} of a long answer" for n in range(30))

    def message(text: str, **extra: Any) -> SandboxMessage:
        return SandboxMessage(message_id=3, chat={"id": 1001}, sender={}, date=0, from_bot=True, text=text, **extra)

    edited = message(long.replace("Line 7 of", "Line 7, now corrected, of"),
                     reply_markup={"inline_keyboard": [[{"text": "Take", "callback_data": "t:1"}]]})
    assert render_edit(edited, 3, long) == "✏️  #3 edited: Line 7, now corrected, of a long answer\n  [3.1] Take"
    assert render_edit(message(long), 3, long) == "✏️  #3 edited: (buttons removed)"
    removed = message(long.replace("Line 7 of a long answer\n", ""))
    assert render_edit(removed, 3, long) == "✏️  #3 edited: removed Line 7 of a long answer"
    # most of the text replaced: the next step of a flow, shown whole by the chat
    assert render_edit(message("\n".join(f"New {n}" for n in range(6))), 3, long) is None
