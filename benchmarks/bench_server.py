"""Server mode on PostgreSQL: member search over 5,000,000 members (docs/server-mode.md).

The database (`UNIONOFFICE_BENCH_PG`, default `unionoffice_bench5m` on the local server) is made once and kept: a
250,000-member demo district by `unionoffice demo`, then 19 more districts copied from it in SQL (new ids, ID numbers
under other area codes, phones and card numbers varied, their name n-grams), secondary indexes made after the copy,
then migrated like any office database (migration 0013: byte-order columns, the pg_trgm name index; 0015: the
covering index of pinyin's syllable splits). Making it took about 17–25 minutes here; the benchmark then reuses it.

Queries: the same mix as the SQLite benchmark (bench_members._queries: whole names, 1–2 character pieces, pinyin
prefixes and initials, ID tails of 4–6, phones or whole IDs, phone prefixes, card numbers), sampled from the 5,000,000.
Baseline: psycopg answering each query with one indexed prefix lookup (no tiers, no rows, no masking), like the
SQLite baseline's GLOB."""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from typing import Any

import psycopg

from benchmarks.harness import Row, Section, median, ms, p95, timed

DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/unionoffice_bench5m"
SEED_MEMBERS = 250_000
DISTRICTS = 20
QUERIES = 400

COLUMNS = ("id,name,sex,ethnicity,id_type,id_number,id_number_original,id_reversed,birth_date,education,"
           "political_status,employment_status,hukou_type,hukou_place,skill_grade,phone,phone_reversed,employer,"
           "union_id,join_date,card_number,internal_card_number,is_migrant,hardship_category,hardship_file_no,status,"
           "status_date,pinyin_full,pinyin_initials,note,created_at,updated_at,deleted_at,version")


def _url() -> str:
    return os.environ.get("UNIONOFFICE_BENCH_PG", DEFAULT_URL)


def _connect() -> psycopg.Connection[Any]:

    return psycopg.connect(_url().replace("postgresql+psycopg://", "postgresql://"), autocommit=True)


def _members() -> int | None:
    import psycopg

    try:
        with _connect() as conn:
            row = conn.execute("SELECT count(*) FROM member").fetchone()
            return int(row[0]) if row else 0
    except psycopg.Error:
        return None


