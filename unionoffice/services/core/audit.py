"""Writing the audit trail: one hash-chained entry per change, in the caller's transaction."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.bulk import bulk_insert
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.phone import mask_account, mask_phone
from unionoffice.services.core.context import Actor

GENESIS = "0" * 64
# Values of these fields are stored masked, so the trail itself does not leak what it protects.
MASKERS = {
    "id_number": mask_id,
    "id_number_original": mask_id,
    "phone": mask_phone,
    "card_number": mask_account,
    "internal_card_number": mask_account,
    "bank_card": mask_account,
}
# pg_advisory_xact_lock key ("UOAU"): PostgreSQL writers queue here so two transactions never chain their entries
# to the same predecessor. SQLite needs nothing: BEGIN IMMEDIATE already lets one writer in at a time.
CHAIN_LOCK_KEY = 0x554F4155
SKIPPED_FIELDS = {"id_reversed", "phone_reversed", "pinyin_full", "pinyin_initials", "updated_at", "version"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def masked_changes(changes: Mapping[str, tuple[Any, Any]]) -> dict[str, list[Any]]:
    result: dict[str, list[Any]] = {}
    for field, (old, new) in changes.items():
        if field in SKIPPED_FIELDS:
            continue
        mask = MASKERS.get(field)
        if mask is not None:
            old = mask(old) if old else old
            new = mask(new) if new else new
        result[field] = [_plain(old), _plain(new)]
    return result


def entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    payload = json.dumps(
        [prev_hash, entry.at.isoformat(), entry.user_id, entry.username, entry.action, entry.entity,
         entry.entity_id, entry.summary, entry.changes],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(
    session: Session,
    actor: Actor,
    action: str,
    summary: str,
    *,
    entity: str | None = None,
    entity_id: int | str | None = None,
    changes: Mapping[str, tuple[Any, Any]] | None = None,
) -> AuditEntry:
    """Append one entry; it commits or rolls back with the change it describes."""
    if session.get_bind().dialect.name == "postgresql":
        # Held until this transaction ends, so the next writer reads our hash as its predecessor.
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
    last = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev_hash = last or GENESIS
    entry = AuditEntry(
        at=utcnow(),
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        summary=summary[:400],
        changes=json.dumps(masked_changes(changes), ensure_ascii=False, sort_keys=True) if changes else None,
        prev_hash=prev_hash,
        hash="",
    )
    entry.hash = entry_hash(prev_hash, entry)
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class Change:
    """One entry of `record_many`."""

    summary: str
    entity: str | None = None
    entity_id: int | str | None = None
    changes: Mapping[str, tuple[Any, Any]] | None = None


def record_many(session: Session, actor: Actor, action: str, entries: Sequence[Change]) -> None:
    """Append one chained entry per change in a single insert: a batch of 1,000 approvals writes its 1,000 entries
    without 1,000 flushes. Same chain, same masking, same transaction as `record`."""
    if not entries:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
    session.flush()
    prev_hash = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS
    at = utcnow()
    rows = []
    for change in entries:
        # The fields entry_hash reads, without building an ORM object per entry.
        entry = SimpleNamespace(at=at, user_id=actor.user_id, username=actor.username, action=action,
                                entity=change.entity,
                                entity_id=None if change.entity_id is None else str(change.entity_id),
                                summary=change.summary[:400],
                                changes=json.dumps(masked_changes(change.changes), ensure_ascii=False, sort_keys=True)
                                if change.changes else None)
        digest = entry_hash(prev_hash, entry)  # type: ignore[arg-type]
        rows.append({**vars(entry), "prev_hash": prev_hash, "hash": digest})
        prev_hash = digest
    bulk_insert(session, AuditEntry.__table__, rows)  # type: ignore[arg-type]


def diff(obj: object, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields of `values` that differ from `obj`'s current attributes, as {field: (old, new)}."""
    return {k: (getattr(obj, k), v) for k, v in values.items() if getattr(obj, k) != v}
