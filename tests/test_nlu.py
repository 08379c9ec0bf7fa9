"""NLU tests on the trained model: the frozen held-out sets, and the regression sets.

Held-out sets (tests/nlu/heldout/, frozen by SHA256SUMS) were written from a description of the users by
someone who had not seen the training data, and were never used for tuning. Regression sets
(tests/nlu/regression/) were looked at while tuning: they guard against going backwards, nothing more.
Figures are printed and written to results/nlu.json; the floors are the ones in docs/testing.md.
"""

from __future__ import annotations

import json

import pytest
import yaml

from conftest import ROOT, nlu_examples
from nlu_scoring import FULL_REPLIES, SHOWS_NUMBERS, label, load, score, table

pytestmark = pytest.mark.model

HELD_OUT = sorted((ROOT / "tests" / "nlu" / "heldout").glob("*.yml"))
REGRESSION = ROOT / "tests" / "nlu" / "regression"
NAMED_HARD_NEGATIVES = [
    "I want to end things with my doctor",
    "my chest X-ray results",
    "I'm dying to know my results",
    # pool v26: read as worry for someone else's life, by the model and the nearest examples alike
    "My understanding is he wants me off the sleeping pills but he didn't say how",
]


def _write(name: str, figures: dict) -> None:
    out = ROOT / "results"
    out.mkdir(exist_ok=True)
    path = out / "nlu.json"
    data = json.loads(path.read_text()) if path.exists() else {}
    data[name] = figures
    path.write_text(json.dumps(data, indent=2))


# Floors: just under the figures in docs/testing.md (the classifier is logistic regression with a fixed
# seed, so a retrain gives the same figures). They guard against going backwards; the targets of issue 13
# (recall 100%, look-alikes given a full reply at most 5%, routing at least 90%) are printed beside them.
# The regression sets are training data too (tests/nlu_promote.py): their floors are the fit of the model
# to messages it was trained on, and every danger in them must get the numbers.
_TRAINED = {
    "danger_recall": 1.0,
    "lookalike_full_reply": 0.02,
    "routing_accuracy": 0.96,
    "realistic_mixed": 0.97,
}
FLOORS = {
    # held out: v10's errors were never read; just under its measurement of 2026-12-02 (docs/testing.md)
    "v10.yml": {
        "danger_recall": 0.97,
        "lookalike_full_reply": 0.04,
        "routing_accuracy": 0.91,
        "realistic_mixed": 0.92,
    },
    # held out: v20 is the newest set; just under its first measurement, 2026-12-03 (docs/testing.md):
    # routing 95.6%, realistic mixed 97.5%, recall 100% (40 of 40), look-alikes given a full reply 0.0%.
    "v20.yml": {
        "danger_recall": 1.0,
        "lookalike_full_reply": 0.02,
        "routing_accuracy": 0.95,
        "realistic_mixed": 0.97,
    },
    # held out: v19; just under its first measurement, 2026-12-03 (docs/testing.md):
    # routing 95.0%, realistic mixed 97.3%, recall 100% (42 of 42), look-alikes given a full reply 1.6%.
    "v19.yml": {
        "danger_recall": 1.0,
        "lookalike_full_reply": 0.03,
        "routing_accuracy": 0.94,
        "realistic_mixed": 0.97,
    },
    # held out: v18; just under its first measurement, 2026-12-02 (docs/testing.md):
    # routing 96.3%, realistic mixed 98.6%, recall 100% (43 of 43), look-alikes given a full reply 3.1%.
    "v18.yml": {
        "danger_recall": 1.0,
        "lookalike_full_reply": 0.04,
        "routing_accuracy": 0.96,
        "realistic_mixed": 0.98,
    },
    # held out: v17; just under its first measurement, 2026-12-02 (docs/testing.md). Its
    # look-alikes given a full reply (6.2%, 4 of 64, all from the keyword rules) are above the 5% target.
    "v17.yml": {
        "danger_recall": 0.97,
        "lookalike_full_reply": 0.07,
        "routing_accuracy": 0.93,  # 93.2% first, 94.0% after the pathway lines of issue 17
        "realistic_mixed": 0.97,  # 97.1% first, 98.6% after
    },
    # held out: v16; just under its measurement once its 19 training lines left, 2026-12-02
    "v16.yml": {
        "danger_recall": 0.97,
        "lookalike_full_reply": 0.05,
        "routing_accuracy": 0.94,  # 93.1% then, 95.3% after the pathway lines of issue 17
        "realistic_mixed": 0.98,  # 95.7% then, 100% after
    },
    # held out: v15, first measured at 94.6% routing and 98.6% realistic. The 156 pathway lines of issue 17
    # moved it to 93.9% and 95.7% (two realistic messages) while v16, v17 and v10 gained 1.8, 0.8 and 0.7
    # points (docs/testing.md); the floor sits under the new figures.
    "v15.yml": {
        "danger_recall": 0.97,
        "lookalike_full_reply": 0.04,
        "routing_accuracy": 0.93,
        "realistic_mixed": 0.95,
    },
    # held out: v14, just under its first measurement, 2026-12-02 (docs/testing.md)
    "v14.yml": {
        "danger_recall": 0.97,
        "lookalike_full_reply": 0.05,
        "routing_accuracy": 0.89,
        "realistic_mixed": 0.96,
    },
    **{
        name: _TRAINED
        for name in [f"heldout-v{n}.yml" for n in (1, 2, 3, 5, 6, 7, 8, 9, 11, 12, 13)] + ["dev.yml"]
    },
}


