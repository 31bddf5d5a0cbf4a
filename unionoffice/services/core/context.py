"""Who is acting: the signed-in user and their role, checked by every service call."""

from __future__ import annotations

from dataclasses import dataclass

from unionoffice.domain.common.errors import PermissionDeniedError
from unionoffice.domain.common.permissions import Permission, Role, role_may


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service runs. `user_id` is None only for the system itself."""

    username: str
    role: Role
    user_id: int | None = None
    display_name: str = ""

    def may(self, permission: Permission) -> bool:
        return role_may(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.may(permission):
            raise PermissionDeniedError(f"您的角色（{self.role.value}）没有“{permission.value}”的权限。")


# Used by start-up tasks, migrations and the demo generator: never by a person at the keyboard.
SYSTEM = Actor(username="system", role=Role.ADMIN, user_id=None, display_name="系统")
# The demo generator entering records as a clerk would (issuing certificates is entering a record, which the
# administrator's role does not do): never by a person at the keyboard either.
SYSTEM_CLERK = Actor(username="system", role=Role.CLERK, user_id=None, display_name="系统")
