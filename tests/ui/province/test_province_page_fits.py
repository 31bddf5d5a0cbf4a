"""The 省级汇总 and 导入导出 pages on a 1024 × 768 screen: they fit without widening the window or scrolling
sideways."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.fits import assert_fits, open_window, show_page
from tests.helpers.gui import District
from tests.helpers.messages import MessageLog
from unionoffice.services.core.context import Actor


@pytest.mark.parametrize("key", ["province", "exchange"])
def test_the_page_fits_1024_pixels(qtbot: QtBot, district: District, clerk: Actor, gui: MessageLog,
                                   chinese_ui: None, key: str) -> None:
    window = open_window(qtbot, district.db, clerk)
    page = show_page(qtbot, window, key)
    assert_fits(qtbot, window, page)
