"""Alembic environment: migrate the connection ssclient.store.migrate hands over, against the models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from alembic import context
from sqlalchemy.types import TypeDecorator

from ssclient.store.models import Base

if TYPE_CHECKING:  # only for the annotation: a frozen build need not ship Alembic's autogenerate
    from alembic.autogenerate.api import AutogenContext


def render_item(kind: str, item: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Write the store's own column types as their plain SQL types: a migration must not depend on
    application code that may change after it was written."""
    if kind == "type" and isinstance(item, TypeDecorator):
        return f"sa.{item.impl_instance!r}"
    return False


connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("ssclient migrations run only through ssclient.store.migrate, on an open connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot alter most of a table in place: changes rebuild the table (Alembic batch mode).
    render_as_batch=True,
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
