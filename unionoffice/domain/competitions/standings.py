"""What a stage's ranking means for each entrant: prize, promotion to the next stage, grade-step place, open flags."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

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


class Standing(NamedTuple):
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
    grade = Boundary(GRADE, "", rules.grade_places) if rules.grade_places > 0 else None
    advance = Boundary(ADVANCE, "", rules.advance_places) if rules.advance_mode is AdvanceMode.RANK else None
    standings = _standings(ranked, rules, prizes, shares, quota, flagged, grade, advance)
    stale: list[TieDecision] = []
    if decisions:  # which decisions still match a tie: only worth the sets when there are decisions
        ties = {frozenset(r.tie) for r in ranked if r.shared and r.entry_id == r.tie[0]} | set(groups)
        stale = [d for d in decisions if not _applies(d, ties, ranked)]
    return StageOutcome(standings, flags, stale, count)


def _standings(ranked: list[Ranked], rules: StageRules, prizes: list[tuple[PrizeBand, Boundary]],
               shares: set[tuple[str, frozenset[int]]], quota: dict[int, bool | None], flagged: dict[int, list[str]],
               grade: Boundary | None, advance: Boundary | None) -> list[Standing]:
    """Each entry's outcome. Runs on every keystroke of the score grid, so an entry alone on its place (nearly all)
    takes a short path: its band by bisection, each line by one comparison."""
    limits = [boundary.places for _band, boundary in prizes]
    bands = [band for band, _boundary in prizes]
    last = limits[-1] if limits else 0
    grade_places = grade.places if grade is not None else None
    advance_places = advance.places if advance is not None else None
    by_quota = rules.advance_mode is AdvanceMode.QUOTA
    unranked = Standing  # bound once: the loop below builds thousands
    result: list[Standing] = []
    for r in ranked:
        place = r.rank
        if place is None:
            result.append(unranked(r, None, False if rules.advance_mode else None, False if grade else None))
        elif len(r.tie) > 1:  # only a shared place can straddle a line (a per-union tie is a tie overall too)
            result.append(_standing(r, prizes, shares, quota if by_quota else None, flagged.get(r.entry_id), grade,
                                    advance))
        else:
            result.append(Standing(
                r, bands[bisect_left(limits, place)] if place <= last else None,
                quota.get(r.entry_id, False) if by_quota else
                (None if advance_places is None else place <= advance_places),
                None if grade_places is None else place <= grade_places))
    return result


def _standing(r: Ranked, prizes: list[tuple[PrizeBand, Boundary]], shares: set[tuple[str, frozenset[int]]],
              quota: dict[int, bool | None] | None, flags: list[str] | None, grade: Boundary | None,
              advance: Boundary | None) -> Standing:
    """The outcome of an entry that shares its place: each line may be straddled and waiting for a decision."""
    assert r.rank is not None
    band = None
    for candidate, boundary in prizes:
        if r.rank > boundary.places:
            continue
        band = candidate if side(r, boundary, shares) else None
        break
    top_grade = side(r, grade, shares) if grade is not None else None
    advances = None
    if advance is not None:
        advances = side(r, advance, shares)
    elif quota is not None:
        advances = quota.get(r.entry_id, False)
    return Standing(r, band, advances, top_grade, tuple(flags) if flags else ())


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


def _applies(decision: TieDecision, ties: set[frozenset[int]], ranked: Iterable[Ranked]) -> bool:
    if decision.mode is DecisionMode.SHARE:
        return decision.entry_ids in ties
    # An order decision has turned its tie into single places: it applies while those entries still sit together.
    return decision.entry_ids in ties or any(r.ordered_by_decision and r.entry_id in decision.entry_ids
                                             for r in ranked)
