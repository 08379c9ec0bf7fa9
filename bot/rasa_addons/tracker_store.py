"""Rasa's in-memory tracker store, with conversations forgotten after a spell of silence, and bounded.

Conversation text never goes to disk, and memory stays bounded however many conversations come and go.
The least recently active conversation is forgotten first whenever there are more than
``max_conversations``, or they take more than ``max_megabytes`` (an estimate: see :func:`estimated_bytes`).
A conversation longer than ``max_events`` keeps only its last session, or starts afresh if that is still
too long.

Each conversation is kept as its list of Rasa event objects rather than Rasa's JSON text, and only its last
session is rebuilt when Rasa asks for it, so a turn does not serialise, parse and replay the whole
conversation several times (measured in docs/performance.md). ``endpoints.yml``::

    tracker_store:
      type: bot.rasa_addons.tracker_store.ExpiringInMemoryTrackerStore
      idle_seconds: 1800
      max_conversations: 10000
      max_events: 400
      max_megabytes: 64
"""

from __future__ import annotations

import json
import time
from typing import Any, Callable, Dict, Optional, Sequence, Text

from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.constants import ACTION_SESSION_START_NAME
from rasa.shared.core.conversation import Dialogue
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event
from rasa.shared.core.trackers import DialogueStateTracker

DEFAULT_IDLE_SECONDS = 1800
DEFAULT_MAX_CONVERSATIONS = 10_000
DEFAULT_MAX_EVENTS = 400
DEFAULT_MAX_MEGABYTES = 64
SWEEP_EVERY_SECONDS = 30
# Python's event objects take about 2.7 to 3.8 times the bytes of their JSON (measured with tracemalloc on
# whole conversations: short ones, full pathways, 2,000-character messages); rounded up, to be safe.
BYTES_PER_JSON_BYTE = 4


def estimated_bytes(events: Sequence[Event]) -> int:
    """About how much memory ``events`` hold as Python objects."""
    return BYTES_PER_JSON_BYTE * sum(len(json.dumps(event.as_dict(), default=str)) for event in events)


class ExpiringInMemoryTrackerStore(InMemoryTrackerStore):
    def __init__(
        self,
        domain: Domain,
        event_broker: Optional[EventBroker] = None,
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        max_conversations: int = DEFAULT_MAX_CONVERSATIONS,
        max_events: int = DEFAULT_MAX_EVENTS,
        max_megabytes: float = DEFAULT_MAX_MEGABYTES,
        clock: Callable[[], float] = time.monotonic,
        **kwargs: Any,
    ) -> None:
        kwargs.pop("host", None)
        super().__init__(domain, event_broker, **kwargs)
        self.idle_seconds = float(idle_seconds)
        self.max_conversations, self.max_events = int(max_conversations), int(max_events)
        self.max_bytes = int(float(max_megabytes) * 1_000_000)
        self._clock = clock
        self._touched: Dict[Text, float] = {}
        self._sizes: Dict[Text, int] = {}
        self.bytes = 0  # the estimated size of every conversation kept
        self._last_sweep = clock()

    def _expired(self, sender_id: Text, now: float) -> bool:
        return now - self._touched.get(sender_id, now) > self.idle_seconds

    def _forget(self, sender_id: Text) -> None:
        self.store.pop(sender_id, None)
        self._touched.pop(sender_id, None)
        self.bytes -= self._sizes.pop(sender_id, 0)

    def forget_idle(self) -> int:
        """Drop every conversation idle for longer than ``idle_seconds``; return how many."""
        now = self._clock()
        self._last_sweep = now
        idle = []
        for sender in self.store:  # least recently saved first
            if not self._expired(sender, now):
                break
            idle.append(sender)
        for sender in idle:
            self._forget(sender)
        return len(idle)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        sender_id = tracker.sender_id
        # Events are never changed once made, so the tracker's own event objects can be kept.
        events = tuple(tracker.events)
        if len(events) > self.max_events:
            events = tuple(self.last_session(events))
        saved, size = self.store.get(sender_id), self._sizes.get(sender_id, 0)
        if saved and len(events) >= len(saved) and events[len(saved) - 1] is saved[-1]:
            size += estimated_bytes(events[len(saved) :])  # the saved events, and new ones after them
        else:
            size = estimated_bytes(events)
        self._forget(sender_id)  # saved again below, as the most recent
        if len(events) > self.max_events:
            return  # too long even as one session: the next message starts a new conversation
        self.store[sender_id] = events
        self._sizes[sender_id] = size
        self.bytes += size
        now = self._clock()
        self._touched[sender_id] = now
        while len(self.store) > self.max_conversations or self.bytes > self.max_bytes:
            self._forget(next(iter(self.store)))
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
        return self.deserialise_tracker(
            sender_id, events if fetch_all_sessions else self.last_session(events)
        )

    async def stream_events(self, tracker: DialogueStateTracker) -> None:
        """Hand the event broker the events that are new since the last save (as Rasa does, without
        rebuilding the saved conversation to count them)."""
        if self.event_broker is None:
            return
        saved = self.store.get(tracker.sender_id)
        if saved is not None and self._expired(tracker.sender_id, self._clock()):
            saved = None
        new_events = list(tracker.events)[len(self.last_session(saved)) if saved else 0 :]
        await self._stream_new_events(self.event_broker, new_events, tracker.sender_id)
