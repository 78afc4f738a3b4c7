"""Personnel lines remember the spreadsheet row they were imported from, so that the draft box can name
both the line and the row the import report named.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    with op.batch_alter_table('declaration_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_row', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('declaration_lines', schema=None) as batch_op:
        batch_op.drop_column('source_row')
