"""Demo district: organisations and members with valid, consistent IDs and realistic names, written in bulk."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from unionoffice.db import file_locks
from unionoffice.db.base import utcnow
from unionoffice.db.bulk import bulk_insert, indexes_deferred
from unionoffice.db.engine import Database
from unionoffice.db.models import Member, MemberNameGram, MembershipEvent, Organisation, Setting
from unionoffice.db.models.organisation import DISTRICT, GRASSROOTS
from unionoffice.domain.common.credit_code import ALPHABET, credit_check_char
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.idnumber import check_char
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.common.phone import MOBILE_PREFIXES
from unionoffice.domain.members import dictionaries as d
from unionoffice.domain.members.membership import EventKind, MemberStatus
from unionoffice.domain.province.rules import check_district_code
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report
from unionoffice.services.demo import names
from unionoffice.services.members.records import derived_columns, name_grams

DISTRICT_NAME = "长春市南关区总工会"
DISTRICT_CODE = "220102"
BATCH = 5_000
# People who appear in several demo districts on purpose (docs/provincial-package.md, Conflicts): a pool drawn the
# same way for every district, each person taken into a district by a hash of (district, person), so any two
# districts share a few; in each they are active or transferred out, as the same hash decides.
SHARED_POOL = 400
SHARED_SHARE = 10  # in 100: how many of the pool a district takes
OWN_AREA_SHARE = 0.85  # IDs issued in the district itself; the rest were born elsewhere in the province
# (status, share, the event that led there)
STATUS_MIX = (
    (MemberStatus.ACTIVE, 0.915, None),
    (MemberStatus.RETAINED, 0.035, EventKind.RETAIN),
    (MemberStatus.WITHDRAWN, 0.02, EventKind.WITHDRAW),
    (MemberStatus.DEEMED_WITHDRAWN, 0.01, EventKind.DEEMED_WITHDRAW),
    (MemberStatus.TRANSFER_PENDING, 0.015, EventKind.TRANSFER_OUT),
    (MemberStatus.DECEASED, 0.005, EventKind.DEATH),
)


@dataclass(frozen=True)
class DemoSummary:
    district: str
    unions: int
    members: int
    statuses: dict[str, int]
    rare_names: int
    seconds: float


class _People:
    """Draws names, IDs, phones and cards; keeps IDs, phones and cards unique."""

    def __init__(self, rng: random.Random, today: date, area_code: str | None = None) -> None:
        self.rng, self.today, self.area_code = rng, today, area_code
        self.ids: set[str] = set()
        self.phones: set[str] = set()
        self.cards: set[str] = set()
        self.surnames = list(names.SURNAMES)
        weights = [1.0 / (i + 8) for i in range(len(self.surnames))]
        self.surname_cum = [sum(weights[: i + 1]) for i in range(len(weights))]

    def name(self, sex: str) -> tuple[str, bool]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.004:
            return rng.choice(names.MINORITY_NAMES), True
        if roll < 0.01:
            surname = rng.choice(names.COMPOUND)
        else:
            surname = rng.choices(self.surnames, cum_weights=self.surname_cum)[0]
        pool = names.GIVEN_MALE if sex == "男" else names.GIVEN_FEMALE
        given = "".join(rng.choice(pool) for _ in range(1 if rng.random() < 0.35 else 2))
        if rng.random() < 0.003:
            given = given[:-1] + rng.choice(names.RARE_GIVEN)
            return surname + given, True
        return surname + given, False

    def id_number(self, sex: str) -> tuple[str, date]:
        rng = self.rng
        while True:
            born = date(1962, 1, 1) + timedelta(days=rng.randrange(0, 365 * 42))
            seq = rng.randrange(0, 500) * 2 + (1 if sex == "男" else 0)
            area = self.area_code if self.area_code and rng.random() < OWN_AREA_SHARE else rng.choice(names.AREA_CODES)
            body = f"{area}{born:%Y%m%d}{seq:03d}"
            number = body + check_char(body)
            if number not in self.ids:
                self.ids.add(number)
                return number, born

    def phone(self) -> str:
        while True:
            # Only allocated blocks: an ordinary demo record must not warn about its number.
            number = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(0, 10**8):08d}"
            if number not in self.phones:
                self.phones.add(number)
                return number

    def card(self) -> str:
        while True:
            number = "621799" + f"{self.rng.randrange(0, 10**13):013d}"
            if number not in self.cards:
                self.cards.add(number)
                return number


def _union_rows(rng: random.Random, count: int, district_id: int, area: str = DISTRICT_CODE) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    used_names: set[str] = set()
    used_codes: set[str] = set()
    while len(rows) < count:
        name = rng.choice(names.COMPANY_WORDS) + rng.choice(names.COMPANY_TRADES) + rng.choice(names.COMPANY_SUFFIX)
        if name in used_names:
            name = f"长春{name[:-2]}第{len(rows) + 1}{name[-2:]}"
        if name in used_names:
            continue
        body = "81" + area + "".join(rng.choice(ALPHABET) for _ in range(9))
        code = body + credit_check_char(body)
        if code in used_codes:
            continue
        used_names.add(name)
        used_codes.add(code)
        rows.append({
            "kind": GRASSROOTS, "name": name + "工会", "parent_id": district_id, "employer": name, "credit_code": code,
            "unit_nature": rng.choices(d.UNIT_NATURES, weights=(80, 10, 5, 5))[0],
            "economic_type": rng.choice(d.ECONOMIC_TYPES), "industry": rng.choice(d.INDUSTRIES),
            "contact_person": None, "contact_phone": None, "created_at": utcnow(), "version": 1,
        })
    return rows


def _status(rng: random.Random) -> tuple[MemberStatus, EventKind | None]:
    roll, acc = rng.random(), 0.0
    for status, share, event in STATUS_MIX:
        acc += share
        if roll < acc:
            return status, event
    return MemberStatus.ACTIVE, None


def _member_row(people: _People, union_ids: list[int], union_employers: dict[int, str]) -> dict[str, Any]:
    rng, today = people.rng, people.today
    sex = "男" if rng.random() < 0.55 else "女"
    name, rare = people.name(sex)
    number, born = people.id_number(sex)
    earliest = date(born.year + 18, born.month, min(born.day, 28))
    join = earliest + timedelta(days=rng.randrange(0, max((today - earliest).days, 1)))
    union_id = rng.choice(union_ids)
    values: dict[str, Any] = {
        "name": name, "sex": sex, "ethnicity": "汉族" if rng.random() < 0.92 else rng.choice(d.ETHNICITIES[1:]),
        "id_type": "居民身份证", "id_number": number, "id_number_original": None, "birth_date": born,
        "education": rng.choice(d.EDUCATION), "political_status": rng.choices(d.POLITICAL_STATUS[:3] + ("群众",),
                                                                               weights=(25, 3, 12, 60))[0],
        "employment_status": "在岗", "hukou_type": rng.choice(d.HUKOU_TYPES), "hukou_place": "吉林省长春市",
        "skill_grade": rng.choice(d.SKILL_GRADES), "phone": people.phone() if rng.random() < 0.92 else None,
        "employer": union_employers[union_id], "union_id": union_id, "join_date": join,
        "card_number": people.card() if rng.random() < 0.7 else None, "internal_card_number": None,
        "is_migrant": rng.random() < 0.15, "hardship_category": None, "hardship_file_no": None, "note": None,
        "_rare": rare,
    }
    if rng.random() < 0.02:
        values["hardship_category"] = rng.choice(d.HARDSHIP_CATEGORIES[1:])
        values["hardship_file_no"] = f"KN{join.year}{rng.randrange(10000, 99999)}"
    return values


def _shared_people(seed: int, code: str, today: date, cap: int) -> list[tuple[dict[str, Any], bool]]:
    """The pool people this district takes: (fixed name, sex, ID, birth date and phone; transferred out here?)."""
    import hashlib

    pool = _People(random.Random(f"{seed}:shared"), today)
    taken: list[tuple[dict[str, Any], bool]] = []
    for index in range(SHARED_POOL):
        sex = "男" if pool.rng.random() < 0.55 else "女"
        name, _rare = pool.name(sex)
        number, born = pool.id_number(sex)
        person = {"name": name, "sex": sex, "id_number": number, "birth_date": born, "phone": pool.phone()}
        roll = hashlib.sha256(f"{code}:{index}".encode()).digest()
        if roll[0] % 100 < SHARED_SHARE and len(taken) < cap:
            taken.append((person, roll[1] % 4 == 0))
    return taken


def _as_shared(values: dict[str, Any], person: dict[str, Any], rng: random.Random, today: date) -> None:
    values.update(person)
    born = person["birth_date"]
    earliest = date(born.year + 18, born.month, min(born.day, 28))
    values["join_date"] = earliest + timedelta(days=rng.randrange(0, max((today - earliest).days - 400, 1)))


def _write_members(session: Session, people: _People, shared: list[tuple[dict[str, Any], bool]], members: int,
                   union_employers: dict[int, str], progress: Progress | None, cancel: CancelToken | None
                   ) -> tuple[dict[str, int], int]:
    """Members with their history and name n-grams, BATCH at a time; returns (members by status, rare names)."""
    rng, today = people.rng, people.today
    union_ids = sorted(union_employers)
    statuses: dict[str, int] = {}
    rare = 0
    next_id = 1
    for start in range(0, members, BATCH):
        report(progress, start, members, cancel)
        rows: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        grams: list[dict[str, Any]] = []
        now = utcnow()
        for _ in range(min(BATCH, members - start)):
            values = _member_row(people, union_ids, union_employers)
            rare += values.pop("_rare")
            status, event = _status(rng)
            member_days = max((today - values["join_date"]).days, 1)
            event_date = values["join_date"] + timedelta(days=rng.randrange(0, member_days))
            if next_id <= len(shared):
                person, moved_out = shared[next_id - 1]
                _as_shared(values, person, rng, today)
                status, event = ((MemberStatus.TRANSFER_PENDING, EventKind.TRANSFER_OUT) if moved_out
                                 else (MemberStatus.ACTIVE, None))
                event_date = today - timedelta(days=rng.randrange(120, 400))
            values.update(derived_columns(values))
            values.update(id=next_id, status=status.value, status_date=event_date if event else values["join_date"],
                          created_at=now, updated_at=now, deleted_at=None, version=1)
            rows.append(values)
            events.append({"member_id": next_id, "kind": EventKind.JOIN.value, "event_date": values["join_date"],
                           "from_union_id": None, "to_union_id": values["union_id"],
                           "status_after": MemberStatus.ACTIVE.value, "reason": None, "created_at": now,
                           "created_by": "demo"})
            if event is not None:
                events.append({"member_id": next_id, "kind": event.value, "event_date": event_date,
                               "from_union_id": values["union_id"], "to_union_id": None,
                               "status_after": status.value, "reason": "演示数据", "created_at": now,
                               "created_by": "demo"})
            grams.extend({"gram": g, "member_id": next_id} for g in name_grams(values["name"]))
            statuses[status.value] = statuses.get(status.value, 0) + 1
            next_id += 1
        bulk_insert(session, Member.__table__, rows)  # type: ignore[arg-type]
        bulk_insert(session, MembershipEvent.__table__, events)  # type: ignore[arg-type]
        bulk_insert(session, MemberNameGram.__table__, grams)  # type: ignore[arg-type]
    return statuses, rare


def generate_demo(db: Database, actor: Actor, members: int, *, seed: int = 2024, today: date | None = None,
                  progress: Progress | None = None, cancel: CancelToken | None = None,
                  district_code: str = DISTRICT_CODE, district_name: str = DISTRICT_NAME) -> DemoSummary:
    """Fill an empty database with a demo district of `members` members (one transaction). Another district's code
    (GB/T 2260) gives IDs of that area, its own random draw, and a few people shared with other demo districts."""
    import time

    actor.require(Permission.OFFICE_SETTINGS)
    if members < 1:
        raise ValidationError("会员人数至少为 1", field="--members")
    started = time.perf_counter()
    own = check_district_code(district_code, "--district") == DISTRICT_CODE
    if not district_name.strip():
        raise ValidationError("不能为空", field="--district-name")
    rng = random.Random(seed if own else f"{seed}:{district_code}")
    today = today or date.today()
    people = _People(rng, today, None if own else district_code)
    shared = [] if own else _shared_people(seed, district_code, today, members // 10)
    people.ids.update(p["id_number"] for p, _out in shared)
    people.phones.update(p["phone"] for p, _out in shared)
    with file_locks.activity(db.path, "生成演示数据"), db.write() as session:
        if session.execute(select(Member.id).limit(1)).first() or session.execute(select(Organisation.id)).first():
            raise ValidationError("数据库中已有数据，演示数据只能生成到新的空数据库", field="--db")
        district = Organisation(kind=DISTRICT, name=district_name, admin_code=district_code)
        session.add(district)
        session.flush()
        union_count = max(3, min(600, members // 500))
        session.execute(insert(Organisation), _union_rows(rng, union_count, district.id, district_code))
        unions = session.execute(select(Organisation.id, Organisation.employer).where(Organisation.kind == GRASSROOTS))
        union_employers = {uid: employer or "" for uid, employer in unions}
        # The member tables' secondary indexes are built after the load (db/bulk.py): 44 s → 28 s at 300,000.
        tables = (Member.__table__, MembershipEvent.__table__, MemberNameGram.__table__)
        with indexes_deferred(session, tables):  # type: ignore[arg-type]
            statuses, rare = _write_members(session, people, shared, members, union_employers, progress, cancel)
        report(progress, members, members, cancel)
        session.merge(Setting(key="demo", value="1"))
        from unionoffice.services.core.accounts import ensure_demo_admin

        ensure_demo_admin(session)
        audit.record(session, actor, "create", f"生成演示数据：{union_count} 个基层工会，{members} 名会员",
                     entity="organisation", entity_id=district.id)
    db.checkpoint()
    return DemoSummary(district_name, union_count, members, statuses, rare, time.perf_counter() - started)
