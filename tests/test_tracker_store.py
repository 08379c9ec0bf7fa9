"""The expiring in-memory tracker store (bot/rasa_addons/tracker_store.py)."""

import asyncio

from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_addons.tracker_store import ExpiringInMemoryTrackerStore


class Clock:
    now = 0.0

    def __call__(self):
        return self.now


def run(coro):
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coro)
    finally:
        loop.close()


def test_conversations_are_forgotten_after_the_idle_time():
    clock = Clock()
    store = ExpiringInMemoryTrackerStore(Domain.empty(), idle_seconds=60, clock=clock)
    run(store.save(DialogueStateTracker("a", [])))
    clock.now = 30
    assert run(store.retrieve("a")) is not None
    clock.now = 100
    assert run(store.retrieve("a")) is None
    assert "a" not in store.store


def test_a_sweep_keeps_memory_flat_over_many_conversations():
    clock = Clock()
    store = ExpiringInMemoryTrackerStore(Domain.empty(), idle_seconds=60, clock=clock)
    for n in range(500):
        clock.now = n
        run(store.save(DialogueStateTracker(f"s{n}", [])))
    assert len(store.store) <= 100  # only the last minute's conversations, plus one sweep interval
    assert store.forget_idle() >= 0


def test_a_saved_conversation_comes_back_with_its_events_slots_and_sessions():
    from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered

    domain = Domain.from_dict({"slots": {"reset_role": {"type": "text", "mappings": [{"type": "custom"}]}}})
    store = ExpiringInMemoryTrackerStore(domain)
    first_session = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen"),
                     UserUttered("hello", {"name": "greet", "confidence": 0.9}), ActionExecuted("utter_greet")]
    second_session = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen"),
                      UserUttered("a nurse", {"name": "answer_question", "confidence": 0.9}),
                      SlotSet("reset_role", "nurse")]
    tracker = DialogueStateTracker.from_events("a", first_session + second_session, slots=domain.slots)
    run(store.save(tracker))
    tracker.update(ActionExecuted("action_listen"))  # changing the live tracker does not change what was saved

    back = run(store.retrieve("a"))
    assert list(back.events) == second_session  # only the last session, as Rasa's own store returns
    assert back.get_slot("reset_role") == "nurse"
    assert back.latest_message.text == "a nurse"
    assert list(run(store.retrieve_full_tracker("a")).events) == first_session + second_session


class Collecting:
    """An event broker that keeps what it is handed."""

    def __init__(self):
        self.published = []

    def publish(self, event):
        self.published.append(event)


def test_the_event_broker_gets_each_new_event_once_across_turns_and_sessions():
    from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered

    broker = Collecting()
    store = ExpiringInMemoryTrackerStore(Domain.empty(), event_broker=broker)
    session = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    turn = [UserUttered("hello", {"name": "greet", "confidence": 0.9}), ActionExecuted("utter_greet")]
    run(store.save(DialogueStateTracker.from_events("a", session + turn)))
    tracker = run(store.retrieve("a"))  # as Rasa does for each message: the last session, plus new events
    tracker.update(UserUttered("bye", {"name": "goodbye", "confidence": 0.9}))
    run(store.save(tracker))
    tracker = run(store.retrieve("a"))
    for event in session + turn:  # a new session in the same conversation
        tracker.update(event)
    run(store.save(tracker))
    tracker = run(store.retrieve("a"))  # the new session only
    tracker.update(UserUttered("thanks", {"name": "thank", "confidence": 0.9}))
    run(store.save(tracker))
    assert [e["event"] for e in broker.published] == (
        ["action", "session_started", "action", "user", "action"] + ["user"]
        + ["action", "session_started", "action", "user", "action"] + ["user"]
    )
    assert [e.get("text") for e in broker.published if e["event"] == "user"] == ["hello", "bye", "hello", "thanks"]
    assert [e["sender_id"] for e in broker.published] == ["a"] * 12
