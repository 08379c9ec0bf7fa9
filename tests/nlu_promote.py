"""Move the messages of read test sets into the training data, as examples of the intent their reply needs.

A held-out set whose errors were read is regression data (docs/testing.md); its messages are patients' own
words, labelled by reply, and the model learns from them like any other example. This adds each message to
``data/nlu/<feature>.yml`` under the intent its ``expect`` reply comes from, as one block per intent at the
end of the file, headed by where the lines came from. It leaves out a message that is already a training
example, one that a frozen held-out set or the benchmark's pool uses (those must stay unseen), one whose
reply has no single intent (a check-in that no keyword rule ties to a risk), and one labelled two ways.

    .venv/bin/python tests/nlu_promote.py tests/nlu/regression/heldout-v9.yml [...]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Dict, Iterable, List, Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.workload import pool  # noqa: E402
from bot import safety  # noqa: E402

from conftest import nlu_examples  # noqa: E402
from nlu_scoring import LABELS, load  # noqa: E402

# The intent each reply comes from. "ending_care" is the pathway's own intent (the complaint routes are
# reached from it too); a check-in's intent depends on the risk the keyword rules read (``_check_in``).
INTENT_OF = {reply: intent for intent, reply in LABELS.items() if reply not in {"check_in", "ending_care"}}
INTENT_OF["ending_care"] = "end_care"
DATA = ROOT / "data" / "nlu"


def _check_in(text: str) -> Optional[str]:
    kind = safety.assess(text).kind
    if kind == safety.EMERGENCY:
        return "mention_symptom"
    if kind in (safety.CRISIS, safety.CRISIS_OTHER):
        return "hint_self_harm"
    return None


def training_intent(message: dict) -> Optional[str]:
    """The intent a labelled message teaches, or None when its reply has no single intent."""
    if message["expect"] == "check_in":
        return _check_in(message["text"])
    return INTENT_OF.get(message["expect"])


def _files_of_intents() -> Dict[str, Path]:
    found: Dict[str, Path] = {}
    for path in sorted(DATA.glob("*.yml")):
        for intent in nlu_examples(path):
            found.setdefault(intent, path)
    return found


def _examples() -> set:
    return {
        safety.normalise(t)
        for path in DATA.glob("*.yml")
        for lines in nlu_examples(path).values()
        for t in lines
    }


def _unseen() -> set:
    """Texts that must never be trained on: the frozen held-out sets and the benchmark's pool."""
    texts = {safety.normalise(m["text"]) for p in (ROOT / "tests/nlu/heldout").glob("*.yml") for m in load(p)}

    def walk(node) -> Iterable[str]:
        if isinstance(node, str):
            yield node
        elif isinstance(node, dict):
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    return texts | {safety.normalise(t) for t in walk(pool())}


def promote(paths: List[Path]) -> Dict[str, int]:
    known, unseen, files = _examples(), _unseen(), _files_of_intents()
    chosen: Dict[str, Dict[str, str]] = defaultdict(dict)  # intent -> normalised text -> text
    labels: Dict[str, set] = defaultdict(set)
    for path in paths:
        for message in load(path):
            text = re.sub(r"\s+", " ", message["text"]).strip()
            intent = training_intent(message)
            if intent:
                key = safety.normalise(text)
                labels[key].add(intent)
                chosen[intent][key] = text
    counts: Dict[str, int] = {}
    sources = ", ".join(p.name for p in paths)
    by_file: Dict[Path, List[str]] = defaultdict(list)
    for intent, texts in sorted(chosen.items()):
        keep = [
            t for low, t in texts.items() if low not in known and low not in unseen and len(labels[low]) == 1
        ]
        if not keep:
            continue
        counts[intent] = len(keep)
        by_file[files[intent]].append(
            f"\n  - intent: {intent}\n    examples: |\n" + "".join(f"      - {t}\n" for t in keep)
        )
    for path, blocks in by_file.items():
        header = f"\n  # Patients' words from read test sets ({sources}), via tests/nlu_promote.py.\n"
        path.write_text(path.read_text().rstrip("\n") + "\n" + header + "".join(blocks))
    return counts


if __name__ == "__main__":
    result = promote([Path(p) for p in sys.argv[1:]])
    print(result, sum(result.values()))
