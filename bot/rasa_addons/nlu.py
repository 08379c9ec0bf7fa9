"""NLU pipeline components: the input guard (first) and the safety net (last).

``config.yml``::

    pipeline:
      - name: bot.rasa_addons.nlu.InputGuard
      - ...tokenizer, featurizers...
      - name: bot.rasa_addons.nlu.ButtonMemoDIETClassifier
      - name: FallbackClassifier
      - name: bot.rasa_addons.nlu.SafetyNet
"""

from __future__ import annotations

import copy
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.classifiers.diet_classifier import DIETClassifier
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import (
    ENTITIES,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.utils.tensorflow.constants import ENTITY_RECOGNITION

from bot import safety
from bot.pathways import button_titles
from bot.text import clean_message, neutralise_slash

SAFETY_CATEGORY_KEY = "safety_category"
SAFETY_INTENTS = {safety.CRISIS: "express_crisis", safety.EMERGENCY: "report_emergency"}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class InputGuard(GraphComponent):
    """Reads the whole message for safety phrases, then cleans and caps it for the model.

    A 50,000-character message must not slow the model down, but a crisis phrase
    at its very end must still be found: so the safety check runs on the full text
    before the text is cut to ``max_chars``.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"max_chars": 1000}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._max_chars = int(config["max_chars"])

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "InputGuard":
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training examples are ours and already clean: pass them through."""
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            message.set(SAFETY_CATEGORY_KEY, safety.classify(text))
            message.set(TEXT, neutralise_slash(clean_message(text, self._max_chars)), add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class SafetyNet(GraphComponent, IntentClassifier):
    """Overrides the model's intent where the keyword net is sure.

    A plain crisis or emergency phrase always becomes ``express_crisis`` or
    ``report_emergency`` with confidence 1.0, whatever DIET or the fallback
    classifier said. A model guess of crisis on a known hard negative with no
    crisis phrase in it ("end things with my doctor") falls back to the model's
    next-best intent.
    """

    @classmethod
    def required_components(cls) -> List[type]:
        return [IntentClassifier]

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetyNet":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            category = message.get(SAFETY_CATEGORY_KEY)
            if category is None and message.get(TEXT):
                category = safety.classify(message.get(TEXT))
            if category:
                _set_intent(message, SAFETY_INTENTS[category], 1.0)
                continue
            if _intent_name(message) in SAFETY_INTENTS.values() and safety.is_hard_negative(
                message.get(TEXT) or ""
            ):
                replacement = _best_non_safety_intent(message)
                if replacement:
                    _set_intent(message, *replacement)
        return messages


def _intent_name(message: Message) -> Optional[Text]:
    return (message.get(INTENT) or {}).get(INTENT_NAME_KEY)


def _best_non_safety_intent(message: Message) -> Optional[tuple]:
    for candidate in message.get(INTENT_RANKING_KEY) or []:
        name = candidate.get(INTENT_NAME_KEY)
        if name not in SAFETY_INTENTS.values() and name != DEFAULT_NLU_FALLBACK_INTENT_NAME:
            return name, candidate.get(PREDICTED_CONFIDENCE_KEY, 0.0)
    return None


def _set_intent(message: Message, name: Text, confidence: float) -> None:
    intent = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent] + ranking, add_to_output=True)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=True,
)
class ButtonMemoDIETClassifier(DIETClassifier):
    """Rasa's DIET classifier, which remembers its answer for the pathways' own button titles.

    Most answers inside a pathway are button clicks, and a click arrives as the button's title: the
    same few dozen texts from every patient. DIET gives the same answer to the same text, so it runs
    once per title and its answer is reused, which spares about a quarter of the CPU time of such a turn
    (docs/performance.md). Only texts that are exactly a button title are remembered: nothing a patient
    typed is kept. Everything else, and every evaluation run (``rasa test``), goes through DIET as usual.
    """

    _memo: Optional[Dict[Text, Dict[Text, Any]]] = None  # title -> what DIET set; made on first use
    _titles: frozenset = frozenset()

    def process(self, messages: List[Message]) -> List[Message]:
        if self._execution_context.should_add_diagnostic_data:
            return super().process(messages)
        if self._memo is None:
            self._memo = {}
            # As the input guard leaves them (at the start of the pipeline).
            self._titles = {neutralise_slash(clean_message(title, 1000)) for title in button_titles()}
        for message in messages:
            text = message.get(TEXT)
            if text not in self._titles:
                super().process([message])
            elif text in self._memo:
                for key, value in self._memo[text].items():
                    message.set(key, copy.deepcopy(value), add_to_output=True)
            else:
                super().process([message])
                keys = [INTENT, INTENT_RANKING_KEY] + ([ENTITIES] if self.component_config[ENTITY_RECOGNITION] else [])
                self._memo[text] = {key: copy.deepcopy(message.get(key)) for key in keys}
        return messages
