"""The ending-care actions, with a Tracker and a CollectingDispatcher: no server, no model."""

import pytest
from rasa_sdk import Tracker

from actions.ending_care import ActionComplaintRoutes, ActionSubmitEndingCareForm, ValidateEndingCareForm
from bot.pathways.ending_care import QUESTIONS

from conftest import form_tracker, run_action

FORM = "ending_care_form"


def validate(requested, text, domain, slots=None, **reading):
    events, messages = run_action(
        ValidateEndingCareForm(),
        form_tracker(FORM, requested, text, {"ec_for_whom": "self", **(slots or {})}, **reading),
        domain,
    )
    return {e["name"]: e["value"] for e in events if e["name"] != "analytics_token"}, messages


@pytest.mark.parametrize(
    "text, code",
    [
        ("I am (or we are)", "patient"),
        ("The clinician or practice", "practice"),
        ("me", "patient"),
        ("they sent me a dismissal letter", "practice"),
        ("practice", "practice"),
    ],
)
def test_who_ends_it(domain_dict, text, code):
    slots, _ = validate("ec_initiator", text, domain_dict)
    assert slots["ec_initiator"] == code
    assert slots["requested_slot"] == "ec_new_clinician"


@pytest.mark.parametrize(
    "text, intent, answered",
    [
        # pool v21: a request to wipe what was typed, which "I" would otherwise read as the patient's side
        ("I want my information erased", "ask_privacy", False),
        ("we want our answers deleted please", "ask_privacy", False),
        # pool v33: asked how
        ("how do I wipe this conversation", "ask_privacy", False),
        # a confident reading that is not a wipe request still leaves the side the words name
        ("I want out, please keep this private", "ask_privacy", True),
    ],
)
def test_a_request_to_wipe_what_was_typed_is_not_who_ends_the_care(domain_dict, text, intent, answered):
    slots, messages = validate("ec_initiator", text, domain_dict, intent=intent, confidence=0.97)
    if answered:
        assert slots["ec_initiator"] == "patient"
    else:
        assert slots["ec_initiator"] is None and slots["requested_slot"] == "ec_initiator"
        assert messages[0]["response"] == "utter_privacy"


def test_the_plan_question_is_asked_only_for_a_us_clinic(domain_dict, tmp_path, monkeypatch):
    before = {
        "ec_initiator": "patient",
        "ec_new_clinician": "no",
        "ec_medications": "no",
        "ec_ongoing_treatment": "no",
    }
    slots, _ = validate("ec_pending", "No", domain_dict, before)
    assert slots["requested_slot"] == "ec_pcp_required"
    path = tmp_path / "clinic.yml"
    path.write_text("name: Hillside\nregion: uk\nhours: weekdays\npatient_relations: {name: PALS}\n")
    monkeypatch.setenv("CARE_NAVIGATOR_CLINIC", str(path))
    slots, _ = validate("ec_pending", "No", domain_dict, before)
    assert slots["requested_slot"] == "ec_feedback"


def test_the_checklist_is_sent_with_the_letter_and_the_feedback_contact():
    slots = {
        "ec_initiator": "practice",
        "ec_new_clinician": "no",
        "ec_medications": "yes",
        "ec_ongoing_treatment": "yes",
        "ec_pending": "no",
        "ec_pcp_required": "no",
        "ec_feedback": "yes",
    }
    tracker = Tracker("test", slots, {}, [], False, None, {}, FORM)
    events, messages = run_action(ActionSubmitEndingCareForm(), tracker, {})
    text = messages[0]["text"]
    assert "notice period in writing" in text and "Don't stop ongoing treatment suddenly" in text
    assert (
        "Where to raise a problem\n1. Riverside Family Clinic's Patient Relations Office" in text
    )  # clinic.yml
    assert "[Date of birth]" in text
    assert messages[0]["custom"]["kind"] == "ending_care"
    assert all(e["value"] is None for e in events if e["name"] != "analytics_token")


def test_who_to_complain_to_lists_the_routes_nearest_first_for_the_clinics_region(tmp_path, monkeypatch):
    _, messages = run_action(ActionComplaintRoutes(), Tracker("t", {}, {}, [], False, None, {}, None), {})
    text = messages[0]["text"]
    assert text.index("Patient Relations Office") < text.index("state medical board") < text.index("HHS")
    path = tmp_path / "clinic.yml"
    path.write_text(
        "name: Hillside\nregion: uk\nhours: weekdays\npatient_relations: {name: Practice Manager}\n"
    )
    monkeypatch.setenv("CARE_NAVIGATOR_CLINIC", str(path))
    _, messages = run_action(ActionComplaintRoutes(), Tracker("t", {}, {}, [], False, None, {}, None), {})
    text = messages[0]["text"]
    assert text.index("Practice Manager") < text.index("NHS complaints") < text.index("ombudsman")
    assert "state medical board" not in text and "call 999" in text


