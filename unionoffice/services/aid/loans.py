"""Startup micro-loans with an interest subsidy (docs/domain.md (b), (c), (f) 10): the union's first review
(a member, or a small firm that has a union), the yearly subsidy periods by days, the interest statement, and the
payment that only follows it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.aid import AidLoan, AidLoanPeriod
from unionoffice.db.models.organisation import GRASSROOTS
from unionoffice.domain.aid.kinds import BorrowerKind, LoanState
from unionoffice.domain.aid.loans import LoanTerms, add_months, schedule
from unionoffice.domain.aid.money import format_yuan
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.exchange.xlsx_report import DATE, INT, MONEY, Column
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument


@dataclass(frozen=True)
class LoanDraft:
    borrower_kind: str
    bank: str
    principal_fen: int
    start_date: date
    term_months: int
    bank_rate_ppm: int
    borrower_rate_ppm: int
    member_id: int | None = None
    firm_name: str = ""
    firm_union_id: int | None = None
    project: str = ""
    note: str = ""


@dataclass(frozen=True)
class LoanRow:
    id: int
    borrower: str
    borrower_kind: str
    bank: str
    principal_fen: int
    start_date: date
    due_date: date
    settled_on: date | None
    bank_rate_ppm: int
    borrower_rate_ppm: int
    state: str
    subsidy_fen: int  # over the whole loan
    paid_fen: int


@dataclass(frozen=True)
class PeriodRow:
    year: int
    start: date
    end: date
    days: int
    interest_fen: int
    subsidy_fen: int
    statement_on: date | None
    statement_interest_fen: int | None
    paid_on: date | None

    @property
    def state(self) -> str:
        return "已拨付" if self.paid_on else ("待拨付" if self.statement_on else "待交利息清单")


def _check_borrower(session: Session, draft: LoanDraft) -> dict[str, object]:
    """The union's first review: a member in good standing, or a small firm with its own grassroots union."""
    if draft.borrower_kind == BorrowerKind.MEMBER.value:
        member = session.get(Member, draft.member_id) if draft.member_id else None
        if member is None or member.deleted_at is not None:
            raise ValidationError("请选择借款会员", field="借款人")
        if member.status != "在会":
            raise ValidationError(f"{member.name} 的会籍状态为“{member.status}”，不能申请贴息贷款", field="借款人")
        return {"member_id": member.id, "firm_name": None, "firm_union_id": None}
    if draft.borrower_kind != BorrowerKind.FIRM.value:
        raise ValidationError(f"应为 {'、'.join(k.value for k in BorrowerKind)} 之一", field="借款人类别")
    union = session.get(Organisation, draft.firm_union_id) if draft.firm_union_id else None
    if not draft.firm_name.strip():
        raise ValidationError("不能为空", field="企业名称")
    if union is None or union.kind != GRASSROOTS or union.deleted_at is not None:
        raise ValidationError("小微企业须已建立工会，请选择该企业的基层工会", field="企业工会")
    return {"member_id": None, "firm_name": draft.firm_name.strip(), "firm_union_id": union.id}


def _terms(draft: LoanDraft, end: date) -> LoanTerms:
    return LoanTerms(draft.principal_fen, draft.start_date, end, draft.bank_rate_ppm, draft.borrower_rate_ppm)


def _write_periods(session: Session, loan_id: int, terms: LoanTerms) -> None:
    session.execute(delete(AidLoanPeriod).where(AidLoanPeriod.loan_id == loan_id))
    session.add_all(AidLoanPeriod(loan_id=loan_id, year=p.year, start=p.start, end=p.end, days=p.days,
                                  interest_fen=p.interest_fen, subsidy_fen=p.subsidy_fen) for p in schedule(terms))


