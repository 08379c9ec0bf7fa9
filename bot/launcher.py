"""Start the action server and the Rasa server together, wait until both answer, stop both together.

Usage::

    python -m bot.launcher --model models/care-navigator.tar.gz      # what `make run` does

Tests use :class:`Servers` directly, on free ports, with logs written to files.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Callable, Deque, Dict, List, Optional, TextIO

import yaml

from bot.requests import MAX_BODY_BYTES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = ROOT / "models" / "care-navigator.tar.gz"
API_TOKEN_ENV = "CARE_NAVIGATOR_API_TOKEN"
CHILD_ENV = {
    "RASA_TELEMETRY_ENABLED": "false",  # nothing about conversations leaves the machine
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "PYTHONUNBUFFERED": "1",
}
# Rasa's Sanic refuses bigger request bodies with 413 before reading them (the REST channel checks again).
# Only Rasa's: the action server listens on 127.0.0.1 for Rasa alone, and a long conversation's tracker is
# bigger than any patient's message may be.
RASA_ENV = {
    "SANIC_REQUEST_MAX_SIZE": str(MAX_BODY_BYTES),
    # One TensorFlow thread for the sentence encoder (Rasa reads these at start). It encodes one short message
    # at a time, where a second thread only spins: the same wall time for two-thirds of the CPU, which the
    # event loop and the action server need on two cores (docs/performance.md). Training keeps the default.
    "TF_INTRA_OP_PARALLELISM_THREADS": "1",
    "TF_INTER_OP_PARALLELISM_THREADS": "1",
    # One thread for numpy's BLAS too: its small products (the safety net's nearest examples) gain nothing
    # from a second, and OpenBLAS's idle worker spins in sched_yield. Measured (docs/performance.md): a typed
    # message cost the Rasa server 16.7 ms of CPU instead of 28.9; throughput under `make bench` unchanged.
    "OPENBLAS_NUM_THREADS": "1",
}
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_PR_SET_PDEATHSIG = 1


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_taken(host: str, port: int) -> bool:
    """True if a server could not listen on ``host:port`` now (as servers bind, with SO_REUSEADDR)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


def _die_with_parent() -> None:
    """In the child, before it runs: get SIGTERM if the process that started it dies, even by SIGKILL,
    so that a server is never left behind (Linux; elsewhere nothing happens)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (AttributeError, OSError):
        pass


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


class Process:
    """One child server: its command, its output (to a sink and a short tail), and its health URL."""

    def __init__(
        self,
        name: str,
        command: List[str],
        health_url: str,
        sink: Callable[[str, str], None],
        env: Dict[str, str],
        cwd: Path = ROOT,
    ):
        self.name, self.command, self.health_url, self.env, self.cwd = name, command, health_url, env, cwd
        self._sink = sink
        self.tail: Deque[str] = collections.deque(maxlen=25)
        self.popen: Optional[subprocess.Popen] = None
        self._pumping: Optional[threading.Thread] = None

    def start(self) -> None:
        self.popen = subprocess.Popen(
            self.command,
            cwd=self.cwd,
            env={**os.environ, **self.env},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            # Out of the launcher's process group: a signal to the group (Ctrl-C, `docker stop`, a closing
            # terminal) reaches the launcher only, which stops the servers in order.
            start_new_session=True,
            preexec_fn=_die_with_parent,
            text=True,
            errors="replace",
        )
        self._pumping = threading.Thread(target=self._pump, daemon=True)
        self._pumping.start()

    def _pump(self) -> None:
        assert self.popen and self.popen.stdout
        for line in self.popen.stdout:
            line = line.rstrip("\n")
            self.tail.append(line)
            self._sink(self.name, line)

    def running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def ready(self) -> bool:
        return self.running() and _answers(self.health_url)

    def stop(self, timeout: float = 15) -> None:
        """TERM to the server's process group, KILL after ``timeout``; return once its output is read."""
        if self.running():
            assert self.popen
            with contextlib.suppress(ProcessLookupError):  # it may have just exited
                os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait()
        if self._pumping is not None:
            self._pumping.join(5)


