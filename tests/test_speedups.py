"""The speed-ups give Rasa's results: the cached check of action-server responses accepts and refuses exactly
what Rasa's own check does, kept connections answer as new ones, and the graphs run without dask give the
same parses, predictions and errors."""

import asyncio

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rasa.core.actions.action import RemoteAction
from rasa.engine.exceptions import GraphRunError
from rasa.engine.graph import GraphSchema, SchemaNode
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

import bot.rasa_addons  # noqa: F401  (installs the speed-up, as loading the model does)
from bot.rasa_addons.speedups import graph_steps

GOOD = [
    {"events": [], "responses": []},
    {
        "events": [{"event": "slot", "name": "reset_role", "value": "doctor"}],
        "responses": [{"text": "What happened?", "buttons": [{"title": "Skip", "payload": "skip"}]}],
    },
    {"events": [{"event": "active_loop", "name": None}, {"event": "restart"}]},
]
BAD = [
    {"events": "not a list"},
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"event": "slot", "value": "doctor"}]},  # a slot event without its name
    {"responses": ["not an object"]},
]


def rasa_original_check(result):
    jsonschema.validate(result, RemoteAction.action_response_format_spec())


def accepted(check, result):
    try:
        check(result)
        return True
    except jsonschema.ValidationError:
        return False


EVENT_NAMES = [
    "user",
    "action",
    "slot",
    "entities",
    "user_featurization",
    "cancel_reminder",
    "reminder",
    "action_execution_rejected",
    "form_validation",
    "loop_interrupted",
    "form",
    "active_loop",
    "reset_slots",
    "resume",
    "pause",
    "followup",
    "export",
    "restart",
    "undo",
    "rewind",
    "bot",
    "session_started",
    "agent",
    "no_such_event",
    "",
    3,
    None,
]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
FIELDS = [
    "name",
    "value",
    "timestamp",
    "text",
    "policy",
    "confidence",
    "validate",
    "is_interrupted",
    "entities",
    "metadata",
    "parse_data",
    "data",
    "hide_rule_turn",
    "action_text",
]
TEXT_OR_NONE = st.none() | st.text(max_size=5)
WELL_FORMED = st.one_of(  # events as an action server sends them, to check acceptance as well as refusal
    st.fixed_dictionaries(
        {"event": st.just("slot"), "name": st.text(max_size=5), "value": JSON_VALUES},
        optional={"timestamp": st.none() | st.floats(allow_nan=False)},
    ),
    st.fixed_dictionaries({"event": st.just("bot"), "text": TEXT_OR_NONE}, optional={"data": JSON_VALUES}),
    st.fixed_dictionaries({"event": st.just("active_loop"), "name": TEXT_OR_NONE}),
    st.fixed_dictionaries(
        {"event": st.just("action"), "name": st.text(max_size=5)},
        optional={"policy": TEXT_OR_NONE, "confidence": st.none() | st.floats(allow_nan=False)},
    ),
    st.fixed_dictionaries({"event": st.sampled_from(["restart", "reset_slots", "session_started", "pause"])}),
)
EVENTS = st.one_of(
    WELL_FORMED,
    st.fixed_dictionaries(
        {"event": st.sampled_from(EVENT_NAMES)}, optional={field: JSON_VALUES for field in FIELDS}
    ),
    JSON_VALUES,
)


@settings(max_examples=200, deadline=None)
@given(events=st.lists(EVENTS, max_size=4), responses=st.one_of(st.none(), st.lists(JSON_VALUES, max_size=2)))
def test_the_faster_check_gives_rasas_verdict_on_any_response(events, responses):
    result = {"events": events} if responses is None else {"events": events, "responses": responses}
    faster = RemoteAction("validate_reset_conversation_form", None)._validate_action_result
    assert accepted(faster, result) == accepted(rasa_original_check, result)


def test_the_speed_up_is_installed_when_the_addons_load():
    assert RemoteAction._validate_action_result.__module__ == "bot.rasa_addons.speedups"


@pytest.mark.parametrize("result", GOOD)
def test_good_responses_pass_both_checks(result):
    rasa_original_check(result)
    assert RemoteAction("validate_reset_conversation_form", None)._validate_action_result(result) is True


@pytest.mark.parametrize("result", BAD)
def test_bad_responses_fail_both_checks_with_rasas_message(result):
    with pytest.raises(jsonschema.ValidationError):
        rasa_original_check(result)
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        RemoteAction("validate_reset_conversation_form", None)._validate_action_result(result)


def count_connections(endpoint_kwargs, calls=5):
    """Make ``calls`` requests through Rasa's EndpointConfig to a local server; return how many TCP
    connections the server saw and the replies."""
    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    peers = set()

    async def handle(request):
        peers.add(request.transport.get_extra_info("peername"))
        return web.json_response({"events": [], "responses": []})

    async def main():
        app = web.Application()
        app.router.add_post("/webhook", handle)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook", **endpoint_kwargs)
        replies = [await endpoint.request(json={"n": n}, method="post") for n in range(calls)]
        await runner.cleanup()
        return replies

    replies = asyncio.run(main())
    return len(peers), replies


def test_an_endpoint_with_keep_alive_reuses_one_connection():
    connections, replies = count_connections({"keep_alive_seconds": 2})
    assert connections == 1
    assert replies == [{"events": [], "responses": []}] * 5