def create_loan(db: Database, actor: Actor, draft: LoanDraft) -> int:
    """A loan the bank has lent, with its subsidy schedule (one period per calendar year, by days)."""
    actor.require(Permission.MANAGE_AID)
    if not 1 <= draft.term_months <= 120:
        raise ValidationError("贷款期限应为 1 至 120 个月", field="期限")
    if not draft.bank.strip():
        raise ValidationError("不能为空", field="贷款银行")
    due = add_months(draft.start_date, draft.term_months)
    terms = _terms(draft, due)
    with db.write() as session:
        borrower = _check_borrower(session, draft)
        loan = AidLoan(year=draft.start_date.year, borrower_kind=draft.borrower_kind, **borrower,
                       project=draft.project.strip() or None, bank=draft.bank.strip(),
                       principal_fen=draft.principal_fen,
                       start_date=draft.start_date, term_months=draft.term_months, due_date=due,
                       bank_rate_ppm=draft.bank_rate_ppm, borrower_rate_ppm=draft.borrower_rate_ppm,
                       state=LoanState.LENT.value, note=draft.note.strip() or None)
        session.add(loan)
        session.flush()
        _write_periods(session, loan.id, terms)
        audit.record(session, actor, "create", f"登记贴息贷款 {loan.id}（{_borrower_name(session, loan)}，"
                     f"本金 {format_yuan(loan.principal_fen)} 元）", entity="aid_loan", entity_id=loan.id)
        return loan.id


def _loan(session: Session, loan_id: int) -> AidLoan:
    loan = session.get(AidLoan, loan_id)
    if loan is None:
        raise NotFoundError(f"没有编号为 {loan_id} 的贴息贷款")
    return loan


def settle_loan(db: Database, actor: Actor, loan_id: int, on: date) -> None:
    """Repaid (early or on time): the subsidy stops on that day and the last year's period is pro-rated by days.
    A year already paid cannot change."""
    actor.require(Permission.MANAGE_AID)
    with db.write() as session:
        loan = _loan(session, loan_id)
        if loan.state == LoanState.SETTLED.value:
            raise ValidationError("贷款已结清", field="状态")
        if not loan.start_date < on <= loan.due_date:
            raise ValidationError(f"结清日期应在 {loan.start_date} 之后、不晚于到期日 {loan.due_date}",
                                  field="结清日期")
        paid = session.execute(select(func.max(AidLoanPeriod.end)).where(
            AidLoanPeriod.loan_id == loan_id, AidLoanPeriod.paid_on.is_not(None))).scalar()
        if paid is not None and on <= paid:
            raise ValidationError(f"{paid.year} 年度贴息已拨付，结清日期不能早于 {paid}", field="结清日期")
        kept = {p.year: p for p in session.execute(select(AidLoanPeriod).where(AidLoanPeriod.loan_id == loan_id))
                .scalars() if p.paid_on is not None or p.statement_on is not None}
        terms = LoanTerms(loan.principal_fen, loan.start_date, on, loan.bank_rate_ppm, loan.borrower_rate_ppm)
        _write_periods(session, loan_id, terms)
        session.flush()
        for period in session.execute(select(AidLoanPeriod).where(AidLoanPeriod.loan_id == loan_id)).scalars():
            if period.year in kept:
                old = kept[period.year]
                period.statement_on, period.statement_interest_fen = old.statement_on, old.statement_interest_fen
                period.paid_on = old.paid_on
        loan.settled_on, loan.state = on, LoanState.SETTLED.value
        loan.version += 1
        audit.record(session, actor, "update", f"贴息贷款 {loan_id} 于 {on} 结清", entity="aid_loan", entity_id=loan_id,
                     changes={"settled_on": (None, on)})


def _period(session: Session, loan_id: int, year: int) -> AidLoanPeriod:
    period = session.execute(select(AidLoanPeriod).where(AidLoanPeriod.loan_id == loan_id,
                                                         AidLoanPeriod.year == year)).scalar_one_or_none()
    if period is None:
        raise NotFoundError(f"贴息贷款 {loan_id} 没有 {year} 年度的贴息")
    return period


def record_statement(db: Database, actor: Actor, loan_id: int, year: int, on: date, interest_fen: int) -> None:
    """The borrower handed in the bank's statement that the year's interest has been paid."""
    actor.require(Permission.MANAGE_AID)
    if interest_fen <= 0:
        raise ValidationError("利息清单金额必须大于 0", field="已付利息")
    with db.write() as session:
        period = _period(session, loan_id, year)
        if on < period.end:
            raise ValidationError(f"{year} 年度计息至 {period.end}，利息清单日期不能早于此日", field="清单日期")
        period.statement_on, period.statement_interest_fen = on, interest_fen
        audit.record(session, actor, "update",
                     f"贴息贷款 {loan_id} 登记 {year} 年度利息清单 {format_yuan(interest_fen)} 元",
                     entity="aid_loan", entity_id=loan_id)


