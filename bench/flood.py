"""Flood: how fast a real crisis message is answered while crisis-looking messages pour in, each from a new
sender id and a new client address (the worst case: rate limits never apply).

    python -m bench.flood --workers 100 --seconds 20

Prints the real message's reply times with no flood and during the flood, and what the flood got.
``tests/test_e2e_flood.py`` runs a short flood against the test servers and prints the same figures.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import json
import statistics
import time
import uuid
from typing import List

import aiohttp

from bench.client import bench_servers, client_headers
from bot.clinic import load_clinic
from bot.domain import response_text

FLOOD_TEXT = "I want to kill myself"
REAL_TEXTS = ["I don't want to be alive anymore", "I keep thinking about suicide", "I want to end my life"]


async def _post(session: aiohttp.ClientSession, url: str, text: str) -> tuple:
    """(status, reply text, seconds) for one message from a new sender and address."""
    sender = uuid.uuid4().hex
    start = time.perf_counter()
    try:
        async with session.post(
            url, json={"sender": sender, "message": text}, headers=client_headers(sender)
        ) as response:
            body = await response.json() if response.status == 200 else []
            status = response.status
    except (aiohttp.ClientError, asyncio.TimeoutError) as error:
        return type(error).__name__, "", time.perf_counter() - start
    return status, " ".join(r.get("text", "") for r in body), time.perf_counter() - start


async def _real_messages(session: aiohttp.ClientSession, url: str, count: int, every: float) -> List[tuple]:
    replies = []
    for n in range(count):
        replies.append(await _post(session, url, REAL_TEXTS[n % len(REAL_TEXTS)]))
        await asyncio.sleep(every)
    return replies


def _ms(replies: List[tuple]) -> dict:
    seconds = [s for _, _, s in replies]
    return {"median": round(1000 * statistics.median(seconds)), "max": round(1000 * max(seconds))}


async def flood(
    url: str, workers: int = 100, seconds: float = 5.0, real: int = 5, text: str = FLOOD_TEXT
) -> dict:
    """Measure real crisis messages alone, then during ``seconds`` of a flood of ``text`` from ``workers``
    at once."""
    timeout = aiohttp.ClientTimeout(total=60)
    # The real patient has a session (and connections) of their own, as another browser would.
    async with (
        aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=0)) as session,
        aiohttp.ClientSession(timeout=timeout) as patient,
    ):
        alone = await _real_messages(patient, url, real, 0.6)  # slower than the urgent budget: all to Rasa
        stop_at = time.perf_counter() + seconds
        flooded: List[tuple] = []

        async def attacker() -> None:
            while time.perf_counter() < stop_at:
                flooded.append(await _post(session, url, text))

        attackers = [asyncio.ensure_future(attacker()) for _ in range(workers)]
        await asyncio.sleep(min(1.0, seconds / 4))  # the flood is under way
        during = await _real_messages(patient, url, real, max(0.05, (seconds / 2) / real))
        await asyncio.gather(*attackers)
    statuses = collections.Counter(str(status) for status, _, _ in flooded)
    # The crisis reply itself, not merely its numbers (the "busy" reply carries them too).
    crisis = response_text("utter_crisis", load_clinic().region)
    return {
        "flood": {
            "text": text,
            "workers": workers,
            "seconds": seconds,
            "requests": len(flooded),
            "per_second": round(len(flooded) / seconds),
            "statuses": dict(statuses),
            "got_the_crisis_reply": sum(crisis in text for _, text, _ in flooded),
        },
        "real_crisis_reply_ms_alone": _ms(alone),
        "real_crisis_reply_ms_during_flood": _ms(during),
        "real_crisis_replies_with_the_crisis_reply": sum(crisis in text for _, text, _ in alone + during),
        "real_crisis_messages": len(alone) + len(during),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=100)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument(
        "--real", type=int, default=10, help="real crisis messages, alone and during the flood"
    )
    parser.add_argument(
        "--text", default=FLOOD_TEXT, help="what the flood sends (e.g. hello: ordinary messages)"
    )
    args = parser.parse_args()
    with bench_servers("flood") as servers:
        figures = asyncio.run(flood(servers.webhook_url, args.workers, args.seconds, args.real, args.text))
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
