"""`python -m benchmarks [AREA …]`: run the named areas (all by default) and rewrite docs/benchmarks.md."""

from __future__ import annotations

import argparse
import importlib
import os

from benchmarks.harness import ROOT, write_section

# Each module exposes `run(args) -> Section`.
AREAS: dict[str, str] = {
    "members": "benchmarks.bench_members",
    "search_typing": "benchmarks.bench_search_typing",
    "bundle": "benchmarks.bench_bundle",
    "documents": "benchmarks.bench_documents",
    "exchange": "benchmarks.bench_exchange",
    "training": "benchmarks.bench_training",
    "honours": "benchmarks.bench_honours",
    "aid": "benchmarks.bench_aid",
    "competitions": "benchmarks.bench_competitions",
    "cli": "benchmarks.bench_cli",
    "province": "benchmarks.bench_province",
    "backups": "benchmarks.bench_backups",
    "dashboard": "benchmarks.bench_dashboard",
    "server": "benchmarks.bench_server",
}


def compile_package() -> None:
    """The program's bytecode, as an installed program has it (the bundle ships it compiled): without it every child
    process would compile its modules again and the start figures would measure the compiler (this machine sets
    PYTHONDONTWRITEBYTECODE, so nothing was ever written)."""
    import compileall

    compileall.compile_dir(str(ROOT / "unionoffice"), quiet=1)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    compile_package()
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("areas", nargs="*", help=f"areas to run: {', '.join(AREAS)} (default: all)")
    parser.add_argument("--members", type=int, default=300_000, help="size of the member database")
    args = parser.parse_args()
    for area in args.areas or list(AREAS):
        module = importlib.import_module(AREAS[area])
        section = module.run(args)
        write_section(section)
        print(section.markdown())


if __name__ == "__main__":
    main()
