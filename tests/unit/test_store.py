"""The database file: schema version, migration with backup, and files that must not be touched."""
from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from core.store import (
    DatabaseProblem,
    connect_store,
    evolution,
    open_store,
    schema_version,
)
from core.store.connection import Database as StoreDatabase
from core.store.database import DATABASE_FILE_NAME
from core.store.migrations import latest_version, migration_names, migrations

pytestmark = pytest.mark.sqlite_file  # about the SQLite file itself

FIRST_MIGRATION, SECOND_MIGRATION = "001_organisations_guarantees", "002_access_codes_answers_imports"
THIRD_MIGRATION = "003_messages_certificates"
FOURTH_MIGRATION = "004_users_representations_audit"
FIFTH_MIGRATION = "005_certificates_onboarding"
SIXTH_MIGRATION = "006_message_claims_and_sources"
SEVENTH_MIGRATION = "007_summary_declarations"
EIGHTH_MIGRATION = "008_continuity"
NINTH_MIGRATION = "009_message_indexes"
TENTH_MIGRATION = "010_record_wording"


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / DATABASE_FILE_NAME


def _fresh(path: Path) -> None:
    open_store(path).close()


def _snapshot(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_schema_version_counts_the_migrations_then_the_schema_changes(db_path):
    store = open_store(db_path)
    assert migration_names() == [FIRST_MIGRATION, SECOND_MIGRATION, THIRD_MIGRATION, FOURTH_MIGRATION, FIFTH_MIGRATION,
                                 SIXTH_MIGRATION, SEVENTH_MIGRATION, EIGHTH_MIGRATION, NINTH_MIGRATION,
                                 TENTH_MIGRATION]
    assert evolution.known_revisions() == list(evolution.REVISIONS)  # the list the start reads without Alembic
    assert store.schema_version == latest_version() == 10 + len(evolution.REVISIONS) - 1
    assert store.backup_path is None
    store.close()


def test_reopening_does_not_migrate_or_back_up(db_path):
    _fresh(db_path)
    store = open_store(db_path)
    assert store.schema_version == latest_version()
    assert store.backup_path is None
    store.close()
    assert sorted(p.name for p in db_path.parent.glob("*.backup*")) == []


def test_missing_folder_is_created(tmp_path):
    store = open_store(tmp_path / "a" / "b" / DATABASE_FILE_NAME)
    assert (tmp_path / "a" / "b" / DATABASE_FILE_NAME).is_file()
    store.close()


def test_the_database_its_side_files_and_its_folder_are_for_their_owner_only(tmp_path):
    path = tmp_path / "new" / DATABASE_FILE_NAME
    store = open_store(path)
    with store.db.conn:
        store.db.execute("INSERT INTO organisations (name, eori, country) VALUES ('A', 'CZ12345678', 'CZ')")
    try:
        modes = {p.name: oct(p.stat().st_mode & 0o777)
                 for p in (path.parent, path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))}
    finally:
        store.close()
    assert modes == {"new": "0o700", DATABASE_FILE_NAME: "0o600", f"{DATABASE_FILE_NAME}-wal": "0o600",
                     f"{DATABASE_FILE_NAME}-shm": "0o600"}


def test_wal_mode_and_foreign_keys_are_on(db_path):
    store = open_store(db_path)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


def test_another_connection_checks_and_migrates_nothing_and_reads_while_the_first_writes(db_path):
    _create_version_1(db_path)
    before = db_path.read_bytes()
    other = connect_store(db_path)  # on a file open_store would migrate: it is left as it is
    assert other.schema_version == 1 and other.backup_path is None and db_path.read_bytes() == before
    assert other.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert other.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, as on the first connection
    other.close()

    first = open_store(db_path)
    other = connect_store(db_path)
    try:
        first.db.conn.execute("BEGIN IMMEDIATE")
        first.db.execute("UPDATE organisations SET name = 'renamed' WHERE id = 7")
        assert other.db.execute("SELECT name FROM organisations WHERE id = 7").fetchone()[0] == "Spedice Brno s.r.o."
        first.db.conn.execute("COMMIT")
        assert other.db.execute("SELECT name FROM organisations WHERE id = 7").fetchone()[0] == "renamed"
        assert other.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()
        first.close()


