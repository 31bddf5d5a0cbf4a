"""Kinds of merit a member can hold, and the order in which they put a member first (docs/domain.md (c))."""

from __future__ import annotations

from enum import StrEnum


class DistinctionKind(StrEnum):
    MODEL_WORKER = "劳动模范"
    MAY_DAY_MEDAL = "五一劳动奖章"
    TECHNICAL_EXPERT = "技术能手"
    COMPETITION_PRIZE = "竞赛获奖"
    OTHER_HONOUR = "其他荣誉"


# Recuperation nominations put model workers, skilled workers and competition winners first, in this order.
PRIORITY: tuple[DistinctionKind, ...] = (
    DistinctionKind.MODEL_WORKER,
    DistinctionKind.MAY_DAY_MEDAL,
    DistinctionKind.TECHNICAL_EXPERT,
    DistinctionKind.COMPETITION_PRIZE,
    DistinctionKind.OTHER_HONOUR,
)


def priority_of(kinds: set[DistinctionKind] | set[str]) -> int:
    """0 for a model worker … len(PRIORITY) for a member with no distinction: lower sorts first."""
    ranks = [PRIORITY.index(DistinctionKind(k)) for k in kinds]
    return min(ranks) if ranks else len(PRIORITY)
