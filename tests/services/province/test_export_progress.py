"""The provincial package's progress bar moves while the member workbook is written (the trial saw it at 0 % for
two minutes), and Cancel still stops the export."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.province import EXPORTED, REVIEWER, YEAR, district
from unionoffice.domain.common.errors import CancelledError
from unionoffice.exchange.provincial import workbooks
from unionoffice.services.core.tasks import CancelToken
from unionoffice.services.province.export import export_provincial_package


def test_progress_counts_rows_not_workbooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = district(tmp_path, "220104", members=300)
    monkeypatch.setattr(workbooks, "TICK_EVERY", 50)
    seen: list[tuple[int, int]] = []
    result = export_provincial_package(db, REVIEWER, YEAR, tmp_path / "p.zip",
                                       progress=lambda d, t: seen.append((d, t)), today=EXPORTED)
    totals = {t for _d, t in seen}
    assert len(totals) == 1
    total = totals.pop()
    assert total >= result.rows["会员"]
    done = [d for d, _t in seen]
    assert done == sorted(done)
    assert done[0] == 0
    assert done[-1] == total
    # the member sheet alone moves the bar several times, to beyond half-way
    while_writing = {d for d in done if 0 < d < total}
    assert len(while_writing) >= 5
    assert max(while_writing) >= total // 2


def test_cancel_during_the_member_rows_stops_the_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = district(tmp_path, "220104", members=300)
    monkeypatch.setattr(workbooks, "TICK_EVERY", 50)
    cancel = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append(done)
        if done >= 100:
            cancel.cancel()

    with pytest.raises(CancelledError):
        export_provincial_package(db, REVIEWER, YEAR, tmp_path / "p.zip", progress=progress, cancel=cancel,
                                  today=EXPORTED)
    assert not (tmp_path / "p.zip").exists()
    assert max(seen) < 300
