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


@pytest.mark.sqlite_file
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


# --- permissions -----------------------------------------------------------------------------------------------
def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _own_paths(data_dir: Path) -> list[Path]:
    return [data_dir, data_dir / "customsdesk.sqlite", data_dir / "secrets.key", data_dir / "logs",
            data_dir / "logs" / "customsdesk.log"]


@pytest.mark.sqlite_file
def test_a_new_data_folder_and_its_files_are_for_their_owner_only(cli, cli_data_dir):
    result = cli("init")

    assert result.returncode == 0, result.stderr
    assert {path.name: oct(_mode(path)) for path in _own_paths(cli_data_dir)} == {
        "data": "0o700", "customsdesk.sqlite": "0o600", "secrets.key": "0o600", "logs": "0o700",
        "customsdesk.log": "0o600"}
    assert result.stderr == ""


@pytest.mark.sqlite_file
def test_loose_permissions_are_tightened_once_and_said_on_stderr(cli, cli_data_dir):
    assert cli("init").returncode == 0
    backup = cli_data_dir / "customsdesk.v4.backup.sqlite"
    backup.write_bytes(b"a backup taken before a migration")
    loose = [*_own_paths(cli_data_dir), backup]
    for path in loose:
        path.chmod(0o755 if path.is_dir() else 0o644)

    first = cli("orgs", "--json")

    assert first.returncode == 0 and first.json == []  # stdout stays the command's JSON
    assert "readable by their owner only" in first.stderr and str(cli_data_dir / "customsdesk.sqlite") in first.stderr
    assert {path.name: oct(_mode(path)) for path in loose} == {
        "data": "0o700", "customsdesk.sqlite": "0o600", "secrets.key": "0o600", "logs": "0o700",
        "customsdesk.log": "0o600", backup.name: "0o600"}
    assert "readable by their owner only" in (cli_data_dir / "logs" / "customsdesk.log").read_text()
    again = cli("orgs", "--json")
    assert again.returncode == 0 and again.stderr == ""  # said once


def test_tightening_keeps_a_read_only_key_file_read_only(cli, cli_data_dir):
    assert cli("init").returncode == 0
    key = cli_data_dir / "secrets.key"
    key.chmod(0o444)

    assert cli("orgs", "--json").returncode == 0

    assert _mode(key) == 0o400


# --- a full disk -----------------------------------------------------------------------------------------------
def _run_on_a_full_disk(cli, file_size_limit: int, *args: str):
    """main.py in a process whose files cannot grow past ``file_size_limit`` bytes: every write beyond it fails
    with EFBIG, as writes to a full disk fail with ENOSPC (and SQLite reports both alike)."""
    import resource
    import signal

    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return cli(*args, preexec_fn=limit_file_size)


def _assert_disk_full_reported(result, data_dir: Path) -> None:
    assert result.returncode == 4, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Logging error" not in result.stderr
    assert f"The disk holding {data_dir} is full" in result.stderr
    assert "Free some space" in result.stderr and "nothing was changed" in result.stderr
    assert "damaged" not in result.stderr and "move it aside" not in result.stderr


@pytest.mark.sqlite_file
def test_a_full_disk_at_start_is_not_called_a_damaged_database(cli, cli_data_dir):
    assert cli("demo").returncode == 0
    database = cli_data_dir / "customsdesk.sqlite"
    before = _snapshot(database)

    for command in (["orgs", "--json"], ["init"]):
        # SQLite cannot even make its shared-memory file (32 KiB) beside the database
        _assert_disk_full_reported(_run_on_a_full_disk(cli, 16 * 1024, *command), cli_data_dir)
        assert _snapshot(database) == before

    assert cli("orgs", "--json").returncode == 0  # with free space again, all is there
    assert len(cli("orgs", "--json").json) > 0


