"""Accounts and keys (spec 04 §4.2): passwords, slowing down guessing, per-user keys, resets, the audit log.

Several real users on one real SQLite file, each signed in through their own UserContext.
"""
from __future__ import annotations

import base64
import hashlib
import re
import sqlite3
from datetime import timedelta

import pytest
from users_shared import (
    ADMIN,
    ADMIN_PASSWORD,
    PASSWORD,
    codes,
    everything_visible,
    revealed,
)

from simulator.demo import DEMO_PASSWORD
from core.errors import LoginFailed, UserError, ValidationError
from core.guarantees.access_codes import code_context
from core.messages import QueryKind
from core.store.database import DATABASE_FILE_NAME
from core.users import AuditFilter, Level, Role, User, UserService
from core.context import UserContext
from core.installation import open_context

NEW_PASSWORD = "another long password"
WRONG = "not the right password"
NEXT_ATTEMPT = re.compile(r"next attempt (?:is )?possible at (\d\d:\d\d:\d\d)")


@pytest.fixture
def shared(office):
    """Petra and Jan, both guarantee officers with extended rights for Spedice, which has one guarantee."""
    org = office.add_org("Spedice")
    g = office.add_guarantee(org)
    for login in ("petra", "jan"):
        office.add_user(login)
        office.represent(org, user=login)
    return org, g


def raw_database(data_dir) -> bytes:
    db = data_dir / DATABASE_FILE_NAME
    wal = db.with_name(db.name + "-wal")
    return db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def own_rows(context: UserContext, login: str) -> list[tuple]:
    return context.db.execute("SELECT a.guarantee_id, a.kind, a.position, a.sealed FROM access_codes a "
                         "JOIN users u ON u.id = a.user_id WHERE u.login = ? ORDER BY a.id", [login]).fetchall()


def audit(context: UserContext, action: str) -> list:
    return context.audit.list(AuditFilter(action=action))


def failures_in_a_row(users: UserService, login: str, count: int) -> None:
    for _ in range(count):
        with pytest.raises(LoginFailed):
            users.authenticate(login, WRONG)


# --- passwords ------------------------------------------------------------------------------------

@pytest.mark.sqlite_file
def test_the_password_record_is_memory_hard_scrypt_and_holds_neither_password_nor_key(office):
    office.add_user("petra")
    record, wrapped_key = office.admin.db.execute(
        "SELECT password, wrapped_key FROM users WHERE login = 'petra'").fetchone()
    scheme, log2_n, r, p, salt, verifier = record.split("$")
    assert scheme == "scrypt"
    assert 128 * int(r) * 2 ** int(log2_n) >= 16 * 2 ** 20  # at least 16 MiB per guess
    out = hashlib.scrypt(PASSWORD.encode(), salt=base64.b64decode(salt), n=2 ** int(log2_n), r=int(r), p=int(p),
                         maxmem=2 ** 27, dklen=64)
    assert hashlib.sha256(out[:32]).digest() == base64.b64decode(verifier)
    wrapping_key = out[32:]
    raw = raw_database(office.data_dir)
    assert wrapping_key not in raw
    assert PASSWORD.encode() not in raw and PASSWORD.encode("utf-16-le") not in raw
    assert PASSWORD not in record and PASSWORD.encode() not in wrapped_key


def test_wrong_password_is_refused(office):
    office.add_user("petra")
    with pytest.raises(LoginFailed, match="Wrong login name or password"):
        open_context(office.data_dir, user="petra", password=WRONG)
    assert office.open_as("petra").user == "petra"


def test_unknown_login_gets_the_same_answer_as_a_wrong_password(office):
    office.add_user("petra")
    with pytest.raises(LoginFailed) as wrong:
        office.admin.users.authenticate("petra", WRONG)
    with pytest.raises(LoginFailed) as unknown:
        office.admin.users.authenticate("pedro", WRONG)
    assert str(unknown.value) == str(wrong.value)


