"""The DIET classifier that remembers its answers for button titles, on the trained model."""

import pytest

from bot.pathways import button_titles
from bot.rasa_addons.nlu import ButtonMemoDIETClassifier

pytestmark = pytest.mark.model


@pytest.fixture
def diet(parse):
    """The trained model's DIET component, with its memory emptied and its model runs counted."""
    nodes = parse.agent.processor.graph_runner._instantiated_nodes.values()
    [component] = [node._component for node in nodes if isinstance(node._component, ButtonMemoDIETClassifier)]
    component._memo = None
    component.runs = []
    run_model = component._predict

    def counted(message):
        component.runs.append(message.get("text"))
        return run_model(message)

    component._predict = counted
    yield component
    del component._predict
    component._memo = None


def test_a_button_title_runs_the_model_once_and_then_gets_the_same_answer(parse, diet):
    first, again = parse("Not sure"), parse("Not sure")
    assert diet.runs == ["Not sure"]
    assert again["intent"] == first["intent"] and again["intent_ranking"] == first["intent_ranking"]
    assert first["intent"]["name"] == "answer_question"


def test_typed_words_always_run_the_model_and_are_never_kept(parse, diet):
    words = "my doctor dismissed my pain at the visit"
    parse(words), parse(words)
    assert diet.runs == [words, words]
    assert set(diet._memo) <= button_titles()


def test_a_crisis_in_a_message_that_is_not_a_button_still_wins(parse, diet):
    parse("Yes")
    assert parse("Yes, I want to end my life")["intent"]["name"] == "express_crisis"
