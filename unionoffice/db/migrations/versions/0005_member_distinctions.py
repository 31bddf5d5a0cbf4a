"""member distinctions: titles, honours and prizes a member holds, written by the granting feature

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('member_distinction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=True),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('granted_on', sa.Date(), nullable=True),
    sa.Column('source_type', sa.String(length=32), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_distinction_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_distinction'))
    )
    with op.batch_alter_table('member_distinction', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_distinction_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_member_distinction_source', ['source_type', 'source_id', 'member_id'], unique=True)
        batch_op.create_index(batch_op.f('ix_member_distinction_year'), ['year'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('member_distinction', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_distinction_year'))
        batch_op.drop_index('ix_member_distinction_source')
        batch_op.drop_index(batch_op.f('ix_member_distinction_member_id'))

    op.drop_table('member_distinction')
