"""A line-based terminal chat with the bot through the sandbox (used by ``helpdesk-bot demo``).

Each persona (entrepreneur, advisor, staff...) is a different Telegram user.  The terminal shows
new bot messages, each numbered (``🤖 #3 ...``; HTML already turned into plain text, buttons as
``[3.1] Accept  [3.2] Decline``, documents saved to disk) and reads one line at a time:

* text is sent as a message (``/start``, ``/help``... go to the bot as commands);
* a number presses that button of the latest message with buttons, ``3.2`` button 2 of message #3
  (any earlier message whose buttons are still there; ``/buttons`` lists them);
* ``/reply 3 TEXT`` sends TEXT as a reply to message #3 (when the bot says "reply to this message");
* ``/commands`` shows the command menu the bot set for this persona (language and scope);
* ``/as NAME`` switches persona, ``/whoami`` tells who you are, ``/quit`` (or end of input) ends;
* ``/say TEXT`` sends TEXT literally (e.g. a number), ``/sticker``, ``/voice``, ``/photo [caption]``
  and ``/upload PATH`` send other kinds of messages, ``/?`` lists these commands.

An edited message is shown as one short line with what changed (and its buttons), not in full again.
Reading the input happens in a daemon thread, so the event loop (and the bot) keep running.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import re
import sys
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from .line_reader import LineReader
from .models import SandboxMessage, SandboxTimeout
from .server import SandboxServer
from .terminal_transcript import Transcript, activity
from .terminal_view import HELP, buttons_listing, commands_listing
from .users import SandboxUser

__all__ = ["Persona", "run_terminal_chat"]

DEFAULT_DOWNLOAD_DIR = Path("var/demo/downloads")

_TERMINAL_COMMANDS = ("/as", "/whoami", "/quit", "/say", "/sticker", "/voice", "/photo", "/upload", "/?",
                      "/buttons", "/reply", "/commands")

_PRESS = re.compile(r"^(?:#?(\d+)\.)?(\d+)$")
"""``2`` (button 2 of the latest message with buttons) or ``3.2`` (button 2 of message #3)."""

LanguageOf = Callable[[int], Awaitable[str | None]]
"""The language the bot speaks with a Telegram user (None when it does not know them yet)."""


@dataclass(frozen=True)
class Persona:
    """Arguments of :meth:`SandboxServer.user` for one persona of the terminal chat."""

    user_id: int
    first_name: str
    language_code: str | None = "en"
    username: str | None = None
    last_name: str | None = None


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
        language_of: LanguageOf | None = None,
    ) -> None:
        if not personas:
            raise ValueError("at least one persona is needed")
        self.sandbox = sandbox
        self.output = output
        self.reply_timeout = reply_timeout
        self.settle = settle
        self.show_prompt = show_prompt
        self.language_of = language_of
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
        self.languages: dict[int, str] = {}
        """The bot's language for each persona, as last looked up (``language_of``)."""
        self.transcript = Transcript(download_dir)
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
        language = self.languages.get(self.user.user_id)
        return f"{self.active} ({language})> " if language else f"{self.active}> "

    def describe(self, name: str) -> str:
        user = self.users[name]
        language = self.languages.get(user.user_id)
        if language:
            speaks = f", the bot speaks {language} with you"
        else:
            speaks = f", language {user.language_code}" if user.language_code else ""
        return f"{name}: {user.first_name} (Telegram id {user.user_id}{speaks})"

    async def refresh_language(self) -> None:
        """Look up the bot's language of the active persona (it changes with /language or onboarding)."""
        if self.language_of is None:
            return
        found = await self.language_of(self.user.user_id)
        if found:
            self.languages[self.user.user_id] = found

    def message_numbered(self, number: int) -> SandboxMessage | None:
        """The active persona's bot message shown as ``#number`` (None if there is none)."""
        return self.transcript.message_numbered(self.user, number)

    def print_new(self) -> None:
        """Print what changed since the last call: new, edited or deleted bot messages, answers to presses."""
        for line in self.transcript.changes(self.users, self.active):
            self.write(line)

    def activity(self) -> int:
        """A number that grows with everything the bot does in the personas' chats."""
        return activity(self.users.values())

    # -- actions -----------------------------------------------------------------------------
    def latest_with_buttons(self) -> SandboxMessage | None:
        for message in reversed(self.user.messages):
            if not message.deleted and message.flat_buttons:
                return message
        return None

    def with_buttons(self) -> list[SandboxMessage]:
        """The active persona's shown messages whose buttons can still be pressed, oldest first."""
        return [m for m in self.user.messages
                if not m.deleted and m.flat_buttons and self.transcript.is_shown(self.user, m)]

    async def press(self, spec: str, message_number: str | None, button_number: str) -> None:
        """Press ``M.N`` (or ``N`` of the latest message with buttons)."""
        if message_number is None:
            message = self.latest_with_buttons()
            if message is None:
                await self.act(self.user.send_text(spec))
                return
        else:
            message = self.message_numbered(int(message_number))
            if message is None or message.deleted or not message.flat_buttons:
                self.write(f"(message #{message_number} has no buttons to press; /buttons lists those that do)")
                return
        number = self.transcript.number(self.user, message)
        index = int(button_number) - 1
        if not 0 <= index < len(message.flat_buttons):
            self.write(
                f"(no button [{number}.{button_number}]; message #{number} has buttons 1 to "
                f"{len(message.flat_buttons)}; to send {spec} as a message, type /say {spec})"
            )
            return
        button = message.flat_buttons[index]
        self.write(f"(pressing [{number}.{button_number}] {button.text})")
        if button.value and re.match(r"^(https?|tg)://", button.value):
            self.write(f"(a link button: open {button.value} in a browser)")
            return
        await self.act(self.user.press(message, index))

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
        pressed = _PRESS.match(text)
        if pressed:
            await self.press(text, pressed.group(1), pressed.group(2))
            return True
        await self.act(self.user.send_text(text))
        return True

    def list_buttons(self) -> None:
        found = [(self.transcript.number(self.user, m), m) for m in self.with_buttons()]
        self.write(buttons_listing(found) if found else "(no message with buttons)")

    def list_commands(self) -> None:
        menu = self.sandbox.commands_for(self.user)
        self.write(commands_listing(menu) if menu else "(the bot has set no command menu for you)")

    async def reply(self, arg: str) -> None:
        number, _, text = arg.partition(" ")
        target = self.message_numbered(int(number.lstrip("#"))) if number.lstrip("#").isdigit() else None
        if target is None or not text.strip():
            self.write("Usage: /reply M TEXT, where M is the number of a message shown as #M")
            return
        await self.act(self.user.send_text(text.strip(), reply_to=target))

    async def terminal_command(self, command: str, arg: str) -> bool:
        if command == "/quit":
            return False
        if command == "/?":
            self.write(HELP.format(names=", ".join(self.users)))
        elif command == "/whoami":
            await self.refresh_language()
            self.write(f"You are {self.describe(self.active)}. Personas: {', '.join(self.users)}")
        elif command == "/as":
            matches = [name for name in self.users if name == arg] or [
                name for name in self.users if arg and name.startswith(arg.lower())
            ]
            if len(matches) != 1:
                self.write(f"Usage: /as NAME, where NAME is one of: {', '.join(self.users)}")
            else:
                self.active = matches[0]
                await self.refresh_language()
                self.write(f"Now chatting as {self.describe(self.active)}")
                self.print_new()
        elif command == "/buttons":
            self.list_buttons()
        elif command == "/commands":
            self.list_commands()
        elif command == "/reply":
            await self.reply(arg)
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
        await self.refresh_language()
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
    language_of: LanguageOf | None = None,
) -> None:
    """Chat with the bot from a terminal (or any pair of text streams) until ``/quit`` or EOF.

    ``personas`` maps a name to a :class:`Persona` or to keyword arguments of
    :meth:`SandboxServer.user` (``user_id``, ``first_name``, ``language_code``, ``username``).
    After each line the chat waits up to ``reply_timeout`` seconds for the bot to react, then
    until nothing changed for ``settle`` seconds, and prints the result. ``language_of`` (the bot's
    language for a user id) lets the prompt and ``/whoami`` show the language the bot speaks.
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
        language_of=language_of,
    )
    await chat.refresh_language()
    chat.write(
        f"Chatting with @{sandbox.bot_username} through the sandbox. "
        f"You are {chat.describe(chat.active)}.\n"
        f"Type a message, a number to press a button (3.2: button 2 of message #3), /as NAME to switch "
        f"({', '.join(chat.users)}), /? for the terminal's commands (/buttons, /reply, /commands), /quit to leave."
    )
    chat.print_new()
    reader = LineReader(source, asyncio.get_running_loop())
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
