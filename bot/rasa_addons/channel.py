"""The REST channel, hardened: bad bodies get a clear 4xx, failures a kind reply, logs no patient text.

Same URL and JSON as Rasa's REST channel (``POST /webhooks/rest/webhook`` with
``{"sender": "...", "message": "..."}``). ``credentials.yml``::

    bot.rasa_addons.channel.CareNavigatorRestInput:
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, AsyncIterator, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.clinic import load_clinic
from bot.ratelimit import RateLimiter
from bot.replies import MENU_BUTTONS, rate_limited_text, unavailable_text
from bot.requests import BadRequest, parse_chat_request
from bot.safety import classify

logger = logging.getLogger(__name__)


class CareNavigatorRestInput(RestInput):
    """Rasa's REST channel with strict input checks, a per-sender rate limit, a kind reply when
    part of the bot is down, and no patient text in logs.

    ``credentials.yml`` may set ``max_messages`` and ``per_seconds`` for the rate limit, and
    ``concurrent_messages``: how many messages Rasa works on at once. The rest wait their turn in
    arrival order, except a message that reads as a crisis or emergency, which goes first. Rasa
    interleaves every message it is working on, and a form answer waits for the action server, so
    without this queue a busy server made form answers wait behind every other message several times
    over (docs/performance.md). No message waits in the queue longer than ``queue_seconds``: if the
    places are held that long (an action server that hangs rather than fails), it goes ahead anyway.
    """

    def __init__(self, max_messages: int = 20, per_seconds: float = 60.0, concurrent_messages: int = 4,
                 queue_seconds: float = 3.0) -> None:
        self.limiter = RateLimiter(int(max_messages), float(per_seconds))
        self.concurrent_messages = int(concurrent_messages)
        self.queue_seconds = float(queue_seconds)
        self._queue: Optional[asyncio.Semaphore] = None

    @contextlib.asynccontextmanager
    async def turn(self, urgent: bool = False) -> AsyncIterator[None]:
        """Wait for a free place (at most ``queue_seconds``); an urgent message does not wait."""
        if self._queue is None:  # made here, inside the server's event loop
            self._queue = asyncio.Semaphore(self.concurrent_messages)
        placed = False
        if not urgent:
            try:
                if self._queue.locked():
                    await asyncio.wait_for(self._queue.acquire(), self.queue_seconds)
                else:
                    await self._queue.acquire()  # a free place: no wait at all
                placed = True
            except asyncio.TimeoutError:
                pass  # waited long enough: go ahead without a place
        try:
            yield
        finally:
            if placed:
                self._queue.release()

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "CareNavigatorRestInput":
        return cls(**(credentials or {}))

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
            region = load_clinic().region
            if not self.limiter.allow(chat.sender):
                return response.json([{"recipient_id": chat.sender, "text": rate_limited_text(region)}])
            collector = CollectingOutputChannel()
            message = UserMessage(chat.message, collector, chat.sender, input_channel=self.name(),
                                  metadata=chat.metadata)
            try:
                async with self.turn(urgent=classify(chat.message) is not None):
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
