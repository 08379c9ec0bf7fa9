"""The per-sender rate limit (bot/ratelimit.py)."""

from bot.ratelimit import RateLimiter


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def test_a_sender_over_the_limit_is_refused_until_the_window_passes():
    clock = Clock()
    limiter = RateLimiter(max_messages=3, per_seconds=10, clock=clock)
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limiter.allow("b")  # other senders are not affected
    clock.now = 10.5
    assert limiter.allow("a")


def test_memory_is_bounded_by_dropping_the_oldest_senders():
    limiter = RateLimiter(max_messages=1, per_seconds=60, max_senders=100)
    for n in range(1000):
        limiter.allow(f"sender-{n}")
    assert len(limiter) == 100
