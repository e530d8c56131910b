"""Transactions that wait for a busy database instead of failing.

Several writers share one file: the window's send and receive, a script, another workstation's
program on the same machine. SQLite lets one write at a time; the others wait (the busy timeout).
A transaction that starts as a reader and then writes cannot wait — SQLite refuses it at once when
another writer committed meanwhile — so every transaction here takes the write lock when it begins
(``BEGIN IMMEDIATE``) and keeps it short.
"""
from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Generator
from typing import TypeVar

from sqlite_utils import Database

BUSY_WAIT_SECONDS = 30.0  # how long a statement waits for another writer before giving up
RETRY_WAIT_SECONDS = 120.0  # how long a unit of work is tried again while the database stays busy

T = TypeVar("T")


def is_busy(exc: BaseException) -> bool:
    """SQLite said another connection holds the lock: a reason to wait, never to give up on the data."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class WritingDatabase(Database):
    """A sqlite-utils database whose ``atomic()`` blocks take the write lock at once."""

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:
            with super().atomic():  # a savepoint inside the running transaction
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise


def when_not_busy(work: Callable[[], T], wait: float | None = None,
                  sleep: Callable[[float], None] = time.sleep) -> T:
    """Run ``work`` (one whole transaction), again after a pause while the database stays busy (up to ``wait``
    seconds, by default RETRY_WAIT_SECONDS)."""
    deadline = time.monotonic() + (RETRY_WAIT_SECONDS if wait is None else wait)
    pause = 0.05
    while True:
        try:
            return work()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() + pause > deadline:
                raise
        sleep(pause)
        pause = min(pause * 2, 2.0)
