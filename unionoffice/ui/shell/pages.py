"""The main window's modules. A page appears only when it exists and the user's role may open it."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from unionoffice.domain.common.permissions import Permission
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in the "Pages" context
    target: str  # "module:Class"; the class takes (ctx: AppContext, parent: QWidget | None)
    permission: Permission
    guide: str = ""  # the start of the user guide's heading for this page: F1 opens it (docs/用户手册.md)

    def create(self, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
        module_name, class_name = self.target.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        widget: QWidget = cls(ctx, parent)
        return widget


# One line per page: moving a page's module changes its line here and nothing else.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", QT_TRANSLATE_NOOP("Pages", "Home"),
             "unionoffice.ui.dashboard.dashboard_page:DashboardPage", Permission.VIEW_RECORDS),
    PageSpec("members", QT_TRANSLATE_NOOP("Pages", "Members"),
             "unionoffice.ui.members.members_page:MembersPage", Permission.VIEW_RECORDS, "1. 查找会员"),
    PageSpec("training", QT_TRANSLATE_NOOP("Pages", "Training"),
             "unionoffice.ui.training.training_page:TrainingPage", Permission.VIEW_RECORDS, "4. 培训和结业证书"),
    PageSpec("honours", QT_TRANSLATE_NOOP("Pages", "Honours"),
             "unionoffice.ui.honours.honours_page:HonoursPage", Permission.VIEW_RECORDS, "10. 荣誉表彰"),
    PageSpec("aid", QT_TRANSLATE_NOOP("Pages", "Aid"),
             "unionoffice.ui.aid.aid_page:AidPage", Permission.VIEW_RECORDS, "6. 帮扶救助"),
    PageSpec("competitions", QT_TRANSLATE_NOOP("Pages", "Competitions"),
             "unionoffice.ui.competitions.competitions_page:CompetitionsPage", Permission.VIEW_RECORDS,
             "9. 职工职业技能大赛"),
    PageSpec("exchange", QT_TRANSLATE_NOOP("Pages", "Data exchange"),
             "unionoffice.ui.exchange.exchange_page:ExchangePage", Permission.EXPORT_DATA, "5. 导入花名册"),
    PageSpec("province", QT_TRANSLATE_NOOP("Pages", "Province"),
             "unionoffice.ui.province.province_page:ProvincePage", Permission.VIEW_RECORDS, "11. 向省总工会报送数据包"),
    PageSpec("audit", QT_TRANSLATE_NOOP("Pages", "Audit trail"),
             "unionoffice.ui.admin.audit_page:AuditPage", Permission.VIEW_AUDIT, "五、审计记录"),
    PageSpec("users", QT_TRANSLATE_NOOP("Pages", "Users"),
             "unionoffice.ui.admin.users_page:UsersPage", Permission.MANAGE_USERS, "三、登录"),
    PageSpec("templates", QT_TRANSLATE_NOOP("Pages", "Document templates"),
             "unionoffice.ui.certificates.template_editor:TemplateEditorPage", Permission.EDIT_TEMPLATES,
             "单位设置、套打、补发和查验"),
)
