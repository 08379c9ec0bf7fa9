"""The guard on Rasa's insides (bot/rasa_addons/guard.py): an upgrade fails at start, naming the file to
revisit, and Rasa really calls each method this package replaces or overrides."""

import asyncio
import importlib
import inspect
import pkgutil

import numpy as np
import pytest
import scipy.sparse
from aiohttp import web
from rasa.core.actions.action import RemoteAction
from rasa.core.brokers.broker import EventBroker
from rasa.core.channels import CollectingOutputChannel
from rasa.core.channels.channel import UserMessage
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.core.processor import MessageProcessor
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    Restarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.utils.endpoints import EndpointConfig

import bot.rasa_addons
from bot.rasa_addons import guard, speedups
from bot.rasa_addons.nlu import SentenceClassifier
from bot.rasa_addons.tracker_store import ExpiringInMemoryTrackerStore

from conftest import ROOT

EMPTY = {"events": [], "responses": []}


def test_the_installed_rasa_passes_the_check():
    guard.check()


def test_another_rasa_version_fails_at_start_naming_the_files():
    with pytest.raises(
        guard.RasaInternalsChanged, match="bot/rasa_addons/speedups.py.*bot/rasa_addons/guard.py"
    ):
        guard.check(version="3.7.0")


def test_a_changed_signature_fails_naming_the_file():
    changed = guard.Internal(
        "rasa.core.actions.action:RemoteAction",
        "_validate_action_result",
        ("self", "result", "domain"),
        "bot/rasa_addons/speedups.py",
        "replaced",
    )
    with pytest.raises(guard.RasaInternalsChanged, match="now takes .*revisit bot/rasa_addons/speedups.py"):
        guard.check([changed])


def test_a_missing_method_fails_naming_the_file():
    gone = guard.Internal(
        "rasa.core.tracker_store:InMemoryTrackerStore",
        "_fetch",
        ("self",),
        "bot/rasa_addons/tracker_store.py",
        "overridden",
    )
    with pytest.raises(
        guard.RasaInternalsChanged, match="no longer exists.*bot/rasa_addons/tracker_store.py"
    ):
        guard.check([gone])


def addon_classes():
    for info in pkgutil.iter_modules(bot.rasa_addons.__path__):
        module = importlib.import_module(f"bot.rasa_addons.{info.name}")
        for cls in vars(module).values():
            if inspect.isclass(cls) and cls.__module__ == module.__name__:
                yield cls


def test_every_private_rasa_method_overridden_here_is_guarded():
    """A subclass that overrides a private method of a Rasa class must list it in guard.INTERNALS."""
    guarded = {internal.method for internal in guard.INTERNALS}
    for cls in addon_classes():
        rasa_bases = [base for base in cls.__mro__[1:] if base.__module__.startswith("rasa")]
        for name, value in vars(cls).items():
            method = inspect.isfunction(value) or isinstance(value, (staticmethod, classmethod, property))
            if (
                method
                and name.startswith("_")
                and not name.startswith("__")
                and any(hasattr(b, name) for b in rasa_bases)
            ):
                assert name in guarded, (
                    f"{cls.__module__}.{cls.__name__}.{name}: add it to bot/rasa_addons/guard.py"
                )


def test_every_replacement_is_guarded():
    assert {(i.owner.split(":")[1], i.method) for i in guard.INTERNALS if i.how == "replaced"} == {
        ("RemoteAction", "_validate_action_result"),
        ("EndpointConfig", "session"),
        ("MessageProcessor", "parse_message"),
        ("DialogueStateTracker", "applied_events"),
        ("Domain", "is_empty"),
        ("DaskGraphRunner", "run"),
    }
    assert (
        RemoteAction._validate_action_result.__module__
        == EndpointConfig.session.__module__
        == MessageProcessor.parse_message.__module__
        == DialogueStateTracker.applied_events.__module__
        == Domain.is_empty.__module__
        == DaskGraphRunner.__dict__["run"].__module__
        == speedups.__name__
    )


