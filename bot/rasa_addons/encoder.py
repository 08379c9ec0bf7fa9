"""A dense featurizer that adds the pretrained sentence vector (:mod:`bot.encoder`) to every message.

``config.yml``::

    pipeline:
      - ...tokenizer, sparse featurizers...
      - name: bot.rasa_addons.encoder.SentenceEncoderFeaturizer
        alias: sentence_encoder
        model_dir: models/encoder/all-minilm-l6-v2

It adds one sentence-level feature (384 numbers, the mean-pooled all-MiniLM-L6-v2 vector, unit length)
and no token-level ones: the classifier reads it beside the word counts, and the safety net compares it with
the training examples' vectors. Why this and not Rasa's ``LanguageModelFeaturizer`` is measured in
docs/safety.md. A message that is exactly one of the pathways' button titles is encoded once per
process and its vector reused: those few dozen texts are most of the answers inside a pathway. So is a typed
short answer from the forms' closed vocabulary ("yeah", "Not sure.", "skip": ``bot.forms.CONTROL_ANSWERS``),
as the vocabulary's own phrase: about half of what patients type inside a pathway (``make bench``), and
never their own words.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.encoder import DEFAULT_DIR, SentenceEncoder
from bot.forms import control_answer
from bot.pathways import button_texts


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEncoderFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds the mean-pooled all-MiniLM-L6-v2 sentence vector as a dense sentence feature."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**DenseFeaturizer.get_default_config(), "model_dir": str(DEFAULT_DIR)}

    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        super().__init__(name, config)
        self._encoder: Optional[SentenceEncoder] = None
        # Button titles and the forms' vocabulary -> vector: texts of the code, nothing a patient wrote.
        self._memo: Dict[Text, np.ndarray] = {}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SentenceEncoderFeaturizer":
        featurizer = cls(config, execution_context.node_name)
        # Load and trace the encoder now, while the server starts, not on the first patient's message: that
        # takes seconds, and the REST channel's queue would answer everyone waiting meanwhile with "busy".
        featurizer._encode(["warm up"])
        return featurizer

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        """Nothing to check beyond the base class: the model folder is checked when first used."""

    def _load(self) -> SentenceEncoder:
        if self._encoder is None:  # loaded when the component is created, never at import time
            self._encoder = SentenceEncoder.load(self._config["model_dir"])
        return self._encoder

    def _encode(self, texts: List[Text]) -> np.ndarray:
        return self._load().encode(texts)

    def _encode_one(self, text: Text) -> np.ndarray:
        # Parses run on several threads (bot/rasa_addons/speedups.py): messages that come together are
        # encoded in one batch, and the model is only ever used by one thread at a time.
        return self._load().encode_one(text)

    def _add(self, message: Message, vector: np.ndarray) -> None:
        self.add_features_to_message(sequence=None, sentence=vector[None, :], attribute=TEXT, message=message)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        messages = [m for m in training_data.training_examples if m.get(TEXT)]
        for message, vector in zip(messages, self._encode([m.get(TEXT) for m in messages])):
            self._add(message, vector)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if text is None:
                continue
            known = text if text in button_texts() else control_answer(text)
            if known is None:
                vector = self._encode_one(text)
            else:
                if known not in self._memo:
                    self._memo[known] = self._encode_one(known)
                vector = self._memo[known]
            self._add(message, vector)
        return messages


def sentence_vector(message: Message, origin: Text) -> Optional[np.ndarray]:
    """The sentence vector that the featurizer named ``origin`` added to ``message``, if any."""
    for feature in message.features:
        if feature.origin == origin and feature.type == FEATURE_TYPE_SENTENCE and feature.attribute == TEXT:
            return np.asarray(feature.features, dtype=np.float32).reshape(-1)
    return None
