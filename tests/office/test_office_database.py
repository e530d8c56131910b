"""The office database: the same services on a real PostgreSQL server (tools/postgres_server.py)."""
from __future__ import annotations

import contextlib
from decimal import Decimal

import psycopg
import pytest

from core.guarantees.grn import with_check_digit
from core.guarantees.model import Guarantee
from core.installation import Installation
from core.organisations.model import Organisation
from core.store.migrations import latest_version
from core.store.office import open_office_store, schema_version


def test_an_empty_office_database_gets_the_whole_schema_once(office_url):
    first = open_office_store(office_url)
    tables = first.db.table_names()
    first.close()
    again = open_office_store(office_url)  # a second workstation: nothing left to do
    try:
        assert {"organisations", "guarantees", "messages", "audit_log", "alembic_version"} <= tables
        assert "access_codes_legacy" not in tables
        assert schema_version(again.db) == latest_version()
        assert again.db.table_names() == tables
    finally:
        again.close()


def test_the_register_works_on_the_office_database(tmp_path, office_url):
    installation = Installation.open(tmp_path / "workstation", first_user="jana", database_url=office_url)
    context = installation.sign_in("jana", None)
    try:
        org = context.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
        context.organisations.add(Organisation(name="alfa trans", eori="CZ12345679", country="CZ"))
        grn = with_check_digit("26CZ520101000011")
        g = context.guarantees.add(Guarantee(org_id=org.id, type="1", grn=grn, office="CZ520101",
                                             amount=Decimal("100000"), currency="CZK"))
        assert [o.name for o in context.organisations.list()] == ["alfa trans", "Spedice Brno s.r.o."]
        assert context.guarantees.get(g.id).grn == grn
        assert [o.name for o in context.organisations.page(text="SPEDICE")] == ["Spedice Brno s.r.o."]
    finally:
        context.close()