def _conversation():
    """Events with every kind that applied_events undoes: a loop run again, reverts, a restart."""
    return [
        ActionExecuted("action_listen"),
        UserUttered("hi", {"name": "greet"}),
        ActionExecuted("reset_form"),
        ActiveLoop("reset_form"),
        SlotSet("requested_slot", "reset_role"),
        ActionExecuted("action_listen"),
        UserUttered("my GP", {"name": "answer_question"}),
        ActionExecuted("reset_form"),
        SlotSet("reset_role", "my GP"),
        ActionExecuted("action_listen"),
        UserUttered("oops", {"name": "answer_question"}),
        UserUtteranceReverted(),
        ActionExecuted("utter_greet"),
        ActionReverted(),
        ActionExecuted("reset_form"),
        ActiveLoop(None),
        Restarted(),
        ActionExecuted("action_listen"),
        UserUttered("bye", {"name": "goodbye"}),
    ]


@pytest.mark.parametrize("max_event_history", [None, 4])
def test_a_tracker_s_applied_events_are_rasa_s_after_every_event(max_event_history):
    rasa_s = DialogueStateTracker.applied_events.__wrapped__
    tracker = DialogueStateTracker("t", [], max_event_history=max_event_history)
    assert tracker.applied_events() == rasa_s(tracker) == []
    for event in _conversation():
        tracker.update(event)
        first, again = tracker.applied_events(), tracker.applied_events()
        assert first == again == rasa_s(tracker)
        first.append("changed by a caller")
        assert tracker.applied_events() == rasa_s(tracker)
    copied = tracker.copy()
    copied.update(ActionExecuted("action_listen"))
    assert copied.applied_events() == rasa_s(copied) != tracker.applied_events()
    tracker.events = tracker._create_events([ActionExecuted("action_listen")])  # a new deque, as on init
    assert tracker.applied_events() == rasa_s(tracker) == [ActionExecuted("action_listen")]


def callers_of(monkeypatch, owner, name):
    """The objects a method without arguments is called on from now on (it still runs as before)."""
    replacement, calls = getattr(owner, name), []

    def spy(self):
        calls.append(self)
        return replacement(self)

    monkeypatch.setattr(owner, name, spy)
    return calls


def test_rasa_asks_for_applied_events_through_the_replacement(monkeypatch):
    calls = callers_of(monkeypatch, DialogueStateTracker, "applied_events")
    tracker = DialogueStateTracker.from_events("t", _conversation())
    states = Domain.empty().states_for_tracker_history(tracker)
    assert states and tracker in calls


def test_rasa_runs_the_model_s_graphs_through_the_replacement(parse, monkeypatch):
    replacement, asked = DaskGraphRunner.run, []

    def spy(self, inputs=None, targets=None):
        asked.append(targets)
        return replacement(self, inputs, targets)

    monkeypatch.setattr(DaskGraphRunner, "run", spy)
    tracker = DialogueStateTracker.from_events("t", [ActionExecuted("action_listen")])
    assert parse("hello")["intent"]["name"]
    parse.agent.processor._predict_next_with_tracker(tracker)
    assert len(asked) == 2  # the NLU graph's run, then the policies'


def test_the_empty_domain_is_empty_and_a_real_one_is_not():
    assert Domain.empty().is_empty()
    assert Domain.from_dict({}).is_empty()
    assert not Domain.from_dict({"intents": ["greet"]}).is_empty()
    assert not Domain.load(str(ROOT / "domain.yml")).is_empty()


