"""`unionoffice --self-test`: prove an installed or bundled program works end to end, without Qt or a network."""

from __future__ import annotations

import io
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from unionoffice import __version__
from unionoffice.db.engine import Database
from unionoffice.domain.common.formatting import file_size
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core.context import Actor

# A name with a character outside the BMP (U+201D4): the classic failure of fonts, PDF text and xlsx cells.
RARE_NAME = "王𠇔"
MEMBER_NAMES = ("张伟", RARE_NAME, "欧阳娜娜")


def _clerk() -> Actor:
    """Registering members is a clerk's permission (administrators may not), so the steps act as one."""
    return Actor(username="selftest", role=Role.CLERK, display_name="自检")


@dataclass
class SelfTestState:
    """What the steps hand to each other; `folder` is a private temporary directory."""

    folder: Path
    db: Database | None = None
    union_id: int = 0
    member_ids: list[int] = field(default_factory=list)
    id_numbers: list[str] = field(default_factory=list)

    @property
    def database(self) -> Database:
        assert self.db is not None, "the database step did not run"
        return self.db


class SelfTestError(Exception):
    """A step ran but its result was wrong (the message says what was expected)."""


def _id_number(seq: int) -> str:
    from unionoffice.domain.common.idnumber import check_char

    body = f"220102198503{14 + seq:02d}{seq:03d}"
    return body + check_char(body)


def step_database(state: SelfTestState) -> str:
    from unionoffice.db.migrate import SCHEMA_HEADS, current_revisions
    from unionoffice.services.core.startup import open_database

    state.db = open_database(f"sqlite:///{state.folder / 'selftest.db'}", create=True)
    revisions = current_revisions(state.db)
    if revisions != set(SCHEMA_HEADS):
        raise SelfTestError(f"迁移后版本为 {sorted(revisions)}，应为 {sorted(SCHEMA_HEADS)}")
    return f"迁移到版本 {'、'.join(sorted(revisions))}"


def step_members(state: SelfTestState) -> str:
    from unionoffice.domain.members.rules import MemberDraft
    from unionoffice.services.core.context import SYSTEM
    from unionoffice.services.members.organisations import UnionDraft, create_district, create_union
    from unionoffice.services.members.records import create_member

    db = state.database
    create_district(db, SYSTEM, "自检区总工会", "220102")
    state.union_id = create_union(db, _clerk(), UnionDraft(name="自检机械厂工会", employer="自检机械厂"))
    for seq, name in enumerate(MEMBER_NAMES, start=1):
        number = _id_number(seq)
        draft = MemberDraft(name=name, id_number=number, union_id=state.union_id, join_date=date(2015, 5, 1),
                            phone="13800138000")
        state.member_ids.append(create_member(db, _clerk(), draft))
        state.id_numbers.append(number)
    return f"登记 {len(state.member_ids)} 名会员"


def step_search(state: SelfTestState) -> str:
    from unionoffice.services.members.search import search_member_ids

    # Pinyin initials exercise pypinyin's data files, which a frozen build easily leaves behind.
    for query, expected in (("zw", state.member_ids[0]), (RARE_NAME, state.member_ids[1]),
                            (state.id_numbers[2], state.member_ids[2])):
        found = search_member_ids(state.database, _clerk(), query)
        if expected not in found:
            raise SelfTestError(f"查找“{query}”没有找到会员 {expected}（结果 {found}）")
    return "拼音首字母、生僻字姓名、身份证号均能找到"


def step_certificate(state: SelfTestState) -> str:
    from unionoffice.documents.pdf import PersonDocument
    from unionoffice.documents.render import render_people
    from unionoffice.documents.templates import DocumentKind, default_template
    from unionoffice.documents.text import fields_in

    template = default_template(DocumentKind.HONOUR)
    values = {name: "2024" if name == "年度" else "自检" for name in fields_in(template.body)}
    document = PersonDocument(number="2024-ZJ-00001", name=RARE_NAME, issue_date=date(2024, 5, 1),
                              code="ABCDEFGHJK", fields=values)
    target = state.folder / "certificate.pdf"
    pages = render_people(template, [document], target)
    text = pdf_text(target)
    if f"{RARE_NAME}同志" not in text:
        raise SelfTestError(f"证书 PDF 中读不出姓名“{RARE_NAME}”（读出：{text[:60]!r}）")
    return f"{pages} 页，{file_size(target.stat().st_size)}，姓名“{RARE_NAME}”可读出"


