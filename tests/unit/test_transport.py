"""PTB's requests over the aiohttp transport: fields, files, timeouts and errors as PTB expects them."""

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from telegram import Bot, InputFile
from telegram.error import Forbidden, NetworkError, TimedOut

from helpdesk_bot.telegram.transport import AiohttpRequest

TOKEN = "123:ABC"


@pytest.fixture
async def api() -> AsyncIterator[tuple[str, list[dict[str, object]]]]:
    """A tiny Bot API on loopback recording what it receives."""
    received: list[dict[str, object]] = []

    async def method(request: web.Request) -> web.Response:
        name = request.match_info["method"]
        form = await request.post()
        fields = {k: (v.file.read() if hasattr(v, "file") else v) for k, v in form.items()}
        received.append({"method": name, "content_type": request.content_type, **fields})
        if name == "getMe":
            return web.json_response({"ok": True, "result": {"id": 123, "is_bot": True, "first_name": "B",
                                                             "username": "b_bot"}})
        if name == "slow":
            await asyncio.sleep(2)
        message = {"message_id": 7, "date": 0, "chat": {"id": int(str(fields.get("chat_id", 1))), "type": "private"}}
        if name == "sendMessage" and fields.get("chat_id") == "403":
            return web.json_response({"ok": False, "error_code": 403, "description": "Forbidden: blocked"}, status=403)
        return web.json_response({"ok": True, "result": message})

    app = web.Application()
    app.router.add_post("/bot{token}/{method}", method)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}", received
    finally:
        await runner.cleanup()


def _bot(url: str, **kwargs: float) -> Bot:
    return Bot(TOKEN, base_url=f"{url}/bot", request=AiohttpRequest(4, **kwargs))


async def test_fields_go_form_encoded_and_answers_are_parsed(api: tuple[str, list[dict[str, object]]]) -> None:
    url, received = api
    async with _bot(url) as bot:
        sent = await bot.send_message(42, "<b>hi</b> & more", parse_mode="HTML")
    assert sent.message_id == 7 and sent.chat.id == 42
    call = received[-1]
    assert call["method"] == "sendMessage" and call["content_type"] == "application/x-www-form-urlencoded"
    assert (call["chat_id"], call["text"], call["parse_mode"]) == ("42", "<b>hi</b> & more", "HTML")


async def test_files_go_multipart(api: tuple[str, list[dict[str, object]]]) -> None:
    url, received = api
    async with _bot(url) as bot:
        await bot.send_document(42, InputFile(b"BEGIN:VCALENDAR", filename="event.ics"), caption="cal")
    call = received[-1]
    assert call["method"] == "sendDocument" and call["content_type"] == "multipart/form-data"
    assert call["caption"] == "cal" and call["document"] == b"BEGIN:VCALENDAR"


async def test_telegram_errors_keep_their_meaning(api: tuple[str, list[dict[str, object]]]) -> None:
    url, _ = api
    async with _bot(url) as bot:
        with pytest.raises(Forbidden):
            await bot.send_message(403, "x")


async def test_a_slow_answer_times_out(api: tuple[str, list[dict[str, object]]]) -> None:
    url, _ = api
    async with _bot(url, read_timeout=0.2) as bot:
        with pytest.raises(TimedOut):
            await bot.do_api_request("slow", {"chat_id": 1})


async def test_a_closed_port_is_a_network_error_and_the_transport_reopens_after_shutdown() -> None:
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    request = AiohttpRequest(2)
    await request.initialize()
    with pytest.raises(NetworkError):
        await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
    await request.shutdown()
    with pytest.raises(NetworkError):  # used again after a shutdown (PTB restarts): a new pool, same outcome
        await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
    await request.shutdown()


def test_proxies_come_from_the_environment_once_per_host(monkeypatch: pytest.MonkeyPatch) -> None:
    from helpdesk_bot.telegram import proxies

    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    proxies._proxy_for.cache_clear()
    try:
        assert proxies.env_proxy("https://api.telegram.org/bot1:x/getMe") == "http://proxy.example:3128"
        assert proxies.env_proxy("http://127.0.0.1:8081/bot1:x/getMe") is None
    finally:
        proxies._proxy_for.cache_clear()