def test_after_three_failures_even_the_right_password_waits_for_the_delay(office, clock):
    office.add_user("petra")
    users = UserService(office.admin.db, office.admin.box, office.admin.audit, clock)
    failures_in_a_row(users, "petra", 3)
    with pytest.raises(LoginFailed) as refused:
        users.authenticate("petra", PASSWORD)
    shown = NEXT_ATTEMPT.search(str(refused.value))
    assert shown is not None, str(refused.value)
    assert shown.group(1) == f"{(clock.moment + timedelta(seconds=5)).astimezone():%H:%M:%S}"
    clock.advance(seconds=4)
    with pytest.raises(LoginFailed, match=NEXT_ATTEMPT):
        users.authenticate("petra", PASSWORD)
    clock.advance(seconds=2)
    assert users.authenticate("petra", PASSWORD).login == "petra"


def test_each_further_failure_doubles_the_delay(office, clock):
    office.add_user("petra")
    users = UserService(office.admin.db, office.admin.box, office.admin.audit, clock)
    failures_in_a_row(users, "petra", 3)
    clock.advance(seconds=5)
    with pytest.raises(LoginFailed, match="next one is possible in 10 s"):
        users.authenticate("petra", WRONG)
    clock.advance(seconds=9)
    with pytest.raises(LoginFailed, match=NEXT_ATTEMPT):
        users.authenticate("petra", PASSWORD)
    clock.advance(seconds=2)
    assert users.authenticate("petra", PASSWORD).login == "petra"


def test_a_successful_sign_in_starts_the_count_again(office, clock):
    office.add_user("petra")
    users = UserService(office.admin.db, office.admin.box, office.admin.audit, clock)
    failures_in_a_row(users, "petra", 2)
    users.authenticate("petra", PASSWORD)
    failures_in_a_row(users, "petra", 2)
    assert users.authenticate("petra", PASSWORD).login == "petra"


def test_one_users_failures_do_not_slow_down_another(office, clock):
    office.add_user("petra")
    office.add_user("jan")
    users = UserService(office.admin.db, office.admin.box, office.admin.audit, clock)
    failures_in_a_row(users, "petra", 3)
    assert users.authenticate("jan", PASSWORD).login == "jan"


def test_failed_and_successful_sign_ins_are_audited(office):
    office.add_user("petra")
    with pytest.raises(LoginFailed):
        open_context(office.data_dir, user="petra", password=WRONG)
    with pytest.raises(LoginFailed):
        open_context(office.data_dir, user="pedro", password=WRONG)
    office.open_as("petra")
    failed = {(e.user, e.detail) for e in audit(office.admin, "login_failed")}
    assert failed == {("petra", "wrong password"), ("(unknown login)", "unknown login name (5 characters)")}
    assert [e.user for e in audit(office.admin, "login")].count("petra") == 1
    assert all(WRONG not in e.detail for e in office.admin.audit.list())


def test_a_deactivated_account_cannot_sign_in(office):
    petra = office.add_user("petra")
    petra.active = False
    office.admin.users.update_user(office.admin.session, petra)
    with pytest.raises(LoginFailed, match="deactivated"):
        open_context(office.data_dir, user="petra", password=PASSWORD)


@pytest.mark.parametrize("password", ["too short", "petra.novak", " a long password with spaces "])
def test_weak_passwords_are_refused(office, password):
    with pytest.raises(ValidationError) as refused:
        office.admin.users.add_user(office.admin.session, User(login="petra.novak", role=Role.DECLARANT), password)
    assert refused.value.for_field("password")
    assert office.admin.users.find("petra.novak") is None


def test_a_password_less_administrator_cannot_sign_in_once_the_office_uses_passwords(data_dir):
    context = open_context(data_dir, user="alice")
    try:
        context.users.add_user(context.session, User(login="boss", role=Role.ADMIN, level=Level.ADVANCED,
                                           identity_method="in person"), PASSWORD)
    finally:
        context.close()
    with pytest.raises(LoginFailed):
        open_context(data_dir)
    with pytest.raises(LoginFailed):
        open_context(data_dir, user="alice")
    open_context(data_dir, user="boss", password=PASSWORD).close()


# --- keys: whose codes are whose ------------------------------------------------------------------

def test_each_user_reads_only_their_own_codes(office, shared):
    _, g = shared
    petra, jan = office.open_as("petra"), office.open_as("jan")
    petra.access_codes.save(g.id, codes(pac="PQ70", spks=["PQ71", "PQ72"]))
    jan.access_codes.save(g.id, codes(spks=["JN81"]))
    assert revealed(jan.access_codes.codes_for(g.id)) == {"pac": None, "new_pac": None, "spks": ["JN81"]}
    assert revealed(petra.access_codes.codes_for(g.id)) == {"pac": "PQ70", "new_pac": None, "spks": ["PQ71", "PQ72"]}
    seen_by_jan = everything_visible(office.open_as("jan"))
    assert "JN81" in seen_by_jan  # the listing does reveal what is Jan's own
    for code in ("PQ70", "PQ71", "PQ72"):
        assert code not in seen_by_jan


