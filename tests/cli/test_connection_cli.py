"""`unionoffice connection save|show|test|forget`, and a program started without --db using the saved connection."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.helpers.cli import cli_env, run_main
from tests.helpers.postgres import scratch_database

pytestmark = pytest.mark.postgres


def test_a_saved_connection_is_what_a_program_without_db_opens(private_data_dir: Path) -> None:
    env = cli_env(private_data_dir)
    with scratch_database("uo_conn_cli") as url:
        parts = make_url(url)
        assert run_main(["--db", url.replace("postgresql+psycopg://", "postgresql://"), "init"], env).returncode == 0
        saved = run_main(["connection", "save", "--host", parts.host or "", "--port", str(parts.port or 5432),
                          "--database", parts.database or "", "--user", parts.username or "", "--no-password"], env)
        assert saved.returncode == 0, saved.stderr
        assert "连接成功" in saved.stdout
        assert "已保存连接" in saved.stdout
        shown = run_main(["connection", "show"], env)
        assert f"{parts.username}@{parts.host}" in shown.stdout
        assert "密码没有保存" in shown.stdout
        assert run_main(["connection", "test"], env).returncode == 0
        # No --db: the saved server, not a new file in the data folder (check names what it opened).
        checked = run_main(["check"], env)
        assert checked.returncode == 0, checked.stderr
        assert not (private_data_dir / "unionoffice.db").exists()
        assert run_main(["connection", "forget"], env).returncode == 0
        assert "没有保存的服务器连接" in run_main(["connection", "show"], env).stdout


def test_saving_without_a_terminal_asks_for_the_variable(private_data_dir: Path) -> None:
    done = run_main(["connection", "save", "--host", "h", "--database", "d", "--user", "u"], cli_env(private_data_dir))
    assert done.returncode == 2
    assert "UNIONOFFICE_DB_PASSWORD" in done.stderr
