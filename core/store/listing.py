"""Listing records a page at a time, sorted and filtered in SQL.

A service names the columns it can be sorted by and the SQL expression for each; only those
expressions ever reach the query, never text from the user (that goes in as a parameter).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

ALL_ROWS = 2**62  # a LIMIT both engines read as "no limit" (SQLite takes -1 for it, PostgreSQL refuses that)


def limit_offset(limit: int, offset: int) -> list[int]:
    """The parameters of ``LIMIT ? OFFSET ?``; a negative ``limit`` means every row."""
    return [limit if limit >= 0 else ALL_ROWS, offset]


def order_by(sorts: Mapping[str, str], sort: str, descending: bool, id_column: str) -> str:
    """'ORDER BY <expression> ASC|DESC, <id>': records that sort the same stay in the order of their ids; records
    without a value come first, as the smallest (SQLite's way, said aloud for PostgreSQL, which puts them last)."""
    if sort not in sorts:
        raise ValueError(f"Cannot sort by {sort!r}: choose one of {', '.join(sorts)}.")
    return f"ORDER BY {sorts[sort]} {'DESC NULLS LAST' if descending else 'ASC NULLS FIRST'}, {id_column}"


def contains(columns: Iterable[str], text: str | None) -> tuple[str, list]:
    """An SQL condition: one of ``columns`` contains ``text`` (letters A–Z in either case); '1 = 1' for no text."""
    text = (text or "").strip()
    if not text:
        return "1 = 1", []
    columns = list(columns)
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    condition = " OR ".join(f"{column} LIKE ? ESCAPE '\\'" for column in columns)
    return f"({condition})", [pattern] * len(columns)