def test_two_connections_writing_at_once_wait_for_each_other_instead_of_failing(db_path):
    """A transaction that reads, then writes after the other connection committed, must not fail as locked."""
    first = open_store(db_path)
    read_done, errors = threading.Event(), []

    def other_writes() -> None:
        other = connect_store(db_path)
        try:
            read_done.wait(5)
            with other.db.atomic():
                other.db.execute("INSERT INTO settings (key, value) VALUES ('other', '1')")
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            other.close()

    thread = threading.Thread(target=other_writes)
    thread.start()
    try:
        with first.db.atomic():
            count = first.db.execute("SELECT count(*) FROM settings").fetchone()[0]
            read_done.set()
            time.sleep(0.3)  # the other connection tries to write meanwhile
            first.db.execute("INSERT INTO settings (key, value) VALUES ('first', ?)", [str(count)])
        thread.join(10)
        assert errors == []
        rows = dict(first.db.execute("SELECT key, value FROM settings WHERE key IN ('first', 'other')").fetchall())
        assert rows == {"first": "0", "other": "1"}
    finally:
        first.close()


def _create_version_1(path: Path) -> None:
    db = Database(path)
    migrations.apply(db, stop_before=SECOND_MIGRATION)
    assert schema_version(StoreDatabase(db.conn)) == 1
    db["organisations"].insert({"id": 7, "name": "Spedice Brno s.r.o.", "eori": "CZ25596641", "country": "CZ"})
    db["guarantees"].insert({"id": 3, "org_id": 7, "type": "1", "grn": "23GB0000010000863", "office": "CZ520101",
                             "amount": "2500000.00", "currency": "CZK"})
    db.close()


def test_version_1_database_is_upgraded_and_keeps_its_data(db_path):
    _create_version_1(db_path)
    store = open_store(db_path)
    assert store.schema_version == latest_version()
    assert store.db.execute("SELECT name, eori FROM organisations WHERE id = 7").fetchone()[:] == ("Spedice Brno s.r.o.", "CZ25596641")
    row = store.db.execute("SELECT org_id, grn, amount, currency, codes_registered_at FROM guarantees WHERE id = 3").fetchone()
    assert row[:] == (7, "23GB0000010000863", "2500000.00", "CZK", None)
    assert store.db.execute("SELECT count(*) FROM access_codes").fetchone()[0] == 0
    store.close()


def test_upgrade_leaves_a_backup_that_opens_at_version_1(db_path):
    _create_version_1(db_path)
    store = open_store(db_path)
    backup = store.backup_path
    store.close()
    assert backup == db_path.with_name("customsdesk.v1.backup.sqlite")
    assert backup.is_file() and backup.stat().st_mode & 0o777 == 0o600
    old = Database(backup)
    assert schema_version(StoreDatabase(old.conn)) == 1
    assert [m.name for m in migrations.applied(old)] == [FIRST_MIGRATION]
    assert old.execute("SELECT name FROM organisations WHERE id = 7").fetchone()[0] == "Spedice Brno s.r.o."
    assert "access_codes" not in old.table_names()
    old.close()


def test_garbage_file_is_corrupt_and_unchanged(db_path):
    db_path.write_bytes(b"This is not a database, it is a shopping list.\n" * 40)
    before = _snapshot(db_path)
    with pytest.raises(DatabaseProblem) as caught:
        open_store(db_path)
    assert caught.value.kind == "corrupt"
    assert caught.value.path == db_path
    assert "not a readable CustomsDesk database" in str(caught.value)
    assert _snapshot(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [DATABASE_FILE_NAME]


def test_damaged_pages_behind_a_valid_header_are_corrupt(db_path):
    db_path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64)
    before = _snapshot(db_path)
    with pytest.raises(DatabaseProblem) as caught:
        open_store(db_path)
    assert caught.value.kind == "corrupt"
    assert _snapshot(db_path) == before


def test_a_damaged_table_page_is_found_before_anything_is_written(db_path):
    store = open_store(db_path)
    with store.db.conn:
        store.db.conn.executemany("INSERT INTO organisations (name, eori, country) VALUES (?, ?, 'CZ')",
                                  [(f"Spedice {i}", f"CZ{i:08d}") for i in range(200)])
    page = store.db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'organisations'").fetchone()[0]
    page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
    store.close()
    data = bytearray(db_path.read_bytes())
    data[(page - 1) * page_size + 8:page * page_size] = b"\xff" * (page_size - 8)  # the header stays, cells go
    db_path.write_bytes(bytes(data))
    before = _snapshot(db_path)

    with pytest.raises(DatabaseProblem) as caught:
        open_store(db_path)

    assert caught.value.kind == "corrupt" and "damaged" in str(caught.value)
    assert _snapshot(db_path) == before


