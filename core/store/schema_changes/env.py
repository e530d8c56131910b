"""Alembic's entry: runs the changes on the connection core.store.evolution hands over.

Workstations that start at once on an office database take turns (a transaction-scoped advisory lock): the
first brings the schema up to date, the others then find nothing left to do. On a SQLite file the write lock
does the same.
"""
from alembic import context
from sqlalchemy import text

from core.store.evolution import SCHEMA_CHANGE_LOCK
from core.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, transactional_ddl=True,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_CHANGE_LOCK})
    context.run_migrations()
