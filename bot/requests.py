"""Checking the body of a chat request before anything else sees it (pure, no Rasa).

Usage::

    chat = parse_chat_request(b'{"sender": "a1b2", "message": "hi"}')
    chat.sender, chat.message
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Dict, Optional

MAX_MESSAGE_CHARS = 50_000
MAX_SENDER_CHARS = 128
USAGE = 'send a JSON object like {"sender": "<random id>", "message": "<text>"}'


class BadRequest(ValueError):
    """The request cannot be served; ``status`` is the HTTP status to answer with."""

    def __init__(self, reason: str, status: int = 400):
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class ChatRequest:
    sender: str
    message: str
    metadata: Optional[Dict[str, Any]] = None


def parse_chat_request(body: bytes) -> ChatRequest:
    """Validate a REST chat body; raise :class:`BadRequest` with a reason a developer can act on."""
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BadRequest(f"The body is not valid UTF-8 JSON: {USAGE}.") from None
    if not isinstance(data, dict):
        raise BadRequest(f"The body must be a JSON object: {USAGE}.")
    sender, message = data.get("sender"), data.get("message")
    if not isinstance(sender, str) or not sender.strip():
        raise BadRequest(f"'sender' must be a non-empty string: {USAGE}.")
    if len(sender) > MAX_SENDER_CHARS:
        raise BadRequest(f"'sender' must be at most {MAX_SENDER_CHARS} characters.")
    if not isinstance(message, str):
        raise BadRequest(f"'message' must be a string: {USAGE}.")
    if len(message) > MAX_MESSAGE_CHARS:
        raise BadRequest(f"'message' must be at most {MAX_MESSAGE_CHARS:,} characters.", status=413)
    metadata = data.get("metadata")
    return ChatRequest(sender, message, metadata if isinstance(metadata, dict) else None)