def _build() -> float:
    """The 5,000,000-member database, once (see the module's docstring). Returns the seconds it took."""
    import psycopg

    start = time.perf_counter()
    server, name = _url().rsplit("/", 1)
    with psycopg.connect(server.replace("postgresql+psycopg://", "postgresql://") + "/postgres",
                         autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    subprocess.run([sys.executable, "-m", "unionoffice", "--db", _url(), "demo", "--members", str(SEED_MEMBERS)],
                   check=True, capture_output=True)
    with _connect() as conn:
        indexes = [r[0] for r in conn.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename IN ('member', 'member_name_gram') "
            "AND indexname NOT IN ('pk_member', 'uq_member_id_number', 'pk_member_name_gram')")]
        for (index,) in conn.execute("SELECT indexname FROM pg_indexes WHERE tablename IN ('member', "
                                     "'member_name_gram') AND indexname NOT IN ('pk_member', 'uq_member_id_number', "
                                     "'pk_member_name_gram')").fetchall():
            conn.execute(f"DROP INDEX {index}")
        conn.execute("ALTER TABLE member_name_gram DROP CONSTRAINT pk_member_name_gram")
        conn.execute("ALTER TABLE member DROP CONSTRAINT uq_member_id_number")
        for k in range(1, DISTRICTS):
            with conn.transaction():
                conn.execute("SET LOCAL session_replication_role = replica")
                conn.execute(f"""
                    INSERT INTO member ({COLUMNS})
                    SELECT id + {k} * 1000000, name, sex, ethnicity, id_type, n.idn, NULL, reverse(n.idn), birth_date,
                      education, political_status, employment_status, hukou_type, hukou_place, skill_grade, p.ph,
                      reverse(p.ph), employer, union_id, join_date,
                      CASE WHEN card_number IS NULL THEN NULL ELSE lpad('{k}', 2, '0') || card_number END,
                      internal_card_number, is_migrant, hardship_category, hardship_file_no, status, status_date,
                      pinyin_full, pinyin_initials, note, created_at, updated_at, deleted_at, version
                    FROM member m
                    CROSS JOIN LATERAL (SELECT '6101' || lpad('{k}', 2, '0') || substr(m.id_number, 7) AS idn) n
                    CROSS JOIN LATERAL (SELECT CASE WHEN m.phone IS NULL THEN NULL ELSE substr(m.phone, 1, 3)
                      || lpad(((substr(m.phone, 4, 4)::int + {k} * 373) % 10000)::text, 4, '0') || substr(m.phone, 8)
                      END AS ph) p
                    WHERE m.id <= 1000000""")
                conn.execute(f"INSERT INTO member_name_gram (gram, member_id) SELECT gram, member_id + {k} * 1000000 "
                             "FROM member_name_gram WHERE member_id <= 1000000")
        # Different area codes can share the rest of an ID: such copies get another made-up area code.
        for prefix in ("63", "64", "65", "66"):
            conn.execute(f"""UPDATE member m SET id_number = '{prefix}' || lpad(((m.id / 7) % 10000)::text, 4, '0')
                || substr(m.id_number, 7), id_reversed = reverse('{prefix}' || lpad(((m.id / 7) % 10000)::text, 4,
                '0') || substr(m.id_number, 7)) FROM (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY
                id_number ORDER BY id) AS n FROM member) x WHERE n > 1) d WHERE m.id = d.id""")
        conn.execute("ALTER TABLE member ADD CONSTRAINT uq_member_id_number UNIQUE (id_number)")
        conn.execute("ALTER TABLE member_name_gram ADD CONSTRAINT pk_member_name_gram PRIMARY KEY (gram, member_id)")
        for index in indexes:
            conn.execute(index)
        conn.execute("SELECT setval(pg_get_serial_sequence('member', 'id'), (SELECT max(id) FROM member))")
        conn.execute("VACUUM ANALYZE member")
        conn.execute("VACUUM ANALYZE member_name_gram")
    return time.perf_counter() - start


def _migrate() -> float:
    from unionoffice.services.core.startup import open_database

    start = time.perf_counter()
    open_database(_url(), program="benchmark").dispose()
    return time.perf_counter() - start


def _queries(count: int, rng: random.Random) -> list[str]:
    """bench_members._queries' mix, sampled from the server's members."""
    with _connect() as conn:
        sample = conn.execute("SELECT name, pinyin_full, pinyin_initials, id_number, phone, card_number FROM member "
                              "TABLESAMPLE SYSTEM (0.1) WHERE deleted_at IS NULL LIMIT %s", (count,)).fetchall()
    rng.shuffle(sample)
    queries: list[str] = []
    for i, (name, full, initials, id_number, phone, card) in enumerate(sample):
        kind = i % 8
        if kind == 0:
            queries.append(name)
        elif kind == 1:
            start = rng.randrange(len(name))
            queries.append(name[start:start + rng.choice((1, 2))])
        elif kind == 2:
            queries.append(full[: rng.randrange(2, len(full) + 1)])
        elif kind == 3:
            queries.append(initials)
        elif kind == 4:
            queries.append(id_number[-rng.choice((4, 5, 6)):])
        elif kind == 5:
            queries.append(phone if phone else id_number)
        elif kind == 6:
            queries.append((phone or "139")[: rng.randrange(3, 8)])
        else:
            queries.append(card if card else name[:1])
    return queries


