"""NLU pipeline components: the input guard (first), the sentence classifier, the patient's words over the
model's reading (staying, not leaving; another look, not a medical question; staying, not another look;
leaving, not staying; another look, not leaving; wiping what was typed, not a start over; staying, not a
start over; who sees this chat, not a pathway; leaving with the care's records, not privacy), the closed
list of questions to the bot in other languages, the safety net (last).

``config.yml``::

    pipeline:
      - name: bot.rasa_addons.nlu.InputGuard
      - ...tokenizer, featurizers (bot.rasa_addons.encoder.SentenceEncoderFeaturizer among them)...
      - name: bot.rasa_addons.nlu.SentenceClassifier
      - name: bot.rasa_addons.nlu.StayingNotLeaving
      - name: bot.rasa_addons.nlu.AnotherLookNotMedical
      - name: bot.rasa_addons.nlu.StayingNotAnotherLook
      - name: bot.rasa_addons.nlu.LeavingNotStaying
      - name: bot.rasa_addons.nlu.AnotherLookNotLeaving
      - name: bot.rasa_addons.nlu.PrivacyNotStartOver
      - name: bot.rasa_addons.nlu.StayingNotStartOver
      - name: bot.rasa_addons.nlu.PrivacyNotPathway
      - name: bot.rasa_addons.nlu.LeavingNotPrivacy
      - name: bot.rasa_addons.nlu.AskedOfTheBot
      - name: FallbackClassifier
      - name: bot.rasa_addons.nlu.SafetyNet
"""

from __future__ import annotations

