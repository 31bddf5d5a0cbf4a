"""Whatever a user can cause ends in one Chinese line and exit 2 (bad input) or 1 (refused/failed), never a
traceback (issue 12 items 12, 14-18; docs/reliability.md §1b). Each case runs the program in a child process."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.cli import MAIN, ROOT, cli_env, exits, on_small_volume, one_chinese_line, private_mounts, run_main
from tests.helpers.sheets import HEADER, UNIONS, generated_people, write_xlsx

needs_mounts = pytest.mark.skipif(not private_mounts(), reason="needs unshare and mount to make a small tmpfs")


@pytest.fixture
def env(private_data_dir: Path) -> dict[str, str]:
    return cli_env(private_data_dir)


@pytest.fixture
def office(tmp_path: Path, env: dict[str, str]) -> Path:
    """A database with an administrator and a district of two unions, made through the command line."""
    path = tmp_path / "office.db"
    assert run_main(["--db", str(path), "init", "--admin", "zhang"], env).returncode == 0
    assert run_main(["--db", str(path), "--user", "zhang", "users", "add", "li", "--role", "经办人"],
                    env).returncode == 0
    _district(path)
    return path


def _district(path: Path) -> None:
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.context import Actor
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.members.organisations import UnionDraft, create_district, create_union

    db = open_database(f"sqlite:///{path}")
    admin = Actor("zhang", Role.ADMIN, 1)
    create_district(db, admin, "长春市南关区总工会", "220102")
    for name in UNIONS:
        create_union(db, admin, UnionDraft(name=name))
    db.close()


def _rows(count: int, start: int = 0) -> list[list[object]]:
    people = generated_people(start + count)[start:]
    return [[i, name, sex, "汉族", number, f"139{i:08d}", "长春第一机械厂", UNIONS[0], "2018-05-01", "否"]
            for i, (name, sex, number) in enumerate(people, start=start + 1)]


def _trash_one(path: Path) -> None:
    """One member, deleted to the trash by the clerk: something for a purge to do."""
    from sqlalchemy import func, select

    from unionoffice.db.models import Organisation
    from unionoffice.domain.common.permissions import Role
    from unionoffice.domain.members.rules import MemberDraft
    from unionoffice.services.core.context import Actor
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.members.records import create_member, delete_members

    db = open_database(f"sqlite:///{path}")
    clerk = Actor("li", Role.CLERK, 2)
    with db.read() as session:
        union_id = session.execute(select(func.min(Organisation.id)).where(Organisation.kind == "grassroots")).scalar()
    name, sex, number = generated_people(1)[0]
    member = create_member(db, clerk, MemberDraft(name=name, id_number=number, sex=sex, union_id=union_id,
                                                  join_date=date(2018, 5, 1)))
    delete_members(db, clerk, [member])
    db.close()


def test_a_folder_as_db_is_named_as_a_folder(tmp_path: Path, env: dict[str, str]) -> None:
    done = run_main(["--db", str(tmp_path), "users", "list"], env)
    assert done.returncode == 2
    assert "是一个文件夹" in one_chinese_line(done)


@pytest.mark.parametrize("where", ["/proc/unionoffice.db", "/nonexistent-folder/office.db"])
def test_a_mistyped_or_unreachable_path_is_reported_and_nothing_is_created(where: str, env: dict[str, str]) -> None:
    done = run_main(["--db", where, "members", "search", "张"], env)
    assert done.returncode == 2
    line = one_chinese_line(done)
    assert "找不到数据库文件" in line
    assert "init" in line
    assert not Path(where).exists()


def test_init_where_nothing_can_be_created_fails_in_one_line(env: dict[str, str]) -> None:
    done = run_main(["--db", "/proc/unionoffice.db", "init"], env)
    assert done.returncode == 1
    one_chinese_line(done)


def test_init_creates_once_and_a_second_init_is_refused(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "new.db"
    assert run_main(["--db", str(path), "init"], env).returncode == 0
    assert path.exists()
    again = run_main(["--db", str(path), "init"], env)
    assert again.returncode == 2
    assert "已经存在" in one_chinese_line(again)


def test_a_file_that_is_not_a_database_is_not_called_damaged(tmp_path: Path, env: dict[str, str]) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("会议纪要" * 500, encoding="utf-8")
    done = run_main(["--db", str(notes), "members", "search", "张"], env)
    assert done.returncode == 2
    line = one_chinese_line(done)
    assert "不是数据库文件" in line
    assert "损坏" not in line


def test_a_server_that_is_down_is_one_line(env: dict[str, str]) -> None:
    done = run_main(["--db", "postgresql://postgres@127.0.0.1:1/unionoffice", "members", "search", "张"], env)
    assert done.returncode == 1
    assert "无法连接数据库服务器 127.0.0.1:1" in one_chinese_line(done)


def test_export_to_a_missing_folder(office: Path, tmp_path: Path, env: dict[str, str]) -> None:
    done = run_main(["--db", str(office), "--user", "zhang", "members", "export", str(tmp_path / "no" / "x.xlsx")], env)
    assert done.returncode == 2
    assert "文件夹不存在" in one_chinese_line(done)


def test_no_terminal_and_no_password_says_so_without_getpass_noise(office: Path, env: dict[str, str]) -> None:
    quiet = {k: v for k, v in env.items() if k != "UNIONOFFICE_PASSWORD"}
    done = run_main(["--db", str(office), "--user", "zhang", "users", "list"], quiet)
    assert done.returncode == 2
    assert "UNIONOFFICE_PASSWORD" in one_chinese_line(done)
    assert "GetPassWarning" not in done.stderr


def test_argparse_speaks_chinese(env: dict[str, str]) -> None:
    wrong = run_main(["members", "frobnicate"], env)
    assert wrong.returncode == 2
    line = one_chinese_line(wrong)
    assert "无效的选择" in line
    assert "invalid choice" not in line
    helped = run_main(["--help"], env)
    assert helped.returncode == 0
    assert "用法：" in helped.stdout
    assert "显示本帮助并退出" in helped.stdout
    for english in ("usage:", "show this help message", "options:", "positional arguments"):
        assert english not in helped.stdout
    missing = run_main(["backup", "restore"], env)
    assert "缺少必需的参数" in one_chinese_line(missing)


def test_output_into_a_closed_pipe_ends_in_one_line(office: Path, env: dict[str, str]) -> None:
    """`unionoffice … | head`: the reader goes away; no BrokenPipeError traceback, no "Exception ignored"."""
    child = subprocess.Popen([sys.executable, "-c", MAIN, "--db", str(office), "--user", "zhang", "users", "list"],
                             env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             cwd=ROOT)
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdout.close()  # like `head` that has read all it wanted
    code = child.wait(60)
    error = child.stderr.read().decode("utf-8")
    assert code == 1
    assert "Traceback" not in error
    assert "Exception ignored" not in error
    assert "接收输出的程序" in error


def test_a_locked_database_names_what_holds_it(office: Path, env: dict[str, str]) -> None:
    """A write that waits out the busy timeout says who holds the database: here an import in progress."""
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        "from pathlib import Path\n"
        "from unionoffice.db.file_locks import activity\n"
        "path = Path(sys.argv[1])\n"
        "with activity(path, '导入会员'):\n"
        "    conn = sqlite3.connect(path, isolation_level=None)\n"
        "    conn.execute('BEGIN IMMEDIATE')\n"
        "    print('holding', flush=True)\n"
        "    time.sleep(30)\n"), str(office)], env=env, stdout=subprocess.PIPE, cwd=ROOT)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == b"holding"
        done = run_main(["--db", str(office), "--user", "zhang", "users", "add", "wang", "--role", "经办人"], env)
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 1
    line = one_chinese_line(done)
    assert "数据库正忙" in line
    assert "正在导入会员" in line


def test_a_restore_is_refused_while_the_gui_holds_the_database(office: Path, tmp_path: Path,
                                                             env: dict[str, str]) -> None:
    assert run_main(["--db", str(office), "--user", "zhang", "backup", "create"], env).returncode == 0
    (backup,) = (tmp_path / "backups").glob("office-manual-*.db")
    _trash_one(office)
    gui = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from unionoffice.db.file_locks import InstanceLock\n"
        "lock = InstanceLock.for_path(Path(sys.argv[1] + '.lock'))\n"
        "assert lock.acquire('图形界面', reentrant=False)\n"
        "print('open', flush=True)\n"
        "time.sleep(60)\n"), str(office)], env=env, stdout=subprocess.PIPE, cwd=ROOT)
    try:
        assert gui.stdout is not None
        assert gui.stdout.readline().strip() == b"open"
        restore = run_main(["--db", str(office), "--user", "zhang", "backup", "restore", str(backup), "--yes"], env)
        purge = run_main(["--db", str(office), "--user", "zhang", "members", "purge", "--all-deleted", "--yes"], env)
    finally:
        gui.kill()
        gui.wait()
    for done in (restore, purge):
        assert done.returncode == 1
        line = one_chinese_line(done)
        assert "图形界面" in line
        assert "请先关闭它再试" in line
    assert not list((tmp_path / "backups").glob("*before-restore*"))
    after = run_main(["--db", str(office), "--user", "zhang", "backup", "restore", str(backup), "--yes"], env)
    assert after.returncode == 0, after.stderr


def test_stale_part_files_are_swept_and_backup_list_shows_every_file(office: Path, tmp_path: Path,
                                                                     env: dict[str, str]) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    dead = folder / "office-before-restore-20250101-000000.db.999999.part"
    dead.write_bytes(b"x" * 18_000)
    dead.with_name(dead.name + "-journal").write_bytes(b"j")
    stray = folder / "copied-by-hand.db"
    stray.write_bytes(b"y")
    done = run_main(["--db", str(office), "--user", "zhang", "backup", "list"], env)
    assert done.returncode == 0
    assert not dead.exists()
    assert not dead.with_name(dead.name + "-journal").exists()
    assert "其他文件（不是本程序的备份）" in done.stdout
    assert "copied-by-hand.db" in done.stdout


def test_an_export_over_a_link_replaces_the_link_not_its_target(office: Path, tmp_path: Path,
                                                                env: dict[str, str]) -> None:
    precious = tmp_path / "年终总结.xlsx"
    precious.write_bytes(b"the target must survive")
    link = tmp_path / "花名册.xlsx"
    link.symlink_to(precious)
    done = run_main(["--db", str(office), "--user", "zhang", "members", "export", str(link)], env)
    assert done.returncode == 0, done.stderr
    assert precious.read_bytes() == b"the target must survive"
    assert not link.is_symlink()
    assert link.read_bytes()[:2] == b"PK"


def test_the_quick_check_runs_after_an_unclean_end_and_on_check(office: Path, env: dict[str, str]) -> None:
    killed = subprocess.Popen([sys.executable, "-c", (
        "import os, signal, sys\n"
        "from unionoffice.services.core.startup import open_database\n"
        "open_database('sqlite:///' + sys.argv[1])\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"), str(office)], env=env, cwd=ROOT)
    killed.wait(60)
    markers = list(office.parent.glob(f".{office.name}.run/open-*"))
    assert len(markers) == 1  # what the killed process left
    done = run_main(["--db", str(office), "--user", "zhang", "users", "list"], env)
    assert done.returncode == 0
    assert not list(office.parent.glob(f".{office.name}.run/open-*"))  # checked, found sound, cleared
    checked = run_main(["--db", str(office), "check"], env)
    assert checked.returncode == 0
    assert "快速检查完好" in checked.stdout
    conn = sqlite3.connect(office)
    conn.execute("PRAGMA journal_mode=DELETE")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'app_user'").fetchone()[0]
    conn.close()
    with office.open("r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\x0d\xff\xff\xff" * (page // 4))
    damaged = run_main(["--db", str(office), "check", "--full"], env)
    assert damaged.returncode == 1
    assert "发现问题" in damaged.stdout


@needs_mounts
def test_a_read_only_medium_is_named_and_reading_still_works(office: Path, tmp_path: Path,
                                                             env: dict[str, str]) -> None:
    volume = tmp_path / "stick"
    volume.mkdir()
    script = (f'cp "{office}" "{volume}/office.db" && mount -o remount,ro "{volume}" || exit 98\n'
              f'uo --db "{volume}/office.db" --user zhang users list\n'
              f'uo --db "{volume}/office.db" --user zhang users add wang --role 经办人\n'
              f'uo --db "{volume}/office.db" --user zhang members export "{volume}/out.xlsx"\n')
    done = on_small_volume(volume, 8192, script, env)
    assert exits(done) == [0, 1, 1], done.stderr
    assert "数据库位于只读位置" in done.stderr
    assert "已损坏" not in done.stderr
    assert "只读" in done.stderr.split("EXIT 0")[1]
    assert "Traceback" not in done.stderr


@needs_mounts
def test_a_full_disk_during_import_backup_and_export_leaves_nothing_behind(office: Path, tmp_path: Path,
                                                                           env: dict[str, str]) -> None:
    volume = tmp_path / "small"
    volume.mkdir()
    first = write_xlsx(tmp_path / "first.xlsx", [HEADER, *_rows(3000)])
    more = write_xlsx(tmp_path / "more.xlsx", [HEADER, *_rows(3000, start=3000)])
    script = (f'cp "{office}" "{volume}/office.db" || exit 98\n'
              f'uo --db "{volume}/office.db" --user li members import "{first}"\n'
              f'free=$(df -k "{volume}" | awk \'NR==2 {{print $4}}\')\n'
              f'dd if=/dev/zero of="{volume}/filler" bs=1k count=$((free - 150)) 2>/dev/null\n'
              f'uo --db "{volume}/office.db" --user li members import "{more}"\n'
              f'uo --db "{volume}/office.db" --user zhang backup create\n'
              f'uo --db "{volume}/office.db" --user zhang members export "{volume}/roster.xlsx"\n'
              f'uo --db "{volume}/office.db" check --full\n'
              f'uo --db "{volume}/office.db" --user zhang members search 王 --limit 1 --json\n'
              f'echo LISTING; ls -a "{volume}" "{volume}/backups" 2>/dev/null\n')
    done = on_small_volume(volume, 8192, script, env)
    assert exits(done)[:4] == [0, 1, 1, 1], done.stderr
    assert exits(done)[4] == 0, done.stdout  # the database is sound after all three
    assert done.stderr.count("磁盘空间不足") >= 3, done.stderr
    assert "Traceback" not in done.stderr
    listing = done.stdout.split("LISTING")[1]
    for leftover in (".part", "-journal", "roster"):
        assert leftover not in listing, listing


def test_a_migration_waits_for_the_gui_to_close(tmp_path: Path, env: dict[str, str]) -> None:
    """A migration restructures the file: refused while another program holds the instance lock."""
    from alembic import command

    from unionoffice.db import migrate
    from unionoffice.db.engine import Database
    from unionoffice.db.file_locks import InstanceLock
    from unionoffice.domain.common.errors import DatabaseBusyError
    from unionoffice.services.core.startup import open_database

    path = tmp_path / "old.db"
    open_database(f"sqlite:///{path}", create=True).close()
    old = Database(f"sqlite:///{path}")
    command.downgrade(migrate.alembic_config(old), "-1")
    old.dispose()
    gui = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom pathlib import Path\nfrom unionoffice.db.file_locks import InstanceLock\n"
        "assert InstanceLock.for_path(Path(sys.argv[1])).acquire('图形界面')\nprint('open', flush=True)\n"
        "time.sleep(60)\n"), str(path) + ".lock"], env=env, stdout=subprocess.PIPE, cwd=ROOT)
    try:
        assert gui.stdout is not None
        assert gui.stdout.readline().strip() == b"open"
        with pytest.raises(DatabaseBusyError, match="数据库需要升级.*图形界面"):
            open_database(f"sqlite:///{path}")
    finally:
        gui.kill()
        gui.wait()
    time.sleep(0.1)
    assert not InstanceLock.for_path(path.with_name("old.db.lock")).held
    db = open_database(f"sqlite:///{path}")
    assert not migrate.needs_upgrade(db)
    db.close()
