"""province: the consolidated tables (one per package sheet, partitioned by district on PostgreSQL), the loaded
packages and the trusted district keys

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('province_aid',
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('application_no', sa.Integer(), nullable=False),
    sa.Column('programme', sa.String(length=100), nullable=False),
    sa.Column('programme_type', sa.String(length=8), nullable=False),
    sa.Column('aid_type', sa.String(length=8), nullable=True),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('union_name', sa.String(length=100), nullable=True),
    sa.Column('file_no', sa.String(length=32), nullable=True),
    sa.Column('category', sa.String(length=8), nullable=True),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('amount_asked_fen', sa.BigInteger(), nullable=True),
    sa.Column('amount_fen', sa.BigInteger(), nullable=True),
    sa.Column('child_name', sa.String(length=60), nullable=True),
    sa.Column('child_id_number', sa.String(length=18), nullable=True),
    sa.Column('school', sa.String(length=100), nullable=True),
    sa.Column('school_level', sa.String(length=12), nullable=True),
    sa.Column('tier', sa.String(length=8), nullable=True),
    sa.Column('new_student', sa.Boolean(), nullable=True),
    sa.Column('work_study_post', sa.String(length=100), nullable=True),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('district_code', 'year', 'row_no', name=op.f('pk_province_aid')),
    postgresql_partition_by='LIST (district_code)'
    )
    op.create_table('province_competition_entry',
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('competition', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=True),
    sa.Column('event', sa.String(length=120), nullable=False),
    sa.Column('trade', sa.String(length=60), nullable=True),
    sa.Column('stage', sa.String(length=8), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('employer', sa.String(length=100), nullable=True),
    sa.Column('union_name', sa.String(length=100), nullable=True),
    sa.Column('state', sa.String(length=8), nullable=True),
    sa.Column('theory', sa.Integer(), nullable=True),
    sa.Column('practical', sa.Integer(), nullable=True),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('prize', sa.String(length=16), nullable=True),
    sa.Column('advanced', sa.Boolean(), nullable=True),
    sa.PrimaryKeyConstraint('district_code', 'year', 'row_no', name=op.f('pk_province_competition_entry')),
    postgresql_partition_by='LIST (district_code)'
    )
    op.create_table('province_hardship_file',
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('file_no', sa.String(length=32), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('union_name', sa.String(length=100), nullable=True),
    sa.Column('status', sa.String(length=4), nullable=False),
    sa.Column('temporary', sa.Boolean(), nullable=True),
    sa.Column('filing_level', sa.String(length=8), nullable=True),
    sa.Column('category', sa.String(length=8), nullable=True),
    sa.Column('main_cause', sa.String(length=8), nullable=True),
    sa.Column('household_size', sa.Integer(), nullable=True),
    sa.Column('per_capita_fen', sa.BigInteger(), nullable=True),
    sa.Column('dibao_fen', sa.BigInteger(), nullable=True),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('close_kind', sa.String(length=4), nullable=True),
    sa.PrimaryKeyConstraint('district_code', 'year', 'row_no', name=op.f('pk_province_hardship_file')),
    postgresql_partition_by='LIST (district_code)'
    )
    op.create_table('province_honour',
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('list_name', sa.String(length=120), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=True),
    sa.Column('issuer', sa.String(length=100), nullable=True),
    sa.Column('list_status', sa.String(length=8), nullable=True),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('doc_number', sa.String(length=60), nullable=True),
    sa.Column('honour_type', sa.String(length=16), nullable=False),
    sa.Column('recipient_kind', sa.String(length=4), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('recipient_name', sa.String(length=120), nullable=False),
    sa.Column('unit', sa.String(length=100), nullable=True),
    sa.Column('basis', sa.String(length=200), nullable=True),
    sa.Column('revoked', sa.Boolean(), nullable=True),
    sa.PrimaryKeyConstraint('district_code', 'year', 'row_no', name=op.f('pk_province_honour')),
    postgresql_partition_by='LIST (district_code)'
    )
    op.create_table('province_loan',
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('borrower_kind', sa.String(length=8), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=True),
    sa.Column('firm_name', sa.String(length=100), nullable=True),
    sa.Column('bank', sa.String(length=60), nullable=True),
    sa.Column('principal_fen', sa.BigInteger(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('term_months', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=8), nullable=True),
    sa.Column('subsidy_fen', sa.BigInteger(), nullable=True),
    sa.PrimaryKeyConstraint('district_code', 'year', 'row_no', name=op.f('pk_province_loan')),
    postgresql_partition_by='LIST (district_code)'
    )
    op.create_table('province_member',
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('sex', sa.String(length=2), nullable=False),
    sa.Column('ethnicity', sa.String(length=12), nullable=True),
    sa.Column('birth_date', sa.Date(), nullable=False),
    sa.Column('id_type', sa.String(length=12), nullable=True),
    sa.Column('political_status', sa.String(length=12), nullable=True),
    sa.Column('education', sa.String(length=12), nullable=True),
    sa.Column('employment_status', sa.String(length=12), nullable=True),
    sa.Column('hukou_type', sa.String(length=8), nullable=True),
    sa.Column('skill_grade', sa.String(length=16), nullable=True),
    sa.Column('phone', sa.String(length=11), nullable=True),
    sa.Column('employer', sa.String(length=100), nullable=True),
    sa.Column('union_name', sa.String(length=100), nullable=True),
    sa.Column('join_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('status_date', sa.Date(), nullable=False),
    sa.Column('is_migrant', sa.Boolean(), nullable=True),
    sa.Column('hardship_category', sa.String(length=8), nullable=True),
    sa.Column('card_number', sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint('district_code', 'year', 'row_no', name=op.f('pk_province_member')),
    postgresql_partition_by='LIST (district_code)'
    )
    with op.batch_alter_table('province_member', schema=None) as batch_op:
        batch_op.create_index('ix_province_member_year_id_number', ['year', 'id_number'], unique=False)

    op.create_table('province_membership_event',
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('from_union', sa.String(length=100), nullable=True),
    sa.Column('to_union', sa.String(length=100), nullable=True),
    sa.Column('status_after', sa.String(length=8), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('district_code', 'year', 'row_no', name=op.f('pk_province_membership_event')),
    postgresql_partition_by='LIST (district_code)'
    )
    with op.batch_alter_table('province_membership_event', schema=None) as batch_op:
        batch_op.create_index('ix_province_membership_event_year_id_number', ['year', 'id_number'], unique=False)

    op.create_table('province_package',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('district_name', sa.String(length=100), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('manifest_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('schema_version', sa.String(length=16), nullable=False),
    sa.Column('program_version', sa.String(length=32), nullable=False),
    sa.Column('encrypted', sa.Boolean(), nullable=False),
    sa.Column('rows', sa.Text(), nullable=False),
    sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('loaded_by', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_province_package')),
    sa.UniqueConstraint('district_code', 'year', name=op.f('uq_province_package_district_code_year'))
    )
    op.create_table('province_recuperation',
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('batch', sa.String(length=60), nullable=False),
    sa.Column('destination', sa.String(length=100), nullable=False),
    sa.Column('border_area', sa.Boolean(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=True),
    sa.Column('quota', sa.Integer(), nullable=True),
    sa.Column('subsidy_fen', sa.BigInteger(), nullable=True),
    sa.Column('target_group', sa.String(length=8), nullable=True),
    sa.Column('state', sa.String(length=8), nullable=True),
    sa.Column('person_times', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('district_code', 'year', 'row_no', name=op.f('pk_province_recuperation')),
    postgresql_partition_by='LIST (district_code)'
    )
    op.create_table('province_trainee',
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('class_no', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=True),
    sa.Column('hours', sa.Integer(), nullable=True),
    sa.Column('completed', sa.Boolean(), nullable=True),
    sa.PrimaryKeyConstraint('district_code', 'year', 'row_no', name=op.f('pk_province_trainee')),
    postgresql_partition_by='LIST (district_code)'
    )
    op.create_table('province_training_class',
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('class_no', sa.Integer(), nullable=False),
    sa.Column('academy', sa.String(length=100), nullable=False),
    sa.Column('sector', sa.String(length=8), nullable=True),
    sa.Column('class_name', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('course_hours', sa.Integer(), nullable=True),
    sa.Column('organiser', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('district_code', 'year', 'row_no', name=op.f('pk_province_training_class')),
    postgresql_partition_by='LIST (district_code)'
    )
    op.create_table('province_trusted_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('district_name', sa.String(length=100), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('added_by', sa.String(length=50), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_province_trusted_key')),
    sa.UniqueConstraint('district_code', 'fingerprint', name=op.f('uq_province_trusted_key_district_code_fingerprint'))
    )
    op.create_table('province_union',
    sa.Column('district_code', sa.String(length=6), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('row_no', sa.Integer(), nullable=False),
    sa.Column('union_name', sa.String(length=100), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=True),
    sa.Column('employer', sa.String(length=100), nullable=True),
    sa.Column('unit_nature', sa.String(length=16), nullable=True),
    sa.Column('economic_type', sa.String(length=16), nullable=True),
    sa.Column('industry', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('district_code', 'year', 'row_no', name=op.f('pk_province_union')),
    postgresql_partition_by='LIST (district_code)'
    )


def downgrade() -> None:
    # Dropping a partitioned table drops its partitions with it.
    op.drop_table('province_union')
    op.drop_table('province_trusted_key')
    op.drop_table('province_training_class')
    op.drop_table('province_trainee')
    op.drop_table('province_recuperation')
    op.drop_table('province_package')
    with op.batch_alter_table('province_membership_event', schema=None) as batch_op:
        batch_op.drop_index('ix_province_membership_event_year_id_number')

    op.drop_table('province_membership_event')
    with op.batch_alter_table('province_member', schema=None) as batch_op:
        batch_op.drop_index('ix_province_member_year_id_number')

    op.drop_table('province_member')
    op.drop_table('province_loan')
    op.drop_table('province_honour')
    op.drop_table('province_hardship_file')
    op.drop_table('province_competition_entry')
    op.drop_table('province_aid')
