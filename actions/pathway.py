"""What every pathway form shares: recording its start, asking from ``bot`` question lists, skip / not
sure / why / stop / start over, short digressions, and finishing or leaving the form.

A pathway module subclasses :class:`PathwayForm` (validation, and asking the next question) and
:class:`PathwaySubmit`, and keeps only what is particular to it.

The form's validation action also records the start and asks the next question, so an answer costs one
call to the action server rather than two (there are no ``action_ask_*`` actions; Rasa asks nothing
itself when a form slot has none). Measured in docs/performance.md.
"""

from __future__ import annotations

import abc
import logging
from typing import Any, Dict, List, Optional, Sequence, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot import analytics, forms
from bot.questions import YES_NO_BUTTONS, Question
from bot.replies import MENU_BUTTONS, PATHWAY_STOPPED

logger = logging.getLogger(__name__)

EXIT_SLOT = "pathway_exit"
TOKEN_SLOT = "analytics_token"
_store: Optional[analytics.Analytics] = None


def store() -> analytics.Analytics:
    """The analytics store, opened on first use (never at import time)."""
    global _store
    if _store is None:
        _store = analytics.Analytics()
    return _store


class Recorder:
    """Records analytics events for one conversation, minting its random token if it has none yet."""

    def __init__(self, tracker: Tracker, pathway: Text):
        self.pathway = pathway
        self.token = tracker.get_slot(TOKEN_SLOT)
        self.events: List[EventType] = []
        if not self.token:
            self.token = analytics.new_token()
            self.events.append(SlotSet(TOKEN_SLOT, self.token))

    def __call__(self, step: Text, choice: Text, outcome: Optional[Text] = None) -> None:
        try:
            store().record(self.token, self.pathway, step, choice, outcome)
        except analytics.UnknownCode as error:
            # A bug in an action, never patient input (codes are mapped before they get here): say so
            # clearly in the log, write nothing, and let the conversation carry on.
            logger.error("Analytics refused an event: %s", error)


# Short questions that may interrupt any form; the form asks its question again afterwards.
DIGRESSIONS = {"ask_privacy": "utter_privacy", "ask_if_bot": "utter_i_am_a_bot", "ask_help": "utter_help"}
DIGRESSION_CONFIDENCE = 0.9
DIGRESSION_MAX_WORDS = 8


def answers(tracker: Tracker, questions: Sequence[Question]) -> Dict[Text, Any]:
    """The current answer to each question, by slot."""
    return {q.slot: tracker.get_slot(q.slot) for q in questions}


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return "" if value is None else str(value)


