"""`unionoffice report annual` writes the annual work report from a demo year, as PDF and as xlsx."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.dashboard import YEAR, make_demo
from tests.helpers.pdfcheck import page_count
from unionoffice.cli.main import run


def test_report_annual_writes_pdf_and_xlsx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    demo = make_demo(tmp_path, members=300)
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "demo")
    base = ["--db", str(demo), "--user", "clerk", "report", "annual", "--year", str(YEAR)]
    assert run([*base, "--out", str(tmp_path / "r.pdf")]) == 0
    assert "年度工作报告已输出到" in capsys.readouterr().out
    assert page_count(tmp_path / "r.pdf") >= 3
    assert run([*base, "--months", "1-6", "--out", str(tmp_path / "r.xlsx")]) == 0
    assert (tmp_path / "r.xlsx").exists()
    assert run([*base, "--months", "7-3", "--out", str(tmp_path / "bad.pdf")]) == 2
    assert "月份范围应在 1 到 12 之间" in capsys.readouterr().err
