"""Contract tests: the data, the domain, the actions and the tests agree with each other.

They fail when a maintainer adds an intent with too few examples, names a response
or action that does not exist, forgets to register an action, or adds a pathway
without story tests. See docs/extending.md.
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from rasa_sdk.executor import ActionExecutor

from bot.domain import intents
from bot.pathways import NAMES, PATHWAYS, Pathway
from bot.rasa_addons.policy import SAFETY_ACTIONS, SAFETY_SEQUENCES
from bot.replies import MENU_BUTTONS, SAFETY_RESPONSES, safety_reply
from bot.safety import CERTAIN, FULL_REPLY_INTENTS, INTENTS

from conftest import ROOT, nlu_examples, read_yaml

MIN_EXAMPLES = 10
DOMAIN = read_yaml(ROOT / "domain.yml")
FEATURES = ["core", "safety"] + NAMES
REGISTRY = "bot/pathways/registry.py"
# The safety layer's intents: they never fill a form's answer (the first slot's anchor in domain.yml).
SAFETY_INTENTS = [
    "express_crisis",
    "express_crisis_other",
    "report_emergency",
    "report_overdose",
    "hint_self_harm",
    "mention_symptom",
    "report_abuse",
    "stop_medication",
]
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
    "utter_check_in_safeguarding": {"us": ["911"], "uk": ["999"]},
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


@pytest.mark.parametrize(
    "path", sorted((ROOT / "tests" / "nlu" / "heldout").glob("*.yml")), ids=lambda p: p.name
)
def test_held_out_messages_are_never_in_training_data(path):
    """A held-out set is unseen. The regression sets are read data: tests/nlu_promote.py trains on them."""
    trained = {t.lower() for lines in training_examples().values() for t in lines}
    leaked = [t for t in _test_set_texts(path) if t.lower() in trained]
    assert leaked == [], f"{path.relative_to(ROOT)} repeats training examples"


def test_the_held_out_sets_are_frozen():
    """tests/nlu/heldout/SHA256SUMS names every held-out set and its hash: a changed set is a new version."""
    folder = ROOT / "tests" / "nlu" / "heldout"
    sums = dict(
        reversed(line.split()) for line in (folder / "SHA256SUMS").read_text().splitlines() if line.strip()
    )
    assert sorted(sums) == sorted(p.name for p in folder.glob("*.yml")), (
        "every held-out set is listed, and only those"
    )
    for name, digest in sums.items():
        found = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        assert found == digest, (
            f"tests/nlu/heldout/{name} changed after it was frozen: write a new version instead"
        )


@pytest.mark.parametrize("folder", ["data/stories", "data/rules", "tests/stories"])
def test_every_action_in_stories_and_rules_exists(folder):
    known = (
        set(DOMAIN["responses"])
        | set(DOMAIN.get("actions", []))
        | set(DOMAIN.get("forms", {}))
        | RASA_ACTIONS
    )
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
    full = {
        kind: intent
        for (kind, tier), intent in INTENTS.items()
        if tier == CERTAIN and intent in FULL_REPLY_INTENTS
    }
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
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            )
            assert not any(n.split(".")[0] in ("rasa", "rasa_sdk") for n in names), path
    code = (
        "import sys, bot.safety, bot.clinic, bot.replies, bot.text, bot.requests, bot.launcher, bot.domain, "
        "bot.admission, bot.ratelimit; print('rasa' in sys.modules)"
    )
    assert (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout.strip()
        == "False"
    )


def domain_problems(domain: dict, pathway: Pathway) -> list:
    """Where ``domain.yml`` disagrees with the pathway's record in the registry, one sentence each."""
    name, problems = pathway.name, []
    fix = f"(fix domain.yml, or the {name} record in {REGISTRY})"
    for slot in pathway.slots:
        if not slot.startswith(pathway.slot_prefix):
            problems.append(
                f"{REGISTRY}: {name}'s question {slot} does not start with {pathway.slot_prefix!r}"
            )
        entry = domain.get("slots", {}).get(slot)
        if entry is None:
            problems.append(f"domain.yml: no slot {slot}, a question of {name} {fix}")
            continue
        mapping = {
            "type": "from_text",
            "not_intent": SAFETY_INTENTS,
            "conditions": [{"active_loop": pathway.form, "requested_slot": slot}],
        }
        if entry.get("type") != "text" or entry.get("influence_conversation") is not False:
            problems.append(f"domain.yml: slot {slot} must be type text with influence_conversation: false")
        if entry.get("mappings") != [mapping]:
            problems.append(f"domain.yml: slot {slot} must have the one mapping {mapping} {fix}")
    required = (domain.get("forms", {}).get(pathway.form) or {}).get("required_slots")
    if required != pathway.slots:
        problems.append(
            f"domain.yml: forms.{pathway.form}.required_slots is {required}, "
            f"the registry asks {pathway.slots} {fix}"
        )
    for action in (pathway.validate_action, pathway.submit_action):
        if action not in domain.get("actions", []):
            problems.append(f"domain.yml: actions lacks {action} {fix}")
    if pathway.intro_response not in domain.get("responses", {}):
        problems.append(f"domain.yml: responses lacks {pathway.intro_response} {fix}")
    if pathway.entry_intent not in domain.get("intents", []):
        problems.append(f"domain.yml: intents lacks {pathway.entry_intent} {fix}")
    return problems


@pytest.mark.parametrize("pathway", PATHWAYS, ids=lambda p: p.name)
def test_the_domain_agrees_with_the_pathway_registry(pathway):
    problems = domain_problems(DOMAIN, pathway)
    assert problems == [], "\n".join(problems)


def test_the_domain_has_no_pathway_slot_the_registry_does_not_ask():
    asked = {slot for p in PATHWAYS for slot in p.slots}
    for slot, entry in DOMAIN["slots"].items():
        conditions = [c for m in entry.get("mappings", []) for c in m.get("conditions", [])]
        forms = {c.get("active_loop") for c in conditions}
        assert not forms or slot in asked, (
            f"domain.yml: slot {slot} is filled in a form but no record in {REGISTRY} asks it"
        )
    assert set(DOMAIN["forms"]) == {p.form for p in PATHWAYS}, (
        f"domain.yml's forms and {REGISTRY}'s PATHWAYS differ"
    )


def test_every_menu_in_the_domain_offers_the_registrys_pathways_in_order():
    """A response offering any pathway offers them all, as built from the registry (``&pathway_buttons``)."""
    entries = {b["payload"] for b in MENU_BUTTONS}
    menus = [
        (name, v["buttons"])
        for name, variations in DOMAIN["responses"].items()
        for v in variations
        if entries & {b.get("payload") for b in v.get("buttons", [])}
    ]
    assert {name for name, _ in menus} >= {"utter_greet", "utter_help", "utter_menu"}
    for name, buttons in menus:
        assert buttons == MENU_BUTTONS, (
            f"domain.yml: {name}'s buttons differ from the menu built from {REGISTRY} "
            "(menu_title, entry_intent)"
        )


def test_the_domain_contract_names_the_file_to_fix():
    """A record that disagrees with the domain fails with a message naming domain.yml and the registry."""
    broken = dataclasses.replace(PATHWAYS[1], questions=list(PATHWAYS[1].questions)[:-1])
    problems = domain_problems(DOMAIN, broken)
    assert problems and all(p.startswith(("domain.yml:", f"{REGISTRY}:")) for p in problems)
    assert any(REGISTRY in p for p in problems)
