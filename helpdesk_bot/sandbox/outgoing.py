"""What every sending method shares: the target chat, formatting, keyboards, replies, delivery into a chat, edits."""

from __future__ import annotations

import time
from typing import Any

from .formatting import EntityParseError, parse_html, utf16_len
from .models import SandboxFile, SandboxMessage, SentRecord
from .protocol import ApiError, Params, bad_request
from .state import _validate_inline_button
from .updates import UpdatesMixin
from .users import SandboxUser


class OutgoingMixin(UpdatesMixin):
    """What every sending method shares: the target chat, formatting, keyboards, replies, delivery into a chat, edits."""

    def _target_chat_id(self, params: Params, name: str = "chat_id") -> int | None:
        raw = params.get_str(name)
        if raw is None:
            return None
        if raw.startswith("@"):
            for user in self._users.values():
                if user.username and user.username.lower() == raw[1:].lower():
                    return user.user_id
            return None
        try:
            return int(raw)
        except ValueError:
            return None

    def _chat(self, params: Params, name: str = "chat_id") -> SandboxUser:
        if not params.has(name):
            raise bad_request(f'parameter "{name}" is required')
        chat_id = self._target_chat_id(params, name)
        user = self._users.get(chat_id) if chat_id is not None else None
        if user is None:
            raise bad_request("chat not found")
        return user

    def _format(
        self, params: Params, field_name: str, entities_name: str, limit: int, *, required: bool
    ) -> tuple[str, list[dict[str, Any]], str | None, str | None]:
        source = params.get_str(field_name)
        if source is None or source == "":
            if required:
                raise bad_request("message text is empty")
            return "", [], None, None
        parse_mode = params.get_str("parse_mode")
        entities: list[dict[str, Any]] = []
        text = source
        if parse_mode and parse_mode.lower() == "html":
            try:
                parsed = parse_html(source)
            except EntityParseError as exc:
                raise ApiError(400, exc.description) from None
            text, entities = parsed.text, parsed.entities
        elif parse_mode is None:
            raw_entities = params.get_json(entities_name)
            if raw_entities is not None:
                if not isinstance(raw_entities, list):
                    raise bad_request(f"can't parse {entities_name} JSON object")
                entities = [e for e in raw_entities if isinstance(e, dict)]
        if not text.strip():
            if required:
                raise bad_request("message text is empty")
            return "", [], source, parse_mode
        if utf16_len(text) > limit:
            raise bad_request(
                "message is too long" if field_name == "text" else "message caption is too long"
            )
        return text, entities, source, parse_mode

    def _markup(self, params: Params, *, inline_only: bool = False) -> dict[str, Any] | None:
        markup = params.get_json("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" in markup:
            rows = markup["inline_keyboard"]
            if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
                raise bad_request(
                    'can\'t parse inline keyboard button: field "inline_keyboard" must be an Array of Arrays'
                )
            for row in rows:
                for button in row:
                    _validate_inline_button(button)
            return markup
        if inline_only:
            raise bad_request("inline keyboard expected")
        if "keyboard" in markup:
            if not isinstance(markup["keyboard"], list):
                raise bad_request("can't parse reply keyboard markup JSON object")
            return markup
        if markup.get("remove_keyboard") or markup.get("force_reply"):
            return markup
        raise bad_request("can't parse reply keyboard markup JSON object")

    def _reply_to(self, params: Params, user: SandboxUser) -> int | None:
        reply = params.get_json("reply_parameters")
        message_id: int | None = None
        allow_missing = params.get_bool("allow_sending_without_reply")
        if isinstance(reply, dict) and reply.get("message_id") is not None:
            message_id = int(reply["message_id"])
            allow_missing = bool(reply.get("allow_sending_without_reply", allow_missing))
        elif params.has("reply_to_message_id"):
            message_id = params.get_int("reply_to_message_id")
        if message_id is None:
            return None
        target = user.chat_messages.get(message_id)
        if target is None or target.deleted:
            if allow_missing:
                return None
            raise bad_request("message to be replied not found")
        return message_id

    def _deliver(
        self,
        user: SandboxUser,
        method: str,
        *,
        kind: str,
        text: str,
        entities: list[dict[str, Any]],
        source: str | None,
        parse_mode: str | None,
        markup: dict[str, Any] | None,
        file: SandboxFile | None = None,
        extra: dict[str, Any] | None = None,
        reply_to: int | None = None,
    ) -> SandboxMessage:
        message = SandboxMessage(
            message_id=user.allocate_message_id(),
            chat=user.chat_api(),
            sender=self.bot_user,
            date=int(time.time()),
            from_bot=True,
            kind=kind,
            text=text,
            entities=entities,
            source_text=source,
            parse_mode=parse_mode,
            reply_markup=markup,
            file=file,
            extra=dict(extra or {}),
            method=method,
            sent_at=time.monotonic(),
            reply_to_message_id=reply_to,
        )
        if reply_to is not None:
            message.extra["reply_to_message"] = user.chat_messages[reply_to].to_api(with_reply=False)
        message.seq = self.next_seq()
        user.add_message(message)
        self.sent_log.append(SentRecord(message.sent_at, user.chat_id, method, message.message_id))
        self._content_keys[(user.chat_id, message.message_id)] = (
            kind,
            text,
            file.file_unique_id if file else None,
        )
        self._notify_change(user)
        return message

    def _editable(self, params: Params, user: SandboxUser) -> SandboxMessage:
        if params.has("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        message = user.chat_messages.get(params.require_int("message_id"))
        if message is None or message.deleted:
            raise bad_request("message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return message

    def _apply_edit(self, message: SandboxMessage) -> dict[str, Any]:
        message.edited += 1
        message.edit_date = int(time.time())
        message.seq = self.next_seq()
        self._notify_change(self._users.get(message.chat_id))
        return message.to_api()
