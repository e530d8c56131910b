"""The data folder as the commands find it: damaged pages, file permissions, a full disk, a lost key file.

Each is made for real (bytes flipped in a page of the database file, modes on real files, a file size limit
on a real process, the key file deleted) and every command must say what is wrong, exit 4 and change nothing.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

COMMANDS = [["init"], ["orgs", "--json"], ["guarantees", "--json"], ["audit", "--json"], ["certs", "--json"],
            ["org-add", "--name", "Spedice Brno", "--eori", "CZ25596641", "--country", "CZ"]]


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _flip_page_of(database: Path, table: str) -> int:
    """Invert every byte of the first page of ``table`` (a page in the middle of the file); its number."""
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(database.read_bytes())
    start = (page - 1) * page_size
    data[start:start + page_size] = bytes(b ^ 0xFF for b in data[start:start + page_size])
    database.write_bytes(bytes(data))
    return page


@pytest.mark.parametrize("table", ["users", "guarantees"])
def test_a_damaged_page_is_reported_by_every_command_and_the_file_is_left_as_it_is(cli, cli_data_dir, table):
    assert cli("demo").returncode == 0
    database = cli_data_dir / "customsdesk.sqlite"
    assert not database.with_name(database.name + "-wal").exists()  # everything is in the file itself
    assert _flip_page_of(database, table) > 1
    before = _snapshot(database)

    for command in COMMANDS:
        result = cli(*command)
        assert result.returncode == 4, (command, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        assert f"The file {database} is not a readable CustomsDesk database (it is damaged" in result.stderr
        assert _snapshot(database) == before, command
