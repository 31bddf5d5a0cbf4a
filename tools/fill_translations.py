"""Fill in translations: `python tools/fill_translations.py WORDS.json` with {"Context": {"English": "中文"}}.

Writes each translation into whichever catalogue (resources/translations/*.ts) holds that context and source text,
marks it finished, then recompiles the .qm files through update_translations.py. Prints what it could not place.
Use it after `python tools/update_translations.py` has extracted new strings.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"


def fill(words: dict[str, dict[str, str]]) -> list[str]:
    wanted = {(context, source): text for context, pairs in words.items() for source, text in pairs.items()}
    placed: set[tuple[str, str]] = set()
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        tree = ET.parse(ts)
        changed = False
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "")
                if key not in wanted:
                    continue
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                if translation.get("type") in ("obsolete", "vanished"):
                    continue
                translation.text = wanted[key]
                translation.attrib.pop("type", None)
                placed.add(key)
                changed = True
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)
    return [f"not found in any catalogue: [{c}] {s}" for c, s in sorted(set(wanted) - placed)]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    missing = fill(json.loads(Path(argv[0]).read_text(encoding="utf-8")))
    for line in missing:
        print(line)
    # Re-extract to normalise the XML exactly as lupdate writes it, and compile the .qm files.
    subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py")], check=True)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
