"""Soak: memory of the Rasa server and the action server over thousands of realistic conversations.

    python -m bench.soak --conversations 10000          # what `make soak` runs (about 30 minutes)

The conversations are the load benchmark's (``bench/workload.py``): whole pathways, typed and clicked
answers, interruptions and short visits, each with a new sender. The servers run with the production
settings of endpoints.yml and credentials.yml, idle expiry included (30 minutes), so no conversation of a
soak shorter than that expires: the tracker store ends holding all of them, the most production would hold
at that rate. ``--idle-seconds`` sets a shorter expiry (``--wait-idle`` then measures again once it has
passed), for a soak longer than the production expiry allows in one sitting.

Prints RSS (Rasa server plus action server) at the start, after a warm-up and after each part of the
soak, with errors per kind (``bench/expected.py``), throughput and latency for each part.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path

import yaml

from bench.client import VIRTUAL_PATIENT_SETTINGS, rss_mb, run_visits
from bench.workload import patient_conversations
from bot.launcher import DEFAULT_MODEL, ROOT, Servers, free_port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conversations", type=int, default=10000)
    parser.add_argument(
        "--parts", type=int, default=4, help="RSS is read after each part of the conversations"
    )
    parser.add_argument("--warmup", type=int, default=200, help="conversations before the first reading")
    parser.add_argument("--users", type=int, default=20, help="conversations at once")
    parser.add_argument(
        "--idle-seconds", type=float, help="idle expiry; default: endpoints.yml's (production)"
    )
    parser.add_argument(
        "--wait-idle", action="store_true", help="then wait out the idle expiry and read again"
    )
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="care-navigator-soak-"))
    endpoints = yaml.safe_load((ROOT / "endpoints.yml").read_text())
    if args.idle_seconds is not None:
        endpoints["tracker_store"]["idle_seconds"] = args.idle_seconds
    idle = endpoints["tracker_store"]["idle_seconds"]
    (workdir / "endpoints.yml").write_text(yaml.safe_dump(endpoints))
    env = {"CARE_NAVIGATOR_ANALYTICS_DB": str(workdir / "analytics.sqlite")}
    with Servers(
        args.model,
        free_port(),
        free_port(),
        log_dir=workdir / "logs",
        extra_env=env,
        endpoints=workdir / "endpoints.yml",
        # virtual patients are told apart, as a proxy tells patients apart
        rest_settings=VIRTUAL_PATIENT_SETTINGS,
    ) as servers:

        def rss() -> int:
            return round(rss_mb(servers.rasa.popen.pid) + rss_mb(servers.actions.popen.pid))

        def visits(count: int, stream: int):
            return asyncio.run(
                run_visits(
                    servers.webhook_url,
                    lambda n: patient_conversations(args.seed + stream, n),
                    count,
                    args.users,
                )
            )

        figures = {"idle_seconds": idle, "users": args.users, "rss_start_mb": rss()}
        warm = visits(args.warmup, 0)
        figures["rss_after_warmup_mb"] = rss()
        figures["warmup"] = {k: warm.summary()[k] for k in ("requests", "errors", "errors_by_kind")}
        parts, size = [], args.conversations // args.parts
        for part in range(1, args.parts + 1):
            started = time.perf_counter()
            result = visits(size if part < args.parts else args.conversations - size * (args.parts - 1), part)
            summary = result.summary()
            parts.append(
                {
                    "conversations_so_far": min(args.conversations, size * part)
                    if part < args.parts
                    else args.conversations,
                    "rss_mb": rss(),
                    "minutes": round((time.perf_counter() - started) / 60, 1),
                    **{
                        k: summary[k]
                        for k in (
                            "requests",
                            "errors",
                            "errors_by_kind",
                            "throughput_rps",
                            "p50_ms",
                            "p95_ms",
                            "mix",
                        )
                    },
                }
            )
            print(json.dumps(parts[-1]), flush=True)
        figures["parts"] = parts
        if args.wait_idle:
            time.sleep(idle + 35)  # past the idle time and the next sweep
            visits(20, args.parts + 1)  # a save triggers the sweep
            figures["rss_after_idle_mb"] = rss()
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
