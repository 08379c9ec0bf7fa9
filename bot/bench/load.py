"""Load benchmark: Care Navigator against Rasa's own template bot (`rasa init`), in the same run.

    python -m bot.bench.load --users 20 --seconds 60          # what `make bench` runs

Trains both bots from scratch (fresh Rasa caches), starts each, drives N virtual patients through
complete conversations over the REST channel back to back for a fixed time, and prints requests,
errors, throughput, p50/p95/p99 latency, server RSS, training time and start-to-ready time, each also
as a ratio to the reference bot. Writes docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bot.bench.client import REST_SETTINGS, rss_mb, run_load
from bot.launcher import CHILD_ENV, ROOT, Process, Servers, free_port

OURS = [
    ["/request_second_opinion", "No", "Yes", "No", "No", "No", "No", "Yes", "Yes", "Yes", "Yes"],
    ["I want to switch doctors", "I am (or we are)", "No", "Yes", "No", "No", "No", "No"],
    ["I feel like my doctor doesn't listen to me", "For me", "My doctor", "The visit felt rushed",
     "that I missed something", "A written plan", "That's all", "At the visit"],
    ["hello", "what do you keep about me?", "thanks", "bye"],
]
OURS_LAST = ["opinion", "checklist", "script", "Take care"]
REFERENCE = [
    ["hello", "I am feeling great", "bye"],
    ["hi", "I am sad", "yes", "bye"],
    ["hey there", "very sad", "no", "goodbye"],
    ["are you a bot?"],
]


def timed(command, cwd, env) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    return time.perf_counter() - start


def train_ours(workdir: Path) -> tuple:
    env = {**os.environ, **CHILD_ENV, "RASA_CACHE_DIRECTORY": str(workdir / "cache-ours")}
    out = workdir / "models-ours"
    seconds = timed([sys.executable, "-m", "rasa", "train", "--out", str(out), "--fixed-model-name", "bench"],
                    ROOT, env)
    return seconds, out / "bench.tar.gz"


def train_reference(workdir: Path) -> tuple:
    """`rasa init` writes the template project (and trains once); then it is trained again, timed, with a
    fresh cache so that nothing is reused."""
    ref = workdir / "reference"
    ref.mkdir()
    env = {**os.environ, **CHILD_ENV, "RASA_CACHE_DIRECTORY": str(workdir / "cache-ref-init")}
    timed([sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(ref)], ref, env)
    env["RASA_CACHE_DIRECTORY"] = str(workdir / "cache-ref")
    seconds = timed([sys.executable, "-m", "rasa", "train", "--out", "models", "--fixed-model-name", "ref",
                     "--force"], ref, env)
    return seconds, ref, ref / "models" / "ref.tar.gz"


def ready_within(process: Process, url_check, timeout=300) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if url_check():
            return time.perf_counter() - start
        if not process.running():
            raise RuntimeError(f"{process.name} stopped: " + "\n".join(process.tail))
        time.sleep(0.25)
    raise TimeoutError(process.name)


def measure(urls, scripts, users, seconds, expect_last=()):
    asyncio.run(run_load(urls, scripts, users, 5))  # warm-up, not counted
    return asyncio.run(run_load(urls, scripts, users, seconds, expect_last))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance.md")
    parser.add_argument("--processes", type=int, default=1,
                        help="Rasa server processes for Care Navigator; more than one share Rasa's Redis "
                             "tracker and lock stores (Debian's redis-server on loopback), used round robin")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="care-navigator-bench-"))
    figures = {}

    ours_train, ours_model = train_ours(workdir)
    ref_train, ref_dir, ref_model = train_reference(workdir)

    env = {"CARE_NAVIGATOR_ANALYTICS_DB": str(workdir / "analytics.sqlite")}
    redis_process = None
    endpoints = ROOT / "endpoints.yml"
    if args.processes > 1:
        redis_port = free_port()
        redis_process = subprocess.Popen(["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1",
                                          "--save", "", "--appendonly", "no"], stdout=subprocess.DEVNULL)
        env.update({"REDIS_HOST": "127.0.0.1", "REDIS_PORT": str(redis_port)})
        endpoints = ROOT / "endpoints.redis.yml"
    pool = [Servers(ours_model, free_port(), free_port(), log_dir=workdir / f"logs-ours-{n}", extra_env=env,
                    endpoints=endpoints, rest_settings=REST_SETTINGS) for n in range(args.processes)]
    start = time.perf_counter()
    for servers in pool:
        servers.actions.start()
        servers.rasa.start()
    for servers in pool:
        servers.wait_ready()
    ours_ready = time.perf_counter() - start  # every server answering
    try:
        ours = measure([s.webhook_url for s in pool], OURS, args.users, args.seconds, OURS_LAST)
        ours_rss = sum(rss_mb(s.rasa.popen.pid) + rss_mb(s.actions.popen.pid) for s in pool)
    finally:
        for servers in pool:
            servers.stop()
        if redis_process:
            redis_process.terminate()

    port = free_port()
    log = open(workdir / "reference.log", "w")
    ref_process = Process(
        "reference",
        [sys.executable, "-m", "rasa", "run", "--model", str(ref_model), "--port", str(port),
         "--interface", "127.0.0.1", "--credentials", str(ref_dir / "credentials.yml")],
        f"http://127.0.0.1:{port}/webhooks/rest/", lambda name, line: log.write(line + "\n"),
        {**CHILD_ENV, "RASA_CACHE_DIRECTORY": str(workdir / "cache-ref")}, cwd=ref_dir,
    )
    ref_process.start()
    try:
        ref_ready = ready_within(ref_process, ref_process.ready)
        ref = measure([f"http://127.0.0.1:{port}/webhooks/rest/webhook"], REFERENCE, args.users, args.seconds)
        ref_rss = rss_mb(ref_process.popen.pid)
    finally:
        ref_process.stop()
        log.close()

    def ratio(a, b):
        return round(a / b, 2) if b else None

    o, r = ours.summary(), ref.summary()
    figures = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "users": args.users, "seconds": args.seconds, "processes": args.processes,
        "care_navigator": {**o, "rss_mb": round(ours_rss), "train_s": round(ours_train), "ready_s": round(ours_ready)},
        "reference": {**r, "rss_mb": round(ref_rss), "train_s": round(ref_train), "ready_s": round(ref_ready)},
        "ratio_ours_to_reference": {
            "throughput": ratio(o["throughput_rps"], r["throughput_rps"]),
            "p50": ratio(o["p50_ms"], r["p50_ms"]), "p95": ratio(o["p95_ms"], r["p95_ms"]),
            "p99": ratio(o["p99_ms"], r["p99_ms"]), "rss": ratio(ours_rss, ref_rss),
            "train": ratio(ours_train, ref_train), "ready": ratio(ours_ready, ref_ready),
        },
    }
    print(json.dumps(figures, indent=2))
    write_doc(args.output, figures)


def write_doc(path: Path, figures: dict) -> None:
    o, r, q = figures["care_navigator"], figures["reference"], figures["ratio_ours_to_reference"]
    rows = [("requests", "requests", None), ("errors", "errors", None), ("throughput (req/s)", "throughput_rps", "throughput"),
            ("p50 latency (ms)", "p50_ms", "p50"), ("p95 latency (ms)", "p95_ms", "p95"),
            ("p99 latency (ms)", "p99_ms", "p99"), ("server RSS (MB)", "rss_mb", "rss"),
            ("training from scratch (s)", "train_s", "train"), ("start to ready (s)", "ready_s", "ready")]
    table = "\n".join(f"| {label} | {o[key]} | {r[key]} | {q[rk] if rk else ''} |" for label, key, rk in rows)
    text = f"""# Performance

Measured by `make bench` (`python -m bot.bench.load --users {figures['users']} --seconds {figures['seconds']:.0f} --processes {figures['processes']}`)
on {figures['machine']}, {time.strftime('%Y-%m-%d')}. Both bots are trained from scratch with fresh Rasa caches
and served in the same run; {figures['users']} virtual patients run complete conversations back to back over the
REST channel. Only same-run ratios count: the machine is shared and noisy.

| figure | Care Navigator | reference (`rasa init`) | ratio |
|---|---|---|---|
{table}

Care Navigator's conversations are whole pathways (forms that call the action server on every answer and
write analytics); the reference bot's are its template's greet / mood / goodbye turns. Server RSS for Care
Navigator is its Rasa servers plus action servers ({figures['processes']} of each; with more than one, they share
Rasa's Redis tracker and lock stores and the load generator spreads patients over them, as a load balancer would).
"""
    marker = "\n## History\n"
    old = path.read_text() if path.exists() else ""
    history = old[old.index(marker):] if marker in old else marker + "\n"
    path.write_text(text + history)


if __name__ == "__main__":
    main()
