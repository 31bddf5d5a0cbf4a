"""Entry point: parse arguments, set up logging and crash capture, then run a command or the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--read-sheet-in-child"]:  # exchange/isolated.py: this program as a sheet reader
        from unionoffice.exchange.isolated import run_child

        return run_child(args[1])
    from unionoffice.cli.main import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
