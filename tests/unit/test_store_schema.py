"""core.store.schema describes the database the migrations make: a SQLite file created from the metadata has
the same tables, columns, keys, constraints and indexes as one migrated from 001 to 010, and the metadata
compiles for PostgreSQL."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine, create_engine, inspect
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex, CreateTable

from core.store.database import open_store
from core.store.schema import metadata

pytestmark = pytest.mark.sqlite_file  # about the SQLite file itself

# What the migrations make that the metadata leaves to each engine (see the docstring of core.store.schema).
ENGINE_SPECIFIC_TABLES = {"_sqlite_migrations", "alembic_version", "messages_fts", "messages_fts_config",
                          "messages_fts_data", "messages_fts_docsize", "messages_fts_idx"}
ENGINE_SPECIFIC_INDEXES = {"organisations_name"}
ENGINE_SPECIFIC_TRIGGERS = {"messages_ai", "messages_ad", "messages_au",
                            "audit_log_append_only_update", "audit_log_append_only_delete"}
ENGINE_SPECIFIC_UNIQUE = {("users", ("login",))}


@dataclass(frozen=True)
class Files:
    legacy: Engine
    fresh: Engine


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> Files:
    folder = tmp_path_factory.mktemp("schema")
    open_store(folder / "a.sqlite").close()
    fresh = create_engine(f"sqlite:///{folder / 'b.sqlite'}")
    metadata.create_all(fresh)
    legacy = create_engine(f"sqlite:///{folder / 'a.sqlite'}")
    yield Files(legacy=legacy, fresh=fresh)
    legacy.dispose()
    fresh.dispose()


def _outer_parentheses_removed(sql: str) -> str:
    while sql.startswith("(") and _matching_parenthesis(sql) == len(sql) - 1:
        sql = sql[1:-1].strip()
    return sql


def _matching_parenthesis(sql: str) -> int | None:
    depth, quoted = 0, False
    for position, char in enumerate(sql):
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
            if depth == 0:
                return position
    return None


def normalised(sql) -> str | None:
    """SQL text as written by hand or by SQLAlchemy, without the differences that do not change its meaning:
    whitespace, quotes around identifiers (not around strings) and parentheses around the whole."""
    if sql is None:
        return None
    sql = " ".join(str(sql).replace('"', "").split())
    sql = re.sub(r"\s*([(),])\s*", r"\1", sql)
    return _outer_parentheses_removed(sql)


def _names(engine: Engine, kind: str) -> set[str]:
    """The tables, indexes or triggers in the file, but SQLite's own and those on the engine-specific tables."""
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%'", (kind,))
        return {name for name, table in rows if kind == "table" or table not in ENGINE_SPECIFIC_TABLES}


def _pragma(engine: Engine, pragma: str, argument: str) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(row) for row in conn.exec_driver_sql(f"PRAGMA {pragma}('{argument}')")]


def describe(engine: Engine, table: str, legacy: bool = False) -> dict:
    """Everything SQLite knows about ``table`` that the metadata sets; from the legacy file without what is
    made per engine."""
    inspector = inspect(engine)
    pk = inspector.get_pk_constraint(table)["constrained_columns"]
    columns = [
        {
            "name": column["name"],
            "type": str(column["type"]).upper(),
            # SQLite lets a primary key be NULL unless it says NOT NULL; both engines never store a NULL key
            # in a rowid alias, and the metadata makes every key column NOT NULL, as PostgreSQL does anyway.
            "nullable": column["nullable"] and column["name"] not in pk,
            "default": normalised(column["default"]),
        }
        for column in inspector.get_columns(table)
    ]
    foreign_keys: dict[int, dict] = {}
    for fk_id, _seq, referred, column, referred_column, on_update, on_delete, match in _pragma(
            engine, "foreign_key_list", table):
        fk = foreign_keys.setdefault(fk_id, {"referred_table": referred, "columns": [], "referred_columns": [],
                                             "on_update": on_update, "on_delete": on_delete, "match": match})
        fk["columns"].append(column)
        fk["referred_columns"].append(referred_column)
    unique = {tuple(uq["column_names"]) for uq in inspector.get_unique_constraints(table)}
    # The keys and UNIQUE constraints SQLite indexes itself: none for a rowid alias, one for any other key.
    automatic = []
    for _seq, name, is_unique, origin, partial in _pragma(engine, "index_list", table):
        if name.startswith("sqlite_autoindex_"):
            columns_of = tuple(row[2] for row in _pragma(engine, "index_info", name))
            automatic.append((origin, is_unique, partial, columns_of))
    indexes = {
        index["name"]: {
            "columns": index["column_names"],
            "unique": bool(index["unique"]),
            "where": normalised(index.get("dialect_options", {}).get("sqlite_where")),
            "order_and_collation": [(descending, collation) for _seq, _cid, _name, descending, collation, key
                                    in _pragma(engine, "index_xinfo", index["name"]) if key],
        }
        for index in inspector.get_indexes(table)
        if not (legacy and index["name"] in ENGINE_SPECIFIC_INDEXES)
    }
    if legacy:
        unique -= {columns for t, columns in ENGINE_SPECIFIC_UNIQUE if t == table}
        automatic = [a for a in automatic if (table, a[3]) not in ENGINE_SPECIFIC_UNIQUE]
    (_schema, _name, kind, ncol, without_rowid, strict), = _pragma(engine, "table_list", table)
    with engine.connect() as conn:
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).scalar()
    return {
        "table": {"type": kind, "columns": ncol, "without_rowid": without_rowid, "strict": strict,
                  "autoincrement": bool(re.search(r"\bAUTOINCREMENT\b", sql, re.IGNORECASE))},
        "columns": columns,
        "primary_key": pk,
        "foreign_keys": sorted(foreign_keys.values(), key=repr),
        "unique": sorted(unique),
        "automatic_indexes": sorted(automatic),
        "checks": sorted(normalised(check["sqltext"]) for check in inspector.get_check_constraints(table)),
        "indexes": indexes,
    }


