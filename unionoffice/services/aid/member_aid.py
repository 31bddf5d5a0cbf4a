"""A member's hardship file and every aid they and their household received (public: the member page's tab).

The household is the member's file: aid paid to another member on the same file shows too (docs/domain.md (b):
two struggling workers of one family share one file). Aid follows the person across unions (docs/domain.md (f) 1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.aid import (
    AidApplication,
    AidLoan,
    AidProgramme,
    HardshipFile,
    RecuperationBatch,
    RecuperationNomination,
)
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core.context import Actor


@dataclass(frozen=True)
class AidHistoryRow:
    on: date | None
    what: str  # programme or batch
    kind: str  # aid type, 疗休养, 贴息贷款
    recipient: str  # the member, or a child / another member of the household
    state: str
    amount_fen: int | None


@dataclass(frozen=True)
class MemberAid:
    file_no: str
    file_status: str
    category: str
    category_reason: str
    rechecked_on: date | None
    history: list[AidHistoryRow]


def member_aid(db: Database, actor: Actor, member_id: int) -> MemberAid:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        file = session.execute(select(HardshipFile).where(HardshipFile.member_id == member_id)
                               .order_by(HardshipFile.id.desc()).limit(1)).scalar()
        own = AidApplication.member_id == member_id
        household = or_(own, AidApplication.file_id == file.id) if file is not None else own
        rows = session.execute(select(AidApplication, AidProgramme.name, Member.name)
                               .join(AidProgramme, AidProgramme.id == AidApplication.programme_id)
                               .join(Member, Member.id == AidApplication.member_id).where(household)
                               .order_by(AidApplication.id.desc())).all()
        history = [AidHistoryRow(a.paid_on or a.decided_on or a.submitted_on, programme, a.aid_type,
                                 (f"子女{a.child_name}" if a.child_name else name), a.state,
                                 a.amount_fen if a.amount_fen is not None else a.amount_asked_fen)
                   for a, programme, name in rows]
        for batch, state in session.execute(select(RecuperationBatch, RecuperationNomination.state).join(
                RecuperationNomination, RecuperationNomination.batch_id == RecuperationBatch.id)
                .where(RecuperationNomination.member_id == member_id)):
            history.append(AidHistoryRow(batch.start_date, f"{batch.name}（{batch.destination}）", "疗休养", "本人",
                                         state, batch.subsidy_fen))
        for loan in session.execute(select(AidLoan).where(AidLoan.member_id == member_id)).scalars():
            history.append(AidHistoryRow(loan.start_date, f"{loan.bank}贷款", "小额贴息贷款", "本人", loan.state,
                                         loan.principal_fen))
        history.sort(key=lambda r: r.on or date.min, reverse=True)
        if file is None:
            return MemberAid("", "", "", "", None, history)
        return MemberAid(file.file_no, file.status, file.category or "", file.category_reason, file.rechecked_on,
                         history)
