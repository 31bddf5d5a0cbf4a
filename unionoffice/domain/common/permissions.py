"""Roles and what each may do: default deny, one table that services consult (docs/reliability.md E1).

Every permission here is required by some service; one that nothing enforces is not declared."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "管理员"
    CLERK = "经办人"
    REVIEWER = "审核人"
    VIEWER = "查阅"


class Permission(StrEnum):
    VIEW_RECORDS = "查看记录"
    VIEW_FULL_ID = "查看完整身份证号"
    VIEW_FULL_PHONE = "查看完整手机号"
    EDIT_MEMBERS = "录入和修改会员"
    EDIT_ORGANISATIONS = "维护基层工会"
    DELETE_RECORDS = "删除记录"
    RESTORE_RECORDS = "恢复已删除记录"
    PURGE_RECORDS = "彻底清除记录"
    IMPORT_DATA = "导入数据"
    EXPORT_DATA = "导出数据"
    EXPORT_FULL_ID = "导出完整身份证号"
    PRINT_DOCUMENTS = "打印证书和文书"
    ISSUE_CERTIFICATES = "颁发证书（编号登记）"
    EDIT_TEMPLATES = "修改文书模板"
    MANAGE_TRAINING = "管理培训"
    OVERRIDE_COMPLETION = "改判结业"
    MANAGE_HONOURS = "管理荣誉表彰"
    MANAGE_AID = "办理帮扶救助"
    REVIEW = "审核和审批帮扶"
    PAY_AID = "发放帮扶资金"
    MANAGE_AID_PROGRAMMES = "设置帮扶项目和规则"
    OVERRIDE_BUDGET = "超预算审批"
    VIEW_CHILD_DATA = "查看子女身份证号和学校"
    MANAGE_COMPETITIONS = "管理竞赛"
    DECIDE_COMPETITION_RESULTS = "裁定竞赛结果"
    VIEW_AUDIT = "查看审计记录"
    MANAGE_USERS = "管理用户"
    OFFICE_SETTINGS = "单位设置"
    BACKUP = "备份"
    RESTORE_BACKUP = "从备份恢复"


_CLERK = {
    Permission.VIEW_RECORDS,
    Permission.VIEW_FULL_ID,
    Permission.VIEW_FULL_PHONE,
    Permission.EDIT_MEMBERS,
    Permission.EDIT_ORGANISATIONS,
    Permission.DELETE_RECORDS,
    Permission.IMPORT_DATA,
    Permission.EXPORT_DATA,
    Permission.PRINT_DOCUMENTS,
    Permission.ISSUE_CERTIFICATES,  # numbering and recording certificates is entering records: the clerk's
    Permission.MANAGE_TRAINING,
    Permission.MANAGE_HONOURS,
    Permission.MANAGE_AID,
    Permission.PAY_AID,
    Permission.VIEW_CHILD_DATA,
    Permission.MANAGE_COMPETITIONS,
    Permission.BACKUP,
}
_REVIEWER = {
    Permission.VIEW_RECORDS,
    Permission.VIEW_FULL_ID,
    Permission.VIEW_FULL_PHONE,
    Permission.EXPORT_DATA,
    Permission.EXPORT_FULL_ID,
    Permission.PRINT_DOCUMENTS,
    Permission.OVERRIDE_COMPLETION,
    Permission.REVIEW,
    Permission.VIEW_CHILD_DATA,
    Permission.DECIDE_COMPETITION_RESULTS,
    Permission.RESTORE_RECORDS,
    Permission.VIEW_AUDIT,
    Permission.BACKUP,
}
_ADMIN = {
    Permission.VIEW_RECORDS,
    Permission.VIEW_FULL_ID,
    Permission.VIEW_FULL_PHONE,
    Permission.EDIT_ORGANISATIONS,
    Permission.EDIT_TEMPLATES,
    Permission.RESTORE_RECORDS,
    Permission.PURGE_RECORDS,
    Permission.VIEW_AUDIT,
    Permission.MANAGE_USERS,
    Permission.OFFICE_SETTINGS,
    Permission.MANAGE_AID_PROGRAMMES,
    Permission.OVERRIDE_BUDGET,
    Permission.BACKUP,
    Permission.RESTORE_BACKUP,
    Permission.PRINT_DOCUMENTS,
    Permission.EXPORT_DATA,
}
_VIEWER = {Permission.VIEW_RECORDS}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(_ADMIN),
    Role.CLERK: frozenset(_CLERK),
    Role.REVIEWER: frozenset(_REVIEWER),
    Role.VIEWER: frozenset(_VIEWER),
}


def role_may(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def roles_with(permission: Permission) -> list[Role]:
    """The roles that hold `permission`, in the order of `Role` (to say who can do what one's own role cannot)."""
    return [role for role in Role if permission in ROLE_PERMISSIONS.get(role, frozenset())]
