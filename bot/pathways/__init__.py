"""The pathways: each one's content module, the shared question and card types, and the registry.

``bot/pathways/registry.py`` holds one :class:`Pathway` record per pathway; the rest of the bot imports
them from here (``from bot.pathways import PATHWAYS``). Pure: nothing here imports Rasa.
"""

from bot.pathways.registry import (
    ENDING_CARE,
    NAMES,
    PATHWAYS,
    QUESTIONS,
    RESET_CONVERSATION,
    SECOND_OPINION,
    Pathway,
    button_texts,
    button_titles,
    get,
    leaving_in_words,
    menu_buttons,
    pathway_in_words,
    staying_in_words,
)

__all__ = [
    "ENDING_CARE",
    "NAMES",
    "PATHWAYS",
    "QUESTIONS",
    "RESET_CONVERSATION",
    "SECOND_OPINION",
    "Pathway",
    "button_texts",
    "button_titles",
    "get",
    "leaving_in_words",
    "menu_buttons",
    "pathway_in_words",
    "staying_in_words",
]
