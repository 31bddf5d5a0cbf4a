"""What a stage's ranking means for each entrant: prize, promotion to the next stage, grade-step place, open flags."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from unionoffice.domain.competitions.prizes import PrizeBand, band_limits
from unionoffice.domain.competitions.ranking import (
    Boundary,
    DecisionMode,
    Performance,
    Ranked,
    TieDecision,
    TieFlag,
    open_ties,
    rank,
    share_keys,
    side,
)
from unionoffice.domain.competitions.weights import Weights

ADVANCE = "advance"
GRADE = "grade"
PRIZE = "prize:"


def line_name(key: str) -> str:
    """A line's key in words: "prize:三等奖" → 三等奖名额, "grade" → 晋升技能等级名额, "advance:7" → 本单位晋级名额."""
    if key.startswith(PRIZE):
        return key.removeprefix(PRIZE) + "名额"
    if key == GRADE:
        return "晋升技能等级名额"
    return "晋级名额" if key == ADVANCE else "本单位晋级名额"


class StageState(StrEnum):
    """Scores are entered (录入), the ranking is published for public notice (公示), the results are made final
    (已确定: ranks, prizes and promotions written, winners' distinctions recorded). Only a reviewer reopens."""

    ENTERING = "录入"
    NOTICE = "公示"
    FINAL = "已确定"


class AdvanceMode(StrEnum):
    RANK = "按名次"  # the first N of the event go on
    QUOTA = "按名额"  # the best N of each union go on (each union's 名额)


@dataclass(frozen=True)
class StageRules:
    weights: Weights
    uses_time: bool = False
    bands: tuple[PrizeBand, ...] = ()  # the final: prizes
    grade_places: int = 0  # the final: the first N are proposed for a skill-grade step (0: none)
    advance_mode: AdvanceMode | None = None  # earlier stages: who goes on
    advance_places: int = 0


@dataclass(frozen=True, slots=True)
class Standing:
    ranked: Ranked
    band: PrizeBand | None = None
    advances: bool | None = None  # None: not an advancing stage, or a tie at the line still to decide
    top_grade: bool | None = None  # among the grade-step places; None while a tie at the line is open
    flags: tuple[str, ...] = ()

    @property
    def entry_id(self) -> int:
        return self.ranked.entry_id

    @property
    def prize(self) -> str | None:
        return self.band.name if self.band else None


@dataclass
class StageOutcome:
    standings: list[Standing]
    flags: list[TieFlag] = field(default_factory=list)
    stale: list[TieDecision] = field(default_factory=list)  # decisions whose tie no longer exists as decided
    ranked_count: int = 0

    def by_entry(self) -> dict[int, Standing]:
        return {s.entry_id: s for s in self.standings}


def prize_boundaries(bands: Sequence[PrizeBand], ranked_count: int) -> list[tuple[PrizeBand, Boundary]]:
    return [(band, Boundary(PRIZE + band.name, f"{band.name}名额（前{limit}名）", limit))
            for band, limit in zip(bands, band_limits(bands, ranked_count), strict=True)]


def decide_stage(performances: Sequence[Performance], rules: StageRules, decisions: Sequence[TieDecision] = (),
                 group_names: Mapping[int, str] | None = None) -> StageOutcome:
    """Rank the stage and read every line off the ranking; ties across a line stay open (flagged) until decided."""
    ranked = rank(performances, rules.weights, uses_time=rules.uses_time, decisions=decisions)
    count = sum(1 for r in ranked if r.rank is not None)
    shares = share_keys(decisions)
    prizes = prize_boundaries(rules.bands, count)
    lines = [b for _band, b in prizes]
    if rules.grade_places > 0:
        lines.append(Boundary(GRADE, f"晋升技能等级名额（前{rules.grade_places}名）", rules.grade_places))
    if rules.advance_mode is AdvanceMode.RANK:
        lines.append(Boundary(ADVANCE, f"晋级名额（前{rules.advance_places}名）", rules.advance_places))
    flags = open_ties(ranked, lines, shares)
    quota: dict[int, bool | None] = {}
    groups: list[frozenset[int]] = []
    if rules.advance_mode is AdvanceMode.QUOTA:
        quota, quota_flags, groups = _quota(performances, rules, decisions, shares, group_names or {})
        flags += quota_flags
    flagged: dict[int, list[str]] = defaultdict(list)
    for flag in flags:
        for entry_id in flag.entry_ids:
            flagged[entry_id].append(flag.text)
    standings = [_standing(r, rules, prizes, shares, quota, flagged.get(r.entry_id, [])) for r in ranked]
    ties = {frozenset(r.tie) for r in ranked if r.shared} | set(groups)
    ordered = {frozenset(r.tie) for r in ranked}
    stale = [d for d in decisions if not _applies(d, ties, ordered, ranked)]
    return StageOutcome(standings, flags, stale, count)


def _standing(r: Ranked, rules: StageRules, prizes: list[tuple[PrizeBand, Boundary]],
              shares: set[tuple[str, frozenset[int]]], quota: dict[int, bool | None], flags: list[str]) -> Standing:
    if r.rank is None:
        return Standing(r, advances=False if rules.advance_mode else None, top_grade=False if rules.grade_places
                        else None)
    band = None
    for candidate, boundary in prizes:
        if r.rank > boundary.places:
            continue
        band = candidate if side(r, boundary, shares) else None
        break
    top_grade = None
    if rules.grade_places > 0:
        top_grade = side(r, Boundary(GRADE, "", rules.grade_places), shares)
    advances = None
    if rules.advance_mode is AdvanceMode.RANK:
        advances = side(r, Boundary(ADVANCE, "", rules.advance_places), shares)
    elif rules.advance_mode is AdvanceMode.QUOTA:
        advances = quota.get(r.entry_id, False)
    return Standing(r, band, advances, top_grade, tuple(flags))


def _quota(performances: Sequence[Performance], rules: StageRules, decisions: Sequence[TieDecision],
           shares: set[tuple[str, frozenset[int]]], names: Mapping[int, str],
           ) -> tuple[dict[int, bool | None], list[TieFlag], list[frozenset[int]]]:
    """Each union's best `advance_places` go on: the same ranking within each union, with its own line."""
    by_group: dict[int, list[Performance]] = defaultdict(list)
    for p in performances:
        by_group[p.group].append(p)
    result: dict[int, bool | None] = {}
    flags: list[TieFlag] = []
    ties: list[frozenset[int]] = []
    for group, members in by_group.items():
        ranked = rank(members, rules.weights, uses_time=rules.uses_time, decisions=decisions)
        name = names.get(group, "本单位")
        line = Boundary(f"{ADVANCE}:{group}", f"{name}晋级名额（前{rules.advance_places}名）", rules.advance_places)
        flags += open_ties(ranked, [line], shares)
        ties += [frozenset(r.tie) for r in ranked if r.shared]
        for r in ranked:
            result[r.entry_id] = side(r, line, shares)
    return result, flags, ties


def _applies(decision: TieDecision, ties: set[frozenset[int]], ordered: set[frozenset[int]],
             ranked: Iterable[Ranked]) -> bool:
    if decision.mode is DecisionMode.SHARE:
        return decision.entry_ids in ties
    # An order decision has turned its tie into single places: it applies while those entries still sit together.
    return any(r.ordered_by_decision and r.entry_id in decision.entry_ids for r in ranked) or \
        decision.entry_ids in ties or decision.entry_ids in ordered
