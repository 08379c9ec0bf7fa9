"""What a right reply looks like, and what kind of error a wrong one is: the benchmark's only judge.

Usage::

    from bench.expected import Step, classify_reply
    classify_reply((Step("question", "so_serious"),), 200, replies)   # None, or an error kind

Each turn of a benchmark conversation carries the steps its reply must show (``Step``). A reply is an
error when it is one of ``ERROR_KINDS``; the kinds are read from the reply's text and buttons only, as a
patient would see them. When the bot's replies change (the safety replies are changing as this is
written), ``EXPECTED_REPLIES`` and ``REPLY_TO`` are the one place to update.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import yaml

from bot.clinic import load_clinic
from bot.launcher import ROOT
from bot.pathways import PATHWAYS, QUESTIONS
from bot.pathways.for_whom import prompts
from bot.pathways.reset_conversation import ROLE_NO_NAMES, ROLE_UNCLEAR
from bot.replies import URGENT_HELP, rate_limited_text, talk_to_person_text, unavailable_text
from bot.safety import CHECK_IN_REPLIES

# Every kind of error, in the order they are checked.
NO_REPLY = "no_reply"  # a connection error, a time-out, another non-200 answer, or an empty reply
BUSY = "busy_or_unavailable"  # 429/502/503/504, or the "part of me isn't available" text
RATE_LIMITED = "rate_limited"  # the per-conversation rate limit's "please wait" text
MISSING_CARD = "missing_card"  # the last answer of a pathway got no card
FALLBACK = "fallback"  # "I didn't follow" (or the form's "I didn't catch that") where a step was expected
UNASKED_SAFETY_REPLY = "unasked_safety_reply"  # the crisis or emergency reply to a message that was neither
WRONG_REPLY = "wrong_reply"  # any other reply that is not the step the conversation was at
ERROR_KINDS = (NO_REPLY, BUSY, RATE_LIMITED, MISSING_CARD, FALLBACK, UNASKED_SAFETY_REPLY, WRONG_REPLY)
# Not an error: a check-in (the numbers and one direct question, with Yes / No) where a step was expected.
# It is the safety layer's "possible" tier, made to let the patient carry on: the virtual patient, whose
# words were no danger, clicks "No", and the reply to that is judged as the step's (bench/client.py).
CHECK_IN = "check_in"
DENY_RISK = "/deny_risk"
BUSY_STATUSES = {429, 502, 503, 504}


@dataclass(frozen=True)
class Step:
    """One thing a right reply shows: ``what`` is a key of ``EXPECTED_REPLIES``; ``arg`` a slot,
    a response name or a pathway."""

    what: str
    arg: str = ""


Expect = Tuple[Step, ...]

# What the patient did -> what a right reply shows (before the form asks its question again, if one was open).
REPLY_TO: Dict[str, Step] = {
    "page_open": Step("response", "utter_greet"),  # the chat page sends /greet when it opens
    "why": Step("why"),  # arg: the slot asked
    "privacy_question": Step("response", "utter_privacy"),
    "bot_question": Step("response", "utter_i_am_a_bot"),
    "help_question": Step("response", "utter_help"),
    "person_request": Step("talk_to_person"),
    "medical_question": Step("medical_refusal"),
    "crisis": Step("crisis"),
    "start_over": Step("response", "utter_start_over"),
    "thanks": Step("response", "utter_you_are_welcome"),
    "goodbye": Step("response", "utter_goodbye"),
}
# After a crisis reply the patient carries on with this button when the reply offers one (the
# "Carry on where we were" button being added to the safety replies); without it the visit ends there.
RESUME_PAYLOAD = "/resume_pathway"
# The card each pathway ends with (``Card.kind``).
CARD_KIND = {p.name: p.card_kind for p in PATHWAYS}
# The form's own "pick another" prompt while the patient adds what would help (actions/reset_conversation.py).
MORE_HELPS = "Anything else? Pick another"
# Texts that mean the bot did not understand (the first words of each; the sources are named in tests).
FALLBACK_TEXTS = (
    "Sorry, I didn't quite follow",  # utter_default: NLU or policy fallback
    "Sorry, I didn't catch that",  # a form question's answer not recognised (actions/pathway.py)
    "I didn't catch anything there",  # an empty free-text answer (bot/forms.py)
    "Let's finish this question first",  # a button payload typed into a free-text question (bot/forms.py)
    "I've lost track of our conversation",  # utter_lost_track: a form answer with no form behind it
    "That's outside what I can help with",  # utter_out_of_scope
    ROLE_UNCLEAR,
    ROLE_NO_NAMES,
)
# The safety replies (the first words of each, any region); a patient who said nothing of the kind gets one
# when the NLU mistakes their words for a crisis or an emergency.
SAFETY_REPLIES = ("utter_crisis", "utter_emergency")


@lru_cache(maxsize=None)
def _domain_responses() -> Dict[str, List[dict]]:
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]


def _response_text(name: str) -> str:
    """A domain response's default text (its last variant: the others carry conditions)."""
    return _domain_responses()[name][-1]["text"]


