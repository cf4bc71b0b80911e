"""Retry delays of failed sends: doubling from the base, jittered, capped."""

from datetime import UTC, datetime

from helpdesk_bot.broadcasts.dispatcher import Dispatcher
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
