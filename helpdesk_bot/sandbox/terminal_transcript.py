"""What the terminal chat (:mod:`.terminal`) has shown of each persona's chat with the bot.

The bot's messages are numbered per persona in order of arrival (``#1``, ``#2``…, the numbers buttons are
pressed by); what was printed of each is remembered, so that each look prints only what changed: a new
message in full, an edit as one short line, a deletion, the answers to button presses, and for the other
personas a count of unread messages.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from .models import SandboxMessage
from .terminal_view import plain_text, render, render_edit, shorten
from .users import SandboxUser

__all__ = ["Transcript", "activity"]


class Transcript:
    """The numbering and the printed state of every persona's bot messages."""

    def __init__(self, download_dir: Path) -> None:
        self.download_dir = download_dir
        self._printed: dict[tuple[int, int], tuple[int, bool]] = {}
        self._shown_text: dict[tuple[int, int], str] = {}
        self._numbers: dict[int, dict[int, int]] = {}  # user id -> message id -> number shown
        self._by_number: dict[int, dict[int, int]] = {}  # user id -> number shown -> message id
        self._answers_printed: dict[int, int] = {}
        self._notified: dict[int, int] = {}

    def number(self, user: SandboxUser, message: SandboxMessage) -> int:
        """The number the terminal shows for a bot message (1, 2, 3... per persona, in order of arrival)."""
        numbers = self._numbers.setdefault(user.user_id, {})
        if message.message_id not in numbers:
            numbers[message.message_id] = len(numbers) + 1
            self._by_number.setdefault(user.user_id, {})[numbers[message.message_id]] = message.message_id
        return numbers[message.message_id]

    def is_shown(self, user: SandboxUser, message: SandboxMessage) -> bool:
        """True once ``message`` has a number (it was printed to ``user``'s persona)."""
        return message.message_id in self._numbers.get(user.user_id, {})

    def message_numbered(self, user: SandboxUser, number: int) -> SandboxMessage | None:
        """``user``'s bot message shown as ``#number`` (None if there is none)."""
        message_id = self._by_number.get(user.user_id, {}).get(number)
        return user.chat_messages.get(message_id) if message_id is not None else None

    def changes(self, users: Mapping[str, SandboxUser], active: str) -> list[str]:
        """The lines to print for what changed since the last call: the active persona's new, edited or
        deleted bot messages and answers to its presses; for the others, a note of unread messages."""
        lines: list[str] = []
        for name, user in users.items():
            if name != active:
                lines.extend(self._unread_note(name, user))
                continue
            for message in user.messages:
                key = (user.user_id, message.message_id)
                state = (message.edited, message.deleted)
                previous = self._printed.get(key)
                if previous == state:
                    continue
                self._printed[key] = state
                number = self.number(user, message)
                if previous is None:
                    if not message.deleted:
                        lines.append(render(message, number, self.download_dir))
                elif message.deleted and not previous[1]:
                    lines.append(f"🗑  (the bot deleted message #{number}: {shorten(message.text, 40)!r})")
                elif message.edited != previous[0] and not message.deleted:
                    short = render_edit(message, number, self._shown_text.get(key, ""))
                    lines.append(short or f"✏️  #{number} (edited)\n" + render(message, number, self.download_dir))
                self._shown_text[key] = plain_text(message)
            answers = user.answered_callbacks
            start = self._answers_printed.get(user.user_id, 0)
            lines.extend(("⚠️  " if a.show_alert else "💬 ") + a.text for a in answers[start:] if a.text)
            self._answers_printed[user.user_id] = len(answers)
        return lines

    def _unread_note(self, name: str, user: SandboxUser) -> list[str]:
        unseen = [
            m for m in user.messages if not m.deleted and (user.user_id, m.message_id) not in self._printed
        ]
        notified = self._notified.get(user.user_id, 0)
        self._notified[user.user_id] = len(unseen)
        if len(unseen) > notified:
            return [f"🔔 {name} has {len(unseen)} unread message(s) — type /as {name} to read"]
        return []


def activity(users: Iterable[SandboxUser]) -> int:
    """A number that grows with everything the bot does in these chats (messages, edits, deletions, answers)."""
    total = 0
    for user in users:
        total += len(user.answered_callbacks)
        for message in user.messages:
            total += 1 + message.edited + int(message.deleted)
    return total
