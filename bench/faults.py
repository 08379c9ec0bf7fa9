"""Faults: how fast the bot answers with the action server down, and that it recovers without a restart.

python -m bench.faults
"""

from __future__ import annotations

import json
import time
import uuid

import requests

from bench.client import bench_servers, client_headers


def timed(url: str, message: str, sender: str) -> tuple:
    start = time.perf_counter()
    reply = requests.post(
        url, json={"sender": sender, "message": message}, headers=client_headers(sender), timeout=30
    ).json()
    return time.perf_counter() - start, " ".join(r.get("text", "") for r in reply)


def main() -> None:
    with bench_servers("faults") as servers:
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