class PathwayForm(FormValidationAction, abc.ABC):
    """Validation for a pathway form whose questions are listed in ``bot``."""

    pathway: Text = ""

    @property
    @abc.abstractmethod
    def questions(self) -> Sequence[Question]:
        """The pathway's questions, in order (a class attribute in subclasses)."""

    def question(self, slot: Text) -> Question:
        return next(q for q in self.questions if q.slot == slot)

    def slots_to_ask(self, tracker: Tracker) -> List[Text]:
        """The questions to ask, in order, given the answers so far (override to skip some)."""
        return [q.slot for q in self.questions]

    async def required_slots(
        self, domain_slots: List[Text], dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        if tracker.get_slot(EXIT_SLOT):
            return []  # the form ends and the submit action says goodbye to it
        return self.slots_to_ask(tracker)

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        """None: Rasa fills the slots from the domain's ``from_text`` mappings; there are no ``extract_*``."""
        return []

    async def next_requested_slot(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Optional[EventType]:
        """Names the next question and asks it (None ends the form), whatever the domain lists."""
        required = await self.required_slots(self.domain_slots(domain), dispatcher, tracker, domain)
        slot = next((s for s in required if tracker.slots.get(s) is None), None)
        if slot is not None:
            self.ask(slot, dispatcher, tracker)
        return SlotSet("requested_slot", slot)

    def ask(self, slot: Text, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        """Ask one question from ``bot`` (override for questions whose wording depends on earlier answers)."""
        dispatcher.utter_message(**self.question(slot).message(self.rephrasing(tracker)))

    def rephrasing(self, tracker: Tracker) -> bool:
        """Whether questions with a calmer-words version should use it (the patient asked to rephrase)."""
        return False

    async def get_validation_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        events: List[EventType] = []
        slots = {q.slot for q in self.questions}
        record = Recorder(tracker, self.pathway)
        if tracker.get_slot("requested_slot") is None:
            record(analytics.START, analytics.STARTED)  # Rasa is starting the form: nothing asked yet
        for slot, value in tracker.slots_to_validate().items():
            if slot in slots:
                result = self.answer(slot, _text(value), dispatcher, tracker)
                events += [SlotSet(name, new_value) for name, new_value in result.items()]
                if result.get(slot) is not None:
                    for code in self.analytics_codes(slot, result[slot]):
                        record(slot, code)
        return events + record.events

    def analytics_codes(self, slot: Text, value: Any) -> List[Text]:
        """The codes to record for an answer: never the words. Free text becomes ``free_text_given``."""
        allowed = analytics.VOCABULARY[self.pathway][slot]
        return [value if value in allowed else analytics.FREE_TEXT]

    def answer(self, slot: Text, text: Text, dispatcher: CollectingDispatcher, tracker: Tracker) -> Dict[Text, Any]:
        """Control words and digressions first; then the pathway's own ``check_<slot>``."""
        word = forms.control_word(text)
        if word == forms.WHY:
            dispatcher.utter_message(text=self.question(slot).why)
            return {slot: None}
        if word in (forms.STOP, forms.START_OVER):
            return {slot: None, EXIT_SLOT: word}
        if word in (forms.SKIP, forms.NOT_SURE):
            return {slot: word}
        intent = tracker.latest_message.get("intent") or {}
        is_button = text.strip().lower() in {b.lower() for b in self.question(slot).buttons}
        if (
            not is_button
            and intent.get("name") in DIGRESSIONS
            and (intent.get("confidence") or 0) >= DIGRESSION_CONFIDENCE
            and len(text.split()) <= DIGRESSION_MAX_WORDS
        ):
            dispatcher.utter_message(response=DIGRESSIONS[intent["name"]])
            return {slot: None}
        check = getattr(self, f"check_{slot}", None)
        if check is None and tuple(self.question(slot).buttons) == YES_NO_BUTTONS:
            return self.choice(slot, forms.yes_no(text), dispatcher)
        return check(text, dispatcher, tracker)

    @staticmethod
    def own_words(slot: Text, text: Text, dispatcher: CollectingDispatcher) -> Dict[Text, Any]:
        """Keep the patient's words if they are usable; otherwise ask kindly again."""
        checked = forms.check_free_text(text)
        if checked.problem:
            dispatcher.utter_message(text=checked.problem)
        return {slot: checked.value}

    @staticmethod
    def choice(slot: Text, code: Optional[Text], dispatcher: CollectingDispatcher) -> Dict[Text, Any]:
        """Keep a recognised choice; otherwise ask for a button."""
        if code is None:
            dispatcher.utter_message(text="Sorry, I didn't catch that. Could you pick one of the buttons, or say skip?")
        return {slot: code}


class PathwaySubmit(Action, abc.ABC):
    """Runs when a pathway form ends: either the patient left it, or it is complete."""

    pathway: Text = ""
    questions: Sequence[Question] = ()
    extra_slots: Sequence[Text] = ()

    def clear(self) -> List[EventType]:
        """Forget the answers, so the next visit to the pathway starts fresh."""
        names = [q.slot for q in self.questions] + list(self.extra_slots) + [EXIT_SLOT]
        return [SlotSet(name, None) for name in names]

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        record = Recorder(tracker, self.pathway)
        exit_word = tracker.get_slot(EXIT_SLOT)
        if exit_word == forms.START_OVER:
            record(analytics.END, "start_over")
            dispatcher.utter_message(response="utter_start_over")
            return [Restarted()]
        if exit_word == forms.STOP:
            record(analytics.END, "stopped")
            dispatcher.utter_message(text=PATHWAY_STOPPED, buttons=MENU_BUTTONS)
            return record.events + self.clear()
        outcome = self.complete(dispatcher, tracker, record)
        record(analytics.END, "completed", outcome)
        return record.events + self.clear()

    @abc.abstractmethod
    def complete(self, dispatcher: CollectingDispatcher, tracker: Tracker, record: Recorder) -> Optional[Text]:
        """Send the pathway's result, record any result codes, and return the outcome code."""
