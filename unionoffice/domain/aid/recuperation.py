"""Recuperation (疗休养, docs/domain.md (b), (c)): nominations ranked by merit, and counts in person-times."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Nominee:
    nomination_id: int
    priority: int  # from members' distinctions: 0 = model worker … lower sorts first
    nominated_order: int  # the order the grassroots union put them in (then the id)
    name_key: str


def ranked(nominees: Iterable[Nominee]) -> list[Nominee]:
    """Model workers, skilled workers and competition winners first (docs/domain.md (c)), then as nominated."""
    return sorted(nominees, key=lambda n: (n.priority, n.nominated_order, n.name_key, n.nomination_id))


def select_within_quota(nominees: Sequence[Nominee], quota: int) -> tuple[list[int], list[int]]:
    """(selected ids, not selected ids) for a batch of `quota` places, in rank order."""
    order = ranked(nominees)
    return [n.nomination_id for n in order[:quota]], [n.nomination_id for n in order[quota:]]


@dataclass(frozen=True)
class PersonTimes:
    """Recuperation is counted in person-times, not persons (docs/domain.md (f) 10)."""

    total: int
    border: int

    @property
    def border_share(self) -> float:
        return self.border / self.total if self.total else 0.0

    @property
    def border_percent(self) -> str:
        return f"{self.border_share * 100:.1f}%"
