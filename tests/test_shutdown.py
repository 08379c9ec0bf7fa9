"""Stopping, through `make run` and the launcher as people start them: whichever process gets INT or TERM
(the whole process group, make alone, the launcher alone), once or again while stopping, both servers stop,
nothing prints a traceback, and the next `make run` starts on the same ports. Also Rasa's HTTP API behind
its token."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Dict, List, Optional

import pytest
import requests

from bot.launcher import API_TOKEN_ENV, free_port, port_taken

from conftest import MODEL, ROOT

pytestmark = pytest.mark.e2e

MAKE_RUN = ["make", "--no-print-directory", "run"]


class Run:
    """A command that starts both servers, in a process group of its own as a terminal or `docker run`
    starts it, on the given ports."""

    def __init__(
        self,
        command: List[str],
        rasa_port: int,
        action_port: int,
        data: Path,
        env: Optional[Dict[str, str]] = None,
    ):
        self.rasa_port, self.action_port = rasa_port, action_port
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
            env={
                **os.environ,
                "PORT": str(rasa_port),
                "ACTION_PORT": str(action_port),
                "CARE_NAVIGATOR_ANALYTICS_DB": str(data / "analytics.sqlite"),
                **(env or {}),
            },
        )
        self.lines: List[str] = []
        threading.Thread(target=lambda: self.lines.extend(self.process.stdout), daemon=True).start()

    @property
    def output(self) -> str:
        return "".join(self.lines)

    def wait_ready(self, timeout: float = 300) -> List[int]:
        """Wait for the launcher's "ready" line; return the two servers' process ids."""
        deadline = time.monotonic() + timeout
        while "Care Navigator is ready" not in self.output:
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.process.kill()
                pytest.fail(f"did not start:\n{self.output}")
            time.sleep(0.5)
        pids = self.server_pids()
        assert len(pids) == 2, (pids, self.output)
        return pids

    def server_pids(self) -> List[int]:
        """Processes serving on this run's ports: `rasa run ... --port N` and `actions --port M`."""
        found = []
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                args = (proc / "cmdline").read_bytes().split(b"\0")
                for port in (self.rasa_port, self.action_port):
                    if b"--port" in args and args[args.index(b"--port") + 1] == str(port).encode():
                        found.append(int(proc.name))
        return sorted(found)

    def signal(self, number: int, to: str) -> None:
        """Send ``number`` to the process group, to make (or whatever was started) alone, or to the
        launcher alone."""
        if to == "group":
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, number)
        elif to == "started":
            os.kill(self.process.pid, number)
        else:
            os.kill(self.launcher_pid(), number)

    def launcher_pid(self) -> int:
        for proc in Path("/proc").iterdir():
            with contextlib.suppress(OSError, ValueError):
                args = (proc / "cmdline").read_bytes().split(b"\0")
                if b"bot.launcher" in args and os.getpgid(int(proc.name)) == self.process.pid:
                    return int(proc.name)
        raise AssertionError("no launcher process")

    def assert_stopped_cleanly(self, servers: List[int]) -> None:
        self.process.wait(90)
        assert "Traceback" not in self.output, self.output
        assert "Stopping" in self.output
        for pid in servers:  # gone, not merely a zombie waiting for its parent
            assert not Path(f"/proc/{pid}").exists(), f"server {pid} is still there:\n{self.output}"
        assert not port_taken("127.0.0.1", self.rasa_port) and not port_taken("127.0.0.1", self.action_port)


def test_term_to_the_process_group_once_or_twice_stops_both_servers_and_make_run_starts_again(tmp_path):
    ports = free_port(), free_port()
    first = Run(MAKE_RUN, *ports, tmp_path)
    servers = first.wait_ready()
    first.signal(signal.SIGTERM, "group")  # docker stop with a shell entrypoint, systemd, a closing terminal
    first.assert_stopped_cleanly(servers)

    second = Run(MAKE_RUN, *ports, tmp_path)  # the same ports: nothing was left on them
    servers = second.wait_ready()
    second.signal(signal.SIGTERM, "group")
    time.sleep(0.3)  # the launcher is stopping the servers now
    second.signal(signal.SIGTERM, "group")
    second.assert_stopped_cleanly(servers)


def test_term_to_make_alone_or_ctrl_c_twice_to_the_launcher_alone_stops_both_servers(tmp_path):
    token = "a-long-random-test-token"
    by_make = Run(MAKE_RUN, free_port(), free_port(), tmp_path)
    api = Run(
        [sys.executable, "-m", "bot.launcher", "--model", str(MODEL), "--enable-api"],
        free_port(),
        free_port(),
        tmp_path,
        env={API_TOKEN_ENV: token},
    )
    make_servers, api_servers = by_make.wait_ready(), api.wait_ready()

    by_make.signal(signal.SIGTERM, "started")  # make passes TERM on to the launcher
    by_make.assert_stopped_cleanly(make_servers)

    status = f"http://127.0.0.1:{api.rasa_port}/status"
    assert requests.get(status, timeout=10).status_code == 401
    assert requests.get(status, params={"token": "wrong"}, timeout=10).status_code == 401
    assert requests.get(status, params={"token": token}, timeout=10).status_code == 200
    api.signal(signal.SIGINT, "launcher")
    time.sleep(0.3)
    api.signal(signal.SIGINT, "launcher")
    api.assert_stopped_cleanly(api_servers)