def test_another_user_cannot_read_my_spk_through_any_service_even_in_messages(demo_dir, clock):
    """Petra and Jan both represent Spedice Brno; Petra queries with her own new code."""
    petra = open_context(demo_dir, user="petra", password=DEMO_PASSWORD)
    try:
        mine = [g for g in petra.guarantees.list() if g.org_id == 1 and g.type in "01"]
        for g in mine:
            petra.access_codes.save(g.id, codes(spks=["PQ71"]))
        [message] = petra.messaging_at(clock).prepare_queries([g.id for g in mine], QueryKind.BALANCE)
    finally:
        petra.close()
    jan = open_context(demo_dir, user="jan", password=DEMO_PASSWORD)
    alice = open_context(demo_dir, user="alice")
    try:
        assert message.id in [m.id for m in jan.messaging.store.list()]
        for viewer in (jan, alice):
            assert "PQ71" not in everything_visible(viewer)
        assert {s for g in mine for s in revealed(jan.access_codes.codes_for(g.id))["spks"]} == {"BX42"}
    finally:
        jan.close()
        alice.close()


def test_an_administrator_cannot_read_another_users_spk(office, shared):
    _, g = shared
    office.open_as("petra").access_codes.save(g.id, codes(spks=["PQ71"]))
    admin = office.admin
    assert admin.access_codes.codes_for(g.id).spks == []
    assert "PQ71" not in everything_visible(admin)
    [(gid, kind, position, sealed)] = own_rows(admin, "petra")
    context = code_context(gid, admin.users.get("petra").id, kind, position)
    for box in (admin.box, admin.session.box):
        with pytest.raises(UserError, match="cannot be unlocked"):
            box.open(sealed, context)


def test_changing_the_password_keeps_the_codes_readable(office, shared):
    _, g = shared
    petra = office.open_as("petra")
    petra.access_codes.save(g.id, codes(pac="PQ70", spks=["PQ71"]))
    petra.users.change_password(petra.session, PASSWORD, NEW_PASSWORD)
    with pytest.raises(LoginFailed):
        open_context(office.data_dir, user="petra", password=PASSWORD)
    again = office.open_as("petra", NEW_PASSWORD)
    assert revealed(again.access_codes.codes_for(g.id)) == {"pac": "PQ70", "new_pac": None, "spks": ["PQ71"]}
    assert [e.user for e in audit(office.admin, "password_changed")] == ["petra", ADMIN]


def test_changing_the_password_needs_the_current_one(office, shared):
    petra = office.open_as("petra")
    with pytest.raises(ValidationError) as wrong:
        petra.users.change_password(petra.session, WRONG, NEW_PASSWORD)
    assert wrong.value.for_field("old_password")
    with pytest.raises(ValidationError) as weak:
        petra.users.change_password(petra.session, PASSWORD, "short")
    assert weak.value.for_field("new_password")
    assert office.open_as("petra").user == "petra"


def test_an_administrators_reset_warns_first_then_the_codes_are_gone_and_re_entered(office, shared):
    _, g = shared
    office.open_as("petra").access_codes.save(g.id, codes(pac="PQ70", spks=["PQ71", "PQ72"]))
    office.open_as("jan").access_codes.save(g.id, codes(spks=["JN81"]))
    impact = office.admin.users.reset_impact("petra")
    assert impact.loses_codes and impact.spk_count == 2 and impact.pac_grns == [g.grn]
    warning = impact.warning()
    assert "2 secondary access codes" in warning and f"primary access code of {g.grn}" in warning
    assert "unreadable" in warning and "enter them again" in warning
    assert len(own_rows(office.admin, "petra")) == 3  # the warning alone changes nothing

    assert office.admin.users.reset_password(office.admin.session, "petra", NEW_PASSWORD) == impact
    assert own_rows(office.admin, "petra") == []
    with pytest.raises(LoginFailed):
        open_context(office.data_dir, user="petra", password=PASSWORD)
    petra = office.open_as("petra", NEW_PASSWORD)
    assert revealed(petra.access_codes.codes_for(g.id)) == {"pac": None, "new_pac": None, "spks": []}
    assert petra.access_codes.pac_holder(g.id) is None
    petra.access_codes.save(g.id, codes(pac="PQ70", spks=["PQ71"]))
    assert revealed(petra.access_codes.codes_for(g.id))["spks"] == ["PQ71"]
    assert revealed(office.open_as("jan").access_codes.codes_for(g.id))["spks"] == ["JN81"]
    assert [e.detail for e in audit(office.admin, "password_reset")] == ["password of petra reset"]
    [lost] = audit(office.admin, "codes_lost")
    assert lost.user == ADMIN and lost.detail == warning


