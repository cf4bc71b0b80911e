"""Proxies for the Bot API from the environment (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``, ``NO_PROXY``).

httpx, PTB's default transport, honours these variables; the bot's aiohttp clients do too, through
:func:`env_proxy`. (aiohttp's own ``trust_env`` reads the environment and ``~/.netrc`` on every request,
which cost about a fifth of the bot's throughput; here each host is looked up once.)
"""

from __future__ import annotations

import functools
import urllib.request
from urllib.parse import urlsplit


@functools.lru_cache(maxsize=64)
def _proxy_for(scheme: str, host: str) -> str | None:
    proxies = urllib.request.getproxies()
    if not proxies or urllib.request.proxy_bypass(host):
        return None
    return proxies.get(scheme) or proxies.get("all")


def env_proxy(url: str) -> str | None:
    """The proxy that ``HTTPS_PROXY``/``HTTP_PROXY``/``NO_PROXY`` give for ``url`` (None: connect directly).

    Looked up once per host: aiohttp's own ``trust_env`` reads the environment (and ``~/.netrc``) on
    every request, which cost a fifth of the bot's throughput.
    """
    parts = urlsplit(url)
    return _proxy_for(parts.scheme, parts.hostname or "")
