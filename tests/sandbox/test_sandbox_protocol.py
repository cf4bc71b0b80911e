"""The sandbox's Bot API over raw HTTP: encodings, object shapes, errors and getUpdates semantics."""

from __future__ import annotations

import asyncio
import json
import time

import aiohttp
from sandbox_testkit import call

from helpdesk_bot.sandbox import SandboxServer


async def test_get_me_and_errors(sandbox: SandboxServer, session: aiohttp.ClientSession) -> None:
    status, body = await call(session, sandbox, "getMe")
    assert status == 200 and body["ok"] is True
    assert body["result"]["id"] == 123456 and body["result"]["is_bot"] is True
    assert body["result"]["username"] == "helpdesk_sandbox_bot"
    # method names are case-insensitive, as on Telegram; GET works too
    async with session.get(f"{sandbox.api_url}/bot{sandbox.token}/GETME") as response:
        assert response.status == 200
    status, body = await call(session, sandbox, "sendPigeon", chat_id=1)
    assert (status, body) == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
    )
    assert sandbox.unknown_methods == ["sendPigeon"]
    async with session.post(f"{sandbox.api_url}/bot654321:WRONG/getMe") as response:
        assert response.status == 401 and (await response.json())["description"] == "Unauthorized"
    status, body = await call(session, sandbox, "sendMessage", chat_id=424242, text="hi")
    assert (status, body["description"]) == (400, "Bad Request: chat not found")


async def test_form_and_json_bodies(sandbox: SandboxServer, session: aiohttp.ClientSession) -> None:
    user = sandbox.user(1001, first_name="Ana", username="ana_b")
    markup = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
    # PTB style: form fields, nested objects JSON-encoded as strings
    status, body = await call(session, sandbox, "sendMessage", chat_id=1001, text="123", reply_markup=markup)
    assert status == 200
    message = body["result"]
    assert message["text"] == "123" and isinstance(message["date"], int)
    assert message["chat"] == {"id": 1001, "type": "private", "first_name": "Ana", "username": "ana_b"}
    assert message["from"]["is_bot"] is True and message["reply_markup"] == markup
    # JSON body with native values, @username as chat id, reply to a message
    status, body = await call(
        session,
        sandbox,
        "sendMessage",
        as_json=True,
        chat_id="@ana_b",
        text="<b>bold</b> &amp; <a href='https://e.org'>link</a>",
        parse_mode="HTML",
        reply_parameters={"message_id": message["message_id"]},
    )
    assert status == 200, body
    result = body["result"]
    assert result["text"] == "bold & link"
    assert result["entities"] == [
        {"type": "bold", "offset": 0, "length": 4},
        {"type": "text_link", "offset": 7, "length": 4, "url": "https://e.org"},
    ]
    assert result["reply_to_message"]["message_id"] == message["message_id"]
    assert user.last_message is not None and (user.last_message.source_text or "").startswith("<b>bold</b>")
    # a reply keyboard is kept for the user but not echoed in the Message
    keyboard = {"keyboard": [["Yes", "No"]], "one_time_keyboard": True}
    status, body = await call(
        session, sandbox, "sendMessage", chat_id=1001, text="Sure?", reply_markup=keyboard
    )
    assert "reply_markup" not in body["result"]
    assert user.last_message is not None and user.last_message.buttons == [[("Yes", None), ("No", None)]]
    await user.press(user.last_message, "No")
    status, body = await call(session, sandbox, "getUpdates")
    assert body["result"][-1]["message"]["text"] == "No"