def pdf_text(path: Path) -> str:
    """All text of a PDF through pdfium (a runtime dependency, so it is in the bundle too)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        return "".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    finally:
        document.close()


def step_spreadsheet(state: SelfTestState) -> str:
    import xlsxwriter

    from unionoffice.exchange.cells import plain_text
    from unionoffice.exchange.readers import read_table

    # Written with xlsxwriter, read back through the import reader (zip and XML checks, calamine): native and data
    # pieces a frozen build can miss. Writing goes through xlsxwriter directly until services.exports.export_members
    # works again (dict() over a SQLAlchemy result raises TypeError there).
    target = state.folder / "members.xlsx"
    rows = [["姓名", "身份证号"], *[[name, number] for name, number in zip(MEMBER_NAMES, state.id_numbers,
                                                                           strict=True)]]
    workbook = xlsxwriter.Workbook(str(target), {"constant_memory": True, "strings_to_formulas": False})
    sheet = workbook.add_worksheet("会员")
    for index, row in enumerate(rows):
        sheet.write_string(index, 0, row[0])
        sheet.write_string(index, 1, row[1])  # as text: an 18-digit number would lose its last digits
    workbook.close()
    read_back = [[plain_text(cell) for cell in row] for row in read_table(target).rows]
    if read_back != rows:
        raise SelfTestError(f"Excel 读回的内容与写入的不同：{read_back!r}")
    return f"{len(rows) - 1} 行写出并读回一致"


def step_backup(state: SelfTestState) -> str:
    from unionoffice.services.core.backups import create_backup, verify_backup

    copy = create_backup(state.database, _clerk(), state.folder / "backups")
    problems = verify_backup(copy)
    if problems:
        raise SelfTestError(f"备份检查未通过：{problems[0]}")
    return f"{copy.name}，{file_size(copy.stat().st_size)}，完整性检查通过"


STEPS: tuple[tuple[str, Callable[[SelfTestState], str]], ...] = (
    ("建立临时数据库并迁移", step_database),
    ("登记会员", step_members),
    ("查找会员", step_search),
    ("生成生僻字姓名的证书", step_certificate),
    ("写出并读回 Excel", step_spreadsheet),
    ("备份并校验", step_backup),
)


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step in a temporary folder, printing each; 0 when all pass, 1 at the first failure."""
    out = out or sys.stdout
    if isinstance(out, io.TextIOWrapper):
        # Piped on a Chinese Windows the stream is GBK, which has no 𠇔: print an escape rather than fail the step.
        out.reconfigure(errors="backslashreplace")
    total = len(STEPS)
    frozen = "（打包版）" if getattr(sys, "frozen", False) else ""
    print(f"UnionOffice {__version__} 自检{frozen}", file=out, flush=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="unionoffice-selftest-") as folder:
        state = SelfTestState(Path(folder))
        try:
            for number, (title, step) in enumerate(STEPS, start=1):
                print(f"[{number}/{total}] {title} …", end=" ", file=out, flush=True)
                step_started = time.perf_counter()
                try:
                    detail = step(state)
                except Exception as exc:  # noqa: BLE001 - any error is the answer the self-test exists to give
                    print("失败", file=out, flush=True)
                    _report_failure(exc, out)
                    return 1
                print(f"通过（{detail}；{time.perf_counter() - step_started:.2f} 秒）", file=out, flush=True)
        finally:
            if state.db is not None:
                state.db.dispose()  # Windows cannot delete the folder while the file is open
    print(f"自检通过：{total} 项，用时 {time.perf_counter() - started:.2f} 秒", file=out, flush=True)
    return 0


def _report_failure(exc: Exception, out: TextIO) -> None:
    if isinstance(exc, SelfTestError):
        print(f"    {exc}", file=out, flush=True)
        return
    print(f"    {type(exc).__name__}: {exc}", file=out)
    print("".join(traceback.format_exception(exc)).rstrip(), file=out, flush=True)
