"""Core actions: the ones that need the clinic file."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.clinic import load_clinic
from bot.replies import talk_to_person_text


class ActionTalkToPerson(Action):
    """Gives the clinic's patient-relations contact from clinic.yml."""

    def name(self) -> Text:
        return "action_talk_to_person"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        dispatcher.utter_message(text=talk_to_person_text(load_clinic()))
        return []
