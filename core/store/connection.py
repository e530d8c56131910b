"""One connection to the database, whichever engine holds it: a SQLite file or an office's PostgreSQL server.

The services write their SQL once, with ``?`` placeholders, and run it through :class:`Database`; what
differs between the engines (how a writing transaction begins, placeholders, the errors that mean
"busy, wait", the text search) stays behind the :class:`Engine` seam here and in ``core.store.engines``.
"""
from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Generator, Iterable, Sequence

SQLITE, POSTGRESQL = "sqlite", "postgresql"


class Engine:
    """What SQLite does its own way; PostgreSQL's engine (core.store.postgresql) overrides it."""

    name = SQLITE
    begin_writing = "BEGIN IMMEDIATE"  # takes the write lock at once: a reader that later writes cannot wait
    skip_locked = ""  # what a SELECT adds to lock the rows it reads, passing over rows another transaction holds
    lock_rows = ""  # what a SELECT adds to lock the rows it reads, waiting for another transaction holding them

    def busy(self, exc: BaseException) -> bool:
        """Another connection holds the lock: a reason to wait, never to give up on the data."""
        if not isinstance(exc, sqlite3.OperationalError):
            return False
        text = str(exc).lower()
        return "locked" in text or "busy" in text

    def statement(self, sql: str) -> str:
        """``sql`` with the driver's placeholders."""
        return sql

    def values(self, parameters: Sequence | None) -> Sequence:
        """``parameters`` as the driver takes them."""
        return parameters or ()

    def message_search(self, words: list[str]) -> tuple[str, str]:
        """A condition on messages ``m``: every word appears in its search text, as a prefix; and its parameter
        (quotes keep search operators out of the user's words)."""
        quoted = ('"{}"*'.format(word.replace('"', '""')) for word in words)
        return "m.id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?)", " ".join(quoted)

    def one_of(self, column: str, values: list) -> tuple[str, list]:
        """A condition: ``column`` is one of ``values`` (any number of them, as one parameter)."""
        return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(values)]

    def after_copy(self, db: Database, tables) -> None:
        """Once rows were copied in with their ids: new rows are numbered after them (SQLite does so itself)."""

    def table_names(self, conn) -> set[str]:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

    def column_names(self, conn, table: str) -> set[str]:
        return {row[1] for row in conn.execute("SELECT * FROM pragma_table_info(?)", [table])}

    def joined_text(self, column: str, rows: str, order: str, separator: str = " ") -> str:
        """A scalar subquery: ``column`` of ``rows`` (``FROM ... WHERE ...``) in ``order``, joined by ``separator``."""
        return f"(SELECT group_concat({column}, '{separator}') FROM (SELECT {column} {rows} ORDER BY {order}) AS ordered)"

    def casefold(self, expression: str) -> str:
        """Text folded for comparing without regard to case, in any alphabet (SQLite's lower() folds A–Z only)."""
        return f"casefold({expression})"

    def prepare_connection(self, conn) -> None:
        conn.create_function("casefold", 1, _casefold, deterministic=True)

    def in_transaction(self, conn) -> bool:
        return conn.in_transaction


SQLITE_ENGINE = Engine()


class Database:
    """A connection to use from the thread that opened it. ``atomic()`` blocks are transactions that take the
    write lock when they begin (savepoints when nested); outside them every statement commits by itself."""

    def __init__(self, conn, engine: Engine = SQLITE_ENGINE):
        self.conn = conn
        self.engine = engine
        self._savepoints = 0

    @property
    def is_sqlite(self) -> bool:
        return self.engine.name == SQLITE

    def execute(self, sql: str, parameters: Sequence | None = None):
        """The cursor of one statement; its rows read by column name (``row["grn"]``) or by position."""
        return self.conn.execute(self.engine.statement(sql), self.engine.values(parameters))

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        if self.is_sqlite:
            self.conn.executemany(sql, rows)
            return
        with self.conn.cursor() as cursor:
            cursor.executemany(self.engine.statement(sql), [self.engine.values(row) for row in rows])

    def insert_returning_id(self, sql: str, parameters: Sequence) -> int:
        """The id of the row an ``INSERT`` made."""
        return self.execute(f"{sql} RETURNING id", parameters).fetchone()[0]

    def has_table(self, name: str) -> bool:
        return name in self.table_names()

    def table_names(self) -> set[str]:
        return self.engine.table_names(self.conn)

    def column_names(self, table: str) -> set[str]:
        return self.engine.column_names(self.conn, table)

    @property
    def in_transaction(self) -> bool:
        return self.engine.in_transaction(self.conn)

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.in_transaction:
            yield from self._savepoint()
            return
        self.conn.execute(self.engine.begin_writing)
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _savepoint(self) -> Generator[Database, None, None]:
        self._savepoints += 1
        name = f"nested_{self._savepoints}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield self
        except BaseException:
            if self.in_transaction:  # an error may have ended the whole transaction, savepoints included
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        finally:
            self._savepoints -= 1
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def _rollback(self) -> None:
        if self.in_transaction:
            with contextlib.suppress(Exception):  # the connection may be gone: the server rolls back itself
                self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()


def _casefold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None
