"""No error path prints row values (issue 12 item 4): one Chinese line on standard error, the masked log beside it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.helpers.postgres import scratch_database
from unionoffice import crashlog
from unionoffice.cli.main import run
from unionoffice.db.engine import Database
from unionoffice.services.core.startup import open_database

FULL_ID = "11010519491231002X"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'office.db'}"
        return
    with scratch_database("uo_errors") as pg_url:
        yield pg_url


def failing_insert(db: Database) -> None:
    """A statement that fails with a full ID among its parameters; PostgreSQL also echoes the row in its DETAIL."""
    with db.write() as session:
        session.execute(text("INSERT INTO member (name, id_number) VALUES (:name, :id_number)"),
                        {"name": "张三", "id_number": FULL_ID})


def test_a_database_error_does_not_carry_its_parameters(url: str) -> None:
    db = open_database(url, create=True)
    try:
        with db.write() as session:
            session.execute(text("INSERT INTO setting (key, value) VALUES ('office', :v)"), {"v": FULL_ID})
        with pytest.raises(DBAPIError) as raised, db.write() as session:
            session.execute(text("INSERT INTO setting (key, value) VALUES ('office', :v)"), {"v": FULL_ID})
        assert FULL_ID not in str(raised.value)
        assert "hidden" in str(raised.value)
    finally:
        db.dispose()


def test_an_unexpected_error_in_a_command_is_one_chinese_line_and_a_masked_log(
        url: str, private_data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    open_database(url, create=True).dispose()
    from unionoffice.services.members import search

    def broken_search(db: Database, *args: object, **kwargs: object) -> list[object]:
        failing_insert(db)
        return []

    monkeypatch.setattr(search, "search_members", broken_search)
    monkeypatch.setattr("unionoffice.cli.session.actor", lambda args, db: None)
    status = run(["--db", url, "members", "search", "张"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1
    assert "意外错误" in err
    assert "Traceback" not in err
    assert FULL_ID not in err
    log = (private_data_dir / "logs" / crashlog.LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log  # the details are kept, masked
    assert FULL_ID not in log
    assert str(private_data_dir / "logs") in err
