"""What a patient's answer to a form question means, before any pathway looks at it (pure).

Every question in every pathway accepts the same few control words, matched
exactly (after folding case and punctuation) so that a patient's own words such
as "I want to stop feeling ignored" are never mistaken for "stop".

Usage::

    from bot.forms import control_word, check_free_text, yes_no
    control_word("Not sure!")        # "not_sure"
    check_free_text("  ok  ")        # FreeText(value="ok", problem=None)
    yes_no("yeah")                   # "yes"
    held_back_answer(tracker_events) # ("reset_concern", "that he'll brush me off again"), or None
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, Optional, Sequence, Tuple

from bot.safety import CHECK_IN_REPLIES, normalise
from bot.safety import guessed as safety_guessed

MAX_FREE_TEXT = 500
# A button payload ("/prepare_reset_conversation", from the menu) sent while a question is open: a form's own
# buttons send their titles, so it is never an answer.
FINISH_FIRST = "Let's finish this question first. You can answer, say skip, or say stop."
SKIP, NOT_SURE, WHY, STOP, START_OVER = "skip", "not_sure", "why", "stop", "start_over"

_CONTROL_PHRASES = {
    SKIP: [
        "skip",
        "skip this",
        "skip it",
        "skip this one",
        "skip question",
        "pass",
        "next",
        "next question",
        "rather not say",
        "i'd rather not say",
        "prefer not to say",
    ],
    NOT_SURE: [
        "not sure",
        "im not sure",
        "i'm not sure",
        "i am not sure",
        "unsure",
        "don't know",
        "dont know",
        "i don't know",
        "i dont know",
        "no idea",
        "idk",
        "maybe",
    ],
    WHY: [
        "why",
        "why do you ask",
        "why are you asking",
        "why do you need this",
        "why do you need to know",
        "why does that matter",
        "what's this for",
        "whats this for",
        "what is this for",
        "why ask",
    ],
    STOP: [
        "stop",
        "cancel",
        "quit",
        "exit",
        "stop this",
        "stop please",
        "please stop",
        "i want to stop",
        "never mind",
        "nevermind",
        "forget it",
        "back to menu",
        "menu",
        "main menu",
        "go back to the menu",
    ],
    START_OVER: ["start over", "restart", "reset", "start again", "begin again", "start from the beginning"],
}
_LOOKUP = {phrase: word for word, phrases in _CONTROL_PHRASES.items() for phrase in phrases}

_YES = {
    "yes",
    "y",
    "yeah",
    "yep",
    "yup",
    "sure",
    "correct",
    "right",
    "it is",
    "i do",
    "i have",
    "they do",
    "they have",
    "that's right",
    "thats right",
    "absolutely",
    "definitely",
    "i think so",
    "probably",
}
_NO = {
    "no",
    "n",
    "nope",
    "nah",
    "not really",
    "no it isn't",
    "no it's not",
    "it isn't",
    "i don't",
    "i haven't",
    "they don't",
    "they haven't",
    "definitely not",
    "i don't think so",
    "i dont think so",
    "not at all",
}


@dataclass(frozen=True)
class FreeText:
    """A free-text answer: ``value`` to keep, or ``problem`` to tell the patient kindly."""

    value: Optional[str]
    problem: Optional[str] = None


# Every short answer the forms read by its words alone: the closed vocabulary of yes / no and control words.
CONTROL_ANSWERS = frozenset(_LOOKUP) | frozenset(_YES) | frozenset(_NO)


def _short_answer(text: str) -> str:
    """An answer as the short-answer vocabulary reads it: normalised, without surrounding quotes."""
    return normalise(text).strip(" '")


def control_answer(text: str) -> Optional[str]:
    """The vocabulary's own phrase when the whole answer is one of :data:`CONTROL_ANSWERS` ("Yeah." is
    "yeah"), else None. A phrase of this closed list is never the patient's own words."""
    clean = _short_answer(text)
    return clean if clean in CONTROL_ANSWERS else None


