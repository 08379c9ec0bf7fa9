"""Contract tests: the data, the domain, the actions and the tests agree with each other.

They fail when a maintainer adds an intent with too few examples, names a response
or action that does not exist, forgets to register an action, or adds a pathway
without story tests. See docs/extending.md.
"""

from __future__ import annotations

import ast
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from rasa_sdk.executor import ActionExecutor

from bot.domain import intents
from bot.rasa_addons.policy import SAFETY_ACTIONS, SAFETY_SEQUENCES
from bot.replies import SAFETY_RESPONSES, safety_reply
from bot.safety import CERTAIN, FULL_REPLY_INTENTS, INTENTS
from conftest import ROOT, nlu_examples, read_yaml

MIN_EXAMPLES = 10
DOMAIN = read_yaml(ROOT / "domain.yml")
FEATURES = ["core", "safety", "reset_conversation", "second_opinion", "ending_care"]
# Rasa's own actions, which need no entry in the domain.
RASA_ACTIONS = {"action_listen", "action_restart", "action_deactivate_loop", "action_default_fallback"}
# What each region's safety replies must say (PRODUCT.md, "Safety, always first").
# Safety-policy replies that carry no numbers of their own (they follow one that does, or lead on).
NO_NUMBERS = {"utter_check_in_thanks", "utter_menu", "utter_ending_care_intro", "utter_offer_resume"}
REGION_NUMBERS = {
    "utter_crisis": {"us": ["988", "911", "741741"], "uk": ["999", "116 123", "111"]},
    "utter_crisis_other": {"us": ["988", "911", "741741"], "uk": ["999", "116 123", "111"]},
    "utter_emergency": {"us": ["911"], "uk": ["999"]},
    "utter_overdose": {"us": ["911", "988"], "uk": ["999", "116 123"]},
    "utter_check_in_crisis": {"us": ["988", "911"], "uk": ["116 123", "999"]},
    "utter_check_in_emergency": {"us": ["911"], "uk": ["999"]},
    "utter_safeguarding": {"us": ["911", "800-656-4673"], "uk": ["999", "101", "0808 500 2222"]},
    "utter_medication_caution": {"us": ["911"], "uk": ["999", "111"]},
}


def story_steps(folder: Path):
    for path in sorted(folder.glob("*.yml")):
        data = read_yaml(path)
        for block in data.get("stories", []) + data.get("rules", []):
            for step in block.get("steps", []):
                yield path, step


def training_examples() -> dict:
    examples: dict = {}
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for intent, lines in nlu_examples(path).items():
            examples.setdefault(intent, []).extend(lines)
    return examples


def test_every_feature_has_one_nlu_file_and_nothing_else_does():
    assert sorted(p.stem for p in (ROOT / "data" / "nlu").glob("*.yml")) == sorted(FEATURES)


@pytest.mark.parametrize("intent", DOMAIN["intents"])
def test_every_intent_has_enough_training_examples(intent):
    assert len(training_examples().get(intent, [])) >= MIN_EXAMPLES


def test_no_intent_is_trained_that_the_domain_does_not_list():
    assert set(training_examples()) <= set(DOMAIN["intents"])


def _test_set_texts(path):
    data = read_yaml(path)
    if "messages" in data:
        return [m["text"] for m in data["messages"]]
    return [t for lines in nlu_examples(path).values() for t in lines]


@pytest.mark.parametrize("path", sorted((ROOT / "tests" / "nlu").rglob("*.yml")), ids=lambda p: p.name)
def test_test_set_messages_are_never_in_training_data(path):
    trained = {t.lower() for lines in training_examples().values() for t in lines}
    leaked = [t for t in _test_set_texts(path) if t.lower() in trained]
    assert leaked == [], f"{path.relative_to(ROOT)} repeats training examples"


