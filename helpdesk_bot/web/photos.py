"""Photos of profiles for the web: fetched from the Bot API by their Telegram file id (``getFile``)."""

from __future__ import annotations

import logging
from collections import OrderedDict

import aiohttp

log = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
_SIGNATURES = ((b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"))


def image_type(data: bytes) -> str | None:
    """The MIME type of JPEG, PNG or WebP bytes, else None (anything else is never served)."""
    for signature, mime in _SIGNATURES:
        if data.startswith(signature):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


class TelegramPhotos:
    """Downloads photos through the Bot API; keeps the last few in a small cache (they never change)."""

    def __init__(self, api_url: str, token: str, cache_size: int = 64) -> None:
        self._api = f"{api_url}/bot{token}"
        self._files = f"{api_url}/file/bot{token}"
        self._session: aiohttp.ClientSession | None = None
        self._cache: OrderedDict[str, tuple[bytes, str]] = OrderedDict()
        self._cache_size = cache_size

    async def get(self, file_id: str) -> tuple[bytes, str] | None:
        """The photo's bytes and MIME type, or None when Telegram does not have it or it is no image."""
        cached = self._cache.get(file_id)
        if cached is not None:
            self._cache.move_to_end(file_id)
            return cached
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10))
        try:
            async with self._session.post(f"{self._api}/getFile", json={"file_id": file_id}) as response:
                payload = await response.json()
            path = (payload.get("result") or {}).get("file_path") if payload.get("ok") else None
            if not path:
                return None
            async with self._session.get(f"{self._files}/{path}") as response:
                if response.status != 200:
                    return None
                data = await response.content.read(MAX_BYTES + 1)
        except (aiohttp.ClientError, TimeoutError, ValueError) as exc:
            log.warning("photo %s could not be fetched: %s", file_id[:16], exc)
            return None
        mime = image_type(data)
        if mime is None or len(data) > MAX_BYTES:
            return None
        self._cache[file_id] = (data, mime)
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return data, mime

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None
