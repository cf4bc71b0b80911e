"""Stored files: uploads, ``file_id`` reuse, photo sizes, downloads and ``getFile``."""

from __future__ import annotations

import mimetypes
import secrets
from typing import Any
from urllib.parse import urlparse

from aiohttp import web

from .models import SandboxFile
from .protocol import Params, Upload, bad_request
from .state import ServerState


class FilesMixin(ServerState):
    """Stored files: uploads, ``file_id`` reuse, photo sizes, downloads and ``getFile``."""

    def register_file(
        self, kind: str, data: bytes, filename: str | None, mime_type: str | None, url: str | None = None
    ) -> SandboxFile:
        """Store bytes as a Telegram file and return it (with fresh ``file_id``/``file_path``)."""
        number = next(self._counter)
        suffix = ""
        if filename and "." in filename:
            suffix = "." + filename.rsplit(".", 1)[1]
        elif mime_type:
            suffix = mimetypes.guess_extension(mime_type) or ""
        file = SandboxFile(
            file_id=f"SBX{kind[:3].upper()}{number:06d}{secrets.token_hex(6)}",
            file_unique_id=f"U{number:06d}{secrets.token_hex(3)}",
            kind=kind,
            data=data,
            filename=filename,
            mime_type=mime_type,
            file_path=f"{kind}s/file_{number}{suffix}",
            url=url,
        )
        self._files[file.file_id] = file
        self._files_by_path[file.file_path] = file
        if kind == "photo":
            sizes: list[tuple[SandboxFile, int]] = []
            for side in (90, 320):
                alias_number = next(self._counter)
                alias = SandboxFile(
                    file_id=f"{file.file_id}_{side}",
                    file_unique_id=f"U{alias_number:06d}{secrets.token_hex(3)}",
                    kind="photo",
                    data=data,
                    filename=filename,
                    mime_type=mime_type,
                    file_path=f"photos/file_{alias_number}{suffix}",
                    url=url,
                )
                self._files[alias.file_id] = alias
                self._files_by_path[alias.file_path] = alias
                sizes.append((alias, side))
            sizes.append((file, 800))
            self._photo_sizes[file.file_id] = sizes
        return file

    def media_object(self, kind: str, file: SandboxFile, **extra: Any) -> Any:
        """The Bot API object (``Document``, list of ``PhotoSize``, ``Voice``...) for a stored file."""
        base: dict[str, Any] = {
            "file_id": file.file_id,
            "file_unique_id": file.file_unique_id,
            "file_size": file.size,
        }
        if kind == "photo":
            sizes = self._photo_sizes.get(file.file_id, [(file, 800)])
            return [
                {
                    "file_id": size_file.file_id,
                    "file_unique_id": size_file.file_unique_id,
                    "file_size": size_file.size,
                    "width": side,
                    "height": side * 3 // 4,
                }
                for size_file, side in sizes
            ]
        if kind == "sticker":
            base.update(type="regular", width=512, height=512, is_animated=False, is_video=False)
            if extra.get("emoji"):
                base["emoji"] = extra["emoji"]
            return base
        if kind in ("document", "audio", "video", "animation") and file.filename:
            base["file_name"] = file.filename
        if kind != "video_note" and file.mime_type:
            base["mime_type"] = file.mime_type
        if kind in ("audio", "video", "animation", "voice", "video_note"):
            base["duration"] = int(extra.get("duration") or 1)
        if kind in ("video", "animation"):
            base.update(width=int(extra.get("width") or 640), height=int(extra.get("height") or 360))
        if kind == "video_note":
            base["length"] = int(extra.get("length") or 240)
        return base

    def _resolve_file(self, value: Upload | str, kind: str, filename: str | None) -> SandboxFile:
        if isinstance(value, Upload):
            name = filename or value.filename
            mime = value.content_type
            if not mime or mime == "application/octet-stream":
                mime = (mimetypes.guess_type(name)[0] if name else None) or mime or "application/octet-stream"
            return self.register_file(kind, value.data, name, mime)
        existing = self._files.get(value)
        if existing is not None:
            return existing
        if value.startswith(("http://", "https://")):
            name = urlparse(value).path.rsplit("/", 1)[-1] or None
            mime = mimetypes.guess_type(name)[0] if name else None
            return self.register_file(kind, b"", name, mime, url=value)
        raise bad_request("wrong file identifier/HTTP URL specified")

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            raise web.HTTPUnauthorized()
        file = self._files_by_path.get(request.match_info["path"])
        if file is None:
            raise web.HTTPNotFound()
        return web.Response(body=file.data, content_type=file.mime_type or "application/octet-stream")

    async def _get_file(self, params: Params) -> dict[str, Any]:
        file = self._files.get(params.require_str("file_id"))
        if file is None:
            raise bad_request("invalid file_id")
        if file.size > 20 * 1024 * 1024:
            raise bad_request("file is too big")
        return {
            "file_id": file.file_id,
            "file_unique_id": file.file_unique_id,
            "file_size": file.size,
            "file_path": file.file_path,
        }
