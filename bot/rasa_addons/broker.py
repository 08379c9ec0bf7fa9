"""An event broker that counts safety replies for the analytics, and nothing else.

Rasa hands every conversation event to the broker; this one ignores all of them
except the safety layer's replies (crisis, emergency, check-ins, safeguarding, ...), which it records as
codes with a fresh random token each (so they cannot be linked to a conversation). The replies
themselves never depend on it. ``endpoints.yml``::

    event_broker:
      type: bot.rasa_addons.broker.SafetyCountBroker
"""

from __future__ import annotations

import asyncio
from typing import Any, Dict, Optional, Text

from rasa.core.brokers.broker import EventBroker
from rasa.utils.endpoints import EndpointConfig

from bot.analytics import SAFETY_REPLIES, Analytics, new_token

COUNTED = {f"utter_{code}": code for code in SAFETY_REPLIES}


class SafetyCountBroker(EventBroker):
    def __init__(self) -> None:
        self._store: Optional[Analytics] = None

    @classmethod
    async def from_endpoint_config(
        cls, broker_config: EndpointConfig, event_loop: Optional[asyncio.AbstractEventLoop] = None
    ) -> "SafetyCountBroker":
        return cls()

    def publish(self, event: Dict[Text, Any]) -> None:
        if event.get("event") == "action" and event.get("name") in COUNTED:
            if self._store is None:
                self._store = Analytics()
            self._store.record(new_token(), "safety", "reply", COUNTED[event["name"]])

    def is_ready(self) -> bool:
        return True
