"""Mounts the chat page (bot/web) on the Rasa server at ``/webhooks/chat/``: same origin as the REST channel.

``credentials.yml``::

    bot.rasa_addons.chat_channel.ChatPageInput:
"""

from __future__ import annotations

from typing import Awaitable, Callable, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint

from bot.web import chat_blueprint


class ChatPageInput(InputChannel):
    """Serves the page only; the page talks to the REST channel."""

    @classmethod
    def name(cls) -> Text:
        return "chat"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        return chat_blueprint()
