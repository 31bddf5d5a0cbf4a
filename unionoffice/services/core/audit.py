"""Writing the audit trail: one hash-chained entry per change, in the caller's transaction.

Each entry is signed with this installation's secret (HMAC-SHA256 over its id, its predecessor's hash and its
content; services/core/audit_key.py), so whoever holds the database file but not the secret cannot rewrite the
chain after editing, inserting or renumbering entries. Deleting the newest entries is caught by the anchors kept
outside the file (services/core/audit_anchor.py). docs/audit-trail.md says what this can and cannot prove."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.bulk import bulk_insert
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.phone import mask_account, mask_phone
from unionoffice.services.core import changes as change_signals
from unionoffice.services.core.audit_key import AuditKey, current_key
from unionoffice.services.core.context import SYSTEM, Actor

log = logging.getLogger(__name__)

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
    """The plain SHA-256 of entries written before migration 0009 (key_id NULL): anyone can recompute it."""
    payload = json.dumps(
        [prev_hash, entry.at.isoformat(), entry.user_id, entry.username, entry.action, entry.entity,
         entry.entity_id, entry.summary, entry.changes],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# One encoder and one keyed HMAC per secret, copied for each entry: a batch of 1,000 approvals signs 1,000 entries,
# and json.dumps with options builds a new encoder per call, hmac.new hashes the padded key twice per call.
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_KEYED: dict[bytes, Any] = {}


def keyed_hash(secret: bytes, prev_hash: str, entry: AuditEntry) -> str:
    """HMAC-SHA256 of the entry's id, its predecessor's hash, its content and the key it names."""
    return _sign(secret, entry.id, prev_hash, entry.at.isoformat(), entry.user_id, entry.username, entry.action,
                 entry.entity, entry.entity_id, entry.summary, entry.changes, entry.key_id)


def _sign(secret: bytes, *fields: object) -> str:
    """keyed_hash over the entry's fields in its order (record_many signs rows it never makes entries of)."""
    keyed = _KEYED.get(secret)
    if keyed is None:
        keyed = _KEYED.setdefault(secret, hmac.new(secret, digestmod=hashlib.sha256))
    mac = keyed.copy()
    mac.update(_COMPACT.encode(["uo-audit-1", *fields]).encode("utf-8"))
    return str(mac.hexdigest())


def _chain_head(session: Session) -> tuple[int, str]:
    """(id, hash) of the newest entry, (0, GENESIS) for an empty trail; on PostgreSQL writers queue here first."""
    if session.get_bind().dialect.name == "postgresql":
        last = _pg_locked_head(session)
    else:
        last = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)


_PG_CHAIN_LOCK = "SELECT pg_advisory_xact_lock(%s)"
_PG_CHAIN_HEAD = "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1"


def _pg_locked_head(session: Session) -> Any:
    """The chain's lock (held until this transaction ends, so the next writer reads our hash as its predecessor), then
    the newest entry, sent together in one round trip (a psycopg pipeline, with the transaction's BEGIN when it is the
    first statement) instead of three: a reveal recorded before search hits are shown waits for every round trip.
    The server still runs them one after the other, and in READ COMMITTED the head's SELECT takes its snapshot only
    once the lock is granted, so it sees the entry of the writer that held it. (One statement doing both would not:
    its snapshot would be taken before the wait.)"""
    import psycopg
    from sqlalchemy.exc import DBAPIError

    driver = session.connection().connection.driver_connection
    assert isinstance(driver, psycopg.Connection)
    if not psycopg.Pipeline.is_supported():  # a psycopg built against libpq before 14: one statement at a time
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
        return session.execute(text(_PG_CHAIN_HEAD)).first()
    try:
        with driver.pipeline():
            driver.execute(_PG_CHAIN_LOCK, (CHAIN_LOCK_KEY,))
            return driver.execute(_PG_CHAIN_HEAD).fetchone()
    except psycopg.Error as exc:  # as SQLAlchemy reports a failed statement (retry.py reads its SQLSTATE)
        raise DBAPIError.instance(_PG_CHAIN_HEAD, None, exc, psycopg.Error) from exc


def seal(entry: AuditEntry, last_id: int, prev_hash: str, key: AuditKey) -> None:
    """Number `entry` after `last_id` and sign it onto `prev_hash`. Ids are given here, gap-free, rather than by the
    database, because the id is part of what is signed (renumbering the trail breaks every entry)."""
    entry.id = last_id + 1
    entry.prev_hash = prev_hash
    entry.key_id = key.id
    entry.hash = keyed_hash(key.secret, prev_hash, entry)


def append(session: Session, entries: list[AuditEntry], *, quiet: bool = False) -> None:
    """Chain and add prepared entries (content set, hashes not) in the caller's transaction: one head read for a
    whole import instead of one per entry. `quiet`: the entries change no record (see `record`)."""
    if not entries:
        return
    last_id, previous = _chain_head(session)
    key = current_key()
    for entry in entries:
        if not quiet:
            change_signals.note(session.info, entry.entity, entry.action)
        seal(entry, last_id, previous, key)
        last_id, previous = entry.id, entry.hash
    session.add_all(entries)
    session.flush()


