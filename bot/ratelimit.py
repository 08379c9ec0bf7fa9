"""Sliding-window rate limits, in memory and bounded in size, and who a request comes from (pure).

Usage::

    limiter = RateLimiter(max_messages=20, per_seconds=60)
    limiter.allow("sender-id")   # True until the 21st message within a minute

    proxies = trusted_networks(["10.0.0.0/8"])
    client_address("10.0.0.5", "203.0.113.7, 10.0.0.9", proxies)   # "203.0.113.7"
"""

from __future__ import annotations

import collections
import ipaddress
import time
from typing import Callable, Deque, Iterable, Optional, Sequence, Union

Network = Union[ipaddress.IPv4Network, ipaddress.IPv6Network]


class RateLimiter:
    """At most ``max_messages`` per ``per_seconds`` for each key (a sender id, a client address).

    Keys are kept in order of their last message; a key whose last message is older than the window is
    forgotten, so memory follows the traffic of the last ``per_seconds``, and never exceeds ``max_keys``.
    """

    def __init__(
        self,
        max_messages: int = 20,
        per_seconds: float = 60.0,
        max_keys: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.max_messages, self.per_seconds, self.max_keys = max_messages, per_seconds, max_keys
        self._clock = clock
        self._seen: "collections.OrderedDict[str, Deque[float]]" = collections.OrderedDict()

    def allow(self, key: str) -> bool:
        """Count one message from ``key``; False when it is over the limit (the message is not counted)."""
        now = self._clock()
        times = self._seen.pop(key, None) or collections.deque()
        while times and now - times[0] > self.per_seconds:
            times.popleft()
        allowed = len(times) < self.max_messages
        if allowed:
            times.append(now)
        while self._seen:  # the least recently active first: drop those with nothing in the window
            oldest = next(iter(self._seen.values()))
            if len(self._seen) < self.max_keys and oldest and now - oldest[-1] <= self.per_seconds:
                break
            self._seen.popitem(last=False)
        self._seen[key] = times
        return allowed

    def __len__(self) -> int:
        return len(self._seen)


def trusted_networks(entries: Optional[Iterable[str]]) -> Sequence[Network]:
    """Addresses or networks of the reverse proxies in front of the server (``10.0.0.2``, ``10.0.0.0/8``)."""
    return tuple(ipaddress.ip_network(str(entry).strip(), strict=False) for entry in entries or ())


def _trusted(address: str, proxies: Sequence[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in proxies)


def client_address(peer: str, forwarded_for: Optional[str], proxies: Sequence[Network]) -> str:
    """The address a request comes from, for the per-client limit.

    The peer, unless the peer is a trusted proxy: then the first hop in ``X-Forwarded-For``, counting from
    the server, that is not a trusted proxy. Each proxy appends the address it saw, so everything to the
    left of that hop was written by the client and proves nothing; a client that sends its own header
    cannot change which limit it counts against.
    """
    hops = [peer]
    if forwarded_for and _trusted(peer, proxies):
        hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()] + hops
    for hop in reversed(hops):
        if not _trusted(hop, proxies):
            return hop
    return hops[0]
