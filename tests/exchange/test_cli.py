"""`members import|export` and `reports export`: exit 0 all imported, 1 some rejected (--valid-only), 2 nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.helpers.sheets import HEADER, PEOPLE, UNIONS, member_rows, write_xlsx
from unionoffice.cli.main import run
from unionoffice.db.models import Member
from unionoffice.db.models.exchange import ImportBatch
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.members.organisations import UnionDraft, create_district, create_union

ADMIN_PW, CLERK_PW = "Gonghui-2024", "Clerk-pass-1"


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A database with a district, its unions, an admin and a clerk; returns the clerk's global arguments."""
    dbarg = ["--db", str(tmp_path / "office.db")]
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", ADMIN_PW)
    assert run([*dbarg, "init"]) == 0  # creating a database is explicit (issue 12 item 14)
    assert run([*dbarg, "users", "add", "zhang", "--role", "管理员"]) == 0
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", CLERK_PW)
    assert run([*dbarg, "--user", "zhang", "users", "add", "li", "--role", "经办人"]) == 0
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", CLERK_PW)
    assert run([*dbarg, "--user", "zhang", "users", "add", "zhao", "--role", "审核人"]) == 0
    db = open_database(f"sqlite:///{tmp_path / 'office.db'}")
    admin = Actor("zhang", Role.ADMIN, 1)
    create_district(db, admin, "长春市南关区总工会", "220102")
    for name in UNIONS:
        create_union(db, admin, UnionDraft(name=name))
    db.dispose()
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", CLERK_PW)
    return [*dbarg, "--user", "li"]


def counts(args: list[str]) -> tuple[int, int]:
    db = open_database(f"sqlite:///{args[1]}")
    with db.read() as session:
        members = session.execute(select(func.count()).select_from(Member)).scalar_one()
        batches = session.execute(select(func.count()).select_from(ImportBatch)).scalar_one()
    db.dispose()
    return members, batches


def test_exit_codes_and_summary_lines(office: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = member_rows()
    rows[2][4] = "220102198503140000"
    path = write_xlsx(tmp_path / "名册.xlsx", [HEADER, *rows])
    report = tmp_path / "errors.xlsx"
    assert run([*office, "members", "import", str(path), "--report", str(report)]) == 2
    captured = capsys.readouterr()
    assert "未导入：名册.xlsx：1 行有错误" in captured.out
    assert "第 4 行" in captured.err
    assert counts(office) == (0, 0)
    assert report.exists()
    assert run([*office, "members", "import", str(path), "--valid-only", "--dry-run"]) == 1
    assert "试导入（未写入数据库）" in capsys.readouterr().out
    assert counts(office) == (0, 0)
    assert run([*office, "members", "import", str(path), "--valid-only"]) == 1
    assert f"导入完成：名册.xlsx：新增 {len(PEOPLE) - 1}，" in capsys.readouterr().out
    assert counts(office) == (len(PEOPLE) - 1, 1)
    rows[2][4] = PEOPLE[2][2]
    assert run([*office, "members", "import", str(write_xlsx(path, [HEADER, *rows]))]) == 0
    assert "新增 1，更新 0，无变化 7" in capsys.readouterr().out


def test_union_options(office: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [[c for i, c in enumerate(r) if i != 7] for r in [HEADER, *member_rows()]]
    path = write_xlsx(tmp_path / "no-union.xlsx", rows)
    assert run([*office, "members", "import", str(path)]) == 2
    assert "--union" in capsys.readouterr().err
    assert run([*office, "members", "import", str(path), "--union", "新建的工会"]) == 2
    assert run([*office, "members", "import", str(path), "--union", "新建的工会", "--create-unions"]) == 0
    assert "新建基层工会 1" in capsys.readouterr().out


def test_bad_files_exit_2_with_one_chinese_line(office: list[str], tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "照片.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert run([*office, "members", "import", str(path)]) == 2
    assert capsys.readouterr().err.strip() == "文件 照片.xlsx 是PNG 图片，不是表格；请选择 xlsx、xls 或 csv 文件"


def test_export_masked_full_and_reports(office: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*office, "members", "import", str(write_xlsx(tmp_path / "m.xlsx", [HEADER, *member_rows()]))]) == 0
    out = tmp_path / "roster.xlsx"
    assert run([*office, "members", "export", str(out)]) == 0
    assert "身份证号已遮蔽" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).active["E5"].value == PEOPLE[0][2][:6] + "********" + PEOPLE[0][2][-4:]
    assert run([*office, "members", "export", str(out), "--full-id", "--reason", "上报核对"]) == 2
    assert "导出完整身份证号" in capsys.readouterr().err
    reviewer = [office[0], office[1], "--user", "zhao"]
    assert run([*reviewer, "members", "export", str(out), "--full-id"]) == 2
    assert "理由" in capsys.readouterr().err
    assert run([*reviewer, "members", "export", str(tmp_path / "full.csv"), "--full-id", "--reason", "上报核对"]) == 0
    assert PEOPLE[0][2] in (tmp_path / "full.csv").read_text(encoding="utf-8-sig")
    assert run([*office, "reports", "export", "org-stats", "--year", "2018", "--out", str(tmp_path / "o.xlsx")]) == 0
    golden = str(tmp_path / "g.xlsx")
    assert run([*office, "reports", "export", "golden-autumn", "--year", "2024", "--out", golden]) == 0
    assert "已导出 0 行" in capsys.readouterr().out
    assert (tmp_path / "g.xlsx").exists()
    assert run([*office, "reports", "list"]) == 0
    assert "org-stats\t工会组织和会员统计" in capsys.readouterr().out


def test_two_id_columns_are_refused_until_one_is_skipped(office: list[str], tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    header = [*HEADER, "身份证号码"]
    rows = [[*row, "220102198503140028"] for row in member_rows()]
    path = write_xlsx(tmp_path / "two-ids.xlsx", [header, *rows])
    assert run([*office, "members", "import", str(path)]) == 2
    error = capsys.readouterr().err
    assert f"第 E 列“身份证号”、第 {chr(65 + len(HEADER))} 列“身份证号码”都对应“身份证号”" in error
    assert counts(office) == (0, 0)
    assert run([*office, "members", "import", str(path), "--skip-column", "身份证号码"]) == 0
    assert counts(office) == (len(rows), 1)


ROSTER = ["姓名", "性别", "身份证号", "手机号", "工作单位", "所在基层工会"]  # issue 14: no 入会时间 column


def test_a_roster_without_join_dates_needs_a_default(office: list[str], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    rows = [[name, sex, number, f"139{i:08d}", "长春第一机械厂", UNIONS[0]]
            for i, (name, sex, number) in enumerate(PEOPLE, start=1)]
    path = write_xlsx(tmp_path / "花名册.xlsx", [ROSTER, *rows])
    capsys.readouterr()
    assert run([*office, "members", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "入会时间" in err
    assert "--default 入会时间=" in err
    assert counts(office) == (0, 0)

    assert run([*office, "members", "import", str(path), "--default", "身份证号=1"]) == 2
    assert "不能统一指定" in capsys.readouterr().err
    assert run([*office, "members", "import", str(path), "--default", "入会日期=2024-01-01"]) == 0
    assert "导入完成" in capsys.readouterr().out
    db = open_database(f"sqlite:///{office[1]}")
    with db.read() as session:
        dates = set(session.execute(select(Member.join_date)).scalars())
    db.dispose()
    from datetime import date

    assert dates == {date(2024, 1, 1)}
