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