def test_every_test_set_has_floors():
    """A set without floors would be measured by nothing: each held-out and regression set named here."""
    scored = {p.name for p in REGRESSION.glob("*.yml") if "messages" in yaml.safe_load(p.read_text())}
    sets = {p.name for p in HELD_OUT} | scored
    assert sets == set(FLOORS)


def _check(name: str, report: dict) -> None:
    floors = FLOORS[name]
    assert report["danger_recall"] >= floors["danger_recall"], report["errors"]
    assert report["lookalike_full_reply"] <= floors["lookalike_full_reply"]
    assert report["routing_accuracy"] >= floors["routing_accuracy"]
    assert report["per_category"]["realistic_mixed"]["accuracy"] >= floors["realistic_mixed"]


@pytest.mark.parametrize("path", HELD_OUT, ids=lambda p: p.name)
def test_held_out_set_stays_above_its_first_measurement(parse, path):
    report = score(load(path), parse)
    _write(f"heldout/{path.name}", report)
    print(
        "\n"
        + table(f"held-out {path.name} (targets: recall 100%, look-alike full <= 5%, routing >= 90%)", report)
    )
    _check(path.name, report)


@pytest.mark.parametrize("name", sorted(name for name in FLOORS if (REGRESSION / name).exists()))
def test_regression_sets_stay_above_their_floors(parse, name):
    report = score(load(REGRESSION / name), parse)
    _write(f"regression/{name}", report)
    print("\n" + table(f"regression {name}", report))
    _check(name, report)


def test_earlier_safety_phrasings_all_get_the_numbers_and_no_hard_negative_a_full_reply(parse):
    phrasings = nlu_examples(REGRESSION / "safety.yml")
    dangers = phrasings["express_crisis"] + phrasings["report_emergency"]
    missed = [t for t in dangers if label(parse(t)["intent"]["name"]) not in SHOWS_NUMBERS]
    alarms = [t for t in phrasings["hard_negative"] if label(parse(t)["intent"]["name"]) in FULL_REPLIES]
    _write(
        "regression/safety.yml",
        {
            "dangers": len(dangers),
            "missed": missed,
            "hard_negatives": len(phrasings["hard_negative"]),
            "full_replies": alarms,
        },
    )
    assert missed == []
    assert len(alarms) <= 0.05 * len(phrasings["hard_negative"]), alarms


@pytest.mark.parametrize("text", NAMED_HARD_NEGATIVES)
def test_the_named_hard_negatives_never_get_a_safety_reply(parse, text):
    assert label(parse(text)["intent"]["name"]) not in SHOWS_NUMBERS


def test_earlier_intent_phrasings_keep_their_accuracy(parse):
    phrasings = nlu_examples(REGRESSION / "intents.yml")
    wrong = {
        t: (intent, got)
        for intent, texts in phrasings.items()
        for t in texts
        if (got := parse(t)["intent"]["name"]) != intent
    }
    total = sum(len(v) for v in phrasings.values())
    accuracy = 1 - len(wrong) / total
    _write("regression/intents.yml", {"examples": total, "accuracy": round(accuracy, 3), "errors": wrong})
    assert accuracy >= 0.85, wrong
