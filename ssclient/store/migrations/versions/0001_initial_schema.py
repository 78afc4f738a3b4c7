"""Initial schema: units, roster, declarations, lines, payments, findings, outbox.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    # One function per table (alembic's generated commands, unchanged), in the order they were made.
    _create_declarations()
    _create_roster_persons()
    _create_units()
    _create_declaration_lines()
    _create_findings()
    _create_outbox()
    _create_payment_lines()


def _create_declarations() -> None:
    op.create_table('declarations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=32), nullable=False),
    sa.Column('type', sa.Enum('add', 'renewal', 'interruption', 'base_change', 'payment', name='declaration_type', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('status', sa.Enum('draft', 'checked', 'pending', 'submitted', 'approved', 'rejected', 'revoked', name='declaration_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('serial_number', sa.String(length=64), nullable=True),
    sa.Column('agency_id', sa.String(length=64), nullable=True),
    sa.Column('replaces_serial', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_declarations')),
    sa.UniqueConstraint('serial_number', name=op.f('uq_declarations_serial_number'))
    )
    with op.batch_alter_table('declarations', schema=None) as batch_op:
        batch_op.create_index('ix_declarations_unit_status_updated', ['unit_code', 'status', 'updated_at'], unique=False)


def _create_roster_persons() -> None:
    op.create_table('roster_persons',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_code', sa.String(length=32), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('hukou_type', sa.String(length=8), nullable=False),
    sa.Column('status', sa.Enum('active', 'interrupted', name='person_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('base', sa.String(length=40), nullable=False),
    sa.Column('since', sa.String(length=7), nullable=False),
    sa.Column('interrupted_from', sa.String(length=7), nullable=True),
    sa.Column('insurances', sa.Text(), nullable=False),
    sa.Column('base_history', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roster_persons')),
    sa.UniqueConstraint('unit_code', 'id_number', name=op.f('uq_roster_persons_unit_code_id_number'))
    )
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        batch_op.create_index('ix_roster_persons_unit_name', ['unit_code', 'name'], unique=False)


def _create_units() -> None:
    op.create_table('units',
    sa.Column('unit_code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('uscc', sa.String(length=32), nullable=False),
    sa.Column('tax_number', sa.String(length=32), nullable=False),
    sa.Column('contact', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('industry_class', sa.Integer(), nullable=False),
    sa.Column('extra', sa.Text(), nullable=False),
    sa.Column('policy_json', sa.Text(), nullable=True),
    sa.Column('policy_fetched_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('unit_code', name=op.f('pk_units'))
    )


def _create_declaration_lines() -> None:
    op.create_table('declaration_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('hukou_type', sa.Text(), nullable=False),
    sa.Column('wage_base', sa.Text(), nullable=False),
    sa.Column('migrant_worker', sa.Text(), nullable=False),
    sa.Column('migrant_insurance', sa.Text(), nullable=False),
    sa.Column('province', sa.Text(), nullable=False),
    sa.Column('city', sa.Text(), nullable=False),
    sa.Column('county', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('backpay', sa.Text(), nullable=False),
    sa.Column('effective_period', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], name=op.f('fk_declaration_lines_declaration_id_declarations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_declaration_lines')),
    sa.UniqueConstraint('declaration_id', 'position', name=op.f('uq_declaration_lines_declaration_id_position'))
    )


def _create_findings() -> None:
    op.create_table('findings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('source', sa.Enum('check', 'agency', name='finding_source', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('severity', sa.Enum('error', 'warning', 'info', name='severity', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('field', sa.String(length=200), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('params', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], name=op.f('fk_findings_declaration_id_declarations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_findings')),
    sa.UniqueConstraint('declaration_id', 'position', name=op.f('uq_findings_declaration_id_position'))
    )


def _create_outbox() -> None:
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('idempotency_key', sa.String(length=64), nullable=False),
    sa.Column('state', sa.Enum('pending', 'sending', 'answered', name='outbox_state', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('answered_at', sa.DateTime(), nullable=True),
    sa.Column('answer_json', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], name=op.f('fk_outbox_declaration_id_declarations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_outbox_idempotency_key'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_declaration_id'), ['declaration_id'], unique=False)
        batch_op.create_index('ix_outbox_state_next', ['state', 'next_attempt_at'], unique=False)


def _create_payment_lines() -> None:
    op.create_table('payment_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('declaration_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('insurance', sa.Enum('pension', 'medical', 'unemployment', 'work_injury', name='insurance_type', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('base', sa.String(length=40), nullable=False),
    sa.Column('employer_amount', sa.String(length=40), nullable=False),
    sa.Column('employee_amount', sa.String(length=40), nullable=False),
    sa.Column('for_period', sa.String(length=7), nullable=True),
    sa.ForeignKeyConstraint(['declaration_id'], ['declarations.id'], name=op.f('fk_payment_lines_declaration_id_declarations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_lines')),
    sa.UniqueConstraint('declaration_id', 'position', name=op.f('uq_payment_lines_declaration_id_position'))
    )


def downgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.drop_table('payment_lines')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_state_next')
        batch_op.drop_index(batch_op.f('ix_outbox_declaration_id'))

    op.drop_table('outbox')
    op.drop_table('findings')
    op.drop_table('declaration_lines')
    op.drop_table('units')
    with op.batch_alter_table('roster_persons', schema=None) as batch_op:
        batch_op.drop_index('ix_roster_persons_unit_name')

    op.drop_table('roster_persons')
    with op.batch_alter_table('declarations', schema=None) as batch_op:
        batch_op.drop_index('ix_declarations_unit_status_updated')

    op.drop_table('declarations')
    # ### end Alembic commands ###