def test_the_audit_log_cannot_be_changed_on_the_server(tmp_path, office_url):
    installation = Installation.open(tmp_path / "workstation", first_user="jana", database_url=office_url)
    installation.sign_in("jana", None).close()  # signing in is recorded
    with psycopg.connect(office_url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
        for statement in ("UPDATE audit_log SET detail = 'changed'", "DELETE FROM audit_log",
                          "TRUNCATE audit_log"):
            with pytest.raises(psycopg.errors.RaiseException, match="cannot be changed"):
                conn.execute(statement)


def test_two_workstations_saving_one_organisation_on_the_server(tmp_path, office_url):
    from dataclasses import replace

    from core.errors import EditConflict

    first = Installation.open(tmp_path / "first", first_user="jana", database_url=office_url).sign_in("jana", None)
    try:
        org = first.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
        second = Installation.open(tmp_path / "first", database_url=office_url).sign_in("jana", None)
        try:
            theirs = second.organisations.get(org.id)
            first.organisations.update(replace(first.organisations.get(org.id), city="Brno"))
            with pytest.raises(EditConflict):
                second.organisations.update(replace(theirs, city="Praha"))
            assert second.organisations.get(org.id).city == "Brno"
        finally:
            second.close()
    finally:
        first.close()


def test_a_change_on_one_workstation_is_announced_to_the_others(tmp_path, office_url):
    from core.changes import GUARANTEES, ORGANISATIONS

    first = Installation.open(tmp_path / "first", first_user="jana", database_url=office_url).sign_in("jana", None)
    feed = first.installation.store.change_feed()
    try:
        assert not feed.wait(0.2)  # nothing changed yet
        other = Installation.open(tmp_path / "first", database_url=office_url).sign_in("jana", None)
        try:
            org = other.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
            g = other.guarantees.add(Guarantee(org_id=org.id, type="1", grn=with_check_digit("26CZ520101000011"),
                                               office="CZ520101", amount=Decimal(1), currency="CZK"))
        finally:
            other.close()
        changes = feed.wait(5.0)
        assert changes.of_kind(ORGANISATIONS) == {org.id} and changes.of_kind(GUARANTEES) == {g.id}
    finally:
        feed.close()
        first.close()


def test_the_clerks_role_works_but_cannot_change_the_audit_log(tmp_path, office_url, postgres_server):
    from core.store.office import grant_to_clerks

    Installation.open(tmp_path / "owner", first_user="jana", database_url=office_url).close()  # the schema's owner
    with psycopg.connect(office_url, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS clerk")
        conn.execute("CREATE ROLE clerk LOGIN")
    grant_to_clerks(office_url, "clerk")
    clerk_url = office_url.replace(office_url.split("://", 1)[1].split("@", 1)[0], "clerk", 1)

    clerk = Installation.open(tmp_path / "owner", database_url=clerk_url).sign_in("jana", None)
    try:
        org = clerk.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
        assert clerk.organisations.get(org.id).name == "Spedice Brno s.r.o."
    finally:
        clerk.close()
    with psycopg.connect(clerk_url, autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
        for statement in ("UPDATE audit_log SET detail = 'changed'", "DELETE FROM audit_log", "TRUNCATE audit_log"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_a_dropped_connection_comes_back_and_a_change_it_cut_is_not_half_written(tmp_path, office_url):
    from core.store.postgresql import ConnectionLost

    context = Installation.open(tmp_path / "ws", first_user="jana", database_url=office_url).sign_in("jana", None)

    def drop_the_connections() -> None:  # as a server restart or a network cut does
        with psycopg.connect(office_url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")

    try:
        org = context.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
        drop_the_connections()
        assert context.organisations.get(org.id).name == "Spedice Brno s.r.o."  # connected again

        db = context.db
        with pytest.raises(ConnectionLost, match="never in part"), db.atomic():
            db.execute("UPDATE organisations SET city = 'Brno' WHERE id = ?", [org.id])
            drop_the_connections()
            db.execute("UPDATE organisations SET phone = '1' WHERE id = ?", [org.id])
        saved = context.organisations.get(org.id)
        assert (saved.city, saved.phone) == ("", "")  # neither half of the change
    finally:
        context.close()


def test_nothing_goes_on_in_a_transaction_whose_connection_was_lost(tmp_path, office_url):
    """A caller that catches the loss and carries on inside the same transaction is stopped, not reconnected."""
    from core.store.postgresql import ConnectionLost

    context = Installation.open(tmp_path / "ws", first_user="jana", database_url=office_url).sign_in("jana", None)
    try:
        org = context.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
        db = context.db
        with pytest.raises(ConnectionLost), db.atomic():
            db.execute("UPDATE organisations SET city = 'Brno' WHERE id = ?", [org.id])
            with psycopg.connect(office_url, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()")
            with contextlib.suppress(ConnectionLost):
                db.execute("UPDATE organisations SET phone = '1' WHERE id = ?", [org.id])
            with db.atomic():  # carrying on as if nothing happened
                db.execute("UPDATE organisations SET note = 'half' WHERE id = ?", [org.id])
        saved = context.organisations.get(org.id)
        assert (saved.city, saved.phone, saved.note) == ("", "", "")
    finally:
        context.close()


def test_signing_in_ignores_the_case_of_the_login_on_the_server(tmp_path, office_url):
    installation = Installation.open(tmp_path / "ws", first_user="Jana", database_url=office_url)
    try:
        assert installation.sign_in("jana", None).session.user.login == "Jana"
    finally:
        installation.close()


def test_a_representation_is_found_on_the_server(tmp_path, office_url):
    from datetime import date

    from core.users import Representation, RepresentationKind, Rights

    context = Installation.open(tmp_path / "ws", first_user="jana", database_url=office_url).sign_in("jana", None)
    try:
        org = context.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
        agency = context.organisations.add(Organisation(name="Agentura s.r.o.", eori="CZ12345679", country="CZ"))
        context.representations.save(Representation(org_id=org.id, agency_id=agency.id, kind=RepresentationKind.PROXY,
                                                    rights=Rights.BASIC, valid_from=date(2026, 1, 1), basis="PoA 7/2026"))
        assert context.representations.find(org.id, agency_id=agency.id).agency_id == agency.id
        assert context.representations.find(org.id, user_id=1) is None
    finally:
        context.close()


def test_a_row_another_workstation_keeps_locked_is_waited_for_then_reported_busy(tmp_path, office_url):
    from core.store.office import connect
    from core.store.transactions import is_busy

    db = connect(office_url)
    try:
        assert db.execute("SHOW lock_timeout").fetchone()[0] == "30s"  # as long as SQLite waits for its file
    finally:
        db.close()
    Installation.open(tmp_path / "ws", first_user="jana", database_url=office_url).close()
    impatient = connect(office_url + "?options=-c%20lock_timeout%3D200")  # the URL may set its own wait
    try:
        with psycopg.connect(office_url) as other:  # another workstation, in the middle of a change
            other.execute("UPDATE users SET full_name = 'elsewhere'")
            with pytest.raises(psycopg.OperationalError) as waited, impatient.atomic():
                impatient.execute("UPDATE users SET full_name = 'here'")
            other.rollback()
        assert is_busy(waited.value)  # a reason to wait and try again, never to give up on the data
    finally:
        impatient.close()


EDITING_WORKSTATION = """
import json, sys
from dataclasses import replace
from core.errors import EditConflict
from core.installation import Installation
data_dir, url, org_id, city = sys.argv[1:]
context = Installation.open(data_dir, database_url=url).sign_in("jana", None)
mine = context.organisations.get(int(org_id))
print("read", flush=True)
sys.stdin.readline()  # both workstations have the record open: save now
try:
    context.organisations.update(replace(mine, city=city))
    print(json.dumps({"saved": True}), flush=True)
except EditConflict as exc:
    print(json.dumps({"saved": False, "message": str(exc)}), flush=True)
finally:
    context.close()
"""


def test_two_workstation_processes_saving_one_organisation_at_once_one_is_told(tmp_path, office_url):
    import json
    import subprocess
    import sys

    setup = Installation.open(tmp_path / "office", first_user="jana", database_url=office_url).sign_in("jana", None)
    try:
        org = setup.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
    finally:
        setup.close()
    cities = ["Brno", "Praha"]
    editors = [subprocess.Popen([sys.executable, "-c", EDITING_WORKSTATION, str(tmp_path / "office"), office_url,
                                 str(org.id), city], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
               for city in cities]
    for editor in editors:
        assert editor.stdout.readline().strip() == "read"
    for editor in editors:  # both save as close together as two clerks can
        editor.stdin.write("save\n")
        editor.stdin.flush()
    outcomes = [json.loads(editor.communicate(timeout=60)[0]) for editor in editors]

    assert sorted(outcome["saved"] for outcome in outcomes) == [False, True]
    [told] = [outcome for outcome in outcomes if not outcome["saved"]]
    assert "changed by someone else" in told["message"] and "reload" in told["message"]
    winner = cities[[outcome["saved"] for outcome in outcomes].index(True)]
    with psycopg.connect(office_url) as conn:
        assert conn.execute("SELECT city, version FROM organisations WHERE id = %s", [org.id]).fetchone() == (winner, 2)
