"""`unionoffice members purge --all-deleted|--id N`: administrator only, asks unless --yes, exit codes 0/1/2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.people import make_district, member_draft
from tests.helpers.training import members as demo_members
from tests.helpers.training import new_class
from unionoffice.cli.main import run
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.members.records import create_member, delete_members
from unionoffice.services.training.enrolment import enrol_members

ADMIN_PW = "Gonghui-2024"


@pytest.fixture
def office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "office.db"
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", ADMIN_PW)
    assert run(["--db", str(path), "init"]) == 0  # creating a database is explicit (issue 12 item 14)
    assert run(["--db", str(path), "users", "add", "zhang", "--role", "管理员"]) == 0
    assert run(["--db", str(path), "--user", "zhang", "users", "add", "wang", "--role", "经办人"]) == 0
    return path


def trash(path: Path, clerk: Actor, *, trainee: bool = False) -> list[int]:
    """Two members in the trash (the first on a training class when `trainee`); returns their ids."""
    db = open_database(f"sqlite:///{path}")
    try:
        if trainee:
            ids = demo_members(db, 12)[:2]
            enrol_members(db, clerk, new_class(db, clerk), [ids[0]])
        else:
            union, _ = make_district(db)
            ids = [create_member(db, clerk, member_draft(union, seq=s)) for s in (2, 4)]
        delete_members(db, clerk, ids)
        return ids
    finally:
        db.dispose()


def purge(path: Path, user: str, *args: str) -> int:
    return run(["--db", str(path), "--user", user, "members", "purge", *args])


def test_purging_everything_in_the_trash(office: Path, clerk: Actor, capsys: pytest.CaptureFixture[str]) -> None:
    trash(office, clerk)
    capsys.readouterr()
    assert purge(office, "zhang", "--all-deleted") == 2  # not confirmed, and no terminal to ask at
    assert "--yes" in capsys.readouterr().err
    assert purge(office, "zhang", "--all-deleted", "--yes") == 0
    assert "已彻底清除 2 名会员" in capsys.readouterr().out
    assert purge(office, "zhang", "--all-deleted", "--yes") == 0
    assert "回收站是空的" in capsys.readouterr().out


def test_a_member_still_referred_to_is_kept_with_status_1(office: Path, clerk: Actor,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    trainee, other = trash(office, clerk, trainee=True)
    capsys.readouterr()
    assert purge(office, "zhang", "--id", str(trainee), "--id", str(other), "--yes") == 1
    out = capsys.readouterr().out
    assert "已彻底清除 1 名会员" in out
    assert f"会员编号 {trainee} 未清除：仍有培训报名记录 1 条" in out


def test_bad_input_and_other_roles_give_status_2(office: Path, clerk: Actor,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    ids = trash(office, clerk)
    capsys.readouterr()
    assert purge(office, "zhang", "--id", "999", "--yes") == 2
    assert "回收站中没有会员编号 999" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        purge(office, "zhang", "--all-deleted", "--id", str(ids[0]))
    assert exit_.value.code == 2
    assert purge(office, "wang", "--all-deleted", "--yes") == 2  # the clerk deletes, only the administrator purges
    assert "彻底清除记录" in capsys.readouterr().err
