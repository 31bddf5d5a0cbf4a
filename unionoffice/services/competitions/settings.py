"""The office's competition settings: default weights, the housing ministry's theory cap, the grade-step rule."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Setting
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.grades import DEFAULT_GRADE_PLACES, GradeRule
from unionoffice.domain.competitions.weights import DEFAULT_THEORY_PCT, HOUSING_THEORY_CAP_PCT
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor

PREFIX = "competitions."


@dataclass(frozen=True)
class CompetitionSettings:
    """Local rules (docs/domain.md, introduction: figures that vary by place are settings, not constants)."""

    default_theory_pct: int = DEFAULT_THEORY_PCT
    housing_cap_pct: int = HOUSING_THEORY_CAP_PCT
    grade_rule: GradeRule = GradeRule.ONE_STEP
    grade_places: int = DEFAULT_GRADE_PLACES


def settings_in(session: Session) -> CompetitionSettings:
    rows = session.execute(select(Setting).where(Setting.key.startswith(PREFIX))).scalars()
    values = {row.key.removeprefix(PREFIX): row.value for row in rows}
    base = CompetitionSettings()
    try:
        return CompetitionSettings(
            int(values.get("default_theory_pct", base.default_theory_pct)),
            int(values.get("housing_cap_pct", base.housing_cap_pct)),
            GradeRule(values.get("grade_rule", base.grade_rule.value)),
            int(values.get("grade_places", base.grade_places)))
    except ValueError:  # a hand-edited value: the defaults rather than a crash
        return base


def competition_settings(db: Database, actor: Actor) -> CompetitionSettings:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return settings_in(session)


def save_competition_settings(db: Database, actor: Actor, new: CompetitionSettings) -> None:
    actor.require(Permission.OFFICE_SETTINGS)
    for label, value, low, high in (("默认理论权重", new.default_theory_pct, 0, 100),
                                    ("住建部理论权重上限", new.housing_cap_pct, 0, 100),
                                    ("晋升技能等级名额", new.grade_places, 0, 1000)):
        if not low <= value <= high:
            raise ValidationError(f"应在 {low}～{high} 之间", field=label)
    with db.write() as session:
        old = settings_in(session)
        changes = {k: (getattr(old, k), getattr(new, k)) for k in ("default_theory_pct", "housing_cap_pct",
                                                                  "grade_rule", "grade_places")
                   if getattr(old, k) != getattr(new, k)}
        for key, (_old, value) in changes.items():
            session.merge(Setting(key=PREFIX + key, value=str(value)))
        if changes:
            audit.record(session, actor, "update", "修改竞赛设置", entity="setting", entity_id="competitions",
                         changes={k: (str(a), str(b)) for k, (a, b) in changes.items()})
