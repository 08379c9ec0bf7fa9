"""A small asyncio load client for the REST channel, shared by the benchmarks.

Every reply is judged (``bench/expected.py``): a wrong one is counted by its kind and ends that
conversation, since what follows would no longer fit it. Throughput counts right replies only;
latencies are those of every reply that came.
"""

from __future__ import annotations

import asyncio
import collections
import statistics
import tempfile
import time
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional, Sequence

import aiohttp

from bench.expected import CHECK_IN, DENY_RISK, WRONG_REPLY, classify_reply, payloads, texts
from bench.workload import TURN_KINDS, Conversation, in_training_data
from bot.launcher import DEFAULT_MODEL, Servers, free_port

EXAMPLES_PER_KIND = 3


# The servers under test believe X-Forwarded-For from 127.0.0.1, as they would from a clinic's reverse proxy,
# so that each virtual patient comes from an address of its own (client_headers).
REST_SETTINGS = {"trusted_proxies": ["127.0.0.1"]}
# Virtual patients answer at machine speed, a reply or two a second: a long visit (two pathways, a start over,
# the check-ins answered) sends more than the 20 messages a minute one sender may, which no patient types, and
# the rate-limit reply it got was the load's doing, not the bot's. For them the per-sender limit is raised;
# the limit per client address and everything else are as deployed, and a rate-limit reply is still an error.
VIRTUAL_PATIENT_SETTINGS = {**REST_SETTINGS, "max_messages": 120}


def bench_servers(name: str, model: Path = DEFAULT_MODEL) -> Servers:
    """Both servers on free ports for a benchmark run, with analytics and logs in a new temporary folder."""
    workdir = Path(tempfile.mkdtemp(prefix=f"care-navigator-{name}-"))
    env = {"CARE_NAVIGATOR_ANALYTICS_DB": str(workdir / "analytics.sqlite")}
    return Servers(
        model,
        free_port(),
        free_port(),
        log_dir=workdir / "logs",
        extra_env=env,
        rest_settings=VIRTUAL_PATIENT_SETTINGS,
    )


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