def test_asking_how_to_complain_mid_form_gives_the_routes_and_the_question_again(domain_dict):
    before = {"ec_for_whom": "self", "ec_initiator": "patient", "ec_new_clinician": "no"}
    tracker = form_tracker(FORM, "ec_medications", "how do I complain?", before, intent="ask_complaint")
    events, messages = run_action(ValidateEndingCareForm(), tracker, domain_dict)
    slots = {e["name"]: e["value"] for e in events if e["name"] != "analytics_token"}
    assert slots["ec_medications"] is None and slots["requested_slot"] == "ec_medications"
    assert messages[0]["text"].startswith("Here is where you can raise a problem")
    assert messages[1]["text"] == next(q.prompt for q in QUESTIONS if q.slot == "ec_medications")


def _no_to_a_check_in_on(text):
    """The tracker the form gets after ``text``, typed for who ends the care, got a check-in answered No."""
    from conftest import user_event

    typed = user_event(text, "hint_self_harm", "model")
    reply = user_event("No", "deny_risk")
    events = [
        {"event": "slot", "name": "requested_slot", "value": "ec_initiator"},
        typed,
        {"event": "slot", "name": "requested_slot", "value": None},
        {"event": "action", "name": "utter_check_in_crisis"},
        {"event": "action", "name": "action_listen"},
        reply,
        {"event": "action", "name": "utter_check_in_thanks"},
    ]
    return Tracker(
        sender_id="test",
        slots={"requested_slot": None, "ec_for_whom": "self", "ec_initiator": None},
        latest_message=reply["parse_data"] | {"text": reply["text"]},
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": "ending_care_form"},
        latest_action_name="utter_check_in_thanks",
    )


def test_a_check_in_answered_no_keeps_words_the_buttons_question_reads(domain_dict):
    results, messages = run_action(
        ValidateEndingCareForm(), _no_to_a_check_in_on("I'm ending it"), domain_dict
    )
    slots = {e["name"]: e["value"] for e in results if e["name"] != "analytics_token"}
    assert slots["ec_initiator"] == "patient"
    assert slots["requested_slot"] == "ec_new_clinician"


def test_a_check_in_answered_no_asks_again_when_the_buttons_do_not_read_the_words(domain_dict):
    results, messages = run_action(
        ValidateEndingCareForm(), _no_to_a_check_in_on("it has all been too much lately"), domain_dict
    )
    slots = {e["name"]: e["value"] for e in results if e["name"] != "analytics_token"}
    assert slots.get("ec_initiator") is None
    assert slots["requested_slot"] == "ec_initiator"
    assert not any("didn't catch" in (m.get("text") or "") for m in messages)


# Pool v17: "What are the side effects of metformin?" typed for "Have you lined up a new clinician?", read by
# the model as the patient's own words (0.51) just ahead of a medical question (0.47).
@pytest.mark.parametrize(
    "text, second, confidence, reply",
    [
        ("What are the side effects of metformin?", "ask_medical_question", 0.47, "utter_medical_refusal"),
        ("who reads what I type here?", "ask_privacy", 0.35, "utter_privacy"),
        ("What are the side effects of metformin?", "ask_medical_question", 0.2, None),  # too unsure
        ("the side effects of metformin worry me", "ask_medical_question", 0.47, None),  # not a question
        ("not yet, can you help me find one?", "ask_help", 0.45, "answer"),  # the buttons read it first
        # pool v37: a medical question asked outright, with no question mark nor a question's first word
        ("what's the best migraine tablet", "ask_medical_question", 0.33, "utter_medical_refusal"),
        ("the best migraine tablet is what I need", "ask_medical_question", 0.33, None),
    ],
)
def test_a_question_no_button_answers_is_answered_first_from_the_models_second_reading(
    domain_dict, text, second, confidence, reply
):
    slots, messages = validate(
        "ec_new_clinician",
        text,
        domain_dict,
        {"ec_initiator": "patient"},
        intent="answer_question",
        confidence=0.51,
        ranking=[(second, confidence)],
    )
    if reply == "answer":
        assert slots["ec_new_clinician"] == "no"
        return
    assert slots["ec_new_clinician"] is None and slots["requested_slot"] == "ec_new_clinician"
    if reply:
        assert messages[0].get("response") == reply
        assert not any((m.get("text") or "").startswith("Sorry") for m in messages)
    else:
        assert messages[0]["text"].startswith("Sorry, I didn't catch that")


