"""Faults: how fast the bot answers with the action server down, and that it recovers without a restart.

python -m bench.faults
"""

from __future__ import annotations

import json
import tempfile
import time
import uuid
from pathlib import Path

import requests

from bench.client import REST_SETTINGS, client_headers
from bot.launcher import DEFAULT_MODEL, Servers, free_port


def timed(url: str, message: str, sender: str) -> tuple:
    start = time.perf_counter()
    reply = requests.post(
        url, json={"sender": sender, "message": message}, headers=client_headers(sender), timeout=30
    ).json()
    return time.perf_counter() - start, " ".join(r.get("text", "") for r in reply)


def main() -> None:
    workdir = Path(tempfile.mkdtemp(prefix="care-navigator-faults-"))
    env = {"CARE_NAVIGATOR_ANALYTICS_DB": str(workdir / "analytics.sqlite")}
    with Servers(
        DEFAULT_MODEL, free_port(), free_port(), log_dir=workdir, extra_env=env, rest_settings=REST_SETTINGS
    ) as servers:
        servers.actions.stop()
        down, crisis = [], []
        for _ in range(20):
            seconds, text = timed(servers.webhook_url, "can I talk to a person?", uuid.uuid4().hex)
            assert "part of me isn't available" in text
            down.append(seconds)
            seconds, text = timed(servers.webhook_url, "I want to end my life", uuid.uuid4().hex)
            assert "988" in text
            crisis.append(seconds)
        servers.actions.start()
        servers.wait_ready()
        _, text = timed(servers.webhook_url, "can I talk to a person?", uuid.uuid4().hex)
        recovered = "Patient Relations" in text
    print(
        json.dumps(
            {
                "action_server_down_reply_ms": {
                    "max": round(1000 * max(down)),
                    "median": round(1000 * sorted(down)[10]),
                },
                "crisis_reply_with_action_server_down_ms": {
                    "max": round(1000 * max(crisis)),
                    "median": round(1000 * sorted(crisis)[10]),
                },
                "recovered_without_restart": recovered,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
