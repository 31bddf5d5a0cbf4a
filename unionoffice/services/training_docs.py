"""Training documents: completion certificates through the document engine, rosters, sign-in sheets, summaries."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.models.documents import Certificate
from unionoffice.db.models.training import Enrolment

SOURCE_TYPE = "training_class"
KIND = "completion"


def certificate_numbers(session: Session, class_id: int) -> dict[int, str]:
    """{member id: certificate number} of the class's completion certificates still in force."""
    rows = session.execute(select(Certificate.member_id, Certificate.number).where(
        Certificate.source_type == SOURCE_TYPE, Certificate.source_id == class_id, Certificate.kind == KIND,
        Certificate.revoked_at.is_(None)))
    return {member_id: number for member_id, number in rows if member_id is not None}


def certified_enrolments(session: Session, class_id: int) -> set[int]:
    """Enrolment ids of the class whose member holds its completion certificate."""
    holders = set(certificate_numbers(session, class_id))
    if not holders:
        return set()
    return set(session.execute(select(Enrolment.id).where(Enrolment.class_id == class_id,
                                                          Enrolment.member_id.in_(holders))).scalars())


def member_certificates(session: Session, member_id: int) -> dict[int, str]:
    """{class id: certificate number} of one member's completion certificates."""
    return {int(source): number for source, number in session.execute(select(Certificate.source_id, Certificate.number)
            .where(Certificate.member_id == member_id, Certificate.source_type == SOURCE_TYPE,
                   Certificate.kind == KIND, Certificate.revoked_at.is_(None))) if source is not None}
