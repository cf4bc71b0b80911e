"""Do an entry's sources still answer? Checked only when asked (``kb stale --check-sources``).

Each distinct URL is requested once (``HEAD``, then ``GET`` when the server refuses ``HEAD``),
following redirects, with a total timeout per URL and at most ``concurrency`` requests at a time.
A source "answers" when the final status is below 400.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import aiohttp

#: Statuses after which a HEAD request is retried as GET (servers that do not implement HEAD well).
_RETRY_WITH_GET = frozenset({400, 403, 404, 405, 406, 501})
USER_AGENT = "helpdesk-bot-kb-stale/1 (+source check of a help-desk knowledge base)"


async def _check_one(session: aiohttp.ClientSession, url: str, timeout: float) -> str | None:
    client_timeout = aiohttp.ClientTimeout(total=timeout)
    try:
        async with session.head(url, allow_redirects=True, timeout=client_timeout) as response:
            status = response.status
        if status in _RETRY_WITH_GET:
            async with session.get(url, allow_redirects=True, timeout=client_timeout) as response:
                status = response.status
    except TimeoutError:
        return f"no answer within {timeout:g} s"
    except aiohttp.ClientError as exc:
        return f"{type(exc).__name__}: {str(exc)[:120]}"
    return None if status < 400 else f"HTTP {status}"


async def check_sources(urls: Iterable[str], *, timeout: float = 10.0, concurrency: int = 8,
                        session: aiohttp.ClientSession | None = None) -> dict[str, str]:
    """The URLs that do not answer, mapped to what went wrong (URLs that answer are left out)."""
    unique = sorted(set(urls))
    limit = asyncio.Semaphore(max(1, concurrency))
    own = session is None
    client = session or aiohttp.ClientSession(headers={"User-Agent": USER_AGENT})
    try:
        async def guarded(url: str) -> tuple[str, str | None]:
            async with limit:
                return url, await _check_one(client, url, timeout)

        results = await asyncio.gather(*(guarded(u) for u in unique))
    finally:
        if own:
            await client.close()
    return {url: problem for url, problem in results if problem is not None}
