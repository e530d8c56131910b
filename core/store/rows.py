"""Plain SQL for the hot paths: inserting and updating rows without asking the schema first.

sqlite-utils' table helpers read the table list and its columns on every call; sending and receiving
thousands of messages pays for that many times over. Table and column names come from our code only.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from core.errors import EditConflict

if TYPE_CHECKING:
    from core.store.connection import Database

NAME = re.compile(r"[a-z_][a-z0-9_]*")


def _names(names) -> list[str]:
    """The names checked, and quoted (a column may be named with a word PostgreSQL reserves, e.g. ``end``)."""
    names = list(names)
    for name in names:
        if not NAME.fullmatch(name):
            raise ValueError(f"not a table or column name: {name!r}")
    return [f'"{name}"' for name in names]


def insert_row(db: Database, table: str, columns: Mapping[str, object]) -> int:
    table, *names = _names([table, *columns])
    return db.insert_returning_id(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                                  list(columns.values()))


def insert_row_if_new(db: Database, table: str, columns: Mapping[str, object]) -> int | None:
    """Insert the row unless it would repeat a unique value another row holds (stored meanwhile by another
    workstation, say); its id, or None when it was not inserted."""
    table, *names = _names([table, *columns])
    row = db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
                     "ON CONFLICT DO NOTHING RETURNING id", list(columns.values())).fetchone()
    return None if row is None else row[0]


def insert_rows(db: Database, table: str, rows: Sequence[Mapping[str, object]]) -> None:
    """Rows that all have the same columns."""
    if not rows:
        return
    table, *names = _names([table, *rows[0]])
    db.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                   [[row[name] for name in rows[0]] for row in rows])


def upsert_row(db: Database, table: str, columns: Mapping[str, object], key: Sequence[str]) -> None:
    """Insert the row, or change the row with the same ``key`` columns to it."""
    table, *names = _names([table, *columns])
    key = _names(key)
    changed = ", ".join(f"{n} = excluded.{n}" for n in names if n not in key)
    db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
               f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {changed}", list(columns.values()))


def update_versioned(db: Database, table: str, row_id: int, version: int, columns: Mapping[str, object],
                     conflict: str) -> int:
    """Change the row only if it is still at ``version``, as its editor read it (nobody saved it meanwhile, on
    this workstation or another); its new version. Raises EditConflict with the message ``conflict``."""
    table, *names = _names([table, *columns])
    changed = db.execute(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)}, version = version + 1 "
                         "WHERE id = ? AND version = ?", [*columns.values(), row_id, version]).rowcount
    if changed != 1:
        raise EditConflict(conflict)
    return version + 1


def update_row(db: Database, table: str, row_id: int, columns: Mapping[str, object]) -> None:
    table, *names = _names([table, *columns])
    if names:
        db.execute(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                   [*columns.values(), row_id])
