"""Checking a chat request before anything else sees it (pure, no Rasa).

Usage::

    check_headers(content_type="application/json", origin=None, host="chat.example.org", embed_on=())
    chat = parse_chat_request(b'{"sender": "a1b2", "message": "hi"}')
    chat.sender, chat.message, chat.too_long
    payload_intent("/greet", intents={"greet"})          # "greet"
    as_rasa_text("/greet", intents={"greet"})            # "/greet": a button payload
    as_rasa_text('/greet{"n": "x"}', intents={"greet"})  # 'greet{"n": "x"}': plain text
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Collection, Optional
from urllib.parse import urlsplit

from bot.text import clean_message

MAX_BODY_BYTES = 64 * 1024
MAX_MESSAGE_CHARS = 2_000
MAX_SENDER_CHARS = 128
# {"sender": ..., "message": ...} is one level deep; nothing the channel reads is deeper.
MAX_JSON_DEPTH = 4
USAGE = 'send a JSON object like {"sender": "<random id>", "message": "<text>"}'

_PAYLOAD = re.compile(r"/([A-Za-z_][A-Za-z0-9_]*)")


class BadRequest(ValueError):
    """The request cannot be served; ``status`` is the HTTP status to answer with."""

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class ChatRequest:
    sender: str
    # Cleaned (control characters dropped, white space folded). ``too_long`` when it is over
    # MAX_MESSAGE_CHARS: such a message is never handed to Rasa.
    message: str
    too_long: bool = False


def check_headers(
    content_type: Optional[str], origin: Optional[str], host: Optional[str], embed_on: Collection[str]
) -> None:
    """Refuse a request that is not JSON (415), or that a browser sent from a page of another site (403).

    A request without ``Origin`` is not from a browser page (browsers send it on every cross-site POST),
    so it passes. A browser sets ``Origin`` and ``Host`` itself, so a page can only pass as the server's own
    origin (the chat page) or one of the clinic's ``embed_on`` sites.
    """
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type != "application/json":
        raise BadRequest(f"The body must be sent as Content-Type: application/json: {USAGE}.", status=415)
    if origin is None:
        return
    origin = origin.strip().rstrip("/")
    if origin.lower() in {o.lower() for o in embed_on}:
        return
    parts = urlsplit(origin)
    if parts.scheme in ("http", "https") and host and parts.netloc.lower() == host.strip().lower():
        return
    raise BadRequest("This chat only answers the clinic's own web pages.", status=403)


def json_depth(value: Any) -> int:
    """How deeply arrays and objects nest in a parsed JSON value (``{}`` is 1), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        value, level = stack.pop()
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else None
        if children is not None:
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in children)
    return deepest


def parse_chat_request(body: bytes) -> ChatRequest:
    """Validate a REST chat body; raise :class:`BadRequest` with a reason a developer can act on.

    Only ``sender`` and ``message`` are read. Anything else, ``metadata`` included, is dropped: Rasa would
    keep it with the conversation.
    """
    if len(body) > MAX_BODY_BYTES:
        raise BadRequest(f"The body must be at most {MAX_BODY_BYTES:,} bytes.", status=413)
    too_deep = BadRequest(f"The JSON nests more than {MAX_JSON_DEPTH} levels deep: {USAGE}.")
    try:
        data = json.loads(body.decode("utf-8"))
    except RecursionError:
        raise too_deep from None
    except (UnicodeDecodeError, ValueError):
        raise BadRequest(f"The body is not valid UTF-8 JSON: {USAGE}.") from None
    if json_depth(data) > MAX_JSON_DEPTH:
        raise too_deep
    if not isinstance(data, dict):
        raise BadRequest(f"The body must be a JSON object: {USAGE}.")
    sender, message = data.get("sender"), data.get("message")
    if not isinstance(sender, str) or not sender.strip():
        raise BadRequest(f"'sender' must be a non-empty string: {USAGE}.")
    if len(sender) > MAX_SENDER_CHARS:
        raise BadRequest(f"'sender' must be at most {MAX_SENDER_CHARS} characters.")
    if not isinstance(message, str):
        raise BadRequest(f"'message' must be a string: {USAGE}.")
    text = clean_message(message, len(message))
    return ChatRequest(sender, text, too_long=len(text) > MAX_MESSAGE_CHARS)


def payload_intent(message: str, intents: Collection[str]) -> Optional[str]:
    """The intent of a button payload, ``/<intent>`` with an intent of the domain and nothing after it;
    None for anything else."""
    payload = _PAYLOAD.fullmatch(message)
    return payload.group(1) if payload and payload.group(1) in intents else None


def as_rasa_text(message: str, intents: Collection[str]) -> str:
    """The text Rasa gets. Only a button payload (:func:`payload_intent`) stays a payload. Anything else
    that starts with "/" loses its slashes and is read as words, so Rasa's payload handler never sees it: it
    would log the whole text and replace whatever the safety net found (``/greet{"x": "I want to die"}``
    would get a greeting)."""
    if payload_intent(message, intents):
        return message
    return message.lstrip("/").lstrip() if message.startswith("/") else message
