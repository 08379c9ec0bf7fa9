"""The safety policy: the crisis and emergency replies win at any point of any conversation.

It has the highest priority of all policies, so it overrides an active form, a
rule or a story. It uses only static responses and Rasa's own
``action_deactivate_loop``, so it works with the action server down. It sets the
``clinic_region`` slot from the clinic file so that responses show that region's
numbers.

``config.yml``::

    policies:
      - name: bot.rasa_addons.policy.SafetyPolicy
        priority: 7
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.policy import Policy, PolicyPrediction, confidence_scores_for
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.clinic import load_clinic

REGION_SLOT = "clinic_region"
# What the bot does after each safety intent, in order, before it listens again.
SAFETY_SEQUENCES = {
    "express_crisis": ["utter_crisis", "action_deactivate_loop"],
    "report_emergency": ["utter_emergency", "action_deactivate_loop"],
}
# Actions Rasa itself runs between a message and the next prediction.
_BOOKKEEPING = {"action_extract_slots"}


def next_safety_action(intent: Optional[Text], done: List[Text]) -> Optional[Text]:
    """The next action of the safety sequence for ``intent``, given the actions already run.

    ``None`` means the safety policy has nothing to say.
    """
    sequence = SAFETY_SEQUENCES.get(intent or "")
    if sequence is None or done != sequence[: len(done)]:
        return None
    return sequence[len(done)] if len(done) < len(sequence) else ACTION_LISTEN_NAME


def _actions_since_last_message(tracker: DialogueStateTracker) -> Optional[List[Text]]:
    done: List[Text] = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return list(reversed(done))
        if isinstance(event, ActionExecuted) and event.action_name not in _BOOKKEEPING:
            if event.action_name == ACTION_LISTEN_NAME:
                continue
            done.append(event.action_name)
    return None


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class SafetyPolicy(Policy):
    """Predicts the crisis or emergency reply whenever the latest message asks for it."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"priority": 7}

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Any = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)
        self._region: Optional[Text] = None

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        """Nothing to learn: the policy is a fixed table. Checks the domain has the replies."""
        missing = {a for seq in SAFETY_SEQUENCES.values() for a in seq} - set(domain.action_names_or_texts)
        if missing:
            raise ValueError(f"the domain lacks the safety actions {sorted(missing)}")
        return self._resource

    def _clinic_region(self) -> Text:
        # Read lazily, once per server process: the clinic file may change without retraining.
        if self._region is None:
            self._region = load_clinic().region
        return self._region

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        # Every prediction carries the clinic's region until the slot is set, so any
        # response (the fallback's safety line too) can show that region's numbers.
        events = [] if tracker.get_slot(REGION_SLOT) else [SlotSet(REGION_SLOT, self._clinic_region())]
        done = _actions_since_last_message(tracker)
        intent = tracker.latest_message.intent.get("name") if tracker.latest_message else None
        action = next_safety_action(intent, done) if done is not None else None
        if action is None:
            return self._prediction(self._default_predictions(domain), events=events)
        # Marked as a "no user" prediction so that it also outranks an active form,
        # whose happy-path prediction would otherwise beat every other policy.
        return self._prediction(
            confidence_scores_for(action, 1.0, domain), events=events, is_no_user_prediction=True
        )
