"""Group chats of the sandbox: a supergroup in which several simulated users write and press buttons.

A :class:`SandboxGroup` is a chat like a user's private chat (the bot sends to its negative id and its
messages are stored there), but its messages come from members: ``group.member(user).send_command(...)``.
Button presses in the group are ``callback_query`` updates from the member; the bot's answers to them
(alerts) land in that member's ``answered_callbacks``.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from .models import SandboxMessage
from .users import SandboxUser, detect_entities

if TYPE_CHECKING:
    from .server import SandboxServer

__all__ = ["GroupMember", "SandboxGroup"]


class SandboxGroup(SandboxUser):
    """A supergroup the bot is a member of (``chat_id`` is negative)."""

    def __init__(self, server: SandboxServer, chat_id: int, title: str) -> None:
        if chat_id >= 0:
            raise ValueError("a group chat id is negative")
        super().__init__(server, chat_id, title, language_code=None)
        self.title = title

    def chat_api(self) -> dict[str, Any]:
        """The Bot API ``Chat`` object of the group."""
        return {"id": self.user_id, "type": "supergroup", "title": self.title}

    def member(self, user: SandboxUser) -> GroupMember:
        """``user`` writing in this group."""
        return GroupMember(self._server, self, user)


class GroupMember:
    """A user writing in a group chat."""

    def __init__(self, server: SandboxServer, group: SandboxGroup, user: SandboxUser) -> None:
        self._server = server
        self.group = group
        self.user = user

    async def send_text(self, text: str, *, reply_to: SandboxMessage | None = None) -> int:
        """Send ``text`` to the group (optionally as a reply); returns the update id."""
        message = SandboxMessage(
            message_id=self.group.allocate_message_id(), chat=self.group.chat_api(), sender=self.user.to_api(),
            date=int(time.time()), from_bot=False, kind="text", text=text, entities=detect_entities(text),
            sent_at=time.monotonic(),
        )
        if reply_to is not None:
            message.extra["reply_to_message"] = reply_to.to_api(with_reply=False)
            message.reply_to_message_id = reply_to.message_id
        self.group.add_message(message)
        return self._server.queue_update("message", message.to_api(), chat_id=self.group.chat_id)

    async def send_command(self, command: str, args: str | None = None) -> int:
        """Send ``/command args`` (``command`` may carry ``@botname``)."""
        text = "/" + command.lstrip("/")
        if args:
            text += f" {args}"
        return await self.send_text(text)

    async def press(self, message: SandboxMessage, callback_data: str) -> int:
        """Press a button with ``callback_data`` on a bot message of the group (crafted data allowed)."""
        return self._server.queue_callback_query(self.user, message, callback_data, chat_id=self.group.chat_id)
