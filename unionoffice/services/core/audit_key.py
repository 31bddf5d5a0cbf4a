"""The secret that signs the audit trail: one per installation, kept outside the database, owner-only.

`audit-keys.json` in the user data folder holds the key this installation signs with and any keys imported from
other PCs (an office whose PCs share a PostgreSQL server, or a database moved to a new PC), so entries they signed
can be verified here. What a key can and cannot prove: docs/audit-trail.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from unionoffice.db.engine import Database
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.fileutil import create_private, fsync_dir, open_private
from unionoffice.services.core.context import Actor

KEYS_NAME = "audit-keys.json"
_lock = threading.Lock()
_cache: dict[Path, KeyRing] = {}


@dataclass(frozen=True)
class AuditKey:
    id: str  # public: 16 hex digits derived from the secret, stored with every entry it signs
    secret: bytes


def key_id_of(secret: bytes) -> str:
    return hashlib.sha256(b"unionoffice-audit-key:" + secret).hexdigest()[:16]


@dataclass(frozen=True)
class KeyRing:
    current: AuditKey
    known: dict[str, bytes]

    def secret(self, key_id: str | None) -> bytes | None:
        return None if key_id is None else self.known.get(key_id)


def keys_path() -> Path:
    from unionoffice.paths import user_data_dir

    return user_data_dir() / KEYS_NAME


def _parse(text: str, source: Path) -> KeyRing:
    try:
        data = json.loads(text)
        known = {key_id_of(bytes.fromhex(h)): bytes.fromhex(h) for h in data["keys"]}
        current = data["current"]
        return KeyRing(AuditKey(current, known[current]), known)
    except (ValueError, KeyError, TypeError) as exc:
        raise ValidationError(f"审计密钥文件 {source} 无法读取（{exc.__class__.__name__}）", field="审计密钥") from None


def _dump(ring: KeyRing) -> str:
    return json.dumps({"current": ring.current.id, "keys": sorted(s.hex() for s in ring.known.values())}, indent=1)


def _write_new(path: Path, text: str) -> bool:
    """Put `text` at `path` only if nothing is there yet, complete or not at all: written under a private temporary
    name, then linked into place (two processes starting at once agree on one key). False if another was first."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    with open_private(temp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        if os.name == "nt":
            os.rename(temp, path)  # refuses an existing target on Windows
        else:
            os.link(temp, path)
    except FileExistsError:
        return False
    finally:
        temp.unlink(missing_ok=True)
    fsync_dir(path.parent)
    return True


def key_ring() -> KeyRing:
    """This installation's keys, made on first use."""
    path = keys_path()
    with _lock:
        ring = _cache.get(path)
        if ring is not None:
            return ring
        if not path.exists():
            secret = secrets.token_bytes(32)
            key = AuditKey(key_id_of(secret), secret)
            _write_new(path, _dump(KeyRing(key, {key.id: secret})))
        ring = _parse(path.read_text(encoding="utf-8"), path)
        _cache[path] = ring
        return ring


def current_key() -> AuditKey:
    return key_ring().current


def export_keys(db: Database, actor: Actor, target: Path) -> int:
    """Write every key this installation knows to `target` (owner-only): to verify entries elsewhere. Returns how
    many. Whoever holds this file can forge entries that verify: keep it like a password."""
    from unionoffice.services.core import audit

    actor.require(Permission.VIEW_AUDIT)
    ring = key_ring()
    target.unlink(missing_ok=True)
    create_private(target)
    target.write_text(_dump(ring), encoding="utf-8")
    with db.write() as session:
        audit.record(session, actor, "export", f"导出审计密钥 {len(ring.known)} 个到 {target}", entity="audit_key")
    return len(ring.known)


def import_keys(db: Database, actor: Actor, source: Path) -> int:
    """Add the keys in `source` (from `export_keys` on another PC) to this installation's; the key this
    installation signs with stays. Returns how many were new."""
    from unionoffice.services.core import audit

    actor.require(Permission.VIEW_AUDIT)
    if not source.is_file():
        raise ValidationError(f"找不到文件 {source}", field="审计密钥")
    other = _parse(source.read_text(encoding="utf-8"), source)
    ring = key_ring()
    new = {k: v for k, v in other.known.items() if k not in ring.known}
    if new:
        merged = KeyRing(ring.current, {**ring.known, **new})
        path = keys_path()
        temp = path.with_name(f".{path.name}.import.{os.getpid()}")
        temp.unlink(missing_ok=True)
        with open_private(temp, "w", encoding="utf-8") as handle:
            handle.write(_dump(merged))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        fsync_dir(path.parent)
        with _lock:
            _cache[path] = merged
    with db.write() as session:
        audit.record(session, actor, "import", f"导入审计密钥 {len(new)} 个（{'、'.join(sorted(new)) or '均已有'}）",
                     entity="audit_key")
    return len(new)