@pytest.mark.parametrize(
    "first, confidence, second, reply",
    [
        ("ask_medical_question", 0.42, ("answer_question", 0.4), "utter_medical_refusal"),  # unsure, first
        ("out_of_scope", 0.6, ("ask_help", 0.35), None),  # another reading first: a button is asked for
    ],
)
def test_a_question_no_button_answers_is_answered_from_a_less_certain_first_reading(
    domain_dict, first, confidence, second, reply
):
    slots, messages = validate(
        "ec_medications",
        "is it safe to take ibuprofen with my tablets?",
        domain_dict,
        {"ec_initiator": "patient", "ec_new_clinician": "no"},
        intent=first,
        confidence=confidence,
        ranking=[second],
    )
    assert slots["ec_medications"] is None and slots["requested_slot"] == "ec_medications"
    if reply:
        assert messages[0].get("response") == reply
    else:
        assert messages[0]["text"].startswith("Sorry, I didn't catch that")


def test_asking_what_the_bot_can_help_with_on_a_yes_no_question_gets_the_help_reply(domain_dict):
    # pool v23: "Can you help me find a new GP?" typed for "Do you take medicines every day?", read as
    # ending care
    slots, messages = validate(
        "ec_medications", "Can you help me find a new GP?", domain_dict, intent="end_care", confidence=0.91
    )
    assert slots["ec_medications"] is None and messages[0]["response"] == "utter_help"


@pytest.mark.parametrize(
    "text, answer",
    [
        # pool v23: a medical question put at the end of a story is not who the care is for
        ("my dad bruises easily since starting aspirin is that ok", None),
        ("my mum's memory is slipping, is that normal", None),
        # ... while an answer that names the person is still the answer
        ("my dad, he's on aspirin", "parent"),
        # pool v24: asked outright after the person is named, without a question mark
        ("My mom's been coughing more with her COPD this week, should she start her prednisone", None),
    ],
)
def test_a_medical_question_at_the_end_of_a_story_is_refused_not_read_as_whom_it_is_for(
    domain_dict, text, answer
):
    slots, messages = validate(
        "ec_for_whom",
        text,
        domain_dict,
        {"ec_for_whom": None},
        intent="ask_medical_question",
        confidence=0.92,
    )
    assert slots["ec_for_whom"] == answer
    if answer is None:
        assert messages[0]["response"] == "utter_medical_refusal"


@pytest.mark.parametrize(
    "slot, text",
    [
        ("ec_initiator", "how do I know if my tooth is infected"),  # pool v20, read at 0.49
        ("ec_medications", "how can I tell if my blood pressure is too high?"),
    ],
)
def test_how_to_know_a_symptom_is_a_medical_question_on_a_button_question(domain_dict, slot, text):
    slots, messages = validate(slot, text, domain_dict, intent="ask_medical_question", confidence=0.49)
    assert slots[slot] is None and messages[0]["response"] == "utter_medical_refusal"


@pytest.mark.parametrize(
    "text, confidence, answered",
    [
        # pool v31: a privacy question that names the choice, put as a question
        ("Will the practice know I want to leave?", 0.66, True),
        ("will my GP find out it's the practice ending it?", 0.6, True),
        # ... not put as one, or read too unsurely: the choice
        ("I want to leave, the practice doesn't know yet", 0.66, False),
        ("Will the practice know I want to leave?", 0.45, False),
    ],
)
def test_a_privacy_question_put_as_one_is_answered_not_read_as_who_ends_the_care(
    domain_dict, text, confidence, answered
):
    slots, messages = validate(
        "ec_initiator", text, domain_dict, {"ec_initiator": None}, intent="ask_privacy", confidence=confidence
    )
    if answered:
        assert slots["ec_initiator"] is None and messages[0]["response"] == "utter_privacy"
    else:
        assert slots["ec_initiator"] is not None


def test_a_medical_question_asked_outright_is_refused_on_a_button_question_though_read_less_surely(
    domain_dict,
):
    # pool v24: read as a medical question at 0.48, below the buttons' bar, with a medicine stop behind it
    text = "My mom's been coughing more with her COPD this week, should she start her prednisone"
    slots, messages = validate(
        "ec_for_whom",
        text,
        domain_dict,
        {"ec_for_whom": None},
        intent="ask_medical_question",
        confidence=0.48,
        ranking=[("stop_medication", 0.4)],
    )
    assert slots["ec_for_whom"] is None and messages[0]["response"] == "utter_medical_refusal"


