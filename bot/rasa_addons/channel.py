"""The REST channel, hardened: bad bodies get a clear 4xx, floods a kind reply, logs no patient text.

Same URL and JSON as Rasa's REST channel (``POST /webhooks/rest/webhook`` with
``{"sender": "...", "message": "..."}``). ``credentials.yml``::

    bot.rasa_addons.channel.CareNavigatorRestInput:
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, Iterable, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import BaseHTTPResponse, HTTPResponse

from bot.admission import Gate
from bot.clinic import load_clinic
from bot.domain import intents
from bot.ratelimit import RateLimiter, client_address, trusted_networks
from bot.replies import (
    MENU_BUTTONS,
    URGENT_PAYLOAD_INTENTS,
    busy_text,
    rate_limited_text,
    safety_category,
    safety_reply,
    too_long_text,
    unavailable_text,
)
from bot.requests import (
    MAX_MESSAGE_CHARS,
    BadRequest,
    as_rasa_text,
    check_headers,
    parse_chat_request,
    payload_intent,
)

logger = logging.getLogger(__name__)

# On every reply of the server, whichever route or error made it: nothing a patient sees is cached, and
# nothing is read as another type than the one sent.
EVERY_REPLY_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


class CareNavigatorRestInput(RestInput):
    """Rasa's REST channel with strict input checks, rate limits per sender and per client, a cap on the
    messages in flight, a kind reply when part of the bot is down or busy, and no patient text in logs.

    ``credentials.yml`` may set, for the rate limits, ``max_messages`` per ``per_seconds`` for each sender
    and ``client_max_messages`` per ``client_per_seconds`` for each client address; ``trusted_proxies``,
    the reverse proxies whose ``X-Forwarded-For`` is believed (``bot.ratelimit.client_address``); and for
    the queue (``bot.admission.Gate``): ``concurrent_messages``, ``queue_seconds``, ``max_in_flight``,
    ``urgent_messages`` and ``urgent_per_second``.
    """

    def __init__(
        self,
        max_messages: int = 20,
        per_seconds: float = 60.0,
        client_max_messages: int = 60,
        client_per_seconds: float = 60.0,
        trusted_proxies: Optional[Iterable[str]] = None,
        concurrent_messages: int = 4,
        queue_seconds: float = 3.0,
        max_in_flight: int = 64,
        urgent_messages: int = 2,
        urgent_per_second: float = 2.0,
    ) -> None:
        self.limiter = RateLimiter(int(max_messages), float(per_seconds))
        self.client_limiter = RateLimiter(int(client_max_messages), float(client_per_seconds))
        self.trusted_proxies = trusted_networks(trusted_proxies)
        self.gate = Gate(
            int(concurrent_messages),
            float(queue_seconds),
            int(max_in_flight),
            int(urgent_messages),
            float(urgent_per_second),
        )

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "CareNavigatorRestInput":
        return cls(**(credentials or {}))

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[None]]) -> Blueprint:
        webhook = Blueprint("care_navigator_rest", __name__)
        webhook.listener("before_server_start")(harden_app)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            clinic = load_clinic()
            try:
                check_headers(
                    request.headers.get("content-type"),
                    request.headers.get("origin"),
                    request.headers.get("host"),
                    clinic.embed_on,
                )
                chat = parse_chat_request(request.body)
            except BadRequest as error:
                return response.json({"error": str(error)}, status=error.status)
            region = clinic.region
            payload = payload_intent(chat.message, intents())
            category = safety_category(chat.message, payload)  # the whole message, before anything is cut

            def answer(text: str) -> HTTPResponse:
                """A reply without Rasa: the static safety reply if the message reads as one, else
                ``text``."""
                return response.json(
                    [
                        {
                            "recipient_id": chat.sender,
                            "text": safety_reply(category, region) if category else text,
                        }
                    ]
                )

            if chat.too_long:
                return answer(too_long_text(region, MAX_MESSAGE_CHARS))
            client = client_address(request.ip, request.headers.get("x-forwarded-for"), self.trusted_proxies)
            if not (self.client_limiter.allow(client) and self.limiter.allow(chat.sender)):
                return answer(rate_limited_text(region))
            collector = CollectingOutputChannel()
            message = UserMessage(
                as_rasa_text(chat.message, intents()), collector, chat.sender, input_channel=self.name()
            )
            urgent = category is not None or payload in URGENT_PAYLOAD_INTENTS
            # A check-in's "Yes" has no static reply: with no urgent place free, it waits its turn.
            async with self.gate.turn(urgent=urgent, or_wait=category is None) as admitted:
                if not admitted:
                    return answer(busy_text(region))
                try:
                    await on_new_message(message)
                except Exception as error:  # noqa: BLE001 - the patient gets a reply whatever failed
                    # The type only: the exception text can carry what the patient typed.
                    logger.error("Handling a message failed: %s", type(error).__name__)
            if not collector.messages:
                # Every message gets a reply; none means an action failed (Rasa logs which and why).
                collector.messages.append(
                    {"recipient_id": chat.sender, "text": unavailable_text(region), "buttons": MENU_BUTTONS}
                )
            return response.json(collector.messages)

        return webhook


async def _every_reply(request: Request, reply: BaseHTTPResponse) -> Optional[HTTPResponse]:
    # Rasa's "Hello from Rasa: <version>" on "/" tells a visitor which version to look up flaws for.
    not_found = response.text("Not found", status=404) if request.path == "/" else None
    sent = reply if not_found is None else not_found
    for name, value in EVERY_REPLY_HEADERS.items():
        sent.headers[name] = value
    return not_found


def harden_app(app: Sanic, _loop: Any = None) -> None:
    """On the whole Rasa server, not only this channel's routes: the headers of
    :data:`EVERY_REPLY_HEADERS` on every reply, and ``/`` answers 404 instead of Rasa's version banner."""
    app.register_middleware(_every_reply, "response")
