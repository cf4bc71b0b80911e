"""A line-based terminal chat with the bot through the sandbox (used by ``helpdesk-bot demo``).

Each persona (entrepreneur, advisor, staff...) is a different Telegram user.  The terminal shows
new bot messages (HTML already turned into plain text, buttons as ``[1] Accept  [2] Decline``,
documents saved to disk) and reads one line at a time:

* text is sent as a message (``/start``, ``/help``... go to the bot as commands);
* a number presses that button of the latest message with buttons;
* ``/as NAME`` switches persona, ``/whoami`` tells who you are, ``/quit`` (or end of input) ends;
* ``/say TEXT`` sends TEXT literally (e.g. a number), ``/sticker``, ``/voice``, ``/photo [caption]``
  and ``/upload PATH`` send other kinds of messages, ``/?`` lists these commands.

Reading the input happens in a daemon thread, so the event loop (and the bot) keep running.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import queue
import re
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .formatting import entities_to_plain
from .models import SandboxMessage, SandboxTimeout
from .server import SandboxServer
from .users import SandboxUser

__all__ = ["Persona", "run_terminal_chat"]

DEFAULT_DOWNLOAD_DIR = Path("var/demo/downloads")

_HELP = """Terminal commands:
  <text>          send a message to the bot (commands like /start go to the bot)
  <number>        press that button of the latest message with buttons
  /as NAME        switch persona ({names})
  /whoami         show the active persona
  /say TEXT       send TEXT literally (e.g. a number)
  /sticker, /voice, /photo [caption], /upload PATH   send other kinds of messages
  /quit           leave (end of input works too)"""

_TERMINAL_COMMANDS = ("/as", "/whoami", "/quit", "/say", "/sticker", "/voice", "/photo", "/upload", "/?")


@dataclass(frozen=True)
class Persona:
    """Arguments of :meth:`SandboxServer.user` for one persona of the terminal chat."""

    user_id: int
    first_name: str
    language_code: str | None = "en"
    username: str | None = None
    last_name: str | None = None


class _LineReader:
    """Reads lines from a blocking stream in a daemon thread, one line per request."""

    def __init__(self, stream: TextIO, loop: asyncio.AbstractEventLoop) -> None:
        self._stream = stream
        self._loop = loop
        self._requests: queue.SimpleQueue[asyncio.Future[str] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="sandbox-terminal-input", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            future = self._requests.get()
            if future is None:
                return
            try:
                line = self._stream.readline()
            except (OSError, ValueError):
                line = ""
            try:
                self._loop.call_soon_threadsafe(_resolve, future, line)
            except RuntimeError:  # the loop is closed
                return

    async def readline(self) -> str | None:
        """The next line without its newline, or None at end of input."""
        future: asyncio.Future[str] = self._loop.create_future()
        self._requests.put(future)
        line = await future
        if line == "":
            return None
        return line.rstrip("\r\n")

    def close(self) -> None:
        """Let the thread end (it is a daemon, so a pending read never blocks the exit)."""
        self._requests.put(None)


def _resolve(future: asyncio.Future[str], line: str) -> None:
    if not future.done():
        future.set_result(line)


class _TerminalChat:
    def __init__(
        self,
        sandbox: SandboxServer,
        personas: Mapping[str, Persona | Mapping[str, Any]],
        *,
        output: TextIO,
        initial: str,
        download_dir: Path,
        reply_timeout: float,
        settle: float,
        show_prompt: bool,
    ) -> None:
        if not personas:
            raise ValueError("at least one persona is needed")
        self.sandbox = sandbox
        self.output = output
        self.download_dir = download_dir
        self.reply_timeout = reply_timeout
        self.settle = settle
        self.show_prompt = show_prompt
        self.users: dict[str, SandboxUser] = {}
        for name, spec in personas.items():
            persona = spec if isinstance(spec, Persona) else Persona(**dict(spec))
            self.users[name] = sandbox.user(
                persona.user_id,
                persona.first_name,
                last_name=persona.last_name,
                username=persona.username,
                language_code=persona.language_code,
            )
        self.active = initial if initial in self.users else next(iter(self.users))
        self._printed: dict[tuple[int, int], tuple[int, bool]] = {}
        self._answers_printed: dict[int, int] = {}
        self._notified: dict[int, int] = {}
        self._at_prompt = False

    # -- output ------------------------------------------------------------------------------
    @property
    def user(self) -> SandboxUser:
        return self.users[self.active]

    def write(self, text: str) -> None:
        if self._at_prompt:
            self.output.write("\n")
        self.output.write(text.rstrip("\n") + "\n")
        if self._at_prompt:
            self.output.write(self.prompt())
        self.output.flush()

    def prompt(self) -> str:
        return f"{self.active}> "

    def describe(self, name: str) -> str:
        user = self.users[name]
        language = f", language {user.language_code}" if user.language_code else ""
        return f"{name}: {user.first_name} (Telegram id {user.user_id}{language})"

    def render(self, message: SandboxMessage) -> str:
        lines: list[str] = []
        text = entities_to_plain(message.text, message.entities) if message.text else ""
        if message.parse_mode and message.parse_mode.lower().startswith("markdown"):
            text = re.sub(r"\\(.)", r"\1", text)
        if message.file is not None and message.kind in ("document", "photo"):
            saved = message.file.save(self.download_dir, prefix=f"{message.chat_id}-{message.message_id}-")
            icon = "📎" if message.kind == "document" else "🖼"
            name = message.file.filename or Path(message.file.file_path).name
            lines.append(f"{icon} {name} ({message.file.size} bytes) saved to {_display_path(saved)}")
        elif message.kind != "text":
            emoji = message.extra.get("sticker", {}).get("emoji", "") if message.kind == "sticker" else ""
            lines.append(f"[{message.kind}{' ' + emoji if emoji else ''}]")
        if text:
            lines.append(text)
        rows = message.buttons
        if rows:
            number = 1
            for row in rows:
                cells = []
                for button in row:
                    cell = f"[{number}] {button.text}"
                    if button.value and re.match(r"^(https?|tg)://", button.value):
                        cell += f" ↗ {button.value}"
                    cells.append(cell)
                    number += 1
                lines.append("  ".join(cells))
        body = "\n".join(lines) if lines else "(empty message)"
        return "\n".join(f"  {line}" if i else f"🤖 {line}" for i, line in enumerate(body.split("\n")))

    def print_new(self) -> None:
        """Print what changed since the last call: new, edited or deleted bot messages."""
        for name, user in self.users.items():
            if name != self.active:
                self._notify_other(name, user)
                continue
            for message in user.messages:
                key = (user.user_id, message.message_id)
                state = (message.edited, message.deleted)
                previous = self._printed.get(key)
                if previous == state:
                    continue
                self._printed[key] = state
                if previous is None:
                    if not message.deleted:
                        self.write(self.render(message))
                elif message.deleted and not previous[1]:
                    self.write(f"🗑  (the bot deleted a message: {message.text[:40]!r})")
                elif message.edited != previous[0] and not message.deleted:
                    self.write("✏️  (edited)\n" + self.render(message))
            answers = user.answered_callbacks
            start = self._answers_printed.get(user.user_id, 0)
            for answer in answers[start:]:
                if answer.text:
                    self.write(("⚠️  " if answer.show_alert else "💬 ") + answer.text)
            self._answers_printed[user.user_id] = len(answers)

    def _notify_other(self, name: str, user: SandboxUser) -> None:
        unseen = [
            m for m in user.messages if not m.deleted and (user.user_id, m.message_id) not in self._printed
        ]
        if len(unseen) > self._notified.get(user.user_id, 0):
            self.write(f"🔔 {name} has {len(unseen)} unread message(s) — type /as {name} to read")
        self._notified[user.user_id] = len(unseen)

    def activity(self) -> int:
        total = 0
        for user in self.users.values():
            total += len(user.answered_callbacks)
            for message in user.messages:
                total += 1 + message.edited + int(message.deleted)
        return total

    # -- actions -----------------------------------------------------------------------------
    def latest_with_buttons(self) -> SandboxMessage | None:
        for message in reversed(self.user.messages):
            if not message.deleted and message.flat_buttons:
                return message
        return None

    async def handle(self, line: str) -> bool:
        """Process one input line; False when the chat should end."""
        text = line.strip()
        if not text:
            self.print_new()
            return True
        word, _, rest = text.partition(" ")
        command = word.lower()
        if command in _TERMINAL_COMMANDS:
            return await self.terminal_command(command, rest.strip())
        if text.isdigit():
            message = self.latest_with_buttons()
            index = int(text) - 1
            if message is not None and 0 <= index < len(message.flat_buttons):
                button = message.flat_buttons[index]
                self.write(f"(pressing [{text}] {button.text})")
                if button.value and re.match(r"^(https?|tg)://", button.value):
                    self.write(f"(a link button: open {button.value} in a browser)")
                    return True
                await self.act(self.user.press(message, index))
                return True
            if message is not None:
                self.write(
                    f"(no button [{text}]; the latest buttons go from 1 to {len(message.flat_buttons)}; "
                    f"to send {text} as a message, type /say {text})"
                )
                return True
        await self.act(self.user.send_text(text))
        return True

    async def terminal_command(self, command: str, arg: str) -> bool:
        if command == "/quit":
            return False
        if command == "/?":
            self.write(_HELP.format(names=", ".join(self.users)))
        elif command == "/whoami":
            self.write(f"You are {self.describe(self.active)}. Personas: {', '.join(self.users)}")
        elif command == "/as":
            matches = [name for name in self.users if name == arg] or [
                name for name in self.users if arg and name.startswith(arg.lower())
            ]
            if len(matches) != 1:
                self.write(f"Usage: /as NAME, where NAME is one of: {', '.join(self.users)}")
            else:
                self.active = matches[0]
                self.write(f"Now chatting as {self.describe(self.active)}")
                self.print_new()
        elif command == "/say":
            if arg:
                await self.act(self.user.send_text(arg))
        elif command == "/sticker":
            await self.act(self.user.send_sticker())
        elif command == "/voice":
            await self.act(self.user.send_voice())
        elif command == "/photo":
            await self.act(self.user.send_photo(caption=arg or None))
        elif command == "/upload":
            loaded = await asyncio.to_thread(_read_upload, arg)
            if loaded is None:
                self.write(f"Usage: /upload PATH (no file at {arg!r})")
            else:
                await self.act(self.user.send_document(loaded[1], loaded[0]))
        return True

    async def act(self, action: Any) -> None:
        """Run a user action, then wait for the bot to react and print what it did."""
        before = self.activity()
        await action
        try:
            await self.sandbox.wait_until(lambda: self.activity() > before, self.reply_timeout, "a reply")
        except SandboxTimeout:
            self.print_new()
            self.write(f"(no reply from the bot within {self.reply_timeout:g}s)")
            return
        await self.sandbox.wait_for_idle(quiet=self.settle, timeout=self.reply_timeout)
        self.print_new()

    async def watch(self) -> None:
        """Print messages that arrive on their own (reminders, notifications)."""
        while True:
            changed = functools.partial(_differs, self.activity, self.activity())
            try:
                await self.sandbox.wait_until(changed, 3600.0, "activity")
            except SandboxTimeout:
                await asyncio.sleep(0.5)  # the sandbox is stopping
                continue
            await self.sandbox.wait_for_idle(quiet=self.settle, timeout=self.reply_timeout)
            self.print_new()


def _differs(current: Callable[[], int], before: int) -> bool:
    return current() != before


def _read_upload(arg: str) -> tuple[str, bytes] | None:
    path = Path(arg).expanduser()
    if not arg or not path.is_file():
        return None
    return path.name, path.read_bytes()


def _display_path(path: Path) -> str:
    """The path relative to the working directory when it is below it, else absolute."""
    with contextlib.suppress(ValueError):
        relative = os.path.relpath(path)
        if not relative.startswith(".."):
            return relative
    return str(path.resolve())


async def run_terminal_chat(
    sandbox: SandboxServer,
    personas: Mapping[str, Persona | Mapping[str, Any]],
    *,
    input_stream: TextIO | None = None,
    output_stream: TextIO | None = None,
    initial: str = "entrepreneur",
    download_dir: Path | str = DEFAULT_DOWNLOAD_DIR,
    reply_timeout: float = 5.0,
    settle: float = 0.3,
) -> None:
    """Chat with the bot from a terminal (or any pair of text streams) until ``/quit`` or EOF.

    ``personas`` maps a name to a :class:`Persona` or to keyword arguments of
    :meth:`SandboxServer.user` (``user_id``, ``first_name``, ``language_code``, ``username``).
    After each line the chat waits up to ``reply_timeout`` seconds for the bot to react, then
    until nothing changed for ``settle`` seconds, and prints the result.
    """
    output = output_stream if output_stream is not None else sys.stdout
    source = input_stream if input_stream is not None else sys.stdin
    chat = _TerminalChat(
        sandbox,
        personas,
        output=output,
        initial=initial,
        download_dir=Path(download_dir),
        reply_timeout=reply_timeout,
        settle=settle,
        show_prompt=bool(getattr(output, "isatty", lambda: False)()),
    )
    chat.write(
        f"Chatting with @{sandbox.bot_username} through the sandbox. "
        f"You are {chat.describe(chat.active)}.\n"
        f"Type a message, a number to press a button, /as NAME to switch ({', '.join(chat.users)}), "
        "/? for help, /quit to leave."
    )
    chat.print_new()
    reader = _LineReader(source, asyncio.get_running_loop())
    watcher = asyncio.create_task(chat.watch(), name="sandbox-terminal-watch")
    try:
        while True:
            if chat.show_prompt:
                output.write(chat.prompt())
                output.flush()
                chat._at_prompt = True
            line = await reader.readline()
            chat._at_prompt = False
            if line is None:
                break
            if not await chat.handle(line):
                break
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher
        reader.close()
        chat.print_new()
        chat.write("Bye.")