def test_a_reset_of_a_user_without_codes_loses_nothing(office, shared):
    impact = office.admin.users.reset_impact("jan")
    assert not impact.loses_codes
    assert "nothing is lost" in impact.warning()


def test_the_pac_is_readable_only_by_its_holder(office, shared):
    _, g = shared
    office.open_as("petra").access_codes.save(g.id, codes(pac="PQ70"))
    for viewer in (office.open_as("jan"), office.admin):
        seen = viewer.access_codes.codes_for(g.id)
        assert seen.pac is None and seen.pac_holder == "petra"
        assert "PQ70" not in everything_visible(viewer)
    assert office.open_as("petra").access_codes.codes_for(g.id).pac.reveal() == "PQ70"


def test_a_sealed_code_copied_into_another_users_row_does_not_open(office, shared):
    _, g = shared
    office.open_as("petra").access_codes.save(g.id, codes(spks=["PQ71"]))
    office.open_as("jan").access_codes.save(g.id, codes(spks=["JN81"]))
    [petras] = own_rows(office.admin, "petra")
    jan_id = office.admin.users.get("jan").id
    with office.admin.db.atomic():
        office.admin.db.execute("UPDATE access_codes SET sealed = ? WHERE user_id = ?", [petras[3], jan_id])
    with pytest.raises(UserError, match="cannot be unlocked") as refused:
        office.open_as("jan").access_codes.codes_for(g.id)
    assert "PQ71" not in str(refused.value)


def test_a_sealed_code_copied_to_another_guarantee_does_not_open(office, shared):
    org, g = shared
    other = office.add_guarantee(org)
    petra = office.open_as("petra")
    petra.access_codes.save(g.id, codes(spks=["PQ71"]))
    petra.access_codes.save(other.id, codes(spks=["PQ79"]))
    sealed_for_g = own_rows(office.admin, "petra")[0][3]
    with office.admin.db.atomic():
        office.admin.db.execute("UPDATE access_codes SET sealed = ? WHERE guarantee_id = ?", [sealed_for_g, other.id])
    with pytest.raises(UserError, match="cannot be unlocked"):
        petra.access_codes.codes_for(other.id)


def test_a_locked_workspace_needs_the_password_again_to_read_codes(office, shared):
    _, g = shared
    petra = office.open_as("petra")
    petra.access_codes.save(g.id, codes(spks=["PQ71"]))
    petra.lock()
    with pytest.raises(LoginFailed, match="locked"):
        petra.access_codes.codes_for(g.id)
    with pytest.raises(LoginFailed):
        petra.unlock(WRONG)
    assert petra.session.locked
    petra.unlock(PASSWORD)
    assert revealed(petra.access_codes.codes_for(g.id))["spks"] == ["PQ71"]
    assert [e.user for e in audit(office.admin, "locked")] == ["petra"]


def test_codes_stored_by_a_window_left_open_during_a_reset_can_be_entered_again(office, shared):
    """That window still holds the old key; what it stores no longer opens, and the user types the codes anew."""
    _, g = shared
    left_open = office.open_as("petra")
    office.admin.users.reset_password(office.admin.session, "petra", NEW_PASSWORD)
    left_open.access_codes.save(g.id, codes(pac="PQ70", spks=["PQ71"]))
    petra = office.open_as("petra", NEW_PASSWORD)
    with pytest.raises(UserError, match="Enter the code again") as unreadable:
        petra.access_codes.codes_for(g.id)
    assert "PQ71" not in str(unreadable.value)
    petra.access_codes.save(g.id, codes(pac="PQ70", spks=["PQ72"]))
    assert revealed(petra.access_codes.codes_for(g.id)) == {"pac": "PQ70", "new_pac": None, "spks": ["PQ72"]}
    assert len(own_rows(office.admin, "petra")) == 2


