"""A roster search typed in letters finds people by the pinyin of their names or its initials ("zhangsan",
"zs" for 张三): each person keeps both (domain.name_order.name_letters), written with the name.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from ssclient.domain.name_order import name_letters

revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_pinyin', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('name_initials', sa.Text(), server_default='', nullable=False))
    connection = op.get_bind()
    people = connection.execute(sa.text('SELECT id, name FROM roster_persons')).all()
    if people:
        connection.execute(
            sa.text('UPDATE roster_persons SET name_pinyin = :pinyin, name_initials = :initials WHERE id = :id'),
            [
                {'id': person_id, 'pinyin': pinyin, 'initials': initials}
                for person_id, name in people
                for pinyin, initials in [name_letters(name)]
            ],
        )


def downgrade() -> None:
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        batch_op.drop_column('name_initials')
        batch_op.drop_column('name_pinyin')
