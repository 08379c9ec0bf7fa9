"""The REST channel, hardened: bad bodies get a clear 4xx, failures a kind reply, logs no patient text.

Same URL and JSON as Rasa's REST channel (``POST /webhooks/rest/webhook`` with
``{"sender": "...", "message": "..."}``). ``credentials.yml``::

    bot.rasa_addons.channel.CareNavigatorRestInput:
"""

from __future__ import annotations

import json
import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.requests import BadRequest, parse_chat_request

logger = logging.getLogger(__name__)

SORRY = (
    "Sorry, something went wrong on my side. Please try again in a moment. "
    "If you need urgent help, call your local emergency number."
)


class CareNavigatorRestInput(RestInput):
    """Rasa's REST channel with strict input checks and no patient text in logs."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = Blueprint("care_navigator_rest", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                chat = parse_chat_request(request.body)
            except BadRequest as error:
                return response.json({"error": str(error)}, status=error.status)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(chat.message, collector, chat.sender, input_channel=self.name(),
                                metadata=chat.metadata)
                )
            except Exception as error:  # noqa: BLE001 - the patient gets a reply whatever failed
                # The type only: the exception text can carry what the patient typed.
                logger.error("Handling a message failed: %s", type(error).__name__)
                if not collector.messages:
                    collector.messages.append({"recipient_id": chat.sender, "text": SORRY})
            return response.json(collector.messages)

        return webhook

    def get_metadata(self, request: Request) -> Optional[Dict[Text, Any]]:
        body = json.loads(request.body or b"{}")
        return body.get("metadata") if isinstance(body, dict) else None
