"""The dashboard's stored figures: each section, once computed for a period and district filter, is kept in
`dashboard_snapshot` with the data version it was computed from, so opening the page paints the stored figures at
once, whatever the size of the database, and recomputes only the sections whose records changed since.

The data version of a section is the sum of the versions in `data_version` of the entities it reads; every
committed transaction that changes records of an entity raises that entity's version in the same transaction
(services/core/changes.py, from what `audit.record` noted), also when another process or computer wrote. The
version is read before the figures are computed, so a write between the two leaves the stored section stale,
never wrongly fresh. An entity the table below does not know makes every section stale: an unknown change is
never ignored."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.dashboard import DashboardSnapshot, DataVersion
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.dashboard.model import Chart, Dashboard, Drill, Figure, Period, Section, Series
from unionoffice.services.core.context import Actor
from unionoffice.services.dashboard.scope import SECTION_KEYS, district_scope
from unionoffice.services.province.kind import is_province

__all__ = ["SECTION_KEYS", "SECTION_TITLES", "WATCHED", "Stored", "compute_sections", "section_from_json",
           "section_to_json", "sections_for", "store_sections", "stored_dashboard"]

SECTION_TITLES = {"members": "会员", "files": "困难职工档案", "aid": "帮扶救助", "recuperation": "职工疗休养",
                  "training": "职工培训", "competitions": "职工技能竞赛", "honours": "荣誉表彰"}
# Every entity a section reads, for the page's change watch.
WATCHED = ("member", "organisation", "aid_hardship_file", "aid_programme", "aid_application",
           "aid_recuperation_batch", "training_class", "training_enrolment", "training_attendance", "training_academy",
           "competition", "competition_event", "competition_stage", "competition_result", "competition_entry",
           "honour", "honour_list", "province_package", "province_member", "database", "import_batch")
# The entities (audit trail names, by prefix) whose records each section reads. The consolidated provincial tables
# feed every section.
SECTION_ENTITIES: dict[str, tuple[str, ...]] = {
    "members": ("member", "organisation", "province_package", "province_member"),
    "files": ("aid_hardship_file", "province_package"),
    "aid": ("aid_programme", "aid_application", "province_package"),
    "recuperation": ("aid_recuperation", "province_package"),
    "training": ("training_", "member", "province_package"),
    "competitions": ("competition", "province_package"),
    "honours": ("honour", "province_package"),
}
# Entities no section reads: changing them leaves every figure as it is.
UNRELATED: tuple[str, ...] = ("certificate", "document_template", "audit_", "setting", "user", "account",
                              "aid_loan", "aid_standard", "aid_calendar_day", "labour_competition",
                              "province_trusted_key", "dashboard", "import_batch")


def sections_for(entity: str) -> tuple[str, ...]:
    """The sections a change of `entity` makes stale (all of them for an entity nobody named)."""
    hit = tuple(k for k in SECTION_KEYS if any(entity.startswith(p) for p in SECTION_ENTITIES[k]))
    if hit:
        return hit
    if any(entity.startswith(p) for p in UNRELATED):
        return ()
    return SECTION_KEYS


def data_versions(session: Session) -> dict[str, int]:
    """The version each section's figures are at now (a handful of rows)."""
    totals = dict.fromkeys(SECTION_KEYS, 0)
    for entity, version in session.execute(select(DataVersion.entity, DataVersion.version)).all():
        for key in sections_for(str(entity)):
            totals[key] += int(version)
    return totals


# -- JSON -----------------------------------------------------------------------------------------------------------

def _encode(value: object) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, date):
        return {"d": value.isoformat()}
    if isinstance(value, (tuple, list)):
        return {"t": [_encode(v) for v in value]}
    raise TypeError(f"cannot store {type(value).__name__} in a dashboard snapshot")


def _decode(value: Any) -> object:
    if isinstance(value, dict):
        if "d" in value:
            return date.fromisoformat(value["d"])
        return tuple(_decode(v) for v in value["t"])
    return value


def _drill_out(drill: Drill | None) -> Any:
    if drill is None:
        return None
    return {"kind": drill.kind, "label": drill.label, "params": [[n, _encode(v)] for n, v in drill.params]}


def _drill_in(data: Any) -> Drill | None:
    if data is None:
        return None
    return Drill(data["kind"], tuple((str(n), _decode(v)) for n, v in data["params"]), data["label"])


def section_to_json(section: Section) -> str:
    return json.dumps({
        "key": section.key, "title": section.title, "note": section.note,
        "figures": [{"key": f.key, "label": f.label, "value": f.value, "unit": f.unit, "drill": _drill_out(f.drill)}
                    for f in section.figures],
        "charts": [{"key": c.key, "title": c.title, "unit": c.unit, "categories": list(c.categories),
                    "series": [{"name": s.name, "values": list(s.values), "drills": [_drill_out(d) for d in s.drills]}
                               for s in c.series]} for c in section.charts],
    }, ensure_ascii=False, separators=(",", ":"))