@pytest.mark.sqlite_file
def test_a_full_disk_while_a_new_database_is_made(cli, cli_data_dir):
    # room for the shared-memory file, none for the tables
    _assert_disk_full_reported(_run_on_a_full_disk(cli, 64 * 1024, "init"), cli_data_dir)

    again = cli("init")
    assert again.returncode == 0, again.stderr


# --- the key file ----------------------------------------------------------------------------------------------
GRN = "23GB0000010000863"


def _sealed_codes(cli) -> None:
    org = cli("org-add", "--name", "Spedice Brno", "--eori", "CZ25596641", "--country", "CZ").json
    assert cli("guarantee-add", "--org", org["id"], "--type", "1", "--grn", GRN, "--office", "CZ520101").returncode == 0
    stored = cli("codes-set", GRN, stdin='{"pac": "AB12", "spk": ["CD34"]}')
    assert stored.returncode == 0 and stored.json["spk"] == ["CD34"], stored.stderr


@pytest.mark.sqlite_file
def test_a_lost_key_file_is_not_made_again_while_the_database_holds_secrets_sealed_with_it(cli, cli_data_dir):
    _sealed_codes(cli)
    key, database = cli_data_dir / "secrets.key", cli_data_dir / "customsdesk.sqlite"
    key.unlink()
    before = _snapshot(database)

    for command in [*COMMANDS, ["codes-show", GRN]]:
        result = cli(*command)
        assert result.returncode == 4, (command, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr
        assert f"The key file {key} is missing" in result.stderr
        assert "Restore secrets.key" in result.stderr and "nothing was changed" in result.stderr
        assert not key.exists(), command
        assert _snapshot(database) == before, command


def test_a_database_without_sealed_secrets_gets_a_new_key_file(cli, cli_data_dir, tmp_path):
    assert cli("init").returncode == 0
    [admin] = cli("users", "--json").json
    password = tmp_path / "password"
    password.write_text("a long administrator password\n")
    assert cli("user-reset", admin["login"], "--password-file", password).returncode == 0  # the key is his own now
    key = cli_data_dir / "secrets.key"
    old_key = key.read_bytes()
    key.unlink()

    result = cli("--user", admin["login"], "--password-file", password, "orgs", "--json")

    assert result.returncode == 0, result.stderr
    assert key.is_file() and key.read_bytes() != old_key and key.stat().st_mode & 0o777 == 0o600


def _run_without_reading_others_files(cli, *args: str):
    """main.py in a process that file modes bind: as root, without the capabilities that override them."""
    import ctypes
    import os

    def drop_overrides() -> None:
        if os.geteuid() != 0:
            return
        pr_capbset_drop, cap_dac_override, cap_dac_read_search = 24, 1, 2
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (cap_dac_override, cap_dac_read_search):  # lost at exec: the new program never has them
            if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")

    return cli(*args, preexec_fn=drop_overrides)


def test_a_key_file_that_cannot_be_read_is_named_with_the_fix(cli, cli_data_dir):
    _sealed_codes(cli)
    key = cli_data_dir / "secrets.key"
    key.chmod(0o000)
    try:
        result = _run_without_reading_others_files(cli, "codes-show", GRN)
    finally:
        key.chmod(0o600)

    assert result.returncode == 4, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert f"The key file {key} cannot be read (Permission denied)" in result.stderr
    assert f"chmod 600 {key}" in result.stderr
    assert cli("codes-show", GRN).json["spk"] == ["CD34"]  # readable again, the key is the same


def test_a_folder_in_place_of_the_key_file_is_named_with_the_fix(cli, cli_data_dir):
    _sealed_codes(cli)
    key = cli_data_dir / "secrets.key"
    key.rename(cli_data_dir / "kept-aside.key")
    key.mkdir()

    result = cli("codes-show", GRN)

    assert result.returncode == 4, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert f"{key} is a folder, not CustomsDesk's key file" in result.stderr and "Move the folder" in result.stderr
    assert key.is_dir() and list(key.iterdir()) == []
