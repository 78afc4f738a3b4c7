"""Personnel lines keep the ID type, the passport holder's nationality and the women's retirement category;
roster persons keep that category and the migrant-worker-insurance answer; payment lines keep the declared
wage beside the (possibly capped) contribution base.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | None = None
depends_on: str | None = None

_COLUMNS = ('id_type', 'nationality', 'womens_category')
_PERSON_COLUMNS = (('womens_category', 10), ('migrant_insurance', 4))


def upgrade() -> None:
    # Existing lines are resident ID cards with no category: the empty text the rules read that way.
    with op.batch_alter_table('declaration_lines', schema=None) as batch_op:
        for name in _COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=''))
    with op.batch_alter_table('payment_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('wage', sa.String(length=40), nullable=True))
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        for name, length in _PERSON_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('payment_lines', schema=None) as batch_op:
        batch_op.drop_column('wage')
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        for name, _ in reversed(_PERSON_COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table('declaration_lines', schema=None) as batch_op:
        for name in reversed(_COLUMNS):
            batch_op.drop_column(name)
