"""Soak: memory of the Rasa server over thousands of conversations, with idle conversations expiring.

    python -m bot.bench.soak --conversations 5000 --rounds 2 --idle-seconds 20

Prints the Rasa server's RSS after a warm-up, after each round of the soak, and after the idle time has
passed. Flat figures from round to round mean no leak: within a round the server holds the conversations
of the last idle period, and Python keeps freed memory for reuse rather than handing it back.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

import aiohttp
import yaml

from bot.bench.client import Results, converse, rss_mb
from bot.launcher import DEFAULT_MODEL, ROOT, Servers, free_port

SCRIPT = ["/request_second_opinion", "Yes"]


async def many(url: str, count: int, concurrency: int) -> Results:
    results = Results()
    queue = iter(range(count))
    timeout = aiohttp.ClientTimeout(total=60)

    async def worker() -> None:
        async with aiohttp.ClientSession(timeout=timeout) as session:
            for _ in queue:
                await converse(session, url, SCRIPT, results, "Don't delay care")

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    results.seconds = time.perf_counter() - start
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=5000)
    parser.add_argument("--warmup", type=int, default=500)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--idle-seconds", type=float, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="care-navigator-soak-"))
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text())
    endpoints["tracker_store"]["idle_seconds"] = args.idle_seconds
    (workdir / "endpoints.yml").write_text(yaml.safe_dump(endpoints))
    env = {"CARE_NAVIGATOR_ANALYTICS_DB": str(workdir / "analytics.sqlite")}
    with Servers(DEFAULT_MODEL, free_port(), free_port(), log_dir=workdir / "logs", extra_env=env,
                 endpoints=workdir / "endpoints.yml") as servers:
        pid = servers.rasa.popen.pid
        figures = {"rss_start_mb": round(rss_mb(pid))}
        warm = asyncio.run(many(servers.webhook_url, args.warmup, args.concurrency))
        figures["rss_after_warmup_mb"] = round(rss_mb(pid))
        figures["rss_after_each_round_mb"], rounds = [], []
        for _ in range(args.rounds):
            rounds.append(asyncio.run(many(servers.webhook_url, args.conversations, args.concurrency)).summary())
            figures["rss_after_each_round_mb"].append(round(rss_mb(pid)))
        time.sleep(args.idle_seconds + 35)  # past the idle time and the next sweep
        asyncio.run(many(servers.webhook_url, 20, 5))  # a save triggers the sweep
        figures["rss_after_idle_mb"] = round(rss_mb(pid))
        figures.update({"warmup": warm.summary(), "rounds": rounds, "idle_seconds": args.idle_seconds})
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
