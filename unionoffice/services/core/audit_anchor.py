"""Anchors of the audit trail outside the database: (entry count, head hash), signed, at each backup and clean exit.

A trail inside the file it audits cannot prove that its newest entries were not deleted (docs/reliability.md §1b).
So the count and the newest hash are written down where the file's holder cannot quietly change them without the
installation's key: appended to `audit-anchors/<trail>.jsonl` in the user data folder (owner-only), and into every
backup file's `audit_anchor` table. `audit_trail.check_chain` compares the trail with them. docs/audit-trail.md says
what this proves and what it cannot.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.fileutil import open_private, private_folder
from unionoffice.services.core.audit_key import KeyRing, current_key

log = logging.getLogger(__name__)

FOLDER_NAME = "audit-anchors"
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a UTC timestamp in SQLite (db/base.py UTCDateTime)
KIND_LABELS = {"backup": "备份", "exit": "正常退出", "restore": "从备份恢复", "backup-file": "备份文件内"}


@dataclass(frozen=True)
class TrailState:
    count: int
    trail: str  # the first entry's hash: which trail this is
    head: str  # the newest entry's hash


@dataclass(frozen=True)
class Anchor:
    at: str  # ISO 8601, UTC
    kind: str
    location: str
    trail: str
    count: int
    head: str
    key_id: str
    mac: str = ""

    @property
    def when(self) -> datetime:
        return datetime.fromisoformat(self.at)

    def describe(self) -> str:
        return f"{self.when.astimezone():%Y-%m-%d %H:%M}（{KIND_LABELS.get(self.kind, self.kind)}）时的锚点"


def _payload(anchor: Anchor) -> bytes:
    return json.dumps(["uo-anchor-1", anchor.at, anchor.kind, anchor.location, anchor.trail, anchor.count,
                       anchor.head, anchor.key_id], ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _mac(secret: bytes, anchor: Anchor) -> str:
    return hmac.new(secret, _payload(anchor), hashlib.sha256).hexdigest()


def signature_ok(anchor: Anchor, ring: KeyRing) -> bool | None:
    """True or False; None when the anchor was signed with a key this installation does not have."""
    secret = ring.secret(anchor.key_id)
    if secret is None:
        return None
    return hmac.compare_digest(_mac(secret, anchor), anchor.mac)


def location_of(db: Database) -> str:
    """Which database: the SQLite file's full path, or the server URL without its password."""
    if db.is_sqlite and db.path is not None:
        return str(db.path.resolve())
    return make_url(db.url).render_as_string(hide_password=True)


def trail_state(session: Session) -> TrailState | None:
    count = int(session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())
    if count == 0:
        return None
    first = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id).limit(1)).scalar_one()
    head = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    return TrailState(count, first, head)


def sign(state: TrailState, kind: str, location: str, *, at: datetime | None = None) -> Anchor:
    key = current_key()
    unsigned = Anchor((at or utcnow()).astimezone(UTC).isoformat(), kind, location, state.trail, state.count,
                      state.head, key.id)
    return Anchor(**{**asdict(unsigned), "mac": _mac(key.secret, unsigned)})


def anchors_folder() -> Path:
    from unionoffice.paths import user_data_dir

    return private_folder(user_data_dir() / FOLDER_NAME)


def record_anchor(db: Database, kind: str) -> Anchor | None:
    """Write down where the trail stands now (nothing for an empty trail). Appended, synced, one line per anchor."""
    with db.read() as session:
        state = trail_state(session)
    if state is None:
        return None
    anchor = sign(state, kind, location_of(db))
    path = anchors_folder() / f"{anchor.trail[:16]}.jsonl"
    with open_private(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(asdict(anchor), ensure_ascii=False) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    return anchor


def record_anchor_quietly(db: Database, kind: str) -> None:
    """At a clean exit or after a backup: an anchor that cannot be written is logged, never an error for the user."""
    try:
        record_anchor(db, kind)
    except Exception:  # the data folder full or unwritable, a damaged trail: the work itself is done
        log.exception("could not record the audit anchor (%s)", kind)


def embed_in_copy(conn: sqlite3.Connection, location: str) -> None:
    """Write the copy's own (count, head) into its `audit_anchor` table: `online_copy` calls this on a backup before
    it gets its final name, so the anchor travels with the file. A schema without the table is left alone."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "audit_anchor" not in tables:
        return
    count = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    if not count:
        return
    first = conn.execute("SELECT hash FROM audit_entry ORDER BY id LIMIT 1").fetchone()[0]
    head = conn.execute("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()[0]
    anchor = sign(TrailState(count, first, head), "backup-file", location)
    conn.execute("DELETE FROM audit_anchor")  # a restored file may hold its own backup's anchor
    conn.execute("INSERT INTO audit_anchor (at, kind, location, trail, entry_count, head_hash, key_id, mac) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 (anchor.when.astimezone(UTC).strftime(SQLITE_TIME), anchor.kind, anchor.location, anchor.trail,
                  anchor.count, anchor.head, anchor.key_id, anchor.mac))
    conn.commit()


def _from_files(trail: str | None, location: str) -> list[Anchor]:
    found: list[Anchor] = []
    for path in sorted(anchors_folder().glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                anchor = Anchor(**json.loads(line))
            except (ValueError, TypeError):  # a line cut short by a kill while it was appended
                log.warning("unreadable audit anchor in %s", path)
                continue
            if anchor.trail == trail or anchor.location == location:
                found.append(anchor)
    return found


def _from_backups(db: Database, trail: str | None, location: str) -> list[Anchor]:
    if not db.is_sqlite or db.path is None:
        return []
    from unionoffice.services.core.backups import backup_folder, list_backups

    found: list[Anchor] = []
    for backup in list_backups(backup_folder(db), db.path.stem):
        try:
            conn = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
            try:
                rows = conn.execute("SELECT at, kind, location, trail, entry_count, head_hash, key_id, mac "
                                    "FROM audit_anchor").fetchall()
            finally:
                conn.close()
        except sqlite3.Error:  # an older backup without the table, or a damaged one: backup verify says which
            continue
        for at, kind, where, their_trail, count, head, key_id, mac in rows:
            stamp = datetime.fromisoformat(str(at)).replace(tzinfo=UTC).isoformat()
            anchor = Anchor(stamp, kind, where, their_trail, int(count), head, key_id, mac)
            if anchor.trail == trail or anchor.location == location:
                found.append(anchor)
    return found


def stored_anchors(db: Database, trail: str | None) -> list[Anchor]:
    """Every anchor of this trail (or, for anchors of another trail, of this database's location), oldest first."""
    location = location_of(db)
    anchors = _from_files(trail, location) + _from_backups(db, trail, location)
    return sorted(anchors, key=lambda a: a.at)

