"""Which messages the Rasa server works on now, which wait, and which it answers at once without Rasa (pure
asyncio, no Rasa).

Usage::

    gate = Gate(places=4, queue_seconds=3, max_in_flight=64, urgent_places=2, urgent_per_second=2)
    async with gate.turn(urgent=False) as admitted:
        if admitted:
            ...  # hand the message to Rasa
        else:
            ...  # answer without Rasa: "busy, try again", or the static crisis reply

Rasa works on every message in the one event loop that also reads and answers every request, and a turn
takes tens of milliseconds of it. So the gate bounds how many turns share that loop:

- At most ``places`` ordinary messages are worked on at once; the rest wait in arrival order, never longer
  than ``queue_seconds``, and one still waiting then is answered without Rasa. (Without a queue, a busy
  server made every answer wait behind every other one: docs/performance.md.)
- A message that reads as a crisis or emergency does not queue: it takes one of ``urgent_places`` kept for
  such messages, at most ``urgent_per_second`` of them a second. Past either, it gets the static safety
  reply at once (the same text), so a flood of crisis-looking messages cannot take the loop's time from a
  real one. A check-in's "Yes" is urgent too, but has no static reply: past either, it waits in the queue
  as an ordinary message (``or_wait``).
- At most ``max_in_flight`` messages are admitted at once (working and waiting, urgent or not); past that
  every further message is answered at once without Rasa.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import AsyncIterator, Callable, Optional


class Gate:
    def __init__(
        self,
        places: int = 4,
        queue_seconds: float = 3.0,
        max_in_flight: int = 64,
        urgent_places: int = 2,
        urgent_per_second: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.places, self.queue_seconds = int(places), float(queue_seconds)
        self.max_in_flight, self.urgent_places = int(max_in_flight), int(urgent_places)
        self.urgent_per_second = float(urgent_per_second)
        self.in_flight = 0
        self.urgent_in_rasa = 0
        self._clock = clock
        self._urgent_budget, self._budget_at = float(self.urgent_places), clock()
        self._queue: Optional[asyncio.Semaphore] = None

    def _urgent_allowed(self) -> bool:
        """A free urgent place, and the rate budget (a token bucket as deep as the places) allows one."""
        now = self._clock()
        self._urgent_budget = min(
            float(self.urgent_places), self._urgent_budget + (now - self._budget_at) * self.urgent_per_second
        )
        self._budget_at = now
        if self.urgent_in_rasa >= self.urgent_places or self._urgent_budget < 1:
            return False
        self._urgent_budget -= 1
        return True

    @contextlib.asynccontextmanager
    async def turn(self, urgent: bool = False, or_wait: bool = False) -> AsyncIterator[bool]:
        """Yield True once the message may go to Rasa, or False when it must be answered without: at once
        when the server is saturated, or after ``queue_seconds`` in the queue. ``or_wait``: an urgent message
        that has no static reply of its own (a check-in's "Yes") waits as an ordinary one when it finds no
        urgent place, rather than being turned away."""
        refused = self.in_flight >= self.max_in_flight
        if not refused and urgent and not self._urgent_allowed():
            urgent, refused = False, not or_wait
        if refused:
            yield False
            return
        if self._queue is None:  # made here, inside the server's event loop
            self._queue = asyncio.Semaphore(self.places)
        self.in_flight += 1
        placed = False
        try:
            if urgent:
                self.urgent_in_rasa += 1
            else:
                try:
                    if self._queue.locked():
                        await asyncio.wait_for(self._queue.acquire(), self.queue_seconds)
                    else:
                        await self._queue.acquire()  # a free place: no wait at all
                    placed = True
                except asyncio.TimeoutError:
                    pass  # waited long enough
            yield urgent or placed
        finally:
            self.in_flight -= 1
            if urgent:
                self.urgent_in_rasa -= 1
            if placed:
                self._queue.release()
