"""One page of each kind of document for the user guide, made from demo data (docs/images/doc-*.png).

Completion certificates come from a demo class, honour and award certificates and award letters from a mail
merge of a spreadsheet, the decision and the list from the sample data with the demo office (marked 样张, as
the program marks every sample). Pages are rendered with pdftoppm, as a clerk's PDF viewer would show them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "images"
DAY = date(2024, 12, 20)


def _sheet(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    for index, row in enumerate([header, *rows]):
        sheet.write_row(index, 0, row)
    book.close()
    return path


def _png(pdf: Path, name: str, dpi: int) -> Path:
    from PIL import Image

    stem = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                   check=True)
    target = OUT / f"doc-{name}.png"
    Image.open(f"{stem}.png").convert("RGB").quantize(64).save(target, optimize=True)  # a small file for git
    print(target.relative_to(ROOT), target.stat().st_size // 1024, "KB")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dpi", type=int, default=100)
    args = parser.parse_args(argv)
    from unionoffice.documents.samples import PRIZES, TRADES, sample_name, write_sample
    from unionoffice.services.certificates.merge import merge_spreadsheet
    from unionoffice.services.certificates.office import load_office
    from unionoffice.services.core.context import SYSTEM
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.demo.district import generate_demo
    from unionoffice.services.demo.office import set_up_demo_office
    from unionoffice.services.demo.training_year import generate_training_demo
    from unionoffice.services.training.classes import list_classes
    from unionoffice.services.training.documents import issue_class_certificates, print_class_certificates

    folder = Path(tempfile.mkdtemp(prefix="uo-pages-"))
    try:
        db = open_database(f"sqlite:///{folder / 'demo.db'}")
        generate_demo(db, SYSTEM, 1500)
        set_up_demo_office(db, SYSTEM)
        generate_training_demo(db, SYSTEM, DAY.year, 2024, today=DAY)
        done = next(c for c in list_classes(db, SYSTEM, year=DAY.year) if c.end_date < DAY)
        issue_class_certificates(db, SYSTEM, done.id)
        print_class_certificates(db, SYSTEM, done.id, folder / "completion.pdf")
        office = load_office(db)
        names = [sample_name(i) for i in range(12)]
        honours = _sheet(folder / "honours.xlsx", ["姓名", "年度", "荣誉称号"],
                         [[n, "2024", "优秀工会积极分子"] for n in names])
        event = f"{office.name.removesuffix('总工会').removeprefix('长春市')}第三届职工职业技能大赛"
        awards = _sheet(folder / "awards.xlsx", ["姓名", "赛事名称", "赛项", "奖项", "领奖日期", "领奖地点"],
                        [[n, event, TRADES[i % len(TRADES)], PRIZES[i % len(PRIZES)], "2024年12月25日",
                          "区总工会职工服务中心（人民大街100号）"] for i, n in enumerate(names)])
        for kind, sheet in (("honour", honours), ("award", awards), ("award-letter", awards)):
            merge_spreadsheet(db, SYSTEM, kind, sheet, folder / f"{kind}.pdf", issue_date=DAY)
        write_sample("decision", 40, folder / "decision.pdf")
        write_sample("roster", 30, folder / "roster.pdf")
        db.dispose()
        OUT.mkdir(parents=True, exist_ok=True)
        for kind in ("completion", "honour", "award", "award-letter", "decision", "roster"):
            _png(folder / f"{kind}.pdf", kind, args.dpi)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