async def with_action_server(use):
    """Run ``use(url)`` against a local stand-in for the action server that answers with no events."""
    app = web.Application()
    app.router.add_post("/webhook", lambda request: web.json_response(EMPTY))
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        return await use(f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/webhook")
    finally:
        await runner.cleanup()


def test_rasa_checks_an_action_servers_response_with_the_replacement(monkeypatch):
    check = getattr(RemoteAction, speedups._INSTALLED)
    checked = []
    monkeypatch.setattr(check, "validate", checked.append)

    async def run(url):
        action = RemoteAction("action_talk_to_person", EndpointConfig(url))
        domain = Domain.empty()
        tracker = DialogueStateTracker("t", [])
        return await action.run(
            CollectingOutputChannel(), TemplatedNaturalLanguageGenerator({}), tracker, domain
        )

    assert asyncio.run(with_action_server(run)) == []
    assert checked == [EMPTY]


def test_rasa_opens_its_http_sessions_with_the_replacement(monkeypatch):
    calls = callers_of(monkeypatch, EndpointConfig, "session")

    async def request(url):
        endpoint = EndpointConfig(url, keep_alive_seconds=2)
        return [await endpoint.request(json={}, method="post") for _ in range(2)]

    assert asyncio.run(with_action_server(request)) == [EMPTY, EMPTY]
    assert len(calls) == 2


def test_rasa_retrieves_conversations_through_the_override(monkeypatch):
    store = ExpiringInMemoryTrackerStore(Domain.empty())
    override, calls = ExpiringInMemoryTrackerStore._retrieve, []

    async def spy(self, sender_id, fetch_all_sessions):
        calls.append(fetch_all_sessions)
        return await override(self, sender_id, fetch_all_sessions)

    monkeypatch.setattr(ExpiringInMemoryTrackerStore, "_retrieve", spy)

    async def use():
        await store.save(DialogueStateTracker("a", []))
        return await store.retrieve("a"), await store.retrieve_full_tracker("a")

    assert all(tracker is not None for tracker in asyncio.run(use()))
    assert calls == [False, True]


def test_the_tracker_store_hands_new_events_to_the_broker_through_rasa():
    class Collecting(EventBroker):
        def __init__(self):
            self.published = []

        def publish(self, event):
            self.published.append(event["event"])

    broker = Collecting()
    store = ExpiringInMemoryTrackerStore(Domain.empty(), event_broker=broker)
    events = [ActionExecuted("action_listen"), UserUttered("hi", {"name": "greet", "confidence": 1.0})]
    asyncio.run(store.save(DialogueStateTracker.from_events("a", events)))
    assert broker.published == ["action", "user"]


def test_rasa_trains_and_predicts_the_sentence_classifier_through_the_override(monkeypatch, tmp_path):
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    def example(intent, dense, words):
        message = Message(data={"text": intent, "intent": intent})
        message.add_features(Features(np.array([dense], dtype=np.float32), "sentence", "text", "dense"))
        message.add_features(Features(scipy.sparse.coo_matrix([words]), "sentence", "text", "sparse"))
        return message

    examples = [example("greet", [1.0, 0.0], [1, 0]), example("goodbye", [0.0, 1.0], [0, 1])]
    override, calls = SentenceClassifier._create_X, []

    def spy(self, messages):
        calls.append(len(messages))
        return override(self, messages)

    monkeypatch.setattr(SentenceClassifier, "_create_X", spy)
    storage = LocalModelStorage(tmp_path)
    classifier = SentenceClassifier(
        {**SentenceClassifier.get_default_config(), "dense_weight": 3.0}, "classifier", storage, Resource("c")
    )
    classifier.train(TrainingData(examples))
    [new] = classifier.process([example("?", [0.9, 0.1], [1, 0])])
    assert calls == [2, 1]
    assert new.get("intent")["name"] == "greet"


def test_the_classifier_gives_sklearn_s_probabilities_from_features_read_in_place(tmp_path):
    """process() scores only the words present, from the features as the featurizers left them; the
    probabilities must be predict_proba's on the same rows, with one sparse featurizer or two combined."""
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    rng = np.random.default_rng(7)

    def example(intent, split_words=False):
        message = Message(data={"text": intent, "intent": intent})
        dense = rng.normal(size=(1, 4)).astype(np.float32)
        words = (rng.random((1, 12)) < 0.3).astype(float)
        message.add_features(Features(dense, "sentence", "text", "dense"))
        if split_words:
            message.add_features(Features(scipy.sparse.coo_matrix(words[:, :5]), "sentence", "text", "a"))
            message.add_features(Features(scipy.sparse.coo_matrix(words[:, 5:]), "sentence", "text", "b"))
        else:
            row, col = np.nonzero(words)
            # a repeated entry, as a sparse featurizer may leave: it counts twice, in both ways of scoring
            coo = scipy.sparse.coo_matrix(
                (np.r_[words[row, col], 1.0], (np.r_[row, 0], np.r_[col, 3])), shape=words.shape
            )
            message.add_features(Features(coo, "sentence", "text", "a"))
        return message

    for split in (False, True):
        intents = ["greet", "goodbye", "thank"] * 10
        classifier = SentenceClassifier(
            {**SentenceClassifier.get_default_config(), "dense_weight": 2.0},
            "classifier",
            LocalModelStorage(tmp_path),
            Resource(f"c{int(split)}"),
        )
        classifier.train(TrainingData([example(i, split) for i in intents]))
        assert classifier._multinomial()
        new = [example("?", split) for _ in range(5)]
        expected = classifier.clf.predict_proba(classifier._create_X(new))
        for message, probabilities in zip(classifier.process(new), expected):
            got = {r["name"]: r["confidence"] for r in message.get("intent_ranking")}
            wanted = dict(zip(classifier.clf.classes_, probabilities))
            assert got == pytest.approx(wanted, abs=1e-9)


class _NotSklearn:
    """A type skops does not trust."""


def test_a_classifier_file_with_untrusted_types_is_refused_not_silently_untrained(tmp_path):
    import skops.io as sio
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource

    storage, resource = LocalModelStorage(tmp_path), Resource("c")
    with storage.write_to(resource) as folder:
        sio.dump(_NotSklearn(), folder / "c.skops")
    context = ExecutionContext(GraphSchema({}), node_name="classifier")
    with pytest.raises(ValueError, match="not trusted"):
        SentenceClassifier.load(SentenceClassifier.get_default_config(), storage, resource, context)


def _processor(parse):
    """A MessageProcessor whose graph is ``parse(text)`` (no model); Rasa's steps after the parse spied on."""
    processor = object.__new__(MessageProcessor)
    processor.http_interpreter = None
    after = []
    processor._parse_message_with_graph = lambda message, tracker, only_output_properties: parse(message.text)
    processor._update_full_retrieval_intent = lambda data: after.append(("retrieval", data["text"]))
    processor._check_for_unseen_features = lambda data: after.append(("features", data["text"]))
    return processor, after


def test_rasa_parses_on_the_nlu_threads_together_while_the_loop_runs_on():
    import threading
    import time

    running, most, seen, window = [], [], [], []
    lock = threading.Lock()

    def parse(text):
        with lock:
            running.append(text)
            most.append(len(running))
        seen.append((text, threading.current_thread().name))
        window.append(time.perf_counter())
        time.sleep(0.05)  # the encoder's computing, without the GIL
        window.append(time.perf_counter())
        with lock:
            running.remove(text)
        return {"text": text, "intent": {"name": "greet"}}

    processor, after = _processor(parse)

    async def run():
        ticks = []

        async def tick():
            for _ in range(10):
                ticks.append(time.perf_counter())
                await asyncio.sleep(0.01)

        results = await asyncio.gather(
            *(processor.parse_message(UserMessage(f"m{n}", sender_id=f"s{n}")) for n in range(4)), tick()
        )
        return results[:4], ticks

    results, ticks = asyncio.run(run())
    assert [r["text"] for r in results] == ["m0", "m1", "m2", "m3"]  # each caller gets its own parse
    assert sorted(text for text, _ in seen) == ["m0", "m1", "m2", "m3"]
    assert all(name.startswith(speedups.NLU_THREAD_NAME) for _, name in seen)
    assert max(most) > 1, "the parses ran one at a time: no encoder batch could be shared"
    during = [t for t in ticks if min(window) < t < max(window)]
    assert len(during) >= 3, "the event loop waited for the parses"
    assert sorted(after) == sorted((step, f"m{n}") for n in range(4) for step in ("retrieval", "features"))


def test_an_error_in_the_graph_reaches_the_caller_as_in_rasa():
    def parse(text):
        raise ValueError("graph failed")

    processor, _ = _processor(parse)
    with pytest.raises(ValueError, match="graph failed"):
        asyncio.run(processor.parse_message(UserMessage("hello", sender_id="s")))
