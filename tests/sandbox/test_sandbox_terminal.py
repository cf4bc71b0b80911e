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
from helpdesk_bot.sandbox.terminal import Persona, run_terminal_chat

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
        "🤖 Welcome, Ana! payload=event-5\n  [1] ✅ Accept  [2] Decline\n  [3] Docs ↗ https://example.org/docs"
        in text
    )
    assert "(pressing [1] ✅ Accept)" in text
    assert "💬 You chose accept" in text
    assert "✏️  (edited)\n🤖 Chosen: accept" in text
    saved = tmp_path / "1001-4-report.pdf"
    assert saved.read_bytes() == b"%PDF-1.4 hello"
    assert f"📎 report.pdf (14 bytes) saved to {saved.resolve()}\n  Your report" in text
    assert "🤖 You said: hello <there>" in text
    assert "🔔 advisor has 1 unread message(s) — type /as advisor to read" in text
    assert (
        "Now chatting as advisor: Bo (Telegram id 2002, language en)\n🤖 New question waiting for you" in text
    )
    assert "You are advisor: Bo" in text
    assert "🤖 Sorry, I only understand text." in text
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
    assert "🤖 You said: 42" in text
    assert "(no button [7]; the latest buttons go from 1 to 3; to send 7 as a message, type /say 7)" in text
    assert "🤖 You said: 7" in text
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
