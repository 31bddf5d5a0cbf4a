"""Running the program as a user does: `unionoffice.__main__.main` in a child process, and small private volumes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAIN = "import sys; from unionoffice.__main__ import main; sys.exit(main())"
PASSWORD = "Gonghui-2024"


def cli_env(data: Path, **extra: str) -> dict[str, str]:
    """The environment of a command-line run: its own data folder, the admin's passwords, no display."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("UNIONOFFICE_")}
    env.update(UNIONOFFICE_DATA_DIR=str(data), UNIONOFFICE_PASSWORD=PASSWORD, UNIONOFFICE_NEW_PASSWORD=PASSWORD,
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


def run_main(args: list[str], env: dict[str, str], *, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`unionoffice ARGS` with no terminal on standard input."""
    return subprocess.run([sys.executable, "-c", MAIN, *args], env=env, stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False)


def one_chinese_line(done: subprocess.CompletedProcess[str]) -> str:
    """Standard error holds exactly one line, without a traceback; returns it."""
    lines = [line for line in done.stderr.splitlines() if line.strip() and not line.startswith("注意：")]
    assert "Traceback" not in done.stderr, done.stderr
    assert len(lines) == 1, done.stderr
    assert any("\u4e00" <= char <= "\u9fff" for char in lines[0]), lines[0]
    return lines[0]


def private_mounts() -> bool:
    """Whether this machine lets a process mount a small tmpfs in a mount namespace of its own (unshare)."""
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    return subprocess.run(["unshare", "-Urm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                          capture_output=True, check=False).returncode == 0


def on_small_volume(folder: Path, size_kib: int, script: str, env: dict[str, str],
                    *, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the shell `script` in a private mount namespace in which `folder` is a fresh tmpfs of `size_kib` KiB
    (a full disk, or with `mount -o remount,ro` a read-only medium), with `uo` running the program."""
    prelude = (f'mount -t tmpfs -o size={size_kib}k tmpfs "{folder}" || exit 99\n'
               f'uo() {{ "{sys.executable}" -c "{MAIN}" "$@" </dev/null; echo "EXIT $?" >&2; }}\n')
    return subprocess.run(["unshare", "-Urm", "sh", "-c", prelude + script], env=env, capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT, check=False)


def exits(done: subprocess.CompletedProcess[str]) -> list[int]:
    return [int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("EXIT ")]
