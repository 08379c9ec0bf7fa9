"""NLU tests on the trained model: the frozen held-out sets, and the regression sets.

Held-out sets (tests/nlu/heldout/, frozen by SHA256SUMS) were written from a description of the users by
someone who had not seen the training data, and were never used for tuning. Regression sets
(tests/nlu/regression/) were looked at while tuning: they guard against going backwards, nothing more.
Figures are printed and written to results/nlu.json; the floors are the ones in docs/testing.md.
"""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, nlu_examples
from nlu_scoring import FULL_REPLIES, SHOWS_NUMBERS, label, load, score, table

pytestmark = pytest.mark.model

HELD_OUT = sorted((ROOT / "tests" / "nlu" / "heldout").glob("*.yml"))
REGRESSION = ROOT / "tests" / "nlu" / "regression"
NAMED_HARD_NEGATIVES = [
    "I want to end things with my doctor",
    "my chest X-ray results",
    "I'm dying to know my results",
]


def _write(name: str, figures: dict) -> None:
    out = ROOT / "results"
    out.mkdir(exist_ok=True)
    path = out / "nlu.json"
    data = json.loads(path.read_text()) if path.exists() else {}
    data[name] = figures
    path.write_text(json.dumps(data, indent=2))


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.name)
def test_held_out_set_meets_the_floors(parse, path):
    report = score(load(path), parse)
    _write(f"heldout/{path.name}", report)
    print("\n" + table(f"held-out {path.name}", report))
    assert report["danger_recall"] == 1.0, [e for e in report["errors"] if e["category"] in ("crisis_self", "crisis_other", "emergency", "overdose")]
    assert report["lookalike_full_reply"] <= 0.05
    assert report["routing_accuracy"] >= 0.90
    assert report["per_category"]["realistic_mixed"]["accuracy"] >= 0.85


def test_development_set_meets_the_same_floors(parse):
    report = score(load(REGRESSION / "dev.yml"), parse)
    _write("regression/dev.yml", report)
    print("\n" + table("regression dev.yml", report))
    assert report["danger_recall"] == 1.0
    assert report["lookalike_full_reply"] <= 0.05
    assert report["routing_accuracy"] >= 0.90


def test_earlier_safety_phrasings_all_get_the_numbers_and_no_hard_negative_a_full_reply(parse):
    phrasings = nlu_examples(REGRESSION / "safety.yml")
    dangers = phrasings["express_crisis"] + phrasings["report_emergency"]
    missed = [t for t in dangers if label(parse(t)["intent"]["name"]) not in SHOWS_NUMBERS]
    alarms = [t for t in phrasings["hard_negative"] if label(parse(t)["intent"]["name"]) in FULL_REPLIES]
    _write("regression/safety.yml", {"dangers": len(dangers), "missed": missed,
                                     "hard_negatives": len(phrasings["hard_negative"]), "full_replies": alarms})
    assert missed == []
    assert len(alarms) <= 0.05 * len(phrasings["hard_negative"]), alarms


@pytest.mark.parametrize("text", NAMED_HARD_NEGATIVES)
def test_the_named_hard_negatives_never_get_a_safety_reply(parse, text):
    assert label(parse(text)["intent"]["name"]) not in SHOWS_NUMBERS


def test_earlier_intent_phrasings_keep_their_accuracy(parse):
    phrasings = nlu_examples(REGRESSION / "intents.yml")
    wrong = {t: (intent, got) for intent, texts in phrasings.items() for t in texts
             if (got := parse(t)["intent"]["name"]) != intent}
    total = sum(len(v) for v in phrasings.values())
    accuracy = 1 - len(wrong) / total
    _write("regression/intents.yml", {"examples": total, "accuracy": round(accuracy, 3), "errors": wrong})
    assert accuracy >= 0.85, wrong
