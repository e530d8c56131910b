"""The office database from the command line, on the tests' own PostgreSQL server: a workstation's records
moved onto it and back, and the commands working on it."""
from __future__ import annotations

import json

import pytest

from core.store.migrations import latest_version
from tools.postgres_server import PASSWORD


def _guarantees(cli, *options):
    result = cli(*options, "guarantees", "--json")
    assert result.returncode == 0, result.stderr
    return sorted((g["id"], g["grn"], g["other_ref"], g["amount"]) for g in result.json)


@pytest.mark.sqlite_file
def test_a_workstation_moves_onto_the_office_database_and_back(cli, cli_data_dir, tmp_path, office_url):
    assert cli("demo").returncode == 0
    before = _guarantees(cli)

    moved = cli("db-copy", "--to", office_url)
    assert moved.returncode == 0, moved.stderr
    assert moved.json["verified"] is True
    assert moved.json["tables"]["guarantees"] == len(before) > 0
    assert _guarantees(cli, "--database-url", office_url) == before

    new_folder = tmp_path / "new-workstation"
    assert _share_office_key(cli, tmp_path, new_folder)["warning"] is None  # nothing of its own to lock out
    back = cli("db-copy", "--from", office_url, data_dir=new_folder)
    assert back.returncode == 0, back.stderr
    assert back.json["verified"] is True  # (the office's audit log has grown since: its sign-in was recorded)
    assert back.json["tables"]["guarantees"] == len(before)
    assert _guarantees(cli, "--data-dir", str(new_folder)) == before


def _share_office_key(cli, tmp_path, workstation) -> dict:
    """The administrator exports the office key; the other workstation imports it."""
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("correct horse battery staple\n", encoding="utf-8")
    exported = cli("office-key-export", tmp_path / "office.key", "--passphrase-file", passphrase)
    assert exported.returncode == 0, exported.stderr + exported.stdout
    imported = cli("office-key-import", tmp_path / "office.key", "--passphrase-file", passphrase, data_dir=workstation)
    assert imported.returncode == 0, imported.stderr + imported.stdout
    return imported.json


@pytest.mark.sqlite_file  # the workstation's own database, locked with the key replaced, is its SQLite file
def test_the_office_key_travels_locked_and_a_different_key_is_kept(cli, cli_data_dir, tmp_path):
    assert cli("init").returncode == 0
    other = tmp_path / "other"
    assert cli("init", data_dir=other).returncode == 0
    own_key = (other / "secrets.key").read_bytes()
    imported = _share_office_key(cli, tmp_path, other)
    # its own database's administrator has no password yet: their personal key is locked with the replaced key
    assert len(imported["locked_with_previous_key"]) == 1 and "personal key" in imported["warning"]
    assert imported["previous_key_kept"] in imported["warning"]
    assert (other / "secrets.key").read_bytes() == (cli_data_dir / "secrets.key").read_bytes() != own_key
    kept = list(other.glob("secrets.key.replaced-*"))
    assert [k.read_bytes() for k in kept] == [own_key]
    assert (other / "secrets.key").stat().st_mode & 0o777 == 0o600
    assert own_key not in (tmp_path / "office.key").read_bytes()
    assert (tmp_path / "office.key").stat().st_mode & 0o777 == 0o600  # only its owner reads it
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase at all\n", encoding="utf-8")
    refused = cli("office-key-import", tmp_path / "office.key", "--passphrase-file", wrong, data_dir=other)
    assert refused.returncode == 2 and "passphrase" in refused.stdout
    short = tmp_path / "short"
    short.write_text("short\n", encoding="utf-8")
    too_short = cli("office-key-export", tmp_path / "again.key", "--passphrase-file", short)
    assert too_short.returncode == 2 and not (tmp_path / "again.key").exists()


@pytest.mark.sqlite_file
def test_a_copy_never_goes_into_a_database_that_holds_records(cli, office_url):
    assert cli("demo").returncode == 0
    assert cli("db-copy", "--to", office_url).returncode == 0
    again = cli("db-copy", "--to", office_url)
    assert again.returncode != 0
    assert "already holds records" in again.stderr + again.stdout
    assert "Traceback" not in again.stderr


@pytest.mark.sqlite_file
def test_records_added_on_the_office_database_get_new_ids(cli, office_url):
    """The copy keeps the ids; the server numbers what is added after them."""
    assert cli("demo").returncode == 0
    assert cli("db-copy", "--to", office_url).returncode == 0
    orgs = cli("--database-url", office_url, "orgs", "--json").json
    added = cli("--database-url", office_url, "org-add", "--name", "Nová Spedice", "--eori", "CZ12345679",
                "--country", "CZ")
    assert added.returncode == 0, added.stderr + added.stdout
    assert json.loads(added.stdout)["id"] > max(o["id"] for o in orgs)


def test_a_password_on_the_command_line_is_refused_and_a_server_that_does_not_answer_is_said(cli):
    shown = cli("--database-url", "postgresql://clerk:secret@127.0.0.1:1/office", "guarantees")
    assert shown.returncode == 2
    assert "PGPASSWORD" in shown.stdout and "secret" not in shown.stdout + shown.stderr
    unreachable = cli("--database-url", "postgresql://clerk@127.0.0.1:1/office", "db-status")
    assert unreachable.returncode == 4
    assert "cannot be reached" in unreachable.stderr and "Traceback" not in unreachable.stderr