@pytest.mark.parametrize("table", sorted(metadata.tables))
def test_a_table_from_the_metadata_is_the_table_the_migrations_make(files, table):
    assert describe(files.fresh, table) == describe(files.legacy, table, legacy=True)


def test_the_metadata_has_every_table_of_the_migrations_but_the_engine_specific_ones(files):
    legacy_tables = _names(files.legacy, "table")
    assert legacy_tables - set(metadata.tables) == ENGINE_SPECIFIC_TABLES
    assert set(metadata.tables) <= legacy_tables
    assert _names(files.fresh, "table") == set(metadata.tables)


def test_the_metadata_has_every_index_of_the_migrations_but_the_engine_specific_ones(files):
    in_metadata = {index.name for table in metadata.tables.values() for index in table.indexes}
    legacy_indexes = _names(files.legacy, "index")
    assert legacy_indexes - in_metadata == ENGINE_SPECIFIC_INDEXES
    assert in_metadata <= legacy_indexes
    assert _names(files.fresh, "index") == in_metadata


def test_the_only_triggers_are_the_engine_specific_ones(files):
    assert _names(files.legacy, "trigger") == ENGINE_SPECIFIC_TRIGGERS
    assert _names(files.fresh, "trigger") == set()


def test_the_normalised_sql_keeps_what_matters():
    assert normalised(" ( (user_id IS NULL)  <>  (agency_id IS NULL) ) ") == "(user_id IS NULL)<>(agency_id IS NULL)"
    assert normalised('"end" IS NULL') == "end IS NULL"
    assert normalised("'0'") != normalised("0")
    assert normalised("kind IN ('a b', 'c')") == "kind IN('a b','c')"


def _postgresql(element) -> str:
    return str(element.compile(dialect=postgresql.dialect()))


def test_the_metadata_compiles_for_postgresql():
    tables = {table.name: _postgresql(CreateTable(table)) for table in metadata.sorted_tables}
    indexes = {index.name: _postgresql(CreateIndex(index))
               for table in metadata.sorted_tables for index in table.indexes}

    assert len(tables) == len(metadata.tables)
    assert '"user" TEXT NOT NULL' in tables["audit_log"]
    assert '"end" TEXT' in tables["incidents"]
    assert "id SERIAL NOT NULL" in tables["messages"]
    assert "message INTEGER NOT NULL" in tables["suma_messages"]  # a key that refers to a message is not counted
    assert "BYTEA" in tables["access_codes"]
    assert "WITHOUT ROWID" not in tables["suma_positions"]
    assert indexes["messages_delivery"] == ("CREATE UNIQUE INDEX messages_delivery ON messages (source, gateway_id) "
                                            "WHERE direction = 'in' AND gateway_id IS NOT NULL")


def test_a_partial_index_has_the_same_condition_on_both_engines():
    partial = {}
    for table in metadata.tables.values():
        for index in table.indexes:
            sqlite_where = index.dialect_options["sqlite"]["where"]
            postgresql_where = index.dialect_options["postgresql"]["where"]
            assert normalised(sqlite_where) == normalised(postgresql_where), index.name
            if sqlite_where is not None:
                partial[index.name] = str(sqlite_where)
    assert set(partial) == {"messages_out_id", "messages_delivery", "messages_in_id", "access_codes_one_pac"}
