"""Any list a page shows, printed (PDF) or exported (xlsx/csv): the same rows, masked as shown, always audited.

A feature's service describes its list as a `ListDocument` (services/core/lists.py: built after its own permission
check, rows already masked for the actor), and this module writes it. Pages offer 打印 and 导出 through
ui/widgets/list_output.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.documents import table as pdf_table
from unionoffice.documents.render import render_roster
from unionoffice.documents.roster import RosterData
from unionoffice.documents.templates import DocumentKind, Paper, default_template
from unionoffice.domain.common.chinese_dates import DateStyle, format_date
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.exchange.safe_write import atomic_output
from unionoffice.exchange.xlsx_report import DATE, INT, MONEY, Column, ReportSpec
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.core.tasks import CancelToken, Progress, report
from unionoffice.services.members.exports import ExportResult, office_heading, record_export, write_table

# A printed list beyond this many rows is hundreds of pages: export it instead (a clerk prints a class, not a
# district).
MAX_PRINTED_ROWS = 20_000
FORMATS = (".xlsx", ".csv", ".pdf")


def export_list(db: Database, actor: Actor, doc: ListDocument, path: Path, *, encoding: str = "utf-8-sig",
                progress: Progress | None = None, cancel: CancelToken | None = None,
                today: date | None = None) -> ExportResult:
    """xlsx, csv or a printable PDF by the file's suffix; the file is complete or absent; audited either way."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(f"文件名应以 .xlsx、.csv 或 .pdf 结尾：{path.name}", field="导出文件")
    if suffix == ".pdf":
        return print_list(db, actor, doc, path, progress=progress, cancel=cancel, today=today)
    actor.require(Permission.EXPORT_DATA)
    with db.read() as session:
        heading = office_heading(session, actor, today)
        spec = ReportSpec(doc.title, doc.columns, units=doc.units, totals=doc.totals, sheet_name=doc.title[:31])
        expected = doc.count(session)
        written = write_table(path, spec, heading, doc.rows(session), encoding=encoding, progress=progress,
                              cancel=cancel, expected=expected)
        filter_text = doc.filter_text(session)
    record_export(db, actor, f"导出“{doc.title}”{written.rows} 行到 {path.name}", written, filter_text,
                  False, "", entity=doc.entity)
    return ExportResult(written.file.path, written.rows, written.file.sha256, False)


def print_list(db: Database, actor: Actor, doc: ListDocument, path: Path, *, progress: Progress | None = None,
               cancel: CancelToken | None = None, today: date | None = None) -> ExportResult:
    """The list as a PDF roster (title, office, date, table over pages, totals, 第 N 页 共 M 页), for printing."""
    actor.require(Permission.PRINT_DOCUMENTS)
    with db.read() as session:
        total = doc.count(session)
        if total > MAX_PRINTED_ROWS:
            raise ValidationError(f"“{doc.title}”共 {total:,} 行，超过打印上限 {MAX_PRINTED_ROWS:,} 行；"
                                  "请先筛选，或导出为 Excel 表格", field="打印")
        heading = office_heading(session, actor, today)
        rows = _mapped_rows(doc, session, total, progress, cancel)
        filter_text = doc.filter_text(session)
    data = RosterData(pdf_table.TableData(_pdf_columns(doc.columns), rows),
                      {"名单名称": doc.title, "填报单位": heading.unit,
                       "填报日期": format_date(heading.on, DateStyle.ARABIC)})
    template = replace(default_template(DocumentKind.ROSTER), page_number_style="of_total",
                       paper=Paper.A4_LANDSCAPE if len(doc.columns) > 8 else Paper.A4_PORTRAIT)
    with atomic_output(path) as target:
        render_roster(template, data, target.temp)
    assert target.result is not None  # set when the block completes
    with db.write() as session:
        audit.record(session, actor, "print", f"打印“{doc.title}”{len(rows)} 行（{path.name}）", entity=doc.entity,
                     changes={"file": (None, path.name), "sha256": (None, target.result.sha256),
                              "rows": (None, len(rows)), "filter": (None, filter_text)})
    return ExportResult(target.result.path, len(rows), target.result.sha256, False)


def _mapped_rows(doc: ListDocument, session: Session, total: int, progress: Progress | None,
                 cancel: CancelToken | None) -> list[dict[str, object]]:
    keys = [f"c{i}" for i in range(len(doc.columns))]
    rows: list[dict[str, object]] = []
    source = doc.rows(session)
    while chunk := list(islice(source, 500)):
        rows.extend(dict(zip(keys, row, strict=False)) for row in chunk)
        report(progress, len(rows), total, cancel)
    return rows


def _pdf_columns(columns: Sequence[Column]) -> list[pdf_table.Column]:
    kinds = {INT: "int", MONEY: "money", DATE: "date"}
    return [pdf_table.Column(f"c{i}", c.header, weight=c.width, kind=kinds.get(c.kind, "text"),
                             align="right" if c.kind in (INT, MONEY) else "left", total=c.total)
            for i, c in enumerate(columns)]