def test_db_status_names_the_server_and_the_schema(cli, office_url, monkeypatch):
    monkeypatch.setenv("CUSTOMSDESK_DATABASE_URL", office_url)
    assert cli("db-status").json["schema_version"] == 0  # asking changes nothing
    assert cli("orgs").returncode == 0  # the first workstation to open it sets it up
    status = cli("db-status")
    assert status.returncode == 0, status.stderr
    assert status.json["engine"] == "postgresql"
    assert status.json["server_version"].startswith("1")
    assert status.json["schema_version"] == latest_version()


def test_a_damaged_choice_of_the_office_database_is_named_and_nothing_else_opened(cli, cli_data_dir):
    assert cli("init").returncode == 0
    (cli_data_dir / "office-database.json").write_text("{not json", encoding="utf-8")
    run = cli("orgs")
    assert run.returncode == 4 and "Traceback" not in run.stderr
    assert "office-database.json" in run.stderr and "Settings ▸ Office database" in run.stderr


@pytest.mark.sqlite_file
def test_an_answer_stored_before_the_message_it_answers_is_copied(cli, cli_data_dir, office_url):
    """A message may point at one with a higher id (a delivery fetched before its message was recorded)."""
    import sqlite3

    assert cli("init").returncode == 0
    conn = sqlite3.connect(cli_data_dir / "customsdesk.sqlite")
    with conn:
        for row_id, direction, answer_to in ((1, "in", 2), (2, "out", None)):
            conn.execute("INSERT INTO messages (id, direction, message_id, state, created_at, updated_at, answer_to) "
                         "VALUES (?, ?, ?, 'applied', '2026-12-01T08:00:00Z', '2026-12-01T08:00:00Z', ?)",
                         [row_id, direction, f"M{row_id}", answer_to])
    conn.close()
    copied = cli("db-copy", "--to", office_url)
    assert copied.returncode == 0, copied.stderr + copied.stdout
    with psycopg_connection(office_url) as office:
        assert office.execute("SELECT id, answer_to FROM messages ORDER BY id").fetchall() == [(1, 2), (2, None)]


def psycopg_connection(url):
    import psycopg

    return psycopg.connect(url)


def test_the_server_password_is_kept_in_the_system_keyring_and_never_shown(cli, file_keyring, server_account,
                                                                             postgres_server, monkeypatch):
    url = server_account
    role = url.split("//", 1)[1].split("@", 1)[0]
    refused = cli("--database-url", url, "db-status")
    assert refused.returncode == 4 and "did not accept the password" in refused.stderr
    wrong = cli("--database-url", url, "db-password", stdin="not-the-password\n")
    assert wrong.returncode == 4 and "did not accept the password" in wrong.stderr  # and nothing was kept:
    assert cli("--database-url", url, "db-status").returncode == 4

    kept = cli("--database-url", url, "db-password", stdin=PASSWORD + "\n")
    assert kept.returncode == 0, kept.stderr
    assert kept.json["remembered"] is True and kept.json["account"] == f"{role}@127.0.0.1:{postgres_server.port}/" \
                                                                       f"{url.rsplit('/', 1)[1]}"
    assert PASSWORD not in kept.stdout + kept.stderr and kept.json["overridden_by_pgpassword"] is False
    assert cli("--database-url", url, "demo").returncode == 0  # the workstation works with the kept password
    status = cli("--database-url", url, "db-status")
    assert status.returncode == 0 and status.json["schema_version"] == latest_version()
    assert status.json["tls"] is None  # the tests' server offers no TLS (tests/office/test_office_tls.py does)

    forgotten = cli("--database-url", url, "db-password", "--forget")
    assert forgotten.returncode == 0 and forgotten.json["forgotten"] is True
    assert cli("--database-url", url, "db-status").returncode == 4
    again = cli("--database-url", url, "db-password", "--forget")
    assert again.json["forgotten"] is False

    monkeypatch.setenv("PGPASSWORD", PASSWORD)  # comes first: the one kept is used where it is not set
    noted = cli("--database-url", url, "db-password", stdin=PASSWORD + "\n")
    assert noted.json["overridden_by_pgpassword"] is True and "PGPASSWORD is set" in noted.stderr


def test_without_a_system_keyring_the_password_command_says_where_else_to_give_it(cli, tmp_path, postgres_server,
                                                                                   monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    url = postgres_server.new_database()
    refused = cli("--database-url", url, "db-password", stdin="anything\n")
    assert refused.returncode == 2, refused.stderr
    assert "no system keyring" in refused.stdout + refused.stderr and "PGPASSWORD" in refused.stdout + refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_keyring_that_cannot_be_used_is_said_not_a_traceback(cli, postgres_server, monkeypatch):
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.nowhere.Keyring")  # misnamed
    url = postgres_server.new_database()
    for forgetting in ((), ("--forget",)):
        refused = cli("--database-url", url, "db-password", *forgetting, stdin="anything\n")
        assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused.stderr
        assert "keyring cannot be used" in refused.stdout
    assert cli("--database-url", url, "db-status").returncode == 0  # connecting does without it


def test_an_account_without_rights_on_the_office_database_is_told_to_ask_for_them(cli, postgres_server, office_url):
    assert cli("--database-url", office_url, "init").returncode == 0  # set up by its owner
    postgres_server.add_role("stranger")
    stranger_url = postgres_server.url(office_url.rsplit("/", 1)[1], "stranger")
    for command in ("db-status", "orgs"):
        refused = cli("--database-url", stranger_url, command)
        assert refused.returncode == 2 and "Traceback" not in refused.stderr
        assert "does not let" in refused.stdout and "db-grant" in refused.stdout
