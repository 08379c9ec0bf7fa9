"""A flood of crisis-looking messages from rotating senders and addresses, against the real servers: a real
crisis message still gets the crisis reply, and so does every message of the flood. The reply times are
printed (bench/flood.py; `python -m bench.flood` for a longer run), never asserted."""

from __future__ import annotations

import asyncio
import json

import pytest

from bench.flood import flood

pytestmark = pytest.mark.e2e


def test_a_real_crisis_is_answered_during_a_flood_of_crisis_looking_messages(servers, capsys):
    figures = asyncio.run(flood(servers.webhook_url, workers=60, seconds=4, real=5))
    with capsys.disabled():
        print("\nflood figures:", json.dumps(figures))
    assert figures["real_crisis_replies_with_the_crisis_reply"] == figures["real_crisis_messages"] == 10
    assert figures["flood"]["statuses"] == {"200": figures["flood"]["requests"]}
    assert figures["flood"]["got_the_crisis_reply"] == figures["flood"]["requests"] > 60
