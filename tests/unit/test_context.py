"""The installation and the signed-in context: services bound to one user, actions that are all or nothing."""
from __future__ import annotations

import dataclasses
import sqlite3
import threading
from datetime import date

import pytest
from colleagues import add_colleague

from core.changes import ACCESS_CODES, GUARANTEES, ORGANISATIONS
from core.errors import LoginFailed, NotPermitted, ValidationError
from core.guarantees.access_codes import AccessCodes
from core.guarantees.model import Guarantee
from core.guarantees.service import GuaranteeService
from core.installation import Installation
from core.organisations import Organisation
from core.secrets import Secret
from core.users import Representation, Rights, system_access
from simulator.demo import DEMO_PASSWORD

GRN = "23GB0000010000863"
OTHER_GRN = "23GB0000010000872"


def test_each_sign_in_is_a_context_of_its_own_that_cannot_be_changed(demo_dir):
    installation = Installation.open(demo_dir)
    try:
        alice = installation.sign_in("alice", None)
        jan = installation.sign_in("jan", DEMO_PASSWORD)
        assert (alice.user, jan.user) == ("alice", "jan")
        assert jan.organisations.count() < alice.organisations.count()
        assert jan.messaging is not alice.messaging and jan.audit.only_user == "jan" and alice.audit.only_user is None
        with pytest.raises(dataclasses.FrozenInstanceError):
            jan.access = alice.access
    finally:
        installation.close()


def test_a_guarantee_is_not_saved_when_its_codes_are_refused(workspace, org):
    bad_codes = AccessCodes(spks=[Secret("AB12"), Secret("AB12")])  # the same code twice

    with pytest.raises(ValidationError, match="repeats an earlier row"):
        workspace.actions.save_with_codes(Guarantee(org_id=org.id, type="1", grn=GRN), bad_codes)

    assert workspace.guarantees.count() == 0


def test_saving_a_guarantee_with_codes_reports_what_changed(workspace, org):
    saved = workspace.actions.save_with_codes(Guarantee(org_id=org.id, type="1", grn=GRN),
                                              AccessCodes(spks=[Secret("AB12")]))

    assert [s.reveal() for s in workspace.access_codes.codes_for(saved.guarantee.id).spks] == ["AB12"]
    assert saved.changes.of_kind(GUARANTEES) == {saved.guarantee.id}
    assert saved.changes.of_kind(ACCESS_CODES) == {saved.guarantee.id}
    assert saved.changes.of_kind(ORGANISATIONS) == {org.id}


def test_deleting_several_guarantees_is_all_or_nothing(workspace, org):
    other = workspace.organisations.add(Organisation(name="Transpol Sp. z o.o.", eori="PL5250001009", country="PL"))
    deletable = workspace.guarantees.add(Guarantee(org_id=org.id, type="1", grn=GRN))
    only_seen = workspace.guarantees.add(Guarantee(org_id=other.id, type="1", grn=OTHER_GRN))
    jan = add_colleague(workspace, "jan", org_ids=[org.id])
    try:
        workspace.representations.save(Representation(org_id=other.id, user_id=jan.session.user.id,
                                                      rights=Rights.BASIC, valid_from=date(2020, 1, 1)))
        with pytest.raises(NotPermitted):  # the first is deleted, the second may not be: both stay
            jan.actions.delete_guarantees([deletable.id, only_seen.id])
        assert sorted(g.id for g in workspace.guarantees.list()) == [deletable.id, only_seen.id]

        changes = jan.actions.delete_guarantees([deletable.id])
        assert [g.id for g in workspace.guarantees.list()] == [only_seen.id]
        assert changes.of_kind(GUARANTEES) == {deletable.id} and changes.of_kind(ORGANISATIONS) == {org.id}
    finally:
        jan.close()


def test_customs_answers_write_only_their_own_columns_and_only_with_system_access(workspace, org):
    g = workspace.guarantees.add(Guarantee(org_id=org.id, type="1", grn=GRN))
    answers = GuaranteeService(workspace.db, system_access())

    answers.record_customs_answer(g.id, balance="10.00", answered_at="2026-01-01T10:00:00")
    with pytest.raises(ValueError, match="grn"):
        answers.record_customs_answer(g.id, grn=OTHER_GRN)
    jan = add_colleague(workspace, "jan")
    try:
        with pytest.raises(NotPermitted):
            jan.guarantees.record_customs_answer(g.id, balance="0.00")
        assert workspace.access.is_admin
        with pytest.raises(NotPermitted, match="Only CustomsDesk itself"):
            workspace.guarantees.record_customs_answer(g.id, balance="0.00")
        with pytest.raises(NotPermitted):
            workspace.guarantees.replace_usages(g.id, [])
    finally:
        jan.close()

    stored = workspace.guarantees.get(g.id)
    assert (stored.balance, stored.grn) == ("10.00", GRN)


@pytest.mark.sqlite_file
def test_a_context_on_a_new_connection_is_the_same_user_on_another_thread_and_locks_with_the_first(workspace, org):
    g = workspace.actions.save_with_codes(Guarantee(org_id=org.id, type="1", grn=GRN),
                                          AccessCodes(spks=[Secret("AB12")])).guarantee
    seen: dict = {}

    def on_another_thread():
        other = workspace.on_new_connection()
        try:
            seen["user"], seen["same_session"] = other.user, other.session is workspace.session
            seen["own_connection"] = other.db.conn is not workspace.db.conn
            seen["same_keys"] = other.installation.private_keys is workspace.installation.private_keys
            seen["codes"] = [s.reveal() for s in other.access_codes.codes_for(g.id).spks]
            other.guarantees.update(dataclasses.replace(other.guarantees.get(g.id), office="CZ520101"))
            locked.wait(10)
            try:
                other.access_codes.codes_for(g.id)
            except LoginFailed as exc:
                seen["after_lock"] = str(exc)
        finally:
            other.close()
        try:
            other.db.execute("SELECT 1")
        except sqlite3.ProgrammingError as exc:
            seen["closed"] = str(exc)

    locked = threading.Event()
    thread = threading.Thread(target=on_another_thread)
    thread.start()
    while "codes" not in seen and thread.is_alive():
        thread.join(0.01)
    workspace.lock()
    locked.set()
    thread.join(10)

    assert seen["user"] == "alice" and seen["same_session"] and seen["own_connection"] and seen["same_keys"]
    assert seen["codes"] == ["AB12"]
    assert workspace.guarantees.get(g.id).office == "CZ520101"  # written there, read here
    assert "locked" in seen["after_lock"]  # the lock of this context reaches the other at once
    assert "closed" in seen["closed"] and workspace.organisations.count() == 1  # this one stays open


def test_a_participant_key_is_opened_once_for_all_the_connections_of_an_installation(demo_dir, monkeypatch):
    """Opening an RSA key checks it, which holds the interpreter for tens of milliseconds: not at every run."""
    from core.transport import certificates

    opened = []
    load = certificates.serialization.load_pem_private_key

    def counting(*args, **kwargs):
        opened.append(1)
        return load(*args, **kwargs)

    monkeypatch.setattr(certificates.serialization, "load_pem_private_key", counting)
    installation = Installation.open(demo_dir)
    try:
        alice = installation.sign_in("alice", None)
        params = next(p for p in alice.params.list() if p.environment == "training")
        first = alice.certificates.participant(params.eori, params.administration, params.environment)
        for _ in range(3):
            other = alice.on_new_connection()
            try:
                again = other.certificates.participant(params.eori, params.administration, params.environment)
            finally:
                other.close()
            assert again.private_key is first.private_key
    finally:
        installation.close()
    assert len(opened) == 1
