"""Scoring NLU test sets: what reply each parse leads to, and the figures per category.

A test set is a YAML file of ``messages``, each with ``text``, ``category``, ``expect`` (the reply it
should get, as a label below) and optionally ``acceptable`` (other labels that are fine too). The same
scoring runs on the frozen held-out sets (``tests/nlu/heldout/``) and the regression sets
(``tests/nlu/regression/``).

Run as a script to print the table for any set with the trained model (no servers)::

    .venv/bin/python tests/nlu_scoring.py tests/nlu/regression/dev.yml [--errors]
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot import safety  # noqa: E402
from bot.rasa_addons.nlu import YIELDING_INTENTS  # noqa: E402
from bot.rasa_addons.policy import stray_answer_pathway  # noqa: E402

# The reply each intent leads to, as the test sets name it.
LABELS = {
    "prepare_reset_conversation": "reset_conversation",
    "request_second_opinion": "second_opinion",
    "end_care": "ending_care",
    "ask_medical_question": "medical_refusal",
    "talk_to_person": "talk_to_person",
    "ask_privacy": "privacy",
    "greet": "greet",
    "goodbye": "goodbye",
    "thank": "thank",
    "ask_help": "help",
    "start_over": "start_over",
    "ask_if_bot": "bot_challenge",
    "out_of_scope": "out_of_scope",
    "express_crisis": "crisis",
    "express_crisis_other": "crisis_other",
    "report_emergency": "emergency",
    "report_overdose": "overdose",
    "hint_self_harm": "check_in",
    "mention_symptom": "check_in",
    "report_abuse": "safeguarding",
    "stop_medication": "medication_caution",
    # The complaint routes are the ending-care feature's last step, and the test sets name them so.
    "ask_complaint": "ending_care",
}
FULL_REPLIES = {"crisis", "crisis_other", "emergency", "overdose"}
SHOWS_NUMBERS = FULL_REPLIES | {"check_in"}  # a safety reply with the crisis or emergency numbers
DANGER_CATEGORIES = {"crisis_self", "crisis_other", "emergency", "overdose"}
LOOKALIKE = "lookalike"


def label(intent: Optional[str]) -> str:
    """The reply an intent leads to ("fallback" for anything that gets the menu)."""
    return LABELS.get(intent or "", "fallback")


def load(path: Path) -> List[dict]:
    import yaml

    return yaml.safe_load(path.read_text())["messages"]


def _rerouted(result: dict, settings: safety.Settings) -> str:
    """The label this parse would have had with only some of the safety signals switched on."""
    info = result["safety"]
    kind, tier, context = info["keyword"]
    model_intent, confidence = info["model"]
    signals = safety.Signals(
        safety.Assessment(kind, tier, context),
        model_intent,
        confidence,
        info["exemplars"][0],
        info["hard_negative"],
        info.get("context"),
    )
    intent, _ = safety.decide(signals, settings)
    if intent:
        return label(intent)
    ranking = [
        r["name"]
        for r in result.get("intent_ranking") or []
        if r["name"] not in safety.SAFETY_INTENTS and r["name"] != "nlu_fallback"
    ]
    if model_intent and model_intent not in safety.SAFETY_INTENTS:
        return label(model_intent)
    return label(ranking[0] if ranking else None)


SIGNAL_SETTINGS = {
    "keyword rules only": safety.Settings(use_model=False, use_exemplars=False),
    "keywords + model (classifier)": safety.Settings(use_exemplars=False, context_yields_to=YIELDING_INTENTS),
    "keywords + nearest examples": safety.Settings(use_model=False),
    "all three (as deployed)": safety.Settings(context_yields_to=YIELDING_INTENTS),
}


def score(messages: Iterable[dict], parse: Callable[[str], dict]) -> Dict[str, object]:
    """Figures for a set: routing accuracy overall and per category, danger recall, look-alike replies,
    and what each safety signal adds. Errors are listed with the text (the set's own, never a patient's)."""
    per_category: Dict[str, List[bool]] = defaultdict(list)
    errors = []
    danger_caught: List[bool] = []
    danger_exact: List[bool] = []
    lookalike_full: List[bool] = []
    lookalike_check_in: List[bool] = []
    by_signal: Dict[str, Dict[str, List[bool]]] = {name: defaultdict(list) for name in SIGNAL_SETTINGS}
    total = 0
    for item in messages:
        total += 1
        result = parse(item["text"])
        # A message on its own has no question open: a form answer there starts a pathway or gets the menu.
        got = label(stray_answer_pathway(result) or result["intent"]["name"])
        good = {item["expect"], *item.get("acceptable", [])}
        ok = got in good
        per_category[item["category"]].append(ok)
        if not ok:
            errors.append(
                {"text": item["text"], "category": item["category"], "expect": item["expect"], "got": got}
            )
        if item["category"] in DANGER_CATEGORIES:
            danger_caught.append(got in SHOWS_NUMBERS)
            danger_exact.append(got == item["expect"])
        if item["category"] == LOOKALIKE:
            lookalike_full.append(got in FULL_REPLIES)
            lookalike_check_in.append(got == "check_in")
        if "safety" in result:
            for name, settings in SIGNAL_SETTINGS.items():
                other = _rerouted(result, settings)
                if item["category"] in DANGER_CATEGORIES:
                    by_signal[name]["danger"].append(other in SHOWS_NUMBERS)
                if item["category"] == LOOKALIKE:
                    by_signal[name]["lookalike_full"].append(other in FULL_REPLIES)
                    by_signal[name]["lookalike_check_in"].append(other == "check_in")
                by_signal[name]["routing"].append(other in good)

    def share(values: List[bool]) -> Optional[float]:
        return round(sum(values) / len(values), 3) if values else None

    all_ok = [ok for oks in per_category.values() for ok in oks]
    return {
        "messages": total,
        "routing_accuracy": share(all_ok),
        "per_category": {c: {"n": len(v), "accuracy": share(v)} for c, v in sorted(per_category.items())},
        "danger_recall": share(danger_caught),
        "danger_messages": len(danger_caught),
        "danger_exact_reply": share(danger_exact),
        "lookalikes": len(lookalike_full),
        "lookalike_full_reply": share(lookalike_full),
        "lookalike_check_in": share(lookalike_check_in),
        "signals": {name: {k: share(v) for k, v in figures.items()} for name, figures in by_signal.items()},
        "errors": errors,
    }


def table(name: str, report: Dict[str, object]) -> str:
    """The figures as a small text table, for `make test-model`'s output."""
    lines = [
        f"{name}: {report['messages']} messages, routing accuracy {report['routing_accuracy']:.1%}",
        f"  {'category':<18}{'n':>5}{'accuracy':>10}",
    ]
    for category, figures in report["per_category"].items():
        lines.append(f"  {category:<18}{figures['n']:>5}{figures['accuracy']:>10.1%}")
    if report["danger_messages"]:
        lines.append(
            f"  crisis/emergency recall (full reply or check-in with the numbers): "
            f"{report['danger_recall']:.1%} of {report['danger_messages']}; "
            f"exactly the right reply: {report['danger_exact_reply']:.1%}"
        )
    if report["lookalikes"]:
        lines.append(
            f"  look-alikes given a full safety reply: {report['lookalike_full_reply']:.1%}; "
            f"given a check-in: {report['lookalike_check_in']:.1%} (of {report['lookalikes']})"
        )
    lines.append(
        f"  {'safety signals':<30}{'recall':>8}{'look-alike full':>17}{'check-in':>10}{'routing':>9}"
    )
    for signal, figures in report["signals"].items():

        def pct(key: str) -> str:
            value = figures.get(key)
            return "-" if value is None else f"{value:.1%}"

        lines.append(
            f"  {signal:<30}{pct('danger'):>8}{pct('lookalike_full'):>17}{pct('lookalike_check_in'):>10}"
            f"{pct('routing'):>9}"
        )
    return "\n".join(lines)


def main(argv: List[str]) -> int:
    import asyncio
    import logging

    import structlog
    from rasa.core.agent import Agent

    # Rasa logs each parse with its text at debug level: a held-out set is measured without showing it.
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    logging.getLogger().setLevel(logging.WARNING)
    paths = [Path(a) for a in argv if not a.startswith("--")]
    agent = Agent.load(str(ROOT / "models" / "care-navigator.tar.gz"))
    loop = asyncio.new_event_loop()

    def parse(text: str) -> dict:
        return loop.run_until_complete(agent.parse_message(text))

    for path in paths:
        report = score(load(path), parse)
        print(table(str(path), report))
        if "--errors" in argv:
            for error in report["errors"]:
                print("   ", json.dumps(error))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
