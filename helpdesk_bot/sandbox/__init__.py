"""Local Telegram Bot API sandbox: a fake Bot API server, simulated users and a terminal chat.

Used by the tests, ``helpdesk-bot demo`` and the benchmarks.  In short::

    sandbox = SandboxServer(token="123456:TEST", bot_username="helpdesk_sandbox_bot", faults=FaultConfig())
    await sandbox.start()                      # 127.0.0.1, free port; sandbox.api_url
    app = (ApplicationBuilder().token(sandbox.token)
           .base_url(f"{sandbox.api_url}/bot").base_file_url(f"{sandbox.api_url}/file/bot").build())
    user = sandbox.user(1001, first_name="Ana", language_code="sl")
    await user.send_command("start", "event-5")
    reply = await user.wait_for_message()      # SandboxMessage: .text .buttons .document .edited ...
    await user.press(reply, "Accept")
    sandbox.sent_log, sandbox.stats(), sandbox.commands("sl"), sandbox.unknown_methods
    await sandbox.stop()

Other processes use the JSON control API under ``/sandbox/`` (see :mod:`.control`,
:class:`SandboxControlClient`); ``python -m helpdesk_bot.sandbox --port N`` runs the server
alone; :func:`helpdesk_bot.sandbox.terminal.run_terminal_chat` is the demo's chat.
"""

from .control import SandboxControlClient
from .faults import FaultConfig
from .models import (
    ApiCall,
    Button,
    CallbackAnswer,
    SandboxFile,
    SandboxMessage,
    SandboxTimeout,
    SendStats,
    SentRecord,
)
from .server import SandboxServer, WebhookDelivery
from .users import SandboxUser

__all__ = [
    "ApiCall",
    "Button",
    "CallbackAnswer",
    "FaultConfig",
    "SandboxControlClient",
    "SandboxFile",
    "SandboxMessage",
    "SandboxServer",
    "SandboxTimeout",
    "SandboxUser",
    "SendStats",
    "SentRecord",
    "WebhookDelivery",
]
