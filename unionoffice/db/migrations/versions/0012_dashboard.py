"""dashboard: a covering index for the membership figures and one for a period's membership changes

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

_LIVE = sa.text("deleted_at IS NULL")
_COLUMNS = ["union_id", "sex", "is_migrant", "skill_grade", "birth_date", "join_date", "status", "status_date"]


def upgrade() -> None:
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index('ix_member_live_dashboard', _COLUMNS, unique=False, sqlite_where=_LIVE,
                              postgresql_where=_LIVE)
    with op.batch_alter_table('membership_event', schema=None) as batch_op:
        batch_op.create_index('ix_membership_event_date', ['event_date', 'kind'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('membership_event', schema=None) as batch_op:
        batch_op.drop_index('ix_membership_event_date')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index('ix_member_live_dashboard', sqlite_where=_LIVE, postgresql_where=_LIVE)
