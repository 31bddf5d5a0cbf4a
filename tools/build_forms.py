"""Compile forms/*.ui into unionoffice/ui/forms/ui_*.py with pyside6-uic; `--check` fails on any stale file."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms"
TARGET = ROOT / "unionoffice" / "ui" / "forms"
HEADER = (
    "# Generated from forms/{name} by tools/build_forms.py (pyside6-uic) — do not edit.\n"
    "# Change the .ui file in Qt Designer and run `python tools/build_forms.py`.\n"
)
PACKAGE_INIT = '"""Classes generated from forms/*.ui by tools/build_forms.py — never edited by hand."""\n'


def uic_command() -> list[str]:
    """pyside6-uic from the running interpreter's environment (the venv), else from PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6 in this environment")
    return [found]


def compile_form(ui_file: Path) -> str:
    result = subprocess.run([*uic_command(), "--generator", "python", str(ui_file)], check=True,
                            capture_output=True, text=True, encoding="utf-8")
    body = result.stdout
    # uic stamps its own version into the header comment; drop the comment block so that a uic upgrade
    # alone does not make `--check` fail.
    lines = body.splitlines(keepends=True)
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    # uic writes untyped methods; annotate them so that callers in typed code need no ignores.
    code = re.sub(r"def (setupUi|retranslateUi)\(self, (\w+)\):", r"def \1(self, \2: object) -> None:", "".join(lines))
    return HEADER.format(name=ui_file.name) + "\n" + code


def expected_files() -> dict[Path, str]:
    files = {TARGET / "__init__.py": PACKAGE_INIT}
    for ui_file in sorted(FORMS.glob("*.ui")):
        files[TARGET / f"ui_{ui_file.stem}.py"] = compile_form(ui_file)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 if a generated file is stale")
    args = parser.parse_args(argv)
    expected = expected_files()
    stale = [path for path, text in expected.items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    orphans = [path for path in TARGET.glob("ui_*.py") if path not in expected]
    if args.check:
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (run python tools/build_forms.py)")
        for path in orphans:
            print(f"orphan: {path.relative_to(ROOT)} has no forms/*.ui")
        return 1 if stale or orphans else 0
    TARGET.mkdir(parents=True, exist_ok=True)
    for path in stale:
        path.write_text(expected[path], encoding="utf-8", newline="\n")
        print(f"wrote {path.relative_to(ROOT)}")
    for path in orphans:
        path.unlink()
        print(f"removed {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
