"""documents: templates, issued certificates, certificate number sequences

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('document_template',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('settings', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=50), nullable=True),
    sa.PrimaryKeyConstraint('kind', name=op.f('pk_document_template'))
    )
    op.create_table('certificate_sequence',
    sa.Column('issuer', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('issuer', 'kind', 'year', name=op.f('pk_certificate_sequence'))
    )
    op.create_table('certificate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('issuer', sa.String(length=100), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('person_name', sa.String(length=100), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=False),
    sa.Column('verification_code', sa.String(length=16), nullable=False),
    sa.Column('source_type', sa.String(length=30), nullable=True),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('reprint_count', sa.Integer(), nullable=False),
    sa.Column('last_printed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoke_reason', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_certificate_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate')),
    sa.UniqueConstraint('issuer', 'kind', 'number', name='uq_certificate_issuer_kind_number'),
    sa.UniqueConstraint('issuer', 'kind', 'year', 'serial', name='uq_certificate_issuer_kind_year_serial')
    )
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.create_index('ix_certificate_member_id', ['member_id'], unique=False)
        batch_op.create_index('ix_certificate_number', ['number'], unique=False)
        batch_op.create_index('ix_certificate_source', ['source_type', 'source_id'], unique=False)
        batch_op.create_index('ix_certificate_verification_code', ['verification_code'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_index('ix_certificate_verification_code')
        batch_op.drop_index('ix_certificate_source')
        batch_op.drop_index('ix_certificate_number')
        batch_op.drop_index('ix_certificate_member_id')
    op.drop_table('certificate')
    op.drop_table('certificate_sequence')
    op.drop_table('document_template')
