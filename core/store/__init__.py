"""The SQLite store: opening, checking and migrating the database file."""
from core.store.database import (
    DatabaseProblem,
    Store,
    connect_store,
    open_store,
    schema_version,
)

__all__ = ["DatabaseProblem", "Store", "connect_store", "open_store", "schema_version"]
