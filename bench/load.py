"""Load benchmark: Care Navigator against Rasa's own template bot (`rasa init`), in the same run.

    python -m bench.load --users 20 --seconds 45 --rounds 2          # what `make bench` runs

Trains both bots from scratch (fresh Rasa caches) and serves them side by side. Each round runs each bot
in turn, a warm-up first (not counted), the order alternating from round to round, with N virtual
patients over the REST channel. Care Navigator's patients walk realistic conversations
(``bench/workload.py``: typed words not in the training data, clicks as the chat page sends them,
interruptions, short visits), a new one each visit; the reference bot's patients send its template's
typed messages. Every reply is judged (``bench/expected.py``) and errors are counted per kind.

Prints each round, the median of the rounds' ratios, latency per turn kind, errors per kind, server RSS,
training and start-to-ready times, and the machine (cores, load average before each run). Writes the
top of docs/performance.md; the previous top moves into its history. It prints figures and asserts
nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Iterator, List, Optional

import yaml

from bench.client import VIRTUAL_PATIENT_SETTINGS, Results, percentile, rss_mb, run_load
from bench.expected import ERROR_KINDS
from bench.workload import (
    MESSAGES_FILE,
    TURN_KINDS,
    TYPED,
    Conversation,
    Turn,
    borrowed,
    patient_conversations,
)
from bot.launcher import CHILD_ENV, ROOT, Process, Servers, free_port

# The reference bot's workload, as before: the template's own typed messages, one script per visit.
REFERENCE = [
    ["hello", "I am feeling great", "bye"],
    ["hi", "I am sad", "yes", "bye"],
    ["hey there", "very sad", "no", "goodbye"],
    ["are you a bot?"],
]
OURS, REF = "care_navigator", "reference"


def reference_conversations(seed: int, patient: int) -> Iterator[Conversation]:
    """The reference bot's visits: one of its template scripts at random each time (any reply is right)."""
    rng = random.Random(f"reference:{seed}:{patient}")
    while True:
        script = rng.choice(REFERENCE)
        yield Conversation("reference", [Turn(message, TYPED, True) for message in script])


def timed(command, cwd, env) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    return time.perf_counter() - start


def train_ours(workdir: Path) -> tuple:
    env = {**os.environ, **CHILD_ENV, "RASA_CACHE_DIRECTORY": str(workdir / "cache-ours")}
    out = workdir / "models-ours"
    seconds = timed(
        [sys.executable, "-m", "rasa", "train", "--out", str(out), "--fixed-model-name", "bench"], ROOT, env
    )
    return seconds, out / "bench.tar.gz"


def train_reference(workdir: Path) -> tuple:
    """`rasa init` writes the template project (and trains once); then it is trained again, timed, with a
    fresh cache so that nothing is reused."""
    ref = workdir / "reference"
    ref.mkdir()
    env = {**os.environ, **CHILD_ENV, "RASA_CACHE_DIRECTORY": str(workdir / "cache-ref-init")}
    timed([sys.executable, "-m", "rasa", "init", "--no-prompt", "--init-dir", str(ref)], ref, env)
    env["RASA_CACHE_DIRECTORY"] = str(workdir / "cache-ref")
    seconds = timed(
        [sys.executable, "-m", "rasa", "train", "--out", "models", "--fixed-model-name", "ref", "--force"],
        ref,
        env,
    )
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


def machine() -> dict:
    """What the figures were measured on."""
    cpu = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor(),
        )
        if Path("/proc/cpuinfo").exists()
        else ""
    )
    memory = (
        next(
            (
                int(line.split()[1]) // 1024
                for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal:")
            ),
            None,
        )
        if Path("/proc/meminfo").exists()
        else None
    )
    return {
        "arch": platform.machine(),
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory_mb": memory,
        "python": platform.python_version(),
    }


def nlu_pipeline(config: Path) -> List[str]:
    return [step["name"].rsplit(".", 1)[-1] for step in yaml.safe_load(config.read_text())["pipeline"]]


