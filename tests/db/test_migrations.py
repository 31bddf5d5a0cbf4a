"""Migrations: the schema they build equals the models, SCHEMA_HEADS matches Alembic, SQLite pragmas hold."""

from __future__ import annotations

import threading
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from unionoffice.db import migrate
from unionoffice.db.engine import Database
from unionoffice.db.models.registry import load_all_models


def test_schema_heads_constant_matches_alembic(db: Database) -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config(db))
    assert set(script.get_heads()) == set(migrate.SCHEMA_HEADS)
    assert migrate.current_revisions(db) == set(migrate.SCHEMA_HEADS)


def test_migrated_schema_equals_the_models(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_object": migrate.include_object}),
                                load_all_models())
    assert diff == []


def test_upgrade_is_idempotent(db: Database) -> None:
    assert migrate.upgrade(db) is False


def test_every_pooled_connection_has_the_safety_pragmas(db_path: Path) -> None:
    db = Database(f"sqlite:///{db_path}")
    seen: list[tuple[str, int, int, int]] = []
    lock = threading.Lock()

    def probe() -> None:
        with db.engine.connect() as conn:
            row = tuple(conn.exec_driver_sql(f"PRAGMA {name}").scalar()
                        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout"))
            with lock:
                seen.append(row)  # type: ignore[arg-type]

    threads = [threading.Thread(target=probe) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [("wal", 2, 1, 5000)] * 20


def test_savepoint_rollback_undoes_only_the_inner_rows(db: Database) -> None:
    with db.write() as session:
        session.execute(text("INSERT INTO setting(key, value) VALUES ('outer', '1')"))
        nested = session.begin_nested()
        session.execute(text("INSERT INTO setting(key, value) VALUES ('inner', '1')"))
        nested.rollback()
    with db.read() as session:
        keys = set(session.execute(text("SELECT key FROM setting")).scalars())
    assert "outer" in keys
    assert "inner" not in keys


def test_failed_write_leaves_nothing(db: Database) -> None:
    try:
        with db.write() as session:
            session.execute(text("INSERT INTO setting(key, value) VALUES ('a', '1')"))
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with db.read() as session:
        assert session.execute(text("SELECT count(*) FROM setting WHERE key='a'")).scalar() == 0


def test_step_by_step_upgrade_keeps_rows_and_every_downgrade_works(db_path: Path) -> None:
    from alembic import command

    db = Database(f"sqlite:///{db_path}")
    config = migrate.alembic_config(db)
    command.upgrade(config, "0001")
    with db.write() as session:
        session.execute(text("INSERT INTO organisation (id, kind, name, created_at, version) "
                             "VALUES (1, 'district', '南关区总工会', '2024-01-01 00:00:00', 1)"))
        session.execute(text("INSERT INTO setting (key, value) VALUES ('district_name', '南关区总工会')"))
    script = ScriptDirectory.from_config(config)
    for revision in reversed(list(script.walk_revisions("base", "heads"))):
        command.upgrade(config, revision.revision)
    assert migrate.current_revisions(db) == set(migrate.SCHEMA_HEADS)
    with db.read() as session:
        assert session.execute(text("SELECT name FROM organisation")).scalar_one() == "南关区总工会"
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
    command.downgrade(config, "base")
    assert migrate.current_revisions(db) == set()
    command.upgrade(config, "heads")
    assert migrate.current_revisions(db) == set(migrate.SCHEMA_HEADS)
    db.dispose()
