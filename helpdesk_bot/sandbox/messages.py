"""The Bot API methods on messages: send, media, albums, edit, delete, copy, forward, callback answers, chat actions."""

from __future__ import annotations

from typing import Any

from .models import CallbackAnswer, SandboxFile, SandboxMessage
from .outgoing import OutgoingMixin
from .protocol import Params, bad_request
from .state import _CHAT_ACTIONS, _MEDIA_KEYS, _NOT_MODIFIED, CAPTION_LIMIT, MESSAGE_TEXT_LIMIT


class MessagesMixin(OutgoingMixin):
    """The Bot API methods on messages: send, media, albums, edit, delete, copy, forward, callback answers, chat actions."""

    async def _send_message(self, params: Params) -> dict[str, Any]:
        user = self._chat(params)
        text, entities, source, parse_mode = self._format(
            params, "text", "entities", MESSAGE_TEXT_LIMIT, required=True
        )
        markup = self._markup(params)
        reply_to = self._reply_to(params, user)
        message = self._deliver(
            user,
            "sendMessage",
            kind="text",
            text=text,
            entities=entities,
            source=source,
            parse_mode=parse_mode,
            markup=markup,
            reply_to=reply_to,
        )
        return message.to_api()

    async def _send_media(self, params: Params, *, kind: str, method: str) -> dict[str, Any]:
        user = self._chat(params)
        value = params.get_file(kind)
        if value is None:
            raise bad_request(f"there is no {kind} in the request")
        caption, entities, source, parse_mode = self._format(
            params, "caption", "caption_entities", CAPTION_LIMIT, required=False
        )
        markup = self._markup(params)
        reply_to = self._reply_to(params, user)
        file = self._resolve_file(value, kind, params.get_str("filename"))
        media = self.media_object(
            kind,
            file,
            duration=params.get_int("duration"),
            width=params.get_int("width"),
            height=params.get_int("height"),
            length=params.get_int("length"),
            emoji=params.get_str("emoji"),
        )
        message = self._deliver(
            user,
            method,
            kind=kind,
            text=caption,
            entities=entities,
            source=source,
            parse_mode=parse_mode,
            markup=markup,
            file=file,
            extra={kind: media},
            reply_to=reply_to,
        )
        return message.to_api()

    async def _send_media_group(self, params: Params) -> list[dict[str, Any]]:
        user = self._chat(params)
        items = params.get_json("media")
        if not isinstance(items, list) or not 2 <= len(items) <= 10:
            raise bad_request("wrong number of media specified: 2-10 items expected")
        reply_to = self._reply_to(params, user)
        prepared: list[tuple[str, SandboxFile, tuple[str, list[dict[str, Any]], str | None, str | None]]] = []
        for item in items:
            if not isinstance(item, dict) or item.get("type") not in ("photo", "video", "document", "audio"):
                raise bad_request("can't parse InputMedia JSON object")
            kind = str(item["type"])
            sub = Params({k: v for k, v in item.items() if k != "type"}, params.uploads)
            value = sub.get_file("media")
            if value is None:
                raise bad_request("there is no media in the request")
            caption = self._format(sub, "caption", "caption_entities", CAPTION_LIMIT, required=False)
            prepared.append((kind, self._resolve_file(value, kind, None), caption))
        group_id = str(10_000_000 + next(self._counter))
        results = []
        for kind, file, (text, entities, source, parse_mode) in prepared:
            message = self._deliver(
                user,
                "sendMediaGroup",
                kind=kind,
                text=text,
                entities=entities,
                source=source,
                parse_mode=parse_mode,
                markup=None,
                file=file,
                extra={kind: self.media_object(kind, file), "media_group_id": group_id},
                reply_to=reply_to,
            )
            results.append(message.to_api())
        return results

    async def _edit_message_text(self, params: Params) -> dict[str, Any]:
        user = self._chat(params)
        message = self._editable(params, user)
        if message.kind != "text":
            raise bad_request("there is no text in the message to edit")
        text, entities, source, parse_mode = self._format(
            params, "text", "entities", MESSAGE_TEXT_LIMIT, required=True
        )
        markup = self._markup(params, inline_only=True)
        if text == message.text and entities == message.entities and markup == message.reply_markup:
            raise bad_request(_NOT_MODIFIED)
        message.text, message.entities = text, entities
        message.source_text, message.parse_mode, message.reply_markup = source, parse_mode, markup
        return self._apply_edit(message)

    async def _edit_message_caption(self, params: Params) -> dict[str, Any]:
        user = self._chat(params)
        message = self._editable(params, user)
        if message.kind == "text":
            raise bad_request("there is no caption in the message to edit")
        caption, entities, source, parse_mode = self._format(
            params, "caption", "caption_entities", CAPTION_LIMIT, required=False
        )
        markup = self._markup(params, inline_only=True)
        if caption == message.text and entities == message.entities and markup == message.reply_markup:
            raise bad_request(_NOT_MODIFIED)
        message.text, message.entities = caption, entities
        message.source_text, message.parse_mode, message.reply_markup = source, parse_mode, markup
        return self._apply_edit(message)

    async def _edit_message_reply_markup(self, params: Params) -> dict[str, Any]:
        user = self._chat(params)
        message = self._editable(params, user)
        markup = self._markup(params, inline_only=True)
        if markup == message.reply_markup or (not markup and not message.has_inline_keyboard):
            raise bad_request(_NOT_MODIFIED)
        message.reply_markup = markup
        return self._apply_edit(message)

    async def _delete_message(self, params: Params) -> bool:
        user = self._chat(params)
        message = user.chat_messages.get(params.require_int("message_id"))
        if message is None or message.deleted:
            raise bad_request("message to delete not found")
        message.deleted = True
        message.seq = self.next_seq()
        self._notify_change(user)
        return True

    async def _delete_messages(self, params: Params) -> bool:
        user = self._chat(params)
        ids = params.get_json("message_ids")
        if not isinstance(ids, list) or not ids:
            raise bad_request("message_ids must be a non-empty list")
        for message_id in ids:
            message = user.chat_messages.get(int(message_id))
            if message is not None:
                message.deleted = True
                message.seq = self.next_seq()
        self._notify_change(user)
        return True

    async def _answer_callback_query(self, params: Params) -> bool:
        query_id = params.require_str("callback_query_id")
        pending = self._pending_callbacks.pop(query_id, None)
        if pending is None:
            raise bad_request("query is too old and response timeout expired or query ID is invalid")
        user_id, data, message_id = pending
        text = params.get_str("text")
        if text is not None and len(text) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        answer = CallbackAnswer(
            query_id=query_id,
            data=data,
            message_id=message_id,
            text=text,
            show_alert=params.get_bool("show_alert"),
            url=params.get_str("url"),
            cache_time=params.get_int("cache_time"),
        )
        self._users[user_id].answered_callbacks.append(answer)
        self._notify_change(self._users[user_id])
        return True

    async def _send_chat_action(self, params: Params) -> bool:
        user = self._chat(params)
        action = params.get_str("action")
        if action not in _CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        user.chat_actions.append(action)
        self._notify_change(user)
        return True

    def _source_message(self, params: Params, what: str) -> SandboxMessage:
        source_user = self._chat(params, "from_chat_id")
        message = source_user.chat_messages.get(params.require_int("message_id"))
        if message is None or message.deleted:
            raise bad_request(f"message to {what} not found")
        return message

    async def _copy_message(self, params: Params) -> dict[str, int]:
        target = self._chat(params)
        source = self._source_message(params, "copy")
        text, entities = source.text, source.entities
        parse_mode: str | None = None
        src_text = source.source_text
        if source.kind != "text" and params.has("caption"):
            text, entities, src_text, parse_mode = self._format(
                params, "caption", "caption_entities", CAPTION_LIMIT, required=False
            )
        extra = {k: v for k, v in source.extra.items() if k in _MEDIA_KEYS}
        message = self._deliver(
            target,
            "copyMessage",
            kind=source.kind,
            text=text,
            entities=list(entities),
            source=src_text,
            parse_mode=parse_mode or source.parse_mode,
            markup=self._markup(params),
            file=source.file,
            extra=extra,
            reply_to=self._reply_to(params, target),
        )
        return {"message_id": message.message_id}

    async def _forward_message(self, params: Params) -> dict[str, Any]:
        target = self._chat(params)
        source = self._source_message(params, "forward")
        extra = {k: v for k, v in source.extra.items() if k in _MEDIA_KEYS}
        origin = source.extra.get("forward_origin") or {
            "type": "user",
            "date": source.date,
            "sender_user": source.sender,
        }
        extra["forward_origin"] = origin
        if origin.get("type") == "user":
            extra["forward_from"] = origin["sender_user"]
        extra["forward_date"] = origin["date"]
        message = self._deliver(
            target,
            "forwardMessage",
            kind=source.kind,
            text=source.text,
            entities=list(source.entities),
            source=source.source_text,
            parse_mode=source.parse_mode,
            markup=None,
            file=source.file,
            extra=extra,
        )
        return message.to_api()
