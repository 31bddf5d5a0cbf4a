"""The program never opens a network connection: the self-test and every module import run with sockets blocked."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from unionoffice.selftest import STEPS, run_self_test

ROOT = Path(__file__).resolve().parent.parent


class NetworkBlockedError(OSError):
    pass


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python code reaches the network raises, and is recorded (code may swallow the error)."""
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def blocked(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkBlockedError(f"network access attempted: {name}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return attempts


def test_guard_blocks_and_records(network_attempts: list[str]) -> None:
    with pytest.raises(NetworkBlockedError):
        socket.create_connection(("127.0.0.1", 9))
    with socket.socket() as sock, pytest.raises(NetworkBlockedError):
        sock.connect(("127.0.0.1", 9))
    assert len(network_attempts) == 2


def test_self_test_passes_without_network(network_attempts: list[str]) -> None:
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    text = out.getvalue()
    for number, (title, _step) in enumerate(STEPS, start=1):
        assert f"[{number}/{len(STEPS)}] {title} … 通过" in text
    assert "自检通过" in text
    assert network_attempts == []


def test_self_test_reports_a_failing_step(network_attempts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from unionoffice import selftest

    def broken(_state: selftest.SelfTestState) -> str:
        raise selftest.SelfTestError("Excel 读回的内容与写入的不同")

    steps = tuple((title, broken if title.startswith("写出") else step) for title, step in STEPS)
    monkeypatch.setattr(selftest, "STEPS", steps)
    out = io.StringIO()
    assert run_self_test(out) == 1
    assert "写出并读回 Excel … 失败" in out.getvalue()
    assert "备份并校验" not in out.getvalue()  # stops at the first failure


def test_cli_self_test_option(network_attempts: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from unionoffice.cli.main import run

    assert run(["--self-test"]) == 0
    assert "自检通过" in capsys.readouterr().out


# Run in a fresh interpreter, so modules that an earlier test imported are imported again under the guard.
IMPORT_ALL = textwrap.dedent("""
    import importlib, pkgutil, socket, sys
    attempts = []
    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise OSError("network access attempted: " + name)
        return blocked
    socket.socket.connect = refuse("connect")
    socket.socket.connect_ex = refuse("connect_ex")
    socket.create_connection = refuse("create_connection")
    socket.getaddrinfo = refuse("getaddrinfo")
    import unionoffice
    # migrations/env.py runs a migration when imported (Alembic's entry point), not a library module.
    skip = {"unionoffice.db.migrations.env"}
    names = [m.name for m in pkgutil.walk_packages(unionoffice.__path__, "unionoffice.") if m.name not in skip]
    for name in names:
        importlib.import_module(name)
    print(len(names), "modules;", "attempts:", attempts)
    sys.exit(1 if attempts else 0)
""")


def test_importing_every_module_opens_no_connection() -> None:
    proc = subprocess.run([sys.executable, "-c", IMPORT_ALL], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "attempts: []" in proc.stdout
    assert int(proc.stdout.split()[0]) > 30