def test_an_endpoint_without_it_behaves_as_in_rasa():
    connections, replies = count_connections({})
    assert connections == 5
    assert replies == [{"events": [], "responses": []}] * 5


def _node(*needs, target=False):
    return SchemaNode(
        needs={f"input{n}": need for n, need in enumerate(needs)},
        uses=object,
        constructor_name="create",
        fn="run",
        config={},
        is_target=target,
    )


# a diamond after an input, and a node no target needs
SCHEMA = GraphSchema(
    {
        "tokens": _node("__message__"),
        "features": _node("tokens"),
        "intent": _node("tokens", "features"),
        "reply": _node("intent", target=True),
        "unused": _node("tokens"),
    }
)


def _runner(failing=None):
    """A runner of SCHEMA whose nodes answer as Rasa's do, (name, output), and write out what they got."""
    runner = object.__new__(DaskGraphRunner)
    runner._graph_schema, runner._execution_context = SCHEMA, None

    def node(name):
        def call(*parents):
            if name == failing[0] if failing else False:
                raise failing[1]
            return name, f"{name}({','.join(str(output) for _, output in parents)})"

        return call

    runner._instantiated_nodes = {name: node(name) for name in SCHEMA.nodes}
    return runner


def test_a_graph_s_nodes_run_after_what_they_need_and_only_those_needed():
    steps = graph_steps(SCHEMA, ["reply"])
    order = [name for name, _ in steps]
    assert order == ["tokens", "features", "intent", "reply"]
    assert dict(steps)["intent"] == ("tokens", "features")
    assert [name for name, _ in graph_steps(SCHEMA, ["features", "tokens"])] == ["tokens", "features"]


def test_a_graph_with_a_cycle_is_refused():
    cycle = GraphSchema({"a": _node("b"), "b": _node("a", target=True)})
    with pytest.raises(ValueError, match="cycle"):
        graph_steps(cycle, ["b"])


@pytest.mark.parametrize("targets", [None, ["reply"], ["features", "intent"], ["tokens"]])
def test_a_graph_run_gives_what_dask_gives(targets):
    runner = _runner()
    ours = DaskGraphRunner.run(runner, {"__message__": "hi"}, targets)
    assert ours == DaskGraphRunner.run.__wrapped__(runner, {"__message__": "hi"}, targets)
    assert ours[(targets or ["reply"])[-1]]  # every target answered
    assert DaskGraphRunner.run(runner, {"__message__": "hi"}, targets) == ours  # the kept order, again


@pytest.mark.parametrize(
    "failing, raised",
    [(("features", RuntimeError("stuck")), GraphRunError), (("intent", ValueError("bad")), ValueError)],
)
def test_an_error_in_a_node_reaches_the_caller_as_from_dask(failing, raised):
    for run in (DaskGraphRunner.run, DaskGraphRunner.run.__wrapped__):
        with pytest.raises(raised):
            run(_runner(failing), {"__message__": "hi"})


def test_an_input_named_like_a_node_is_refused_as_by_dask():
    for run in (DaskGraphRunner.run, DaskGraphRunner.run.__wrapped__):
        with pytest.raises(GraphRunError, match="clashes with a node name"):
            run(_runner(), {"__message__": "tokens"})


MESSAGES = [
    "hi",
    "I want to leave my GP but I'm on lithium",
    "my doctor rushed me and I want to fix it",
    "should I get a second opinion about my surgery",
    "I had chest pain last year and nobody followed up",
    "I don't want to be here anymore",
    "not sure",
    "why?",
    "x" * 900,
]


def test_the_model_s_graphs_give_the_same_parses_and_predictions_without_dask(parse, monkeypatch):
    processor = parse.agent.processor

    def readings():
        parses = [parse(text) for text in MESSAGES]
        predictions = []
        for text, parsed in zip(MESSAGES, parses):
            for active in (None, "ending_care_form"):
                events = [ActionExecuted("action_listen")]
                if active:
                    events = [
                        ActionExecuted(active),
                        ActiveLoop(active),
                        SlotSet("requested_slot", "ec_medications"),
                    ]
                    events.append(ActionExecuted("action_listen"))
                events.append(
                    UserUttered(text, parsed["intent"], parsed.get("entities", []), parse_data=parsed)
                )
                tracker = DialogueStateTracker.from_events("t", events, slots=parse.agent.domain.slots)
                prediction = processor._predict_next_with_tracker(tracker)
                predictions.append((prediction.policy_name, list(prediction.probabilities)))
        return parses, predictions

    ours = readings()
    assert {policy for policy, _ in ours[1]} >= {"SafetyPolicy", "RulePolicy"}  # in a form and out of one
    monkeypatch.setattr(DaskGraphRunner, "run", DaskGraphRunner.run.__wrapped__)
    assert readings() == ours


def test_an_output_is_let_go_once_no_node_left_needs_it():
    from bot.rasa_addons.speedups import _let_go

    steps = graph_steps(SCHEMA, ["reply"])
    let_go = dict(zip((name for name, _ in steps), _let_go(steps, ["reply"])))
    assert let_go == {
        "tokens": ("__message__",),
        "features": (),
        "intent": ("tokens", "features"),
        "reply": ("intent",),
    }
    kept = dict(zip((name for name, _ in steps), _let_go(steps, ["reply", "tokens"])))
    assert "tokens" not in kept["intent"]  # a target is kept to the end