def new_entry(actor: Actor, action: str, summary: str, *, entity: str | None = None,
              entity_id: int | str | None = None, changes: Mapping[str, tuple[Any, Any]] | None = None) -> AuditEntry:
    """An entry's content, not yet chained (see `append`)."""
    return AuditEntry(
        at=utcnow(),
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=None if entity_id is None else str(entity_id),
        summary=summary[:400],
        changes=json.dumps(masked_changes(changes), ensure_ascii=False, sort_keys=True) if changes else None,
        prev_hash="",
        hash="",
    )


def record(
    session: Session,
    actor: Actor,
    action: str,
    summary: str,
    *,
    entity: str | None = None,
    entity_id: int | str | None = None,
    changes: Mapping[str, tuple[Any, Any]] | None = None,
    quiet: bool = False,
) -> AuditEntry:
    """Append one entry; it commits or rolls back with the change it describes. `quiet` for an entry about records
    that it leaves as they were (a list printed from them): the views showing them are not told to refresh, which
    would drop the clerk's selection for nothing."""
    entry = new_entry(actor, action, summary, entity=entity, entity_id=entity_id, changes=changes)
    append(session, [entry], quiet=quiet)
    return entry


@dataclass(frozen=True)
class Change:
    """One entry of `record_many`."""

    summary: str
    entity: str | None = None
    entity_id: int | str | None = None
    changes: Mapping[str, tuple[Any, Any]] | None = None


def record_many(session: Session, actor: Actor, action: str, entries: Sequence[Change]) -> None:
    """Append one signed, chained entry per change in a single insert: a batch of 1,000 approvals writes its 1,000
    entries without 1,000 ORM objects and flushes. Same numbering, signature, masking and transaction as `record`."""
    if not entries:
        return
    session.flush()
    for change in entries:
        change_signals.note(session.info, change.entity, action)
    last_id, prev_hash = _chain_head(session)
    key = current_key()
    at = utcnow()
    at_text, user_id, username = at.isoformat(), actor.user_id, actor.username  # the same for every entry
    rows = []
    for change in entries:
        # The row's fields, signed as keyed_hash signs an entry, without an ORM object per entry.
        entry_id = last_id + 1
        entity_id = None if change.entity_id is None else str(change.entity_id)
        summary = change.summary[:400]
        changes = (json.dumps(masked_changes(change.changes), ensure_ascii=False, sort_keys=True)
                   if change.changes else None)
        digest = _sign(key.secret, entry_id, prev_hash, at_text, user_id, username, action, change.entity, entity_id,
                       summary, changes, key.id)
        rows.append({"id": entry_id, "at": at, "user_id": user_id, "username": username, "action": action,
                     "entity": change.entity, "entity_id": entity_id, "summary": summary, "changes": changes,
                     "key_id": key.id, "prev_hash": prev_hash, "hash": digest})
        last_id, prev_hash = entry_id, digest
    bulk_insert(session, AuditEntry.__table__, rows)  # type: ignore[arg-type]


def legacy_entries(session: Session) -> int:
    """How many entries at the end of the trail are unsigned (written before migration 0009); 0 once signed."""
    newest_key = session.execute(select(AuditEntry.key_id).order_by(AuditEntry.id.desc()).limit(1)).first()
    if newest_key is None or newest_key[0] is not None:
        return 0
    return int(session.execute(select(func.count()).select_from(AuditEntry)
                               .where(AuditEntry.key_id.is_(None))).scalar_one())


def seal_legacy_trail(db: Database) -> bool:
    """After the upgrade to signed entries: if the trail ends in unsigned entries, sign a link to them now, in an
    entry that says so (their plain SHA-256 chain is checked and the result written down). From then on a rewrite of
    the old entries breaks this entry's signature. Returns True if it wrote one."""
    from unionoffice.services.core.audit_trail import legacy_chain_report

    if db.read_only_reason:
        return False
    with db.read() as session:  # almost always nothing to do: no write transaction for that
        if legacy_entries(session) == 0:
            return False
    with db.write() as session:
        count = legacy_entries(session)
        if count == 0:
            return False
        verdict = legacy_chain_report(session)
        record(session, SYSTEM, "audit_key",
               f"审计记录自此由本机密钥签名（HMAC-SHA256）。此前 {count} 条为旧格式（SHA-256，不能防止整体重算），"
               f"签名时核对：{verdict}", entity="audit_entry")
    log.info("signed the link to %d legacy audit entries", count)
    return True


def diff(obj: object, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields of `values` that differ from `obj`'s current attributes, as {field: (old, new)}."""
    return {k: (getattr(obj, k), v) for k, v in values.items() if getattr(obj, k) != v}
