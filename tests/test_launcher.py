"""The launcher's checks before it starts anything (bot/launcher.py): no servers, seconds."""

from __future__ import annotations

import shutil
import socket

import pytest

from bot.launcher import API_TOKEN_ENV, Servers, free_port, main
from bot.requests import MAX_BODY_BYTES


@pytest.fixture
def model(tmp_path):
    path = tmp_path / "model.tar.gz"
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize("which", ["--port", "--action-port"])
def test_a_port_in_use_is_named_in_one_line_and_nothing_starts(model, capsys, which):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        ports = {"--port": free_port(), "--action-port": free_port(), which: taken}
        code = main(["--model", str(model)] + [str(x) for pair in ports.items() for x in pair])
    out = capsys.readouterr()
    assert code == 1
    assert out.err.count("\n") == 1 and f"Port {taken} " in out.err and "already in use" in out.err
    assert "Starting" not in out.out


def test_no_token_means_no_api(model, capsys, monkeypatch):
    monkeypatch.delenv(API_TOKEN_ENV, raising=False)
    assert main(["--model", str(model), "--enable-api"]) == 2
    assert API_TOKEN_ENV in capsys.readouterr().err


def test_only_rasa_refuses_big_bodies_so_a_long_conversation_still_reaches_the_action_server(tmp_path):
    servers = Servers(tmp_path / "model.tar.gz", log_dir=tmp_path)
    try:
        assert servers.rasa.env["SANIC_REQUEST_MAX_SIZE"] == str(MAX_BODY_BYTES)
        assert "SANIC_REQUEST_MAX_SIZE" not in servers.actions.env
    finally:
        shutil.rmtree(servers.workdir, ignore_errors=True)
