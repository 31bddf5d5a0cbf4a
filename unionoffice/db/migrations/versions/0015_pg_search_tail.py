"""pg search tail: on PostgreSQL, the member search's pinyin splits filtered inside one covering index

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

# PostgreSQL only (SQLite: nothing). Pinyin typed as whole syllables mixed with initials ("zheng" read as z|heng,
# "zhangjg") asks, per way the query splits, for live members with some initials whose full pinyin has a shape
# (`pinyin_initials = 'zh' AND pinyin_full LIKE 'z%heng%'`, in initials-then-id order). With (pinyin_initials, id)
# alone every candidate's table row was read for its pinyin_full (and name): thousands of rows per split at
# 5,000,000 members, 300-800 ms on the server for some queries. This index carries what the filter and the result
# need, so the walk in initials order stays inside the index (an index-only scan, stopped at the page size);
# search_pg.shape keeps the planner on it. It has the key of 0013's ix_pg_member_live_pinyin_initials, which it
# replaces (the initials tiers use it the same way).
SHAPE_INDEX = 'ix_pg_member_live_pinyin_shape'


def upgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute(f'CREATE INDEX IF NOT EXISTS {SHAPE_INDEX} ON member (pinyin_initials, id) '
               'INCLUDE (pinyin_full, name, union_id) WHERE deleted_at IS NULL')
    op.execute('DROP INDEX IF EXISTS ix_pg_member_live_pinyin_initials')
    op.execute('ANALYZE member')


def downgrade() -> None:
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute('CREATE INDEX IF NOT EXISTS ix_pg_member_live_pinyin_initials ON member (pinyin_initials, id) '
               'WHERE deleted_at IS NULL')
    op.execute(f'DROP INDEX IF EXISTS {SHAPE_INDEX}')
