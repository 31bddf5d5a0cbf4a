"""aid casework: local standards and working-day overrides, hardship files and households, programmes with tiers,
rules and quotas, applications with steps and attachments, recuperation batches and nominations, loans and their
yearly subsidy periods

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('aid_calendar_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('is_workday', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=100), nullable=True),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_aid_calendar_day'))
    )
    op.create_table('aid_programme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('budget_fen', sa.Integer(), nullable=False),
    sa.Column('committed_fen', sa.Integer(), nullable=False),
    sa.Column('paid_fen', sa.Integer(), nullable=False),
    sa.Column('publicity_days', sa.Integer(), nullable=False),
    sa.Column('objection_contact', sa.String(length=200), nullable=True),
    sa.Column('closed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_programme')),
    sa.UniqueConstraint('year', 'name', name=op.f('uq_aid_programme_year_name'))
    )
    with op.batch_alter_table('aid_programme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_programme_year'), ['year'], unique=False)

    op.create_table('aid_recuperation_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('destination', sa.String(length=100), nullable=False),
    sa.Column('border_area', sa.Boolean(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('quota', sa.Integer(), nullable=False),
    sa.Column('subsidy_fen', sa.Integer(), nullable=False),
    sa.Column('target_group', sa.String(length=8), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_recuperation_batch'))
    )
    with op.batch_alter_table('aid_recuperation_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_recuperation_batch_year'), ['year'], unique=False)

    op.create_table('aid_standard',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('dibao_fen', sa.Integer(), nullable=False),
    sa.Column('relative_permille', sa.Integer(), nullable=False),
    sa.Column('accident_permille', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_aid_standard'))
    )
    op.create_table('aid_quota',
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('union_id', sa.Integer(), nullable=False),
    sa.Column('places', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['aid_programme.id'], name=op.f('fk_aid_quota_programme_id_aid_programme'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['union_id'], ['organisation.id'], name=op.f('fk_aid_quota_union_id_organisation')),
    sa.PrimaryKeyConstraint('programme_id', 'union_id', name=op.f('pk_aid_quota'))
    )
    op.create_table('aid_rule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('policy', sa.String(length=300), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=True),
    sa.Column('dibao_months', sa.Integer(), nullable=True),
    sa.Column('flag', sa.Boolean(), nullable=False),
    sa.Column('choices', sa.String(length=200), nullable=True),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['aid_programme.id'], name=op.f('fk_aid_rule_programme_id_aid_programme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_rule'))
    )
    with op.batch_alter_table('aid_rule', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_rule_programme_id'), ['programme_id'], unique=False)

    op.create_table('aid_tier',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=12), nullable=False),
    sa.Column('tier', sa.String(length=8), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['programme_id'], ['aid_programme.id'], name=op.f('fk_aid_tier_programme_id_aid_programme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_tier')),
    sa.UniqueConstraint('programme_id', 'level', 'tier', name=op.f('uq_aid_tier_programme_id_level_tier'))
    )
    op.create_table('aid_hardship_file',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_no', sa.String(length=32), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=4), nullable=False),
    sa.Column('temporary', sa.Boolean(), nullable=False),
    sa.Column('filing_level', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('household_income_fen', sa.Integer(), nullable=False),
    sa.Column('essential_costs_fen', sa.Integer(), nullable=False),
    sa.Column('household_size', sa.Integer(), nullable=False),
    sa.Column('per_capita_fen', sa.Integer(), nullable=False),
    sa.Column('dibao_fen', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=8), nullable=True),
    sa.Column('category_reason', sa.String(length=200), nullable=False),
    sa.Column('main_cause', sa.String(length=8), nullable=False),
    sa.Column('secondary_causes', sa.String(length=60), nullable=True),
    sa.Column('bank_name', sa.String(length=60), nullable=True),
    sa.Column('bank_card', sa.String(length=32), nullable=True),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('rechecked_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('close_kind', sa.String(length=4), nullable=True),
    sa.Column('close_reason', sa.String(length=200), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_aid_hardship_file_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_hardship_file')),
    sa.UniqueConstraint('file_no', name=op.f('uq_aid_hardship_file_file_no')),
    info={'purge_label': '困难职工档案'}
    )
    with op.batch_alter_table('aid_hardship_file', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_hardship_file_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_aid_hardship_file_status_id', ['status', 'id'], unique=False)

    op.create_table('aid_loan',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('borrower_kind', sa.String(length=8), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('firm_name', sa.String(length=100), nullable=True),
    sa.Column('firm_union_id', sa.Integer(), nullable=True),
    sa.Column('project', sa.String(length=100), nullable=True),
    sa.Column('bank', sa.String(length=60), nullable=False),
    sa.Column('principal_fen', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('settled_on', sa.Date(), nullable=True),
    sa.Column('bank_rate_ppm', sa.Integer(), nullable=False),
    sa.Column('borrower_rate_ppm', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['firm_union_id'], ['organisation.id'], name=op.f('fk_aid_loan_firm_union_id_organisation')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_aid_loan_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_loan')),
    info={'purge_label': '小额贴息贷款记录'}
    )
    with op.batch_alter_table('aid_loan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_loan_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_aid_loan_year'), ['year'], unique=False)

    op.create_table('aid_recuperation_nomination',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('union_id', sa.Integer(), nullable=False),
    sa.Column('nominated_order', sa.Integer(), nullable=False),
    sa.Column('merit', sa.String(length=100), nullable=True),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['aid_recuperation_batch.id'], name=op.f('fk_aid_recuperation_nomination_batch_id_aid_recuperation_batch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_aid_recuperation_nomination_member_id_member')),
    sa.ForeignKeyConstraint(['union_id'], ['organisation.id'], name=op.f('fk_aid_recuperation_nomination_union_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_recuperation_nomination')),
    sa.UniqueConstraint('batch_id', 'member_id', name=op.f('uq_aid_recuperation_nomination_batch_id_member_id')),
    info={'purge_label': '疗休养提名和参加记录'}
    )
    with op.batch_alter_table('aid_recuperation_nomination', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_recuperation_nomination_member_id'), ['member_id'], unique=False)

    op.create_table('aid_application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('union_id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=True),
    sa.Column('aid_type', sa.String(length=8), nullable=False),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('amount_asked_fen', sa.Integer(), nullable=False),
    sa.Column('amount_fen', sa.Integer(), nullable=True),
    sa.Column('category', sa.String(length=8), nullable=True),
    sa.Column('child_name', sa.String(length=60), nullable=True),
    sa.Column('child_id_number', sa.String(length=18), nullable=True),
    sa.Column('school', sa.String(length=100), nullable=True),
    sa.Column('school_level', sa.String(length=12), nullable=True),
    sa.Column('school_kind', sa.String(length=8), nullable=True),
    sa.Column('new_student', sa.Boolean(), nullable=False),
    sa.Column('tier', sa.String(length=8), nullable=True),
    sa.Column('approved_tier', sa.String(length=8), nullable=True),
    sa.Column('aided_elsewhere', sa.Boolean(), nullable=False),
    sa.Column('work_study_post', sa.String(length=100), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('publicity_start', sa.Date(), nullable=True),
    sa.Column('publicity_end', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('bank_card', sa.String(length=32), nullable=True),
    sa.Column('override_reason', sa.String(length=300), nullable=True),
    sa.Column('override_by', sa.String(length=50), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['file_id'], ['aid_hardship_file.id'], name=op.f('fk_aid_application_file_id_aid_hardship_file')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_aid_application_member_id_member')),
    sa.ForeignKeyConstraint(['programme_id'], ['aid_programme.id'], name=op.f('fk_aid_application_programme_id_aid_programme')),
    sa.ForeignKeyConstraint(['union_id'], ['organisation.id'], name=op.f('fk_aid_application_union_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_application')),
    info={'purge_label': '帮扶救助申请和发放记录'}
    )
    with op.batch_alter_table('aid_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_application_child_id_number'), ['child_id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_aid_application_file_id'), ['file_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_aid_application_member_id'), ['member_id'], unique=False)
        batch_op.create_index('ix_aid_application_programme_id', ['programme_id', 'id'], unique=False)
        batch_op.create_index('ix_aid_application_programme_state', ['programme_id', 'state', 'id'], unique=False)

    op.create_table('aid_household_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('relation', sa.String(length=12), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('health', sa.String(length=40), nullable=True),
    sa.Column('schooling', sa.String(length=60), nullable=True),
    sa.Column('work', sa.String(length=60), nullable=True),
    sa.ForeignKeyConstraint(['file_id'], ['aid_hardship_file.id'], name=op.f('fk_aid_household_member_file_id_aid_hardship_file'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_household_member'))
    )
    with op.batch_alter_table('aid_household_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_household_member_file_id'), ['file_id'], unique=False)

    op.create_table('aid_loan_period',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('loan_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('start', sa.Date(), nullable=False),
    sa.Column('end', sa.Date(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('interest_fen', sa.Integer(), nullable=False),
    sa.Column('subsidy_fen', sa.Integer(), nullable=False),
    sa.Column('statement_on', sa.Date(), nullable=True),
    sa.Column('statement_interest_fen', sa.Integer(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['loan_id'], ['aid_loan.id'], name=op.f('fk_aid_loan_period_loan_id_aid_loan'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_loan_period')),
    sa.UniqueConstraint('loan_id', 'year', name=op.f('uq_aid_loan_period_loan_id_year'))
    )
    op.create_table('aid_attachment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('file_name', sa.String(length=200), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('added_by', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['aid_application.id'], name=op.f('fk_aid_attachment_application_id_aid_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_attachment'))
    )
    with op.batch_alter_table('aid_attachment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_attachment_application_id'), ['application_id'], unique=False)

    op.create_table('aid_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=8), nullable=False),
    sa.Column('from_state', sa.String(length=8), nullable=True),
    sa.Column('to_state', sa.String(length=8), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('username', sa.String(length=50), nullable=False),
    sa.Column('person', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('comment', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['aid_application.id'], name=op.f('fk_aid_step_application_id_aid_application'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_aid_step'))
    )
    with op.batch_alter_table('aid_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aid_step_application_id'), ['application_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('aid_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_step_application_id'))

    op.drop_table('aid_step')
    with op.batch_alter_table('aid_attachment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_attachment_application_id'))

    op.drop_table('aid_attachment')
    op.drop_table('aid_loan_period')
    with op.batch_alter_table('aid_household_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_household_member_file_id'))

    op.drop_table('aid_household_member')
    with op.batch_alter_table('aid_application', schema=None) as batch_op:
        batch_op.drop_index('ix_aid_application_programme_state')
        batch_op.drop_index('ix_aid_application_programme_id')
        batch_op.drop_index(batch_op.f('ix_aid_application_member_id'))
        batch_op.drop_index(batch_op.f('ix_aid_application_file_id'))
        batch_op.drop_index(batch_op.f('ix_aid_application_child_id_number'))

    op.drop_table('aid_application')
    with op.batch_alter_table('aid_recuperation_nomination', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_recuperation_nomination_member_id'))

    op.drop_table('aid_recuperation_nomination')
    with op.batch_alter_table('aid_loan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_loan_year'))
        batch_op.drop_index(batch_op.f('ix_aid_loan_member_id'))

    op.drop_table('aid_loan')
    with op.batch_alter_table('aid_hardship_file', schema=None) as batch_op:
        batch_op.drop_index('ix_aid_hardship_file_status_id')
        batch_op.drop_index(batch_op.f('ix_aid_hardship_file_member_id'))

    op.drop_table('aid_hardship_file')
    op.drop_table('aid_tier')
    with op.batch_alter_table('aid_rule', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_rule_programme_id'))

    op.drop_table('aid_rule')
    op.drop_table('aid_quota')
    op.drop_table('aid_standard')
    with op.batch_alter_table('aid_recuperation_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_recuperation_batch_year'))

    op.drop_table('aid_recuperation_batch')
    with op.batch_alter_table('aid_programme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_aid_programme_year'))

    op.drop_table('aid_programme')
    op.drop_table('aid_calendar_day')
