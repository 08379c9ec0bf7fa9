"""Scale-out on Rasa's own stores: two Rasa server processes sharing a Redis tracker store and lock store.

Debian's redis-server runs on loopback without persistence; conversations alternate between the two
servers turn by turn, one at a time and concurrently, and every turn lands exactly once.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis
import requests

from bot.launcher import ROOT, Servers, free_port

from conftest import MODEL, REST_SETTINGS, client_headers

pytestmark = pytest.mark.e2e

# For whom, emergency, treatment within days, serious (yes), major, persistent, conflicting, rushed, SURE x4.
SECOND_OPINION = (
    ["/request_second_opinion", "For me", "No", "No", "Yes"] + ["No"] * 4 + ["Yes", "Yes", "Yes", "No"]
)


@pytest.fixture(scope="module")
def redis_port():
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("Debian's redis-server is not installed: run `make redis`")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    client = redis.Redis(port=port)
    for _ in range(50):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.1)
    yield port
    process.terminate()
    process.wait(10)


@pytest.fixture(scope="module")
def two_servers(redis_port, tmp_path_factory):
    env = {
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": str(redis_port),
        "CARE_NAVIGATOR_ANALYTICS_DB": str(tmp_path_factory.mktemp("data") / "analytics.sqlite"),
    }
    pair = [
        Servers(
            MODEL,
            free_port(),
            free_port(),
            log_dir=tmp_path_factory.mktemp(f"logs{n}"),
            extra_env=env,
            endpoints=ROOT / "endpoints.redis.yml",
            rest_settings=REST_SETTINGS,
        )
        for n in range(2)
    ]
    for servers in pair:
        servers.actions.start()
        servers.rasa.start()
    try:
        for servers in pair:
            servers.wait_ready()
        yield pair
    finally:
        for servers in pair:
            servers.stop()


def post(servers, sender, message):
    response = requests.post(
        servers.webhook_url,
        json={"sender": sender, "message": message},
        headers=client_headers(sender),
        timeout=60,
    )
    assert response.status_code == 200
    return " ".join(r.get("text", "") for r in response.json())


def alternate(pair, messages):
    sender = uuid.uuid4().hex
    return sender, [post(pair[n % 2], sender, message) for n, message in enumerate(messages)]


def user_turns(redis_port, sender) -> int:
    raw = redis.Redis(port=redis_port, db=0).get(f"carenavigator:tracker:{sender}")
    assert raw is not None, "the conversation is not in Redis"
    return sum(1 for event in json.loads(raw)["events"] if event["event"] == "user")


def test_a_conversation_alternating_between_two_servers_completes(two_servers, redis_port):
    sender, replies = alternate(two_servers, SECOND_OPINION)
    assert "helping someone else" in replies[0] and "emergency" in replies[1]
    assert "planned" in replies[2] and "serious" in replies[3]  # each turn continues where the other left off
    assert "surgery" in replies[4]
    assert "commonly recommended" in replies[-1]
    assert user_turns(redis_port, sender) == len(SECOND_OPINION)


def test_concurrent_alternating_conversations_lose_and_duplicate_nothing(two_servers, redis_port):
    with ThreadPoolExecutor(max_workers=10) as pool:
        results = list(pool.map(lambda _: alternate(two_servers, SECOND_OPINION), range(10)))
    for sender, replies in results:
        assert "commonly recommended" in replies[-1]
        assert user_turns(redis_port, sender) == len(SECOND_OPINION)
