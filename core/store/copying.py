"""Moving an installation between engines: a workstation's SQLite file into an empty office database, or an
office database into a new workstation's file; every table copied in one transaction, then verified.

The target must hold no records: a copy never merges into, or overwrites, anybody's data.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from core.errors import UserError
from core.i18n import translate
from core.store.connection import Database

BATCH = 2_000


@dataclass
class CopyReport:
    """What was copied: the rows of each table, and one checksum over all of them (the same on both sides)."""

    rows: dict[str, int] = field(default_factory=dict)
    checksum: str = ""

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def copied_tables(source: Database, target: Database) -> list:
    """The tables both databases hold, parents before children."""
    from core.store.schema import metadata

    present = source.table_names() & target.table_names()
    return [table for table in metadata.sorted_tables if table.name in present]


def records_in(db: Database, tables) -> int:
    return sum(db.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()[0] for table in tables)


def copy_records(source: Database, target: Database) -> CopyReport:
    """Copy every record of ``source`` into the empty ``target``, then read both back and compare."""
    tables = copied_tables(source, target)
    if records_in(target, tables):
        raise UserError(translate("Store", "The target database already holds records; a copy goes into an empty "
                                           "database only, so that nobody's data is overwritten. Nothing was copied."))
    with target.atomic():
        for table in tables:
            _copy_table(source, target, table)
        target.engine.after_copy(target, tables)
    copied, kept = summary(source, tables), summary(target, tables)
    if copied != kept:
        differing = sorted(name for name in copied.rows if copied.rows[name] != kept.rows.get(name))
        raise UserError(translate("Store", "The copy does not match its source ({tables}); the target was left as "
                                           "it was copied: empty it before trying again.").format(
            tables=", ".join(differing) or translate("Store", "checksums differ")))
    return copied


def _copy_table(source: Database, target: Database, table) -> None:
    """Its rows in key order; a column naming another row of the same table (an answer's message, which may come
    later) is filled in once every row is there."""
    columns = [column.name for column in table.columns]
    later = {n for n, column in enumerate(table.columns) if any(key.column.table is table for key in column.foreign_keys)}
    names = ", ".join(f'"{name}"' for name in columns)
    insert = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    cursor = source.execute(f'SELECT {names} FROM "{table.name}" ORDER BY {_key_order(table)}')
    references = []
    while rows := cursor.fetchmany(BATCH):
        target.executemany(insert, [tuple(None if n in later else _storable(value) for n, value in enumerate(row))
                                    for row in rows])
        references += [(columns[n], row[n], row[columns.index("id")]) for row in rows for n in later
                       if row[n] is not None]
    for column in {column for column, _, _ in references}:
        target.executemany(f'UPDATE "{table.name}" SET "{column}" = ? WHERE id = ?',
                           [(value, row_id) for name, value, row_id in references if name == column])


def _storable(value):
    """PostgreSQL gives NUMERIC columns as Decimal, which SQLite takes as text (and keeps as a number)."""
    return str(value) if isinstance(value, Decimal) else value


def _key_order(table) -> str:
    return ", ".join(f'"{column.name}"' for column in table.primary_key.columns)


def summary(db: Database, tables) -> CopyReport:
    """The rows of each table and a checksum over every value, read in key order."""
    digest = hashlib.sha256()
    report = CopyReport()
    for table in tables:
        names = ", ".join(f'"{column.name}"' for column in table.columns)
        count = 0
        for row in db.execute(f'SELECT {names} FROM "{table.name}" ORDER BY {_key_order(table)}'):
            digest.update(repr(tuple(_comparable(value) for value in row)).encode())
            count += 1
        report.rows[table.name] = count
    report.checksum = digest.hexdigest()
    return report


def _comparable(value):
    """A value as both engines give it back: numbers as decimal text, binary data as bytes."""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float | Decimal):
        return format(Decimal(str(value)).normalize(), "f")
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def copy_to_office(data_dir, url: str) -> CopyReport:
    """This workstation's SQLite database (in ``data_dir``) into the empty office database at ``url``."""
    from core.store.database import DATABASE_FILE_NAME, open_store
    from core.store.office import open_office_store

    path = data_dir / DATABASE_FILE_NAME
    if not path.is_file():
        raise UserError(translate("Store", "The data folder {folder} holds no database to copy.").format(folder=data_dir))
    source = open_store(path)
    try:
        target = open_office_store(url)
        try:
            return copy_records(source.db, target.db)
        finally:
            target.close()
    finally:
        source.close()


def copy_from_office(url: str, data_dir) -> CopyReport:
    """The office database at ``url`` into the data folder's database, which must hold no records (a new one)."""
    from core.store.database import DATABASE_FILE_NAME, open_store
    from core.store.office import open_office_store

    source = open_office_store(url)
    try:
        target = open_store(data_dir / DATABASE_FILE_NAME)
        try:
            return copy_records(source.db, target.db)
        finally:
            target.close()
    finally:
        source.close()
