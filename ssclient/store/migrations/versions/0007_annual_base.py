"""The annual base declaration (年度缴费工资申报): a new declaration type, and its lines keep the average
monthly wage the base was computed from.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | None = None
depends_on: str | None = None

_OLD_TYPES = ('add', 'renewal', 'interruption', 'base_change', 'payment', 'info_change')
_NEW_TYPES = (*_OLD_TYPES, 'annual_base')


def _types(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name='declaration_type', native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    with op.batch_alter_table('declarations', schema=None) as batch_op:
        batch_op.alter_column(
            'type', existing_type=_types(_OLD_TYPES), type_=_types(_NEW_TYPES), existing_nullable=False
        )
    with op.batch_alter_table('declaration_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('average_wage', sa.Text(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('declaration_lines', schema=None) as batch_op:
        batch_op.drop_column('average_wage')
    op.execute("DELETE FROM declarations WHERE type = 'annual_base'")
    with op.batch_alter_table('declarations', schema=None) as batch_op:
        batch_op.alter_column(
            'type', existing_type=_types(_NEW_TYPES), type_=_types(_OLD_TYPES), existing_nullable=False
        )
