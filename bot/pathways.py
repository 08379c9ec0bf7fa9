"""The three pathways' questions in one place (pure)."""

from __future__ import annotations

from typing import FrozenSet

from bot import ending_care, reset_script, second_opinion

QUESTIONS = {
    "reset_conversation": reset_script.QUESTIONS,
    "second_opinion": second_opinion.QUESTIONS,
    "ending_care": ending_care.QUESTIONS,
}


def button_titles() -> FrozenSet[str]:
    """Every answer button the pathways show. A button sends its title as the patient's message."""
    titles = {title for questions in QUESTIONS.values() for question in questions for title in question.buttons}
    return frozenset(titles | {reset_script.HELPS_DONE})
