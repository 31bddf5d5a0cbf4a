"""The upward reports on a provincial database: the same layouts (exchange/report_specs.py), rows from the
consolidated districts (services/province/statistics.py), filtered by district, written and audited as a district's."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.domain.common.errors import ValidationError
from unionoffice.exchange import report_specs
from unionoffice.exchange.report_specs import REPORT_NAMES, ReportKind
from unionoffice.exchange.xlsx_report import Progress, ReportSpec, write_report
from unionoffice.services.core.context import Actor
from unionoffice.services.members.exports import ExportResult, check_full_id, office_heading, record_export
from unionoffice.services.province import statistics as st


def export_provincial_report(db: Database, actor: Actor, kind: ReportKind, year: int, path: str | Path,
                             districts: Sequence[str] | None, *, full_id: bool, reason: str,
                             progress: Progress | None = None, today: date | None = None) -> ExportResult:
    if kind not in st.SUPPORTED:
        raise ValidationError(f"省级汇总数据库不能生成“{REPORT_NAMES[kind]}”", field="报表")
    check_full_id(actor, full_id, reason)
    path = Path(path)
    scope = "、".join(districts) if districts else "全部区县"
    with db.read() as session:
        heading = office_heading(session, actor, today)
        title = f"{year}年{REPORT_NAMES[kind]}（{scope}）"
        spec, rows, expected, totals = _content(session, actor, kind, year, districts, full_id, title)
        written = write_report(path, spec, heading, rows, progress=progress, expected_rows=expected,
                               totals_row=totals)
    record_export(db, actor, f"导出{title}（{written.rows} 行）到 {path.name}", written, f"{year} 年，{scope}",
                  full_id, reason, entity="province_member")
    return ExportResult(written.file.path, written.rows, written.file.sha256, full_id)


def _content(session: Session, actor: Actor, kind: ReportKind, year: int, districts: Sequence[str] | None,
             full_id: bool, title: str) -> tuple[ReportSpec, Iterable[Sequence[object]], int, list[object] | None]:
    if kind == ReportKind.ROSTER:
        return (report_specs.roster_spec(title, all_fields=False), st.roster_rows(session, actor, year, districts,
                full_id), st.roster_count(session, year, districts), None)
    if kind in (ReportKind.ORG_STATS, ReportKind.ORG_STATS_BY_NATURE):
        lines = st.org_stats_rows(session, year, districts)
        if kind == ReportKind.ORG_STATS:
            numbered = [[i, *r] for i, r in enumerate(lines, 1)]
            return report_specs.org_stats_by_union_spec(title), numbered, len(numbered), None
        natures: dict[str, list[int]] = {}
        for line in lines:
            counts = natures.setdefault(str(line[1]), [0] * 8)
            natures[str(line[1])] = [a + int(b) for a, b in zip(counts, line[2:], strict=True)]  # type: ignore[call-overload]
        table: list[list[object]] = [[n, *c] for n, c in natures.items()]
        return report_specs.org_stats_by_nature_spec(title), table, len(table), None
    if kind == ReportKind.TRAINING:
        rows, totals = st.training_rows(session, year, districts)
        return report_specs.training_spec(title), rows, len(rows), totals
    if kind == ReportKind.AID_ROSTER:
        return replace(report_specs.AID_ROSTER, title=title), st.aid_roster_rows(session, year, districts), 0, None
    if kind == ReportKind.GOLDEN_AUTUMN:
        return (replace(report_specs.GOLDEN_AUTUMN_ROSTER, title=title),
                st.golden_autumn_rows(session, actor, year, districts), 0, None)
    if kind == ReportKind.GOLDEN_AUTUMN_SUMMARY:
        summary = st.golden_autumn_summary(session, year, districts)
        return replace(report_specs.GOLDEN_AUTUMN_SUMMARY, title=title), summary, len(summary), None
    recuperation = st.recuperation_rows(session, year, districts)
    return replace(report_specs.RECUPERATION, title=title), recuperation, len(recuperation), None
