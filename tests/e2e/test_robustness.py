"""Arbitrary input never crashes the bot and always gets an answer; webhook mode; long texts."""

from __future__ import annotations

import asyncio
import json
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.e2e.conftest import Harness, HarnessFactory

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

tricky_text = st.one_of(
    st.text(min_size=1, max_size=300),
    st.sampled_from([
        " ", "\u200f\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627", "<b>bold</b> <script>alert(1)</script> &amp;",
        "\x00\x01\x02 control", "🎨🧵🎻" * 50, "a" * 10_000, "/", "/start@other_bot", "x\n" * 500,
        "<a href='javascript:alert(1)'>x</a>", "{ $name }", "%s %d {0}",
    ]),
)


@FUZZ
@given(text=tricky_text)
async def test_any_text_gets_an_answer_and_never_crashes(harness: Harness, text: str) -> None:
    user = harness.user(4242)
    if not user.messages:
        await harness.onboard(user)
    user.consume_all()
    update_id = await user.send_text(text)
    since = user.mark
    reply = await user.wait_for_message(timeout=10)
    assert reply.text or reply.document
    [row] = await harness.assert_no_errors(update_id)  # its own row, after the log is flushed
    assert row.kind.startswith(("message.", "command.", "kb.", "ticket.")), row.kind
    assert harness.assert_replies_within_limits(user, since=since)


@FUZZ
@given(data=st.text(min_size=1, max_size=64).filter(lambda d: len(d.encode()) <= 64))
async def test_any_button_data_is_answered_and_never_crashes(harness: Harness, data: str) -> None:
    user = harness.user(4343)
    if not user.messages:
        await harness.onboard(user)
    menu = [m for m in user.messages if m.has_inline_keyboard][-1]
    answers_before = len(user.answered_callbacks)
    update_id = harness.sandbox.queue_callback_query(user, menu, data)
    since = user.mark
    [row] = await harness.assert_no_errors(update_id)
    assert row.kind.startswith("button."), row.kind
    # every press is answered (the spinner stops), whatever the data
    assert len(user.answered_callbacks) == answers_before + 1
    harness.assert_replies_within_limits(user, since=since)


async def test_user_html_is_escaped_wherever_it_is_shown(harness: Harness) -> None:
    staff = harness.user(9000, "<b>Boss</b>")
    await harness.onboard(staff)
    await staff.send_command("roles")
    reply = await staff.wait_for_message()
    assert "<b>Boss</b>" in reply.text  # shown literally, i.e. it was escaped before parse_mode=HTML


async def test_webhook_mode_serves_updates_and_rejects_wrong_secret(harness_factory: HarnessFactory) -> None:
    async with harness_factory(mode="webhook", webhook_secret="s3cret") as h:
        info = h.sandbox.webhook_url
        assert info is not None and info.endswith("/telegram")
        user = h.user(501)
        await h.onboard(user)
        await user.send_command("help")
        assert "How I can help" in (await user.wait_for_message()).text

        def post(secret: str | None) -> int:
            body = json.dumps({"update_id": 99999, "message": {
                "message_id": 1, "date": 0, "chat": {"id": 501, "type": "private"},
                "from": {"id": 501, "is_bot": False, "first_name": "X"}, "text": "/help"}}).encode()
            request = urllib.request.Request(info, data=body, headers={"Content-Type": "application/json"})
            if secret is not None:
                request.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
            try:
                with urllib.request.urlopen(request, timeout=5) as response:
                    return int(response.status)
            except urllib.error.HTTPError as exc:
                return int(exc.code)

        assert await asyncio.to_thread(post, "wrong") == 403
        assert await asyncio.to_thread(post, None) == 403
        assert await asyncio.to_thread(post, "s3cret") == 200


@pytest.mark.parametrize("size", [5000, 20000])
async def test_long_outgoing_texts_are_split_not_rejected(harness: Harness, size: int) -> None:
    from helpdesk_bot.telegram.replies import split_html

    text = ("<b>Heading</b>\n\n" + "Paragraph with words &amp; more words. " * 40 + "\n\n") * (size // 1600 + 1)
    parts = split_html(text)
    assert all(len(p) <= 4096 for p in parts)
    user = harness.user(777)
    await harness.onboard(user)
    for part in parts:
        await harness.application.bot.send_message(777, part, parse_mode="HTML")
    assert len([m for m in user.messages if "Heading" in (m.text or "")]) >= len(parts) - 1


async def test_an_update_the_database_cannot_admit_is_logged_as_an_error_and_the_bot_goes_on(
    harness: Harness,
) -> None:
    user = harness.user(931, "Ada")
    await harness.onboard(user)
    admission = harness.services.admission
    real_admit = admission.admit
    refused: list[int] = []

    async def refuse_once(update_id: int, profile: object) -> object:
        if not refused:
            refused.append(update_id)
            raise ConnectionError("database is down")
        return await real_admit(update_id, profile)  # type: ignore[arg-type]

    admission.admit = refuse_once  # type: ignore[method-assign]
    help_id = await user.send_command("help")
    [row] = await harness.outcomes_of(help_id)  # logged although the database refused it
    assert refused == [help_id]
    assert row.outcome == "error" and row.kind == "command.help"
    await user.send_command("privacy")
    await harness.expect(user, lambda m: "privacy" in m.text.lower() or "2026-11" in m.text)
