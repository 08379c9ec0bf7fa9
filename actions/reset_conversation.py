"""Pathway 1, the reset conversation: thin actions over ``bot/pathways/reset_conversation.py``."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.pathway import PathwayForm, PathwaySubmit, Recorder
from bot import analytics, forms
from bot.clinic import load_clinic
from bot.pathways import RESET_CONVERSATION, menu_buttons
from bot.pathways.reset_conversation import (
    CHANNELS,
    HEAT_INTRO,
    HELPS,
    HELPS_DONE,
    IF_IT_GOES_BADLY,
    KEEP,
    NO_SCRIPT_AFTER_SAFEGUARDING,
    QUESTIONS,
    REPHRASE,
    ROLE_NO_NAMES,
    ROLE_UNCLEAR,
    SAFEGUARDING,
    ResetAnswers,
    build_reset_script,
    channel_from_text,
    heat_check,
    match_helps,
    role_from_text,
)

SO_FAR, OWN_WORDS = "reset_helps_so_far", "reset_helps_own_words"
SAFEGUARDING_SLOT = "safeguarding_shown"  # set by the safety policy after an abuse disclosure


def answers_from(tracker: Tracker) -> ResetAnswers:
    helps = tracker.get_slot("reset_helps") or ""
    return ResetAnswers(
        role=tracker.get_slot("reset_role"),
        what_happened=tracker.get_slot("reset_what_happened"),
        concern=tracker.get_slot("reset_concern"),
        helps=[code for code in helps.split() if code in HELPS],
        helps_own_words=tracker.get_slot(OWN_WORDS),
        channel=tracker.get_slot("reset_channel"),
        for_whom=tracker.get_slot("reset_for_whom") or "self",
    )


class ValidateResetConversationForm(PathwayForm):
    pathway = RESET_CONVERSATION

    def slots_to_ask(self, tracker: Tracker) -> List[Text]:
        if tracker.get_slot(SAFEGUARDING_SLOT):
            return []  # no calm talk with a clinician who abused the patient: the form ends here
        slots = [q.slot for q in QUESTIONS]
        if tracker.get_slot("reset_heat_choice") is None and not heat_check(answers_from(tracker)):
            slots.remove("reset_heat_choice")
        return slots

    def analytics_codes(self, slot: Text, value: Any) -> List[Text]:
        if slot == "reset_helps":
            return value.split() if value not in ("skip", "not_sure") else [value]
        if slot == "reset_role" and value not in analytics.VOCABULARY[self.pathway.name][slot]:
            return ["other_role"]
        return super().analytics_codes(slot, value)

    def reads_a_choice(self, slot: Text, text: Text, tracker: Tracker) -> bool:
        if slot == "reset_helps":
            return bool(match_helps(text))
        return super().reads_a_choice(slot, text, tracker)

    def wish_put_as_a_question(self, slot: Text, text: Text) -> bool:
        # "which side effects mean I should ring" is the wish for what to watch for and when to call
        return slot == "reset_helps" and "watch_for" in match_helps(text)

    def check_reset_role(
        self, text: Text, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> Dict[Text, Any]:
        if forms.mentions_a_name(text):
            dispatcher.utter_message(text=ROLE_NO_NAMES)
            return {"reset_role": None}
        role = role_from_text(text)
        if role is None:
            dispatcher.utter_message(text=ROLE_UNCLEAR)
        return {"reset_role": role}

    def check_reset_what_happened(self, text: Text, dispatcher: CollectingDispatcher, tracker: Tracker):
        return self.own_words("reset_what_happened", text, dispatcher)

    def check_reset_concern(self, text: Text, dispatcher: CollectingDispatcher, tracker: Tracker):
        return self.own_words("reset_concern", text, dispatcher)

    def check_reset_heat_choice(self, text: Text, dispatcher: CollectingDispatcher, tracker: Tracker):
        choice = text.strip().lower()
        if choice in ("rephrased", "kept"):  # a stored answer, validated again when the form resumes
            return {"reset_heat_choice": choice}
        if choice in (REPHRASE.lower(), "rephrase", "calmer", "yes"):
            flagged = {f.field for f in heat_check(answers_from(tracker))}
            # Ask again only for the answers that had heated words in them.
            return {"reset_heat_choice": "rephrased", **{f"reset_{name}": None for name in flagged}}
        if choice in (KEEP.lower(), "keep", "keep them", "no"):
            return {"reset_heat_choice": "kept"}
        return self.choice("reset_heat_choice", None, dispatcher)

    def check_reset_helps(self, text: Text, dispatcher: CollectingDispatcher, tracker: Tracker):
        if text.split() and all(code in HELPS for code in text.split()):
            return {"reset_helps": text}  # a stored answer, validated again when the form resumes
        so_far = list(tracker.get_slot(SO_FAR) or [])
        if text.strip().lower() in (HELPS_DONE.lower(), "done", "that's it", "nothing else", "no"):
            if so_far:
                return {"reset_helps": " ".join(so_far)}
            return self.choice("reset_helps", None, dispatcher)
        checked = forms.check_free_text(text)
        if checked.problem:
            dispatcher.utter_message(text=checked.problem)
            return {"reset_helps": None}
        codes = match_helps(text)
        result: Dict[Text, Any] = {}
        if not codes or text.strip().lower() not in {title.lower() for title, _ in HELPS.values()}:
            result[OWN_WORDS] = checked.value  # typed words are kept and quoted as well
        so_far += [code for code in codes if code not in so_far]
        result[SO_FAR] = so_far
        done = len(so_far) == len(HELPS)
        result["reset_helps"] = " ".join(so_far) if done or OWN_WORDS in result else None
        return result

    def check_reset_channel(self, text: Text, dispatcher: CollectingDispatcher, tracker: Tracker):
        return self.choice("reset_channel", channel_from_text(text), dispatcher)

    def rephrasing(self, tracker: Tracker) -> bool:
        return tracker.get_slot("reset_heat_choice") == "rephrased"

    def ask(self, slot: Text, dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
        if slot == "reset_heat_choice":
            # Show what the heat check found, with a calmer way to say it, before asking.
            findings = heat_check(answers_from(tracker))
            dispatcher.utter_message(
                text="\n".join([HEAT_INTRO] + [f'- "{f.word}": {f.calmer}' for f in findings])
            )
        so_far = tracker.get_slot(SO_FAR) or []
        if slot == "reset_helps" and so_far:
            # Offer the wishes not picked yet, and "That's all" once there is at least one.
            picked = ", ".join(HELPS[code][0].lower() for code in so_far)
            buttons = [{"title": t, "payload": t} for code, (t, _) in HELPS.items() if code not in so_far]
            buttons.append({"title": HELPS_DONE, "payload": HELPS_DONE})
            dispatcher.utter_message(
                text=f'Got it: {picked}. Anything else? Pick another, or "{HELPS_DONE}".', buttons=buttons
            )
            return
        super().ask(slot, dispatcher, tracker)


class ActionSubmitResetForm(PathwaySubmit):
    """Sends the script as text and as a card payload, then tips and the other pathways."""

    pathway = RESET_CONVERSATION
    extra_slots = (SO_FAR, OWN_WORDS)

    def complete(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, record: Recorder
    ) -> Optional[Text]:
        if tracker.get_slot(SAFEGUARDING_SLOT):
            dispatcher.utter_message(
                text=NO_SCRIPT_AFTER_SAFEGUARDING,
                buttons=menu_buttons("ending_care")
                + [
                    {"title": "Talk to a person", "payload": "/talk_to_person"},
                ],
            )
            return SAFEGUARDING
        answers = answers_from(tracker)
        if answers.helps_own_words:
            record("reset_helps", analytics.FREE_TEXT)
        card = build_reset_script(answers, load_clinic().region).card()
        dispatcher.utter_message(text=card.as_text(), json_message=card.as_payload())
        dispatcher.utter_message(
            text=IF_IT_GOES_BADLY,
            buttons=menu_buttons("second_opinion", "ending_care"),
        )
        return answers.channel if answers.channel in CHANNELS else None