@pytest.mark.parametrize(
    "text, answer",
    [
        # pool v24: "help me" is the help asked for, not who the care is for
        ("Can you help me change doctor?", None),
        ("can you help me with my mum's care", "parent"),
        ("can you help me, it's for me", "self"),
        # pool v25: a service asked of the bot, the patient its object
        ("can you give me a referral", None),
        ("could you book me an appointment", None),
        # pool v30: help with something unnamed is a question about the bot, not "for me"
        ("Can you help me with my situation?", None),
        ("can you help me with this", None),
        ("can you help me with my dad's situation", "parent"),
    ],
)
def test_who_the_care_is_for_is_read_past_the_help_asked_for(domain_dict, text, answer):
    slots, messages = validate(
        "ec_for_whom", text, domain_dict, {"ec_for_whom": None}, intent="end_care", confidence=0.91
    )
    assert slots["ec_for_whom"] == answer
    if answer is None:
        assert messages[0]["response"] == "utter_help"


def test_help_with_something_unnamed_is_the_help_reply_whatever_the_model_read(domain_dict):
    # pool v30: read as a medical question at 0.35, it was kept as "for me"
    slots, messages = validate(
        "ec_for_whom",
        "Can you help me with my situation?",
        domain_dict,
        {"ec_for_whom": None},
        intent="ask_medical_question",
        confidence=0.35,
    )
    assert slots["ec_for_whom"] is None and messages[0]["response"] == "utter_help"


@pytest.mark.parametrize(
    "text, code",
    [
        # pool v25: the task the help is asked for is not the answer ("my doctor" is not the practice ending
        # it)
        ("Can you help me talk to my doctor?", None),
        ("can you help me write to the practice", None),
        # ... while an answer given beside the help asked for is still the answer
        ("can you help me, they're dropping me", "practice"),
        ("can you help me? I'm leaving them", "patient"),
        # pool v37: help with problems with a clinician, asked without "me"
        ("Can you help with problems with my doctor?", None),
        ("could you help with issues with the practice", None),
        ("can you help with my doctor dropping me", "practice"),
        # pool v47: help with something about a clinician
        ("can you help with something about my gp?", None),
        ("can you help with something, my gp is dropping me", "practice"),
    ],
)
def test_who_ends_the_care_is_read_past_the_help_asked_for_but_not_in_its_task(domain_dict, text, code):
    slots, messages = validate(
        "ec_initiator",
        text,
        domain_dict,
        {"ec_initiator": None},
        intent="ask_help",
        confidence=0.53,
        ranking=[("ask_medical_question", 0.32)],
    )
    assert slots["ec_initiator"] == code
    if code is None:
        assert messages[0]["response"] == "utter_help"


@pytest.mark.parametrize(
    "text", ["my creatinine went up 0.2 should i worry", "my levels dropped, should we be worried"]
)
def test_a_worry_asked_at_the_end_of_a_story_is_refused_not_read_as_who_ends_the_care(domain_dict, text):
    # pool v25: "... should i worry" read the patient's "i" as the patient ending the care
    slots, messages = validate(
        "ec_initiator", text, domain_dict, {"ec_initiator": None}, intent="ask_medical_question", confidence=1
    )
    assert slots["ec_initiator"] is None and messages[0]["response"] == "utter_medical_refusal"


@pytest.mark.parametrize(
    "text, intent",
    [
        # found in review: a person or a medical question asked of the bot keeps its own reply
        ("can you get me a real person", "talk_to_person"),
        ("can you give me something for the pain", "ask_medical_question"),
    ],
)
def test_a_person_or_a_medical_question_asked_of_the_bot_keeps_its_own_reply(domain_dict, text, intent):
    slots, messages = validate(
        "ec_initiator", text, domain_dict, {"ec_initiator": None}, intent=intent, confidence=0.95
    )
    assert slots["ec_initiator"] is None
    assert messages and all(m.get("response") != "utter_help" for m in messages)


def test_asking_for_help_for_someone_is_who_the_care_is_for(domain_dict):
    # found in checking: a button reads the words, so they answer the question
    slots, _ = validate("ec_for_whom", "can you help my mum", domain_dict, {"ec_for_whom": None})
    assert slots["ec_for_whom"] == "parent"