def _search(queries: list[str]) -> tuple[list[float], list[float], list[float]]:
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.context import SYSTEM, Actor
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.members.search import search_members

    db = open_database(_url(), program="benchmark")
    search_members(db, SYSTEM, "张")  # warm the pool
    ours = [timed(lambda q=q: search_members(db, SYSTEM, q))[0] for q in queries]
    viewer = Actor(username="viewer", role=Role.VIEWER)
    as_viewer = [timed(lambda q=q: search_members(db, viewer, q))[0] for q in queries]
    db.dispose()
    baseline = []
    with _connect() as conn:
        for q in queries:
            column = "id_reversed" if q.isdigit() else ("pinyin_full" if q.isascii() else "name")
            pattern = (q[::-1] if q.isdigit() else q) + "%"
            start = time.perf_counter()
            conn.execute(f"SELECT id FROM member WHERE deleted_at IS NULL AND {column} LIKE %s LIMIT 200",
                         (pattern,)).fetchall()
            baseline.append(time.perf_counter() - start)
    return ours, as_viewer, baseline


def _save_seen(rounds: int = 10) -> tuple[list[float], list[float], list[float]]:
    """Two clients on the server: client B (another connection, its own thread, like another PC) saves a member;
    client A's ChangeWatcher (the GUI's, through the real task runner with its worker threads) sees it and A reloads
    what its member list shows (the first page by name at once, the count afterwards off the GUI thread, as
    MembersPage._records_changed does). Measured from B's commit to A's rows reloaded, and to the count's arrival.
    Baseline: psycopg polling the saved row itself twice a second in a plain loop, from the commit to the poll that
    sees it."""
    import threading
    from dataclasses import replace

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from unionoffice.db.engine import Database
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.context import Actor
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.members.listing import MemberFilter, SortKey, count_members, member_page
    from unionoffice.services.members.records import member_detail, update_member
    from unionoffice.ui.shell import tasks
    from unionoffice.ui.shell.change_watch import ChangeWatcher

    app = QApplication.instance() or QApplication([])
    clerk = Actor(username="bench", role=Role.CLERK)
    db_a, db_b = open_database(_url(), program="benchmark A"), Database(_url())
    with _connect() as conn:
        row = conn.execute("SELECT id FROM member WHERE deleted_at IS NULL ORDER BY id LIMIT 1").fetchone()
    assert row is not None
    member_id = int(row[0])
    holder = QWidget()
    watcher = ChangeWatcher(db_a, holder)
    seen_at: list[float] = []

    counted_at: list[float] = []

    def reload(entities: frozenset[str]) -> None:
        # As MembersPage._records_changed: the visible rows at once (the first page by name), the count of all
        # members afterwards off the GUI thread (the list shows the previous count until it arrives).
        if "member" in entities:
            member_page(db_a, clerk, MemberFilter(), SortKey.NAME, False, 0, 100)
            seen_at.append(time.perf_counter())
            tasks.run_in_background(lambda: count_members(db_a, clerk, MemberFilter()),
                                    lambda _n: counted_at.append(time.perf_counter()), write=False)

    watcher.changed.connect(reload)
    watcher.start()
    ours: list[float] = []
    counts: list[float] = []
    rng = random.Random(3)
    for i in range(rounds):
        done: list[float] = []

        def save(n: int = i, done: list[float] = done) -> None:
            detail = member_detail(db_b, clerk, member_id)
            update_member(db_b, clerk, member_id, replace(detail.draft, note=f"benchmark {n}"),
                          expected_version=detail.version)
            done.append(time.perf_counter())

        loop = QEventLoop()
        QTimer.singleShot(int(rng.uniform(100, 1100)), lambda: threading.Thread(target=save).start())
        before = len(seen_at)
        timer = QTimer()
        timer.timeout.connect(lambda b=before, lp=loop, d=done: lp.quit() if len(seen_at) > b and d else None)
        timer.start(10)
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
        timer.stop()
        if done and len(seen_at) > before:
            ours.append(seen_at[-1] - done[0])
            counted_before = len(counted_at)
            wait = QEventLoop()
            QTimer.singleShot(5_000, wait.quit)
            poll = QTimer()
            poll.timeout.connect(lambda c=counted_before, w=wait: w.quit() if len(counted_at) > c else None)
            poll.start(10)
            wait.exec()
            poll.stop()
            if len(counted_at) > counted_before:
                counts.append(counted_at[-1] - done[0])
    watcher.stop()
    tasks.shutdown()
    db_a.dispose()
    db_b.dispose()
    del app
    baseline: list[float] = []
    with _connect() as conn, _connect() as other:
        for n in range(rounds):
            phase = rng.uniform(0.1, 1.1)
            committed = time.perf_counter() + phase
            threading.Timer(phase, lambda n=n: other.execute("UPDATE member SET note = %s WHERE id = %s",
                                                              (f"raw {n}", member_id))).start()
            while True:
                time.sleep(0.5)
                row = conn.execute("SELECT note FROM member WHERE id = %s", (member_id,)).fetchone()
                if row is not None and row[0] == f"raw {n}":
                    baseline.append(time.perf_counter() - committed)
                    break
    return ours, counts, baseline