import re
from typing import Any, Dict, FrozenSet, List, Optional, Text, Tuple

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import (
    FEATURE_TYPE_SENTENCE,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.utils.tensorflow.constants import RANKING_LENGTH
from scipy.sparse import coo_matrix, csr_matrix, hstack, vstack
from scipy.special import softmax

from bot import safety
from bot.forms import asked_of_the_bot, asks_to_erase, asks_who_sees
from bot.pathways import (
    PATHWAYS,
    RESET_CONVERSATION,
    button_texts,
    leaving_in_words,
    pathway_in_words,
    staying_in_words,
)
from bot.pathways.ending_care import says_leaving, says_staying
from bot.pathways.questions import HARM_TOLD
from bot.pathways.second_opinion import asks_another_look, asks_for_a_view, calm_look
from bot.rasa_addons.encoder import sentence_vector
from bot.rasa_addons.policy import ANSWER  # a form's answer in the patient's own words
from bot.text import clean_message, neutralise_slash

SAFETY_ASSESSMENT_KEY = "safety_assessment"  # set by the input guard on the whole text
SAFETY_KEY = "safety"  # what the safety net weighed and decided, as codes and numbers (never the text)
# Intent families for the nearest-examples signal: a risk of self-harm, or an emergency symptom.
_EXEMPLAR_FAMILIES = safety.FAMILY_OF
# What a message told as a history or a test may be answered as, when the model is sure (bot/safety.py).
YIELDING_INTENTS = frozenset(pathway.entry_intent for pathway in PATHWAYS) | {
    "ask_complaint",
    "ask_medical_question",
    "ask_privacy",
}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class InputGuard(GraphComponent):
    """Reads the whole message for risk words, then cleans and caps it for the model.

    A 50,000-character message must not slow the model down, but a crisis phrase
    at its very end must still be found: so the safety rules run on the full text
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
            message.set(SAFETY_ASSESSMENT_KEY, safety.assess(text))
            message.set(TEXT, neutralise_slash(clean_message(text, self._max_chars)), add_to_output=True)
        return messages


class _WordsOverModel(GraphComponent, IntentClassifier):
    """When the model read one of ``MISREAD`` first and the patient's words say ``MEANT`` in so many words
    (:meth:`says`), ``MEANT`` takes its place and its confidence, before the fallback classifier reads it.
    A safety intent is never in ``MISREAD``: the safety net weighs the model's guess of one. With
    ``at_least`` set (the fallback classifier's threshold), ``MEANT`` read first, by the model or by the
    swap, is held at that confidence when the words say it ("help, I've been struck off" is not a menu),
    unless the model also reads a risk among its first three: then the menu, with its crisis line, stays."""

    MISREAD: FrozenSet[Text] = frozenset()
    MEANT: Text = ""
    RISKS: FrozenSet[Text] = safety.SAFETY_INTENTS  # a reading of one of these keeps the menu (see above)

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"at_least": 0.0}

    def __init__(self, config: Optional[Dict[Text, Any]] = None) -> None:
        self._at_least = float((config or {}).get("at_least") or 0.0)

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "_WordsOverModel":
        return cls(config)

    @staticmethod
    def says(text: Text) -> bool:
        raise NotImplementedError

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            ranking = list(message.get(INTENT_RANKING_KEY) or [])
            names = [candidate.get(INTENT_NAME_KEY) for candidate in ranking]
            if not names:
                continue
            # Read first as the patient's own words, the message stays that (a form's answer); the reading
            # behind it, which starts a pathway when no question is open, is the one weighed.
            first = 1 if names[0] == ANSWER and len(names) > 1 else 0
            swap = names[first] in self.MISREAD and self.MEANT in names
            # Never held up where the model also reads a risk: the menu carries the crisis line.
            risk = any(name in self.RISKS for name in names[:3])
            unsure = (
                not first
                and names[0] == self.MEANT
                and ranking[0].get(PREDICTED_CONFIDENCE_KEY, 0) < self._at_least
                and not risk
            )
            if not (swap or unsure) or not self.says(message.get(TEXT) or ""):
                continue
            if swap:
                meant = names.index(self.MEANT)
                taken, given = ranking[first], ranking[meant]
                ranking[first] = {**given, PREDICTED_CONFIDENCE_KEY: taken[PREDICTED_CONFIDENCE_KEY]}
                ranking[meant] = {**taken, PREDICTED_CONFIDENCE_KEY: given[PREDICTED_CONFIDENCE_KEY]}
            if not first:
                confidence = max(ranking[0][PREDICTED_CONFIDENCE_KEY], 0.0 if risk else self._at_least)
                ranking[0] = {**ranking[0], PREDICTED_CONFIDENCE_KEY: confidence}
                message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class StayingNotLeaving(_WordsOverModel):
    """A message that says the patient does not want to leave ("I don't want to switch, I just want her to
    hear me") is not a request to end care: when the model read ending care first, the reset conversation
    takes its place and its confidence (``bot.pathways.ending_care.says_staying``). Word counts and sentence
    vectors both miss the "not"; this puts it back, before the fallback classifier reads the confidence."""

    MISREAD, MEANT = frozenset({"end_care"}), "prepare_reset_conversation"
    says = staticmethod(says_staying)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class StayingNotAnotherLook(_WordsOverModel):
    """A message that says the patient is staying ("Not switching, just want a better conversation") or turns
    another clinician's look down ("I'm not after another opinion, just want him to explain") is the reset
    conversation, not a second opinion: when the model read a second opinion first, the reset conversation
    takes its place and its confidence (never when the message also asks for another look elsewhere)."""

    MISREAD, MEANT = frozenset({"request_second_opinion"}), "prepare_reset_conversation"
    says = staticmethod(staying_in_words)


_STARTING_OVER = re.compile(
    r"\b(?:start|restart|begin|over|again|afresh|fresh|scratch|new\s+chat)\b", re.IGNORECASE
)


def _erase_not_start_over(text: Text) -> bool:
    return asks_to_erase(text) and not _STARTING_OVER.search(text or "")


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class PrivacyNotStartOver(_WordsOverModel):
    """A request to wipe what was typed ("wipe my info pls") is a privacy question, answered with what is
    kept and how to clear it, not a start over that leaves the patient's pathway without a word: when the
    model read a start over first, the privacy question takes its place (not when the patient also asks to
    start again)."""

    MISREAD, MEANT = frozenset({"start_over"}), "ask_privacy"
    says = staticmethod(_erase_not_start_over)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class StayingNotStartOver(_WordsOverModel):
    """A message that says the patient is mending things with their clinician ("reset things with my endo")
    is the reset conversation, not a start over that wipes the chat: when the model read a start over first,
    the reset conversation takes its place (``bot.pathways.staying_in_words``; a bare "reset" says no
    clinician and stays a start over)."""

    MISREAD, MEANT = frozenset({"start_over"}), "prepare_reset_conversation"
    says = staticmethod(staying_in_words)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AskedOfTheBot(GraphComponent, IntentClassifier):
    """A whole message that is one of the closed list's questions to the bot in German, Dutch, French or
    Italian ("bist du ein Bot", "wordt dit opgeslagen?", "Je voudrais parler à quelqu'un") is read as that
    question, at 1.0 (``bot.forms.asked_of_the_bot``). The model is not taught these languages: their
    training lines pulled other messages to a goodbye or a contact. The safety net still runs after it."""

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "AskedOfTheBot":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            asked = asked_of_the_bot(message.get(TEXT) or "")
            if asked:
                _set_intent(message, asked, 1.0)
        return messages


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class PrivacyNotPathway(_WordsOverModel):
    """A question whether the clinician or the practice will see this chat ("Can the practice see I'm
    thinking of leaving?", "is this going to my doctor?") is a privacy question, answered with what is kept,
    not the pathway or the medical question its words name: when the model read one of those first, the
    privacy question takes its place (``bot.forms.asks_who_sees``)."""

    MISREAD = frozenset(
        {
            "end_care",
            "prepare_reset_conversation",
            "request_second_opinion",
            "ask_medical_question",
            "ask_help",
            # "can someone at reception read this" (asks who sees it, not for a person)
            "talk_to_person",
        }
    )
    MEANT = "ask_privacy"
    says = staticmethod(asks_who_sees)


# The care's own records moved, copied or kept when the care ends ("what happens to my pregnancy notes?", "how
# do I get my records?"), not what is typed here ("do my answers go in my notes?").
_THE_CARES_RECORDS = re.compile(
    r"\b(?:what\s+happens\s+to|get|getting|transfer\w*|copy|copies|send|sent|move|moved|take|request)\s+"
    r"(?:a\s+copy\s+of\s+)?(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+)?"
    r"(?:notes|records|file|files|chart|x-?rays|scans)\b",
    re.IGNORECASE,
)
_THIS_CHAT_OR_SOMEONE_ELSE = re.compile(
    r"\b(?:chat|conversation|bot|chatbot|messages?|type|typed|typing|write|put|say|said|talking|here|you|"
    r"this|these\s+notes|answers|quiz|used|website|private|privacy|confidential|"
    # someone else getting the records: "can my ex get my records?" (a privacy question, maybe a safety one)
    r"ex|husband|wife|partner|boyfriend|girlfriend|works\s+there|"
    r"(?:can|could|will|would)\s+(?!i\b|we\b)\w+(?:\s+\w+)?\s+(?:be\s+able\s+to\s+)?(?:get|see|access|read|request))\b",
    re.IGNORECASE,
)


def _leaving_with_records(text: Text) -> bool:
    """Leaving said, with the care's records asked about; no harm told, no word of this chat, nor of someone
    else getting them."""
    return (
        leaving_in_words(text)
        and not HARM_TOLD.search(text or "")
        and bool(_THE_CARES_RECORDS.search(text or ""))
        and not _THIS_CHAT_OR_SOMEONE_ELSE.search(text or "")
        and not asks_who_sees(text)
    )


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LeavingNotPrivacy(_WordsOverModel):
    """A message that says the care is ending and asks about the care's own records ("leaving my midwife.
    what happens to my pregnancy notes?") is ending care, whose checklist says how to get them, not a
    question about what this chat keeps: when the model read a privacy question first, ending care takes its
    place (never when the message speaks of this chat, what is typed here, who sees it or someone else getting
    the records, nor beside harm told)."""

    MISREAD, MEANT = frozenset({"ask_privacy"}), "end_care"
    says = staticmethod(_leaving_with_records)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class LeavingNotStaying(_WordsOverModel):
    """A message that says the care is ending in so many words ("time to leave my gyno, she's not
    listening", "my pain doctor is firing me, scared about withdrawal") is ending care, however much of it
    tells of a clash, a disagreement or a medicine: when the model read the reset conversation, a second
    opinion, a medical question or a question about the bot's help first, ending care takes its place and
    its confidence (``bot.pathways.ending_care.says_leaving``; never when the patient also says they want to
    stay, or asks whether to have another clinician look)."""

    MISREAD = frozenset(
        {
            "prepare_reset_conversation",
            "request_second_opinion",
            "ask_medical_question",
            # "Can a doctor just drop you? Mine did" (not a complaint, answered with the complaint routes, nor
            # carrying on, which resumes a paused form)
            "ask_help",
        }
    )
    MEANT = "end_care"
    # Not a guess that a medicine is being stopped ("help, the methadone clinic is discharging me"): the
    # ending care pathway asks about daily medicines and bridges them.
    RISKS = safety.SAFETY_INTENTS - {"stop_medication"}
    says = staticmethod(leaving_in_words)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AnotherLookNotMedical(_WordsOverModel):
    """A message that asks whether to see another clinician ("lots of tests, no answers. Should I see a
    different gastro?", "my physio says I'll never run again, I want to hear from a sports surgeon") asks
    about a second opinion, not a medical question for the refusal, however many symptoms it names, nor a talk
    with the clinician it names (``bot.pathways.second_opinion.asks_another_look``)."""

    MISREAD, MEANT = (
        frozenset({"ask_medical_question", "prepare_reset_conversation"}),
        "request_second_opinion",
    )
    says = staticmethod(asks_another_look)


def _another_look_not_leaving(text: Text) -> bool:
    return (asks_for_a_view(text) or calm_look(text)) and not says_leaving(text)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class AnotherLookNotLeaving(_WordsOverModel):
    """A message that asks for another clinician's view by name ("how do I get my records sent to another
    doctor for a second opinion") is a second opinion, not ending care, however much it tells of records
    and other doctors: when the model read ending care first, the second opinion takes its place (never when
    the words also say the care is ending: ``bot.pathways.ending_care.says_leaving``)."""

    MISREAD, MEANT = frozenset({"end_care"}), "request_second_opinion"
    says = staticmethod(_another_look_not_leaving)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class SafetyNet(GraphComponent, IntentClassifier):
    """Sets the safety intent that :func:`bot.safety.decide` chooses from three signals.

    - the keyword rules (:func:`bot.safety.assess`, read by the input guard on the whole text);
    - the model's intent (the sentence classifier, after the fallback classifier);
    - the nearest training examples by sentence vector: when most of the ``neighbours`` closest
      examples are crisis (or emergency) examples and the closest is at least ``min_similarity`` alike.

    A certain keyword finding becomes its full-reply intent with confidence 1.0, whatever the model said;
    the models alone can raise at most a check-in, the safeguarding reply or the medicine caution. A
    model's risk guess on a known figure of speech ("this wait is killing me") falls back to the
    model's next-best intent, or to ``nlu_fallback`` (the menu) when that is below
    ``fallback_threshold``, as the fallback classifier would have done with it. What was weighed is added
    to the parse result under ``safety``.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "exemplar_features": "sentence_encoder",
            "neighbours": 5,
            "min_share": 0.6,
            "min_similarity": 0.55,
            "model_min_confidence": 0.5,
            "use_model": True,
            "use_exemplars": True,
            "fallback_threshold": 0.3,  # the FallbackClassifier's threshold (config.yml; a test checks)
        }

    def __init__(
        self,
        config: Optional[Dict[Text, Any]] = None,
        model_storage: Optional[ModelStorage] = None,
        resource: Optional[Resource] = None,
        vectors: Optional[np.ndarray] = None,
        families: Optional[np.ndarray] = None,
    ) -> None:
        self._config = {**self.get_default_config(), **(config or {})}
        self._model_storage = model_storage
        self._resource = resource
        self._vectors = vectors if vectors is not None else np.zeros((0, 0), dtype=np.float32)
        self._families = families if families is not None else np.zeros((0,), dtype=object)
        self._settings = safety.Settings(
            use_model=bool(self._config["use_model"]),
            use_exemplars=bool(self._config["use_exemplars"]),
            model_min_confidence=float(self._config["model_min_confidence"]),
            context_yields_to=YIELDING_INTENTS,
        )

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetyNet":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        """Keeps the sentence vector and intent family ("" for none) of every intent example."""
        vectors, families = [], []
        for example in training_data.intent_examples:
            vector = sentence_vector(example, self._config["exemplar_features"])
            if vector is not None:
                vectors.append(vector)
                families.append(_EXEMPLAR_FAMILIES.get(example.get(INTENT), ""))
        if vectors:
            self._vectors = np.stack(vectors).astype(np.float32)
            self._families = np.array(families, dtype=object)
        if self._model_storage is not None:
            with self._model_storage.write_to(self._resource) as path:
                np.savez(path / "exemplars.npz", vectors=self._vectors, families=self._families.astype(str))
        return self._resource

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "SafetyNet":
        try:
            with model_storage.read_from(resource) as path:
                data = np.load(path / "exemplars.npz", allow_pickle=False)
                vectors, families = data["vectors"], data["families"].astype(object)
        except (ValueError, FileNotFoundError):
            vectors, families = None, None
        return cls(config, model_storage, resource, vectors, families)

    def nearest_family(self, vector: Optional[np.ndarray]) -> Tuple[Optional[Text], float, float]:
        """(family or None, share of the nearest examples in it, similarity of the closest)."""
        if vector is None or not len(self._vectors):
            return None, 0.0, 0.0
        similarities = self._vectors @ vector
        k = min(int(self._config["neighbours"]), len(similarities))
        nearest = np.argpartition(-similarities, k - 1)[:k]
        top = float(similarities[nearest].max())
        for family in (safety.CRISIS, safety.EMERGENCY):
            share = float(np.mean(self._families[nearest] == family))
            if share >= float(self._config["min_share"]) and top >= float(self._config["min_similarity"]):
                return family, share, top
        return None, 0.0, top

    @staticmethod
    def _pathway_said(
        text: Text, guess: Text, replacement: Optional[Tuple[Text, float]], threshold: float
    ) -> Optional[Text]:
        """The pathway the words name (:func:`bot.pathways.pathway_in_words`) in place of an unsure guess of
        a care reply, the medicine caution or safeguarding, which carry no crisis line ("Wah, the doctor told
        me never to come back to his clinic. I am on TB medicine.", a medicine stop at 0.26). Never the
        reset conversation over a guess of abuse: no calm talk with someone who may have hurt the patient.
        A guess of a crisis, even one the rules set aside as a look-alike, keeps the menu and its crisis
        line. Never a button, nor a message the model reads as a form's answer."""
        if guess not in safety.CARE_INTENTS or text in button_texts():
            return None
        if replacement and replacement[0] == ANSWER and replacement[1] >= threshold:
            return None
        said = pathway_in_words(text)
        if guess == "report_abuse" and said == RESET_CONVERSATION.entry_intent:
            return None
        return said

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            keyword = message.get(SAFETY_ASSESSMENT_KEY)
            if keyword is None:
                keyword = safety.assess(text)
            guessed = _model_guess(message)
            model_intent, model_confidence = guessed
            if text in button_texts():
                # A pathway's own button ("For my child") is an answer: only the keyword rules may read
                # risk in it.
                model_intent, model_confidence = None, 0.0
                family, share, top = None, 0.0, 0.0
            else:
                family, share, top = self.nearest_family(
                    sentence_vector(message, self._config["exemplar_features"])
                )
            signals = safety.Signals(
                keyword,
                model_intent,
                model_confidence,
                family,
                safety.is_hard_negative(text),
                safety.context(text),
            )
            intent, decided_by = safety.decide(signals, self._settings)
            message.set(
                SAFETY_KEY,
                {
                    "keyword": [keyword.kind, keyword.tier, keyword.context],
                    "model": [model_intent, round(model_confidence, 3)],
                    "exemplars": [family, round(share, 2), round(top, 3)],
                    "hard_negative": signals.hard_negative,
                    "context": signals.context,
                    "decided_by": decided_by,
                },
                add_to_output=True,
            )
            if intent:
                _set_intent(message, intent, 1.0)
            elif guessed[0] in safety.SAFETY_INTENTS:
                # The model guessed a safety intent that the rules did not keep: next best instead.
                replacement = _best_non_safety_intent(message)
                threshold = float(self._config["fallback_threshold"])
                said = self._pathway_said(text, guessed[0], replacement, threshold)
                if said:
                    replacement = (said, max(threshold, _confidence_of(message, said)))
                elif replacement and replacement[1] < threshold and text not in button_texts():
                    replacement = (DEFAULT_NLU_FALLBACK_INTENT_NAME, threshold)
                if replacement:
                    _set_intent(message, *replacement)
        return messages


def _model_guess(message: Message) -> Tuple[Optional[Text], float]:
    """The model's best real intent and its confidence (past the fallback classifier's marker)."""
    for candidate in message.get(INTENT_RANKING_KEY) or [message.get(INTENT) or {}]:
        name = candidate.get(INTENT_NAME_KEY)
        if name and name != DEFAULT_NLU_FALLBACK_INTENT_NAME:
            return name, float(candidate.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
    return None, 0.0


def _best_non_safety_intent(message: Message) -> Optional[tuple]:
    for candidate in message.get(INTENT_RANKING_KEY) or []:
        name = candidate.get(INTENT_NAME_KEY)
        if name not in safety.SAFETY_INTENTS and name != DEFAULT_NLU_FALLBACK_INTENT_NAME:
            return name, candidate.get(PREDICTED_CONFIDENCE_KEY, 0.0)
    return None


def _sentence_features(message: Message, sparse: bool) -> Any:
    """The sentence-level features of the text, sparse or dense, as the one featurizer of that kind made
    them: read in place, where Rasa's ``get_sparse_features`` deep-copies them to combine several."""
    found = [
        f
        for f in message.features
        if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE and f.is_sparse() == sparse
    ]
    if len(found) == 1:
        return found[0].features
    get = message.get_sparse_features if sparse else message.get_dense_features
    combined = get(attribute=TEXT)[1]
    return None if combined is None else combined.features


def _as_coo(matrix: Any) -> coo_matrix:
    """The matrix in coordinates; as it is when it already is (building a new one costs more than the
    scoring)."""
    return matrix if isinstance(matrix, coo_matrix) else coo_matrix(matrix)


def _confidence_of(message: Message, name: Text) -> float:
    """The model's confidence in ``name`` (0.0 when it is not among its readings)."""
    for candidate in message.get(INTENT_RANKING_KEY) or []:
        if candidate.get(INTENT_NAME_KEY) == name:
            return float(candidate.get(PREDICTED_CONFIDENCE_KEY) or 0.0)
    return 0.0


def _set_intent(message: Message, name: Text, confidence: float) -> None:
    intent = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}
    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != name]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [intent] + ranking, add_to_output=True)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class SentenceClassifier(LogisticRegressionClassifier):
    """Logistic regression on the pretrained sentence vector beside the word counts.

    Rasa's ``LogisticRegressionClassifier`` with two settings it lacks: ``C`` (how closely it fits the
    examples) and ``dense_weight`` (how much the sentence vector counts against the word counts). It
    trains in seconds where DIET took minutes, and on patients' own words it routed better
    (docs/safety.md). A model file that cannot be read, or that holds types skops does not trust, fails
    loudly instead of leaving an untrained classifier, as Rasa's would.
    """

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            **LogisticRegressionClassifier.get_default_config(),
            "C": 1.0,
            "dense_weight": 1.0,
            "max_iter": 2000,
        }

    def __init__(
        self, config: Dict[Text, Any], name: Text, model_storage: ModelStorage, resource: Resource
    ) -> None:
        super().__init__(config, name, model_storage, resource)
        self.clf.set_params(C=float(self.config["C"]))

    def process(self, messages: List[Message]) -> List[Message]:
        """As Rasa's, but a multinomial model's probabilities come straight from its coefficients.

        They are the same numbers as ``predict_proba`` gives (the softmax of each class's score), without
        stacking a sparse matrix per message, which was most of this component's time under load.
        """
        rows = [
            (_sentence_features(message, True), _sentence_features(message, False)) for message in messages
        ]
        if not self._multinomial() or any(sparse is None or dense is None for sparse, dense in rows):
            return super().process(messages)
        coef, intercept = self.clf.coef_, self.clf.intercept_
        weight = float(self.config["dense_weight"])
        rows = [(_as_coo(sparse), np.asarray(dense).reshape(-1)) for sparse, dense in rows]
        if any(sparse.shape[1] + dense.shape[0] != coef.shape[1] for sparse, dense in rows):
            return super().process(messages)  # features the model was not trained on: Rasa's own error
        for message, (sparse, dense) in zip(messages, rows):
            # Only the columns of the words present: a product with the whole transposed coefficient
            # matrix copied it for every message.
            words, meaning = coef[:, sparse.col], coef[:, sparse.shape[1] :]
            scores = intercept + words @ sparse.data + meaning @ (dense * weight)
            probabilities = softmax(scores)
            ranking = sorted(
                ({"name": name, "confidence": float(p)} for name, p in zip(self.clf.classes_, probabilities)),
                key=lambda entry: -entry["confidence"],
            )
            message.set("intent", ranking[0], add_to_output=True)
            if self.config[RANKING_LENGTH] > 0:
                ranking = ranking[: self.config[RANKING_LENGTH]]
            message.set("intent_ranking", ranking, add_to_output=True)
        return messages

    def _multinomial(self) -> bool:
        """True when ``predict_proba`` is the softmax of the scores (sklearn's own test)."""
        classes = getattr(self.clf, "classes_", None)
        if classes is None or not hasattr(self.clf, "coef_"):
            return False
        ovr = self.clf.multi_class == "ovr" or (
            self.clf.multi_class == "auto" and (len(classes) <= 2 or self.clf.solver == "liblinear")
        )
        return not ovr

    def _create_X(self, messages: List[Message]) -> csr_matrix:
        rows = []
        weight = float(self.config["dense_weight"])
        for message in messages:
            sparse = message.get_sparse_features(attribute=TEXT)[1]
            dense = message.get_dense_features(attribute=TEXT)[1]
            rows.append(
                hstack(
                    [
                        csr_matrix(sparse.features if sparse else []),
                        csr_matrix(dense.features * weight if dense else []),
                    ]
                )
            )
        return vstack(rows).tocsr()

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "SentenceClassifier":
        import skops.io as sio

        with model_storage.read_from(resource) as model_dir:
            path = model_dir / f"{resource.name}.skops"
            untrusted = sio.get_untrusted_types(file=path)
            if untrusted:
                raise ValueError(
                    f"{path.name} holds types that are not trusted: {untrusted}; retrain the model"
                )
            classifier = sio.load(path, trusted=[])
        component = cls(config, execution_context.node_name, model_storage, resource)
        component.clf = classifier
        return component
