"""competitions: events, stages, prize bands, referees, entries, stage results, tie decisions; labour competitions

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('competition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('organisers', sa.String(length=400), nullable=True),
    sa.Column('award_place', sa.String(length=200), nullable=True),
    sa.Column('award_deadline', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition'))
    )
    with op.batch_alter_table('competition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competition_year'), ['year'], unique=False)

    op.create_table('labour_competition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=8), nullable=False),
    sa.Column('start_year', sa.Integer(), nullable=False),
    sa.Column('end_year', sa.Integer(), nullable=True),
    sa.Column('organisers', sa.String(length=400), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_labour_competition')),
    sa.UniqueConstraint('name', name=op.f('uq_labour_competition_name'))
    )
    op.create_table('competition_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('competition_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('trade', sa.String(length=60), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('theory_pct', sa.Integer(), nullable=False),
    sa.Column('housing_ministry', sa.Boolean(), nullable=False),
    sa.Column('uses_time', sa.Boolean(), nullable=False),
    sa.Column('grade_places', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['competition_id'], ['competition.id'], name=op.f('fk_competition_event_competition_id_competition'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition_event')),
    sa.UniqueConstraint('competition_id', 'name', name=op.f('uq_competition_event_competition_id_name'))
    )
    op.create_table('labour_competition_enterprise',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('union_id', sa.Integer(), nullable=True),
    sa.Column('workers', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['labour_competition.id'], name=op.f('fk_labour_competition_enterprise_project_id_labour_competition'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['union_id'], ['organisation.id'], name=op.f('fk_labour_competition_enterprise_union_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_labour_competition_enterprise')),
    sa.UniqueConstraint('project_id', 'name', name=op.f('uq_labour_competition_enterprise_project_id_name'))
    )
    with op.batch_alter_table('labour_competition_enterprise', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_labour_competition_enterprise_project_id'), ['project_id'], unique=False)

    op.create_table('competition_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('entry_no', sa.String(length=20), nullable=False),
    sa.Column('union_id', sa.Integer(), nullable=False),
    sa.Column('employer', sa.String(length=100), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['competition_event.id'], name=op.f('fk_competition_entry_event_id_competition_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_competition_entry_member_id_member')),
    sa.ForeignKeyConstraint(['union_id'], ['organisation.id'], name=op.f('fk_competition_entry_union_id_organisation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition_entry')),
    sa.UniqueConstraint('event_id', 'entry_no', name=op.f('uq_competition_entry_event_id_entry_no')),
    sa.UniqueConstraint('event_id', 'member_id', name=op.f('uq_competition_entry_event_id_member_id'))
    )
    with op.batch_alter_table('competition_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competition_entry_member_id'), ['member_id'], unique=False)

    op.create_table('competition_prize_band',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=16), nullable=False),
    sa.Column('mode', sa.String(length=4), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.Column('recommend_expert', sa.Boolean(), nullable=False),
    sa.Column('merit', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['competition_event.id'], name=op.f('fk_competition_prize_band_event_id_competition_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition_prize_band'))
    )
    with op.batch_alter_table('competition_prize_band', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competition_prize_band_event_id'), ['event_id'], unique=False)

    op.create_table('competition_referee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('role', sa.String(length=8), nullable=False),
    sa.Column('unit', sa.String(length=100), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['event_id'], ['competition_event.id'], name=op.f('fk_competition_referee_event_id_competition_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_competition_referee_member_id_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition_referee'))
    )
    with op.batch_alter_table('competition_referee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competition_referee_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_competition_referee_member_id'), ['member_id'], unique=False)

    op.create_table('competition_stage',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=8), nullable=False),
    sa.Column('advance_mode', sa.String(length=8), nullable=True),
    sa.Column('advance_places', sa.Integer(), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=50), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['competition_event.id'], name=op.f('fk_competition_stage_event_id_competition_event'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition_stage')),
    sa.UniqueConstraint('event_id', 'seq', name=op.f('uq_competition_stage_event_id_seq'))
    )
    op.create_table('competition_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('theory', sa.Integer(), nullable=True),
    sa.Column('practical', sa.Integer(), nullable=True),
    sa.Column('time_ms', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=8), nullable=False),
    sa.Column('state_reason', sa.String(length=200), nullable=True),
    sa.Column('final_rank', sa.Integer(), nullable=True),
    sa.Column('prize', sa.String(length=16), nullable=True),
    sa.Column('advanced', sa.Boolean(), nullable=True),
    sa.Column('grade_place', sa.Boolean(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['competition_entry.id'], name=op.f('fk_competition_result_entry_id_competition_entry'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stage_id'], ['competition_stage.id'], name=op.f('fk_competition_result_stage_id_competition_stage'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition_result')),
    sa.UniqueConstraint('stage_id', 'entry_id', name=op.f('uq_competition_result_stage_id_entry_id'))
    )
    with op.batch_alter_table('competition_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competition_result_entry_id'), ['entry_id'], unique=False)

    op.create_table('competition_tie_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(length=4), nullable=False),
    sa.Column('boundary', sa.String(length=40), nullable=False),
    sa.Column('entry_ids', sa.Text(), nullable=False),
    sa.Column('order_ids', sa.Text(), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('decided_by', sa.String(length=50), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['stage_id'], ['competition_stage.id'], name=op.f('fk_competition_tie_decision_stage_id_competition_stage'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_competition_tie_decision'))
    )
    with op.batch_alter_table('competition_tie_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_competition_tie_decision_stage_id'), ['stage_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('competition_tie_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competition_tie_decision_stage_id'))

    op.drop_table('competition_tie_decision')
    with op.batch_alter_table('competition_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competition_result_entry_id'))

    op.drop_table('competition_result')
    op.drop_table('competition_stage')
    with op.batch_alter_table('competition_referee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competition_referee_member_id'))
        batch_op.drop_index(batch_op.f('ix_competition_referee_event_id'))

    op.drop_table('competition_referee')
    with op.batch_alter_table('competition_prize_band', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competition_prize_band_event_id'))

    op.drop_table('competition_prize_band')
    with op.batch_alter_table('competition_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competition_entry_member_id'))

    op.drop_table('competition_entry')
    with op.batch_alter_table('labour_competition_enterprise', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_labour_competition_enterprise_project_id'))

    op.drop_table('labour_competition_enterprise')
    op.drop_table('competition_event')
    op.drop_table('labour_competition')
    with op.batch_alter_table('competition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_competition_year'))

    op.drop_table('competition')
