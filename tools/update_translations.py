"""Extract tr() strings from unionoffice/ui/**.py and forms/*.ui into the .ts files, then compile the .qm files."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
CATALOGUE = "unionoffice"


def tool(name: str) -> str:
    """A Qt tool from the running interpreter's environment (the venv), else from PATH."""
    beside = Path(sys.executable).with_name(name)
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    """Every file with user-visible strings: the widgets (not the generated forms, whose .ui files are read)."""
    code = [p for p in sorted((ROOT / "unionoffice" / "ui").rglob("*.py")) if "forms" not in p.parts]
    return [ROOT / "unionoffice" / "app.py", *code, *sorted((ROOT / "forms").glob("*.ui"))]


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{language}.ts"


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every current message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            texts = [translation.text or ""] + [n.text or "" for n in translation.iter("numerusform")] \
                if translation is not None else []
            if translation is None or kind == "unfinished" or not any(t.strip() for t in texts):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-obsolete", action="store_true", help="drop strings no longer in the sources")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a string has no translation")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    status = 0
    for language in LANGUAGES:
        ts = ts_file(language)
        command = [tool("pyside6-lupdate"), *files, "-source-language", "en", "-target-language", language,
                   "-ts", str(ts.relative_to(ROOT))]
        if args.no_obsolete:
            command.insert(1, "-no-obsolete")
        subprocess.run(command, check=True, cwd=ROOT)
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT)
        missing = untranslated(ts)
        for context, source in missing:
            print(f"untranslated [{language}] {context}: {source}")
        if missing and args.strict:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
