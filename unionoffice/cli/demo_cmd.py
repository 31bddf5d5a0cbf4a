"""`unionoffice demo --members N [--seed S] [--district CODE --district-name NAME]`: a demo district in a new, empty
database; several districts with their own codes make packages to consolidate at the province."""

from __future__ import annotations

import argparse
import sys
import time

from unionoffice.cli import session


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo", help="在新的空数据库中生成演示数据（用户 admin、clerk、reviewer、viewer，密码均为 demo）")
    parser.add_argument("--members", type=int, default=20_000, help="会员人数（默认 20000）")
    parser.add_argument("--seed", type=int, default=2024, help="随机种子（相同种子生成相同数据）")
    parser.add_argument("--district", default=None,
                        help="区县的六位行政区划代码（GB/T 2260，如 220104）；身份证号按此地区码生成，"
                             "并有少数人员同时出现在其他演示区县（默认 220102 长春市南关区）")
    parser.add_argument("--district-name", default=None, help="区/县总工会名称（与 --district 一起使用）")
    parser.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from unionoffice.services.core.context import SYSTEM
    from unionoffice.services.demo.district import generate_demo

    db = session.database(args, create=True)  # demo, like init, creates the database explicitly

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r生成中… {done}/{total}")

    from unionoffice.domain.common.errors import ValidationError
    from unionoffice.services.demo.district import DISTRICT_CODE, DISTRICT_NAME

    if args.district_name and not args.district:
        raise ValidationError("请同时用 --district 给出六位行政区划代码", field="--district-name")
    code = args.district or DISTRICT_CODE
    name = args.district_name or (DISTRICT_NAME if code == DISTRICT_CODE else f"{code} 区总工会")
    summary = generate_demo(db, SYSTEM, args.members, seed=args.seed, progress=progress, district_code=code,
                            district_name=name)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    statuses = "，".join(f"{k} {v}" for k, v in sorted(summary.statuses.items(), key=lambda kv: -kv[1]))
    print(f"演示数据已生成：{summary.district}，{summary.unions} 个基层工会，{summary.members} 名会员（{statuses}）；"
          f"生僻字或少数民族姓名 {summary.rare_names} 人；用时 {summary.seconds:.1f} 秒。")
    from unionoffice.services.demo.office import set_up_demo_office
    from unionoffice.services.demo.training_year import generate_training_demo

    office = set_up_demo_office(db, SYSTEM)
    print(f"单位设置：{office.name}，负责人 {office.head}，发文字号前缀 {office.doc_prefix}，印章已生成（演示用）。")

    t = generate_training_demo(db, SYSTEM, time.localtime().tm_year, args.seed)
    print(f"培训：{t.academies} 个工匠学院，{t.classes} 个培训班，报名 {t.enrolments} 人次（候补 {t.waiting}），"
          f"考勤 {t.marks} 条，结业 {t.completions} 人次。")
    from unionoffice.services.demo.competitions import generate_competition_demo

    c = generate_competition_demo(db, SYSTEM, time.localtime().tm_year, args.seed)
    print(f"竞赛：{c.events} 个赛项，预赛 {c.entrants} 人，决赛 {c.finalists} 人，获奖 {c.winners} 人"
          f"（{c.open_ties} 处并列待审核人裁定）；劳动和技能竞赛项目 {c.labour_projects} 个。")
    from unionoffice.services.demo.honours_year import generate_honours_demo

    h = generate_honours_demo(db, SYSTEM, time.localtime().tm_year, args.seed)
    print(f"荣誉表彰：{h.lists} 个表彰名单，{h.honours} 项荣誉；五一劳动奖和工人先锋号 {h.quota_total} 个，"
          f"其中竞赛和创新获奖者 {h.winners} 个；荣誉证书 {h.certificates} 份。")
    from unionoffice.services.demo.aid_year import generate_aid_demo

    a = generate_aid_demo(db, SYSTEM, time.localtime().tm_year, args.seed)
    print(f"帮扶：困难职工档案 {a.files} 户，帮扶项目 {a.programmes} 个，申请 {a.applications} 件（其中金秋助学资助 "
          f"{a.golden_aided} 人），疗休养 {a.batches} 批 {a.person_times} 人次，贴息贷款 {a.loans} 笔。")
    print(f"数据库：{db.url}")
    print("登录：管理员 admin、经办人 clerk、审核人 reviewer、查阅 viewer，密码均为 demo（仅演示数据库）")
    return 0
