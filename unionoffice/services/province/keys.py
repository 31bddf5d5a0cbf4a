"""The province's trusted district keys: a package is taken only when signed by a key listed for its district."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.engine import Database
from unionoffice.db.models.province import TrustedKey
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.province.rules import PackageError, check_district_code
from unionoffice.exchange.provincial.archive import read_manifest
from unionoffice.exchange.provincial.signing import PublicKey, grouped
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor


@dataclass(frozen=True)
class KeyRow:
    district_code: str
    district_name: str
    fingerprint: str
    added_at: datetime
    added_by: str
    revoked: bool


def trust_key(db: Database, actor: Actor, district_code: str, district_name: str, public_key: str,
              fingerprint: str) -> KeyRow:
    """List a district's public key as trusted. The fingerprint typed in (as the district read it out over the
    phone or wrote it on its covering letter) must match the key: that check is the point of trusting."""
    actor.require(Permission.OFFICE_SETTINGS)
    code = check_district_code(district_code)
    key = PublicKey.from_text(public_key.strip())
    typed = "".join(fingerprint.split()).lower()
    if typed != key.fingerprint:
        raise ValidationError(f"输入的指纹与数据包中的公钥不符（公钥的指纹是 {grouped(key.fingerprint)}）",
                              field="公钥指纹")
    with db.write() as session:
        row = session.execute(select(TrustedKey).where(TrustedKey.district_code == code,
                                                       TrustedKey.fingerprint == key.fingerprint)).scalar_one_or_none()
        if row is None:
            row = TrustedKey(district_code=code, district_name=district_name.strip() or code,
                             fingerprint=key.fingerprint, public_key=key.text, added_by=actor.username)
            session.add(row)
        row.revoked_at = None
        session.flush()
        audit.record(session, actor, "create", f"登记区县 {code} 的签名公钥（指纹 {key.fingerprint[:16]}…）为可信",
                     entity="province_trusted_key", entity_id=row.id)
        return _row(row)


def trust_from_package(db: Database, actor: Actor, package: Path, fingerprint: str,
                       password: str | None = None) -> KeyRow:
    """Take the public key out of a package's (signature-checked) manifest, if the typed fingerprint matches."""
    actor.require(Permission.OFFICE_SETTINGS)
    manifest, _digest, _encrypted = read_manifest(package, password)
    return trust_key(db, actor, manifest.district_code, manifest.district_name, manifest.public_key.text, fingerprint)


def revoke_key(db: Database, actor: Actor, district_code: str, fingerprint: str) -> None:
    actor.require(Permission.OFFICE_SETTINGS)
    with db.write() as session:
        row = session.execute(select(TrustedKey).where(
            TrustedKey.district_code == district_code, TrustedKey.fingerprint == fingerprint.lower(),
            TrustedKey.revoked_at.is_(None))).scalar_one_or_none()
        if row is None:
            raise NotFoundError(f"区县 {district_code} 没有指纹为 {fingerprint[:16]}… 的可信公钥")
        row.revoked_at = utcnow()
        audit.record(session, actor, "delete", f"撤销区县 {district_code} 的签名公钥（指纹 {fingerprint[:16]}…）",
                     entity="province_trusted_key", entity_id=row.id)


def trusted_keys(db: Database, actor: Actor) -> list[KeyRow]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        rows = session.execute(select(TrustedKey).order_by(TrustedKey.district_code, TrustedKey.id)).scalars()
        return [_row(r) for r in rows]


def require_trusted(session: Session, district_code: str, district_name: str, fingerprint: str) -> None:
    row = session.execute(select(TrustedKey.id).where(
        TrustedKey.district_code == district_code, TrustedKey.fingerprint == fingerprint,
        TrustedKey.revoked_at.is_(None))).first()
    if row is None:
        raise PackageError(f"{district_name}（{district_code}）的数据包由未登记的密钥签名"
                           f"（指纹 {grouped(fingerprint)}）。请与该区县核对指纹后，"
                           "用“登记区县公钥”（unionoffice province trust）登记，再汇总")


def _row(row: TrustedKey) -> KeyRow:
    return KeyRow(row.district_code, row.district_name, row.fingerprint, row.added_at, row.added_by,
                  row.revoked_at is not None)