def pay_subsidy(db: Database, actor: Actor, loan_id: int, year: int, on: date) -> int:
    """Pay a year's subsidy: only after the interest statement (docs/domain.md (f) 10); returns the amount."""
    actor.require(Permission.PAY_AID)
    with db.write() as session:
        period = _period(session, loan_id, year)
        if period.paid_on is not None:
            raise ValidationError(f"{year} 年度贴息已于 {period.paid_on} 拨付", field="拨付")
        if period.statement_on is None:
            raise ValidationError(f"借款人尚未交来 {year} 年度的利息清单，付息后方可拨付贴息", field="利息清单")
        period.paid_on = on
        audit.record(session, actor, "update",
                     f"拨付贴息贷款 {loan_id} 的 {year} 年度贴息 {format_yuan(period.subsidy_fen)} 元",
                     entity="aid_loan", entity_id=loan_id, changes={"paid_on": (None, on)})
        return period.subsidy_fen


def _borrower_name(session: Session, loan: AidLoan) -> str:
    if loan.member_id is not None:
        return session.execute(select(Member.name).where(Member.id == loan.member_id)).scalar() or ""
    return loan.firm_name or ""


def list_loans(db: Database, actor: Actor, *, year: int | None = None) -> list[LoanRow]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return _loan_rows(session, year)


def _loan_rows(session: Session, year: int | None) -> list[LoanRow]:
    stmt = select(AidLoan).order_by(AidLoan.start_date, AidLoan.id)
    if year is not None:
        stmt = stmt.where(AidLoan.year == year)
    sums = {lid: (int(s or 0), int(p or 0)) for lid, s, p in session.execute(
        select(AidLoanPeriod.loan_id, func.sum(AidLoanPeriod.subsidy_fen),
               func.sum(AidLoanPeriod.subsidy_fen).filter(AidLoanPeriod.paid_on.is_not(None)))
        .group_by(AidLoanPeriod.loan_id))}
    rows = []
    for loan in session.execute(stmt).scalars():
        subsidy, paid = sums.get(loan.id, (0, 0))
        rows.append(LoanRow(loan.id, _borrower_name(session, loan), loan.borrower_kind, loan.bank, loan.principal_fen,
                            loan.start_date, loan.due_date, loan.settled_on, loan.bank_rate_ppm,
                            loan.borrower_rate_ppm, loan.state, subsidy, paid))
    return rows


def loan_schedule(db: Database, actor: Actor, loan_id: int) -> list[PeriodRow]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        _loan(session, loan_id)
        return [PeriodRow(p.year, p.start, p.end, p.days, p.interest_fen, p.subsidy_fen, p.statement_on,
                          p.statement_interest_fen, p.paid_on)
                for p in session.execute(select(AidLoanPeriod).where(AidLoanPeriod.loan_id == loan_id)
                                         .order_by(AidLoanPeriod.year)).scalars()]


_LIST_COLUMNS = (Column("编号", 6, INT), Column("借款人", 20), Column("类别", 8), Column("贷款银行", 16),
                 Column("本金（元）", 14, MONEY, True), Column("放款日期", 11, DATE), Column("到期日期", 11, DATE),
                 Column("状态", 8), Column("贴息合计（元）", 13, MONEY, True), Column("已拨付（元）", 13, MONEY, True))


def loan_list_document(db: Database, actor: Actor, year: int | None = None) -> ListDocument:
    actor.require(Permission.VIEW_RECORDS)

    def rows(session: Session) -> Iterator[list[object]]:
        for r in _loan_rows(session, year):
            yield [r.id, r.borrower, r.borrower_kind, r.bank, r.principal_fen, r.start_date, r.due_date, r.state,
                   r.subsidy_fen, r.paid_fen]

    def count(session: Session) -> int:
        stmt = select(func.count()).select_from(AidLoan)
        return int(session.execute(stmt.where(AidLoan.year == year) if year else stmt).scalar_one())

    return ListDocument("小额贴息贷款台账", _LIST_COLUMNS, rows, count,
                        lambda _s: f"{year} 年放款" if year else "全部贷款", "aid_loan", units="单位：元", totals=True)
