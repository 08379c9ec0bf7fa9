"""The three pathways' questions in one place (pure)."""

from __future__ import annotations

from functools import lru_cache
from typing import FrozenSet

from bot import ending_care, reset_script, second_opinion
from bot.text import clean_message, neutralise_slash

QUESTIONS = {
    "reset_conversation": reset_script.QUESTIONS,
    "second_opinion": second_opinion.QUESTIONS,
    "ending_care": ending_care.QUESTIONS,
}


def button_titles() -> FrozenSet[str]:
    """Every answer button the pathways show. A button sends its title as the patient's message."""
    titles = {title for questions in QUESTIONS.values() for question in questions for title in question.buttons}
    return frozenset(titles | {reset_script.HELPS_DONE})


@lru_cache(maxsize=1)
def button_texts(max_chars: int = 1000) -> FrozenSet[str]:
    """The button titles as the NLU sees them, after the input guard's cleaning (``config.yml``'s max_chars)."""
    return frozenset(neutralise_slash(clean_message(title, max_chars)) for title in button_titles())
