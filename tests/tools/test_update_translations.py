"""The translations check fails on a stale catalogue and never writes into the repository."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_tool(monkeypatch: pytest.MonkeyPatch, translations: Path):
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "update_translations", module)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "TRANSLATIONS", translations)
    return module


def test_the_committed_catalogues_are_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "translations"
    shutil.copytree(ROOT / "resources" / "translations", copy)
    tool = load_tool(monkeypatch, copy)
    assert tool.check("zh_CN") == []


def test_a_stale_catalogue_fails_the_check_and_is_left_alone(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "translations"
    shutil.copytree(ROOT / "resources" / "translations", copy)
    stale = copy / "unionoffice_members_zh_CN.ts"
    text = stale.read_text(encoding="utf-8")
    start = text.index("<message>")
    end = text.index("</message>", start) + len("</message>")
    stale.write_text(text[:start] + text[end:], encoding="utf-8")  # one string missing, as after new code
    before = {p.name: p.read_bytes() for p in copy.iterdir()}
    tool = load_tool(monkeypatch, copy)
    problems = tool.check("zh_CN")
    assert any("unionoffice_members_zh_CN.ts is out of date" in p for p in problems)
    assert {p.name: p.read_bytes() for p in copy.iterdir()} == before