def test_folder_in_place_of_the_file_is_reported(db_path):
    db_path.mkdir()
    with pytest.raises(DatabaseProblem) as caught:
        open_store(db_path)
    assert caught.value.kind == "not-a-file"


def test_unknown_migration_means_newer_version_and_file_unchanged(db_path):
    _fresh(db_path)
    db = Database(db_path)
    db["_sqlite_migrations"].insert({"migration_set": "customsdesk", "name": "003_from_the_future",
                                     "applied_at": "2030-01-01 00:00:00+00:00"})
    db.close()
    before = _snapshot(db_path)
    with pytest.raises(DatabaseProblem) as caught:
        open_store(db_path)
    assert caught.value.kind == "newer"
    assert "003_from_the_future" in str(caught.value)
    assert "newer version" in str(caught.value)
    assert _snapshot(db_path) == before
    assert not list(db_path.parent.glob("*.backup*"))


def test_exclusive_lock_is_reported_and_file_unchanged(db_path):
    _fresh(db_path)
    before = _snapshot(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseProblem) as caught:
            open_store(db_path, busy_wait=0.3)  # held longer than the wait
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.kind == "locked"
    assert "in use by another program" in str(caught.value)
    assert _snapshot(db_path) == before


def test_exclusive_lock_on_rollback_journal_file_is_reported(db_path):
    _create_version_1(db_path)
    before = _snapshot(db_path)
    other = sqlite3.connect(db_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseProblem) as caught:
            open_store(db_path, busy_wait=0.3)  # held longer than the wait
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert caught.value.kind == "locked"
    assert _snapshot(db_path) == before
    assert not list(db_path.parent.glob("*.backup*"))


# --- read-only -------------------------------------------------------------------------------------

NOBODY = 65534


