"""Fixtures for the sandbox tests."""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from helpdesk_bot.sandbox import FaultConfig, SandboxServer

# ``sandbox_testkit`` lives next to this file; make it importable whatever pytest's import mode.
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture
async def sandbox() -> AsyncIterator[SandboxServer]:
    """A started sandbox without faults."""
    server = SandboxServer(token="123456:TEST", bot_username="helpdesk_sandbox_bot", faults=FaultConfig())
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    """An HTTP client for raw Bot API calls."""
    async with aiohttp.ClientSession() as client:
        yield client
