"""honours register: honour lists per year and the honours in them

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('honour_list',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('issuer', sa.String(length=100), nullable=False),
    sa.Column('region', sa.String(length=60), nullable=False),
    sa.Column('own', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('doc_serial', sa.Integer(), nullable=True),
    sa.Column('doc_number', sa.String(length=60), nullable=True),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('decision_title', sa.String(length=200), nullable=True),
    sa.Column('decision_body', sa.Text(), nullable=True),
    sa.Column('finalised_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finalised_by', sa.String(length=50), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_honour_list'))
    )
    with op.batch_alter_table('honour_list', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_honour_list_year'), ['year'], unique=False)

    op.create_table('honour',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('honour_type', sa.String(length=16), nullable=False),
    sa.Column('recipient_kind', sa.String(length=4), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('team_name', sa.String(length=60), nullable=True),
    sa.Column('recipient_key', sa.String(length=80), nullable=False),
    sa.Column('recipient_name', sa.String(length=120), nullable=False),
    sa.Column('unit', sa.String(length=100), nullable=False),
    sa.Column('basis_kind', sa.String(length=8), nullable=False),
    sa.Column('basis_text', sa.String(length=200), nullable=False),
    sa.Column('basis_event', sa.String(length=120), nullable=False),
    sa.Column('basis_source_type', sa.String(length=32), nullable=True),
    sa.Column('basis_source_id', sa.Integer(), nullable=True),
    sa.Column('certificate_id', sa.Integer(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoke_reason', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificate.id'], name=op.f('fk_honour_certificate_id_certificate')),
    sa.ForeignKeyConstraint(['list_id'], ['honour_list.id'], name=op.f('fk_honour_list_id_honour_list')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_honour_member_id_member')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_honour_organisation_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_honour')),
    )
    with op.batch_alter_table('honour', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_honour_list_id'), ['list_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_honour_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_honour_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index('ix_honour_recipient', ['list_id', 'honour_type', 'recipient_key'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('honour', schema=None) as batch_op:
        batch_op.drop_index('ix_honour_recipient')
        batch_op.drop_index(batch_op.f('ix_honour_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_honour_member_id'))
        batch_op.drop_index(batch_op.f('ix_honour_list_id'))

    op.drop_table('honour')
    with op.batch_alter_table('honour_list', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_honour_list_year'))

    op.drop_table('honour_list')
