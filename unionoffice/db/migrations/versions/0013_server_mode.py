"""server mode: an optimistic `version` on every table a clerk edits, and on PostgreSQL the search indexes
(pg_trgm for substrings, byte-order btrees for prefixes; docs/server-mode.md)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

# Tables edited by clerks that had no version yet (member, unions, classes, files … have had one since they came).
VERSIONED = (
    'app_user', 'setting', 'aid_standard', 'aid_household_member', 'aid_tier', 'aid_rule', 'aid_quota',
    'aid_recuperation_batch', 'aid_recuperation_nomination', 'competition_prize_band', 'competition_referee',
    'competition_entry', 'competition_result', 'labour_competition_enterprise', 'document_template', 'honour',
    'training_module', 'training_session', 'training_attendance',
)

# PostgreSQL only. The searched columns compare bytes, as SQLite's GLOB does: in the "C" collation their btrees
# serve `LIKE 'x%'` prefixes in index order (a database in another collation would scan 5,000,000 rows), and lists
# sort as on SQLite. A name's piece of 3 or more characters anywhere in it uses a pg_trgm index (named ix_pg_*, which
# no model declares: migrate.include_object); 1–2 characters stay with member_name_gram, as trigrams cannot serve them.
PG_BYTE_ORDER_COLUMNS = (('name', 60), ('pinyin_full', 200), ('pinyin_initials', 60), ('id_number', 18),
                         ('id_reversed', 18), ('phone', 11), ('phone_reversed', 11), ('card_number', 32))
PG_TRIGRAM_COLUMNS = ('name',)
# Each search tier asks for ids of live members by one column, in that column's order (or by id for equal values):
# on SQLite every index carries the rowid; PostgreSQL needs (column, id) over live rows to answer from the index alone
# (index-only scans), instead of visiting up to thousands of table rows for `deleted_at` and the sort by id.
PG_LIVE_SEARCH_COLUMNS = ('name', 'pinyin_initials', 'id_number', 'id_reversed', 'phone', 'phone_reversed',
                          'card_number')


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), server_default=sa.text('1'), nullable=False))
    if op.get_bind().dialect.name != 'postgresql':
        return
    op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')
    op.execute('ALTER TABLE member ' + ', '.join(f'ALTER COLUMN {column} TYPE varchar({length}) COLLATE "C"'
                                                 for column, length in PG_BYTE_ORDER_COLUMNS))
    for column in PG_TRIGRAM_COLUMNS:
        op.execute(f'CREATE INDEX IF NOT EXISTS ix_pg_member_{column}_trgm ON member USING gin ({column} gin_trgm_ops) '
                   'WHERE deleted_at IS NULL')
    for column in PG_LIVE_SEARCH_COLUMNS:
        op.execute(f'CREATE INDEX IF NOT EXISTS ix_pg_member_live_{column} ON member ({column}, id) '
                   'WHERE deleted_at IS NULL')
    op.execute('ANALYZE member')


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        for column in PG_TRIGRAM_COLUMNS:
            op.execute(f'DROP INDEX IF EXISTS ix_pg_member_{column}_trgm')
        for column in PG_LIVE_SEARCH_COLUMNS:
            op.execute(f'DROP INDEX IF EXISTS ix_pg_member_live_{column}')
        op.execute('ALTER TABLE member ' + ', '.join(f'ALTER COLUMN {column} TYPE varchar({length}) COLLATE "default"'
                                                     for column, length in PG_BYTE_ORDER_COLUMNS))
        # The extension stays: other databases' objects or the server's administrator may rely on it.
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
