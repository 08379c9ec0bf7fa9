"""The keyword safety net (bot/safety.py): plain crisis phrases caught, hard negatives left alone."""

import pytest

from bot.safety import CRISIS, EMERGENCY, classify, is_hard_negative, normalise


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "I’m thinking about suicide",  # curly apostrophe
        "I DON'T WANT TO LIVE ANYMORE",
        "my son says he wants to kill himself",
        "she has been self-harming",
        "I've written a suicide note",
        "kms",
        "what is the point of living",
    ],
)
def test_crisis_phrases_are_caught(text):
    assert classify(text) == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "I have chest pain",
        "pressure in his chest",
        "her face is drooping",
        "I can't breathe",
        "my dad is slurring his words",
        "I think I took an overdose",
        "the baby isn't breathing",
    ],
)
def test_emergency_symptoms_are_caught(text):
    assert classify(text) == EMERGENCY


@pytest.mark.parametrize(
    "text",
    [
        "I want to end things with my doctor",
        "my chest X-ray results",
        "I'm dying to know my results",
        "this wait is killing me",
        "I could die of embarrassment",
        "the suicide prevention leaflet",
        "the overdose warning on the label",
        "my father had a heart attack years ago",
    ],
)
def test_hard_negatives_are_not_a_crisis(text):
    assert classify(text) is None


def test_crisis_wins_over_a_hard_negative_in_the_same_message():
    text = "I want to end things with my doctor and then end my life"
    assert is_hard_negative(text)
    assert classify(text) == CRISIS


def test_an_overdose_on_purpose_is_a_crisis_not_only_an_emergency():
    assert classify("I'm going to overdose, I want to die") == CRISIS


def test_normalise_folds_case_quotes_and_punctuation():
    assert normalise("  I DON’T   want\tto <b>live</b>!! ") == "i don't want to b live b"


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "😀" * 100, "<script>alert(1)</script>"])
def test_odd_input_is_no_crisis_and_no_error(text):
    assert classify(text) is None
