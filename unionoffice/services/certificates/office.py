"""The office's settings documents print: name, 负责人, scanned seal, document-number prefixes, verification URL.

Kept in the `setting` table; read without a permission (every print needs them, they hold no personal data),
changed only with OFFICE_SETTINGS. Until the office has imported its seal, numbered documents are not issued.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, fields, replace

from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Setting
from unionoffice.documents.images import DATA_PREFIX, png_data_ref, seal_from_scan
from unionoffice.documents.office import Office
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.members import organisations

PREFIX = "office_"  # setting keys: office_name, office_head, office_seal, …
LABELS = {"name": "单位名称", "head": "负责人", "seal": "印章", "doc_prefix": "发文字号前缀",
          "letter_prefix": "函号前缀", "verify_url": "查验网址"}
NO_SEAL = "本单位印章尚未导入：请管理员在“单位设置”中导入印章扫描件后再颁发（样张只用于预览）"


def office_in_session(session: Session) -> Office:
    values = {f.name: "" for f in fields(Office)}
    for name in values:
        row = session.get(Setting, PREFIX + name)
        if row is not None:
            values[name] = row.value
    if not values["name"]:  # a new office: the district federation named at first start
        district = organisations.district(session)
        values["name"] = district.name if district is not None else ""
    return Office(**values)


def load_office(db: Database) -> Office:
    with db.read() as session:
        return office_in_session(session)


def check_office(office: Office) -> Office:
    cleaned = replace(office, **{k: v.strip() for k, v in asdict(office).items() if k != "seal"})
    if not cleaned.name:
        raise ValidationError("请填写本单位名称（落款和印章上的名称）", field=LABELS["name"])
    for name in ("name", "head", "doc_prefix", "letter_prefix"):
        if len(getattr(cleaned, name)) > 60:
            raise ValidationError("不能超过 60 个字", field=LABELS[name])
    url = cleaned.verify_url
    if url and (not url.lower().startswith(("http://", "https://")) or len(url) > 120 or " " in url):
        raise ValidationError("应以 http:// 或 https:// 开头，不含空格，不超过 120 个字符", field=LABELS["verify_url"])
    if cleaned.seal and not cleaned.seal.startswith(DATA_PREFIX):
        raise ValidationError("印章图片无法识别", field=LABELS["seal"])
    return cleaned


def _shown(name: str, value: str) -> str:
    if name == "seal" and value:
        return f"PNG sha256:{hashlib.sha256(value.encode('ascii')).hexdigest()[:12]}"
    return value


def save_office(db: Database, actor: Actor, office: Office) -> Office:
    """Store the settings (administrators only); audited with the seal as a fingerprint."""
    actor.require(Permission.OFFICE_SETTINGS)
    office = check_office(office)
    with db.write() as session:
        old = office_in_session(session)
        changes = {}
        for name, value in asdict(office).items():
            if getattr(old, name) != value:
                changes[name] = (_shown(name, getattr(old, name)), _shown(name, value))
            row = session.get(Setting, PREFIX + name)
            if row is None:
                session.add(Setting(key=PREFIX + name, value=value))
            else:
                row.value = value
        session.flush()
        if changes:
            audit.record(session, actor, "update", f"修改单位设置：{'、'.join(LABELS[k] for k in changes)}",
                         entity="setting", entity_id="office", changes=changes)
    return office


def seal_ref_from_scan(data: bytes) -> str:
    """A scanned seal made into the transparent PNG reference `Office.seal` holds."""
    return png_data_ref(seal_from_scan(data))
