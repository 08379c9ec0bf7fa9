"""A pathway's questions as data: prompt, buttons, a one-line reason for "why do you ask?" (pure).

Each pathway module (``bot/pathways/reset_conversation.py``, ...) lists its questions in order;
the form validation actions in ``actions/pathway.py`` read them and ask them in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, Mapping, Optional, Sequence

YES_NO_BUTTONS = ("Yes", "No", "Not sure")
# The codes any question may record (yes / no answers and the control words), and the one code that stands
# for the patient's own words: analytics never keeps the words themselves.
ANSWERS = frozenset({"yes", "no", "not_sure", "skip"})
FREE_TEXT = "free_text_given"
# A clinician's role in a patient's words (lower case): the button roles and words that name one by their
# ending ("the therapist I see every week", "him, the consultant").
ROLE_WORDS = (
    r"nurse practitioner|physician assistant|physician associate|health visitor|"
    r"\w*(?:ologist|iatrist|ician|apist|odontist|odist)|"
    r"doctor|gp|pcp|consultant|surgeon|registrar|specialist|nurse|midwife|physio|dentist|pharmacist|"
    r"counsellor|counselor|psychiatrist|psychologist|therapist|anaesthetist|anesthetist|hygienist|dietitian|"
    r"prescriber|key ?worker|care co-?ordinator|social worker|chiropodist|nutritionist|chiropractor|"
    r"osteopath|doula|sonographer|radiographer|paramedic|"
    # "my NP", "the musawo at the health centre" (a health worker, in Luganda)
    r"np|aprn|musawo|"
    # short forms: "a different gastro", "my endo"
    r"doc|gastro|endo|cardio|neuro|derm|rheumy|ortho|onc|ent|obgyn|ob-gyn|ob|gyno|gynae|optometrist"
)
ROLE_WORD = re.compile(rf"\b(?:{ROLE_WORDS})\b")
# Harm told anywhere in a message: violence, sexual harm, self-harm, being kept from care or feeling unsafe. A
# pathway's words are never read over the model beside it ("he hits me but I'd rather make it work", "I'll
# keep cutting until someone else has looked"): the model and the safety layer read the message, and the
# menu keeps its crisis line. (A crisis said outright is the keyword rules' and wins anyway.)
HARM_TOLD = re.compile(
    # not a figure of speech: "we never hit it off", "hit a wall"
    r"\b(?:hit(?:s|ting)?(?!\s+(?:it\s+off|a\s+(?:wall|nerve|brick\s+wall)|the\s+(?:roof|ceiling)|and\s+miss|home|"
    r"rock\s+bottom)\b)|punch\w*|slap\w*|beat(?:s|ing)?\s+(?:me|us|her|him)|beaten|chok(?:e|ed|es|ing)\s+me|"
    r"strangl\w*|rap(?:e|ed|es|ing|ist)|sexual(?:ly)?\s+(?:assault|abus|harass|touch|comment|advance)\w*|assault\w*|"
    # (not the patient said to be: "removed me for being 'abusive'", nor a drug's: "substance abuse")
    r"(?<!being )(?<!being ')(?<!being \")(?<!substance )(?<!drug )(?<!alcohol )abus\w*|molest\w*|grop\w*|"
    r"touched\s+me|grabbed|bruises?|bruised|(?<!life-)(?<!life )threaten\w*|hurt\s+me\s+again|"
    r"self[-\s]?harm\w*|"
    r"cutting\s+(?:myself|my\s+(?:arms?|legs?|wrists?|skin|thighs?))|(?:keep|stop|kept)\s+cutting|"
    r"(?:won't|wont|doesn't|doesnt|will\s+not|does\s+not)\s+let\s+me\s+(?:see|go|leave|eat|out)|"
    r"controls?\s+(?:me|everything)|(?:i'm|im|i\s+am|we're|feel|feeling)\s+(?:not\s+|un)safe|"
    r"(?:don't|dont|do\s+not)\s+feel\s+safe|not\s+safe\s+(?:at\s+home|with\s+(?:him|her|them))|"
    r"scared\s+(?:he'll|she'll|he\s+will|she\s+will))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Question:
    slot: str
    prompt: str
    why: str
    buttons: Sequence[str] = field(default_factory=tuple)
    # Asked instead of ``prompt`` when the patient chose to put an answer in calmer words.
    rephrase_prompt: Optional[str] = None
    # Whether typed words are a full answer beside the buttons (questions without buttons always take them).
    own_words: bool = False
    # Asked instead of ``prompt`` when the patient is someone the person typing helps: a template over
    # ``bot.pathways.for_whom.Person.words`` ("Has {person} been told {they} need surgery?").
    other_prompt: Optional[str] = None

    @property
    def free_text(self) -> bool:
        """True when the patient's own words can be the answer, so a question-like message may be one."""
        return self.own_words or not self.buttons

    def message(
        self, rephrasing: bool = False, other: Optional[Mapping[str, str]] = None
    ) -> Dict[str, object]:
        """The prompt as a dispatcher message: text plus buttons whose payload is their title. ``other``:
        the words for the patient when someone else is typing (``Person.words``), for ``other_prompt``."""
        text = self.rephrase_prompt if rephrasing and self.rephrase_prompt else self.prompt
        if other and self.other_prompt:
            text = self.other_prompt.format(**other)
        return {"text": text, "buttons": [{"title": b, "payload": b} for b in self.buttons]}
