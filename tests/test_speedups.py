"""The cached check of action-server responses accepts and refuses exactly what Rasa's own check does."""

import asyncio

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rasa.core.actions.action import RemoteAction

import bot.rasa_addons  # noqa: F401  (installs the speed-up, as loading the model does)

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
