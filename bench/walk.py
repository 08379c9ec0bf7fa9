"""Every typed message of the benchmark's pool, sent in its place at least once, and every error listed.

    python -m bench.walk                                  # the pool the benchmark uses, the trained model
    python -m bench.walk --pool bench/patient_messages/v1.yml --model models/care-navigator.tar.gz

``make bench`` samples: a message that fails once in a run is one error among thousands of replies, and
only a few examples are shown. This walk is the complete list. It draws the benchmark's own conversations
(``bench/workload.py``, seeded) until every message of the pool has been typed in one of them, sends those
conversations through the real REST channel (its own Rasa and action servers, a few patients at once), and
prints each failed message with what was expected and what came back. A message whose conversation failed
before reaching it is drawn again, in a new conversation, up to ``--passes`` times.

It prints figures and the list; it asserts nothing. The pool's errors are for reading only where the pool is
no longer held out (docs/performance.md says which pool is which).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
from pathlib import Path
from typing import List, Set, Tuple

import aiohttp

from bench import workload
from bench.client import Results, bench_servers, converse
from bench.workload import Conversation, draw_conversation
from bot.launcher import ROOT
from bot.safety import normalise

MAX_DRAWS = 200_000  # per pass; far more than any pool needs


def pool_texts(node=None) -> Set[str]:
    """Every typed message of the pool, normalised (the workload varies case and the last stop)."""
    node = workload.own_pool() if node is None else node
    if isinstance(node, dict):
        return set().union(*(pool_texts(value) for value in node.values()))
    return {normalise(text) for text in node}


def covering(rng: random.Random, wanted: Set[str]) -> Tuple[List[Conversation], Set[str]]:
    """Benchmark conversations that between them type every message in ``wanted``; and what none typed."""
    left, chosen = set(wanted), []
    for _ in range(MAX_DRAWS):
        if not left:
            break
        conversation = draw_conversation(rng)
        typed = {normalise(turn.message) for turn in conversation.turns if turn.typed} & left
        if typed:
            chosen.append(conversation)
            left -= typed
    return chosen, left


async def walk(url: str, seed: int, users: int, passes: int) -> Tuple[Results, Set[str], int]:
    rng = random.Random(f"walk:{seed}")
    wanted, results, sent = pool_texts(), Results(examples_per_kind=10**6), 0
    timeout = aiohttp.ClientTimeout(total=60)
    for _ in range(passes):
        conversations, _ = covering(rng, wanted)
        queue = iter(conversations)
        async with aiohttp.ClientSession(timeout=timeout) as session:

            async def patient() -> None:
                nonlocal wanted
                for conversation in queue:
                    sent_turns = await converse(session, url, conversation, results)
                    wanted -= {normalise(t.message) for t in conversation.turns[:sent_turns] if t.typed}

            await asyncio.gather(*(patient() for _ in range(users)))
        sent += len(conversations)
        if not wanted:
            break
    return results, wanted, sent


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pool", type=Path, default=workload.MESSAGES_FILE)
    parser.add_argument("--model", type=Path, default=ROOT / "models" / "care-navigator.tar.gz")
    parser.add_argument("--users", type=int, default=4, help="conversations at once")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument(
        "--counts-only", action="store_true", help="figures without the list (a pool still held out)"
    )
    args = parser.parse_args()
    workload.use_pool(args.pool)
    total = len(pool_texts())
    with bench_servers("walk", args.model) as servers:
        results, unreached, conversations = asyncio.run(
            walk(servers.webhook_url, args.seed, args.users, args.passes)
        )
    errors = sum(results.errors.values())
    print(f"pool: {args.pool} ({total} messages); model: {args.model}")
    print(
        f"{conversations} conversations, {results.requests} replies judged: {results.right} right, "
        f"{errors} errors {dict(sorted(results.errors.items()))}, {results.check_ins} check-ins answered No"
    )
    failed = {normalise(e["sent"]) for e in results.examples}
    print(f"messages that failed at least once: {len(failed)} of {total}")
    print(f"messages never reached (each conversation that held them failed earlier): {len(unreached)}")
    if args.counts_only:
        return
    for e in sorted(results.examples, key=lambda e: (e["kind"], e["conversation"], e["sent"])):
        expected = " + ".join(e["expected"])
        print(f'- {e["kind"]}: "{e["sent"]}" ({e["conversation"]}), expected {expected}, got "{e["got"]}"')
    for text in sorted(unreached):
        print(f'- never reached: "{text}"')
    sys.stdout.flush()


if __name__ == "__main__":
    main()
