"""Rasa's in-memory tracker store, with conversations forgotten after a spell of silence.

Conversation text never goes to disk, and memory stays flat however many
conversations come and go. Each conversation is kept as its list of Rasa event objects rather than
Rasa's JSON text, so a turn does not serialise and parse the whole conversation twice (measured in
docs/performance.md). ``endpoints.yml``::

    tracker_store:
      type: bot.rasa_addons.tracker_store.ExpiringInMemoryTrackerStore
      idle_seconds: 1800
"""

from __future__ import annotations

import time
from typing import Any, Dict, Optional, Sequence, Text

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.conversation import Dialogue
from rasa.shared.core.events import Event
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

DEFAULT_IDLE_SECONDS = 1800
SWEEP_EVERY_SECONDS = 30


class ExpiringInMemoryTrackerStore(InMemoryTrackerStore):
    def __init__(
        self,
        domain: Domain,
        event_broker: Optional[EventBroker] = None,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        clock=time.monotonic,
        **kwargs: Any,
    ) -> None:
        kwargs.pop("host", None)
        super().__init__(domain, event_broker, **kwargs)
        self.idle_seconds = float(idle_seconds)
        self._clock = clock
        self._touched: Dict[Text, float] = {}
        self._last_sweep = clock()

    def _expired(self, sender_id: Text, now: float) -> bool:
        return now - self._touched.get(sender_id, now) > self.idle_seconds

    def _forget(self, sender_id: Text) -> None:
        self.store.pop(sender_id, None)
        self._touched.pop(sender_id, None)

    def forget_idle(self) -> int:
        """Drop every conversation idle for longer than ``idle_seconds``; return how many."""
        now = self._clock()
        self._last_sweep = now
        idle = [sender for sender in list(self.store) if self._expired(sender, now)]
        for sender in idle:
            self._forget(sender)
        return len(idle)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        # Events are never changed once made, so the tracker's own event objects can be kept.
        self.store[tracker.sender_id] = tuple(tracker.events)
        now = self._clock()
        self._touched[tracker.sender_id] = now
        if now - self._last_sweep > SWEEP_EVERY_SECONDS:
            self.forget_idle()

    def deserialise_tracker(self, sender_id: Text, events: Sequence[Event]) -> Optional[DialogueStateTracker]:
        """Rebuild a tracker from the kept events (Rasa's ``_retrieve`` then picks the last session)."""
        tracker = self.init_tracker(sender_id)
        tracker.recreate_from_dialogue(Dialogue(sender_id, list(events)))
        return tracker

    async def _retrieve(self, sender_id: Text, fetch_all_sessions: bool) -> Optional[DialogueStateTracker]:
        if sender_id in self.store and self._expired(sender_id, self._clock()):
            self._forget(sender_id)
        return await super()._retrieve(sender_id, fetch_all_sessions)
