"""Copying a data folder, and reading or changing its records directly, in a test, whichever engine holds them."""
from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from core.store.connection import Database
from core.store.database import DATABASE_FILE_NAME, connect_store
from core.store.office import chosen_office_url, connect


def copied_data_folder(source, target, office_server) -> None:
    """Copy a data folder (and, with --office-database, the office database standing in for its file)."""
    shutil.copytree(source, target)
    if office_server is not None:
        office_server.copy_database(source, target)


@contextlib.contextmanager
def records_of(data_dir: Path) -> Iterator[Database]:
    """The database a data folder uses (its SQLite file, or the office database chosen in it), for a test's own
    statements: ``?`` placeholders on both engines, and ``atomic()`` for a transaction."""
    url = chosen_office_url(Path(data_dir))
    db = connect(url) if url else connect_store(Path(data_dir) / DATABASE_FILE_NAME).db
    try:
        yield db
    finally:
        db.close()
