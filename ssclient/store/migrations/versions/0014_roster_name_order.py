"""The roster is ordered by the pinyin of people's names, as Excel and WPS sort Chinese, not by code point:
each person keeps a sort key of the name (domain.name_order), written with the name and indexed.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ssclient.domain.name_order import name_sort_key

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', sa.Text(), server_default='', nullable=False))
        batch_op.drop_index('ix_roster_persons_unit_name')
        batch_op.create_index('ix_roster_persons_unit_name_key', ['unit_code', 'name_key'], unique=False)
    connection = op.get_bind()
    people = connection.execute(sa.text('SELECT id, name FROM roster_persons')).all()
    if people:
        connection.execute(
            sa.text('UPDATE roster_persons SET name_key = :key WHERE id = :id'),
            [{'id': person_id, 'key': name_sort_key(name)} for person_id, name in people],
        )


def downgrade() -> None:
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        batch_op.drop_index('ix_roster_persons_unit_name_key')
        batch_op.create_index('ix_roster_persons_unit_name', ['unit_code', 'name'], unique=False)
        batch_op.drop_column('name_key')
