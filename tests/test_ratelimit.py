"""Rate limits and client addresses (bot/ratelimit.py)."""

import pytest

from bot.ratelimit import RateLimiter, client_address, trusted_networks


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


def test_memory_is_bounded_by_dropping_the_least_recently_active():
    limiter = RateLimiter(max_messages=1, per_seconds=60, max_keys=100)
    for n in range(1000):
        limiter.allow(f"sender-{n}")
    assert len(limiter) == 100
    assert not limiter.allow("sender-999")  # the most recent are the ones kept


def test_keys_with_nothing_in_the_window_are_forgotten():
    clock = Clock()
    limiter = RateLimiter(max_messages=5, per_seconds=60, clock=clock)
    for n in range(50):
        clock.now = n * 10.0
        limiter.allow(f"sender-{n}")
    assert len(limiter) == 7  # those of the last 60 s, and the one just counted


PROXIES = trusted_networks(["10.0.0.0/8", "192.168.1.1"])


@pytest.mark.parametrize(
    "peer, forwarded_for, client",
    [
        ("203.0.113.9", None, "203.0.113.9"),
        ("203.0.113.9", "198.51.100.1", "203.0.113.9"),  # not a proxy we trust: its header means nothing
        ("10.1.2.3", None, "10.1.2.3"),
        ("10.1.2.3", "198.51.100.1", "198.51.100.1"),
        ("10.1.2.3", "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # the client wrote 6.6.6.6
        ("10.1.2.3", "198.51.100.1, 192.168.1.1", "198.51.100.1"),  # two proxies of ours
        ("10.1.2.3", "10.9.9.9", "10.9.9.9"),  # only proxies: the furthest
        ("10.1.2.3", "garbage, 198.51.100.1", "198.51.100.1"),
        ("10.1.2.3", "198.51.100.1, garbage", "garbage"),
        ("::1", "2001:db8::1", "::1"),
    ],
)
def test_the_client_is_the_peer_or_the_first_hop_not_ours(peer, forwarded_for, client):
    assert client_address(peer, forwarded_for, PROXIES) == client


def test_a_bad_proxy_entry_fails_at_start():
    with pytest.raises(ValueError):
        trusted_networks(["not-an-address"])