def _open_store_as_nobody(path: Path) -> dict:
    """Run the real open_store in a forked child that dropped root for the unprivileged 'nobody'."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never return into pytest
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            try:
                open_store(path).close()
                outcome = {"kind": None, "message": ""}
            except DatabaseProblem as exc:
                outcome = {"kind": exc.kind, "message": str(exc)}
            except BaseException as exc:  # noqa: BLE001 - reported to the parent
                outcome = {"kind": "unexpected", "message": repr(exc)}
            os.write(write_end, json.dumps(outcome).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    return json.loads(data)


def _read_only_folder_with_database(parent: Path) -> Path:
    folder = parent / "ro"
    folder.mkdir()
    path = folder / DATABASE_FILE_NAME
    _fresh(path)
    path.chmod(0o444)
    folder.chmod(0o555)
    return path


def _assert_read_only_reported(outcome: dict, path: Path, before) -> None:
    assert outcome["kind"] == "read-only"
    assert "is read-only" in outcome["message"] and "--data-dir" in outcome["message"]
    assert _snapshot(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [DATABASE_FILE_NAME]


def test_read_only_file_is_reported_and_unchanged(tmp_path):
    if os.geteuid() != 0:
        path = _read_only_folder_with_database(tmp_path)
        before = _snapshot(path)
        try:
            assert not os.access(path, os.W_OK)
            with pytest.raises(DatabaseProblem) as caught:
                open_store(path)
            _assert_read_only_reported({"kind": caught.value.kind, "message": str(caught.value)}, path, before)
        finally:
            path.parent.chmod(0o755)
        return
    # root ignores file modes, so chmod alone changes nothing for this process. Open the file from
    # a forked child that has dropped to the unprivileged 'nobody' user, in a folder it can reach
    # but not write: exactly the situation of a user whose database is read-only.
    with tempfile.TemporaryDirectory(prefix="customsdesk-ro-") as parent:
        os.chmod(parent, 0o755)
        path = _read_only_folder_with_database(Path(parent))
        before = _snapshot(path)
        try:
            _assert_read_only_reported(_open_store_as_nobody(path), path, before)
        finally:
            path.parent.chmod(0o755)


def test_access_codes_stored_before_user_accounts_move_to_their_owners_keys(tmp_path):
    from core.installation import open_context
    from core.secrets import Secret, SecretBox
    from core.users import Representation, Rights

    folder = tmp_path / "old"
    folder.mkdir()
    db = Database(folder / DATABASE_FILE_NAME)
    migrations.apply(db, stop_before=FOURTH_MIGRATION)
    db["organisations"].insert({"id": 7, "name": "Spedice Brno s.r.o.", "eori": "CZ25596641", "country": "CZ"})
    db["guarantees"].insert({"id": 3, "org_id": 7, "type": "1", "grn": "23GB0000010000863"})
    box = SecretBox.for_data_dir(folder)
    for owner, kind, position, code in (("alice", "pac", 0, "QZ7X"), ("alice", "spk", 0, "J8YH"), ("carol", "spk", 0, "T2MR")):
        db["access_codes"].insert({"guarantee_id": 3, "owner": owner, "kind": kind, "position": position,
                                   "sealed": box.seal(Secret(code), f"access-code|3|{owner}|{kind}|{position}")})
    db.close()

    context = open_context(folder, user="alice")  # the first user after the upgrade becomes the administrator
    try:
        codes = context.access_codes.codes_for(3)
        assert (codes.pac.reveal(), [s.reveal() for s in codes.spks], codes.pac_holder) == ("QZ7X", ["J8YH"], "alice")
        carol = context.users.get("carol")
        assert (carol.role.value, carol.active, carol.has_password) == ("declarant", False, False)
        assert not context.db.has_table("access_codes_legacy")
        carols = context.db.execute("SELECT count(*) FROM access_codes WHERE user_id = ?", [carol.id]).fetchone()[0]
        assert carols == 1  # kept for carol, who gets it once an administrator gives her a password
        assert context.users.reset_password(context.session, "carol", "carol's first password").loses_codes is False
        carol.active = True
        context.users.update_user(context.session, carol)
        context.representations.save(Representation(org_id=7, user_id=carol.id, rights=Rights.BASIC))
        as_carol = open_context(folder, user="carol", password="carol's first password")
        assert [s.reveal() for s in as_carol.access_codes.codes_for(3).spks] == ["T2MR"]
        as_carol.close()
    finally:
        context.close()


def test_a_lost_key_file_stops_the_upgrade_of_codes_sealed_with_it_before_anything_is_written(tmp_path):
    from core.installation import open_context
    from core.secrets import Secret, SecretBox

    folder = tmp_path / "old"
    folder.mkdir()
    db = Database(folder / DATABASE_FILE_NAME)
    migrations.apply(db, stop_before=FOURTH_MIGRATION)
    db["organisations"].insert({"id": 7, "name": "Spedice Brno s.r.o.", "eori": "CZ25596641", "country": "CZ"})
    db["guarantees"].insert({"id": 3, "org_id": 7, "type": "1", "grn": "23GB0000010000863"})
    box = SecretBox.for_data_dir(folder)
    db["access_codes"].insert({"guarantee_id": 3, "owner": "alice", "kind": "spk", "position": 0,
                               "sealed": box.seal(Secret("J8YH"), "access-code|3|alice|spk|0")})
    db.close()
    (folder / "secrets.key").unlink()
    before = _snapshot(folder / DATABASE_FILE_NAME)

    with pytest.raises(DatabaseProblem) as caught:
        open_context(folder, user="alice")

    assert caught.value.kind == "key-missing" and "1 access code stored before user accounts" in str(caught.value)
    assert _snapshot(folder / DATABASE_FILE_NAME) == before  # not migrated, no backup taken
    assert sorted(p.name for p in folder.iterdir()) == [DATABASE_FILE_NAME]


def test_a_schema_change_that_fails_halfway_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    """Its table changes and its version in one transaction: a crash or a refusal halfway undoes them all."""
    import shutil

    path = tmp_path / "data" / "customsdesk.sqlite"
    _fresh(path)
    changes = tmp_path / "schema_changes"
    shutil.copytree(evolution.CHANGES_FOLDER, changes)
    current, breaking = evolution.LATEST, f"{int(evolution.LATEST) + 1:03d}"
    (changes / "versions" / f"v{breaking}_breaks.py").write_text(
        f'import sqlalchemy as sa\nfrom alembic import op\n\nrevision = "{breaking}"\ndown_revision = "{current}"\n'
        'branch_labels = None\ndepends_on = None\n\n\ndef upgrade():\n'
        '    op.add_column("settings", sa.Column("first", sa.Text))\n'
        '    op.add_column("settings", sa.Column("second", sa.Text))\n'
        '    raise RuntimeError("the disk went away")\n', encoding="utf-8")
    monkeypatch.setattr(evolution, "CHANGES_FOLDER", changes)
    monkeypatch.setattr(evolution, "REVISIONS", (*evolution.REVISIONS, breaking))
    monkeypatch.setattr(evolution, "LATEST", breaking)

    with pytest.raises(RuntimeError, match="the disk went away"):
        open_store(path)
    raw = sqlite3.connect(path)
    try:
        columns = {row[1] for row in raw.execute("PRAGMA table_info(settings)")}
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(current,)]
    finally:
        raw.close()
    assert columns == {"key", "value"}
