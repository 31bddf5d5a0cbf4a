"""Checking a certificate by its verification code or scanned QR text: open to anyone holding one."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Setting
from unionoffice.db.models.documents import Certificate
from unionoffice.documents.templates import KIND_NAMES, DocumentKind
from unionoffice.domain.certificates.verification import CODE_LENGTH, code_matches, is_well_formed, parse_scanned

KEY_SETTING = "certificate_hmac_key"


def office_key(session: Session, *, create: bool = True) -> bytes | None:
    """The office's secret for verification codes, made on first use; it never leaves the database."""
    row = session.get(Setting, KEY_SETTING)
    if row is None:
        if not create:
            return None
        row = Setting(key=KEY_SETTING, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)


def code_is_consistent(key: bytes, cert: Certificate) -> bool:
    return code_matches(key, cert.verification_code, cert.number, cert.person_name, cert.issue_date)


@dataclass(frozen=True)
class VerificationResult:
    """What `unionoffice verify` and the verification dialog show."""

    status: str  # genuine | revoked | altered | unknown | malformed
    message: str
    number: str = ""
    kind_name: str = ""
    person_name: str = ""
    issuer: str = ""
    issue_date: date | None = None
    reprint_count: int = 0
    reissued_on: date | None = None

    @property
    def genuine(self) -> bool:
        return self.status == "genuine"


def verify_code(db: Database, code: str) -> VerificationResult:
    """Look a code (or a scanned QR text) up. Anyone holding a certificate may check it: the answer shows only
    what the certificate itself prints, so no sign-in is needed."""
    scanned = parse_scanned(code)
    if not is_well_formed(scanned.code):
        return VerificationResult("malformed", f"查验码应为 {CODE_LENGTH} 位字母和数字（例如 ABCDE-12345）。")
    with db.read() as session:
        query = select(Certificate).where(Certificate.verification_code == scanned.code)
        if scanned.number:
            query = query.where(Certificate.number == scanned.number)
        cert = session.scalars(query.order_by(Certificate.id)).first()
        key = office_key(session, create=False)
        if cert is None or key is None:
            return VerificationResult("unknown", "查无此证：本单位没有颁发过这个查验码的证书。")
        found = cert

        def result(status: str, message: str) -> VerificationResult:
            return VerificationResult(status, message, found.number, KIND_NAMES[DocumentKind(found.kind)],
                                      found.person_name, found.issuer, found.issue_date, found.reprint_count,
                                      found.reissued_on)

        if not code_is_consistent(key, cert):
            return result("altered", "记录与查验码不符：证书记录可能被改动，请联系发证单位。")
        if cert.revoked_at is not None:
            return result("revoked", f"此证已作废：{cert.revoke_reason or ''}")
        return result("genuine", "真实有效：与本单位颁发记录一致。")
