"""`helpdesk-bot kb stale [--json] [--check-sources]`: text and JSON output with a ManualClock, and the
source check against a local aiohttp server (never the internet)."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from helpdesk_bot.cli import build_parser
from helpdesk_bot.clock import ManualClock
from helpdesk_bot.knowledge_base.cli import cmd_stale
from helpdesk_bot.knowledge_base.commands import cmd_stale as cmd_stale_command
from helpdesk_bot.knowledge_base.source_check import check_sources
from tests.conftest import make_settings
from tests.unit.test_kb_freshness import write_entry


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    write_entry(folder, "fresh", reviewed="2026-11-01")
    write_entry(folder, "sme-fund", "The 2026 window closed in early December 2026.",
                extra="valid_until: 2026-12-04\n", reviewed="2026-11-22")
    write_entry(folder, "old-entry", reviewed="2025-11-30")
    return folder


def _run(kb_dir: Path, argv: list[str], now: datetime, **settings: object) -> int:
    args = build_parser().parse_args(["kb", "stale", str(kb_dir), *argv])
    return cmd_stale(args, make_settings("sqlite+aiosqlite://", **settings), clock=ManualClock(now))


def test_text_output_lists_each_reason(kb_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(kb_dir, [], datetime(2026, 12, 7, 9, tzinfo=UTC)) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2 stale entries of 3 (today 2026-12-07, review every 12 months):",
        "sme-fund: past valid_until 2026-12-04",
        "old-entry: reviewed 2025-11-30, more than 12 months ago",
    ]


def test_json_output_and_review_interval_from_settings(kb_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(kb_dir, ["--json"], datetime(2026, 12, 7, 9, tzinfo=UTC), kb_review_months=24) == 0
    report = json.loads(capsys.readouterr().out)
    assert report == {
        "today": "2026-12-07", "review_months": 24, "checked_sources": False,
        "entries": [{"id": "sme-fund", "reviewed": "2026-11-22", "valid_until": "2026-12-04",
                     "reasons": [{"kind": "expired", "date": "2026-12-04"}]}],
    }


def test_today_is_the_date_in_the_centres_time_zone(kb_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 23:30 UTC on 4 December is already 5 December in Warsaw: one day past valid_until
    assert _run(kb_dir, ["--json"], datetime(2026, 12, 4, 23, 30, tzinfo=UTC), timezone="Europe/Warsaw", kb_review_months=24) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["today"] == "2026-12-05" and [e["id"] for e in report["entries"]] == ["sme-fund"]
    assert _run(kb_dir, ["--json"], datetime(2026, 12, 4, 22, 30, tzinfo=UTC), timezone="Europe/Warsaw", kb_review_months=24) == 0
    assert json.loads(capsys.readouterr().out)["entries"] == []


def test_nothing_stale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_entry(tmp_path, "fresh", reviewed="2026-11-01")
    assert _run(tmp_path, [], datetime(2026, 12, 7, tzinfo=UTC)) == 0
    assert capsys.readouterr().out.startswith("no stale entries (today 2026-12-07")


def test_invalid_knowledge_base_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "broken.yaml").write_text("id: [", encoding="utf-8")
    assert _run(tmp_path, [], datetime(2026, 12, 7, tzinfo=UTC)) == 1
    assert "broken.yaml" in capsys.readouterr().err


# ---------------------------------------------------------------------------------- sources


@pytest.fixture
async def source_server() -> AsyncIterator[str]:
    """Local pages: one answers, one is gone, one refuses HEAD but answers GET, one never answers."""
    never = asyncio.Event()

    async def ok(request: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def gone(request: web.Request) -> web.Response:
        return web.Response(status=404)

    async def get_only(request: web.Request) -> web.Response:
        if request.method == "HEAD":
            return web.Response(status=405)
        return web.Response(text="fine")

    async def hangs(request: web.Request) -> web.Response:
        await never.wait()  # released when the server stops
        return web.Response(text="too late")

    app = web.Application()
    app.router.add_route("*", "/ok", ok)
    app.router.add_route("*", "/gone", gone)
    app.router.add_route("*", "/get-only", get_only)
    app.router.add_route("*", "/hangs", hangs)
    runner = web.AppRunner(app, shutdown_timeout=0.1)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        never.set()
        await runner.cleanup()


async def test_check_sources_reports_what_does_not_answer(source_server: str) -> None:
    urls = [f"{source_server}/{p}" for p in ("ok", "gone", "get-only", "hangs", "ok")]
    dead = await check_sources(urls, timeout=0.3, concurrency=2)
    assert dead == {f"{source_server}/gone": "HTTP 404", f"{source_server}/hangs": "no answer within 0.3 s"}


async def test_check_sources_reports_refused_connections() -> None:
    dead = await check_sources(["http://127.0.0.1:9/nothing-listens"], timeout=1)
    assert list(dead) == ["http://127.0.0.1:9/nothing-listens"]
    assert "Error" in dead["http://127.0.0.1:9/nothing-listens"]


async def test_kb_stale_check_sources_end_to_end(tmp_path: Path, source_server: str) -> None:
    folder = tmp_path / "knowledge"
    write_entry(folder, "fine", reviewed="2026-11-01", sources="[https://fine.example.org/]")
    write_entry(folder, "linked", reviewed="2026-11-01", sources="[https://gone.example.org/, https://fine.example.org/]")
    # sources are https in the knowledge base; the checker requests their local stand-ins instead
    local = {"https://fine.example.org/": f"{source_server}/get-only", "https://gone.example.org/": f"{source_server}/gone"}
    requested: list[str] = []

    async def local_checker(urls: Iterable[str], **kwargs: Any) -> dict[str, str]:
        wanted = sorted(set(urls))
        requested.extend(wanted)
        dead = await check_sources([local[u] for u in wanted], **kwargs)
        return {u: dead[local[u]] for u in wanted if local[u] in dead}

    buffer = io.StringIO()
    code = await asyncio.to_thread(
        cmd_stale_command, folder, date(2026, 12, 7), 12, buffer, as_json=True, check_sources=True,
        timeout=0.5, concurrency=2, checker=local_checker)
    assert code == 0
    assert requested == ["https://fine.example.org/", "https://gone.example.org/"]
    report = json.loads(buffer.getvalue())
    assert report["checked_sources"] is True
    assert [(e["id"], e["reasons"]) for e in report["entries"]] == [
        ("linked", [{"kind": "source", "url": "https://gone.example.org/", "detail": "HTTP 404"}]),
    ]
