"""`unionoffice training classes|certificates`: the class list, and a class's completion certificates."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from unionoffice.cli import session


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    training = subparsers.add_parser("training", help="工匠学院培训班")
    commands = training.add_subparsers(dest="training_command", required=True)
    classes = commands.add_parser("classes", help="列出培训班及报名、结业人数")
    classes.add_argument("--year", type=int, help="只列出该年开班的培训班")
    classes.add_argument("--json", action="store_true", help="以 JSON 输出")
    classes.set_defaults(func=run_classes)
    certificates = commands.add_parser("certificates", help="为培训班结业学员颁发（尚未颁发的）并打印结业证书")
    certificates.add_argument("--class", dest="class_id", type=int, required=True,
                              help="培训班编号（见 training classes）")
    certificates.add_argument("--out", type=Path, required=True,
                              help="输出：以 .pdf 结尾为一个文件，否则为文件夹（每人一个 PDF）")
    certificates.add_argument("--json", action="store_true", help="以 JSON 列出证书（编号、姓名、查验码）")
    certificates.set_defaults(func=run_certificates)


def run_classes(args: argparse.Namespace) -> int:
    from unionoffice.services.training.classes import list_classes
    from unionoffice.services.training.statistics import completed_counts

    db = session.database(args)
    actor = session.actor(args, db)
    rows = list_classes(db, actor, year=args.year)
    done = completed_counts(db, actor, [r.id for r in rows])
    if args.json:
        print(json.dumps([{"id": r.id, "name": r.name, "academy": r.academy, "sector": r.sector,
                           "start_date": r.start_date.isoformat(), "end_date": r.end_date.isoformat(),
                           "capacity": r.capacity, "enrolled": r.enrolled, "waiting": r.waiting,
                           "completed": done[r.id], "hours": r.hours_tenths / 10} for r in rows],
                         ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print(f"{r.id}\t{r.name}\t{r.academy}\t{r.start_date:%Y-%m-%d}\t报名 {r.enrolled}/{r.capacity}\t"
              f"候补 {r.waiting}\t结业 {done[r.id]}")
    print(f"共 {len(rows)} 个培训班")
    return 0


def run_certificates(args: argparse.Namespace) -> int:
    from unionoffice.domain.common.permissions import Permission
    from unionoffice.services.training.documents import (
        class_certificates,
        issue_class_certificates,
        print_class_certificates,
    )

    out: Path = args.out
    per_person = out.suffix.lower() != ".pdf"
    db = session.database(args)
    actor = session.actor(args, db)
    new, stale = 0, []
    if actor.may(Permission.MANAGE_TRAINING) and actor.may(Permission.ISSUE_CERTIFICATES):
        result = issue_class_certificates(db, actor, args.class_id)
        certificates, new, stale = result.certificates, result.new, result.no_longer_completed
        if not certificates:
            sys.stderr.write("该培训班还没有学员符合结业条件，未颁发证书。\n")
            return 1
    else:  # the role table: only a clerk issues (enters) certificates; other roles print what was issued
        certificates = class_certificates(db, actor, args.class_id)
        if not certificates:
            sys.stderr.write("该培训班还没有颁发证书；颁发（编号）由经办人办理，本角色只能打印已颁发的证书。\n")
            return 1

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r打印中… {done}/{total}")

    paths = print_class_certificates(db, actor, args.class_id, out, per_person=per_person, progress=progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    if args.json:
        print(json.dumps([{"number": c.number, "name": c.name, "verification_code": c.code,
                           "issue_date": c.issue_date.isoformat()} for c in certificates],
                         ensure_ascii=False, indent=1))
    else:
        where = f"{out}（{len(paths)} 个文件）" if per_person else str(out)
        print(f"新颁发 {new} 份，共 {len(certificates)} 份结业证书，已输出到 {where}")
    for name in stale:
        sys.stderr.write(f"注意：{name} 已发证书，但现在不符合结业条件，请审核人决定是否作废。\n")
    return 0
