"""Rasa's in-memory tracker store, with conversations forgotten after a spell of silence.

Conversation text never goes to disk, and memory stays flat however many
conversations come and go. Each conversation is kept as its list of Rasa event objects rather than
Rasa's JSON text, and only its last session is rebuilt when Rasa asks for it, so a turn does not
serialise, parse and replay the whole conversation several times (measured in docs/performance.md). ``endpoints.yml``::

    tracker_store:
      type: bot.rasa_addons.tracker_store.ExpiringInMemoryTrackerStore
      idle_seconds: 1800
"""

from __future__ import annotations

import time
from typing import Any, Dict, Optional, Sequence, Text

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.constants import ACTION_SESSION_START_NAME
from rasa.shared.core.conversation import Dialogue
from rasa.shared.core.events import ActionExecuted, Event
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
        """Rebuild a tracker from kept events."""
        tracker = self.init_tracker(sender_id)
        tracker.recreate_from_dialogue(Dialogue(sender_id, list(events)))
        return tracker

    @staticmethod
    def last_session(events: Sequence[Event]) -> Sequence[Event]:
        """The events of the last conversation session: Rasa starts each with ``action_session_start``."""
        for index in range(len(events) - 1, -1, -1):
            event = events[index]
            if isinstance(event, ActionExecuted) and event.action_name == ACTION_SESSION_START_NAME:
                return events[index:]
        return events

    async def _retrieve(self, sender_id: Text, fetch_all_sessions: bool) -> Optional[DialogueStateTracker]:
        if sender_id in self.store and self._expired(sender_id, self._clock()):
            self._forget(sender_id)
        events = self.store.get(sender_id)
        if events is None:
            return None
        return self.deserialise_tracker(sender_id, events if fetch_all_sessions else self.last_session(events))

    async def stream_events(self, tracker: DialogueStateTracker) -> None:
        """Hand the event broker the events that are new since the last save (as Rasa does, without
        rebuilding the saved conversation to count them)."""
        if self.event_broker is None:
            return
        saved = self.store.get(tracker.sender_id)
        if saved is not None and self._expired(tracker.sender_id, self._clock()):
            saved = None
        new_events = list(tracker.events)[len(self.last_session(saved)) if saved else 0:]
        await self._stream_new_events(self.event_broker, new_events, tracker.sender_id)
