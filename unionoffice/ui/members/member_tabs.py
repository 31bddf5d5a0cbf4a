"""The member editor's feature tabs (training, aid, honours …): one line each, imported only when shown."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from unionoffice.domain.common.permissions import Permission
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class MemberTab:
    title: str  # English source text, translated in the "MemberTabs" context
    target: str  # "module:Class"; the class takes (ctx: AppContext, member_id: int, parent: QWidget | None)
    permission: Permission

    def create(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> QWidget:
        module_name, class_name = self.target.split(":")
        widget: QWidget = getattr(importlib.import_module(module_name), class_name)(ctx, member_id, parent)
        return widget


# One line per feature: a feature shows what it holds about a member without the member editor importing it.
MEMBER_TABS: tuple[MemberTab, ...] = (
    MemberTab(QT_TRANSLATE_NOOP("MemberTabs", "Training"),
              "unionoffice.ui.training.training_history:TrainingHistoryWidget", Permission.VIEW_RECORDS),
    MemberTab(QT_TRANSLATE_NOOP("MemberTabs", "Honours"),
              "unionoffice.ui.honours.member_honours:MemberHonoursWidget", Permission.VIEW_RECORDS),
    MemberTab(QT_TRANSLATE_NOOP("MemberTabs", "Aid"),
              "unionoffice.ui.aid.member_aid:MemberAidWidget", Permission.VIEW_RECORDS),
    MemberTab(QT_TRANSLATE_NOOP("MemberTabs", "Competitions"),
              "unionoffice.ui.competitions.member_tab:CompetitionHistoryWidget", Permission.VIEW_RECORDS),
    MemberTab(QT_TRANSLATE_NOOP("MemberTabs", "Change log"),
              "unionoffice.ui.admin.audit_page:MemberChangeLog", Permission.VIEW_RECORDS),
)
