"""Worst-body soak: the Rasa server's memory over thousands of conversations made of the largest bodies the
REST channel takes, with the production settings (nothing expires during the run: only the tracker store's
caps hold memory down).

    python -m bench.soak_worst --conversations 10000     # what `make soak-worst` runs

``bench/soak.py`` is the other soak: realistic conversations, Rasa plus the action server.

Each conversation comes from a new sender id (128 characters) and a new client address, and each of its
messages is a body just under the 64 KB limit: a 2,000-character message and, to fill the rest, ``metadata``
of many small keys, nested to the deepest level allowed (the channel drops it). Prints the server's RSS at
start, after the warm-up, every ``--every`` conversations, and at the end, with throughput and latency.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
import uuid
from typing import Optional

import aiohttp

from bench.client import Results, bench_servers, client_headers, rss_mb
from bot.requests import MAX_BODY_BYTES, MAX_MESSAGE_CHARS, MAX_SENDER_CHARS

KIND = "worst_body"
# A reply the channel gives without Rasa keeps nothing in memory, so the soak counts such replies apart.
WITHOUT_RASA = {
    "busy": "answering a lot of people",
    "rate_limited": "faster than I can answer",
    "too_long": "I can only read",
}


def error_kind(reply) -> Optional[str]:
    """None for a reply from Rasa; "no_reply", or which reply the channel gave without Rasa."""
    if not reply:
        return "no_reply"
    text = " ".join(r.get("text", "") for r in reply)
    return next((kind for kind, words in WITHOUT_RASA.items() if words in text), None)


WORDS = (
    "my doctor never listens to me and the last visit felt rushed so I want to talk about what "
    "happened with the specialist and the nurse before the next appointment at the clinic"
).split()


def worst_body(sender: str, rng: random.Random) -> bytes:
    """A body of just under MAX_BODY_BYTES: a 2,000-character message of ordinary words, and metadata."""
    words = []
    while sum(len(w) + 1 for w in words) < MAX_MESSAGE_CHARS:
        words.append(rng.choice(WORDS))
    message = " ".join(words)[:MAX_MESSAGE_CHARS]
    body = {"sender": sender, "message": message, "metadata": {"a": {"b": {}}}}
    leaf = body["metadata"]["a"]["b"]
    room = MAX_BODY_BYTES - len(json.dumps(body, separators=(",", ":")).encode()) - 64
    n = 0
    while room > 0:
        key, value = f"k{n}", f"v{rng.getrandbits(32):08x}"
        leaf[key] = value
        room -= len(key) + len(value) + 6  # "key":"value",
        n += 1
    return json.dumps(body, separators=(",", ":")).encode()


async def conversations(url: str, count: int, turns: int, concurrency: int, seed: int) -> Results:
    """``count`` conversations of ``turns`` worst bodies each, ``concurrency`` at a time."""
    results = Results()
    queue = iter(range(count))
    timeout = aiohttp.ClientTimeout(total=120)

    async def worker(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            for _ in queue:
                sender = (uuid.uuid4().hex * 4)[:MAX_SENDER_CHARS]
                headers = {"Content-Type": "application/json", **client_headers(sender)}
                for _ in range(turns):
                    start = time.perf_counter()
                    try:
                        async with session.post(
                            url, data=worst_body(sender, rng), headers=headers
                        ) as response:
                            reply = await response.json() if response.status == 200 else None
                    except (aiohttp.ClientError, asyncio.TimeoutError):
                        reply = None
                    error = error_kind(reply)
                    results.record(KIND, time.perf_counter() - start, error)
                    if error:
                        results.conversations["failed"] += 1
                        break
                else:
                    results.conversations["completed"] += 1

    start = time.perf_counter()
    await asyncio.gather(*(worker(n) for n in range(concurrency)))
    results.seconds = time.perf_counter() - start
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--warmup", type=int, default=1_000)
    parser.add_argument("--turns", type=int, default=2, help="messages per conversation")
    parser.add_argument("--every", type=int, default=2_000, help="print RSS after this many conversations")
    parser.add_argument("--concurrency", type=int, default=20)
    args = parser.parse_args()
    with bench_servers("soak") as servers:
        pid = servers.rasa.popen.pid
        figures = {
            "body_bytes": len(worst_body("x" * MAX_SENDER_CHARS, random.Random(0))),
            "rss_start_mb": round(rss_mb(pid)),
        }
        warm = asyncio.run(conversations(servers.webhook_url, args.warmup, args.turns, args.concurrency, 0))
        figures["rss_after_warmup_mb"] = round(rss_mb(pid))
        figures["warmup"] = warm.summary()
        figures["rss_mb_every"], chunks = [], []
        done = 0
        while done < args.conversations:
            chunk = min(args.every, args.conversations - done)
            chunks.append(
                asyncio.run(
                    conversations(servers.webhook_url, chunk, args.turns, args.concurrency, done + 1)
                ).summary()
            )
            done += chunk
            figures["rss_mb_every"].append([done, round(rss_mb(pid))])
            print(json.dumps({"conversations": done, "rss_mb": figures["rss_mb_every"][-1][1]}), flush=True)
        figures["rss_end_mb"] = figures["rss_mb_every"][-1][1]
        figures["rss_growth_after_warmup_mb"] = figures["rss_end_mb"] - figures["rss_after_warmup_mb"]
        figures["chunks"] = chunks
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
