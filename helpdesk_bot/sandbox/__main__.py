"""Run the sandbox Bot API server alone: ``python -m helpdesk_bot.sandbox --port N``.

The first line printed on stdout is the API URL (useful with ``--port 0``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

from .faults import FaultConfig
from .server import SandboxServer


def build_parser() -> argparse.ArgumentParser:
    """Command-line options."""
    parser = argparse.ArgumentParser(prog="python -m helpdesk_bot.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8081, help="port (0 = any free port)")
    parser.add_argument("--token", default="123456:TEST", help="bot token the server accepts")
    parser.add_argument("--bot-username", default="helpdesk_sandbox_bot")
    parser.add_argument(
        "--global-rate", type=float, default=None, help="messages/s across all chats (429 above)"
    )
    parser.add_argument("--per-chat-limit", action="store_true", help="1 message/s per chat (429 above)")
    parser.add_argument("--error-rate", type=float, default=0.0, help="share of 502 answers to send methods")
    parser.add_argument("--seed", type=int, default=0, help="seed for the 502 choice")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every answer")
    parser.add_argument(
        "--blocked", type=int, action="append", default=[], help="user id who blocked the bot"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    return parser


async def serve(args: argparse.Namespace) -> None:
    """Start the server and run until SIGINT/SIGTERM."""
    faults = FaultConfig(
        global_rate_limit=args.global_rate,
        per_chat_limit=args.per_chat_limit,
        blocked_user_ids=set(args.blocked),
        error_rate=args.error_rate,
        seed=args.seed,
        latency=args.latency,
    )
    sandbox = SandboxServer(
        token=args.token, bot_username=args.bot_username, faults=faults, host=args.host, port=args.port
    )
    await sandbox.start()
    print(sandbox.api_url, flush=True)
    print(
        f"Sandbox Bot API for token {args.token!r}: bot calls {sandbox.api_url}/bot<token>/<method>; "
        f"control API under {sandbox.api_url}/sandbox/",
        file=sys.stderr,
        flush=True,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await sandbox.stop()


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