def measure(urls, conversations, round_number, users, seconds, warmup) -> tuple:
    """One bot's run: the load average before it, a warm-up (not counted), then the counted run.

    ``conversations(stream, patient)``: every run, warm-up or counted, draws from its own stream.
    """
    load_before = [round(x, 2) for x in os.getloadavg()]
    if warmup:
        asyncio.run(run_load(urls, lambda n: conversations(2 * round_number + 1, n), users, warmup))
    return load_before, asyncio.run(
        run_load(urls, lambda n: conversations(2 * round_number, n), users, seconds)
    )


def ratio(a, b) -> Optional[float]:
    return round(a / b, 2) if a is not None and b else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=45, help="counted seconds per bot per round")
    parser.add_argument("--rounds", type=int, default=2, help="rounds, the order of the bots alternating")
    parser.add_argument("--warmup", type=float, default=10, help="seconds of warm-up before each counted run")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "performance.md")
    parser.add_argument("--note", default="", help="a line about this run, shown in the table")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="reuse the trained bots of an earlier run's folder (no training figures); "
        "for quick checks while developing",
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=1,
        help="Rasa server processes for Care Navigator; more than one share Rasa's Redis "
        "tracker and lock stores (Debian's redis-server on loopback), used round robin",
    )
    args = parser.parse_args()
    command = "python -m bench.load " + " ".join(
        a if a and all(c.isalnum() or c in "-_./=" for c in a) else '"' + a.replace('"', '\\"') + '"'
        for a in sys.argv[1:]
    )
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="care-navigator-bench-"))
    if args.workdir and (workdir / "models-ours" / "bench.tar.gz").exists():
        ours_train = ref_train = None
        ours_model, ref_dir = workdir / "models-ours" / "bench.tar.gz", workdir / "reference"
        ref_model = ref_dir / "models" / "ref.tar.gz"
    else:
        workdir.mkdir(parents=True, exist_ok=True)
        ours_train, ours_model = train_ours(workdir)
        ref_train, ref_dir, ref_model = train_reference(workdir)
    print(f"trained; working folder {workdir}", file=sys.stderr, flush=True)

    env = {"CARE_NAVIGATOR_ANALYTICS_DB": str(workdir / "analytics.sqlite")}
    redis_process = None
    endpoints = ROOT / "endpoints.yml"
    if args.processes > 1:
        redis_port = free_port()
        redis_process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(redis_port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        env.update({"REDIS_HOST": "127.0.0.1", "REDIS_PORT": str(redis_port)})
        endpoints = ROOT / "endpoints.redis.yml"
    pool = [
        Servers(
            ours_model,
            free_port(),
            free_port(),
            log_dir=workdir / f"logs-ours-{n}",
            extra_env=env,
            endpoints=endpoints,
            rest_settings=VIRTUAL_PATIENT_SETTINGS,
        )
        for n in range(args.processes)
    ]
    port = free_port()
    log = open(workdir / "reference.log", "w")
    ref_process = Process(
        "reference",
        [
            sys.executable,
            "-m",
            "rasa",
            "run",
            "--model",
            str(ref_model),
            "--port",
            str(port),
            "--interface",
            "127.0.0.1",
            "--credentials",
            str(ref_dir / "credentials.yml"),
        ],
        f"http://127.0.0.1:{port}/webhooks/rest/",
        lambda name, line: log.write(line + "\n"),
        {**CHILD_ENV, "RASA_CACHE_DIRECTORY": str(workdir / "cache-ref")},
        cwd=ref_dir,
    )
    runs = {
        OURS: ([s.webhook_url for s in pool], lambda stream, n: patient_conversations(args.seed + stream, n)),
        REF: (
            [f"http://127.0.0.1:{port}/webhooks/rest/webhook"],
            lambda stream, n: reference_conversations(args.seed + stream, n),
        ),
    }
    rounds, results = [], {OURS: [], REF: []}
    try:
        start = time.perf_counter()
        for servers in pool:
            servers.actions.start()
            servers.rasa.start()
        for servers in pool:
            servers.wait_ready()
        ours_ready = time.perf_counter() - start  # every server answering
        ref_process.start()
        ref_ready = ready_within(
            ref_process, ref_process.ready
        )  # started after ours, so neither slows the other
        for number in range(1, args.rounds + 1):
            order = (OURS, REF) if number % 2 else (REF, OURS)
            row = {"round": number, "order": [name.replace("_", " ") for name in order]}
            for name in order:
                urls, draw = runs[name]
                load_before, result = measure(urls, draw, number, args.users, args.seconds, args.warmup)
                results[name].append(result)
                row[name] = {"load_average_before": load_before, **result.summary()}
                print(
                    f"round {number}, {name}: {result.summary()['throughput_rps']} req/s, "
                    f"errors {dict(result.errors)}",
                    file=sys.stderr,
                    flush=True,
                )
            row["ratio"] = {
                key: ratio(row[OURS][f], row[REF][f])
                for key, f in (
                    ("throughput", "throughput_rps"),
                    ("p50", "p50_ms"),
                    ("p95", "p95_ms"),
                    ("p99", "p99_ms"),
                )
            }
            rounds.append(row)
        ours_rss = sum(rss_mb(s.rasa.popen.pid) + rss_mb(s.actions.popen.pid) for s in pool)
        ref_rss = rss_mb(ref_process.popen.pid)
    finally:
        ref_process.stop()
        log.close()
        for servers in pool:
            servers.stop()
        if redis_process:
            redis_process.terminate()

    figures = {
        "command": command,
        "date": time.strftime("%Y-%m-%d"),
        "note": args.note,
        "machine": machine(),
        "users": args.users,
        "seconds": args.seconds,
        "warmup": args.warmup,
        "processes": args.processes,
        "nlu_pipeline": nlu_pipeline(ROOT / "config.yml"),
        "pool": str(MESSAGES_FILE.relative_to(ROOT)),
        "borrowed": list(borrowed()),
        "rounds": rounds,
        "median_ratio": {
            key: round(statistics.median(r["ratio"][key] for r in rounds if r["ratio"][key]), 2)
            for key in ("throughput", "p50", "p95", "p99")
        },
        OURS: {
            **pooled(results[OURS]),
            "rss_mb": round(ours_rss),
            "train_s": _round(ours_train),
            "ready_s": round(ours_ready),
        },
        REF: {
            **pooled(results[REF]),
            "rss_mb": round(ref_rss),
            "train_s": _round(ref_train),
            "ready_s": round(ref_ready),
        },
    }
    figures["ratio_other"] = {
        "rss": ratio(ours_rss, ref_rss),
        "train": ratio(ours_train, ref_train),
        "ready": ratio(ours_ready, ref_ready),
    }
    print(json.dumps(figures, indent=2))
    write_doc(args.output, figures)


def _round(value: Optional[float]) -> Optional[int]:
    return None if value is None else round(value)


def pooled(runs: List[Results]) -> dict:
    """All rounds of one bot together: requests, errors per kind, latency overall and per turn kind."""
    every = [x for r in runs for x in r.all_latencies]
    errors = {kind: sum(r.errors.get(kind, 0) for r in runs) for kind in ERROR_KINDS}
    return {
        "requests": sum(r.requests for r in runs),
        "check_ins": sum(r.check_ins for r in runs),
        "check_in_examples": list(dict.fromkeys(x for r in runs for x in r.check_in_examples))[:6],
        "errors": sum(errors.values()),
        "errors_by_kind": errors,
        "p50_ms": round(1000 * percentile(every, 50)),
        "p95_ms": round(1000 * percentile(every, 95)),
        "p99_ms": round(1000 * percentile(every, 99)),
        "by_turn_kind": {
            kind: {
                "n": len(values),
                "p50_ms": round(1000 * percentile(values, 50)),
                "p95_ms": round(1000 * percentile(values, 95)),
            }
            for kind in TURN_KINDS
            if (values := [x for r in runs for x in r.latencies.get(kind, [])])
        },
        "conversations": {
            key: sum(r.conversations.get(key, 0) for r in runs)
            for key in sorted({k for r in runs for k in r.conversations})
        },
        "mix": {
            key: round(
                sum(r.sent.get(key, 0) for r in runs) / max(1, sum(r.requests for r in runs)),
                3,
            )
            for key in ("typed", "typed_not_in_training", "clicked")
        },
        "error_examples": list({(e["kind"], e["sent"]): e for r in runs for e in r.examples}.values())[:8],
    }


def _median_with_rounds(rounds: List[dict], name: str, key: str) -> str:
    values = [r[name][key] for r in rounds]
    shown = f"{round(statistics.median(values), 1):g}"
    return shown + (f" ({', '.join(f'{v:g}' for v in values)})" if len(values) > 1 else "")


def _cell(value) -> str:
    return "not measured" if value is None else str(value)


def _borrowed_text(lists: Optional[List[str]]) -> str:
    """Which of the pool's empty lists came from an older pool, in words."""
    if not lists:
        return "every list its own"
    return (
        "lists it left empty, every message written for them having repeated an older pool's: "
        + ", ".join(lists)
    )


def _paragraph(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), 110, break_on_hyphens=False, break_long_words=False)