async def test_message_validation(sandbox: SandboxServer, session: aiohttp.ClientSession) -> None:
    sandbox.user(1001, first_name="Ana")

    async def send(**params: object) -> tuple[int, str]:
        status, body = await call(session, sandbox, "sendMessage", chat_id=1001, **params)
        return status, body.get("description", "")

    assert (await send(text="x" * 4096))[0] == 200
    assert await send(text="x" * 4097) == (400, "Bad Request: message is too long")
    assert await send(text="😀" * 2049) == (400, "Bad Request: message is too long")  # UTF-16 units
    assert (await send(text="<b>" + "x" * 4096 + "</b>", parse_mode="HTML"))[0] == 200
    assert await send(text="") == (400, "Bad Request: message text is empty")
    for bad in ("<b>unclosed", "<b><i>x</b></i>", "<br>", "1 < 2", "</b>", "<span>x</span>", "<b/>"):
        status, description = await send(text=bad, parse_mode="HTML")
        assert status == 400 and description.startswith("Bad Request: can't parse entities"), bad
    assert (await send(text="1 < 2"))[0] == 200  # no parse_mode: no parsing
    ok = '<b>b</b><strong>s</strong><i>i</i><u>u</u><s>s</s><tg-spoiler>t</tg-spoiler><code>c</code><pre><code class="language-py">p</code></pre><blockquote expandable>q</blockquote> &lt;tag&gt; &#128512;'
    assert (await send(text=ok, parse_mode="HTML"))[0] == 200
    too_long_data = {"inline_keyboard": [[{"text": "x", "callback_data": "d" * 65}]]}
    assert await send(text="k", reply_markup=too_long_data) == (400, "Bad Request: BUTTON_DATA_INVALID")
    text_only = {"inline_keyboard": [[{"text": "x"}]]}
    assert (await send(text="k", reply_markup=text_only))[0] == 400
    assert await send(text="k", reply_markup="{not json") == (
        400,
        "Bad Request: can't parse reply keyboard markup JSON object",
    )
    assert await send(text="k", reply_parameters={"message_id": 999}) == (
        400,
        "Bad Request: message to be replied not found",
    )


async def test_edit_delete_errors(sandbox: SandboxServer, session: aiohttp.ClientSession) -> None:
    user = sandbox.user(1001, first_name="Ana")
    await user.send_text("mine")
    _, body = await call(session, sandbox, "sendMessage", chat_id=1001, text="v1")
    mid = body["result"]["message_id"]
    status, body = await call(session, sandbox, "editMessageText", chat_id=1001, message_id=mid, text="v1")
    assert status == 400 and body["description"].startswith("Bad Request: message is not modified")
    status, body = await call(session, sandbox, "editMessageText", chat_id=1001, message_id=mid, text="v2")
    assert status == 200 and body["result"]["text"] == "v2" and "edit_date" in body["result"]
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    status, body = await call(
        session, sandbox, "editMessageReplyMarkup", chat_id=1001, message_id=mid, reply_markup=markup
    )
    assert status == 200 and body["result"]["reply_markup"] == markup
    status, _ = await call(
        session, sandbox, "editMessageReplyMarkup", chat_id=1001, message_id=mid, reply_markup=markup
    )
    assert status == 400
    status, body = await call(session, sandbox, "editMessageText", chat_id=1001, message_id=1, text="x")
    assert body["description"] == "Bad Request: message can't be edited"
    status, body = await call(session, sandbox, "editMessageText", chat_id=1001, message_id=77, text="x")
    assert body["description"] == "Bad Request: message to edit not found"
    assert (await call(session, sandbox, "deleteMessage", chat_id=1001, message_id=mid))[0] == 200
    status, body = await call(session, sandbox, "deleteMessage", chat_id=1001, message_id=mid)
    assert body["description"] == "Bad Request: message to delete not found"
    message = user.message(mid)
    assert message.deleted and message.edited == 2 and message.text == "v2"
    assert user.last_message is None
    status, body = await call(session, sandbox, "answerCallbackQuery", callback_query_id="123")
    assert status == 400 and "query ID is invalid" in body["description"]


