"""Transactions that wait for a busy database instead of failing.

Several writers share one database: the window's send and receive, a script, another workstation.
SQLite lets one write at a time; the others wait (the busy timeout). A transaction that starts as a
reader and then writes cannot wait — SQLite refuses it at once when another writer committed
meanwhile — so every transaction takes the write lock when it begins (``BEGIN IMMEDIATE``, see
core.store.connection) and keeps it short. PostgreSQL locks rows, and says when two transactions
were in each other's way: that too is a reason to try again.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

BUSY_WAIT_SECONDS = 30.0  # how long a statement waits for another writer before giving up
RETRY_WAIT_SECONDS = 120.0  # how long a unit of work is tried again while the database stays busy

# PostgreSQL's SQLSTATEs for a lock not granted, a serialization failure and a deadlock
_POSTGRESQL_TRY_AGAIN = frozenset({"55P03", "40001", "40P01"})

T = TypeVar("T")


def is_busy(exc: BaseException) -> bool:
    """Another connection holds the lock: a reason to wait, never to give up on the data."""
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc).lower()
        return "locked" in text or "busy" in text
    return getattr(exc, "sqlstate", None) in _POSTGRESQL_TRY_AGAIN


def is_database_error(exc: BaseException) -> bool:
    """An error the database (SQLite, or psycopg for PostgreSQL) reported, as against one of the program's."""
    return isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg")


def is_conflict(exc: BaseException) -> bool:
    """A constraint refused the change (a unique value taken meanwhile by another workstation, say)."""
    return isinstance(exc, sqlite3.IntegrityError) or str(getattr(exc, "sqlstate", "") or "").startswith("23")


def when_not_busy(work: Callable[[], T], wait: float | None = None,
                  sleep: Callable[[float], None] = time.sleep) -> T:
    """Run ``work`` (one whole transaction), again after a pause while the database stays busy (up to ``wait``
    seconds, by default RETRY_WAIT_SECONDS)."""
    deadline = time.monotonic() + (RETRY_WAIT_SECONDS if wait is None else wait)
    pause = 0.05
    while True:
        try:
            return work()
        except Exception as exc:
            if not is_busy(exc) or time.monotonic() + pause > deadline:
                raise
        sleep(pause)
        pause = min(pause * 2, 2.0)
