"""The referees' score sheet (参赛编号, 理论, 实操, optionally 用时) imported into one stage.

Rows are checked one by one, like the member import (docs/reliability.md C4): an unknown entry number, a score
outside 0–100, a duplicate row or a score already entered (without `replace`) rejects that row, and by default
nothing is written while any row is rejected.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from unionoffice.db.bulk import bulk_update
from unionoffice.db.engine import Database
from unionoffice.db.models.competitions import StageResult
from unionoffice.domain.common.errors import ConflictError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.ranking import EntryState
from unionoffice.domain.competitions.scores import format_score, format_time, parse_score, parse_time
from unionoffice.domain.competitions.standings import StageState
from unionoffice.exchange.error_report import RejectedRow, write_error_workbook
from unionoffice.exchange.fields import FieldSpec
from unionoffice.exchange.readers import Cell
from unionoffice.exchange.safe_write import WrittenFile
from unionoffice.exchange.tabular import OpenedTable, open_rows
from unionoffice.services.competitions.scoring import ScoreSheet, load_sheet_in
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor

SCORE_SHEET_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("entry_no", "参赛编号", ("编号", "选手编号", "参赛号", "参赛证号", "考号", "准考证号", "抽签号"),
              required=True),
    FieldSpec("name", "姓名", ("选手姓名", "参赛选手", "名字")),
    FieldSpec("theory", "理论", ("理论成绩", "理论得分", "理论考试成绩", "理论知识"), required=True),
    FieldSpec("practical", "实操", ("实操成绩", "实操得分", "技能操作", "技能操作成绩", "操作成绩", "实际操作"),
              required=True),
    FieldSpec("time", "用时", ("用时（秒）", "完成时间", "操作用时", "比赛用时", "时间")),
)
_EXCEL_EPOCH_DAYS = {datetime(1899, 12, 30).date(), datetime(1899, 12, 31).date(), datetime(1900, 1, 1).date()}


class ScoreRowStatus(StrEnum):
    NEW = "新录入"
    REPLACE = "覆盖"
    UNCHANGED = "无变化"
    REJECTED = "拒绝"


@dataclass
class ScoreRow:
    row_number: int
    raw: list[Cell]
    entry_no: str
    theory: int | None = None
    practical: int | None = None
    time_ms: int | None = None
    sheet_row: int | None = None  # index into the stage's ScoreSheet
    errors: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    status: ScoreRowStatus = ScoreRowStatus.REJECTED


@dataclass
class ScorePlan:
    stage_id: int
    label: str  # 赛项 and stage, for messages
    opened: OpenedTable
    rows: list[ScoreRow]
    replace: bool

    @property
    def rejected(self) -> list[ScoreRow]:
        return [r for r in self.rows if r.status is ScoreRowStatus.REJECTED]

    def count(self, status: ScoreRowStatus) -> int:
        return sum(1 for r in self.rows if r.status is status)


@dataclass(frozen=True)
class ScoreImportResult:
    written: int
    replaced: int
    unchanged: int
    rejected: int

    @property
    def summary(self) -> str:
        return f"新录入 {self.written}，覆盖 {self.replaced}，无变化 {self.unchanged}，拒绝 {self.rejected}"


def _time_cell(value: Cell) -> str | int | float | None:
    """Excel shows 12:34 from a time, a duration or a datetime on its day zero: read each as the clock it shows."""
    if isinstance(value, timedelta):
        return str(int(value.total_seconds() * 1000) / 1000)
    if isinstance(value, datetime) and value.date() in _EXCEL_EPOCH_DAYS:
        value = value.time()
    if isinstance(value, time):
        return str(value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1_000_000)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | str):
        return value
    return str(value)


def _parse_row(opened: OpenedTable, row_number: int, raw: list[Cell], values: dict[str, object],
               errors: list[tuple[str, str]]) -> ScoreRow:
    row = ScoreRow(row_number, raw, str(values.get("entry_no") or ""), errors=list(errors))
    for key, label in (("theory", "理论"), ("practical", "实操")):
        try:
            setattr(row, key, parse_score(str(values.get(key) or ""), label))
        except ValidationError as exc:
            row.errors.append((label, exc.reason))
    time_column = next((c for c, k in opened.mapping.items() if k == "time"), None)
    if time_column is not None and time_column < len(raw):
        try:
            row.time_ms = parse_time(_time_cell(raw[time_column]))
        except ValidationError as exc:
            row.errors.append(("用时", exc.reason))
    return row


def _match(row: ScoreRow, sheet: ScoreSheet, by_no: dict[str, int], by_number: dict[int, int], replace: bool) -> None:
    index = by_no.get(row.entry_no)
    if index is None and row.entry_no.isdigit() and int(row.entry_no) in by_number:
        index = by_number[int(row.entry_no)]
        row.notes.append(f"参赛编号“{row.entry_no}”按数字对应到 {sheet.entry_nos[index]}（表格丢了开头的 0）")
    if index is None:
        row.errors.append(("参赛编号", f"“{row.entry_no}”不是{sheet.event_name}{sheet.stage_name}的选手"))
        return
    row.sheet_row = index
    if row.errors:
        return
    if sheet.states[index] is not EntryState.COMPETING:
        who = f"{sheet.entry_nos[index]}（{sheet.names[index]}）"
        row.errors.append(("参赛编号", f"{who}已{sheet.states[index].value}"))
        return
    if row.time_ms is not None and not sheet.rules.uses_time:
        row.notes.append("该赛项不计用时，“用时”列未导入")
        row.time_ms = None
    new = (row.theory, row.practical, row.time_ms if sheet.rules.uses_time else sheet.time_ms[index])
    old = (sheet.theory[index], sheet.practical[index], sheet.time_ms[index])
    if new == old:
        row.status = ScoreRowStatus.UNCHANGED
    elif old[0] is None and old[1] is None and old[2] is None:
        row.status = ScoreRowStatus.NEW
    elif replace:
        row.status = ScoreRowStatus.REPLACE
    else:
        entered = f"理论 {format_score(old[0]) or '空'}，实操 {format_score(old[1]) or '空'}"
        entered += f"，用时 {format_time(old[2])}" if old[2] is not None else ""
        row.errors.append(("成绩", f"已录入成绩（{entered}），须选择“覆盖已录入的成绩”（--replace）才能替换"))


def _mark_duplicates(rows: list[ScoreRow]) -> None:
    """The same entrant twice in one sheet: which score is right cannot be known, so every such row is refused."""
    seen = Counter(r.sheet_row for r in rows if r.sheet_row is not None)
    for row in rows:
        if row.sheet_row is not None and seen[row.sheet_row] > 1:
            others = [str(o.row_number) for o in rows if o.sheet_row == row.sheet_row and o is not row]
            row.errors.append(("参赛编号", f"“{row.entry_no}”在第 {'、'.join(others)} 行也出现，重复"))


def plan_score_import(db: Database, actor: Actor, stage_id: int, path: Path, *, replace: bool = False,
                      encoding: str | None = None, sheet: str | None = None) -> ScorePlan:
    """Read and check every row against the stage as it is now; nothing is written."""
    actor.require(Permission.IMPORT_DATA)
    actor.require(Permission.MANAGE_COMPETITIONS)
    opened = open_rows(path, SCORE_SHEET_FIELDS, encoding=encoding, sheet=sheet)
    with db.read() as session:
        stage_sheet = load_sheet_in(session, stage_id)
    if stage_sheet.state is StageState.FINAL:
        raise ValidationError(f"“{stage_sheet.event_name}”{stage_sheet.stage_name}成绩已确定，不能导入",
                              field="比赛阶段")
    by_no = {no: i for i, no in enumerate(stage_sheet.entry_nos)}
    by_number = {int(no): i for no, i in by_no.items() if no.isdigit()}
    rows = [_parse_row(opened, r.row_number, list(r.raw), r.values, r.errors) for r in opened.rows()]
    for row in rows:
        _match(row, stage_sheet, by_no, by_number, replace)
    _mark_duplicates(rows)
    for row in rows:
        if row.errors:
            row.status = ScoreRowStatus.REJECTED
    return ScorePlan(stage_id, f"{stage_sheet.event_name}{stage_sheet.stage_name}", opened, rows, replace)


def commit_score_import(db: Database, actor: Actor, plan: ScorePlan, *, valid_only: bool = False) -> ScoreImportResult:
    """Write the accepted rows in one transaction, after checking that nobody changed the stage meanwhile."""
    actor.require(Permission.IMPORT_DATA)
    actor.require(Permission.MANAGE_COMPETITIONS)
    rejected = plan.rejected
    if rejected and not valid_only:
        raise ValidationError(f"{len(rejected)} 行有错误，按“全部或全不”未导入任何成绩", field="成绩表")
    with db.write() as session:
        sheet = load_sheet_in(session, plan.stage_id)
        if sheet.state is StageState.FINAL:
            raise ValidationError(f"“{sheet.event_name}”{sheet.stage_name}成绩已确定，不能导入", field="比赛阶段")
        changes = [r for r in plan.rows if r.status in (ScoreRowStatus.NEW, ScoreRowStatus.REPLACE)]
        for row in changes:
            assert row.sheet_row is not None
            was_empty = (sheet.theory[row.sheet_row], sheet.practical[row.sheet_row]) == (None, None)
            if row.status is ScoreRowStatus.NEW and not was_empty:
                raise ConflictError("导入期间有人录入了成绩，请重新导入")
        values = [{"id": sheet.result_ids[r.sheet_row], "theory": r.theory, "practical": r.practical,
                   "time_ms": r.time_ms if sheet.rules.uses_time else sheet.time_ms[r.sheet_row]}
                  for r in changes if r.sheet_row is not None]
        if values:
            _update_results(session, values)
        for row in changes:
            if row.status is ScoreRowStatus.REPLACE and row.sheet_row is not None:
                i = row.sheet_row
                audit.record(session, actor, "update", f"导入覆盖“{plan.label}”{sheet.entry_nos[i]}（{sheet.names[i]}）"
                             "的成绩", entity="competition_result", entity_id=sheet.result_ids[i], changes={
                                 "theory": (format_score(sheet.theory[i]), format_score(row.theory)),
                                 "practical": (format_score(sheet.practical[i]), format_score(row.practical))})
        result = ScoreImportResult(plan.count(ScoreRowStatus.NEW), plan.count(ScoreRowStatus.REPLACE),
                                   plan.count(ScoreRowStatus.UNCHANGED), len(rejected))
        audit.record(session, actor, "create", f"导入“{plan.label}”成绩表 {plan.opened.table.path.name}："
                     f"{result.summary}", entity="competition_stage", entity_id=plan.stage_id,
                     changes={"file_sha256": (None, plan.opened.table.sha256)})
        return result


def write_score_errors(plan: ScorePlan, path: Path) -> WrittenFile:
    """The rejected rows as they were, with the reasons: corrected, the workbook imports again."""
    table = plan.opened.table
    return write_error_workbook(path, table.rows[plan.opened.header_row],
                                (RejectedRow(r.row_number, r.raw, r.errors) for r in plan.rejected),
                                source_name=table.path.name)


def _update_results(session: Session, rows: list[dict[str, Any]]) -> None:
    """Results by id, each raising its version (competition_result is versioned: docs/server-mode.md)."""
    bulk_update(session, StageResult.__table__, "id", rows, increment="version")  # type: ignore[arg-type]
