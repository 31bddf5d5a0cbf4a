"""Extract tr() strings into one .ts catalogue per GUI feature package, then compile the .qm files.

`python tools/update_translations.py` rewrites resources/translations/unionoffice_<package>_<lang>.ts and .qm
from unionoffice/ui/<package>/ and the forms/*.ui that package loads. `--check` (CI) rewrites nothing: it runs
the same extraction into a temporary folder and fails when a committed catalogue is out of date or a string has
no translation.

One catalogue per package keeps features that are built side by side from editing the same file; the .ts files
store no source locations, so moving code does not change them.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
UI = ROOT / "unionoffice" / "ui"
LANGUAGES = ("zh_CN",)
PREFIX = "unionoffice"
# Qt's own strings its bundled catalogue misses, translated by hand (no extraction): only compiled and checked.
QT_EXTRA = "qtbase_extra"
_FORM_IMPORT = re.compile(r"unionoffice\.ui\.forms\.ui_(\w+) import")


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


def catalogues() -> dict[str, list[Path]]:
    """{package: its source files}: the package's modules and the Designer forms they load (shell also app.py)."""
    result: dict[str, list[Path]] = {}
    claimed: set[Path] = set()
    for package in sorted(p for p in UI.iterdir() if p.is_dir() and p.name not in ("forms", "__pycache__")):
        code = sorted(package.rglob("*.py"))
        loaded = {name for path in code for name in _FORM_IMPORT.findall(path.read_text("utf-8"))}
        forms = {ROOT / "forms" / f"{name}.ui" for name in loaded}
        claimed |= forms
        result[package.name] = [*code, *sorted(forms)]
    result["shell"].insert(0, ROOT / "unionoffice" / "app.py")
    unclaimed = sorted(set((ROOT / "forms").glob("*.ui")) - claimed)
    if unclaimed:
        raise SystemExit(f"forms loaded by no GUI package: {', '.join(p.name for p in unclaimed)}")
    return result


def ts_name(package: str, language: str) -> str:
    return f"{PREFIX}_{package}_{language}.ts"


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


def extract(sources: list[Path], ts: Path, language: str) -> None:
    """lupdate `sources` into `ts` (created or merged), dropping strings no longer in the sources."""
    command = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
               *[str(p.relative_to(ROOT)) for p in sources],
               "-source-language", "en", "-target-language", language, "-ts", str(ts)]
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)


def update(language: str) -> list[str]:
    problems = []
    expected = set()
    for package, sources in catalogues().items():
        ts = TRANSLATIONS / ts_name(package, language)
        expected |= {ts.name, ts.with_suffix(".qm").name}
        extract(sources, ts, language)
        compile_qm(ts, ts.with_suffix(".qm"))
        problems += [f"untranslated [{language}] {c}: {s}" for c, s in untranslated(ts)]
    extra = TRANSLATIONS / f"{QT_EXTRA}_{language}.ts"
    if extra.exists():
        compile_qm(extra, extra.with_suffix(".qm"))
        problems += [f"untranslated [{language}] {c}: {s}" for c, s in untranslated(extra)]
    for stale in sorted(TRANSLATIONS.glob(f"{PREFIX}_*_{language}.*")):
        if stale.name not in expected:
            stale.unlink()
            print(f"removed {stale.relative_to(ROOT)} (no such GUI package)")
    return problems


def check(language: str) -> list[str]:
    """What `update` would change, without changing anything in the repository."""
    problems = []
    expected = set()
    with tempfile.TemporaryDirectory() as folder:
        for package, sources in catalogues().items():
            committed = TRANSLATIONS / ts_name(package, language)
            expected |= {committed.name, committed.with_suffix(".qm").name}
            fresh = Path(folder) / committed.name
            if committed.exists():
                shutil.copyfile(committed, fresh)
            extract(sources, fresh, language)
            if not committed.exists() or fresh.read_bytes() != committed.read_bytes():
                problems.append(f"resources/translations/{committed.name} is out of date: "
                                "run python tools/update_translations.py")
                continue
            qm, committed_qm = fresh.with_suffix(".qm"), committed.with_suffix(".qm")
            compile_qm(fresh, qm)
            if not committed_qm.exists() or qm.read_bytes() != committed_qm.read_bytes():
                problems.append(f"resources/translations/{committed_qm.name} does not match its .ts")
            problems += [f"untranslated [{language}] {c}: {s}" for c, s in untranslated(fresh)]
        qt_extra = TRANSLATIONS / f"{QT_EXTRA}_{language}.ts"
        if qt_extra.exists():
            fresh_qm = Path(folder) / qt_extra.with_suffix(".qm").name
            compile_qm(qt_extra, fresh_qm)
            committed_qm = qt_extra.with_suffix(".qm")
            if not committed_qm.exists() or fresh_qm.read_bytes() != committed_qm.read_bytes():
                problems.append(f"resources/translations/{committed_qm.name} does not match its .ts")
            problems += [f"untranslated [{language}] {c}: {s}" for c, s in untranslated(qt_extra)]
    extra = sorted(p.name for p in TRANSLATIONS.glob(f"{PREFIX}_*_{language}.*") if p.name not in expected)
    problems += [f"resources/translations/{name} belongs to no GUI package" for name in extra]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a catalogue is out of date or a string is untranslated")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    problems = []
    for language in LANGUAGES:
        problems += check(language) if args.check else update(language)
    for line in problems:
        print(line)
    if args.check and not problems:
        print("translations: every catalogue is current and fully translated")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