async def test_multipart_upload_file_id_resend_and_download(
    sandbox: SandboxServer, session: aiohttp.ClientSession
) -> None:
    user = sandbox.user(1001, first_name="Ana")
    form = aiohttp.FormData()
    form.add_field("chat_id", "1001")
    form.add_field("caption", "<i>chart</i>")
    form.add_field("parse_mode", "HTML")
    form.add_field("photo", b"\x89PNG fake", filename="chart.png", content_type="image/png")
    async with session.post(f"{sandbox.api_url}/bot{sandbox.token}/sendPhoto", data=form) as response:
        assert response.status == 200
        result = (await response.json())["result"]
    sizes = result["photo"]
    assert len(sizes) == 3 and all(
        {"file_id", "file_unique_id", "width", "height", "file_size"} <= set(s) for s in sizes
    )
    assert result["caption"] == "chart" and result["caption_entities"][0]["type"] == "italic"
    assert user.last_message is not None and user.last_message.photo is not None
    assert user.last_message.photo.filename == "chart.png"

    status, body = await call(session, sandbox, "sendDocument", chat_id=1001, document=sizes[-1]["file_id"])
    assert status == 200 and body["result"]["document"]["file_id"] == sizes[-1]["file_id"]
    status, body = await call(session, sandbox, "sendDocument", chat_id=1001, document="nonsense")
    assert (status, body["description"]) == (400, "Bad Request: wrong file identifier/HTTP URL specified")
    status, body = await call(
        session, sandbox, "sendDocument", chat_id=1001, document="x", caption="c" * 1025
    )
    assert status == 400

    status, body = await call(session, sandbox, "getFile", file_id=sizes[0]["file_id"])
    path = body["result"]["file_path"]
    async with session.get(f"{sandbox.api_url}/file/bot{sandbox.token}/{path}") as response:
        assert response.status == 200 and await response.read() == b"\x89PNG fake"
    async with session.get(f"{sandbox.api_url}/file/bot{sandbox.token}/nope/x") as response:
        assert response.status == 404


async def test_get_updates_offset_limit_and_negative(
    sandbox: SandboxServer, session: aiohttp.ClientSession
) -> None:
    user = sandbox.user(1001, first_name="Ana")
    ids = [await user.send_text(f"m{i}") for i in range(4)]

    async def updates(**params: object) -> list[int]:
        status, body = await call(session, sandbox, "getUpdates", **params)
        assert status == 200, body
        return [u["update_id"] for u in body["result"]]

    assert await updates() == ids
    assert await updates() == ids  # unconfirmed updates come again
    assert await updates(limit=2) == ids[:2]
    assert await updates(offset=ids[1]) == ids[1:]  # confirms ids[0]
    assert await updates() == ids[1:]
    assert await updates(offset=-1) == ids[-1:]  # forgets all but the last one
    assert await updates() == ids[-1:]
    assert await updates(offset=ids[-1] + 1) == []
    assert sandbox.pending_update_count == 0
    update = (await call(session, sandbox, "getUpdates"))[1]["result"]
    assert update == []


async def test_get_updates_long_poll(sandbox: SandboxServer, session: aiohttp.ClientSession) -> None:
    user = sandbox.user(1001, first_name="Ana")
    started = time.monotonic()
    status, body = await call(session, sandbox, "getUpdates", timeout=0.3)
    assert body["result"] == [] and time.monotonic() - started >= 0.28

    poll = asyncio.create_task(call(session, sandbox, "getUpdates", timeout=5))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    update_id = await user.send_text("wake up")
    status, body = await poll
    assert [u["update_id"] for u in body["result"]] == [update_id]
    assert time.monotonic() - started < 1.0

    # a second poller terminates the first one with 409, like Telegram
    first = asyncio.create_task(call(session, sandbox, "getUpdates", offset=update_id + 1, timeout=5))
    await asyncio.sleep(0.1)
    second = asyncio.create_task(call(session, sandbox, "getUpdates", offset=update_id + 1, timeout=0.2))
    status, body = await first
    assert status == 409 and "terminated by other getUpdates request" in body["description"]
    assert (await second)[0] == 200


