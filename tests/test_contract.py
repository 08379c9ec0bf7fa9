"""Contract tests: the data, the domain, the actions and the tests agree with each other.

They fail when a maintainer adds an intent with too few examples, names a response
or action that does not exist, forgets to register an action, or adds a pathway
without story tests. See docs/extending.md.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from rasa_sdk.executor import ActionExecutor

from bot.domain import intents
from bot.replies import SAFETY_RESPONSES, safety_reply
from bot.safety import CRISIS, EMERGENCY
from conftest import ROOT, nlu_examples, read_yaml

MIN_EXAMPLES = 10
DOMAIN = read_yaml(ROOT / "domain.yml")
FEATURES = ["core", "safety", "reset_conversation", "second_opinion", "ending_care"]
# Rasa's own actions, which need no entry in the domain.
RASA_ACTIONS = {"action_listen", "action_restart", "action_deactivate_loop", "action_default_fallback"}
# What each region's safety replies must say (PRODUCT.md, "Safety, always first").
REGION_NUMBERS = {
    "utter_crisis": {"us": ["988", "911", "741741"], "uk": ["999", "116 123", "111"]},
    "utter_emergency": {"us": ["911"], "uk": ["999"]},
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


def test_held_out_examples_are_never_in_training_data():
    trained = {t.lower() for lines in training_examples().values() for t in lines}
    for path in (ROOT / "tests" / "nlu").glob("*.yml"):
        leaked = [t for lines in nlu_examples(path).values() for t in lines if t.lower() in trained]
        assert leaked == [], f"{path.name} repeats training examples"


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
    category = next(c for c, r in SAFETY_RESPONSES.items() if r == response)
    for region, text in by_region.items():
        assert safety_reply(category, region) == text, (response, region)


def test_every_category_the_safety_net_reads_has_a_static_reply():
    assert set(SAFETY_RESPONSES) == {CRISIS, EMERGENCY}
    assert set(SAFETY_RESPONSES.values()) == set(REGION_NUMBERS)


def test_the_channel_reads_the_domains_intents():
    assert intents() == set(DOMAIN["intents"])


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
