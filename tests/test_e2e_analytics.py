"""Analytics end to end: exact row counts under concurrency, and the privacy proof."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlite_utils

from conftest import ROOT, say, texts

pytestmark = pytest.mark.e2e

IDENTIFIERS = [
    "Zebulon Quartermaine",  # a name
    "(555) 014-7788",  # a phone number
    "zeb.quartermaine@example.net",  # an email
    "04/17/1962",  # a date of birth
    "MRN 88412907",  # a record number
    "1234 Juniper Hollow Road",  # a street address
]
SENTENCE = "My name is {0}, call me on {1} or {2}, born {3}, {4}, I live at {5}".format(*IDENTIFIERS)


def rows(servers) -> list:
    path = servers.data_dir / "analytics.sqlite"
    return list(sqlite_utils.Database(path)["events"].rows) if path.exists() else []


def wait_for_rows(servers, predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = rows(servers)
        if predicate(found):
            return found
        time.sleep(0.2)
    return rows(servers)


def test_fifty_concurrent_conversations_write_exactly_the_expected_rows(servers):
    def emergency_path(_):
        sender = uuid.uuid4().hex
        say(servers, "/request_second_opinion", sender)
        say(servers, "For me", sender)
        return texts(say(servers, "Yes", sender))

    before = {r["token"] for r in rows(servers)}
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(emergency_path, range(50)))
    assert all("Don't delay care" in r for r in results)
    new = [r for r in rows(servers) if r["token"] not in before and r["pathway"] == "second_opinion"]
    # start, so_for_whom, so_emergency, sure_band, tier, end: six events for each of the 50 conversations
    assert len(new) == 300
    assert len({r["token"] for r in new}) == 50


def test_crisis_replies_are_counted_without_the_action_server(servers):
    def crises(found):
        return len([r for r in found if r["pathway"] == "safety" and r["choice"] == "crisis"])

    before = crises(rows(servers))  # other tests in the session may have counted some already
    say(servers, "I want to end my life")
    assert crises(wait_for_rows(servers, lambda found: crises(found) > before)) == before + 1


def files_written_since(start: float, folders) -> list:
    found = []
    for folder in folders:
        for path in Path(folder).rglob("*"):
            if ".venv" in path.parts or ".git" in path.parts or not path.is_file():
                continue
            try:
                if path.stat().st_mtime >= start:
                    found.append(path)
            except OSError:
                continue
    return found


def test_privacy_identifiers_reach_no_file_the_servers_wrote(servers):
    start = time.time() - 1
    conversations = [
        [
            "hello",
            SENTENCE,
            "/prepare_reset_conversation",
            "For me",
            f"Dr. {IDENTIFIERS[0]}",
            "my doctor",
            SENTENCE,
            SENTENCE,
            "Keep my words",
            SENTENCE,
            "At the visit",
        ],
        [
            "/request_second_opinion",
            SENTENCE,
            "For me",
            "No",
            "Yes",
            "No",
            "No",
            "No",
            "No",
            "Yes",
            "Yes",
            "Yes",
            "Yes",
        ],
        ["/end_care", SENTENCE, "For me", "I am (or we are)", "No", "Yes", "No", "No", "No", "Yes"],
        [SENTENCE, "I want to kill myself, " + SENTENCE, "talk to a person", "what do you keep about me?"],
    ]
    for messages in conversations:
        sender = uuid.uuid4().hex
        replies = [say(servers, m, sender) for m in messages]
        assert replies[-1]
    time.sleep(1)
    written = files_written_since(start, [ROOT, servers.workdir])
    written += [p for folder in (servers.data_dir, servers.log_dir) for p in folder.rglob("*") if p.is_file()]
    assert any(p.name.startswith("analytics.sqlite") for p in written)  # the file or its WAL
    assert {"rasa.log", "actions.log"} <= {p.name for p in written}
    for path in written:
        content = path.read_bytes().decode("utf-8", errors="ignore")
        for identifier in IDENTIFIERS:
            assert identifier not in content, f"{identifier!r} found in {path}"
