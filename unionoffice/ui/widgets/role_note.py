"""Where a role cannot do a thing, say who can: “录入会员需经办人账户；管理员可在“用户管理”中添加”.

A page puts a `RoleNote` where the hidden button would be, naming the action in its own words; the note is empty and
hidden for a role that may do it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from unionoffice.domain.common.permissions import Permission, roles_with
from unionoffice.services.core.context import Actor


def who_can(actor: Actor, permission: Permission, action: str) -> str:
    """Empty when `actor` may; otherwise which roles may do `action` and who adds such an account."""
    if actor.may(permission):
        return ""
    roles = roles_with(permission)
    if not roles:
        return QCoreApplication.translate("RoleNote", "%1 is not available to any role.").replace("%1", action)
    names = QCoreApplication.translate("RoleNote", " or ").join(role.value for role in roles)
    if actor.may(Permission.MANAGE_USERS):
        text = QCoreApplication.translate("RoleNote", "%1 needs a %2 account; you can add one under “Users”.")
    else:
        text = QCoreApplication.translate(
            "RoleNote", "%1 needs a %2 account; the administrator can add one under “Users”.")
    return text.replace("%1", action).replace("%2", names)


class RoleNote(QLabel):
    """The note in a page's button row; hidden when the signed-in role may do the action."""

    def __init__(self, actor: Actor, permission: Permission, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleNote")
        text = who_can(actor, permission, action)
        self.setText(text)
        self.setToolTip(text)
        self.setWordWrap(True)
        self.setVisible(bool(text))
