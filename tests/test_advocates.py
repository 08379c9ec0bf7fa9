"""Advocate mode: each pathway's first question, for me or for someone else, words the rest for the helper.

A cooperative walk of each pathway "for my parent", in each region, through the real form and submit actions
(no server, no model): the questions and the card are in the third person, and the card says when a
clinician can talk to the helper (the region's ``advocate`` line).
"""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from bot.pathways import NAMES, PATHWAYS, get
from bot.pathways.for_whom import BUTTONS, FOR_WHOM, for_whom_from_text, person, prompts
from bot.regions import REGIONS, region

from conftest import form_tracker, pathway_actions, run_action

FORMS = pathway_actions()
COOPERATIVE = {
    "reset_role": "My doctor",
    "reset_what_happened": "The doctor said the scan was fine but not what to do next.",
    "reset_concern": "that something is being missed",
    "reset_helps": "A written plan",
    "reset_channel": "At the visit",
    "so_emergency": "No",
    "ec_initiator": "I am (or we are)",
}
# What each pathway says in the third person, in a question and in its card.
THIRD_PERSON = {
    "reset_conversation": (None, "I'm here to help my parent"),
    "second_opinion": ("Has your parent been told they need surgery", "Their records and recent visit notes"),
    "ending_care": ("Does your parent take medicines", "their records"),
}


def walk(name: str, for_whom: str, domain: dict):
    """Answer every question the form asks, then submit: (questions asked, the card's text)."""
    form, validate, submit = FORMS[name]
    pathway = get(name)
    slots: dict = {}
    asked, requested, helps_asked = [], pathway.for_whom_slot, False
    for _ in range(40):
        if requested is None:
            break
        if requested == pathway.for_whom_slot:
            text = for_whom
        elif requested == "reset_helps" and helps_asked:
            text = "That's all"
        else:
            text = COOPERATIVE.get(requested, "Yes")
        helps_asked |= requested == "reset_helps"
        events, messages = run_action(validate(), form_tracker(form, requested, text, slots), domain)
        for event in events:
            if event["event"] == "slot":
                slots[event["name"]] = event["value"]
        asked += [m["text"] for m in messages if m.get("text")]
        requested = slots.pop("requested_slot")
    else:
        pytest.fail(f"{name} never ended")
    tracker = Tracker("test", slots, {}, [], False, None, {}, None)
    _, messages = run_action(submit(), tracker, {})
    card = next(m for m in messages if m.get("custom"))
    assert card["custom"]["kind"] == pathway.card_kind
    return "\n".join(asked), card["text"]


@pytest.fixture(params=sorted(REGIONS))
def region_code(request, tmp_path, monkeypatch):
    path = tmp_path / "clinic.yml"
    path.write_text(
        f"name: Hillside\nregion: {request.param}\nhours: weekdays\npatient_relations: {{name: PALS}}\n"
    )
    monkeypatch.setenv("CARE_NAVIGATOR_CLINIC", str(path))
    return request.param


@pytest.mark.parametrize("name", NAMES)
def test_a_walk_for_my_parent_is_worded_for_the_helper_in_every_region(domain_dict, region_code, name):
    asked, card = walk(name, "For my parent", domain_dict)
    question, in_card = THIRD_PERSON[name]
    if question:
        assert question in asked
    assert in_card.lower() in card.lower()
    assert region(region_code).advocate in card


@pytest.mark.parametrize("name", ["second_opinion", "ending_care"])
def test_a_walk_for_me_keeps_the_patients_own_wording(domain_dict, name):
    asked, card = walk(name, "For me", domain_dict)
    question, in_card = THIRD_PERSON[name]
    assert question not in asked and in_card.lower() not in card.lower()
    assert "your parent" not in (asked + card).lower()


def test_every_pathway_asks_for_whom_first_with_the_same_buttons():
    for pathway in PATHWAYS:
        first = pathway.questions[0]
        assert first.slot == pathway.for_whom_slot == f"{pathway.slot_prefix}for_whom"
        assert list(first.buttons) == BUTTONS


@pytest.mark.parametrize(
    "text, code", [("For my parent", "parent"), ("my mum", "parent"), ("For me", "self")]
)
def test_for_whom_is_read_from_a_button_or_a_few_words(text, code):
    assert for_whom_from_text(text) == code


def test_third_person_words_for_each_helper():
    assert person("parent").words["person"] == "your parent"
    assert person("someone_else").words["person"] == "the person you care for"
    assert not person("skip").helping and not person(None).helping
    assert all(person(code).helping for code in FOR_WHOM if code != "self")


def test_every_third_person_prompt_fills_in():
    for pathway in PATHWAYS:
        for question in pathway.questions:
            assert all("{" not in text for text in prompts(question))
