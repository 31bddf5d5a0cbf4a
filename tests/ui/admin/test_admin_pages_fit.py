"""The administrator's pages on a 1024 × 768 screen: 用户管理, 审计记录 (its filters on two rows) and 文书模板 fit
without widening the window or scrolling sideways; the audit split is remembered."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.fits import assert_fits, open_window, show_page
from tests.helpers.gui import District
from tests.helpers.messages import MessageLog
from unionoffice.services.core.context import Actor
from unionoffice.ui.admin.audit_page import AuditPage


@pytest.mark.parametrize("key", ["users", "audit", "templates"])
def test_the_page_fits_1024_pixels(qtbot: QtBot, district: District, admin: Actor, gui: MessageLog,
                                   chinese_ui: None, key: str) -> None:
    window = open_window(qtbot, district.db, admin)
    page = show_page(qtbot, window, key)
    assert_fits(qtbot, window, page)


def test_the_audit_split_is_remembered(qtbot: QtBot, district: District, admin: Actor, gui: MessageLog) -> None:
    window = open_window(qtbot, district.db, admin)
    page = show_page(qtbot, window, "audit")
    assert isinstance(page, AuditPage)
    page.ui.splitter.setSizes([300, 300])
    wanted = page.ui.splitter.sizes()
    window.save_state()
    again = AuditPage(page.ctx)
    qtbot.addWidget(again)
    again.resize(page.size())
    again.show()
    assert abs(again.ui.splitter.sizes()[0] - wanted[0]) <= 4
