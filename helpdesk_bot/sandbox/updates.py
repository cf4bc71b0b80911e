"""Updates for the bot: the queue, ``getUpdates`` long polling and webhook delivery."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from typing import Any
from urllib.parse import urlparse

import aiohttp

from .files import FilesMixin
from .models import SandboxMessage, Signal
from .protocol import ApiError, Params, bad_request
from .state import _DEFAULT_UPDATE_TYPES_EXCLUDED, _SECRET_RE, WebhookDelivery, _PendingUpdate, _Webhook
from .users import SandboxUser


class UpdatesMixin(FilesMixin):
    """Updates for the bot: the queue, ``getUpdates`` long polling and webhook delivery."""

    def queue_update(self, update_type: str, payload: dict[str, Any], *, chat_id: int | None = None) -> int:
        """Add an update for the bot and return its ``update_id``."""
        update_id = self._next_update_id
        self._next_update_id += 1
        pending = _PendingUpdate({"update_id": update_id, update_type: payload}, chat_id)
        actor = self._users.get(chat_id) if chat_id is not None else None
        if actor is not None:  # what the bot says from now on answers this action
            actor.mark = self.seq
        self._update_log[update_id] = pending
        if len(self._update_log) > self._max_update_log:
            del self._update_log[next(iter(self._update_log))]
        self._pending.append(pending)
        self._notify_updates()
        self._notify_change(self._users.get(chat_id) if chat_id is not None else None)
        return update_id

    def update(self, update_id: int) -> dict[str, Any]:
        """A copy of the update ``update_id`` as it was delivered (see :meth:`deliver_copy`)."""
        original = self._update_log.get(update_id)
        if original is None:
            raise KeyError(f"unknown update_id {update_id}")
        return json.loads(json.dumps(original.update))

    def deliver_copy(self, update: dict[str, Any], *, chat_id: int | None = None) -> int:
        """Deliver an update taken from another sandbox with its ``update_id`` unchanged: the same update
        reaching a second bot process (e.g. a webhook redelivered to another instance)."""
        pending = _PendingUpdate(dict(update), chat_id, forced=True)
        self._next_update_id = max(self._next_update_id, pending.update_id + 1)
        self._update_log[pending.update_id] = pending
        self._pending.append(pending)
        self._notify_updates()
        self._notify_change(self._users.get(chat_id) if chat_id is not None else None)
        return pending.update_id

    def issued_update_ids(self) -> list[int]:
        """The ids of the updates queued so far (the most recent ``max_recorded_calls``), oldest first."""
        return list(self._update_log)

    async def redeliver(self, update_id: int) -> None:
        """Deliver the update ``update_id`` once more (as Telegram does after a lost confirmation)."""
        original = self._update_log.get(update_id)
        if original is None:
            raise KeyError(f"unknown update_id {update_id}")
        self._pending.append(_PendingUpdate(dict(original.update), original.chat_id, forced=True))
        self._notify_updates()
        self._notify_change()

    def queue_callback_query(self, user: SandboxUser, message: SandboxMessage, data: str, *,
                             chat_id: int | None = None) -> int:
        """Queue a ``callback_query`` update for a press of an inline button (in ``chat_id``: a group)."""
        query_id = str(4_000_000_000_000_000 + next(self._counter))
        self._pending_callbacks[query_id] = (user.user_id, data, message.message_id)
        chat = user.chat_id if chat_id is None else chat_id
        payload = {
            "id": query_id,
            "from": user.to_api(),
            "message": message.to_api(),
            "chat_instance": str(-(chat * 1_000_003 + self.bot_id)),
            "data": data,
        }
        return self.queue_update("callback_query", payload, chat_id=chat)

    def queue_member_update(self, user: SandboxUser, *, old: str, new: str) -> int:
        """Queue a ``my_chat_member`` update (the user blocked or unblocked the bot)."""
        now = int(time.time())
        new_member: dict[str, Any] = {"status": new, "user": self.bot_user}
        if new == "kicked":
            new_member["until_date"] = 0
        old_member: dict[str, Any] = {"status": old, "user": self.bot_user}
        if old == "kicked":
            old_member["until_date"] = 0
        payload = {
            "chat": user.chat_api(),
            "from": user.to_api(),
            "date": now,
            "old_chat_member": old_member,
            "new_chat_member": new_member,
        }
        return self.queue_update("my_chat_member", payload, chat_id=user.chat_id)

    def _allowed(self, pending: _PendingUpdate, allowed: list[str] | None) -> bool:
        kind = pending.update_type
        if not allowed:
            return kind not in _DEFAULT_UPDATE_TYPES_EXCLUDED
        return kind in allowed

    def _confirm(self, offset: int | None) -> None:
        if not offset:
            return
        if offset < 0:
            self._pending = self._pending[offset:]
            return
        self._pending = [p for p in self._pending if p.update_id >= offset or (p.forced and not p.delivered)]

    def _take_batch(self, limit: int) -> list[dict[str, Any]]:
        kept = [p for p in self._pending if self._allowed(p, self._allowed_updates)]
        if len(kept) != len(self._pending):
            self._pending = kept
        batch: list[_PendingUpdate] = []
        for pending in self._pending:
            if pending.forced:
                if not batch:
                    batch.append(pending)
                break
            batch.append(pending)
            if len(batch) >= limit:
                break
        for pending in batch:
            pending.delivered = True
        return [p.update for p in batch]

    async def _get_updates(self, params: Params) -> list[dict[str, Any]]:
        if self._webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
            )
        offset = params.get_int("offset")
        limit = max(1, min(100, params.get_int("limit", 100) or 100))
        timeout = max(0.0, params.get_float("timeout", 0.0) or 0.0)
        allowed = params.get_json("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(a) for a in allowed] or None
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify_updates()  # an older long poll is terminated with 409, as on Telegram
        self._confirm(offset)
        deadline = time.monotonic() + timeout
        while True:
            event = self._updates.event
            if self._poll_generation != generation:
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
                )
            if self._webhook is not None:
                raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
            batch = self._take_batch(limit)
            remaining = deadline - time.monotonic()
            if batch or remaining <= 0 or self._closing:
                return batch
            await Signal.wait_event(event, remaining)

    async def _set_webhook(self, params: Params) -> bool:
        url = params.get_str("url") or ""
        if not url:
            return await self._delete_webhook(params)
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get_str("secret_token")
        if secret is not None and not _SECRET_RE.match(secret):
            raise bad_request("secret token contains unallowed characters")
        allowed = params.get_json("allowed_updates")
        if params.get_bool("drop_pending_updates"):
            self._pending.clear()
        self._webhook = _Webhook(
            url=url,
            secret_token=secret,
            max_connections=max(1, min(100, params.get_int("max_connections", 40) or 40)),
            allowed_updates=[str(a) for a in allowed] if isinstance(allowed, list) and allowed else None,
            ip_address=params.get_str("ip_address"),
        )
        if self._webhook_task is None or self._webhook_task.done():
            self._webhook_task = asyncio.create_task(self._webhook_loop(), name="sandbox-webhook")
        self._notify_updates()
        return True

    async def _delete_webhook(self, params: Params) -> bool:
        if params.get_bool("drop_pending_updates"):
            self._pending.clear()
        self._webhook = None
        await self._stop_webhook_task()
        return True

    async def _get_webhook_info(self, params: Params) -> dict[str, Any]:
        hook = self._webhook
        if hook is None:
            return {"url": "", "has_custom_certificate": False, "pending_update_count": len(self._pending)}
        info: dict[str, Any] = {
            "url": hook.url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
            "max_connections": hook.max_connections,
        }
        if hook.ip_address:
            info["ip_address"] = hook.ip_address
        if hook.allowed_updates:
            info["allowed_updates"] = hook.allowed_updates
        if hook.last_error_date is not None:
            info["last_error_date"] = hook.last_error_date
            info["last_error_message"] = hook.last_error_message
        return info

    async def _stop_webhook_task(self) -> None:
        task, self._webhook_task = self._webhook_task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _webhook_loop(self) -> None:
        in_flight: dict[asyncio.Future[Any], _PendingUpdate] = {}
        try:
            while self._webhook is not None and not self._closing:
                hook = self._webhook
                event = self._updates.event
                now = time.monotonic()
                busy: set[int] = {p.chat_id for p in in_flight.values() if p.chat_id is not None}
                flying = set(map(id, in_flight.values()))
                next_retry: float | None = None
                self._pending = [p for p in self._pending if self._allowed(p, hook.allowed_updates)]
                for pending in list(self._pending):
                    if len(in_flight) >= hook.max_connections:
                        break
                    if id(pending) in flying:
                        continue
                    chat_busy = pending.chat_id is not None and pending.chat_id in busy
                    if pending.chat_id is not None:
                        busy.add(pending.chat_id)
                    if chat_busy:
                        continue
                    if pending.not_before > now:
                        next_retry = min(next_retry or pending.not_before, pending.not_before)
                        continue
                    in_flight[asyncio.ensure_future(self._deliver_webhook(hook, pending))] = pending
                waiter = asyncio.ensure_future(event.wait())
                timeout = None if next_retry is None else max(0.0, next_retry - time.monotonic())
                done, _ = await asyncio.wait(
                    {waiter, *in_flight}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
                )
                waiter.cancel()
                for finished in done:
                    if finished is not waiter:
                        in_flight.pop(finished, None)
        finally:
            for delivery in in_flight:
                delivery.cancel()
            if in_flight:
                await asyncio.gather(*in_flight, return_exceptions=True)

    async def _deliver_webhook(self, hook: _Webhook, pending: _PendingUpdate) -> None:
        assert self._http is not None
        headers = {"Content-Type": "application/json"}
        if hook.secret_token:
            headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secret_token
        pending.attempts += 1
        status: int | None = None
        error: str | None = None
        try:
            async with self._http.post(
                hook.url,
                data=json.dumps(pending.update, ensure_ascii=False).encode(),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=10),
            ) as response:
                status = response.status
                await response.read()
                if not 200 <= status < 300:
                    error = f"Wrong response from the webhook: {status} {response.reason}"
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            error = f"Connection failed: {exc.__class__.__name__}: {exc}"
        self.webhook_log.append(
            WebhookDelivery(time.monotonic(), pending.update_id, hook.url, status, error, dict(headers))
        )
        if error is None:
            with contextlib.suppress(ValueError):
                self._pending.remove(pending)
            pending.delivered = True
        else:
            hook.last_error_date = int(time.time())
            hook.last_error_message = error
            delay = min(self.webhook_retry_delay * 2 ** (pending.attempts - 1), 5.0)
            pending.not_before = time.monotonic() + delay
        self._notify_updates()
        self._notify_change()
