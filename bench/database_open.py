"""What checking every page of the database costs when it opens (SQLite's quick_check), on a large file.

    python bench/database_open.py [--quick] [--runs N] [--organisations N]

Builds a database with the app's schema: organisations, five guarantees each and ten audit entries each
(50,000 organisations, about 100 MB; --quick: 500). Then, best of the runs each, in one process:

- ``read_file``: reading the whole file once (reported: the floor for anything that looks at every page);
- ``integrity_check``: SQLite's full check (every page, and every index against its table);
- ``open``: opening it as the app does (header, quick_check, lock check, WAL, migrations: none pending).

Target (full run): opening at most 0.8x the full integrity check, which the app does not run for this
reason. A damaged copy that opens without the damage being reported is an error (see benchlib): the check
must be part of what is measured.
"""
from __future__ import annotations

import argparse
import logging
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchlib import QUICK_HELP, Targets, check, finish, ratio, timed
from core.store import DatabaseProblem
from core.store.database import DATABASE_FILE_NAME, open_store

FULL = {"runs": 5, "organisations": 50_000}
QUICK = {"runs": 2, "organisations": 500}
GUARANTEES_EACH, AUDIT_EACH = 5, 10
TARGET_OPEN_TO_INTEGRITY_CHECK_MAX = 0.8


def _best(fn, runs: int) -> float:
    return min(timed(fn) for _ in range(runs))


def _build(path: Path, organisations: int) -> None:
    store = open_store(path)
    conn = store.db.conn
    try:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO organisations (id, name, eori, country, city) VALUES (?, ?, ?, 'CZ', 'Brno')",
                         ((i, f"Spedice {i:06d} s.r.o.", f"CZ{10_000_000 + i}") for i in range(1, organisations + 1)))
        conn.executemany(
            "INSERT INTO guarantees (org_id, type, grn, office, amount, currency) VALUES (?, '1', ?, 'CZ520101', "
            "'150000.00', 'CZK')",
            ((1 + i // GUARANTEES_EACH, f"25CZ{i:012d}X") for i in range(organisations * GUARANTEES_EACH)))
        conn.executemany(
            "INSERT INTO audit_log (at, user, action, grn, detail) VALUES (?, 'petra', 'spk_used', ?, ?)",
            ((f"2026-01-{1 + i % 28:02d}T10:00:00Z", f"25CZ{i:012d}X", f"message {i} for the benchmark")
             for i in range(organisations * AUDIT_EACH)))
        conn.execute("COMMIT")
    finally:
        store.close()  # the last connection checkpoints: everything is in the file itself


def _read(path: Path) -> None:
    with path.open("rb") as f:
        while f.read(1 << 20):
            pass


def _integrity_check(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        check(conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], "the built database is not sound")
    finally:
        conn.close()


def _damaged_copy(path: Path, folder: Path) -> Path:
    copy = folder / "damaged" / DATABASE_FILE_NAME
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    store = open_store(copy)
    try:
        page = store.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'organisations'").fetchone()[0]
        page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
    finally:
        store.close()
    data = bytearray(copy.read_bytes())
    start = (page - 1) * page_size
    data[start + 8:start + page_size] = b"\xff" * (page_size - 8)
    copy.write_bytes(bytes(data))
    return copy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=QUICK_HELP)
    parser.add_argument("--runs", type=int, help=f"default {FULL['runs']}")
    parser.add_argument("--organisations", type=int, help=f"default {FULL['organisations']:,}")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    runs, organisations = max(1, args.runs or sizes["runs"]), args.organisations or sizes["organisations"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / DATABASE_FILE_NAME
        build = timed(lambda: _build(path, organisations))
        size_mb = path.stat().st_size / 1e6
        read = _best(lambda: _read(path), runs)
        integrity = _best(lambda: _integrity_check(path), runs)
        opened = _best(lambda: open_store(path).close(), runs)
        damaged = _damaged_copy(path, folder)
        logging.disable(logging.ERROR)  # the damage found is the expected outcome here, not news for stderr
        try:
            open_store(damaged).close()
            found = None
        except DatabaseProblem as exc:
            found = exc.kind
        finally:
            logging.disable(logging.NOTSET)
    check(found == "corrupt", f"a damaged database opened without the damage being reported ({found!r})")
    result = {
        "benchmark": "database_open", "runs": runs, "organisations": organisations,
        "guarantees": organisations * GUARANTEES_EACH, "audit_entries": organisations * AUDIT_EACH,
        "db_size_mb": round(size_mb, 1), "build_s": round(build, 2), "read_file_s": round(read, 4),
        "integrity_check_s": round(integrity, 4), "open_s": round(opened, 4),
        "open_ms_per_mb": round(opened * 1000 / size_mb, 3), "ratio_open_to_read": ratio(opened, read),
        "ratio_open_to_integrity_check": ratio(opened, integrity),
        "measured": "best of the runs, in one process, the file in the page cache",
    }
    targets = Targets()
    targets.at_most("ratio_open_to_integrity_check", result["ratio_open_to_integrity_check"],
                    TARGET_OPEN_TO_INTEGRITY_CHECK_MAX)
    return finish(result, targets, args.quick)


if __name__ == "__main__":
    sys.exit(main())