def test_a_locked_workspace_cannot_replace_codes(office, shared):
    _, g = shared
    petra = office.open_as("petra")
    petra.access_codes.save(g.id, codes(spks=["PQ71"]))
    petra.lock()
    with pytest.raises(LoginFailed, match="locked"):
        petra.access_codes.save(g.id, codes(spks=["PQ72"]))
    petra.unlock(PASSWORD)
    assert revealed(petra.access_codes.codes_for(g.id))["spks"] == ["PQ71"]


def test_a_users_key_is_not_anyone_elses(office, shared):
    """Two users with the same password still get different keys: their codes do not open for each other."""
    _, g = shared
    petra, jan = office.open_as("petra"), office.open_as("jan")
    petra.access_codes.save(g.id, codes(spks=["PQ71"]))
    [(gid, kind, position, sealed)] = own_rows(office.admin, "petra")
    with pytest.raises(UserError, match="cannot be unlocked"):
        jan.session.box.open(sealed, code_context(gid, office.admin.users.get("petra").id, kind, position))


# --- the audit log ----------------------------------------------------------------------------------

def test_adding_users_and_password_changes_are_audited(office, shared):
    added = {e.detail for e in audit(office.admin, "user_added")}
    assert added == {"petra: guarantee officer, advanced access", "jan: guarantee officer, advanced access"}
    assert {e.user for e in audit(office.admin, "user_added")} == {ADMIN}
    office.admin.users.reset_password(office.admin.session, "jan", NEW_PASSWORD)
    petra = office.open_as("petra")
    petra.users.change_password(petra.session, PASSWORD, NEW_PASSWORD)
    assert [(e.user, e.detail) for e in audit(office.admin, "password_reset")] == [(ADMIN, "password of jan reset")]
    assert next(e.user for e in audit(office.admin, "password_changed")) == "petra"
    everything = " ".join(f"{e.user} {e.detail} {e.grn} {e.message_id}" for e in office.admin.audit.list())
    for secret in (PASSWORD, NEW_PASSWORD, ADMIN_PASSWORD):
        assert secret not in everything


def test_a_user_reads_only_their_own_audit_entries(office, shared):
    _, g = shared
    office.open_as("petra").access_codes.save(g.id, codes(spks=["PQ71"]))
    jan = office.open_as("jan")
    assert {e.user for e in jan.audit.list()} == {"jan"}
    assert "petra" in {e.user for e in office.admin.audit.list()}


@pytest.mark.sqlite_file
@pytest.mark.parametrize("statement", ["UPDATE audit_log SET detail = 'nothing happened'",
                                       "UPDATE audit_log SET user = 'somebody else' WHERE action = 'login'",
                                       "DELETE FROM audit_log", "DELETE FROM audit_log WHERE action = 'user_added'"])
def test_the_audit_log_refuses_changes_and_deletions(office, shared, statement):
    before = office.admin.db.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    assert before
    with pytest.raises(sqlite3.DatabaseError, match="cannot be changed"), office.admin.db.atomic():
        office.admin.db.execute(statement)
    raw = sqlite3.connect(office.data_dir / DATABASE_FILE_NAME)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="cannot be changed"):
            raw.execute(statement)
        raw.rollback()
    finally:
        raw.close()
    assert office.admin.db.execute("SELECT * FROM audit_log ORDER BY id").fetchall() == before


def test_an_administrator_opens_a_key_for_setup_without_a_sign_in_and_only_with_its_password(office):
    from core.errors import NotPermitted

    admin = office.admin
    office.add_user("jana", role=Role.DECLARANT)
    before = len(audit(admin, "login"))
    session = admin.users.open_for_setup(admin.session, "jana", PASSWORD)
    assert session.login == "jana" and session.set_up_by == admin.user and not session.locked
    assert len(audit(admin, "login")) == before and not audit(admin, "login_failed")
    with pytest.raises(LoginFailed):
        admin.users.open_for_setup(admin.session, "jana", WRONG)
    with pytest.raises(NotPermitted):
        admin.users.open_for_setup(session, "jana", PASSWORD)
