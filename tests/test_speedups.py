"""The cached check of action-server responses accepts and refuses exactly what Rasa's own check does."""

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
