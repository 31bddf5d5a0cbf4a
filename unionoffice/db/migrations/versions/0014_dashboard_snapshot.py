"""dashboard snapshot: stored section figures keyed by period, districts and section, and per-entity data versions

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'data_version',
        sa.Column('entity', sa.String(length=64), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('entity', name=op.f('pk_data_version')),
    )
    op.create_table(
        'dashboard_snapshot',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('first_month', sa.Integer(), nullable=False),
        sa.Column('last_month', sa.Integer(), nullable=False),
        sa.Column('districts', sa.String(length=200), nullable=False),
        sa.Column('section', sa.String(length=32), nullable=False),
        sa.Column('data_version', sa.Integer(), nullable=False),
        sa.Column('computed_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('payload', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dashboard_snapshot')),
        sa.UniqueConstraint('year', 'first_month', 'last_month', 'districts', 'section',
                            name=op.f('uq_dashboard_snapshot_year_first_month_last_month_districts_section')),
    )


def downgrade() -> None:
    op.drop_table('dashboard_snapshot')
    op.drop_table('data_version')
