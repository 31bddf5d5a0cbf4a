"""Shared harness: timing helpers, peak memory of child processes, and the docs/benchmarks.md writer."""

from __future__ import annotations

import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
WORK = ROOT / "benchmarks" / "_work"


@dataclass
class Row:
    """One line of a results table: what, measured value, the raw-library baseline, target, verdict."""

    what: str
    measured: str
    baseline: str = ""
    target: str = ""
    ok: bool | None = None


@dataclass
class Section:
    area: str
    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def markdown(self) -> str:
        lines = [f"## {self.title}", "", "| what | measured | raw-library baseline (same run) | target | ok |",
                 "|---|---|---|---|---|"]
        for r in self.rows:
            verdict = "" if r.ok is None else ("yes" if r.ok else "**no**")
            lines.append(f"| {r.what} | {r.measured} | {r.baseline} | {r.target} | {verdict} |")
        if self.notes:
            lines.append("")
            lines.extend(f"- {n}" for n in self.notes)
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        lines += ["", f"_Measured {stamp} on {machine()}._"]
        return "\n".join(lines)


def machine() -> str:
    import os

    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def timed(func: Callable[[], object], repeat: int = 1) -> list[float]:
    """Wall-clock seconds of each of `repeat` calls."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        out.append(time.perf_counter() - start)
    return out


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def run_child(code: str, *args: str, env: dict[str, str] | None = None) -> tuple[str, float, int]:
    """Run Python code in a fresh interpreter: (stdout, wall seconds, peak RSS in KiB of the child)."""
    import os
    import resource

    full_env = {**os.environ, **(env or {})}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=full_env)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        raise RuntimeError(f"child failed ({proc.returncode}): {proc.stderr[-2000:]}")
    # ru_maxrss of children is the max over all children so far; callers run the biggest last or read stdout.
    return proc.stdout, wall, max(peak, before)


def write_section(section: Section) -> None:
    """Replace (or append) this area's block in docs/benchmarks.md, leaving the other areas alone."""
    DOC.parent.mkdir(parents=True, exist_ok=True)
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else _header()
    start, end = f"<!-- {section.area}:start -->", f"<!-- {section.area}:end -->"
    block = f"{start}\n{section.markdown()}\n{end}"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    text = pattern.sub(lambda _m: block, text) if pattern.search(text) else text.rstrip() + "\n\n" + block + "\n"
    DOC.write_text(text, encoding="utf-8")


def _header() -> str:
    return (
        "# Benchmarks\n\n"
        "Written by `python -m benchmarks` (see `benchmarks/`). Every figure sits beside the raw library doing the "
        "same job in the same run on the same machine. Tests never time anything; these numbers are the proof.\n"
    )
