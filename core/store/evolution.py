"""Schema changes after migration 010, the same on both engines (Alembic, ``core/store/schema_changes/``).

A SQLite file reaches 010 by its own migrations (core.store.migrations) and is then marked as at 010; a
new office database is created whole from the metadata (core.store.schema) and marked as at the latest
change. From there on, every change is one Alembic revision that runs on SQLite and PostgreSQL alike.

Whether a change is pending is read from the ``alembic_version`` table without importing Alembic or
SQLAlchemy, so a workstation whose database is up to date starts without them.
"""
from __future__ import annotations

import contextlib
from pathlib import Path

from core.store.connection import Database
from core.store.transactions import BUSY_WAIT_SECONDS

CHANGES_FOLDER = Path(__file__).with_name("schema_changes")
BASELINE = "010"  # the last of the SQLite file's own migrations
REVISIONS = ("010", "011", "012")  # every revision in schema_changes/versions, oldest first (a test keeps them equal)
LATEST = REVISIONS[-1]
SCHEMA_CHANGE_LOCK = 7_352_018  # an office's workstations take turns changing its schema (an advisory lock)


def current_revision(db: Database) -> str | None:
    if not db.has_table("alembic_version"):
        return None
    row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def is_known(revision: str | None) -> bool:
    return revision is None or revision in REVISIONS


def version_of(revision: str) -> int:
    """The schema's version as a number: migrations 001–010, then one per revision."""
    return int(revision)


def upgrade(database: Path | str, *, mark_as: str | None = None, connect_args: dict | None = None) -> None:
    """Run the pending revisions on ``database`` (a SQLite file, or an office database's SQLAlchemy URL with the
    driver's ``connect_args``), on a connection of their own, in one transaction; ``mark_as``: first record the
    database as at that revision without running anything."""
    from alembic import command
    from alembic.migration import MigrationContext

    with _connection(database, connect_args) as (connection, config):
        # decided under the write lock: another program may have marked and upgraded it meanwhile
        if mark_as is not None and MigrationContext.configure(connection).get_current_revision() is None:
            command.stamp(config, mark_as)
        command.upgrade(config, "head")


def create_office_schema(sqlalchemy_url: str, extras: list[str], connect_args: dict | None = None) -> None:
    """Create the whole schema in an empty office database, with the engine's ``extras`` (statements), and
    record it as at the latest revision; nothing when another workstation has just done so."""
    from alembic import command
    from sqlalchemy import inspect, text

    from core.store.schema import NEVER_ON_A_SERVER, metadata

    with _connection(sqlalchemy_url, connect_args) as (connection, config):
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_CHANGE_LOCK})
        if inspect(connection).has_table("alembic_version"):
            return
        metadata.create_all(connection, tables=[t for t in metadata.sorted_tables if t.name not in NEVER_ON_A_SERVER])
        for statement in extras:
            connection.exec_driver_sql(statement)
        command.stamp(config, "head")


@contextlib.contextmanager
def _connection(database: Path | str, connect_args: dict | None = None):
    """A connection in a transaction for Alembic, and Alembic's configuration handing it over."""
    from alembic.config import Config
    from sqlalchemy import URL, create_engine, event
    from sqlalchemy.pool import NullPool

    if isinstance(database, Path):
        engine = create_engine(URL.create("sqlite", database=str(database)), poolclass=NullPool,
                               connect_args={"timeout": BUSY_WAIT_SECONDS, "isolation_level": None})
        # the whole change one transaction, its table changes included, holding the write lock from the start
        # (Python's sqlite3 would run ALTER TABLE outside any transaction)
        event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN IMMEDIATE"))
    else:
        engine = create_engine(database, poolclass=NullPool, connect_args=connect_args or {})
    config = Config()
    config.set_main_option("script_location", str(CHANGES_FOLDER))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            yield connection, config
    finally:
        engine.dispose()


def known_revisions() -> list[str]:
    """The revisions Alembic finds in schema_changes/versions, oldest first."""
    from alembic.script import ScriptDirectory

    return [script.revision for script in reversed(list(ScriptDirectory(str(CHANGES_FOLDER)).walk_revisions()))]
