"""The rotation policy: hand-made backups stay, the last exit backups, one a day for 30 days, one a month for a year."""

from __future__ import annotations

from datetime import datetime, timedelta

from unionoffice.domain.common import backup_policy as bp
from unionoffice.domain.common.backup_policy import Generation
from unionoffice.domain.common.formatting import file_size

NOW = datetime(2026, 12, 7, 17, 0)


def kept_at(generations: list[Generation], now: datetime = NOW) -> set[object]:
    return bp.to_keep(generations, now)


def test_every_manual_backup_is_kept_however_old_or_many() -> None:
    manual = [Generation(("m", n), "manual", NOW - timedelta(days=n, minutes=1)) for n in range(800)]
    assert kept_at(manual) == {g.key for g in manual}


def test_exit_backups_of_one_day_keep_the_last_ten() -> None:
    exits = [Generation(n, "exit", NOW - timedelta(minutes=10 * n)) for n in range(25)]
    assert kept_at(exits) == set(range(bp.KEEP_EXIT))


def test_one_automatic_backup_a_day_for_thirty_days() -> None:
    # two a day (a daily at 09:00, an exit at 18:00) for 60 days before today's
    generations = []
    for n in range(1, 61):
        day = (NOW - timedelta(days=n)).replace(hour=9)
        generations += [Generation(("d", n), "daily", day), Generation(("e", n), "exit", day.replace(hour=18))]
    kept = kept_at(generations)
    for n in range(1, bp.KEEP_DAYS):
        assert ("e", n) in kept  # the newest of each of the last 30 days (today has none)
        assert ("d", n) not in kept
    exit_days = {n for kind, n in kept if kind == "e"}  # type: ignore[misc]
    # after the 30 days, only the newest of each month survives (and the last ten exit backups are within the 30)
    older = sorted(n for n in exit_days if n >= bp.KEEP_DAYS)
    months = {((NOW - timedelta(days=n)).year, (NOW - timedelta(days=n)).month) for n in older}
    assert len(older) == len(months)


def test_one_a_month_for_a_year_and_nothing_older() -> None:
    generations = [Generation(n, "daily", NOW - timedelta(days=n)) for n in range(1, 800)]
    kept = kept_at(generations)
    older = [NOW - timedelta(days=n) for n in kept if isinstance(n, int) and n >= bp.KEEP_DAYS]
    months = [(t.year, t.month) for t in older]
    assert len(months) == len(set(months))  # one a month
    assert set(months) <= {(2026, m) for m in range(1, 13)}  # the last twelve months, counted back from December
    assert (2026, 1) in months  # the newest of January 2026 (its 31st)
    assert len(kept) <= bp.KEEP_DAYS + bp.KEEP_MONTHS


def test_the_newest_automatic_backup_stays_after_a_long_pause() -> None:
    old = [Generation(n, "daily", NOW - timedelta(days=700 + n)) for n in range(5)]
    assert kept_at(old) == {0}


def test_safety_copies_keep_five_of_each_and_unknown_kinds_stay() -> None:
    generations = [Generation(("r", n), "before-restore", NOW - timedelta(hours=n)) for n in range(8)]
    generations += [Generation(("g", n), "before-migration", NOW - timedelta(hours=n)) for n in range(2)]
    generations.append(Generation("x", "something-new", NOW - timedelta(days=900)))
    kept = kept_at(generations)
    assert {("r", n) for n in range(bp.KEEP_SAFETY)} | {("g", 0), ("g", 1), "x"} == kept


def test_the_policy_is_told_in_words() -> None:
    text = "".join(bp.policy_lines())
    assert "手动备份" in text
    assert "直到您自己删除" in text
    assert f"最近 {bp.KEEP_DAYS} 天" in text
    assert bp.manual_warning(bp.MANUAL_WARNING_COUNT, 10**9) is None
    assert "51 个手动备份" in (bp.manual_warning(51, 25 * 10**6) or "")


def test_file_sizes_read_like_explorer() -> None:
    assert file_size(512) == "512 字节"
    assert file_size(1500) == "1.5 KB"
    assert file_size(25_000_000) == "25 MB"
    assert file_size(26_214_400) == "26 MB"
    assert file_size(999_600) == "1 MB"
    assert file_size(1_234_567_890) == "1.2 GB"
