"""Fixtures for the member registry widgets: a small district, captured messages, private QSettings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from unionoffice.db.engine import Database
from unionoffice.domain.idnumber import check_char
from unionoffice.domain.member_rules import MemberDraft
from unionoffice.domain.permissions import Role
from unionoffice.services.context import SYSTEM, Actor
from unionoffice.services.members import create_member
from unionoffice.services.organisations import UnionDraft, create_district, create_union
from unionoffice.ui import messages, tasks
from unionoffice.ui.context import AppContext

CLERK = Actor(username="clerk", role=Role.CLERK, user_id=2, display_name="经办人")


def make_id(birth: str = "19900307", sequence: str = "123", area: str = "220102") -> str:
    body = area + birth + sequence
    return body + check_char(body)


@dataclass
class Captured:
    """Messages the code under test showed; `answer` goes back to confirmations."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    answer: bool = True

    def __call__(self, kind: str, title: str, text: str) -> bool:
        self.shown.append((kind, text))
        return self.answer

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self.shown if kind is None or k == kind]


@pytest.fixture
def shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Captured]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(tasks, "synchronous", True)
    captured = Captured()
    messages.set_hook(captured)
    yield captured
    messages.set_hook(None)


@dataclass
class District:
    db: Database
    north: int
    south: int
    zhang: int  # 张三丰, a member of `north`


@pytest.fixture
def district(db: Database) -> District:
    """A district with two grassroots unions and one known member."""
    create_district(db, SYSTEM, "南关区总工会", "220102")
    north = create_union(db, SYSTEM, UnionDraft(name="一汽北厂工会", employer="一汽北厂", unit_nature="企业"))
    south = create_union(db, SYSTEM, UnionDraft(name="南湖医院工会", employer="南湖医院", unit_nature="事业"))
    zhang = create_member(db, CLERK, MemberDraft(name="张三丰", id_number=make_id("19800101", "011"),
                                                  union_id=north, join_date=date(2005, 3, 1), phone="13904310001"))
    return District(db, north, south, zhang)


def context(db: Database, actor: Actor) -> AppContext:
    return AppContext(db=db, actor=actor)
