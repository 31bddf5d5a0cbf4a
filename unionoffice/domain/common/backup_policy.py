"""Which backups are kept: the rotation policy, independent of what a backup is (an SQLite copy, a dump) or where.

A backup is a `Generation`: any key the caller understands, its kind and when it was taken. `to_keep` answers which
keys stay; the caller deletes the rest. The rules (docs/用户手册.md “备份和恢复” shows them to the clerk):

- a backup made by hand (立即备份) stays until the user deletes it: it is the one made “before a risky import”;
- of the backups made on exit, the newest `KEEP_EXIT`;
- of the automatic backups (daily and on exit), the newest of each of the last `KEEP_DAYS` days and of each of the
  last `KEEP_MONTHS` months, counted back from today, and always the newest one of all;
- of the copies made before a restore or a migration, the newest `KEEP_SAFETY` of each kind;
- anything of a kind this policy does not know stays.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from unionoffice.domain.common.formatting import file_size

MANUAL = "manual"
DAILY = "daily"
EXIT = "exit"
AUTOMATIC_KINDS = frozenset({DAILY, EXIT})
SAFETY_KINDS = frozenset({"before-restore", "before-migration"})
KEEP_EXIT = 10
KEEP_DAYS = 30
KEEP_MONTHS = 12
KEEP_SAFETY = 5
MANUAL_WARNING_COUNT = 50  # more hand-made backups than this: the dialog suggests deleting the ones not needed

KIND_LABELS = {DAILY: "每日自动备份", EXIT: "退出时备份", MANUAL: "手动备份", "before-restore": "恢复前另存",
               "before-migration": "升级前另存"}


@dataclass(frozen=True)
class Generation:
    key: Hashable
    kind: str
    taken_at: datetime


def _months_back(today: date, count: int) -> set[tuple[int, int]]:
    months: set[tuple[int, int]] = set()
    year, month = today.year, today.month
    for _ in range(count):
        months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months


def _newest_per(generations: list[Generation], periods: set[Hashable] | set[date] | set[tuple[int, int]],
                period_of: Callable[[datetime], Hashable]) -> set[Hashable]:
    """The newest generation in each of `periods` (a day, a month) that has one."""
    kept: dict[Hashable, Generation] = {}
    for generation in generations:
        slot = period_of(generation.taken_at)
        if slot not in periods:
            continue
        if slot not in kept or generation.taken_at > kept[slot].taken_at:
            kept[slot] = generation
    return {g.key for g in kept.values()}


def to_keep(generations: Iterable[Generation], now: datetime) -> set[Hashable]:
    """The keys of the backups the policy keeps at `now` (an aware or naive datetime like the generations')."""
    every = list(generations)
    kept = {g.key for g in every if g.kind == MANUAL or g.kind not in AUTOMATIC_KINDS | SAFETY_KINDS}
    automatic = sorted((g for g in every if g.kind in AUTOMATIC_KINDS), key=lambda g: g.taken_at, reverse=True)
    if automatic:
        kept.add(automatic[0].key)
    kept |= {g.key for g in [g for g in automatic if g.kind == EXIT][:KEEP_EXIT]}
    today = now.date()
    days = {date.fromordinal(today.toordinal() - n) for n in range(KEEP_DAYS)}
    kept |= _newest_per(automatic, days, lambda t: t.date())
    kept |= _newest_per(automatic, _months_back(today, KEEP_MONTHS), lambda t: (t.year, t.month))
    for kind in SAFETY_KINDS:
        of_kind = sorted((g for g in every if g.kind == kind), key=lambda g: g.taken_at, reverse=True)
        kept |= {g.key for g in of_kind[:KEEP_SAFETY]}
    return kept


def policy_lines() -> list[str]:
    """The policy in the clerk's words, one rule a line (the backup dialog and the user guide show these)."""
    return [
        "手动备份（“立即备份”）一直保留，直到您自己删除；",
        f"退出程序时的备份保留最近 {KEEP_EXIT} 个；",
        f"自动备份（每日和退出时）在最近 {KEEP_DAYS} 天里每天保留一个，在最近 {KEEP_MONTHS} 个月里每月保留一个，"
        "最新的一个总是保留；",
        f"恢复前和升级前另存的副本各保留最近 {KEEP_SAFETY} 个。",
    ]


def manual_warning(count: int, total_bytes: int) -> str | None:
    """A hint when hand-made backups pile up (they are never deleted automatically)."""
    if count <= MANUAL_WARNING_COUNT:
        return None
    return (f"已有 {count} 个手动备份，共 {file_size(total_bytes)}。手动备份不会自动删除，"
            "不再需要的请在列表中选中后删除。")
