"""Alembic migration scripts for the store (run by ssclient.store.migrate, never by hand-written SQL)."""
