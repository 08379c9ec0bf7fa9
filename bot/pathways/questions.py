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
