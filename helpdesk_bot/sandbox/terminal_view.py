"""How the terminal chat shows bot messages: numbered, buttons as ``[3.1]``, edits as one short line."""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from .formatting import entities_to_plain
from .models import SandboxMessage

__all__ = ["EDIT_LINES", "HELP", "button_lines", "buttons_listing", "commands_listing", "display_path", "plain_text", "render", "render_edit", "shorten"]

HELP = """Terminal commands (everything else goes to the bot, e.g. /help for the bot's help):
  <text>          send a message to the bot (commands like /start go to the bot)
  <number>        press that button of the latest message with buttons, e.g. 2
  M.N             press button N of message #M, e.g. 3.2 (an earlier message)
  /buttons        list the earlier messages whose buttons you can still press
  /reply M TEXT   send TEXT as a reply to message #M ("reply to this message")
  /commands       the command menu the bot shows this persona
  /as NAME        switch persona ({names})
  /whoami         show the active persona and the bot's language for it
  /say TEXT       send TEXT literally (e.g. a number)
  /sticker, /voice, /photo [caption], /upload PATH   send other kinds of messages
  /quit           leave (end of input works too)"""
"""The terminal's own commands (``/?``); ``{names}`` is filled with the personas."""

EDIT_LINES = 3
"""At most this many changed lines of an edited message are shown."""


def plain_text(message: SandboxMessage) -> str:
    """What a person reads of a message: its text (or caption) without markup."""
    text = entities_to_plain(message.text, message.entities) if message.text else ""
    if message.parse_mode and message.parse_mode.lower().startswith("markdown"):
        text = re.sub(r"\\(.)", r"\1", text)
    return text


def button_lines(number: int, message: SandboxMessage) -> list[str]:
    """A message's buttons as ``[3.1] Accept  [3.2] Decline``, one line per keyboard row."""
    lines = []
    position = 1
    for row in message.buttons:
        cells = []
        for button in row:
            cell = f"[{number}.{position}] {button.text.strip() or '·'}"
            if button.value and re.match(r"^(https?|tg)://", button.value):
                cell += f" ↗ {button.value}"
            cells.append(cell)
            position += 1
        lines.append("  ".join(cells))
    return lines


def render(message: SandboxMessage, number: int, download_dir: Path) -> str:
    """A new message as ``🤖 #3 text`` with its buttons; a file is saved to ``download_dir``."""
    lines: list[str] = []
    text = plain_text(message)
    if message.file is not None and message.kind in ("document", "photo"):
        saved = message.file.save(download_dir, prefix=f"{message.chat_id}-{message.message_id}-")
        icon = "📎" if message.kind == "document" else "🖼"
        name = message.file.filename or Path(message.file.file_path).name
        lines.append(f"{icon} {name} ({message.file.size} bytes) saved to {display_path(saved)}")
    elif message.kind != "text":
        emoji = message.extra.get("sticker", {}).get("emoji", "") if message.kind == "sticker" else ""
        lines.append(f"[{message.kind}{' ' + emoji if emoji else ''}]")
    if text:
        lines.append(text)
    lines.extend(button_lines(number, message))
    body = "\n".join(lines) if lines else "(empty message)"
    return "\n".join(f"  {line}" if i else f"🤖 #{number} {line}" for i, line in enumerate(body.split("\n")))


def render_edit(message: SandboxMessage, number: int, before: str) -> str | None:
    """One short line for an edit that changed little of a message (a long answer losing its buttons, a
    list losing an item): the added lines (at most :data:`EDIT_LINES`) or the removed ones, then the
    buttons. None when the edit replaced most of the text (the next step of a flow): show it whole."""
    after = plain_text(message)
    old_lines = [line for line in before.split("\n") if line.strip()]
    new_lines = [line for line in after.split("\n") if line.strip()]
    added = [line for line in new_lines if line not in old_lines]
    removed = [line for line in old_lines if line not in new_lines]
    kept = len(new_lines) - len(added)
    if after != before and 2 * kept < len(new_lines):
        return None
    if added:
        shown, prefix = added, ""
    elif removed:
        shown, prefix = removed, "removed "
    else:
        gone = "(buttons changed)" if message.flat_buttons else "(buttons removed)"
        shown, prefix = [], gone if after == before else "(reworded)"
    head = prefix + " / ".join(shorten(line) for line in shown[:EDIT_LINES])
    if len(shown) > EDIT_LINES:
        head += f" (+{len(shown) - EDIT_LINES} more lines)"
    lines = [f"✏️  #{number} edited: {head}", *button_lines(number, message)]
    return "\n".join(f"  {line}" if i else line for i, line in enumerate(lines))


def shorten(text: str, limit: int = 70) -> str:
    """``text`` on one line, cut to ``limit`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def display_path(path: Path) -> str:
    """The path relative to the working directory when it is below it, else absolute."""
    with contextlib.suppress(ValueError):
        relative = os.path.relpath(path)
        if not relative.startswith(".."):
            return relative
    return str(path.resolve())


def buttons_listing(messages: list[tuple[int, SandboxMessage]]) -> str:
    """The (last ten) messages whose buttons can still be pressed, with their numbers and buttons."""
    lines = [f"Messages with buttons (press one with M.N, e.g. {messages[0][0]}.1):"]
    for number, message in messages[-10:]:
        lines.append(f"  #{number} {shorten(plain_text(message).split(chr(10), 1)[0], 60)}")
        lines.extend(f"      {row}" for row in button_lines(number, message))
    return "\n".join(lines)


def commands_listing(menu: list[dict[str, str]]) -> str:
    """The bot's command menu (``setMyCommands``), one command a line."""
    width = max(len(c["command"]) for c in menu) + 1
    return "\n".join(["The bot's command menu for you:",
                      *(f"  /{c['command']:<{width}} {c['description']}" for c in menu)])
