"""A per-sender sliding-window rate limit, in memory, bounded in size (pure).

Usage::

    limiter = RateLimiter(max_messages=20, per_seconds=60)
    limiter.allow("sender-id")   # True until the 21st message within a minute
"""

from __future__ import annotations

import collections
import time
from typing import Callable, Deque


class RateLimiter:
    def __init__(self, max_messages: int = 20, per_seconds: float = 60.0, max_senders: int = 100_000,
                 clock: Callable[[], float] = time.monotonic):
        self.max_messages, self.per_seconds, self.max_senders = max_messages, per_seconds, max_senders
        self._clock = clock
        self._seen: "collections.OrderedDict[str, Deque[float]]" = collections.OrderedDict()

    def allow(self, sender: str) -> bool:
        """Count one message from ``sender``; False when it is over the limit (the message is not counted)."""
        now = self._clock()
        times = self._seen.pop(sender, None) or collections.deque()
        while times and now - times[0] > self.per_seconds:
            times.popleft()
        allowed = len(times) < self.max_messages
        if allowed:
            times.append(now)
        self._seen[sender] = times  # most recent last, so the oldest senders are dropped first
        while len(self._seen) > self.max_senders:
            self._seen.popitem(last=False)
        return allowed

    def __len__(self) -> int:
        return len(self._seen)
