"""Pathway 3, ending care safely: thin actions over ``bot/pathways/ending_care.py``."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.pathway import PathwayForm, PathwaySubmit, Recorder, answers
from bot.clinic import load_clinic
from bot.pathways import ENDING_CARE
from bot.pathways.ending_care import (
    PATIENT,
    PRACTICE,
    QUESTIONS,
    build_card,
    build_checklist,
    initiator_from_text,
    questions_for,
)
from bot.replies import complaint_routes, complaints_text


class ValidateEndingCareForm(PathwayForm):
    pathway = ENDING_CARE

    def slots_to_ask(self, tracker: Tracker) -> List[Text]:
        return [q.slot for q in questions_for(load_clinic().region)]

    def check_ec_initiator(
        self, text: Text, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Dict[Text, Any]:
        return self.choice("ec_initiator", initiator_from_text(text), dispatcher)


class ActionSubmitEndingCareForm(PathwaySubmit):
    """Sends the checklist (with the records-request letter) as text and as a card payload."""

    pathway = ENDING_CARE

    def complete(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, record: Recorder
    ) -> Optional[Text]:
        clinic = load_clinic()
        given = answers(tracker, QUESTIONS)
        items = build_checklist(given, clinic.region)
        card = build_card(items, clinic.region, complaint_routes(clinic), given.get("ec_for_whom"))
        dispatcher.utter_message(text=card.as_text(), json_message=card.as_payload())
        for item in items:
            record("checklist_item", item.code)
        return given.get("ec_initiator") if given.get("ec_initiator") in (PATIENT, PRACTICE) else None


class ActionComplaintRoutes(Action):
    """Where to complain, nearest first, each with what it is for: the region's routes and the clinic's
    own contacts (the same list the checklist ends with when the patient asks for it)."""

    def name(self) -> Text:
        return "action_complaint_routes"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict]:
        dispatcher.utter_message(text=complaints_text(load_clinic()))
        return []
