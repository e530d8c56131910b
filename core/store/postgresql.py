"""An office database on a PostgreSQL server, through psycopg 3: what PostgreSQL does its own way.

Loaded only when a workstation is pointed at a server, so a single workstation on its SQLite file
never pays for importing the driver.
"""
from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Mapping

import psycopg
from psycopg import errors as pg_errors

from core.changes import (
    ACCESS_CODES,
    CERTIFICATES,
    CONTINUITY,
    GUARANTEES,
    MESSAGES,
    ORGANISATIONS,
    SUMA,
    Changes,
)
from core.errors import UserError
from core.i18n import translate
from core.store.connection import POSTGRESQL, Database, Engine
from core.store.passwords import remembered_password
from core.store.transactions import BUSY_WAIT_SECONDS

# a statement's string literals, whose question marks are text, not placeholders
_STRING_LITERAL = re.compile(r"('(?:[^']|'')*')")
_NAMED_PLACEHOLDER = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_LIKE = re.compile(r"\bLIKE\b")
CHANGES_CHANNEL = "customsdesk_changes"
GATHER_SECONDS = 0.2
ANNOUNCED = {  # table: (kind of change, as core.changes names it; the column naming the record)
    "organisations": (ORGANISATIONS, "id"), "guarantees": (GUARANTEES, "id"),
    "access_codes": (ACCESS_CODES, "guarantee_id"), "messages": (MESSAGES, "id"),
    "certificates": (CERTIFICATES, ""), "suma_declarations": (SUMA, "id"), "incidents": (CONTINUITY, ""),
    "bcp_movements": (CONTINUITY, ""),
}

SEARCH_CONFIGURATION = "customsdesk_search"
# the message search: words found whatever their accents (Zelezna finds Železná), as SQLite's FTS5 with
# remove_diacritics; schema change 012 brings it to an office database set up before
MESSAGE_SEARCH = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    f"CREATE TEXT SEARCH CONFIGURATION {SEARCH_CONFIGURATION} (COPY = simple)",
    f"ALTER TEXT SEARCH CONFIGURATION {SEARCH_CONFIGURATION} ALTER MAPPING FOR word, hword, hword_part "
    "WITH unaccent, simple",
    "ALTER TABLE messages ADD COLUMN search_vector tsvector "
    f"GENERATED ALWAYS AS (to_tsvector('{SEARCH_CONFIGURATION}', search_text)) STORED",
    "CREATE INDEX messages_search ON messages USING gin (search_vector)",
]

