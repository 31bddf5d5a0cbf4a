"""The PyInstaller bundle: its size, start to the painted main window (bundle vs source, same run), self-test time."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.harness import ROOT, WORK, Row, Section, median

DIST = ROOT / "dist"
BUNDLE = DIST / "unionoffice"
EXE = ".exe" if sys.platform == "win32" else ""
CLI = BUNDLE / f"unionoffice-cli{EXE}"
DEMO_MEMBERS = 20_000
RUNS = 5


def _build() -> dict[str, object]:
    """Build the bundle of the current source (no installer, no zip) and return build_installer's figures."""
    proc = subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--skip-installer", "--skip-zip"],
                          cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace")
    if proc.returncode != 0:
        raise RuntimeError(f"build_installer.py failed:\n{proc.stdout[-4000:]}{proc.stderr[-2000:]}")
    figures: dict[str, object] = json.loads((DIST / "build-figures.json").read_text(encoding="utf-8"))
    return figures


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "UNIONOFFICE_DATA_DIR": str(WORK / "bundle-data"),
            "PYTHONUTF8": "1", **(extra or {})}


def _demo_db() -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"bundle-demo-{DEMO_MEMBERS}.db"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "unionoffice", "--db", str(path), "demo", "--members",
                        str(DEMO_MEMBERS)], cwd=ROOT, check=True, capture_output=True, env=_env())
    return path


def _start(command: list[str]) -> tuple[float, float]:
    """(seconds from process start to the first paint as the app reports it, wall seconds until it has quit)."""
    env = _env({"UNIONOFFICE_PASSWORD": "demo", "UNIONOFFICE_BENCH_EXIT_AFTER_PAINT": "1"})
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    wall = time.perf_counter() - started
    match = re.search(r"^painted ([\d.]+)$", proc.stdout, re.M)
    if proc.returncode != 0 or match is None:
        raise RuntimeError(f"start failed ({proc.returncode}): {proc.stdout[-500:]} {proc.stderr[-1500:]}")
    return float(match.group(1)), wall


def _self_test(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run([*command, "--self-test"], cwd=ROOT, check=True, capture_output=True, env=_env(), timeout=300)
    return time.perf_counter() - started


def _mb(size: object) -> str:
    return f"{int(str(size)) / 2**20:.0f} MB"


def _part_sizes() -> list[str]:
    internal = BUNDLE / "_internal"
    parts = {"bundled CJK fonts": internal / "resources" / "fonts", "Qt (PySide6)": internal / "PySide6"}
    out = []
    for label, folder in parts.items():
        size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        out.append(f"{label} {size / 2**20:.0f} MB")
    return out


def run(args: argparse.Namespace) -> Section:
    figures = _build()
    database = _demo_db()
    bundle_cmd = [str(CLI), "--db", str(database), "--user", "admin"]
    source_cmd = [sys.executable, "-m", "unionoffice", "--db", str(database), "--user", "admin"]
    # The first start after the build reads the bundle from disk; later ones find it in the page cache.
    first_bundle, _ = _start(bundle_cmd)
    first_source, _ = _start(source_cmd)
    bundle_runs, source_runs = [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        bundle_runs.append(_start(bundle_cmd))
        source_runs.append(_start(source_cmd))
    bundle_paint, source_paint = median([r[0] for r in bundle_runs]), median([r[0] for r in source_runs])
    bundle_wall, source_wall = median([r[1] for r in bundle_runs]), median([r[1] for r in source_runs])
    bundle_test = median([_self_test([str(CLI)]) for _ in range(3)])
    source_test = median([_self_test([sys.executable, "-m", "unionoffice"]) for _ in range(3)])

    section = Section("bundle", "Offline bundle (PyInstaller onedir)")
    section.rows = [
        Row("bundle folder size", f"{_mb(figures['bundle_bytes'])} in {figures['bundle_files']} files",
            "; ".join(_part_sizes())),
        Row("first start after the build: process start → main window painted", f"{first_bundle:.2f} s",
            f"from source {first_source:.2f} s", "≤ 3 s (docs/reliability.md F2)", first_bundle <= 3.0),
        Row(f"start → main window painted, median of {RUNS} ({DEMO_MEMBERS:,} members, admin)",
            f"{bundle_paint:.2f} s", f"from source {source_paint:.2f} s", "≤ 3 s (docs/reliability.md F2)",
            bundle_paint <= 3.0),
        Row(f"start → painted → quit, whole process, median of {RUNS}", f"{bundle_wall:.2f} s",
            f"from source {source_wall:.2f} s"),
        Row("`--self-test` (6 steps, whole process), median of 3", f"{bundle_test:.2f} s",
            f"from source {source_test:.2f} s"),
        Row("build (forms → PyInstaller → smoke test), no zip", f"{_build_seconds(figures):.0f} s"),
    ]
    section.notes = [
        f"Built and measured on {sys.platform}; the Windows bundle is smaller (no ICU data, GTK or X11 libraries) — "
        "measure it there with the same command.",
        "The paint time is what the program itself reports (`painted <s>` once the first page shows what it holds, "
        "counted from process start); the whole-process time adds Python's exit.",
        "Starts after the first find the files in the operating system's cache; a PC's very first start after "
        "install is slower, most of all when antivirus scans every file once.",
    ]
    return section


def _build_seconds(figures: dict[str, object]) -> float:
    return sum(float(str(v)) for k, v in figures.items() if k.startswith("step_") and k != "step_zip_bundle_seconds")
