"""审批表, 公示名单 and 发放花名册 (docs/domain.md (d)), the Golden Autumn import, the upward aid reports."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.helpers.aid import ADMIN, CLERK, REVIEWER, VIEWER, YEAR, AidWorld, bring_to, child_id, golden_draft
from tests.helpers.pdfcheck import char_boxes, pdffonts, pdftotext
from tests.helpers.sheets import write_xlsx
from unionoffice.domain.aid.kinds import ApplicationState as S
from unionoffice.domain.common.errors import PermissionDeniedError, ValidationError
from unionoffice.exchange.report_specs import ReportKind
from unionoffice.services.aid import applications as ap
from unionoffice.services.aid import documents as dc
from unionoffice.services.aid.importing import import_applicants
from unionoffice.services.aid.listing import ApplicationFilter, count_applications
from unionoffice.services.aid.statistics import programme_summary
from unionoffice.services.members.records import member_detail
from unionoffice.services.reporting.reports import export_report

FULL_ID = re.compile(r"\d{17}[\dX]")


def _apps(world: AidWorld, state: S, count: int = 3, first: int = 100) -> list[int]:
    ids = [ap.create_application(world.db, CLERK, golden_draft(world, i % 4, first + i), today=date(2024, 8, 1))
           for i in range(count)]
    bring_to(world.db, ids, state)
    return ids


def test_the_publicity_list_masks_names_and_shows_no_id(world: AidWorld, tmp_path: Path) -> None:
    _apps(world, S.PUBLICISED)
    info = dc.publicity_notice(world.db, CLERK, world.golden, tmp_path / "notice.pdf")
    assert (info.start, info.end, info.people) == (date(2024, 9, 30), date(2024, 10, 11), 3)
    text = pdftotext(tmp_path / "notice.pdf")
    assert "王*国" in text
    assert "李*梅" in text
    assert "王建国" not in text
    assert not FULL_ID.search(text)
    assert "********" not in text
    assert "2024年9月30日至2024年10月11日" in text
    assert "0431-88886666" in text
    assert all(f.embedded for f in pdffonts(tmp_path / "notice.pdf"))


def test_a_long_objection_line_wraps_inside_the_page(world: AidWorld, tmp_path: Path) -> None:
    """Seen in the trial: the 公示 line with a long contact ran off the right edge of the A4 page."""
    from sqlalchemy import update

    from unionoffice.db.models.aid import AidProgramme

    with world.db.write() as session:
        session.execute(update(AidProgramme).where(AidProgramme.id == world.golden)
                        .values(objection_contact="区总工会帮扶中心（地址：人民大街1234号职工服务大厅二楼，电话0431-88886666）"))
    _apps(world, S.PUBLICISED)
    dc.publicity_notice(world.db, CLERK, world.golden, tmp_path / "notice.pdf")
    assert "职工服务大厅" in pdftotext(tmp_path / "notice.pdf").replace("\n", "")
    boxes = char_boxes(tmp_path / "notice.pdf", 0)
    assert boxes
    assert max(box.right for box in boxes) <= 210 - 10  # A4 portrait, inside the right margin


def test_the_payment_roster_totals_in_figures_and_capitals(world: AidWorld, tmp_path: Path) -> None:
    _apps(world, S.PAID)
    xlsx = dc.payment_roster(world.db, CLERK, world.golden, tmp_path / "roster.xlsx")
    assert xlsx.rows == 3
    cells = [[c for c in row] for row in openpyxl.load_workbook(xlsx.path).active.iter_rows(values_only=True)]
    text = "\n".join(str(c) for row in cells for c in row if c is not None)
    assert "合计金额（大写）：人民币壹万贰仟元整" in text
    totals = next(row for row in cells if row[0] == "合计")
    assert totals[6] == 12000
    assert not FULL_ID.search(text)
    assert "领款人签名" in text
    pdf = dc.payment_roster(world.db, CLERK, world.golden, tmp_path / "roster.pdf")
    pdf_text = pdftotext(pdf.path)
    assert "人民币壹万贰仟元整" in pdf_text
    assert "12,000.00" in pdf_text
    assert not FULL_ID.search(pdf_text)
    with pytest.raises(PermissionDeniedError):
        dc.payment_roster(world.db, VIEWER, world.golden, tmp_path / "v.xlsx")


def test_the_approval_form_shows_every_step(world: AidWorld, tmp_path: Path) -> None:
    app = _apps(world, S.PUBLICISED, 1)[0]
    from unionoffice.domain.aid.workflow import Step
    from unionoffice.services.aid import workflow as wf

    wf.advance(world.db, CLERK, app, Step.OBJECT, comment="群众反映收入不实")
    dc.approval_form(world.db, ADMIN, app, tmp_path / "form.pdf")
    text = pdftotext(tmp_path / "form.pdf")
    for word in ("申请审批表", "提交", "区总审核通过", "公示异议", "群众反映收入不实", "审核人（审核人）"):
        assert word in text
    assert child_id(100) not in text
    assert "******************" in text


def test_the_golden_autumn_import_applies_every_rule_per_row(world: AidWorld, tmp_path: Path) -> None:
    existing = _apps(world, S.APPROVED, 1, first=150)[0]
    assert existing
    with world.db.read() as session:
        from unionoffice.db.models import Member

        parents = {m.id: (m.name, m.id_number) for m in session.query(Member)}
    p = [parents[i] for i in world.parents]
    header = ["序号", "职工姓名", "身份证号码", "学生姓名", "学生身份证号", "录取学校", "层次", "档次", "金额（元）"]
    rows = [header,
            [1, p[0][0], p[0][1], "王小一", child_id(201), "吉林大学", "本科", "非建档", 4000],
            [2, p[1][0], p[1][1], "李小二", child_id(202), "长春市第二中学", "高中", "建档", 3000],
            [3, "不是会员", "11010519491231002X", "张三", child_id(203), "吉林大学", "本科", "非建档", 4000],
            [4, p[2][0], p[2][1], "赵小四", "220102200609014320", "吉林大学", "本科", "非建档", 4000],
            [5, p[0][0], p[0][1], "王小五", child_id(150), "吉林大学", "本科", "非建档", 4000],
            [6, p[3][0], p[3][1], "孙小六", child_id(206), "吉林大学", "本科", "非建档", 9000]]
    path = write_xlsx(tmp_path / "apply.xlsx", rows, title_rows=["2024年金秋助学申请名单"])
    strict = import_applicants(world.db, CLERK, world.golden, path, today=date(2024, 8, 10))
    assert strict.created == 0
    reasons = {r.row_number: "；".join(why for _f, why in r.errors) for r in strict.rejected}
    assert set(reasons) == {5, 6, 7, 8}
    assert "不是本区登记的工会会员" in reasons[5]
    assert "子女身份证号" in str(strict.rejected[1].errors)
    assert "该子女在本项目已有申请" in reasons[7]
    assert "资助标准 4,000.00 元不符" in reasons[8]
    assert count_applications(world.db, VIEWER, ApplicationFilter(world.golden)) == 1
    loose = import_applicants(world.db, CLERK, world.golden, path, valid_only=True, today=date(2024, 8, 10))
    assert (loose.created, loose.amount_fen) == (2, 700_000)  # 本科·非建档 ¥4,000 + 高中·建档 ¥3,000 (Tianmen)
    assert count_applications(world.db, VIEWER, ApplicationFilter(world.golden, S.SUBMITTED)) == 2


def test_the_import_refuses_rows_over_the_budget(world: AidWorld, tmp_path: Path) -> None:
    from dataclasses import replace

    from unionoffice.services.aid import programmes as pg

    pg.update_programme(world.db, ADMIN, world.golden, replace(pg.get_programme(world.db, ADMIN, world.golden).draft,
                                                               budget_fen=500_000))
    detail = member_detail(world.db, CLERK, world.parents[0]).draft
    rows = [["姓名", "身份证号", "子女姓名", "子女身份证号", "就读学校", "学历层次", "资助档次"],
            [detail.name, detail.id_number, "王甲", child_id(301), "吉林大学", "本科", "非建档"],
            [detail.name, detail.id_number, "王乙", child_id(302), "吉林大学", "本科", "非建档"]]
    result = import_applicants(world.db, CLERK, world.golden, write_xlsx(tmp_path / "b.xlsx", rows), valid_only=True)
    assert result.created == 1
    assert "超出项目预算" in result.rejected[0].errors[0][1]
    with pytest.raises(ValidationError, match="不是金秋助学项目"):
        import_applicants(world.db, CLERK, world.hardship, tmp_path / "b.xlsx")


def test_the_upward_aid_reports_and_the_summary(world: AidWorld, tmp_path: Path) -> None:
    _apps(world, S.PAID, 3)
    roster = export_report(world.db, REVIEWER, ReportKind.AID_ROSTER, YEAR, tmp_path / "aid.xlsx")
    golden = export_report(world.db, REVIEWER, ReportKind.GOLDEN_AUTUMN, YEAR, tmp_path / "g.xlsx")
    summary = export_report(world.db, REVIEWER, ReportKind.GOLDEN_AUTUMN_SUMMARY, YEAR, tmp_path / "s.xlsx")
    assert (roster.rows, golden.rows, summary.rows) == (3, 3, 2)
    sheet = openpyxl.load_workbook(summary.path).active
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    assert list(values[4][:7]) == ["困难职工子女", 0, 3, 0, 0, 0, 3]
    assert "人民币壹万贰仟元整" in str(values)
    text = programme_summary(world.db, VIEWER, world.golden).sentence()
    assert "受助 3 人，其中困难职工子女 3 人、困难农民工子女 0 人" in text


def test_printing_a_list_tells_no_view_to_refresh(world: AidWorld, tmp_path: Path) -> None:
    """The second trial: saving a 公示名单 cleared the clerk's selection, because its audit entry on the programme
    made the applications list reload; a printed list changes no record."""
    from unionoffice.services.core import changes

    _apps(world, S.PUBLICISED)
    with changes.collecting() as seen:
        dc.publicity_notice(world.db, CLERK, world.golden, tmp_path / "notice.pdf")
        dc.payment_roster(world.db, CLERK, world.golden, tmp_path / "roster.pdf", paid=False)
    assert seen == set()
    with changes.collecting() as seen:  # a step that does change records still tells them
        bring_to(world.db, _apps(world, S.DRAFT, 1, first=200), S.SUBMITTED)
    assert "aid_application" in seen


def test_the_payment_roster_of_a_hardship_programme_names_the_aid_once(world: AidWorld, tmp_path: Path) -> None:
    pdf = dc.payment_roster(world.db, CLERK, world.hardship, tmp_path / "roster.pdf")
    text = pdftotext(pdf.path).replace("\n", "")
    assert "2024年困难职工帮扶资金发放花名册" in text
    assert "帮扶帮扶" not in text