# What an office database has beside the tables of core.store.schema: case-insensitive ordering and a unique login
# (a case-insensitive ICU collation named like SQLite's NOCASE, so queries read the same on both engines), the
# message search (a tsvector the server keeps, with a GIN index) and the append-only audit log.
SCHEMA_EXTRAS = [
    "CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false)",
    "ALTER TABLE users ALTER COLUMN login TYPE text COLLATE nocase",  # signing in as Jana or jana, as on SQLite
    "CREATE UNIQUE INDEX users_login ON users (login)",
    "CREATE INDEX organisations_name ON organisations (name COLLATE nocase)",
    *MESSAGE_SEARCH,
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'the audit log cannot be changed'; END $$",
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
    "CREATE TRIGGER audit_log_not_emptied BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
    # every change of what the windows show is announced to the workstations listening (see ChangeFeed)
    f"CREATE FUNCTION announce_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"PERFORM pg_notify('{CHANGES_CHANNEL}', TG_ARGV[0] || ':' || coalesce(to_jsonb(CASE WHEN TG_OP = 'DELETE' "
    f"THEN OLD ELSE NEW END) ->> TG_ARGV[1], '')); RETURN NULL; END $$",
    *(f"CREATE TRIGGER {table}_announced AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW "
      f"EXECUTE FUNCTION announce_change('{kind}', '{column}')" for table, (kind, column) in ANNOUNCED.items()),
]
CONNECT_TIMEOUT_SECONDS = 10  # a server that does not answer is said within this, unless the URL says otherwise
_WAIT_AND_RETRY = (pg_errors.LockNotAvailable, pg_errors.SerializationFailure, pg_errors.DeadlockDetected)


class PostgresEngine(Engine):
    name = POSTGRESQL
    # READ COMMITTED: a statement that changes a row another transaction is changing waits for it, then sees
    # the row as that one left it (a claim taken meanwhile is seen, so it is not taken twice)
    begin_writing = "BEGIN"
    skip_locked = " FOR UPDATE SKIP LOCKED"  # two workstations claiming at once never take the same message
    lock_rows = " FOR UPDATE"

    def busy(self, exc: BaseException) -> bool:
        return isinstance(exc, _WAIT_AND_RETRY)

    def statement(self, sql: str) -> str:
        return _with_format_placeholders(sql)

    def values(self, parameters):
        # the schema keeps truth values as integers (as SQLite does); PostgreSQL will not put a boolean there
        if isinstance(parameters, Mapping):
            return {name: _integer_if_truth(value) for name, value in parameters.items()}
        return tuple(_integer_if_truth(value) for value in parameters or ())

    def message_search(self, words: list[str]) -> tuple[str, str]:
        quoted = ("'{}':*".format(word.replace("\\", "\\\\").replace("'", "''")) for word in words)
        return f"m.search_vector @@ to_tsquery('{SEARCH_CONFIGURATION}', ?)", " & ".join(quoted)

    def one_of(self, column: str, values: list) -> tuple[str, list]:
        return f"{column} = ANY(?)", [list(values)]

    def after_copy(self, db: Database, tables) -> None:
        for table in tables:
            if "id" in table.c and table.c.id.primary_key and table.c.id.type.python_type is int:
                db.execute(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), max(id)) FROM {table.name} "
                           "HAVING max(id) IS NOT NULL")

    # the catalogue, not information_schema: that shows only what the account may use, so to an account without
    # rights a set-up database would look empty
    def table_names(self, conn) -> set[str]:
        return {row[0] for row in conn.execute(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()")}

    def column_names(self, conn, table: str) -> set[str]:
        return {row[0] for row in conn.execute(
            "SELECT attname FROM pg_catalog.pg_attribute WHERE attrelid = to_regclass(%s) AND attnum > 0 "
            "AND NOT attisdropped", [table])}

    def joined_text(self, column: str, rows: str, order: str, separator: str = " ") -> str:
        return f"(SELECT string_agg({column}, '{separator}' ORDER BY {order}) {rows})"

    def casefold(self, expression: str) -> str:
        return f"lower({expression})"

    def prepare_connection(self, conn) -> None:
        pass

    def in_transaction(self, conn) -> bool:
        return conn.info.transaction_status != psycopg.pq.TransactionStatus.IDLE


def _integer_if_truth(value):
    return int(value) if isinstance(value, bool) else value


@functools.lru_cache(maxsize=2048)
def _with_format_placeholders(sql: str) -> str:
    """``?`` → ``%s`` and ``:name`` → ``%(name)s`` outside string literals, and every ``%`` doubled (psycopg
    reads ``%`` as a placeholder); ``LIKE`` → ``ILIKE``, as SQLite's LIKE ignores case (A–Z) and PostgreSQL's
    does not."""
    parts = _STRING_LITERAL.split(sql.replace("%", "%%"))
    return "".join(part if n % 2 else _LIKE.sub("ILIKE", _NAMED_PLACEHOLDER.sub(r"%(\1)s", part.replace("?", "%s")))
                   for n, part in enumerate(parts))


class Row:
    """A row read by column name or by position, as SQLite's rows are."""

    __slots__ = ("_values", "_index")

    def __init__(self, values: tuple, index: dict[str, int]):
        self._values = values
        self._index = index

    def __getitem__(self, key):
        return self._values[self._index[key]] if isinstance(key, str) else self._values[key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self):
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other) -> bool:
        return tuple(self) == tuple(other) if isinstance(other, Row | tuple) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=True))!r})"


def _row_factory(cursor):
    index = {column.name: n for n, column in enumerate(cursor.description or ())}
    return lambda values: Row(tuple(values), index)


class OfficeDatabase(Database):
    """A connection to the office database that comes back when the network or the server dropped it.

    Before a statement, a connection known to be lost is made again; a reading statement the loss cut is asked
    again. A change it cut is refused (ConnectionLost) and never sent twice: the server kept all of its
    transaction or none of it, and the next change connects again.
    """

    def __init__(self, conninfo: str, password: str | None = None):
        super().__init__(_open(conninfo, password), POSTGRES_ENGINE)
        self._conninfo = conninfo
        self._password = password
        self._in_atomic = 0

    def execute(self, sql: str, parameters=None):
        if self.conn.broken and not self._in_atomic:
            self._reconnect()
        try:
            return super().execute(sql, parameters)
        except pg_errors.InsufficientPrivilege as exc:
            raise NotPermittedOnServer(translate(
                "Store", "The office database's server does not let this workstation's server account do this "
                         "({reason}); nothing was changed. Ask the server's administrator to give the account the "
                         "clerks' rights (db-grant).").format(reason=_first_line(exc))) from None
        except psycopg.OperationalError as exc:
            if not self.conn.broken:
                raise
            if self._in_atomic or not _only_reads(sql):
                raise _lost(exc) from None  # a change may have reached the server: never sent twice
        self._reconnect()  # a reading statement is simply asked again
        return super().execute(sql, parameters)

    @contextlib.contextmanager
    def atomic(self):
        if self.conn.broken:
            if self._in_atomic:  # the transaction it belonged to is gone: nothing may go on as if it were not
                raise _lost(None)
            self._reconnect()
        self._in_atomic += 1
        try:
            with super().atomic():
                yield self
        except psycopg.OperationalError as exc:
            if self.conn.broken:
                raise _lost(exc) from None
            raise
        finally:
            self._in_atomic -= 1

    def _reconnect(self) -> None:
        try:
            self.conn.close()
        finally:
            self.conn = _open(self._conninfo, self._password)


