"""A small asyncio load client for the REST channel, shared by the benchmarks."""

from __future__ import annotations

import asyncio
import statistics
import time
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Sequence

import aiohttp


# The servers under test believe X-Forwarded-For from 127.0.0.1, as they would from a clinic's reverse proxy,
# so that each virtual patient comes from an address of its own (client_headers).
REST_SETTINGS = {"trusted_proxies": ["127.0.0.1"]}


def client_headers(sender: str) -> dict:
    """An X-Forwarded-For address of its own for ``sender`` (in 198.18.0.0/15, set aside for benchmarks),
    so that the per-client rate limit counts virtual patients apart, as it would count patients apart."""
    number = zlib.crc32(sender.encode())
    return {"X-Forwarded-For": f"198.{18 + (number >> 16) % 2}.{(number >> 8) % 256}.{number % 256}"}


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (from /proc)."""
    total = 0
    pids = [pid]
    children = Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


@dataclass
class Results:
    latencies: List[float] = field(default_factory=list)
    errors: int = 0
    conversations: int = 0
    seconds: float = 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]

    @property
    def throughput(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def summary(self) -> dict:
        return {
            "requests": len(self.latencies) + self.errors,
            "errors": self.errors,
            "conversations": self.conversations,
            "throughput_rps": round(self.throughput, 1),
            "p50_ms": round(1000 * self.percentile(50)),
            "p95_ms": round(1000 * self.percentile(95)),
            "p99_ms": round(1000 * self.percentile(99)),
            "mean_ms": round(1000 * statistics.fmean(self.latencies)) if self.latencies else None,
        }


async def converse(session: aiohttp.ClientSession, url: str, messages: Sequence[str], results: Results,
                   expect_last: str = "") -> None:
    """One conversation: every message in turn, each timed; an error is a non-200 or an empty reply."""
    sender = uuid.uuid4().hex
    reply = []
    for message in messages:
        start = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": message},
                                    headers=client_headers(sender)) as response:
                reply = await response.json() if response.status == 200 else None
        except (aiohttp.ClientError, asyncio.TimeoutError):
            reply = None
        if not reply:
            results.errors += 1
            return
        results.latencies.append(time.perf_counter() - start)
    if expect_last and expect_last not in " ".join(r.get("text", "") for r in reply):
        results.errors += 1
        return
    results.conversations += 1


async def run_load(urls: Sequence[str], scripts: Sequence[Sequence[str]], users: int, seconds: float,
                   expect_last: Sequence[str] = ()) -> Results:
    """``users`` virtual patients run the scripts back to back for ``seconds``; urls are used round robin."""
    results = Results()
    deadline = time.perf_counter() + seconds
    timeout = aiohttp.ClientTimeout(total=60)

    async def patient(n: int) -> None:
        k = n
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while time.perf_counter() < deadline:
                script = scripts[k % len(scripts)]
                expected = expect_last[k % len(expect_last)] if expect_last else ""
                await converse(session, urls[k % len(urls)], script, results, expected)
                k += users

    start = time.perf_counter()
    await asyncio.gather(*(patient(n) for n in range(users)))
    results.seconds = time.perf_counter() - start
    return results
