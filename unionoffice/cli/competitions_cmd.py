"""`unionoffice competitions list|results|scores import|letters`: skill competitions from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.cli import session

if TYPE_CHECKING:
    from unionoffice.db.engine import Database
    from unionoffice.services.competitions.events import EventInfo, StageInfo
    from unionoffice.services.competitions.results import ResultRow
    from unionoffice.services.competitions.score_import import ScorePlan
    from unionoffice.services.core.context import Actor

EXIT_OK, EXIT_PARTIAL, EXIT_NOTHING = 0, 1, 2
SHOWN_ERRORS = 20


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("competitions", help="职工职业技能大赛：赛项、成绩、排名、获奖通知书")
    commands = parser.add_subparsers(dest="competitions_command", required=True)
    listing = commands.add_parser("list", help="列出竞赛及其赛项、各阶段参赛人数")
    listing.add_argument("--year", type=int, help="只列出该年度的竞赛")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(func=run_list)
    results = commands.add_parser("results", help="一个赛项某阶段的成绩排名（并列跨越奖项或晋级线的标为待裁定）")
    results.add_argument("--event", type=int, required=True, help="赛项编号（见 competitions list）")
    results.add_argument("--stage", help="阶段：预赛、复赛、决赛或序号 1、2、3（默认：最后一个有选手的阶段）")
    results.add_argument("--json", action="store_true", help="以 JSON 输出")
    results.set_defaults(func=run_results)
    scores = commands.add_parser("scores", help="成绩")
    score_commands = scores.add_subparsers(dest="scores_command", required=True)
    imp = score_commands.add_parser("import", help="导入裁判成绩表（列：参赛编号、理论、实操，可选 用时）")
    imp.add_argument("file", type=Path, help="xlsx、xls 或 csv 成绩表")
    imp.add_argument("--event", type=int, required=True, help="赛项编号")
    imp.add_argument("--stage", required=True, help="阶段：预赛、复赛、决赛或序号")
    imp.add_argument("--valid-only", action="store_true", help="只导入无误的行（默认：有任何错误则全部不导入）")
    imp.add_argument("--report", type=Path, help="把未通过检查的行写入这个 xlsx 错误报告")
    imp.add_argument("--replace", action="store_true", help="覆盖已录入的成绩（默认拒绝这些行）；覆盖记入审计记录")
    imp.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    imp.add_argument("--encoding", help="CSV 文件的编码（默认自动识别）")
    imp.add_argument("--sheet", help="工作表名称（默认第一张）")
    imp.set_defaults(func=run_import)
    letters = commands.add_parser("letters", help="为已确定的获奖者颁发并打印获奖证书和获奖通知书")
    letters.add_argument("--competition", type=int, required=True, help="竞赛编号（见 competitions list）")
    letters.add_argument("--out", type=Path, required=True, help="输出文件夹：获奖证书.pdf、获奖通知书.pdf")
    letters.add_argument("--date", type=date.fromisoformat, help="发证日期 YYYY-MM-DD（默认今天）")
    letters.set_defaults(func=run_letters)


def run_list(args: argparse.Namespace) -> int:
    from unionoffice.services.competitions.events import list_competitions

    db = session.database(args)
    actor = session.actor(args, db)
    rows = list_competitions(db, actor, year=args.year)
    if args.json:
        print(json.dumps([{"id": c.id, "name": c.name, "level": c.level, "year": c.year, "organisers": c.organisers,
                           "events": [{"id": e.id, "name": e.name, "trade": e.trade,
                                       "weights": {"theory": e.weights.theory, "practical": e.weights.practical},
                                       "stages": [{"id": s.id, "name": s.name, "state": s.state.value,
                                                   "entrants": s.entrants} for s in e.stages]}
                                      for e in c.events]} for c in rows], ensure_ascii=False, indent=1))
        return EXIT_OK
    for c in rows:
        print(f"{c.id}\t{c.name}（{c.year}，{c.level}）")
        for e in c.events:
            stages = " → ".join(f"{s.name} {s.entrants} 人（{s.state.value}）" for s in e.stages)
            print(f"  赛项 {e.id}\t{e.name}\t{stages}")
    print(f"共 {len(rows)} 项竞赛")
    return EXIT_OK


def pick_stage(event: EventInfo, text: str | None) -> StageInfo:
    from unionoffice.domain.common.errors import ValidationError

    if text is None:
        started = [s for s in event.stages if s.entrants]
        return started[-1] if started else event.stages[0]
    for stage in event.stages:
        if text in (stage.name, str(stage.seq)):
            return stage
    names = "、".join(s.name for s in event.stages)
    raise ValidationError(f"“{event.name}”没有阶段“{text}”（有：{names}）", field="--stage")


def _stage(args: argparse.Namespace, db: Database) -> tuple[Actor, EventInfo, StageInfo]:
    from unionoffice.services.competitions.events import event_info

    actor = session.actor(args, db)
    event = event_info(db, actor, args.event)
    return actor, event, pick_stage(event, args.stage)


def _number(hundredths: int | None) -> float | None:
    return None if hundredths is None else hundredths / 100


def result_json(row: ResultRow) -> dict[str, object]:
    from unionoffice.domain.competitions.weights import TOTAL_SCALE

    return {"entry_no": row.entry_no, "rank": row.rank, "name": row.name, "unit": row.unit,
            "theory": _number(row.theory), "practical": _number(row.practical),
            "time_s": None if row.time_ms is None else row.time_ms / 1000,
            "total": None if row.total is None else row.total / TOTAL_SCALE, "prize": row.prize,
            "advances": row.advances, "grade_step_place": row.top_grade, "state": row.state.value,
            "flags": list(row.flags)}


def run_results(args: argparse.Namespace) -> int:
    from unionoffice.services.competitions.results import outcome_cells, stage_results

    db = session.database(args)
    actor, event, stage = _stage(args, db)
    results = stage_results(db, actor, stage.id)
    if args.json:
        print(json.dumps({"event": event.name, "stage": stage.name, "state": stage.state.value,
                          "weights": event.weights.label, "entries": [result_json(r) for r in results.rows],
                          "open_flags": [f.text for f in results.outcome.flags],
                          "decisions": [d.text for d in results.decisions]}, ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"{event.name} {stage.name}（{stage.state.value}，{event.weights.label}）")
    print("名次\t参赛编号\t姓名\t工作单位\t理论\t实操\t用时\t总成绩\t结果\t待裁定")
    for row in results.rows:
        print("\t".join(str(v) for v in outcome_cells(row)))
    flags = results.outcome.flags
    print(f"共 {len(results.rows)} 人，已排名 {results.outcome.ranked_count} 人"
          + (f"；{len(flags)} 处并列待裁定" if flags else ""))
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from unionoffice.services.competitions import score_import as si

    db = session.database(args)
    actor, event, stage = _stage(args, db)
    plan = si.plan_score_import(db, actor, stage.id, args.file, replace=args.replace,
                                encoding=args.encoding, sheet=args.sheet)
    for note in plan.opened.table.notes + [n for r in plan.rows for n in r.notes]:
        sys.stderr.write(f"提示：{note}\n")
    _report_rejected(plan, args.report)
    rejected = len(plan.rejected)
    importable = len(plan.rows) - rejected
    if rejected and not args.valid_only:
        print(f"未导入：{args.file.name}：{rejected} 行有错误，按“全部或全不”方式未写入任何成绩"
              f"（{importable} 行无误；加 --valid-only 可只导入无误的行）")
        return EXIT_NOTHING
    if args.dry_run:
        counts = "，".join(f"{s.value} {plan.count(s)}" for s in si.ScoreRowStatus)
        print(f"试导入（未写入）：{event.name}{stage.name} {args.file.name}：{counts}")
    else:
        result = si.commit_score_import(db, actor, plan, valid_only=args.valid_only)
        print(f"导入完成：{event.name}{stage.name} {args.file.name}：{result.summary}")
    if not rejected:
        return EXIT_OK
    return EXIT_PARTIAL if importable else EXIT_NOTHING


def _report_rejected(plan: ScorePlan, report: Path | None) -> None:
    from unionoffice.services.competitions.score_import import write_score_errors

    for row in plan.rejected[:SHOWN_ERRORS]:
        sys.stderr.write(f"第 {row.row_number} 行：" + "；".join(f"「{f}」{why}" for f, why in row.errors) + "\n")
    if len(plan.rejected) > SHOWN_ERRORS:
        sys.stderr.write(f"……另有 {len(plan.rejected) - SHOWN_ERRORS} 行有错误\n")
    if report is not None and plan.rejected:
        written = write_score_errors(plan, report)
        sys.stderr.write(f"错误报告已写入 {written.path}（{len(plan.rejected)} 行）\n")


def run_letters(args: argparse.Namespace) -> int:
    from unionoffice.services.competitions.documents import issue_awards, print_awards

    db = session.database(args)
    actor = session.actor(args, db)
    issue = issue_awards(db, actor, args.competition, issue_date=args.date)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r打印中… {done}/{total}")

    paths = print_awards(db, actor, issue, args.out, progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    counts = {kind: len(ids) for kind, ids in issue.certificate_ids.items()}
    print(f"获奖证书 {counts.get('award', 0)} 份（新颁发 {issue.new.get('award', 0)}），"
          f"获奖通知书 {counts.get('award-letter', 0)} 份（新颁发 {issue.new.get('award-letter', 0)}），"
          f"已输出到 {'、'.join(str(p) for p in paths)}")
    for name in issue.not_final:
        sys.stderr.write(f"注意：“{name}”决赛成绩尚未确定，未颁发。\n")
    for line in issue.outdated:
        sys.stderr.write(f"注意：{line}，请审核人决定是否作废并补发。\n")
    return EXIT_PARTIAL if issue.not_final or issue.outdated else EXIT_OK
