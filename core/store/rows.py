"""Plain SQL for the hot paths: inserting and updating rows without asking the schema first.

sqlite-utils' table helpers read the table list and its columns on every call; sending and receiving
thousands of messages pays for that many times over. Table and column names come from our code only.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = re.compile(r"[a-z_][a-z0-9_]*")


def _names(names) -> list[str]:
    names = list(names)
    for name in names:
        if not NAME.fullmatch(name):
            raise ValueError(f"not a table or column name: {name!r}")
    return names


def insert_row(db: Database, table: str, columns: Mapping[str, object]) -> int:
    names = _names([table, *columns])[1:]
    cursor = db.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                        list(columns.values()))
    return cursor.lastrowid


def insert_rows(db: Database, table: str, rows: Sequence[Mapping[str, object]]) -> None:
    """Rows that all have the same columns."""
    if not rows:
        return
    names = _names([table, *rows[0]])[1:]
    db.conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                        [[row[name] for name in names] for row in rows])


def update_row(db: Database, table: str, row_id: int, columns: Mapping[str, object]) -> None:
    names = _names([table, *columns])[1:]
    if names:
        db.execute(f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                   [*columns.values(), row_id])
