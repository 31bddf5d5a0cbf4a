"""foundation: organisations, members, membership events, name n-grams, accounts, audit, settings

Revision ID: 0001
Revises: 
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=50), nullable=False),
    sa.Column('display_name', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=50), nullable=False),
    sa.Column('action', sa.String(length=24), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=True),
    sa.Column('entity_id', sa.String(length=40), nullable=True),
    sa.Column('summary', sa.String(length=400), nullable=False),
    sa.Column('changes', sa.Text(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entry_at', ['at'], unique=False)
        batch_op.create_index('ix_audit_entry_entity', ['entity', 'entity_id'], unique=False)
        batch_op.create_index('ix_audit_entry_username', ['username'], unique=False)

    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('admin_code', sa.String(length=6), nullable=True),
    sa.Column('employer', sa.String(length=100), nullable=True),
    sa.Column('credit_code', sa.String(length=18), nullable=True),
    sa.Column('unit_nature', sa.String(length=16), nullable=True),
    sa.Column('economic_type', sa.String(length=16), nullable=True),
    sa.Column('industry', sa.String(length=40), nullable=True),
    sa.Column('contact_person', sa.String(length=50), nullable=True),
    sa.Column('contact_phone', sa.String(length=20), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['organisation.id'], name=op.f('fk_organisation_parent_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation')),
    sa.UniqueConstraint('credit_code', name=op.f('uq_organisation_credit_code'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index('ix_organisation_parent_name', ['parent_id', 'name'], unique=False)

    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('sex', sa.String(length=2), nullable=False),
    sa.Column('ethnicity', sa.String(length=12), nullable=False),
    sa.Column('id_type', sa.String(length=12), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('id_number_original', sa.String(length=18), nullable=True),
    sa.Column('id_reversed', sa.String(length=18), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('education', sa.String(length=12), nullable=True),
    sa.Column('political_status', sa.String(length=12), nullable=True),
    sa.Column('employment_status', sa.String(length=12), nullable=True),
    sa.Column('hukou_type', sa.String(length=8), nullable=True),
    sa.Column('hukou_place', sa.String(length=100), nullable=True),
    sa.Column('skill_grade', sa.String(length=16), nullable=True),
    sa.Column('phone', sa.String(length=11), nullable=True),
    sa.Column('phone_reversed', sa.String(length=11), nullable=True),
    sa.Column('employer', sa.String(length=100), nullable=True),
    sa.Column('union_id', sa.Integer(), nullable=False),
    sa.Column('join_date', sa.Date(), nullable=False),
    sa.Column('card_number', sa.String(length=32), nullable=True),
    sa.Column('internal_card_number', sa.String(length=32), nullable=True),
    sa.Column('is_migrant', sa.Boolean(), nullable=False),
    sa.Column('hardship_category', sa.String(length=8), nullable=True),
    sa.Column('hardship_file_no', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=False),
    sa.Column('pinyin_full', sa.String(length=200), nullable=False),
    sa.Column('pinyin_initials', sa.String(length=60), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['union_id'], ['organisation.id'], name=op.f('fk_member_union_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sa.UniqueConstraint('id_number', name=op.f('uq_member_id_number'))
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_card_number'), ['card_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_id_reversed'), ['id_reversed'], unique=False)
        batch_op.create_index('ix_member_live_id', ['id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_member_live_join_date', ['join_date', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_member_live_pinyin', ['pinyin_full', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_member_live_status', ['status', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_member_live_union', ['union_id', 'pinyin_full', 'id'], unique=False, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.create_index('ix_member_name_id', ['name', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_phone'), ['phone'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_phone_reversed'), ['phone_reversed'], unique=False)
        batch_op.create_index(batch_op.f('ix_member_pinyin_initials'), ['pinyin_initials'], unique=False)

    op.create_table('member_name_gram',
    sa.Column('gram', sa.String(length=2), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_name_gram_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('gram', 'member_id', name=op.f('pk_member_name_gram')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('member_name_gram', schema=None) as batch_op:
        batch_op.create_index('ix_member_name_gram_member_id', ['member_id'], unique=False)

    op.create_table('membership_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('from_union_id', sa.Integer(), nullable=True),
    sa.Column('to_union_id', sa.Integer(), nullable=True),
    sa.Column('status_after', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=50), nullable=True),
    sa.ForeignKeyConstraint(['from_union_id'], ['organisation.id'], name=op.f('fk_membership_event_from_union_id_organisation')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_membership_event_member_id_member')),
    sa.ForeignKeyConstraint(['to_union_id'], ['organisation.id'], name=op.f('fk_membership_event_to_union_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_event'))
    )
    with op.batch_alter_table('membership_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_event_member_id'), ['member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('membership_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_event_member_id'))

    op.drop_table('membership_event')
    with op.batch_alter_table('member_name_gram', schema=None) as batch_op:
        batch_op.drop_index('ix_member_name_gram_member_id')

    op.drop_table('member_name_gram')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_pinyin_initials'))
        batch_op.drop_index(batch_op.f('ix_member_phone_reversed'))
        batch_op.drop_index(batch_op.f('ix_member_phone'))
        batch_op.drop_index('ix_member_name_id')
        batch_op.drop_index('ix_member_live_union', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_member_live_status', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_member_live_pinyin', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_member_live_id', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index('ix_member_live_join_date', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))
        batch_op.drop_index(batch_op.f('ix_member_id_reversed'))
        batch_op.drop_index(batch_op.f('ix_member_card_number'))

    op.drop_table('member')
    op.drop_table('setting')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index('ix_organisation_parent_name')

    op.drop_table('organisation')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entry_username')
        batch_op.drop_index('ix_audit_entry_entity')
        batch_op.drop_index('ix_audit_entry_at')

    op.drop_table('audit_entry')
    op.drop_table('app_user')
