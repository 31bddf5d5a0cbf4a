"""document numbers: a printed number is unique for ever; serials counted per printed series, not per issuer;
the date of the latest 补发

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def _series(number: str, serial: int) -> str:
    """The number with its serial (the last run of digits worth `serial`) replaced by {serial}."""
    for match in reversed(list(re.finditer(r"\d+", number))):
        if int(match.group()) == serial:
            return number[:match.start()] + "{serial}" + number[match.end():]
    return f"{number}#{{serial}}"


def _renumber_duplicates(bind: sa.Connection) -> None:
    """Numbers printed twice before this version (a renamed issuer restarted at 1): the first keeps its number,
    later ones are withdrawn with a reason and get a distinguishing suffix, so the unique constraint holds."""
    rows = bind.execute(sa.text("SELECT id, number FROM certificate ORDER BY id")).all()
    seen: set[str] = set()
    for cert_id, number in rows:
        if number in seen:
            bind.execute(sa.text(
                "UPDATE certificate SET number = :n, revoked_at = COALESCE(revoked_at, CURRENT_TIMESTAMP), "
                "revoke_reason = :r WHERE id = :i"),
                {"n": f"{number}#{cert_id}"[:60], "r": "编号与先颁发的证书重复，请重新颁发", "i": cert_id})
        seen.add(number)


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table('certificate_series',
    sa.Column('series', sa.String(length=80), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', name=op.f('pk_certificate_series'))
    )
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('series', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('reissued_on', sa.Date(), nullable=True))
    _renumber_duplicates(bind)
    last: dict[str, int] = {}
    for cert_id, number, serial in bind.execute(sa.text("SELECT id, number, serial FROM certificate")).all():
        series = _series(number, serial)[:80]
        bind.execute(sa.text("UPDATE certificate SET series = :s WHERE id = :i"), {"s": series, "i": cert_id})
        last[series] = max(last.get(series, 0), serial)
    for series, serial in last.items():
        bind.execute(sa.text("INSERT INTO certificate_series (series, last_serial) VALUES (:s, :n)"),
                     {"s": series, "n": serial})
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.alter_column('series', existing_type=sa.String(length=80), nullable=False)
        batch_op.drop_constraint('uq_certificate_issuer_kind_number', type_='unique')
        batch_op.drop_constraint('uq_certificate_issuer_kind_year_serial', type_='unique')
        batch_op.drop_index('ix_certificate_number')
        batch_op.create_unique_constraint('uq_certificate_number', ['number'])
        batch_op.create_unique_constraint('uq_certificate_series_serial', ['series', 'serial'])
    op.drop_table('certificate_sequence')


def downgrade() -> None:
    bind = op.get_bind()
    op.create_table('certificate_sequence',
    sa.Column('issuer', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('issuer', 'kind', 'year', name=op.f('pk_certificate_sequence'))
    )
    bind.execute(sa.text(
        "INSERT INTO certificate_sequence (issuer, kind, year, last_serial) "
        "SELECT issuer, kind, year, MAX(serial) FROM certificate GROUP BY issuer, kind, year"))
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_constraint('uq_certificate_series_serial', type_='unique')
        batch_op.drop_constraint('uq_certificate_number', type_='unique')
        batch_op.create_index('ix_certificate_number', ['number'], unique=False)
        batch_op.create_unique_constraint('uq_certificate_issuer_kind_year_serial', ['issuer', 'kind', 'year', 'serial'])
        batch_op.create_unique_constraint('uq_certificate_issuer_kind_number', ['issuer', 'kind', 'number'])
        batch_op.drop_column('reissued_on')
        batch_op.drop_column('series')
    op.drop_table('certificate_series')
