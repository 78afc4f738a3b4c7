"""Units keep the agency's tag of the roster stored with them, so that an unchanged roster is not sent
again (the agency answers 304 to it); the roster keeps each person's last add or renewal month and the
back payment it asked for, which that month's payment includes. The tag starts empty: the first refresh
takes the roster whole, with these.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('roster_tag', sa.String(length=64), nullable=True))
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        batch_op.add_column(sa.Column('renewed_in', sa.String(length=7), server_default='', nullable=False))
        batch_op.add_column(sa.Column('backpay', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        batch_op.drop_column('backpay')
        batch_op.drop_column('renewed_in')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_column('roster_tag')
