"""The password policy: which rules a proposed password breaks, for the accounts service and the dialogs."""

from __future__ import annotations

from enum import StrEnum

MIN_PASSWORD_LENGTH = 8


class PasswordRule(StrEnum):
    """One rule; the value is how a message names it (Chinese). The dialogs word it in the UI language."""

    MIN_LENGTH = f"至少 {MIN_PASSWORD_LENGTH} 个字符"
    NOT_USERNAME = "不能与用户名相同"
    NOT_OLD_PASSWORD = "不能与原密码相同"


def _same_text(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def unmet_password_rules(password: str, username: str, *, old_password: str | None = None) -> list[PasswordRule]:
    """The rules `password` breaks for the account `username`, in the order above; empty when it is acceptable.

    `old_password` is given when a user changes their own password (the new one must differ). The comparison
    with the user name ignores case and surrounding spaces: "Zhang2024 " is as guessable as "zhang2024".
    """
    unmet = []
    if len(password) < MIN_PASSWORD_LENGTH:
        unmet.append(PasswordRule.MIN_LENGTH)
    if username.strip() and _same_text(password, username):
        unmet.append(PasswordRule.NOT_USERNAME)
    if old_password is not None and password == old_password:
        unmet.append(PasswordRule.NOT_OLD_PASSWORD)
    return unmet
