"""Document templates: the shipped defaults, the office's saved versions, and who changed them."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.engine import Database
from unionoffice.db.models.documents import DocumentTemplate
from unionoffice.documents.images import DATA_PREFIX
from unionoffice.documents.office import for_office
from unionoffice.documents.templates import DocumentKind, Template, default_template, from_dict
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.certificates.office import office_in_session
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor


def template_in_session(session: Session, kind: DocumentKind | str, *, raw: bool = False) -> Template:
    """The office's template of `kind` (or the shipped default when none was saved), ready to print: the office's
    name, seal, number prefixes and verification address filled in (documents/office.py). `raw` gives it as
    saved, with its references to the office, for the template editor."""
    kind = DocumentKind(kind)
    row = session.get(DocumentTemplate, kind.value)
    template = default_template(kind)
    if row is not None:
        data = json.loads(row.settings)
        data["kind"] = kind.value
        template = from_dict(data, base=template)
    return template if raw else for_office(template, office_in_session(session))


def load_template(db: Database, kind: DocumentKind | str, *, raw: bool = False) -> Template:
    """Reading a template needs no permission: it holds no personal data, and every print uses it."""
    with db.read() as session:
        return template_in_session(session, kind, raw=raw)


def load_all(db: Database) -> dict[DocumentKind, Template]:
    with db.read() as session:
        return {kind: template_in_session(session, kind) for kind in DocumentKind}


def is_customised(db: Database, kind: DocumentKind | str) -> bool:
    with db.read() as session:
        return session.get(DocumentTemplate, DocumentKind(kind).value) is not None


def _audit_value(key: str, value: Any) -> Any:
    """Images are stored inline as base64; the trail records a fingerprint instead of the picture."""
    if isinstance(value, str) and value.startswith(DATA_PREFIX):
        digest = hashlib.sha256(value.encode("ascii")).hexdigest()[:12]
        return f"PNG {len(value) * 3 // 4 // 1024} KB sha256:{digest}"
    return value


def _changes(old: Template, new: Template) -> dict[str, tuple[Any, Any]]:
    before, after = old.to_dict(), new.to_dict()
    return {k: (_audit_value(k, before.get(k)), _audit_value(k, v)) for k, v in after.items() if before.get(k) != v}


def save_template(db: Database, actor: Actor, template: Template) -> Template:
    """Store the office's version of a kind (validated again here: the GUI is not the only caller)."""
    actor.require(Permission.EDIT_TEMPLATES)
    template = from_dict(template.to_dict())
    with db.write() as session:
        old = template_in_session(session, template.kind, raw=True)
        changes = _changes(old, template)
        if not changes:
            return template
        row = session.get(DocumentTemplate, template.kind.value)
        if row is None:
            row = DocumentTemplate(kind=template.kind.value, settings="")
            session.add(row)
        row.settings = template.to_json()
        row.updated_at = utcnow()
        row.updated_by = actor.username
        session.flush()
        audit.record(session, actor, "update", f"修改文书模板「{template.kind_name}」",
                     entity="document_template", entity_id=template.kind.value, changes=changes)
    return template


def reset_template(db: Database, actor: Actor, kind: DocumentKind | str) -> Template:
    """Go back to the shipped default of a kind."""
    actor.require(Permission.EDIT_TEMPLATES)
    kind = DocumentKind(kind)
    with db.write() as session:
        row = session.get(DocumentTemplate, kind.value)
        if row is not None:
            old = template_in_session(session, kind, raw=True)
            session.delete(row)
            session.flush()
            audit.record(session, actor, "update", f"文书模板「{old.kind_name}」恢复为默认",
                         entity="document_template", entity_id=kind.value,
                         changes=_changes(old, default_template(kind)))
    return default_template(kind)


def saved_kinds(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(DocumentTemplate.kind).order_by(DocumentTemplate.kind)))
