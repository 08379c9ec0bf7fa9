"""The pathways' registry: one :class:`Pathway` record each, and everything derived from them (pure).

A record holds what the rest of the bot needs to know about a pathway: its name, slot prefix, questions and
the answer codes each may record, the result codes recorded when it completes, its outcomes, the intent that
starts it and its menu button. The analytics vocabulary (``bot/analytics.py``), the report's pathways and
steps (``bot/report.py``), the menu (``bot/replies.py``), the actions' names (``actions/pathway.py``) and
the tests' parameters are built from :data:`PATHWAYS`; ``tests/test_contract.py`` checks ``domain.yml``
against it.

Usage::

    from bot.pathways import PATHWAYS, get
    get("second_opinion").form           # "second_opinion_form"
    [p.menu_button for p in PATHWAYS]    # the greeting's buttons
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, FrozenSet, List, Mapping, Optional, Sequence, Tuple

from bot.pathways import ending_care, reset_conversation, second_opinion
from bot.pathways.for_whom import FOR_WHOM
from bot.pathways.questions import ANSWERS, FREE_TEXT, ROLE_WORDS, Question
from bot.text import clean_message, neutralise_slash


@dataclass(frozen=True)
class Pathway:
    """One pathway: a form that asks ``questions`` in order, then a submit action that sends a card.

    Names follow one rule: the form is ``<name>_form``, its validation action ``validate_<name>_form``, its
    submit action ``action_submit_<action_stem>_form`` and its introduction ``utter_<action_stem>_intro``
    (``action_stem`` is the name unless a shorter one is recorded); every slot starts with ``slot_prefix``.
    """

    name: str
    slot_prefix: str
    questions: Sequence[Question]
    entry_intent: str
    menu_title: str
    card_kind: str
    # Answer codes a question may record besides yes / no / not sure / skip (see ``vocabulary``).
    answer_codes: Mapping[str, FrozenSet[str]] = field(default_factory=dict)
    # Codes recorded when the pathway completes, by step (never a question: they are not drop-off steps).
    result_codes: Mapping[str, FrozenSet[str]] = field(default_factory=dict)
    # Outcome codes its "end" event may carry.
    outcomes: FrozenSet[str] = frozenset()
    # Button titles shown besides the questions' own (for example "That's all").
    extra_buttons: FrozenSet[str] = frozenset()
    action_stem: str = ""

    @property
    def form(self) -> str:
        return f"{self.name}_form"

    @property
    def validate_action(self) -> str:
        return f"validate_{self.form}"

    @property
    def submit_action(self) -> str:
        return f"action_submit_{self.action_stem or self.name}_form"

    @property
    def intro_response(self) -> str:
        return f"utter_{self.action_stem or self.name}_intro"

    @property
    def slots(self) -> List[str]:
        """The questions' slots, in the order they are asked (the report's drop-off steps)."""
        return [q.slot for q in self.questions]

    @property
    def for_whom_slot(self) -> Optional[str]:
        """The first question's slot, "for me or for someone else?" (``<prefix>for_whom``), if it has one."""
        slot = f"{self.slot_prefix}for_whom"
        return slot if slot in self.slots else None

    @property
    def menu_button(self) -> Dict[str, str]:
        """The button that starts the pathway: its title, and its entry intent as the payload."""
        return {"title": self.menu_title, "payload": f"/{self.entry_intent}"}

    def question(self, slot: str) -> Question:
        return next(q for q in self.questions if q.slot == slot)

    def answer_vocabulary(self) -> Dict[str, FrozenSet[str]]:
        """Question slot -> the codes its answer may record, in the order they are asked."""
        codes = {slot: ANSWERS | self.answer_codes.get(slot, frozenset()) for slot in self.slots}
        if self.for_whom_slot:
            codes[self.for_whom_slot] |= frozenset(FOR_WHOM)
        return codes


