"""CPU time per reply: what a change to the hot path costs or saves, measured steadier than throughput.

    python -m bench.cpu --seconds 30                   # the trained model, the bench's realistic load
    python -m bench.cpu --seconds 30 --rounds 2        # run it again: compare like with like

Throughput on this shared 2-core machine moves by 5 to 10% from one short run to the next, as much as most
single changes to the hot path. The CPU time the servers spend per reply moves far less, because it does not
count the time a process waits for a core. So this runs the load benchmark's conversations
(``bench/workload.py``, 20 patients) against one Rasa server and one action server for a few seconds to warm
up, then reads the CPU time of each process (``/proc``, user plus system, children included) before and
after the counted seconds, and prints it per reply, with the replies a second and the errors. To compare two
versions, run each in turn, twice, alternating, and compare the CPU figures.

It prints figures; it asserts nothing. ``make bench`` remains the measurement of record (docs/performance.md).
"""

from __future__ import annotations

import argparse
import asyncio
import os
from pathlib import Path

from bench.client import bench_servers, run_load
from bench.workload import patient_conversations
from bot.launcher import DEFAULT_MODEL


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process and its waited-for children, in seconds (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # After the name: state is field 3, so utime, stime, cutime and cstime (14 to 17) are at 11 to 14.
    return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--seconds", type=float, default=30, help="counted seconds per round")
    parser.add_argument("--warmup", type=float, default=8, help="seconds of load before the first round")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--users", type=int, default=20, help="virtual patients at once")
    parser.add_argument("--seed", type=int, default=102)
    args = parser.parse_args()
    with bench_servers("cpu", args.model) as servers:
        urls = [servers.webhook_url]
        pids = {"rasa": servers.rasa.popen.pid, "actions": servers.actions.popen.pid}

        def visits(stream: int):
            return lambda patient: patient_conversations(stream, patient)

        asyncio.run(run_load(urls, visits(args.seed - 1), args.users, args.warmup))
        for number in range(1, args.rounds + 1):
            before = {name: cpu_seconds(pid) for name, pid in pids.items()}
            results = asyncio.run(run_load(urls, visits(args.seed + number), args.users, args.seconds))
            per_reply = {
                name: 1000 * (cpu_seconds(pid) - before[name]) / max(results.requests, 1)
                for name, pid in pids.items()
            }
            errors = sum(results.errors.values())
            print(
                f"round {number}: Rasa {per_reply['rasa']:.2f} ms CPU a reply, action server "
                f"{per_reply['actions']:.2f} ms; {results.requests / results.seconds:.1f} replies/s, "
                f"{results.requests} replies, {errors} errors {dict(sorted(results.errors.items()))}",
                flush=True,
            )


if __name__ == "__main__":
    main()
