"""Prove that every runtime dependency (with the postgres extra) resolves to a Windows x64 wheel.

The clerks' PCs run Windows and no machine here does: `pip download --platform win_amd64 --only-binary=:all:`
resolves the same requirements for the Python the installer targets into a temporary folder, so a Windows build
cannot fail on a missing wheel. Exit 1 names what did not resolve.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from packaging.markers import default_environment
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
TARGET_PYTHON = "3.12"  # the Windows build uses Python 3.12+ (docs/architecture.md, PySide6 on 3.11)


def windows_environment(python: str) -> dict[str, str]:
    env = dict(default_environment())
    env.update(sys_platform="win32", platform_system="Windows", os_name="nt", platform_machine="AMD64",
               python_version=python, python_full_version=f"{python}.0", implementation_name="cpython",
               platform_python_implementation="CPython")
    return env


def runtime_requirements(extras: tuple[str, ...], python: str) -> list[str]:
    """The project's dependencies (and the named extras') whose markers hold on Windows with `python`."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in extras:
        lines += project["optional-dependencies"][extra]
    env = windows_environment(python)
    wanted = []
    for line in lines:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate(env):
            requirement.marker = None
            wanted.append(str(requirement))
    return wanted


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=TARGET_PYTHON, help="the installer's Python version (default 3.12)")
    args = parser.parse_args(argv)
    requirements = runtime_requirements(("postgres",), args.python)
    with tempfile.TemporaryDirectory() as folder:
        command = [sys.executable, "-m", "pip", "download", "-q", "--dest", folder, "--only-binary=:all:",
                   "--platform", "win_amd64", "--python-version", args.python, "--implementation", "cp",
                   *requirements]
        proc = subprocess.run(command, capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stdout[-2000:], proc.stderr[-3000:], sep="\n")
            print(f"Windows x64 wheels for Python {args.python}: NOT all available (see above)")
            return 1
        wheels = sorted(p.name for p in Path(folder).glob("*.whl"))
    print(f"Windows x64 wheels for Python {args.python}: {len(wheels)} resolved for {len(requirements)} requirements")
    for name in wheels:
        print(f"  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
