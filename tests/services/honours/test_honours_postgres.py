"""The honours flow on PostgreSQL (an office sharing a server): draft, quota, finalise, certificates, decision."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.helpers.honours import WHEN, YEAR, may_day_list, medal, office, record_prize
from tests.helpers.office import write_office_rows
from tests.helpers.pdfcheck import page_count
from tests.helpers.postgres import scratch_database
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.honours.rules import BasisKind
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.honours import documents as hd
from unionoffice.services.honours import granting as gr
from unionoffice.services.honours import register as rg
from unionoffice.services.members.distinctions import distinctions_of


@pytest.mark.postgres
def test_the_honours_flow_on_postgresql(clerk: Actor, tmp_path: Path) -> None:
    with scratch_database("uo_honours") as url:
        db = open_database(url)
        try:
            write_office_rows(db)  # as after first start and the seal import
            place = office(db)
            list_id = may_day_list(db, clerk, place, deeds=9)
            with pytest.raises(ValidationError, match="还差 1 个"):
                gr.finalise_list(db, clerk, list_id, WHEN, doc_serial=12)
            winner = place.members[40]
            rg.add_honour(db, clerk, list_id, medal(winner, BasisKind.COMPETITION, source=record_prize(db, winner)))
            result = gr.finalise_list(db, clerk, list_id, WHEN, doc_serial=12)
            assert (result.granted, result.doc_number) == (10, "示工发〔2024〕12号")
            assert [d.title for d in distinctions_of(db, clerk, winner)][0] == "示例区五一劳动奖章"
            assert [r.honours for r in rg.list_rows(db, clerk, YEAR)] == [10]
            assert len(hd.issue_list_certificates(db, clerk, list_id).certificate_ids) == 10
            out = tmp_path / "决定.pdf"
            assert hd.print_decision(db, clerk, list_id, out) == page_count(out)
        finally:
            db.dispose()


@pytest.mark.postgres
def test_two_lists_finalised_at_once_cannot_both_slip_under_the_share(clerk: Actor) -> None:
    """With 2 winners of 10 already granted, either list of 10 deeds may follow (2 of 20), not both (2 of 30)."""
    with scratch_database("uo_honours") as url:
        db = open_database(url)
        try:
            place = office(db)
            gr.finalise_list(db, clerk, may_day_list(db, clerk, place, winners=2, deeds=8), WHEN, doc_serial=1)
            first = may_day_list(db, clerk, place, deeds=10, skip=10)
            second = may_day_list(db, clerk, place, deeds=10, skip=20)
            assert gr.year_quota(db, clerk, YEAR, first).met
            assert gr.year_quota(db, clerk, YEAR, second).met
            outcomes: list[object] = []
            start = threading.Barrier(2)

            def finalise(list_id: int, serial: int) -> None:
                start.wait()
                try:
                    outcomes.append(gr.finalise_list(db, clerk, list_id, WHEN, doc_serial=serial))
                except ValidationError as exc:
                    outcomes.append(exc)

            threads = [threading.Thread(target=finalise, args=(lid, n)) for n, lid in ((2, first), (3, second))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            refused = [o for o in outcomes if isinstance(o, ValidationError)]
            assert len(refused) == 1
            assert "共 30 个" in refused[0].message
            assert gr.year_quota(db, clerk, YEAR).met
        finally:
            db.dispose()
