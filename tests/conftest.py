"""Shared fixtures: the repo's paths, the trained model as an NLU parser, and the running servers."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "care-navigator.tar.gz"
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


def read_yaml(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def nlu_examples(path: Path) -> dict:
    """``{intent: [example, ...]}`` from a Rasa NLU YAML file."""
    examples = {}
    for block in read_yaml(path).get("nlu", []):
        if "intent" in block:
            lines = [line.strip()[2:] for line in block["examples"].splitlines() if line.strip().startswith("- ")]
            examples.setdefault(block["intent"], []).extend(lines)
    return examples


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

    yield _parse
    loop.close()