def render(figures: dict) -> str:
    """The top of docs/performance.md for these figures."""
    o, r, rounds, m = figures[OURS], figures[REF], figures["rounds"], figures["machine"]
    q, other = figures["median_ratio"], figures["ratio_other"]
    errors_shown = (
        ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in o["errors_by_kind"].items() if v) or "none"
    )
    rows = [("note", figures["note"], "", "")] if figures["note"] else []
    rows += [
        ("NLU pipeline", ", ".join(figures["nlu_pipeline"]), "the template's", ""),
        ("requests, all rounds", o["requests"], r["requests"], ""),
        (
            "errors, all rounds",
            f"{o['errors']} ({errors_shown})",
            f"{r['errors']} (only a reply is checked)",
            "",
        ),
        (
            'check-ins answered "No", not errors',
            f"{o['check_ins']}",
            "",
            "",
        ),
        (
            "throughput (right replies/s)",
            _median_with_rounds(rounds, OURS, "throughput_rps"),
            _median_with_rounds(rounds, REF, "throughput_rps"),
            q["throughput"],
        ),
        (
            "p50 latency (ms)",
            _median_with_rounds(rounds, OURS, "p50_ms"),
            _median_with_rounds(rounds, REF, "p50_ms"),
            q["p50"],
        ),
        (
            "p95 latency (ms)",
            _median_with_rounds(rounds, OURS, "p95_ms"),
            _median_with_rounds(rounds, REF, "p95_ms"),
            q["p95"],
        ),
        (
            "p99 latency (ms)",
            _median_with_rounds(rounds, OURS, "p99_ms"),
            _median_with_rounds(rounds, REF, "p99_ms"),
            q["p99"],
        ),
        ("server RSS after the last round (MB)", o["rss_mb"], r["rss_mb"], other["rss"]),
        ("training from scratch (s)", _cell(o["train_s"]), _cell(r["train_s"]), other["train"]),
        ("start to ready (s)", o["ready_s"], r["ready_s"], other["ready"]),
    ]
    table = "\n".join(f"| {a} | {b} | {c} | {'' if d is None else d} |" for a, b, c, d in rows)
    per_round = "\n".join(
        f"| {x['round']} | {' then '.join(x['order'])} | {x[OURS]['load_average_before'][0]} / "
        f"{x[REF]['load_average_before'][0]} | {x[OURS]['throughput_rps']} | {x[REF]['throughput_rps']} | "
        f"{x['ratio']['throughput']} | {x[OURS]['p95_ms']} | {x[REF]['p95_ms']} | {x['ratio']['p95']} | "
        f"{x[OURS]['errors']} |"
        for x in rounds
    )
    kinds = "\n".join(
        f"| {kind.replace('_', ' ')} | {v['n']} | {v['p50_ms']} | {v['p95_ms']} |"
        for kind, v in o["by_turn_kind"].items()
    )
    kinds += f"\n| all | {sum(v['n'] for v in o['by_turn_kind'].values())} | {o['p50_ms']} | {o['p95_ms']} |"
    errors = "\n".join(
        f"| {kind.replace('_', ' ')} | {count} |" for kind, count in o["errors_by_kind"].items()
    )
    examples = "".join(
        f'\n- {e["kind"].replace("_", " ")}: "{e["sent"]}" ({e["conversation"]}), expected '
        f'{" + ".join(e["expected"])}, got "{e["got"][:90]}..."'
        for e in o["error_examples"]
    )
    check_ins = "".join(f'\n- "{text}"' for text in o["check_in_examples"])
    conversations = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in o["conversations"].items())
    mix = o["mix"]
    intro = _paragraph(f"""
        Measured by `make bench` (`{figures["command"]}`) on {figures["date"]}: {m["arch"]}, {m["cores"]} cores
        ({m["cpu"]}), {m["memory_mb"]} MB, Python {m["python"]}. Both bots are trained from scratch with fresh
        Rasa caches and served side by side. Each round runs each bot in turn for {figures["seconds"]:g} s after a
        {figures["warmup"]:g} s warm-up, the order alternating from round to round, with {figures["users"]}
        virtual patients over the REST channel. Figures are the median of the rounds (each round in brackets);
        ratios are Care Navigator's over the reference's, the median of the rounds' ratios. Only same-run
        ratios count: the machine is shared and noisy.""")
    workload = _paragraph(f"""
        Workload. Care Navigator: realistic visits (`bench/workload.py`), a new one each time, typing the
        messages of pool `{figures.get("pool", "")}` (frozen by its hash before it was first measured;
        {_borrowed_text(figures.get("borrowed"))}): whole
        pathways with random answers, interruptions ("why?", a question, a medical question, a crisis message,
        start over) and short single-question visits. Of its messages, {mix["typed"]:.0%} were typed
        ({mix["typed_not_in_training"]:.0%} typed and not in the training data) and {mix["clicked"]:.0%} were
        clicks as the chat page sends them. Conversations: {conversations}. The reference bot: its template's
        typed greet / mood / goodbye turns, one of four scripts each visit. Server RSS for Care Navigator is its
        Rasa servers plus action servers ({figures["processes"]} of each). Its per-sender rate limit is raised
        to {VIRTUAL_PATIENT_SETTINGS["max_messages"]} messages a minute for virtual patients, who answer at
        machine speed (deployed: 20, `docs/deploy.md`); the limit per client address is as deployed.""")
    return f"""# Performance

{intro}

| figure | Care Navigator | reference (`rasa init`) | ratio |
|---|---|---|---|
{table}

| round | order | load average before (CN / ref) | CN req/s | ref req/s | ratio | CN p95 (ms) | ref p95 (ms) | ratio | CN errors |
|---|---|---|---|---|---|---|---|---|---|
{per_round}

Care Navigator's latency by turn kind, all rounds (a form answer is typed or clicked; "card" is the answer
that ends a pathway):

| turn kind | replies | p50 (ms) | p95 (ms) |
|---|---|---|---|
{kinds}

Care Navigator's errors by kind, all rounds (`bench/expected.py`; a conversation ends at its first
error), and a few of them:

| error | count |
|---|---|
{errors}
{examples}

Check-ins are not errors: a check-in (the numbers and one direct question, Yes / No) is the safety layer's
"possible" tier, made to let the patient carry on. Where the script expected a step, the virtual patient
clicks "No", and the reply to that must show the step (a typed answer kept, the next question); that reply
counts as right or as an error, the check-in itself as neither. {o["check_ins"]} check-ins, a few of the
messages that got one:
{check_ins}

{workload}
"""


def write_doc(path: Path, figures: dict) -> None:
    """Write the new top; the old top moves to the head of the history, so every run stays on record."""
    marker = "\n## History\n"
    old = path.read_text() if path.exists() else ""
    top, history = (old.split(marker, 1) + [""])[:2] if marker in old else (old, "")
    previous = top.split("\n", 1)[1].strip() if top.startswith("# Performance") else top.strip()
    replaced = time.strftime("%Y-%m-%d %H:%M")
    entry = (
        f"\n### `make bench` output, replaced by the run of {replaced}\n\n{previous}\n" if previous else ""
    )
    path.write_text(render(figures) + marker + entry + history)


if __name__ == "__main__":
    main()
