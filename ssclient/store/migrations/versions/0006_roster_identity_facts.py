"""Roster persons keep their identity document (type, a passport's nationality), migrant-worker answer and
home region, so that a personnel information change can show and compare what it corrects.

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


def upgrade() -> None:
    # People already on the roster read as "not known" (the empty text) until the agency's roster comes.
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        for name, length in _PERSON_COLUMNS:
            batch_op.add_column(sa.Column(name, sa.String(length), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        for name, _ in reversed(_PERSON_COLUMNS):
            batch_op.drop_column(name)
