"""The cached check of action-server responses accepts and refuses exactly what Rasa's own check does."""

import asyncio

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

import bot.rasa_addons  # noqa: F401  (installs the speed-up, as loading the model does)

GOOD = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "reset_role", "value": "doctor"}],
     "responses": [{"text": "What happened?", "buttons": [{"title": "Skip", "payload": "skip"}]}]},
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
