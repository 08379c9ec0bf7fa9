"""The launcher's checks before it starts anything (bot/launcher.py): no servers, seconds."""

from __future__ import annotations

import socket

import pytest

from bot.launcher import API_TOKEN_ENV, free_port, main


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
