"""The budget and quotas of a programme, enforced by counting before checking (docs/reliability.md §1b): the
programme row is locked in the approving transaction (FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE already
lets one writer in), its `committed_fen` read, checked and raised there, so two clerks approving at once queue and
the second sees the first one's reservation."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.db.models.aid import AidApplication, AidProgramme, AidQuota
from unionoffice.domain.aid.kinds import COMMITTED_STATES
from unionoffice.domain.aid.money import format_yuan
from unionoffice.domain.common.errors import NotFoundError

_COMMITTED = [s.value for s in COMMITTED_STATES]


def lock_programme(session: Session, programme_id: int) -> AidProgramme:
    """The programme row, locked until the transaction ends, with its current figures (not the session's cache)."""
    programme = session.execute(select(AidProgramme).where(AidProgramme.id == programme_id).with_for_update()
                                .execution_options(populate_existing=True)).scalar_one_or_none()
    if programme is None:
        raise NotFoundError(f"没有编号为 {programme_id} 的帮扶项目")
    return programme


def over_budget(programme: AidProgramme, amount_fen: int, committed_fen: int | None = None) -> str | None:
    """Why reserving `amount_fen` more is refused, or None; `committed_fen` as reserved so far in this batch."""
    committed = programme.committed_fen if committed_fen is None else committed_fen
    remaining = programme.budget_fen - committed
    if amount_fen <= remaining:
        return None
    return (f"超出“{programme.name}”预算：预算 {format_yuan(programme.budget_fen)} 元，已批准 "
            f"{format_yuan(committed)} 元，余额 {format_yuan(remaining)} 元，"
            f"本次 {format_yuan(amount_fen)} 元")


def quota_use(session: Session, programme_id: int) -> dict[int, int]:
    """{union id: approved and paid applications}"""
    rows = session.execute(select(AidApplication.union_id, func.count()).where(
        AidApplication.programme_id == programme_id, AidApplication.state.in_(_COMMITTED))
        .group_by(AidApplication.union_id))
    return {int(u): int(n) for u, n in rows}


def quota_places(session: Session, programme_id: int) -> dict[int, int]:
    return {u: n for u, n in session.execute(select(AidQuota.union_id, AidQuota.places)
                                             .where(AidQuota.programme_id == programme_id))}