def section_from_json(text: str) -> Section:
    data = json.loads(text)
    figures = tuple(Figure(f["key"], f["label"], f["value"], f["unit"], _drill_in(f["drill"])) for f in data["figures"])
    charts = tuple(Chart(c["key"], c["title"], c["unit"], tuple(c["categories"]),
                         tuple(Series(s["name"], tuple(int(v) for v in s["values"]),
                                      tuple(_drill_in(d) for d in s["drills"])) for s in c["series"]))
                   for c in data["charts"])
    return Section(data["key"], data["title"], figures, charts, data["note"])


# -- reading and storing ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Stored:
    """What the snapshot holds for a period: `dashboard` has the stored sections in their order (None when none is
    stored); `stale` names the sections missing or computed from older data; `computed_at` is when the oldest
    shown section was computed; `versions` are the data versions now (handed to `compute_sections`)."""

    period: Period
    districts: tuple[str, ...]
    scope: str
    dashboard: Dashboard | None
    stale: tuple[str, ...]
    computed_at: datetime | None
    versions: dict[str, int]
    province: bool = False  # a consolidated provincial database: its sections are computed together

    @property
    def fresh(self) -> bool:
        return self.dashboard is not None and not self.stale


def _key(districts: Sequence[str]) -> str:
    return ",".join(sorted(districts))


def _scope(session: Session, period: Period, districts: tuple[str, ...]) -> tuple[bool, str]:
    if is_province(session):
        from unionoffice.services.dashboard.province_figures import province_scope

        return True, province_scope(session, period, districts)
    return False, district_scope(session)


def stored_dashboard(db: Database, actor: Actor, period: Period, districts: Sequence[str] = ()) -> Stored:
    """The stored sections for `period` (a few small rows: constant in the size of the database)."""
    actor.require(Permission.VIEW_RECORDS)
    wanted = tuple(districts)
    with db.read() as session:
        versions = data_versions(session)
        rows = session.execute(select(DashboardSnapshot).where(
            DashboardSnapshot.year == period.year, DashboardSnapshot.first_month == period.first_month,
            DashboardSnapshot.last_month == period.last_month, DashboardSnapshot.districts == _key(wanted))).scalars()
        found = {r.section: (r.payload, r.data_version, r.computed_at) for r in rows}
        province, scope = _scope(session, period, wanted)
        if not found:
            return Stored(period, wanted, scope, None, SECTION_KEYS, None, versions, province)
    sections = tuple(section_from_json(found[k][0]) for k in SECTION_KEYS if k in found)
    stale = tuple(k for k in SECTION_KEYS if k not in found or found[k][1] != versions[k])
    oldest = min(computed for _payload, _version, computed in found.values())
    return Stored(period, wanted, scope, Dashboard(period, scope, sections, wanted), stale, oldest, versions,
                  province)


def compute_sections(db: Database, actor: Actor, period: Period, districts: Sequence[str],
                     keys: Sequence[str]) -> tuple[Section, ...]:
    """The sections `keys`, computed from the data (on a provincial database all sections come in one go)."""
    actor.require(Permission.VIEW_RECORDS)
    wanted = tuple(districts)
    with db.read() as session:
        province, _scope_text = _scope(session, period, wanted)
    if province:
        from unionoffice.services.dashboard.figures import year_dashboard

        whole = year_dashboard(db, actor, period, wanted)
        return tuple(s for s in whole.sections if s.key in keys)
    from unionoffice.services.dashboard.figures import one_section  # every feature's tables: only when counting

    return tuple(one_section(db, actor, period, k) for k in keys)


def current_versions(db: Database) -> dict[str, int]:
    with db.read() as session:
        return data_versions(session)


def store_sections(db: Database, actor: Actor, period: Period, districts: Sequence[str],
                   sections: Sequence[Section], versions: dict[str, int]) -> None:
    """Keep `sections`, computed from data at `versions` (read before computing them). A database that cannot be
    written (a read-only medium) keeps nothing: the figures are then computed on every opening."""
    actor.require(Permission.VIEW_RECORDS)
    if db.read_only_reason is not None:
        return
    key = _key(districts)
    now = datetime.now(UTC)
    with db.write() as session:
        existing = {r.section: r for r in session.execute(select(DashboardSnapshot).where(
            DashboardSnapshot.year == period.year, DashboardSnapshot.first_month == period.first_month,
            DashboardSnapshot.last_month == period.last_month, DashboardSnapshot.districts == key)).scalars()}
        for section in sections:
            row = existing.get(section.key)
            if row is None:
                row = DashboardSnapshot(year=period.year, first_month=period.first_month,
                                        last_month=period.last_month, districts=key, section=section.key)
                session.add(row)
            row.data_version = versions[section.key]
            row.computed_at = now
            row.payload = section_to_json(section)


def refresh(db: Database, actor: Actor, period: Period, districts: Sequence[str] = (),
            keys: Sequence[str] = SECTION_KEYS) -> Dashboard:
    """Compute and store `keys` (for the command line, the benchmark and tests); returns the whole stored
    dashboard afterwards."""
    versions = current_versions(db)
    store_sections(db, actor, period, districts, compute_sections(db, actor, period, districts, keys), versions)
    stored = stored_dashboard(db, actor, period, districts)
    assert stored.dashboard is not None
    return stored.dashboard