async def test_allowed_updates_filter(sandbox: SandboxServer, session: aiohttp.ClientSession) -> None:
    user = sandbox.user(1001, first_name="Ana")
    _, body = await call(
        session,
        sandbox,
        "sendMessage",
        chat_id=1001,
        text="pick",
        reply_markup={"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]},
    )
    await user.send_text("ignored")
    assert user.last_message is not None
    query_update = await user.press(user.last_message, "A")
    status, body = await call(session, sandbox, "getUpdates", allowed_updates=["callback_query"])
    assert [u["update_id"] for u in body["result"]] == [query_update]
    callback = body["result"][0]["callback_query"]
    assert callback["data"] == "a" and callback["from"]["id"] == 1001
    assert callback["message"]["message_id"] == user.last_message.message_id and callback["chat_instance"]
    # the setting sticks until changed, as on Telegram
    await user.send_text("still ignored")
    assert (await call(session, sandbox, "getUpdates", offset=query_update + 1))[1]["result"] == []
    status, body = await call(
        session, sandbox, "answerCallbackQuery", callback_query_id=callback["id"], text="ok"
    )
    assert body == {"ok": True, "result": True}
    assert user.answered_callbacks[0].text == "ok"
    # answering twice is an error
    status, _ = await call(session, sandbox, "answerCallbackQuery", callback_query_id=callback["id"])
    assert status == 400


async def test_user_messages_have_telegram_entities(
    sandbox: SandboxServer, session: aiohttp.ClientSession
) -> None:
    user = sandbox.user(1001, first_name="Ana", language_code="sl")
    await user.send_command("start", "event-5")
    await user.send_text("/help@helpdesk_sandbox_bot see https://e.org, mail a@b.si #tag")
    _, body = await call(session, sandbox, "getUpdates")
    first, second = (u["message"] for u in body["result"])
    assert first["text"] == "/start event-5"
    assert first["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert first["from"] == {"id": 1001, "is_bot": False, "first_name": "Ana", "language_code": "sl"}
    assert [e["type"] for e in second["entities"]] == ["bot_command", "url", "email", "hashtag"]
    assert second["entities"][0]["length"] == len("/help@helpdesk_sandbox_bot")
    assert second["entities"][1]["length"] == len("https://e.org")


async def test_control_api(sandbox: SandboxServer, session: aiohttp.ClientSession) -> None:
    from helpdesk_bot.sandbox import SandboxControlClient

    async with SandboxControlClient(sandbox.api_url) as control:
        assert (await control.health())["ok"] is True
        update_id = await control.send_text(42, "/start x", first_name="Remote", language_code="pl")
        assert sandbox.users[42].language_code == "pl"
        ids = await control.send_batch([(43, "a"), (44, "b")])
        assert ids == [update_id + 1, update_id + 2]
        markup = {"inline_keyboard": [[{"text": "Yes", "callback_data": "y"}]]}
        await call(session, sandbox, "sendMessage", chat_id=42, text="ok?", reply_markup=markup)
        waited = await control.wait(42, after=0, count=1, timeout=1)
        assert waited[0]["text"] == "ok?" and waited[0]["buttons"] == [[["Yes", "y"]]]
        press_id = await control.press(42, waited[0]["message_id"], "Yes")
        assert press_id == update_id + 3
        assert await control.messages(42, after=waited[0]["message_id"]) == []
        stats = await control.stats()
        assert stats["total"] == 1 and stats["per_chat"] == {"42": 1}
        (record,) = await control.sent_log()
        assert record == tuple(sandbox.sent_log[0]) and record[1:3] == (42, "sendMessage")
        config = await control.set_faults(per_chat_limit=True, blocked_user_ids=[44])
        assert config["per_chat_limit"] is True and sandbox.faults.blocked_user_ids == {44}
        assert (await control.calls())["method_counts"]["sendMessage"] == 1
        await control.reset()
        assert sandbox.sent_log == []
        assert json.dumps(await control.stats())