def run(args: argparse.Namespace) -> Section:
    section = Section("server", "Server mode on PostgreSQL (5,000,000 members)")
    members = _members()
    built = None
    if members is None:
        built = _build()
        members = _members() or 0
    migrated = _migrate()
    queries = _queries(QUERIES, random.Random(17))
    _search(queries[:40])  # the server's caches as after some minutes of use
    load_before = os.getloadavg()[0]
    ours, as_viewer, baseline = _search(queries)
    load_after = os.getloadavg()[0]
    section.rows.append(Row(f"search p95 over {members:,} members, {len(queries)} mixed queries (as the SQLite "
                            "benchmark), role that sees full numbers",
                            f"p95 {ms(p95(ours))} (median {ms(median(ours))})",
                            f"psycopg, one indexed LIKE prefix per query: p95 {ms(p95(baseline))} "
                            f"(median {ms(median(baseline))})", "p95 < 100 ms", p95(ours) < 0.1))
    section.rows.append(Row("the same queries as a viewer (masked: ID by first 6 / last 4 only)",
                            f"p95 {ms(p95(as_viewer))} (median {ms(median(as_viewer))})", "", "p95 < 100 ms",
                            p95(as_viewer) < 0.1))
    seen, counted, polled = _save_seen()
    section.rows.append(Row(f"a save seen by the other client's member list (ChangeWatcher polling every half second "
                            f"through the task runner, then the list's first page reloaded), {len(seen)} saves at "
                            "random moments",
                            f"max {max(seen):.2f} s (median {median(seen):.2f} s)" if seen else "not seen",
                            f"psycopg polling the saved row itself every half second: max {max(polled):.2f} s "
                            f"(median {median(polled):.2f} s)", "≤ 2 s", bool(seen) and max(seen) <= 2.0))
    section.rows.append(Row(f"… and the list's count of all {members:,} members, recounted off the GUI thread after "
                            "the rows show (the previous count shown meanwhile)",
                            f"max {max(counted):.2f} s (median {median(counted):.2f} s)" if counted else "not counted",
                            "", "", None))
    section.rows.append(Row("opening the kept database (schema check; a new migration on its first run)",
                            f"{migrated:.1f} s", "", "", None))
    section.notes.append("The database is kept between runs (UNIONOFFICE_BENCH_PG, default unionoffice_bench5m)"
                         + (f"; made in this run in {built:.0f} s" if built is not None else "") + ".")
    section.notes.append(f"Machine shared with other jobs while measuring (2 cores): figures are noisy. Load average "
                         f"(1 minute) {load_before:.1f} when the searches started, {load_after:.1f} when they ended.")
    section.notes.extend(NOTES)
    return section


