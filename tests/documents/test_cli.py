"""`unionoffice documents sample` (no database) and `unionoffice verify`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers.pdfcheck import page_count, pdftotext
from unionoffice.cli.main import run
from unionoffice.db.engine import Database
from unionoffice.services.certificates.issuing import CertificateSubject, issue_certificates
from unionoffice.services.core.context import Actor

AWARD_FIELDS = {"赛事名称": "示例区第三届职工职业技能大赛", "赛项": "焊工", "奖项": "一等奖"}


@pytest.mark.parametrize(("kind", "count", "pages"), [("award", 3, 3), ("completion", 2, 2), ("roster", 5, 1)])
def test_sample_needs_no_database(tmp_path: Path, private_data_dir: Path, kind: str, count: int, pages: int,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sample.pdf"
    assert run(["documents", "sample", kind, "--count", str(count), "--out", str(out)]) == 0
    assert page_count(out) == pages
    assert "已生成" in capsys.readouterr().out
    assert list(private_data_dir.iterdir()) == []  # no database file was created


def test_sample_rejects_bad_arguments(tmp_path: Path) -> None:
    assert run(["documents", "sample", "award", "--out", str(tmp_path / "x.txt")]) == 2
    assert run(["documents", "sample", "award", "--count", "0", "--out", str(tmp_path / "x.pdf")]) == 2
    with pytest.raises(SystemExit) as caught:
        run(["documents", "sample", "diploma", "--out", str(tmp_path / "x.pdf")])
    assert caught.value.code == 2


def test_verify_reports_the_record(db: Database, db_path: Path, clerk: Actor,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    cert = issue_certificates(db, clerk, "award", [CertificateSubject("刘䶮", AWARD_FIELDS)], None,
                              date(2024, 10, 19))[0]
    assert run(["--db", str(db_path), "verify", cert.verification_code.lower()]) == 0
    out = capsys.readouterr().out
    assert "真实有效" in out
    assert "刘䶮" in out
    assert cert.number in out
    assert "2024-10-19" in out
    assert run(["--db", str(db_path), "verify", "ABCDE-12345"]) == 1
    assert "查无此证" in capsys.readouterr().out
    assert run(["--db", str(db_path), "verify", "12"]) == 2


def test_sample_text_is_searchable(tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    assert run(["documents", "sample", "award-letter", "--out", str(out)]) == 0
    assert "获奖通知书" in "".join(pdftotext(out).split())
