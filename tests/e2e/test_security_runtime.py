"""Run-time side of issue 10: the webhook of the running bot (item 6) and a database that stops accepting
writes (item 7): people get an apology instead of silence."""

from __future__ import annotations

import asyncio
import sqlite3
import urllib.error
import urllib.request

from sqlalchemy.exc import OperationalError

from tests.e2e.conftest import Harness, HarnessFactory


def _post(url: str, body: bytes, secret: str | None) -> int:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    if secret is not None:
        request.add_header("X-Telegram-Bot-Api-Secret-Token", secret)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


async def test_the_bots_webhook_limits_bodies_and_refuses_invalid_json(harness_factory: HarnessFactory) -> None:
    # a button press carries its whole message (text and keyboard: a few KB for onboarding's last step)
    async with harness_factory(mode="webhook", webhook_secret="s3cret", webhook_max_body=16384) as h:
        url = h.sandbox.webhook_url
        assert url is not None
        assert await asyncio.to_thread(_post, url, b"{broken", "s3cret") == 400
        assert await asyncio.to_thread(_post, url, b"[" + b"1," * 10000 + b"1]", "s3cret") == 413
        assert await asyncio.to_thread(_post, url, b"{broken", None) == 403
        user = h.user(801)  # and the bot still works through its webhook
        await h.onboard(user)
        await user.send_command("help")
        assert "How I can help" in (await user.wait_for_message()).text


async def test_a_database_that_refuses_writes_gets_people_an_apology(harness: Harness) -> None:
    user = harness.user(802, language_code="de")
    await harness.onboard(user, language="de")

    async def refuse(*_args: object, **_kwargs: object) -> object:
        raise OperationalError("INSERT INTO processed_updates", {},
                               sqlite3.OperationalError("attempt to write a readonly database"))

    harness.services.admission.admit = refuse  # type: ignore[method-assign]
    user.consume_all()
    await user.send_text("Wie melde ich ein Gewerbe an?")
    apology = await user.wait_for_message()
    assert apology.text == harness.services.translator.plain("de", "error-apology")
