"""Alembic's entry: runs the changes on the connection core.store.office hands over.

Workstations that start at once take turns (a transaction-scoped advisory lock): the first brings the
schema up to date, the others then find nothing left to do.
"""
from alembic import context
from sqlalchemy import text

from core.store.schema import metadata

SCHEMA_CHANGE_LOCK = 7_352_018  # any number, the same for every workstation

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, transactional_ddl=True)
with context.begin_transaction():
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_CHANGE_LOCK})
    context.run_migrations()