RESET_CONVERSATION = Pathway(
    name="reset_conversation",
    slot_prefix="reset_",
    questions=reset_conversation.QUESTIONS,
    entry_intent="prepare_reset_conversation",
    menu_title="Plan a calm talk with my clinician",
    card_kind="reset_script",
    answer_codes={
        "reset_role": frozenset(reset_conversation.ROLES) | {reset_conversation.OTHER_ROLE},
        "reset_what_happened": frozenset({FREE_TEXT}),
        "reset_concern": frozenset({FREE_TEXT}),
        "reset_heat_choice": frozenset({reset_conversation.REPHRASED, reset_conversation.KEPT}),
        "reset_helps": frozenset(reset_conversation.HELPS) | {FREE_TEXT},
        "reset_channel": frozenset(reset_conversation.CHANNELS),
    },
    outcomes=frozenset(reset_conversation.CHANNELS) | {reset_conversation.SAFEGUARDING},
    extra_buttons=frozenset({reset_conversation.HELPS_DONE}),
    action_stem="reset",
)
SECOND_OPINION = Pathway(
    name="second_opinion",
    slot_prefix="so_",
    questions=second_opinion.QUESTIONS,
    entry_intent="request_second_opinion",
    menu_title="Decide about a second opinion",
    card_kind="second_opinion",
    result_codes={
        "sure_band": frozenset(second_opinion.SURE_BANDS),
        "tier": frozenset(second_opinion.TIER_TITLES),
    },
    outcomes=frozenset(second_opinion.TIER_TITLES),
)
ENDING_CARE = Pathway(
    name="ending_care",
    slot_prefix="ec_",
    questions=ending_care.QUESTIONS,
    entry_intent="end_care",
    menu_title="Leave a clinician safely",
    card_kind="ending_care",
    answer_codes={"ec_initiator": frozenset(ending_care.INITIATOR_BUTTONS.values())},
    result_codes={"checklist_item": frozenset(ending_care.CHECKLIST_CODES)},
    outcomes=frozenset(ending_care.INITIATOR_BUTTONS.values()),
)

# The registry, in menu order.
PATHWAYS: Tuple[Pathway, ...] = (RESET_CONVERSATION, SECOND_OPINION, ENDING_CARE)
NAMES = [p.name for p in PATHWAYS]
QUESTIONS = {p.name: p.questions for p in PATHWAYS}


def leaving_in_words(text: str) -> bool:
    """The care said to be ending in so many words, with no other clinician's view asked for by name."""
    return ending_care.says_leaving(text) and not second_opinion.asks_for_a_view(text)


# The clinician the patient keeps asked to look ("i like the surgery. i want her to actually look into it"):
# not another clinician's view.
_SAME_ONE_LOOKS = re.compile(
    r"\b(?:her|him|them)\s+to\s+(?:actually\s+|properly\s+|really\s+)?look\s+into\b"
    r"|\b(?:her|him)\s+to\s+(?:actually\s+|properly\s+|really\s+)?look(?:\s+properly\b|"
    r"\s+at\s+(?:it|me|this|that|my\s+[\w-]+|the\s+[\w-]+(?:\s+side)?)\b|\s*(?:[.!?,;]|$))",
    re.IGNORECASE,
)
# Another clinician named before "him to look" ("I need a cardiologist. I want him to look at my heart"): the
# look is theirs.
_ANOTHER_ONE = re.compile(
    rf"\b(?:a|an|another|different|new|other)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b", re.IGNORECASE
)


def staying_in_words(text: str) -> bool:
    """Staying said in so many words ("want to stay, help me say it") or another look turned down ("not after
    another opinion, just want him to explain"), with no other look asked for, nor a view or a review named
    ("don't want a new GP, I want a rheumatologist to review my case" is another view still)."""
    if second_opinion.asks_another_look(text):
        return False
    if second_opinion.turns_down_another_look(text):
        return True
    clean = text or ""
    looked = clean if _ANOTHER_ONE.search(clean) else _SAME_ONE_LOOKS.sub(" ", clean)
    return ending_care.says_staying(clean) and not second_opinion.names_a_view(looked)


def pathway_in_words(text: str) -> Optional[str]:
    """The entry intent of the pathway a message names in so many words, or None: ending care when the care
    is said to be ending, a second opinion when another clinician's look is asked for, the reset
    conversation when staying is said. Where the model's risk guess was set aside, the words are what is
    left: "I've decided to stop seeing my NP. I'd like to do it the right way" is ending care."""
    if leaving_in_words(text):
        return ENDING_CARE.entry_intent
    if second_opinion.asks_another_look(text):
        return SECOND_OPINION.entry_intent
    if staying_in_words(text):
        return RESET_CONVERSATION.entry_intent
    return None


def get(name: str) -> Pathway:
    """The pathway called ``name``; ``KeyError`` names the registry if there is none."""
    for pathway in PATHWAYS:
        if pathway.name == name:
            return pathway
    raise KeyError(f"no pathway {name!r} in bot/pathways/registry.py's PATHWAYS")


def menu_buttons(*names: str) -> List[Dict[str, str]]:
    """The menu buttons of the pathways named (all of them, in menu order, when none are)."""
    return [p.menu_button for p in PATHWAYS if not names or p.name in names]


def button_titles() -> FrozenSet[str]:
    """Every answer button the pathways show. A button sends its title as the patient's message."""
    titles = {title for p in PATHWAYS for question in p.questions for title in question.buttons}
    return frozenset(titles.union(*(p.extra_buttons for p in PATHWAYS)))


@lru_cache(maxsize=1)
def button_texts(max_chars: int = 1000) -> FrozenSet[str]:
    """The button titles as the NLU sees them, after the input guard's cleaning (max_chars: config.yml)."""
    return frozenset(neutralise_slash(clean_message(title, max_chars)) for title in button_titles())
