"""Freeze a new pool of typed messages for the benchmark from helpers' drafts, mechanically and unread.

Usage::

    python -m bench.freeze_pool --version v21 draft_a.yml draft_b.yml

Each draft has the pool's layout (``openers``, ``answers``, ``messages``: any ``patient_messages/v*.yml``),
written by a helper with a fresh context from a description of the users and the bot's questions only
(``bench/pool_prompt.md``; docs/performance.md, "The pools are not like for like"). The drafts' lists are
joined, and a message is dropped, without anyone reading it, when it:

- repeats a training line, a line of an NLU test set or of an earlier pool, or another draft message;
- is read by the keyword rules as a crisis or an emergency outside the crisis messages, or is a crisis
  message they do not read as a crisis (``bot.safety.classify``);
- is a short question about the bot longer than a form's digression may be.

Nothing is filtered by the forms' readers: an answer they miss is the bot's error. The pool is written to
``bench/patient_messages/<version>.yml`` and its hash appended to ``SHA256SUMS``; the drop counts are
printed, for docs/performance.md. Run it before anything is measured on the pool, and never while
``make bench`` runs (the benchmark types the newest pool).
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter
from pathlib import Path
from typing import Any, Dict, Iterator, List, Set, Tuple

import yaml

from actions.pathway import DIGRESSION_MAX_WORDS
from bench.workload import POOLS
from bot.launcher import ROOT
from bot.safety import CRISIS, classify, normalise

SHORT_QUESTIONS = ("privacy_question", "bot_question", "help_question")
_ANNOTATION = re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)|\[([^\]]*)\]\{[^}]*\}")  # "[mum](person)" -> "mum"

HEADER = """\
# What the load benchmark's virtual patients type (bench/workload.py): pool {version}, frozen by its hash
# (bench/patient_messages/SHA256SUMS) before anything was measured on it.
#
# Written by {writers} with fresh contexts, each from the same description of the users and
# the bot's questions only (no training data, no test sets, no earlier pool, no model errors), their lists
# joined. Dropped before freezing,
# mechanically and unread (bench/freeze_pool.py): messages that were training lines, lines of an NLU test
# set or of an earlier pool, repeats, lines the keyword rules read as a danger outside the crisis messages
# (or crisis messages they do not read as one), and short questions about the bot over the form's
# digression length. Nothing was filtered by the forms' readers: an answer they miss is the bot's error.
# docs/performance.md has the counts.
# These are benchmark inputs, not training data: do not copy them into data/nlu.

"""


def texts(node: Any) -> Iterator[str]:
    """Every message in a YAML document: pool lists, NLU ``examples`` lines, test sets' ``text``."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "examples" and isinstance(value, str):
                for line in value.splitlines():
                    if line.strip().startswith("- "):
                        yield _ANNOTATION.sub(lambda m: m.group(1) or m.group(2), line.strip()[2:])
            elif key == "text" and isinstance(value, str):
                yield value
            elif not isinstance(value, str):  # not a label ("intent", "expect", "category")
                yield from texts(value)
    elif isinstance(node, list):
        for value in node:
            if isinstance(value, str):
                yield value
            else:
                yield from texts(value)


def known_texts(root: Path = ROOT) -> Set[str]:
    """Normalised training lines, NLU test set lines and earlier pools' messages."""
    files = [*(root / "data" / "nlu").glob("*.yml"), *(root / "tests" / "nlu").rglob("*.yml")]
    files += sorted((root / "bench" / "patient_messages").glob("v*.yml"))
    return {normalise(text) for path in files for text in texts(yaml.safe_load(path.read_text()))}


def join(drafts: List[Dict[str, Any]]) -> Dict[str, Any]:
    """The drafts' lists joined, key by key, in the first draft's order."""
    joined: Dict[str, Any] = {}
    for draft in drafts:
        for key, value in draft.items():
            if isinstance(value, dict):
                joined[key] = join([joined.get(key, {}), value])
            else:
                joined[key] = list(joined.get(key, [])) + [str(v).strip() for v in value or []]
    return joined


def drop_reason(text: str, path: Tuple[str, ...], known: Set[str], seen: Set[str]) -> str:
    """Why a drafted message is dropped ("" to keep it)."""
    clean = normalise(text)
    if not clean:
        return "empty"
    if clean in known:
        return "training line, NLU test set or earlier pool"
    if clean in seen:
        return "repeat"
    found = classify(text)
    if (found == CRISIS) != (path[-1] == "crisis") or found not in (None, CRISIS):
        return "keyword rules"
    if path[-1] in SHORT_QUESTIONS and len(text.split()) > DIGRESSION_MAX_WORDS:
        return "short question too long"
    return ""


def freeze(drafts: List[Dict[str, Any]], known: Set[str]) -> Tuple[Dict[str, Any], Counter]:
    """The pool, and the count of messages dropped per reason."""
    dropped: Counter = Counter()
    seen: Set[str] = set()

    def keep(node: Any, path: Tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            return {key: keep(value, path + (key,)) for key, value in node.items()}
        kept = []
        for text in node:
            reason = drop_reason(text, path, known, seen)
            if reason:
                dropped[reason] += 1
            else:
                seen.add(normalise(text))
                kept.append(text)
        return kept

    return keep(join(drafts), ()), dropped


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", required=True, help="the new pool's name, e.g. v21")
    parser.add_argument("--writers", default="two helpers", help='for the header: "two helpers"')
    parser.add_argument("drafts", nargs="+", type=Path)
    args = parser.parse_args()
    target = POOLS / f"{args.version}.yml"
    if target.exists():
        parser.error(f"{target} exists: a frozen pool is never edited; choose the next version")
    pool, dropped = freeze([yaml.safe_load(p.read_text()) for p in args.drafts], known_texts())
    body = HEADER.format(version=args.version, writers=args.writers)
    body += yaml.safe_dump(pool, sort_keys=False, allow_unicode=True, width=120)
    target.write_text(body)
    with (POOLS / "SHA256SUMS").open("a") as sums:
        sums.write(f"{hashlib.sha256(body.encode()).hexdigest()}  {target.name}\n")
    kept = sum(1 for _ in texts(pool))
    print(f"{target}: {kept} messages kept; dropped: {dict(dropped) or 'none'}")


if __name__ == "__main__":
    main()