# What earlier rounds measured and changed (the section above is rewritten on every run; these notes are not).
NOTES = (
    "Round h20pg (migration 0015_pg_search_tail): the tail was pinyin queries whose syllable splits filter an initials "
    "range by the shape of the full pinyin (initials 'zh' and `pinyin_full LIKE 'z%heng%'`). EXPLAIN (ANALYZE, "
    "BUFFERS) showed PostgreSQL walking the full pinyin's own index by the pattern's head ('dingy': 4,480 rows; "
    "'feng': 51,980 in a bitmap) and reading every candidate's table row for its initials and name, because it "
    "estimates the two columns as independent (1 row expected). Tried on this database, server time of the 100 "
    "pinyin queries of the mix: as before p95 67–126 ms, max 718–844 ms ('chen', 'zha'); a btree (initials, full, id) "
    "INCLUDE (name) p95 29 ms, max 55 ms, but PostgreSQL still chose the full-pinyin index for some splits; (initials, "
    "id) INCLUDE (full, name, union_id) with the shape as a filter only (`pinyin_full || ''`), so that the ordered "
    "index-only walk is the one plan: p95 14–43 ms, max 33–85 ms (load 3–5). That is what 0015 and search_pg.shape "
    "do (0013's (initials, id) index is replaced by it); results and order unchanged. The migration took 18 s on "
    "the 5,000,000 members.",
    "The reveal entry of a full-number search (written before the hits are shown): the chain's advisory lock and head "
    "read now go in one round trip with the transaction's BEGIN (psycopg pipeline) instead of three: that part 2.0–2.4 "
    "ms → 0.6–0.9 ms (60 writes each way, load 3.5). The insert and the commit (the WAL flush, about 4 ms here) are "
    "unchanged. Measured apart at load about 2 (40 searches by the last 8 ID digits, old and new alternately, three "
    "times), the whole entry was 3–8 ms either way, of a search's 14–31 ms: the saving is inside the noise at this "
    "load and counts when every round trip waits for a core (the entry was 57–78 ms of 124–132 ms at load 13–14).",
    "This round's runs after the change: p95 45.0 ms (median 22.7 ms) full numbers, 24.5 ms (median 12.8 ms) viewer, "
    "load 3.4 → 2.9; then p95 47.4 ms (median 21.2 ms) and 34.8 ms (median 14.8 ms), load 1.9 → 2.1. The table above "
    "is the latest run.",
    "Before this round, in the same session and on the same database (load average 5.3–5.9): p95 88.6 ms (median "
    "34.2 ms) for the role that sees full numbers, 80.3 ms (median 22.6 ms) as a viewer. Per query, the time "
    "outside the server (building the splits' statements, confirming candidates in Python) is now as large as the "
    "server's: p95 21 ms on the server, 26 ms in the program, with single outliers of 200–400 ms when other jobs "
    "hold both cores.",
    "Under load the target is not met: with four CPU-bound processes beside it (load average 6.6 → 7.9 on 2 cores; "
    "the search then gets about a third of a core) the same 400 searches took p95 328.1 ms (median 124.2 ms) for full"
    " numbers and 191.8 ms (median 81.8 ms) as a viewer, psycopg's single LIKE p95 12.0 ms. What is left is CPU time,"
    " in the program (building a query's dozens of split statements, confirming candidates in Python) about as much "
    "as on the server, and it stretches with the share of a core the search gets.",
    "Earlier rounds: h17d (load 10.9–12.8) p95 303.3 ms (median 80.1 ms) full numbers, 208.6 ms (median 56.6 ms) "
    "viewer; before it (load about 10) 267.6 ms (median 128.2 ms) and 176.2 ms (median 66.5 ms). h17d made a search "
    "one statement per group of tiers (UNION ALL, docs/server-mode.md) instead of one per match, and moved the "
    "reveal's name lookup out of the write. A save seen by the other client then: max 0.53 s (median 0.35 s).",
    "Making the 5,000,000-member database (this round): 1,026 s in all: the 250,000-member demo district, 19 copies "
    "in SQL with secondary indexes off, the indexes again and VACUUM ANALYZE.",
)
