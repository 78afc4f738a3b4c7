"""A revision draft keeps the roster entries the record it replaces changed, as they were before it: the
agency reviews a revision as if that record had never been approved, and the draft is checked so too.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table('revision_roster_before',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('entry', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], name=op.f('fk_revision_roster_before_declaration_id_declarations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_revision_roster_before')),
    sa.UniqueConstraint('declaration_id', 'id_number', name=op.f('uq_revision_roster_before_declaration_id_id_number'))
    )


def downgrade() -> None:
    op.drop_table('revision_roster_before')
