"""The bot's own settings: ``getMe``, commands, descriptions, name, menu button, ``getChat``, ``close``/``logOut``."""

from __future__ import annotations

import re
from typing import Any

from .messages import MessagesMixin
from .protocol import Params, bad_request
from .state import _COMMAND_RE, _scope_key
from .users import SandboxUser


class BotSettingsMixin(MessagesMixin):
    """The bot's own settings: ``getMe``, commands, descriptions, name, menu button, ``getChat``, ``close``/``logOut``."""

    def commands(
        self, language_code: str | None = None, scope: dict[str, Any] | None = None
    ) -> list[dict[str, str]]:
        """Commands stored by ``setMyCommands`` for exactly this language and scope."""
        return list(self._commands.get((_scope_key(scope), language_code or ""), []))

    def commands_for(self, user: SandboxUser) -> list[dict[str, str]]:
        """The command menu a Telegram client would show ``user`` (scope and language fallbacks)."""
        scopes: list[dict[str, Any]] = [
            {"type": "chat", "chat_id": user.chat_id},
            {"type": "all_private_chats"},
            {"type": "default"},
        ]
        languages = [user.language_code or "", ""] if user.language_code else [""]
        for scope in scopes:
            for language in languages:
                found = self._commands.get((_scope_key(scope), language))
                if found:
                    return list(found)
        return []

    def description(self, language_code: str | None = None) -> str | None:
        """The description stored by ``setMyDescription``."""
        return self._descriptions.get(language_code or "")

    def short_description(self, language_code: str | None = None) -> str | None:
        """The short description stored by ``setMyShortDescription``."""
        return self._short_descriptions.get(language_code or "")

    async def _get_me(self, params: Params) -> dict[str, Any]:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _commands_key(self, params: Params) -> tuple[str, str]:
        scope = params.get_json("scope")
        if scope is not None and (not isinstance(scope, dict) or "type" not in scope):
            raise bad_request("can't parse BotCommandScope JSON object")
        language = params.get_str("language_code") or ""
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("invalid language code specified")
        return _scope_key(scope), language

    async def _set_my_commands(self, params: Params) -> bool:
        key = self._commands_key(params)
        commands = params.get_json("commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse commands JSON object")
        if len(commands) > 100:
            raise bad_request("too many commands")
        stored: list[dict[str, str]] = []
        for item in commands:
            if not isinstance(item, dict):
                raise bad_request("can't parse BotCommand JSON object")
            command = str(item.get("command", ""))
            description = str(item.get("description", ""))
            if not _COMMAND_RE.match(command):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            stored.append({"command": command, "description": description})
        if stored:
            self._commands[key] = stored
        else:
            self._commands.pop(key, None)
        self._notify_change()
        return True

    async def _get_my_commands(self, params: Params) -> list[dict[str, str]]:
        return list(self._commands.get(self._commands_key(params), []))

    async def _delete_my_commands(self, params: Params) -> bool:
        self._commands.pop(self._commands_key(params), None)
        self._notify_change()
        return True

    async def _set_text_setting(self, store: dict[str, str], name: str, limit: int, params: Params) -> bool:
        value = params.get_str(name) or ""
        if len(value) > limit:
            raise bad_request(f"{name.replace('_', ' ')} is too long")
        language = params.get_str("language_code") or ""
        if value:
            store[language] = value
        else:
            store.pop(language, None)
        self._notify_change()
        return True

    async def _get_text_setting(self, store: dict[str, str], name: str, params: Params) -> dict[str, str]:
        language = params.get_str("language_code") or ""
        return {name: store.get(language, store.get("", ""))}

    async def _set_chat_menu_button(self, params: Params) -> bool:
        button = params.get_json("menu_button")
        if button is not None and (not isinstance(button, dict) or "type" not in button):
            raise bad_request("can't parse menu button JSON object")
        if params.has("chat_id"):
            self._chat(params).menu_button = button
        else:
            self.default_menu_button = button
        self._notify_change()
        return True

    async def _get_chat_menu_button(self, params: Params) -> dict[str, Any]:
        if params.has("chat_id"):
            button = self._chat(params).menu_button
            if button is not None:
                return button
        return self.default_menu_button or {"type": "default"}

    async def _get_chat(self, params: Params) -> dict[str, Any]:
        user = self._chat(params)
        return {
            **user.chat_api(),
            "accent_color_id": user.user_id % 7,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": True,
                "limited_gifts": True,
                "unique_gifts": True,
                "premium_subscription": True,
                "gifts_from_channels": True,
            },
        }

    async def _close(self, params: Params) -> bool:
        self.closed_count += 1
        return True

    async def _log_out(self, params: Params) -> bool:
        self.logged_out = True
        return True