def _first_line(text: str) -> str:
    return text.split("\n")[0].strip()


def _first_sentence(text: str) -> str:
    return text.split(".")[0]


def _safety_openings() -> List[str]:
    return [
        _first_sentence(variant["text"]) for name in SAFETY_REPLIES for variant in _domain_responses()[name]
    ]


def _check_in_openings() -> List[str]:
    return [
        _first_sentence(variant["text"])
        for name in CHECK_IN_REPLIES.values()
        for variant in _domain_responses()[name]
    ]


def _question(slot: str):
    return next(q for questions in QUESTIONS.values() for q in questions if q.slot == slot)


# What a right reply shows, per step: any one of these texts, found in the reply's text.
EXPECTED_REPLIES: Dict[str, Callable[[str], Sequence[str]]] = {
    "question": lambda slot: prompts(_question(slot)),
    "rephrased_question": lambda slot: [_question(slot).rephrase_prompt or _question(slot).prompt],
    "more_helps": lambda _: [MORE_HELPS],
    "why": lambda slot: [_question(slot).why],
    "response": lambda name: [_first_line(_response_text(name))],
    "talk_to_person": lambda _: [_first_line(talk_to_person_text(load_clinic()))],
    # A medical question gets the refusal, or, when it asks about stopping a medicine ("can I stop my
    # antidepressant cold turkey"), the medicine caution, which refuses too and says why not to stop at once.
    "medical_refusal": lambda _: [
        _first_line(_response_text("utter_medical_refusal")),
        _first_sentence(_response_text("utter_medication_caution")),
    ],
    # The crisis reply is being reworded: any reply that gives the region's crisis line or emergency number
    # (988 / 911 in the US) is right, unless it is a fallback or the "unavailable" text, which also give them.
    "crisis": lambda _: list(URGENT_HELP[load_clinic().region][:2]),
}


def texts(replies: Sequence[dict]) -> str:
    return "\n".join(str(r.get("text") or "") for r in replies)


def payloads(replies: Sequence[dict]) -> List[str]:
    """The payloads of every button in the replies (what a click sends)."""
    return [str(b.get("payload")) for r in replies for b in (r.get("buttons") or [])]


def card_kinds(replies: Sequence[dict]) -> List[str]:
    return [str(r["custom"].get("kind")) for r in replies if isinstance(r.get("custom"), dict)]


def shows(step: Step, replies: Sequence[dict]) -> bool:
    """Whether the replies show ``step``."""
    if step.what == "card":
        return CARD_KIND[step.arg] in card_kinds(replies)
    text = texts(replies)
    return any(marker in text for marker in EXPECTED_REPLIES[step.what](step.arg))


def classify_reply(expect: Expect, status: Optional[int], replies: Optional[Sequence[dict]]) -> Optional[str]:
    """``None`` for a right reply, ``CHECK_IN`` for a check-in, else the error's kind (of ``ERROR_KINDS``).

    ``status`` is the HTTP status (``None`` when no answer came at all); ``replies`` the REST channel's
    JSON list. An empty ``expect`` checks only that some reply came (the reference bot's turns).
    """
    if status in BUSY_STATUSES:
        return BUSY
    if status != 200 or not isinstance(replies, list) or not replies:
        return NO_REPLY
    text = texts(replies)
    region = load_clinic().region
    if _first_sentence(rate_limited_text(region)) in text:
        return RATE_LIMITED
    if _first_sentence(unavailable_text(region)) in text:
        return BUSY
    if not expect:
        return None
    checking_in = DENY_RISK in payloads(replies) and any(opening in text for opening in _check_in_openings())
    if any(step.what == "card" for step in expect):
        if all(shows(step, replies) for step in expect):
            return None
        return CHECK_IN if checking_in else MISSING_CARD  # after a check-in, the card is still due
    if any(marker in text for marker in FALLBACK_TEXTS):
        return FALLBACK
    if all(shows(step, replies) for step in expect):
        return None
    if checking_in:
        return CHECK_IN
    return UNASKED_SAFETY_REPLY if any(opening in text for opening in _safety_openings()) else WRONG_REPLY
