"""Shared fixtures: the repo's paths, the trained model as an NLU parser, and the running servers."""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path

import pytest
import yaml

from bench.client import REST_SETTINGS, client_headers  # noqa: F401 - e2e tests import them from here

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "care-navigator.tar.gz"
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
# Tests never write to the repo's analytics file.
_TMP = tempfile.mkdtemp(prefix="care-navigator-tests-")
os.environ["CARE_NAVIGATOR_ANALYTICS_DB"] = os.path.join(_TMP, "analytics.sqlite")


def read_yaml(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def nlu_examples(path: Path) -> dict:
    """``{intent: [example, ...]}`` from a Rasa NLU YAML file."""
    examples = {}
    for block in read_yaml(path).get("nlu", []):
        if "intent" in block:
            lines = [
                line.strip()[2:] for line in block["examples"].splitlines() if line.strip().startswith("- ")
            ]
            examples.setdefault(block["intent"], []).extend(lines)
    return examples


def pytest_collection_modifyitems(items):
    """A test that parses with the trained model needs it, whichever file it is in: marked ``model``, so `make
    test-fast` (which runs before `make model` on a clean clone) leaves it to `make test-model`."""
    for item in items:
        if "parse" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def parse():
    """Parse text with the trained model's NLU pipeline: ``parse("hi")["intent"]["name"]``."""
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run `make model` first")
    from rasa.core.agent import Agent

    loop = asyncio.new_event_loop()
    agent = Agent.load(str(MODEL))

    def _parse(text: str) -> dict:
        return loop.run_until_complete(agent.parse_message(text))

    _parse.agent = agent
    yield _parse
    loop.close()


@pytest.fixture(scope="session")
def servers(tmp_path_factory):
    """The real Rasa server and action server on free ports, logs in a temporary folder."""
    from bot.launcher import Servers, free_port

    log_dir = tmp_path_factory.mktemp("logs")
    data_dir = tmp_path_factory.mktemp("data")
    # The repo's clinic, plus a loopback "clinic website" that may embed the widget (tests/test_browser.py).
    embed_port = free_port()
    clinic = read_yaml(ROOT / "clinic.yml")
    clinic["embed_on"] = list(clinic.get("embed_on") or []) + [f"http://127.0.0.1:{embed_port}"]
    (data_dir / "clinic.yml").write_text(yaml.safe_dump(clinic))
    env = {
        "CARE_NAVIGATOR_ANALYTICS_DB": str(data_dir / "analytics.sqlite"),
        "CARE_NAVIGATOR_CLINIC": str(data_dir / "clinic.yml"),
    }
    with Servers(
        MODEL,
        rasa_port=free_port(),
        action_port=free_port(),
        log_dir=log_dir,
        extra_env=env,
        rest_settings=REST_SETTINGS,
    ) as running:
        running.data_dir = data_dir
        running.embed_port = embed_port
        yield running


def say(servers, message: str, sender: str | None = None) -> list:
    """Send one message through the REST channel and return the bot's replies."""
    import uuid

    import requests

    sender = sender or uuid.uuid4().hex
    response = requests.post(
        servers.webhook_url,
        json={"sender": sender, "message": message},
        headers=client_headers(sender),
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return response.json()


def texts(replies: list) -> str:
    return " ".join(r.get("text", "") for r in replies)


@pytest.fixture(scope="session")
def domain_dict() -> dict:
    """The domain as the action server receives it: nothing (``enable_selective_domain`` in endpoints.yml)."""
    endpoints = read_yaml(ROOT / "endpoints.yml")
    return (
        {} if endpoints["action_endpoint"].get("enable_selective_domain") else read_yaml(ROOT / "domain.yml")
    )


def form_tracker(
    form: str,
    requested: str,
    text: str,
    slots: dict | None = None,
    intent: str = "answer_question",
    confidence: float = 0.95,
    ranking: list | None = None,
):
    """A rasa-sdk Tracker in the middle of ``form``, with ``text`` just given for ``requested``. ``ranking``
    is the model's other readings after ``intent``: ``[("ask_medical_question", 0.47)]``."""
    from rasa_sdk import Tracker

    all_slots = {"requested_slot": requested, **(slots or {}), requested: text}
    readings = [(intent, confidence)] + list(ranking or [])
    return Tracker(
        sender_id="test",
        slots=all_slots,
        latest_message={
            "text": text,
            "intent": {"name": intent, "confidence": confidence},
            "intent_ranking": [{"name": name, "confidence": c} for name, c in readings],
        },
        events=[{"event": "slot", "name": requested, "value": text}],
        paused=False,
        followup_action=None,
        active_loop={"name": form},
        latest_action_name="action_listen",
    )


def user_event(text: str, intent: str, decided_by: str = "none") -> dict:
    """A user event as the action server gets it, with what decided the safety layer's reading of it
    (``decided_by``, as :func:`bot.safety.decide` names it)."""
    return {
        "event": "user",
        "text": text,
        "parse_data": {"intent": {"name": intent, "confidence": 1.0}, "safety": {"decided_by": decided_by}},
    }


def run_action(action, tracker, domain):
    """Run a rasa-sdk action (sync or async) and return (events, messages)."""
    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    result = action.run(dispatcher, tracker, domain)
    if asyncio.iscoroutine(result):
        loop = asyncio.new_event_loop()
        try:
            result = loop.run_until_complete(result)
        finally:
            loop.close()
    return result, dispatcher.messages


def pathway_actions() -> dict:
    """``{pathway name: (form name, validation action class, submit action class)}`` from the registry."""
    import actions  # noqa: F401 (registers every pathway's actions)
    from actions.pathway import PathwayForm, PathwaySubmit
    from bot.pathways import PATHWAYS

    validate = {cls.pathway.name: cls for cls in PathwayForm.__subclasses__()}
    submit = {cls.pathway.name: cls for cls in PathwaySubmit.__subclasses__()}
    return {p.name: (p.form, validate[p.name], submit[p.name]) for p in PATHWAYS}
