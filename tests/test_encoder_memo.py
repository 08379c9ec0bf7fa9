"""The sentence encoder remembers the vectors of button titles, and nothing else (on the trained model)."""

import numpy as np
import pytest

from bot.forms import CONTROL_ANSWERS
from bot.pathways import button_titles
from bot.rasa_addons.encoder import SentenceEncoderFeaturizer

pytestmark = pytest.mark.model


@pytest.fixture
def featurizer(parse):
    """The trained model's sentence featurizer, with its memory emptied and its encoder runs counted."""
    nodes = parse.agent.processor.graph_runner._instantiated_nodes.values()
    [component] = [
        node._component for node in nodes if isinstance(node._component, SentenceEncoderFeaturizer)
    ]
    component._memo = {}
    component.runs = []
    encode = component._encode_one

    def counted(text):
        component.runs.append(text)
        return encode(text)

    component._encode_one = counted
    yield component
    del component._encode_one
    component._memo = {}


def test_a_button_title_is_encoded_once_and_then_gets_the_same_answer(parse, featurizer):
    first, again = parse("Not sure"), parse("Not sure")
    assert featurizer.runs == ["Not sure"]
    assert again["intent"] == first["intent"] and again["intent_ranking"] == first["intent_ranking"]
    assert first["intent"]["name"] == "answer_question"
    assert np.allclose(featurizer._memo["Not sure"], featurizer._encode(["Not sure"])[0])


def test_typed_words_are_always_encoded_and_never_kept(parse, featurizer):
    words = "my doctor dismissed my pain at the visit"
    parse(words), parse(words)
    assert featurizer.runs == [words, words]
    assert set(featurizer._memo) <= button_titles() | CONTROL_ANSWERS


@pytest.mark.parametrize(
    "typed, phrase", [("Yeah.", "yeah"), ("NOPE", "nope"), ("skip this one!", "skip this one")]
)
def test_a_typed_short_answer_from_the_forms_vocabulary_is_encoded_once_as_its_phrase(
    parse, featurizer, typed, phrase
):
    first, again = parse(typed), parse(phrase)
    assert featurizer.runs == [phrase]
    assert again["intent"] == first["intent"] and again["intent_ranking"] == first["intent_ranking"]
    assert set(featurizer._memo) == {phrase}
