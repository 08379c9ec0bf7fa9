"""Pathway 2, the second-opinion navigator: thin actions over ``bot/pathways/second_opinion.py``."""

from __future__ import annotations

from typing import List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.pathway import PathwayForm, PathwaySubmit, Recorder, answers
from bot.clinic import load_clinic
from bot.pathways import SECOND_OPINION
from bot.pathways.second_opinion import QUESTIONS, build_summary, decide


class ValidateSecondOpinionForm(PathwayForm):
    pathway = SECOND_OPINION

    def slots_to_ask(self, tracker: Tracker) -> List[Text]:
        if tracker.get_slot("so_emergency") == "yes":
            return ["so_for_whom", "so_emergency"]  # emergency first: nothing else is asked
        return [q.slot for q in QUESTIONS]


class ActionSubmitSecondOpinionForm(PathwaySubmit):
    """Sends the tier, its reasons and what applies next, as text and as a card payload."""

    pathway = SECOND_OPINION

    def complete(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, record: Recorder
    ) -> Optional[Text]:
        decision = decide(answers(tracker, QUESTIONS))
        card = build_summary(decision, load_clinic().region, tracker.get_slot("so_for_whom"))
        dispatcher.utter_message(text=card.as_text(), json_message=card.as_payload())
        record("sure_band", decision.sure_band)
        record("tier", decision.tier)
        return decision.tier
