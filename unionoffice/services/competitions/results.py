"""A stage's results as ranked now: each entry's rank, total, prize or promotion, and the ties still to decide."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.competitions import TieDecisionRow
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.ranking import DecisionMode, EntryState
from unionoffice.domain.competitions.scores import SCORE_SCALE, format_score, format_time
from unionoffice.domain.competitions.standings import StageOutcome, line_name
from unionoffice.domain.competitions.weights import TOTAL_SCALE, format_total
from unionoffice.exchange.xlsx_report import DECIMAL, INT, Column
from unionoffice.services.competitions.scoring import ScoreSheet, load_sheet_in
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument


@dataclass(frozen=True, slots=True)
class ResultRow:
    result_id: int
    entry_id: int
    entry_no: str
    name: str
    unit: str
    theory: int | None
    practical: int | None
    time_ms: int | None
    total: int | None
    rank: int | None
    prize: str | None
    advances: bool | None
    top_grade: bool | None
    state: EntryState
    flags: tuple[str, ...]
    tie: tuple[int, ...]

    @property
    def outcome(self) -> str:
        """What the row means in words: 一等奖 / 晋级 / 待裁定 / 弃权 …"""
        if self.state is not EntryState.COMPETING:
            return self.state.value
        if self.rank is None:
            return "未录完"
        if self.flags:
            return "待裁定"
        if self.advances is not None:
            return "晋级" if self.advances else ""
        return self.prize or ""


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    mode: DecisionMode
    boundary: str
    entry_nos: tuple[str, ...]
    names: tuple[str, ...]
    reason: str
    decided_by: str
    decided_at: datetime
    stale: bool

    @property
    def text(self) -> str:
        who = "、".join(f"{n}（{e}）" for e, n in zip(self.entry_nos, self.names, strict=True))
        what = "按此顺序排名" if self.mode is DecisionMode.ORDER else f"并列，均计入{line_name(self.boundary)}"
        return f"{who}：{what}。理由：{self.reason}" + ("（成绩已变，此裁定不再适用）" if self.stale else "")


@dataclass
class StageResults:
    sheet: ScoreSheet
    outcome: StageOutcome
    rows: list[ResultRow]
    decisions: list[DecisionInfo]

    @property
    def unscored(self) -> int:
        return sum(1 for r in self.rows if r.state is EntryState.COMPETING and r.rank is None)


def result_rows(sheet: ScoreSheet, outcome: StageOutcome | None = None) -> list[ResultRow]:
    """The sheet's rows in ranked order (the GUI calls this again after every score it shows)."""
    outcome = outcome or sheet.outcome()
    row_of = {entry_id: i for i, entry_id in enumerate(sheet.entry_ids)}
    rows = []
    for s in outcome.standings:
        i = row_of[s.entry_id]
        r = s.ranked
        rows.append(ResultRow(sheet.result_ids[i], s.entry_id, sheet.entry_nos[i], sheet.names[i], sheet.units[i],
                              sheet.theory[i], sheet.practical[i], sheet.time_ms[i], r.total, r.rank, s.prize,
                              s.advances, s.top_grade, r.state, s.flags, r.tie))
    return rows


def decision_infos(session: Session, sheet: ScoreSheet, outcome: StageOutcome) -> list[DecisionInfo]:
    row_of = {entry_id: i for i, entry_id in enumerate(sheet.entry_ids)}
    stale = {(d.mode, d.boundary, d.entry_ids) for d in outcome.stale}
    infos = []
    for d in session.execute(select(TieDecisionRow).where(TieDecisionRow.stage_id == sheet.stage_id)
                             .order_by(TieDecisionRow.id)).scalars():
        ids = [int(i) for i in (d.order_ids or d.entry_ids).split(",") if i]
        known = [row_of[i] for i in ids if i in row_of]
        mode = DecisionMode(d.mode)
        infos.append(DecisionInfo(d.id, mode, d.boundary, tuple(sheet.entry_nos[i] for i in known),
                                  tuple(sheet.names[i] for i in known), d.reason, d.decided_by, d.decided_at,
                                  (mode, d.boundary, frozenset(ids)) in stale))
    return infos


def stage_results_in(session: Session, stage_id: int) -> StageResults:
    sheet = load_sheet_in(session, stage_id)
    outcome = sheet.outcome()
    return StageResults(sheet, outcome, result_rows(sheet, outcome), decision_infos(session, sheet, outcome))


def stage_results(db: Database, actor: Actor, stage_id: int) -> StageResults:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return stage_results_in(session, stage_id)


def outcome_cells(row: ResultRow) -> list[object]:
    """The row as the command line prints it."""
    return [row.rank or "", row.entry_no, row.name, row.unit, format_score(row.theory), format_score(row.practical),
            format_time(row.time_ms), format_total(row.total), row.outcome, "；".join(row.flags)]


def number(value: int | None, scale: int) -> int | float | None:
    """A score or total as a spreadsheet number: 87 rather than 87.0, 88.5 as it is."""
    if value is None:
        return None
    whole, part = divmod(value, scale)
    return whole if part == 0 else value / scale


def _list_cells(row: ResultRow, timed: bool) -> list[object]:
    cells: list[object] = [row.rank or "", row.entry_no, row.name, row.unit, number(row.theory, SCORE_SCALE),
                           number(row.practical, SCORE_SCALE)]
    if timed:
        cells.append(format_time(row.time_ms))
    return [*cells, number(row.total, TOTAL_SCALE), row.outcome, "；".join(row.flags)]


def _result_columns(timed: bool) -> tuple[Column, ...]:
    return (Column("名次", 6, INT), Column("参赛编号", 10), Column("姓名", 11), Column("工作单位", 26),
            Column("理论", 7, DECIMAL), Column("实操", 7, DECIMAL), *((Column("用时", 9),) if timed else ()),
            Column("总成绩", 8, DECIMAL), Column("结果", 9), Column("待裁定", 30))


def results_document(db: Database, actor: Actor, stage_id: int, *, label: str = "",
                     timed: bool = False) -> ListDocument:
    """The ranking as the results tab shows it (成绩排名表); `label` names the event and stage in the title."""
    actor.require(Permission.VIEW_RECORDS)

    def rows(session: Session) -> Iterator[list[object]]:
        for row in stage_results_in(session, stage_id).rows:
            yield _list_cells(row, timed)

    def count(session: Session) -> int:
        return len(load_sheet_in(session, stage_id))

    def filter_text(session: Session) -> str:
        sheet = load_sheet_in(session, stage_id)
        return f"{sheet.competition} {sheet.event_name} {sheet.stage_name}（{sheet.state.value}）"

    return ListDocument(f"{label}成绩排名表", _result_columns(timed), rows, count, filter_text, "competition_result",
                        units="单位：分")
