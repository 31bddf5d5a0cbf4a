"""Demo records are ordinary records: opening any of them must not warn about its mobile number."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.domain.common.phone import phone_warning
from unionoffice.domain.members.rules import check_member
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.members.records import member_detail


def test_no_demo_phone_number_warns(db: Database, admin: Actor) -> None:
    generate_demo(db, SYSTEM, 3000, seed=11)
    with db.read() as session:
        rows = session.execute(select(Member.id, Member.phone).where(Member.phone.is_not(None))).all()
    assert len(rows) > 2000
    # Every block the demo draws from is covered (the old generator drew 154, 174, 179 and 194 too).
    assert len({phone[:3] for _id, phone in rows}) > 40
    for member_id, _phone in rows[:300]:  # the whole member rule, as the editor runs it on opening
        check = check_member(member_detail(db, admin, member_id).draft, date.today())
        assert not any("手机" in w for w in check.warnings), check.warnings
    assert [phone for _id, phone in rows if phone_warning(phone)] == []
