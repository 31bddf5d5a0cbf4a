"""training: craftsman academies, classes, modules, sessions, enrolments, attendance

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('training_academy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('sector', sa.String(length=8), nullable=False),
    sa.Column('partner', sa.String(length=200), nullable=True),
    sa.Column('opened_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_academy')),
    sa.UniqueConstraint('name', name=op.f('uq_training_academy_name'))
    )
    op.create_table('training_class',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('academy_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('venue', sa.String(length=200), nullable=True),
    sa.Column('organiser', sa.String(length=200), nullable=True),
    sa.Column('teachers', sa.String(length=400), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('min_attendance_pct', sa.Integer(), nullable=False),
    sa.Column('require_assessment', sa.Boolean(), nullable=False),
    sa.Column('late_credit_pct', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['academy_id'], ['training_academy.id'], name=op.f('fk_training_class_academy_id_training_academy')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_class'))
    )
    with op.batch_alter_table('training_class', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_class_academy_id'), ['academy_id'], unique=False)
        batch_op.create_index('ix_training_class_start_date_id', ['start_date', 'id'], unique=False)

    op.create_table('training_enrolment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('position', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=8), nullable=False),
    sa.Column('enrolled_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('withdraw_reason', sa.String(length=200), nullable=True),
    sa.Column('assessment', sa.String(length=8), nullable=False),
    sa.Column('score', sa.Integer(), nullable=True),
    sa.Column('override_completed', sa.Boolean(), nullable=True),
    sa.Column('override_reason', sa.String(length=200), nullable=True),
    sa.Column('override_by', sa.String(length=50), nullable=True),
    sa.Column('override_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['training_class.id'], name=op.f('fk_training_enrolment_class_id_training_class'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_training_enrolment_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_enrolment')),
    sa.UniqueConstraint('class_id', 'member_id', name=op.f('uq_training_enrolment_class_id_member_id'))
    )
    with op.batch_alter_table('training_enrolment', schema=None) as batch_op:
        batch_op.create_index('ix_training_enrolment_class_id_status_position', ['class_id', 'status', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_training_enrolment_member_id'), ['member_id'], unique=False)

    op.create_table('training_module',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('teacher', sa.String(length=100), nullable=True),
    sa.Column('hours_tenths', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['training_class.id'], name=op.f('fk_training_module_class_id_training_class'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_module'))
    )
    with op.batch_alter_table('training_module', schema=None) as batch_op:
        batch_op.create_index('ix_training_module_class_id_position', ['class_id', 'position'], unique=False)

    op.create_table('training_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('class_id', sa.Integer(), nullable=False),
    sa.Column('module_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('period', sa.String(length=4), nullable=False),
    sa.Column('hours_tenths', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['training_class.id'], name=op.f('fk_training_session_class_id_training_class'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['module_id'], ['training_module.id'], name=op.f('fk_training_session_module_id_training_module'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_session')),
    sa.UniqueConstraint('class_id', 'seq', name=op.f('uq_training_session_class_id_seq'))
    )
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_training_session_module_id'), ['module_id'], unique=False)

    op.create_table('training_attendance',
    sa.Column('enrolment_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('mark', sa.String(length=1), nullable=False),
    sa.ForeignKeyConstraint(['enrolment_id'], ['training_enrolment.id'], name=op.f('fk_training_attendance_enrolment_id_training_enrolment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_training_attendance_session_id_training_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('enrolment_id', 'session_id', name=op.f('pk_training_attendance')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('training_attendance', schema=None) as batch_op:
        batch_op.create_index('ix_training_attendance_session_id', ['session_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('training_attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_training_attendance_session_id')

    op.drop_table('training_attendance')
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_session_module_id'))

    op.drop_table('training_session')
    with op.batch_alter_table('training_module', schema=None) as batch_op:
        batch_op.drop_index('ix_training_module_class_id_position')

    op.drop_table('training_module')
    with op.batch_alter_table('training_enrolment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_training_enrolment_member_id'))
        batch_op.drop_index('ix_training_enrolment_class_id_status_position')

    op.drop_table('training_enrolment')
    with op.batch_alter_table('training_class', schema=None) as batch_op:
        batch_op.drop_index('ix_training_class_start_date_id')
        batch_op.drop_index(batch_op.f('ix_training_class_academy_id'))

    op.drop_table('training_class')
    op.drop_table('training_academy')
