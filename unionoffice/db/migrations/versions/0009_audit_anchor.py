"""audit anchor: the key that signed each entry, the anchor table inside backups, and an append-only trail

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

Triggers refuse UPDATE and DELETE on audit_entry (and TRUNCATE on PostgreSQL). They only raise the bar: whoever holds
the file can drop them (docs/audit-trail.md). A later batch migration that copies audit_entry ("move and copy" on
SQLite) drops them with the old table and must create them again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

MESSAGE = "审计记录只能追加，不能修改或删除"
SQLITE_TRIGGERS = {
    "audit_entry_no_update": f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
                             f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
    "audit_entry_no_delete": f"CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
                             f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
}
POSTGRES_FUNCTION = (
    "CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$"
)
POSTGRES_TRIGGERS = {
    "audit_entry_no_change": "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry "
                             "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
    "audit_entry_no_truncate": "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
                               "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
}


def upgrade() -> None:
    op.create_table('audit_anchor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('location', sa.String(length=400), nullable=False),
    sa.Column('trail', sa.String(length=64), nullable=False),
    sa.Column('entry_count', sa.Integer(), nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('mac', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_anchor'))
    )
    # A plain ADD COLUMN on both backends (no table copy), so nothing else about audit_entry changes. Entries written
    # before this step keep key_id NULL: their plain SHA-256 chain is verified as it is, and the first keyed entry
    # signs its link to them (services/core/audit.py seal_legacy_trail).
    op.add_column('audit_entry', sa.Column('key_id', sa.String(length=16), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRES_FUNCTION)
        for statement in POSTGRES_TRIGGERS.values():
            op.execute(statement)
    else:
        for statement in SQLITE_TRIGGERS.values():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name in POSTGRES_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_entry_append_only()")
    else:
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_column('key_id')
    op.drop_table('audit_anchor')