class NotPermittedOnServer(UserError):
    """The server refused a statement: the account it signs in as lacks the right."""


class ConnectionLost(UserError):
    """The office database's connection broke during a change: the server kept all of it or none of it."""


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _lost(exc: BaseException | None) -> ConnectionLost:
    reason = _first_line(exc) if exc is not None else "-"
    return ConnectionLost(translate(
        "Store", "The connection to the office database was lost ({reason}) before this change was confirmed: it was "
                 "saved whole or not at all, never in part. Look whether it is there, and make it again if not; "
                 "CustomsDesk connects again by itself.").format(reason=reason))


def _only_reads(sql: str) -> bool:
    return sql.lstrip().split(None, 1)[0].upper() in ("SELECT", "SHOW", "WITH") if sql.strip() else True


def _open(conninfo: str, password: str | None = None):
    return psycopg.connect(conninfo, autocommit=True, row_factory=_row_factory,
                           **connection_options(conninfo, password))


def connection_options(conninfo: str, password: str | None = None, wait_for_rows: bool = True) -> dict:
    """What a connection to the office database is opened with besides its URL. ``wait_for_rows``: a row another
    workstation keeps locked is waited for as long as SQLite waits for its file, then reported busy (and the work
    tried again later), never waited for without end; the schema changes' connection waits for its turn instead."""
    options = {**_network_options(conninfo), **_password_option(conninfo, password)}
    if wait_for_rows and "options" not in conninfo:
        options["options"] = f"-c lock_timeout={int(BUSY_WAIT_SECONDS * 1000)}"
    return options


def _password_option(conninfo: str, password: str | None) -> dict:
    """The password given, else the one the system keyring keeps; else none (libpq asks PGPASSWORD, ~/.pgpass)."""
    password = password or remembered_password(conninfo)
    return {"password": password} if password else {}


def _network_options(conninfo: str) -> dict:
    """A server that does not answer is said within seconds, and a connection the network dropped silently is
    noticed (TCP keepalives), unless the URL says otherwise."""
    defaults = {"connect_timeout": CONNECT_TIMEOUT_SECONDS, "keepalives": 1, "keepalives_idle": 30,
                "keepalives_interval": 10, "keepalives_count": 3}
    return {name: value for name, value in defaults.items() if name not in conninfo}


def connect(conninfo: str, password: str | None = None) -> Database:
    """A connection to the office database; ``conninfo`` is a libpq URL or key=value string. The password is
    ``password``, else from the environment, the system keyring or a password file (core.store.passwords), or the
    server trusts the account; never from the URL printed in a log."""
    return OfficeDatabase(conninfo, password)


POSTGRES_ENGINE = PostgresEngine()


class ChangeFeed:
    """The changes other workstations (and this one's other connections) make, as the server announces them: a
    connection of its own, listening. Use it from one thread; ``close`` it there."""

    def __init__(self, conninfo: str):
        self._conn = psycopg.connect(conninfo, autocommit=True, **connection_options(conninfo))
        self._conn.execute(f"LISTEN {CHANGES_CHANNEL}")

    def wait(self, seconds: float) -> Changes:
        """What changed within ``seconds`` (returns at once when something was announced meanwhile)."""
        changes = Changes()
        for notice in self._conn.notifies(timeout=seconds, stop_after=1):
            changes |= _change_of(notice.payload)
        if changes:  # gather what is announced with it, then hand them over together
            for notice in self._conn.notifies(timeout=GATHER_SECONDS):
                changes |= _change_of(notice.payload)
        return changes

    def close(self) -> None:
        self._conn.close()


def _change_of(payload: str) -> Changes:
    kind, _, record = payload.partition(":")
    return Changes.of(kind, int(record)) if record.isdigit() else Changes.of(kind)