def control_word(text: str) -> Optional[str]:
    """``skip``, ``not_sure``, ``why``, ``stop`` or ``start_over`` if the whole answer is one of those."""
    clean = _short_answer(text)
    return _LOOKUP.get(clean) or _LOOKUP.get(re.sub(r"^(please|ok|okay|um|uh) ", "", clean))


def check_free_text(text: str, max_chars: int = MAX_FREE_TEXT) -> FreeText:
    """Trim a patient's own words; refuse empty or over-long answers with a kind reason.

    The words themselves are kept exactly as typed (only outer white space and
    runs of spaces are tidied), so quoting them back never changes their meaning.
    """
    value = re.sub(r"\s+", " ", text or "").strip()
    if not value:
        return FreeText(None, "I didn't catch anything there. Could you type a few words, or say skip?")
    if is_payload(value):
        return FreeText(None, FINISH_FIRST)
    if len(value) > max_chars:
        return FreeText(
            None,
            "Thank you for sharing all that. Could you put it in a shorter way, "
            f"under {max_chars} characters? A sentence or two is plenty.",
        )
    return FreeText(value)


def is_payload(text: str) -> bool:
    """True for a button's payload ("/end_care"), which no question's answer is."""
    return text.strip().startswith("/")


def yes_no(text: str) -> Optional[str]:
    """``yes``, ``no`` or ``not_sure`` for a short answer; ``None`` if it is neither."""
    clean = _short_answer(text)
    if clean in _YES:
        return "yes"
    if clean in _NO:
        return "no"
    if control_word(text) == NOT_SURE:
        return NOT_SURE
    return None


_NAME_AFTER_TITLE = re.compile(r"\b(?i:dr|doctor|nurse|mr|mrs|ms|miss|mx|prof|professor)\.?\s+[A-Z][a-z'-]+")


def mentions_a_name(text: str) -> bool:
    """True when an answer looks like it names a person ("Dr. Patel"): the bot only needs a role."""
    return bool(_NAME_AFTER_TITLE.search(text or ""))


_CHECK_INS = frozenset(CHECK_IN_REPLIES.values())


def held_back_answer(events: Sequence[Dict[str, Any]]) -> Optional[Tuple[str, str]]:
    """(the question asked, the patient's words) for a typed answer that the safety layer interrupted, once
    it is time to keep it; else ``None``. ``events`` are the conversation's events as the action server gets
    them.

    Two interruptions keep the words as the answer to the question they were typed for, so that the patient
    is not asked it again:

    - a check-in that the patient answers "No": "I had chest pain last year and nobody followed up" is
      what happened at the last visit, and so is "he said it was stress and sent me home" after the
      safeguarding check-in;
    - the medicine caution when only a guess (``bot.safety.GUESSED_BY``: the model or the nearest examples,
      no keyword rule) read a stopped medicine in an answer.

    Nothing else keeps words this way: a keyword rule's disclosure and a check-in answered "Yes" leave the
    question to be asked again, or the form waiting.
    """
    users = [index for index, event in enumerate(events) if event.get("event") == "user"]
    if not users:
        return None
    latest = events[users[-1]]
    if _intent(latest, guessed=True) == "stop_medication":
        answer = users[-1]
    elif len(users) >= 2 and _said_no(latest):
        answer = users[-2]
        between = events[answer + 1 : users[-1]]
        if not any(event.get("event") == "action" and event.get("name") in _CHECK_INS for event in between):
            return None
    else:
        return None
    asked = None
    for event in events[:answer]:
        if event.get("event") == "slot" and event.get("name") == "requested_slot":
            asked = event.get("value")
    text = events[answer].get("text")
    return (asked, text) if asked and isinstance(text, str) else None


def _intent(event: Dict[str, Any], guessed: bool = False) -> Optional[str]:
    """A user event's intent; with ``guessed``, only if a guess alone decided it."""
    parse_data = event.get("parse_data") or {}
    if guessed and not safety_guessed(parse_data):
        return None
    return (parse_data.get("intent") or {}).get("name")


def _said_no(event: Dict[str, Any]) -> bool:
    return _intent(event) == "deny_risk" or yes_no(event.get("text") or "") == "no"
