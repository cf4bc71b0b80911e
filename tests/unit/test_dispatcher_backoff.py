"""Retry delays of failed sends: doubling from the base, jittered, capped."""

from datetime import UTC, datetime

from markupsafe import Markup

from helpdesk_bot.broadcasts.delivery import RenderedMessage
from helpdesk_bot.broadcasts.dispatcher import Dispatcher, DispatchStats, SendOutcomes
from helpdesk_bot.broadcasts.outbox import ClaimedMessage
from helpdesk_bot.clock import ManualClock
from tests.fakes import FakeSender


def _dispatcher(**kwargs: object) -> Dispatcher:
    return Dispatcher(None, FakeSender(), {}, None, ManualClock(datetime(2026, 11, 22, tzinfo=UTC)),  # type: ignore[arg-type]
                      **kwargs)  # type: ignore[arg-type]


def test_backoff_doubles_from_the_base_with_jitter() -> None:
    dispatcher = _dispatcher(retry_base=0.5)
    for attempts, nominal in ((1, 0.5), (2, 1.0), (3, 2.0), (7, 32.0)):
        delays = [dispatcher.backoff(attempts) for _ in range(200)]
        assert all(0.8 * nominal <= d <= 1.2 * nominal for d in delays)
        assert max(delays) - min(delays) > 0.1 * nominal  # jittered, not all the same


def test_backoff_is_capped_at_five_minutes() -> None:
    dispatcher = _dispatcher(retry_base=10.0)
    assert all(d <= 300.0 for d in (dispatcher.backoff(20) for _ in range(100)))


def test_default_tries_span_about_a_minute() -> None:
    dispatcher = _dispatcher()
    nominal = sum(dispatcher.retry_base * 2 ** (a - 1) for a in range(1, dispatcher.max_attempts))
    assert 30 <= nominal <= 120


async def test_a_failed_send_frees_its_chat_only_when_it_surely_did_not_arrive() -> None:

    sender = FakeSender(behaviour={1: "transient", 2: "timeout"})
    dispatcher = Dispatcher(None, sender, {"echo": _echo}, None,  # type: ignore[arg-type]
                            ManualClock(datetime(2026, 11, 22, tzinfo=UTC)), per_chat_interval=1.0)
    for chat in (1, 2):
        claimed = ClaimedMessage(id=chat, kind="echo", recipient_telegram_id=chat, args={}, attempts=1,
                                 broadcast_id=None, dedup_key=f"k{chat}")
        assert await dispatcher._send_one(claimed, None, SendOutcomes(), DispatchStats())
    assert dispatcher.limiter.chat_ready_in(1) == 0  # a 5xx answer: nothing arrived, retry when backoff says
    assert dispatcher.limiter.chat_ready_in(2) > 0.5  # a time-out: it may have arrived, the chat keeps its second


async def _echo(args: dict, recipient: object) -> RenderedMessage:
    return RenderedMessage(text=Markup("x"))
