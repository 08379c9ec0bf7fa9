"""Cleaning what patients type, before the model or a form sees it.

Usage::

    from bot.text import clean_message
    clean_message("  hi\\x00 there  ")   # "hi there"
"""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\r\n]+")


def clean_message(text: str, max_chars: int) -> str:
    """Drop control characters, fold runs of white space, and cut to ``max_chars``.

    Letters of every script, emoji and punctuation are kept as typed: the
    patient's words are theirs.
    """
    text = unicodedata.normalize("NFC", text or "")
    text = _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()
    return text[:max_chars].rstrip()


_PAYLOAD = re.compile(r"^/[A-Za-z_][A-Za-z0-9_]*(@[0-9.]+)?(\{.*\})?$", re.S)


def neutralise_slash(text: str) -> str:
    """Keep button payloads like ``/greet`` or ``/inform{"a": 1}``; drop the leading slashes of anything
    else ("/ my name is ...") so that it is read as words, never logged as an unknown intent name."""
    if text.startswith("/") and not _PAYLOAD.match(text):
        return text.lstrip("/").lstrip()
    return text


# A dropped "g" with its apostrophe: "wantin'", "packin'".
_DROPPED_G = re.compile(r"\b(\w{2,}in)'(?=[\s.,;!?]|$)", re.IGNORECASE)
# Scots words that stand for an English one the pathway readers look for ("put me aff their list", "ask
# anither doctor", "I'm done wi thon practice"): whole words only, never "wi-fi".
_SCOTS = {
    "wi": "with",
    "tae": "to",
    "aff": "off",
    "thon": "that",
    "anither": "another",
    "tellt": "told",
    "oot": "out",
    "aboot": "about",
    "dae": "do",
    "whit": "what",
    "didnae": "didn't",
    "dinnae": "don't",
    "cannae": "can't",
    "couldnae": "couldn't",
    "wouldnae": "wouldn't",
    "isnae": "isn't",
    "wasnae": "wasn't",
    "doesnae": "doesn't",
    # a dropped "g" without its apostrophe, in the verbs of leaving and staying only ("the practice is
    # shuttin", "packin it in"): never every word ending "in" (a cabin, a margin)
    **{
        f"{stem}in": f"{stem}ing"
        for stem in (
            "leav",
            "mov",
            "clos",
            "shutt",
            "pack",
            "switch",
            "chang",
            "retir",
            "stopp",
            "end",
            "want",
        )
    },
}
_SCOTS_WORD = re.compile(rf"\b(?:{'|'.join(_SCOTS)})\b(?![-'])", re.IGNORECASE)


def spelt_out(text: str, scots: bool = True) -> str:
    """The message as the pathway readers read it: curly apostrophes straightened, a dropped "g" and (with
    ``scots``) the Scots words of ``_SCOTS`` spelt out ("Movin' tae the one in the toon" is "Moving to the one
    in the toon"). Only for reading: the patient's words are never changed where they are shown or
    answered."""
    text = _DROPPED_G.sub(r"\1g", (text or "").replace("\u2019", "'"))
    return _SCOTS_WORD.sub(lambda found: _SCOTS[found.group(0).lower()], text) if scots else text
