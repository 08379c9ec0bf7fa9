"""The NLU safety components and the safety policy, on real Rasa objects but without a model."""

from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.training_data.message import Message

from bot.rasa_addons.nlu import InputGuard, SafetyNet
from bot.rasa_addons.policy import SafetyPolicy, next_safety_action

ROOT = Path(__file__).resolve().parent.parent


def model_guess(text, ranking):
    """A message as DIET would leave it: ``ranking`` is [(intent, confidence), ...], best first."""
    message = Message(data={"text": text})
    ranked = [{"name": name, "confidence": conf} for name, conf in ranking]
    message.set("intent", ranked[0])
    message.set("intent_ranking", ranked)
    return message


def run_nlu(message, max_chars=1000):
    InputGuard({"max_chars": max_chars}).process([message])
    SafetyNet().process([message])
    return message


def test_a_plain_crisis_phrase_overrides_an_unsure_model():
    message = run_nlu(model_guess("honestly I want to kill myself", [("nlu_fallback", 0.4), ("greet", 0.3)]))
    assert message.get("intent") == {"name": "express_crisis", "confidence": 1.0}
    assert message.get("intent_ranking")[0]["name"] == "express_crisis"


def test_a_hard_negative_guessed_as_crisis_falls_back_to_the_next_best_intent():
    message = run_nlu(model_guess("I want to end things with my doctor", [("express_crisis", 0.7), ("end_care", 0.2)]))
    assert message.get("intent")["name"] == "end_care"


def test_a_model_crisis_guess_without_any_pattern_is_kept():
    message = run_nlu(model_guess("nobody would notice if I vanished", [("express_crisis", 0.8), ("greet", 0.1)]))
    assert message.get("intent")["name"] == "express_crisis"


def test_a_crisis_phrase_at_the_end_of_a_huge_message_is_still_found():
    text = "word " * 10_000 + "I want to die"
    message = run_nlu(model_guess(text, [("greet", 0.9)]), max_chars=1000)
    assert len(message.get("text")) <= 1000
    assert message.get("intent")["name"] == "express_crisis"


def test_control_characters_are_removed_and_emoji_and_scripts_kept():
    message = run_nlu(model_guess("hi\x00\x07 there 😀 مرحبا", [("greet", 0.9)]))
    assert message.get("text") == "hi there 😀 مرحبا"


@pytest.mark.parametrize(
    "intent, done, expected",
    [
        ("express_crisis", [], "utter_crisis"),
        ("express_crisis", ["utter_crisis"], "action_deactivate_loop"),
        ("express_crisis", ["utter_crisis", "action_deactivate_loop"], "action_listen"),
        ("report_emergency", [], "utter_emergency"),
        ("greet", [], None),
        ("express_crisis", ["utter_greet"], None),
        (None, [], None),
    ],
)
def test_the_safety_sequence(intent, done, expected):
    assert next_safety_action(intent, done) == expected


@pytest.fixture(scope="module")
def domain():
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture
def policy(tmp_path):
    return SafetyPolicy(
        SafetyPolicy.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("safety_policy"),
        ExecutionContext(GraphSchema({}), "test"),
    )


def predicted(policy, domain, events):
    tracker = DialogueStateTracker.from_events("test", events, domain.slots)
    prediction = policy.predict_action_probabilities(tracker, domain)
    best = max(range(len(prediction.probabilities)), key=prediction.probabilities.__getitem__)
    confident = prediction.probabilities[best] == 1.0
    return (domain.action_names_or_texts[best] if confident else None), prediction


def user(intent):
    return UserUttered("...", {"name": intent, "confidence": 1.0})


def test_the_crisis_reply_wins_in_the_middle_of_a_form(policy, domain):
    events = [
        ActionExecuted("action_listen"),
        user("greet"),
        ActionExecuted("utter_greet"),
        ActiveLoop("some_form"),
        ActionExecuted("action_listen"),
        user("express_crisis"),
    ]
    action, prediction = predicted(policy, domain, events)
    assert action == "utter_crisis"
    assert prediction.is_no_user_prediction  # outranks the form's own happy-path prediction
    assert SlotSet("clinic_region", "us") in prediction.events


def test_the_region_comes_from_the_clinic_file(policy, domain, tmp_path, monkeypatch):
    path = tmp_path / "clinic.yml"
    path.write_text("name: Hillside\nregion: uk\nhours: weekdays\npatient_relations: {name: PALS}\n")
    monkeypatch.setenv("CARE_NAVIGATOR_CLINIC", str(path))
    _, prediction = predicted(policy, domain, [ActionExecuted("action_listen"), user("report_emergency")])
    assert SlotSet("clinic_region", "uk") in prediction.events


def test_the_policy_stays_silent_on_other_intents(policy, domain):
    action, prediction = predicted(policy, domain, [ActionExecuted("action_listen"), user("greet")])
    assert action is None
    assert not prediction.is_no_user_prediction


def test_after_the_sequence_the_bot_listens(policy, domain):
    events = [
        ActionExecuted("action_listen"),
        user("express_crisis"),
        SlotSet("clinic_region", "us"),
        ActionExecuted("utter_crisis"),
        ActionExecuted("action_deactivate_loop"),
    ]
    action, prediction = predicted(policy, domain, events)
    assert action == "action_listen"
    assert prediction.events == []  # region already set: nothing to add


@pytest.mark.parametrize(
    "text, expected",
    [("/greet", "/greet"), ('/inform{"a": 1}', '/inform{"a": 1}'), ("/ my name is Zeb", "my name is Zeb"),
     ("//etc/passwd is mine", "etc/passwd is mine"), ("hi /there", "hi /there")],
)
def test_only_real_payloads_keep_their_slash(text, expected):
    """Rasa logs an unknown "/intent" by name: patient words must never be read as one."""
    assert run_nlu(model_guess(text, [("greet", 0.9)])).get("text") == expected
