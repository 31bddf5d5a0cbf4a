"""The password policy as the dialogs preview it: the domain decides which rules are unmet, this words them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from unionoffice.domain.common.passwords import MIN_PASSWORD_LENGTH, PasswordRule, unmet_password_rules

# lupdate finds translate("Context", "text") calls; the context is the one Qt looks up at run time.
translate = QCoreApplication.translate


def placeholder() -> str:
    return translate("PasswordPolicy", "At least %d characters") % MIN_PASSWORD_LENGTH


def rule_text(rule: PasswordRule) -> str:
    if rule is PasswordRule.MIN_LENGTH:
        return translate("PasswordPolicy", "The password needs at least %d characters.") % MIN_PASSWORD_LENGTH
    if rule is PasswordRule.NOT_USERNAME:
        return translate("PasswordPolicy", "The password must differ from the user name.")
    return translate("PasswordPolicy", "The new password must differ from the current one.")


def password_problem(password: str, username: str, *, old_password: str | None = None) -> str:
    """Every rule the typed password breaks, one per line; empty while nothing is typed or when it passes."""
    if not password:
        return ""
    return "\n".join(rule_text(r) for r in unmet_password_rules(password, username, old_password=old_password))
