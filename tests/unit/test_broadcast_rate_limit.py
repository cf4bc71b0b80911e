"""The dispatcher's rate limiter: a 1-second window never holds more than ``rate`` requests."""

from helpdesk_bot.broadcasts.rate_limit import MIN_SLEEP, RateLimiter


class _Time:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_window_counts_requests_until_a_second_after_their_answer() -> None:
    clock = _Time()
    limiter = RateLimiter(10, per_chat_interval=1.0, monotonic=clock, burst=10)
    for chat in range(10):  # ten requests go out (paced by the bucket) and hang
        while (wait := limiter.try_acquire(chat)) > 0:
            clock.now += max(wait, MIN_SLEEP)
    clock.now += 5.0  # plenty of tokens now, but ten requests are still on the way
    assert limiter.try_acquire(10) > 0
    answered = clock.now
    for chat in range(10):
        limiter.sent_to(chat)
    # they may have reached Telegram just now: nothing more until a second after their answers
    clock.now = answered + 0.99
    assert limiter.try_acquire(10) > 0
    clock.now = answered + 1.0
    assert limiter.try_acquire(10) == 0


def test_per_chat_interval_counts_from_the_answer() -> None:
    clock = _Time()
    limiter = RateLimiter(100, per_chat_interval=1.0, monotonic=clock)
    assert limiter.try_acquire(7) == 0
    clock.now += 0.5
    limiter.sent_to(7)
    assert limiter.chat_ready_in(7) == 1.0
    assert limiter.try_acquire(8) == 0  # other chats are not held up
    limiter.sent_to(8)
    clock.now += 1.0
    assert limiter.try_acquire(7) == 0


def test_an_undelivered_send_leaves_its_chat_free() -> None:
    clock = _Time()
    limiter = RateLimiter(100, per_chat_interval=1.0, monotonic=clock)
    assert limiter.try_acquire(7) == 0
    clock.now += 0.2
    limiter.sent_to(7, delivered=False)  # a 502: nothing reached the chat
    assert limiter.chat_ready_in(7) == 0
    assert limiter.try_acquire(7) == 0  # the retry need not wait a second (the backoff spaces it)


def test_an_undelivered_send_keeps_a_longer_hold_of_its_chat() -> None:
    clock = _Time()
    limiter = RateLimiter(100, per_chat_interval=1.0, monotonic=clock)
    assert limiter.try_acquire(7) == 0
    limiter.hold_chat(7, 30.0)  # Telegram asked to wait for this chat
    limiter.sent_to(7, delivered=False)
    assert limiter.chat_ready_in(7) == 30.0