def percentile(values: Sequence[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def _ms(seconds: float) -> Optional[int]:
    return None if seconds != seconds else round(1000 * seconds)  # NaN: nothing measured


@dataclass
class Results:
    latencies: Dict[str, List[float]] = field(default_factory=lambda: collections.defaultdict(list))
    right: int = 0
    errors: Dict[str, int] = field(default_factory=collections.Counter)
    examples: List[dict] = field(default_factory=list)
    conversations: Dict[str, int] = field(default_factory=collections.Counter)
    sent: Dict[str, int] = field(default_factory=collections.Counter)  # clicked, typed, typed_not_in_training
    check_ins: int = 0  # check-ins where a step was expected, answered "No" (bench/expected.py, CHECK_IN)
    check_in_examples: List[str] = field(default_factory=list)
    seconds: float = 0.0
    examples_per_kind: int = EXAMPLES_PER_KIND  # the errors kept to show, per kind

    @property
    def all_latencies(self) -> List[float]:
        return [x for values in self.latencies.values() for x in values]

    @property
    def throughput(self) -> float:
        return self.right / self.seconds if self.seconds else 0.0

    def record(self, kind: str, seconds: Optional[float], error: Optional[str]) -> None:
        if seconds is not None:
            self.latencies[kind].append(seconds)
        if error:
            self.errors[error] += 1
        else:
            self.right += 1

    def record_check_in(self, kind: str, seconds: Optional[float], message: str) -> None:
        """A check-in where a step was expected: timed, counted apart, and answered with a click ("No")."""
        if seconds is not None:
            self.latencies[kind].append(seconds)
        self.check_ins += 1
        if len(self.check_in_examples) < self.examples_per_kind and message not in self.check_in_examples:
            self.check_in_examples.append(message)
        self.sent["clicked"] += 1

    @property
    def requests(self) -> int:
        return self.right + sum(self.errors.values()) + self.check_ins

    def summary(self) -> dict:
        every = self.all_latencies
        requests = self.requests
        return {
            "requests": requests,
            "right_replies": self.right,
            "errors": sum(self.errors.values()),
            "errors_by_kind": dict(sorted(self.errors.items())),
            "check_ins": self.check_ins,
            "conversations": dict(sorted(self.conversations.items())),
            "throughput_rps": round(self.throughput, 1),
            "p50_ms": _ms(percentile(every, 50)),
            "p95_ms": _ms(percentile(every, 95)),
            "p99_ms": _ms(percentile(every, 99)),
            "mean_ms": round(1000 * statistics.fmean(every)) if every else None,
            "by_turn_kind": {
                kind: {
                    "n": len(self.latencies[kind]),
                    "p50_ms": _ms(percentile(self.latencies[kind], 50)),
                    "p95_ms": _ms(percentile(self.latencies[kind], 95)),
                }
                for kind in TURN_KINDS
                if self.latencies.get(kind)
            },
            "mix": {
                name: round(count / requests, 3) if requests else None
                for name, count in sorted(self.sent.items())
            },
            "error_examples": self.examples,
        }


async def post(session: aiohttp.ClientSession, url: str, sender: str, message: str):
    """(status, replies, seconds): status None when no answer came at all."""
    start = time.perf_counter()
    try:
        async with session.post(
            url, json={"sender": sender, "message": message}, headers=client_headers(sender)
        ) as response:
            status = response.status
            replies = await response.json(content_type=None) if status == 200 else None
    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
        return None, None, None
    return status, replies, time.perf_counter() - start


async def converse(
    session: aiohttp.ClientSession,
    url: str,
    conversation: Conversation,
    results: Results,
    deadline: float = float("inf"),
) -> int:
    """Send a conversation's turns in order, each timed and judged; stop at the first wrong reply.

    Returns how many turns were sent (the failed one included)."""
    sender = uuid.uuid4().hex
    replies: Sequence[dict] = []
    for sent, turn in enumerate(conversation.turns):
        if time.perf_counter() > deadline:
            results.conversations["cut_by_the_end_of_the_run"] += 1
            return sent
        if turn.needs_button and turn.needs_button not in payloads(replies):
            results.conversations["ended_after_a_safety_reply"] += 1
            return sent
        status, replies, seconds = await post(session, url, sender, turn.message)
        error = classify_reply(turn.expect, status, replies)
        if error == CHECK_IN:  # not an error: the patient answers "No", and that reply must show the step
            results.record_check_in(turn.kind, seconds, turn.message)
            status, replies, seconds = await post(session, url, sender, DENY_RISK)
            error = classify_reply(turn.expect, status, replies)
            error = WRONG_REPLY if error == CHECK_IN else error
        results.record(turn.kind, seconds, error)
        results.sent["typed" if turn.typed else "clicked"] += 1
        if turn.typed and not in_training_data(turn.message):
            results.sent["typed_not_in_training"] += 1
        if error:
            results.conversations["failed"] += 1
            seen = [e for e in results.examples if e["kind"] == error]
            if len(seen) < results.examples_per_kind and all(e["sent"] != turn.message for e in seen):
                results.examples.append(
                    {
                        "kind": error,
                        "conversation": conversation.name,
                        "sent": turn.message,
                        "expected": [f"{s.what} {s.arg}".strip() for s in turn.expect],
                        "status": status,
                        "got": " / ".join(texts(replies or []).split("\n"))[:160],
                    }
                )
            return sent + 1
    results.conversations["completed"] += 1
    return len(conversation.turns)


async def run_load(
    urls: Sequence[str], conversations: Callable[[int], Iterator[Conversation]], users: int, seconds: float
) -> Results:
    """``users`` virtual patients, each drawing its next conversation from ``conversations(patient)``,
    back to back for ``seconds``; patients are spread over ``urls`` (as a load balancer would)."""
    results = Results()
    deadline = time.perf_counter() + seconds
    timeout = aiohttp.ClientTimeout(total=60)

    async def patient(n: int) -> None:
        visits = conversations(n)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while time.perf_counter() < deadline:
                await converse(session, urls[n % len(urls)], next(visits), results, deadline)

    start = time.perf_counter()
    await asyncio.gather(*(patient(n) for n in range(users)))
    results.seconds = time.perf_counter() - start
    return results


async def run_visits(
    url: str, conversations: Callable[[int], Iterator[Conversation]], visits: int, users: int
) -> Results:
    """``visits`` conversations in all, by ``users`` virtual patients at once, back to back."""
    results = Results()
    left = iter(range(visits))
    timeout = aiohttp.ClientTimeout(total=60)

    async def patient(n: int) -> None:
        mine = conversations(n)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            for _ in left:
                await converse(session, url, next(mine), results)

    start = time.perf_counter()
    await asyncio.gather(*(patient(n) for n in range(users)))
    results.seconds = time.perf_counter() - start
    return results
