"""The second-opinion actions, with a Tracker and a CollectingDispatcher: no server, no model."""

import pytest
from rasa_sdk import Tracker

from actions.second_opinion import ActionSubmitSecondOpinionForm, ValidateSecondOpinionForm
from bot.pathways.second_opinion import QUESTIONS

from conftest import form_tracker, run_action

FORM = "second_opinion_form"


def validate(requested, text, domain, slots=None):
    events, messages = run_action(
        ValidateSecondOpinionForm(),
        form_tracker(FORM, requested, text, {"so_for_whom": "self", **(slots or {})}),
        domain,
    )
    return {e["name"]: e["value"] for e in events if e["name"] != "analytics_token"}, messages


@pytest.mark.parametrize(
    "text, code", [("Yes", "yes"), ("nope", "no"), ("Not sure", "not_sure"), ("skip", "skip")]
)
def test_answers_become_codes(domain_dict, text, code):
    slots, _ = validate("so_serious", text, domain_dict, {"so_emergency": "no", "so_treatment_soon": "no"})
    assert slots["so_serious"] == code
    assert slots["requested_slot"] == "so_major_treatment"


def test_an_emergency_ends_the_questions_at_once(domain_dict):
    slots, _ = validate("so_emergency", "Yes", domain_dict)
    assert slots == {"so_emergency": "yes", "requested_slot": None}


def test_an_unclear_answer_asks_for_a_button(domain_dict):
    slots, messages = validate(
        "so_rushed", "purple", domain_dict, {"so_emergency": "no", "so_treatment_soon": "no"}
    )
    assert slots["so_rushed"] is None
    assert "pick one of the buttons" in messages[0]["text"]


def test_the_next_question_is_asked_with_yes_no_and_not_sure_buttons(domain_dict):
    _, messages = validate("so_emergency", "No", domain_dict)
    assert messages[0]["text"] == next(q.prompt for q in QUESTIONS if q.slot == "so_treatment_soon")
    assert [b["title"] for b in messages[0]["buttons"]] == ["Yes", "No", "Not sure"]


def submit(slots):
    tracker = Tracker("test", slots, {}, [], False, None, {}, "second_opinion_form")
    return run_action(ActionSubmitSecondOpinionForm(), tracker, {})


def test_the_result_is_sent_as_text_and_card_and_the_answers_are_let_go():
    events, messages = submit({"so_emergency": "no", "so_serious": "yes", "so_major_treatment": "no"})
    assert messages[0]["text"].startswith("A second opinion is commonly recommended")
    assert messages[0]["custom"]["kind"] == "second_opinion"
    assert {"event": "slot", "timestamp": None, "name": "so_serious", "value": None} in events


def test_the_emergency_result_says_do_not_delay():
    _, messages = submit({"so_emergency": "yes"})
    assert "Please don't wait for a second opinion" in messages[0]["text"]


@pytest.mark.parametrize(
    "text, code",
    [
        # pool v33: a guess, then who would know, which the model read as a medical question
        ("could be. i'll have to ask the surgery.", "not_sure"),
        # ... where a question put as one is still refused
        ("could it be cancer? i'll have to ask the surgery", None),
    ],
)
def test_a_guess_is_not_a_question_put_to_the_bot(domain_dict, text, code):
    before = {"so_for_whom": "self", "so_emergency": "no", "so_treatment_soon": "no"}
    tracker = form_tracker(FORM, "so_serious", text, before, intent="ask_medical_question", confidence=0.7)
    events, messages = run_action(ValidateSecondOpinionForm(), tracker, domain_dict)
    slots = {e["name"]: e["value"] for e in events if e["name"] != "analytics_token"}
    assert slots["so_serious"] == code
    if code is None:
        assert messages[0]["response"] == "utter_medical_refusal"