def test_the_held_out_sets_are_frozen():
    """tests/nlu/heldout/SHA256SUMS names every held-out set and its hash: a changed set is a new version."""
    folder = ROOT / "tests" / "nlu" / "heldout"
    sums = dict(reversed(line.split()) for line in (folder / "SHA256SUMS").read_text().splitlines() if line.strip())
    assert sorted(sums) == sorted(p.name for p in folder.glob("*.yml")), "every held-out set is listed, and only those"
    for name, digest in sums.items():
        found = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        assert found == digest, f"tests/nlu/heldout/{name} changed after it was frozen: write a new version instead"


@pytest.mark.parametrize("folder", ["data/stories", "data/rules", "tests/stories"])
def test_every_action_in_stories_and_rules_exists(folder):
    known = set(DOMAIN["responses"]) | set(DOMAIN.get("actions", [])) | set(DOMAIN.get("forms", {})) | RASA_ACTIONS
    for path, step in story_steps(ROOT / folder):
        if "action" in step:
            assert step["action"] in known, f"{path.name}: {step['action']} is not in the domain"
        if "intent" in step:
            assert step["intent"] in DOMAIN["intents"] + ["nlu_fallback"], f"{path.name}: {step['intent']}"


def test_every_custom_action_in_the_domain_is_registered_by_the_action_server():
    executor = ActionExecutor()
    executor.register_package("actions")
    custom = {a for a in DOMAIN.get("actions", []) if not a.startswith("utter_")}
    assert custom - set(executor.actions) == set()


def test_every_pathway_has_story_tests():
    titles = [
        block["story"]
        for path in (ROOT / "tests" / "stories").glob("*.yml")
        for block in read_yaml(path).get("stories", [])
    ]
    for feature in FEATURES:
        assert any(title.startswith(f"{feature}:") for title in titles), f"no story test for {feature}"


@pytest.mark.parametrize("response", sorted(REGION_NUMBERS))
def test_safety_replies_give_each_regions_numbers_and_need_no_action_server(response):
    variations = DOMAIN["responses"][response]
    by_region = {}
    for variation in variations:
        conditions = variation.get("condition") or []
        region = next((c["value"] for c in conditions if c["name"] == "clinic_region"), "us")
        by_region[region] = variation["text"]
    for region, numbers in REGION_NUMBERS[response].items():
        for number in numbers:
            assert number in by_region[region], f"{response} ({region}) lacks {number}"
    assert response not in DOMAIN.get("actions", [])
    # The REST channel's own reply, when it answers without Rasa (a flood, a saturated server), is this one.
    for category in (c for c, r in SAFETY_RESPONSES.items() if r == response):
        for region, text in by_region.items():
            assert safety_reply(category, region) == text, (response, region)


def test_the_channels_static_safety_reply_is_the_policys_first_reply_for_every_full_reply_intent():
    full = {kind: intent for (kind, tier), intent in INTENTS.items()
            if tier == CERTAIN and intent in FULL_REPLY_INTENTS}
    assert set(SAFETY_RESPONSES) == set(full)
    for kind, intent in full.items():
        in_form, outside = SAFETY_SEQUENCES[intent]
        assert SAFETY_RESPONSES[kind] == in_form[0] == outside[0], (kind, intent)


def test_the_channel_reads_the_domains_intents():
    assert intents() == set(DOMAIN["intents"])


def test_every_reply_of_the_safety_policy_is_a_static_response_checked_for_numbers():
    """A new safety reply must be added to REGION_NUMBERS above, so its numbers are checked per region."""
    replies = {a for a in SAFETY_ACTIONS if a.startswith("utter_") and a not in NO_NUMBERS}
    assert replies <= set(REGION_NUMBERS), sorted(replies - set(REGION_NUMBERS))
    assert replies <= set(DOMAIN["responses"])


def test_library_code_imports_no_rasa():
    """Only bot/rasa_addons may import Rasa; the rest of bot/ must import without it."""
    for path in (ROOT / "bot").rglob("*.py"):
        if "rasa_addons" in path.parts:
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not any(n.split(".")[0] in ("rasa", "rasa_sdk") for n in names), path
    code = ("import sys, bot.safety, bot.clinic, bot.replies, bot.text, bot.requests, bot.launcher, bot.domain, "
            "bot.admission, bot.ratelimit; print('rasa' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout.strip() == "False"
