"""The bot's sending side for ``benchmarks/broadcast.py``: a dispatcher built by the composition root.

Kept apart from the benchmark (which also runs the sandbox) so that a restarted worker imports only
what the bot itself imports: its start-up time is part of what the kill-and-restart phase measures.
Configured by the same ``HELPDESK_*`` variables as ``helpdesk-bot run``; wakes the dispatcher every
``HELPDESK_DISPATCHER_INTERVAL_SECONDS`` until SIGTERM (or SIGKILL).
"""

from __future__ import annotations

import asyncio
import gc
import signal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from helpdesk_bot.bootstrap import build_services
from helpdesk_bot.config import load_settings


async def worker_main() -> int:
    """Wake the dispatcher until SIGTERM."""
    settings = load_settings()
    services = build_services(settings)
    gc.collect()
    gc.freeze()  # the modules and catalogs loaded at start are long-lived: no need to scan them again
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    try:
        while not stop.is_set():
            await services.dispatcher.wake()
            try:
                await asyncio.wait_for(stop.wait(), settings.dispatcher_interval_seconds)
            except TimeoutError:
                pass
    finally:
        await services.close()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(worker_main()))
