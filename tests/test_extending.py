"""docs/extending.md is true: a throwaway fourth pathway, made in a copy of the repo by writing exactly the
files the guide lists for "Add a pathway", passes the contract tests there."""

import os
import re
import shutil
import subprocess
import sys

import yaml

from conftest import ROOT

NAME, PREFIX, INTENT = "visit_prep", "vp_", "prepare_for_visit"
GUIDE = (ROOT / "docs" / "extending.md").read_text()

CONTENT = '''"""Getting ready for a visit: two yes / no questions and a short card (pure)."""

from bot.pathways.cards import Card
from bot.pathways.questions import YES_NO_BUTTONS, Question

QUESTIONS = [
    Question("vp_questions", "Have you written your questions down?", "Written questions get answered.",
             YES_NO_BUTTONS),
    Question("vp_support", "Will someone come with you?", "A second pair of ears helps.", YES_NO_BUTTONS),
]


def build_card(answers):
    card = Card("visit_prep", "Ready for your visit")
    if answers.get("vp_questions") != "yes":
        card.add("Before you go", "Write down your three most important questions.")
    return card
'''
RECORD = """
VISIT_PREP = Pathway(
    name="visit_prep",
    slot_prefix="vp_",
    questions=visit_prep.QUESTIONS,
    entry_intent="prepare_for_visit",
    menu_title="Get ready for a visit",
    card_kind="visit_prep",
)
"""
ACTIONS = '''"""Thin actions over bot/pathways/visit_prep.py."""

from actions.pathway import PathwayForm, PathwaySubmit, answers
from bot.pathways.registry import VISIT_PREP
from bot.pathways.visit_prep import QUESTIONS, build_card


class ValidateVisitPrepForm(PathwayForm):
    pathway = VISIT_PREP


class ActionSubmitVisitPrepForm(PathwaySubmit):
    pathway = VISIT_PREP

    def complete(self, dispatcher, tracker, record):
        card = build_card(answers(tracker, QUESTIONS))
        dispatcher.utter_message(text=card.as_text(), json_message=card.as_payload())
        return None
'''
EXAMPLES = [
    "help me get ready for my appointment on zorblat street",
    "I want to prep for seeing the zorblat clinic",
    "getting ready for a zorblat visit",
    "what should I bring to the zorblat appointment",
    "prepare me for the zorblat check-up",
    "zorblat visit prep please",
    "I see Dr zorblat next week, help",
    "plan my zorblat appointment questions",
    "how do I get ready for zorblat",
    "zorblat visit checklist",
]
RULES = {
    "version": "3.1",
    "rules": [
        {
            "rule": f"{NAME}: start the form",
            "steps": [
                {"intent": INTENT},
                {"action": f"utter_{NAME}_intro"},
                {"action": f"{NAME}_form"},
                {"active_loop": f"{NAME}_form"},
            ],
        },
        {
            "rule": f"{NAME}: the form ends",
            "condition": [{"active_loop": f"{NAME}_form"}],
            "steps": [
                {"action": f"{NAME}_form"},
                {"active_loop": None},
                {"slot_was_set": [{"requested_slot": None}]},
                {"action": f"action_submit_{NAME}_form"},
                {"action": "action_listen"},
            ],
        },
    ],
}
STORIES = {
    "version": "3.1",
    "stories": [
        {
            "story": f"{NAME}: happy path",
            "steps": [
                {"user": EXAMPLES[0], "intent": INTENT},
                {"action": f"utter_{NAME}_intro"},
                {"action": f"{NAME}_form"},
                {"active_loop": f"{NAME}_form"},
            ],
        }
    ],
}
UNIT_TEST = """from bot.pathways.visit_prep import build_card


def test_no_written_questions_gets_the_tip():
    assert build_card({"vp_questions": "no"}).sections
"""


def listed_files():
    """The files the guide's "Add a pathway" steps name, for this pathway."""
    section = GUIDE.split("## Add a pathway", 1)[1].split("\n## ", 1)[0]
    steps = re.findall(r"^\d+\. \*\*`([^`]+)`\*\*", section, flags=re.M)
    return {step.replace("<name>", NAME) for step in steps}, section


def add_to_domain(domain):
    slots = {}
    for question in ("vp_questions", "vp_support"):
        slots[question] = {
            "type": "text",
            "influence_conversation": False,
            "mappings": [
                {
                    "type": "from_text",
                    "not_intent": domain["slots"]["reset_role"]["mappings"][0]["not_intent"],
                    "conditions": [{"active_loop": f"{NAME}_form", "requested_slot": question}],
                }
            ],
        }
    domain["intents"].append(INTENT)
    domain["slots"].update(slots)
    domain["forms"][f"{NAME}_form"] = {"required_slots": list(slots)}
    domain["responses"][f"utter_{NAME}_intro"] = [{"text": "Let's get you ready for the visit."}]
    domain["actions"] += [f"validate_{NAME}_form", f"action_submit_{NAME}_form"]
    # The greeting's buttons are one list shared by every menu (&pathway_buttons): add the button once.
    domain["responses"]["utter_greet"][0]["buttons"].append(
        {"title": "Get ready for a visit", "payload": f"/{INTENT}"}
    )


def test_a_new_pathway_from_the_guides_steps_passes_the_contract_tests(tmp_path):
    files, section = listed_files()
    assert files == {
        f"bot/pathways/{NAME}.py",
        "bot/pathways/registry.py",
        f"actions/{NAME}.py",
        f"data/nlu/{NAME}.yml",
        f"data/rules/{NAME}.yml",
        f"tests/test_{NAME}.py",
    }
    assert "domain.yml" in section

    copy = tmp_path / "repo"
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for path in tracked.split():
        if (ROOT / path).is_file():
            (copy / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / path, copy / path)

    written = {
        f"bot/pathways/{NAME}.py": CONTENT,
        f"actions/{NAME}.py": ACTIONS,
        f"data/nlu/{NAME}.yml": yaml.safe_dump(
            {"version": "3.1", "nlu": [{"intent": INTENT, "examples": "".join(f"- {e}\n" for e in EXAMPLES)}]}
        ),
        f"data/rules/{NAME}.yml": yaml.safe_dump(RULES, sort_keys=False),
        f"tests/test_{NAME}.py": UNIT_TEST,
        f"tests/stories/test_{NAME}.yml": yaml.safe_dump(STORIES, sort_keys=False),
    }
    for path, text in written.items():
        (copy / path).write_text(text)
    registry = copy / "bot" / "pathways" / "registry.py"
    source = registry.read_text()
    source = source.replace(
        "import ending_care, reset_conversation, second_opinion",
        "import ending_care, reset_conversation, second_opinion, visit_prep",
    )
    source = source.replace("\n# The registry, in menu order.", RECORD + "\n# The registry, in menu order.")
    source = source.replace(
        "(RESET_CONVERSATION, SECOND_OPINION, ENDING_CARE)",
        "(RESET_CONVERSATION, SECOND_OPINION, ENDING_CARE, VISIT_PREP)",
    )
    registry.write_text(source)
    domain = yaml.safe_load((copy / "domain.yml").read_text())
    add_to_domain(domain)
    (copy / "domain.yml").write_text(yaml.safe_dump(domain, sort_keys=False, allow_unicode=True))

    env = {**os.environ, "PYTHONPATH": str(copy)}
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_contract.py",
            f"tests/test_{NAME}.py",
        ],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert (
        f"[{NAME}]"
        in subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "--collect-only",
                "-p",
                "no:cacheprovider",
                "tests/test_contract.py",
            ],
            cwd=copy,
            env=env,
            capture_output=True,
            text=True,
        ).stdout
    )
