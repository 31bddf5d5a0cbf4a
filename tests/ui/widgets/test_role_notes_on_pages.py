"""Where a role cannot do a thing on the aid, honours, competitions and training pages, a note says who can
(issue 14), and the note is hidden for a role that may."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.gui import District, context
from tests.helpers.messages import MessageLog
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core.context import Actor
from unionoffice.ui.aid.aid_page import AidPage
from unionoffice.ui.competitions.competitions_page import CompetitionsPage
from unionoffice.ui.honours.honours_page import HonoursPage
from unionoffice.ui.shell.translation import install_translators, remove_translators
from unionoffice.ui.training.training_page import TrainingPage

ACTORS = {role: Actor(username=role.name.lower(), role=role, user_id=i, display_name=role.value)
          for i, role in enumerate(Role, start=1)}
ASK_ADMIN, ADD_YOURSELF = "管理员可在“用户管理”中添加。", "您可以在“用户管理”中添加。"


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, None)
    yield
    remove_translators(app)


def page_of(qtbot: QtBot, district: District, cls: type[QWidget], role: Role) -> QWidget:
    page = cls(context(district.db, ACTORS[role]))
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(note: QLabel) -> str:
    return "" if note.isHidden() else note.text()


CASES = [
    (HonoursPage, Role.VIEWER, "role_note", f"起草表彰名单需经办人账户；{ASK_ADMIN}"),
    (HonoursPage, Role.ADMIN, "role_note", f"起草表彰名单需经办人账户；{ADD_YOURSELF}"),
    (HonoursPage, Role.CLERK, "role_note", ""),
    (TrainingPage, Role.REVIEWER, "role_note", f"办班、报名和考勤登记需经办人账户；{ASK_ADMIN}"),
    (TrainingPage, Role.CLERK, "role_note", ""),
    (CompetitionsPage, Role.VIEWER, "manage_note", f"录入竞赛、报名和成绩需经办人账户；{ASK_ADMIN}"),
    (CompetitionsPage, Role.CLERK, "decide_note", f"裁定并列和确定结果需审核人账户；{ASK_ADMIN}"),
    (CompetitionsPage, Role.CLERK, "manage_note", ""),
    (CompetitionsPage, Role.REVIEWER, "decide_note", ""),
    (AidPage, Role.VIEWER, "applications.role_note", f"录入帮扶申请需经办人账户；{ASK_ADMIN}"),
    (AidPage, Role.CLERK, "applications.role_note", f"审核和审批申请需审核人账户；{ASK_ADMIN}"),
    (AidPage, Role.REVIEWER, "applications.role_note", f"录入帮扶申请需经办人账户；{ASK_ADMIN}"),
    (AidPage, Role.CLERK, "programmes.role_note", f"设置帮扶项目、标准和规则需管理员账户；{ASK_ADMIN}"),
    (AidPage, Role.ADMIN, "programmes.role_note", ""),
    (AidPage, Role.REVIEWER, "files.role_note", f"建立和维护困难职工档案需经办人账户；{ASK_ADMIN}"),
    (AidPage, Role.CLERK, "loans.role_note", ""),
]


@pytest.mark.parametrize(("cls", "role", "where", "expected"), CASES,
                         ids=[f"{c.__name__}-{r.name}-{w}" for c, r, w, _e in CASES])
def test_the_note_says_who_can(qtbot: QtBot, district: District, gui: MessageLog, chinese: None,
                               cls: type[QWidget], role: Role, where: str, expected: str) -> None:
    page = page_of(qtbot, district, cls, role)
    note: object = page
    for name in where.split("."):
        note = getattr(note, name)
    assert isinstance(note, QLabel)
    assert shown(note) == expected
    assert note.toolTip() == note.text()
