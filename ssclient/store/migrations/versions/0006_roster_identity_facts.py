"""Personnel information change: documents of the new business type `info_change`, and roster persons who
keep their identity document (type, a passport's nationality), migrant-worker answer and home region, so
that an information change can show and compare what it corrects.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | None = None
depends_on: str | None = None

_PERSON_COLUMNS = (
    ('id_type', 20),
    ('nationality', 60),
    ('migrant_worker', 4),
    ('province', 40),
    ('city', 40),
    ('county', 40),
)

_TYPES = ('add', 'renewal', 'interruption', 'base_change', 'payment')


def _declaration_type(*values: str) -> sa.Enum:
    return sa.Enum(*values, name='declaration_type', native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    # The type's CHECK constraint is made again with the new value (SQLite: the table is rebuilt).
    with op.batch_alter_table('declarations', schema=None) as batch_op:
        batch_op.alter_column(
            'type',
            existing_type=_declaration_type(*_TYPES),
            type_=_declaration_type(*_TYPES, 'info_change'),
            existing_nullable=False,
        )
    # People already on the roster read as "not known" (the empty text) until the agency's roster comes.
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        for name, length in _PERSON_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        for name, _ in reversed(_PERSON_COLUMNS):
            batch_op.drop_column(name)
    # Documents of the new type cannot be kept by the older schema.
    op.execute("DELETE FROM declarations WHERE type = 'info_change'")
    with op.batch_alter_table('declarations', schema=None) as batch_op:
        batch_op.alter_column(
            'type',
            existing_type=_declaration_type(*_TYPES, 'info_change'),
            type_=_declaration_type(*_TYPES),
            existing_nullable=False,
        )
