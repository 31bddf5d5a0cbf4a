"""All mapped tables; importing this module registers every model on `Base.metadata`."""

from unionoffice.db.models import (
    aid,  # noqa: F401  (registers the aid casework tables)
    competitions,  # noqa: F401  (registers the competition tables)
    dashboard,  # noqa: F401  (registers the dashboard snapshot and data version tables)
    documents,  # noqa: F401  (registers the document and certificate tables)
    exchange,  # noqa: F401  (registers the import batch and column choice tables)
    honours,  # noqa: F401  (registers the honour list and honour tables)
    province,  # noqa: F401  (registers the province's consolidated tables)
    training,  # noqa: F401  (registers the training tables)
)
from unionoffice.db.models.account import User
from unionoffice.db.models.audit import AuditAnchor, AuditEntry
from unionoffice.db.models.member import Member, MemberDistinction, MemberNameGram, MembershipEvent
from unionoffice.db.models.organisation import Organisation
from unionoffice.db.models.setting import Setting

__all__ = ["AuditAnchor", "AuditEntry", "Member", "MemberDistinction", "MemberNameGram", "MembershipEvent",
           "Organisation", "Setting", "User"]
