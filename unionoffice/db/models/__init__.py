"""The tables every part of the program uses: members, organisations, accounts, the audit trail, settings.

A feature's own tables live in their module (`db.models.aid`, `db.models.training`, …) and are registered on
`Base.metadata` when a service first imports that module, so a start loads only what its first screen reads
(docs/architecture.md, Start-up). What needs the whole schema at once asks `registry.load_all_models()`.
"""

from unionoffice.db.models.account import User
from unionoffice.db.models.audit import AuditAnchor, AuditEntry
from unionoffice.db.models.member import Member, MemberDistinction, MemberNameGram, MembershipEvent
from unionoffice.db.models.organisation import Organisation
from unionoffice.db.models.setting import Setting

__all__ = ["AuditAnchor", "AuditEntry", "Member", "MemberDistinction", "MemberNameGram", "MembershipEvent",
           "Organisation", "Setting", "User"]