class Servers:
    """The Rasa server and the action server, started together on 127.0.0.1.

    ``with Servers(model, log_dir=tmp) as servers: servers.webhook_url`` starts both,
    waits until both answer, and stops both on exit.
    """

    def __init__(
        self,
        model: Path = DEFAULT_MODEL,
        rasa_port: int = 5005,
        action_port: int = 5055,
        host: str = "127.0.0.1",
        log_dir: Optional[Path] = None,
        extra_env: Optional[Dict[str, str]] = None,
        api_token: Optional[str] = None,
        endpoints: Path = ROOT / "endpoints.yml",
        rest_settings: Optional[Dict[str, object]] = None,
    ):
        self.host, self.rasa_port, self.action_port = host, rasa_port, action_port
        self.base_url = f"http://127.0.0.1:{rasa_port}"
        self.webhook_url = f"{self.base_url}/webhooks/rest/webhook"
        self.chat_url = f"{self.base_url}/webhooks/chat/"
        self.env = {**CHILD_ENV, **(extra_env or {})}
        self.workdir = Path(tempfile.mkdtemp(prefix="care-navigator-"))
        self._log_files: Dict[str, TextIO] = {}
        self.log_dir = log_dir
        endpoints = self._endpoints_file(endpoints)
        credentials = self._credentials_file(rest_settings)
        python = sys.executable
        self.actions = Process(
            "actions",
            [python, "-m", "actions", "--port", str(action_port)],
            f"http://127.0.0.1:{action_port}/health",
            self._sink,
            self.env,
        )
        self.rasa = Process(
            "rasa",
            [
                python,
                "-m",
                "rasa",
                "run",
                "--model",
                str(model),
                "--endpoints",
                str(endpoints),
                "--credentials",
                str(credentials),
                "--interface",
                host,
                "--port",
                str(rasa_port),
            ]
            + (["--enable-api", "--auth-token", api_token] if api_token else []),
            f"{self.base_url}/webhooks/rest/",
            self._sink,
            {**self.env, **RASA_ENV},
        )

    def _endpoints_file(self, source: Path) -> Path:
        with open(source, encoding="utf-8") as handle:
            endpoints = yaml.safe_load(handle) or {}
        endpoints["action_endpoint"] = {
            **(endpoints.get("action_endpoint") or {}),
            "url": f"http://127.0.0.1:{self.action_port}/webhook",
        }
        path = self.workdir / "endpoints.yml"
        path.write_text(yaml.safe_dump(endpoints), encoding="utf-8")
        return path

    def _credentials_file(self, rest_settings: Optional[Dict[str, object]]) -> Path:
        """credentials.yml, with ``rest_settings`` over the REST channel's own (tests and benchmarks)."""
        if not rest_settings:
            return ROOT / "credentials.yml"
        with open(ROOT / "credentials.yml", encoding="utf-8") as handle:
            credentials = yaml.safe_load(handle) or {}
        rest = next(name for name in credentials if name.endswith(".CareNavigatorRestInput"))
        credentials[rest] = {**(credentials[rest] or {}), **rest_settings}
        path = self.workdir / "credentials.yml"
        path.write_text(yaml.safe_dump(credentials), encoding="utf-8")
        return path

    def _sink(self, name: str, line: str) -> None:
        if self.log_dir is None:
            print(f"[{name}] {line}", flush=True)
            return
        handle = self._log_files.get(name)
        if handle is None:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            handle = self._log_files[name] = open(self.log_dir / f"{name}.log", "a", encoding="utf-8")
        handle.write(line + "\n")
        handle.flush()

    def start(self, timeout: float = 180) -> "Servers":
        """Start both servers and wait until both answer; raise with the reason if one dies."""
        self.actions.start()
        self.rasa.start()
        return self.wait_ready(timeout)

    def wait_ready(self, timeout: float = 180, stop: Callable[[], bool] = lambda: False) -> "Servers":
        """Wait until both servers answer (or ``stop()`` is true); stop both and raise with the reason if
        one dies or they take longer than ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not stop():
            dead = self.dead()
            if dead:
                self.stop()
                raise RuntimeError(self.reason(dead))
            if self.actions.ready() and self.rasa.ready():
                return self
            time.sleep(0.5)
        if stop():
            return self
        self.stop()
        raise TimeoutError(f"the servers did not answer within {timeout:.0f} s")

    def dead(self) -> Optional[Process]:
        """The first server that has exited, if any."""
        return next((p for p in (self.actions, self.rasa) if p.popen and not p.running()), None)

    @staticmethod
    def reason(process: Process) -> str:
        code = process.popen.returncode if process.popen else None
        tail = "\n".join(f"    {line}" for line in list(process.tail)[-10:])
        return f"the {process.name} server stopped (exit code {code}). Its last lines:\n{tail}"

    def stop(self) -> None:
        """Stop the Rasa server first (it calls the action server), then the action server."""
        self.rasa.stop()
        self.actions.stop()
        for handle in self._log_files.values():
            handle.close()
        self._log_files.clear()

    def __enter__(self) -> "Servers":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class StopRequest:
    """Set by INT, TERM or HUP, any number of times. Only a flag: a signal handler that raised could
    interrupt the stopping itself, and one that took a lock could deadlock with the code it interrupted."""

    def __init__(self) -> None:
        self.requested = False

    def handle(self, signum: int, frame: object) -> None:
        self.requested = True


def taken_ports(host: str, rasa_port: int, action_port: int) -> Optional[str]:
    """One line naming the first port something else already listens on, or None."""
    for name, where, port, variable in (
        ("action server", "127.0.0.1", action_port, "ACTION_PORT"),
        ("Rasa server", host, rasa_port, "PORT"),
    ):
        if port_taken(where, port):
            return (
                f"Port {port} (the {name}) is already in use on {where}: stop what listens there, or run "
                f"with {variable}={port + 1}."
            )
    return None


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Run Care Navigator: the Rasa server and the action server.")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", 5005)))
    parser.add_argument("--action-port", type=int, default=int(os.environ.get("ACTION_PORT", 5055)))
    parser.add_argument(
        "--host",
        default=os.environ.get("HOST", "127.0.0.1"),
        help="interface for the Rasa server (the action server always stays on 127.0.0.1)",
    )
    parser.add_argument(
        "--endpoints",
        type=Path,
        default=ROOT / "endpoints.yml",
        help="endpoints file, e.g. endpoints.redis.yml to share conversations through Redis",
    )
    parser.add_argument(
        "--enable-api",
        action="store_true",
        help=f"turn on Rasa's HTTP API, protected by the token in ${API_TOKEN_ENV}",
    )
    args = parser.parse_args(argv)
    token = os.environ.get(API_TOKEN_ENV) if args.enable_api else None
    if args.enable_api and not token:
        print(
            f"--enable-api needs a token in ${API_TOKEN_ENV}: the API is never open without one.",
            file=sys.stderr,
        )
        return 2
    if not args.model.exists():
        print(f"No trained model at {args.model}: run `make run` (it trains first).", file=sys.stderr)
        return 2
    taken = taken_ports(args.host, args.port, args.action_port)
    if taken:
        print(taken, file=sys.stderr)
        return 1
    # A signal to the process group and make passing it on both reach here: any number of them only ask
    # to stop, once.
    stop = StopRequest()
    for number in STOP_SIGNALS:
        signal.signal(number, stop.handle)
    servers = Servers(
        args.model, args.port, args.action_port, args.host, api_token=token, endpoints=args.endpoints
    )
    print("Starting the action server and the Rasa server (about a minute)...", flush=True)
    try:
        servers.actions.start()
        servers.rasa.start()
        servers.wait_ready(stop=lambda: stop.requested)
        if not stop.requested:
            print(
                f"\nCare Navigator is ready.\n"
                f"  Chat page:    {servers.chat_url}\n"
                f"  REST channel: {servers.webhook_url}\n"
                f"Press Ctrl-C to stop.\n",
                flush=True,
            )
        while not stop.requested:
            dead = servers.dead()
            if dead:
                servers.stop()
                print("\n" + servers.reason(dead) + "\nStopped the other server too.", file=sys.stderr)
                return 1
            time.sleep(0.5)
        print("\nStopping...", flush=True)
        return 0
    except (RuntimeError, TimeoutError) as error:
        print(f"\nCould not start Care Navigator: {error}", file=sys.stderr)
        return 1
    finally:
        servers.stop()


if __name__ == "__main__":
    sys.exit(main())
