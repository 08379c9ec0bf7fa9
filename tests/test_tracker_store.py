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


def test_a_sweep_forgets_exactly_the_idle_conversations():
    clock = Clock()
    store = ExpiringInMemoryTrackerStore(Domain.empty(), idle_seconds=60, clock=clock)
    for n in range(500):
        clock.now = n
        run(store.save(DialogueStateTracker(f"s{n}", [])))
    # A sweep every 30 s: only the last minute's conversations, plus at most one sweep interval.
    assert 60 <= len(store.store) <= 91
    clock.now = 530  # s0 ... s469 have been idle for more than 60 s
    kept = len(store.store)
    assert store.forget_idle() == kept - 30
    assert sorted(store.store) == sorted(f"s{n}" for n in range(470, 500))


def test_the_least_recently_active_conversations_are_forgotten_past_the_cap():
    clock = Clock()
    store = ExpiringInMemoryTrackerStore(Domain.empty(), max_conversations=3, clock=clock)
    for sender in ["a", "b", "c"]:
        run(store.save(DialogueStateTracker(sender, [])))
    run(store.save(run(store.retrieve("a"))))  # "a" talks again
    run(store.save(DialogueStateTracker("d", [])))
    assert sorted(store.store) == ["a", "c", "d"]
    assert run(store.retrieve("b")) is None


def turn(text):
    """One turn's events, the user's with the parse data Rasa's NLU gives them (tokens, intent ranking)."""
    import re
    import uuid

    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

    intent = {"name": "greet", "confidence": 0.9}
    parse_data = {
        "intent": intent,
        "entities": [],
        "text": text[:1000],
        "message_id": uuid.uuid4().hex,
        "metadata": {},
        "text_tokens": [(m.start(), m.end()) for m in re.finditer(r"\S+", text[:1000])],
        "intent_ranking": [{"name": f"intent_{n}", "confidence": 0.1} for n in range(10)],
    }
    return [
        UserUttered(text, intent, [], parse_data),
        ActionExecuted("utter_greet"),
        BotUttered("Hello"),
        ActionExecuted("action_listen"),
    ]


def session():
    from rasa.shared.core.events import ActionExecuted, SessionStarted

    return [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]


def test_a_long_conversation_keeps_only_its_last_session():
    store = ExpiringInMemoryTrackerStore(Domain.empty(), max_events=20)
    events = session() + turn("one") * 3 + session() + turn("two")
    run(store.save(DialogueStateTracker.from_events("a", events)))
    assert list(run(store.retrieve_full_tracker("a")).events) == session() + turn("two")


def test_a_conversation_over_the_cap_in_one_session_starts_afresh():
    store = ExpiringInMemoryTrackerStore(Domain.empty(), max_events=20)
    run(store.save(DialogueStateTracker.from_events("a", session() + turn("one") * 4)))  # 19 events
    assert run(store.retrieve("a")) is not None
    run(store.save(DialogueStateTracker.from_events("a", session() + turn("one") * 5)))  # 23
    assert run(store.retrieve("a")) is None and "a" not in store.store


def test_memory_stays_within_the_budget_however_many_conversations_come():
    """The longest conversations the channel lets in (2,000-character messages, up to the event cap), far
    more than fit: the least recently active go, and the memory really held (tracemalloc) stays within the
    budget, so the estimate does not undercount."""
    import tracemalloc

    store = ExpiringInMemoryTrackerStore(Domain.empty(), max_megabytes=2, max_events=40)

    def fill(first, count):
        for n in range(first, first + count):
            events = session() + [e for k in range(9) for e in turn(f"{n} {k} " + "word " * 400)]
            run(store.save(DialogueStateTracker.from_events(f"sender{n}", events)))

    fill(0, 5)  # Rasa's own first-use allocations, outside the measurement
    tracemalloc.start()
    try:
        start = tracemalloc.get_traced_memory()[0]
        fill(5, 300)
        held = tracemalloc.get_traced_memory()[0] - start
    finally:
        tracemalloc.stop()
    assert 5 < len(store.store) < 100 and "sender304" in store.store and "sender5" not in store.store
    assert store.bytes <= 2_000_000
    assert held <= 2_000_000, (held, store.bytes, len(store.store))


def test_the_size_of_each_conversation_is_counted_once():
    store = ExpiringInMemoryTrackerStore(Domain.empty())
    tracker = DialogueStateTracker.from_events("a", session() + turn("hello"))
    run(store.save(tracker))
    one_turn = store.bytes
    tracker = run(store.retrieve("a"))
    for event in turn("again"):
        tracker.update(event)
    run(store.save(tracker))
    assert one_turn < store.bytes < 2 * one_turn
    two_turns = store.bytes
    run(store.save(tracker))  # saved again with nothing new
    assert store.bytes == two_turns
    run(store.save(DialogueStateTracker("b", [])))
    store._forget("a")
    store._forget("b")
    assert store.bytes == 0


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
        ["action", "session_started", "action", "user", "action"]
        + ["user"]
        + ["action", "session_started", "action", "user", "action"]
        + ["user"]
    )
    assert [e.get("text") for e in broker.published if e["event"] == "user"] == [
        "hello",
        "bye",
        "hello",
        "thanks",
    ]
    assert [e["sender_id"] for e in broker.published] == ["a"] * 12
