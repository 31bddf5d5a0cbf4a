"""What each role sees of aid records (docs/reliability.md R2, E2): member IDs and bank cards masked in every list,
the child's ID number and school only with VIEW_CHILD_DATA — everyone else sees them hidden, in lists, exports and
documents alike."""

from __future__ import annotations

from unionoffice.domain.aid.notices import mask_child_text
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core.context import Actor

HIDDEN_ID = "*" * 18


def child_id_in_list(actor: Actor, number: str | None) -> str:
    if not number:
        return ""
    return mask_id(number) if actor.may(Permission.VIEW_CHILD_DATA) else HIDDEN_ID


def child_school(actor: Actor, school: str | None) -> str:
    return (school or "") if actor.may(Permission.VIEW_CHILD_DATA) else mask_child_text(school)
