"""Two people saving the same record: the second is told, and nothing the first saved is overwritten."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from core.errors import EditConflict, LoginFailed
from core.guarantees.grn import with_check_digit
from core.guarantees.model import Guarantee
from core.installation import open_context
from core.organisations.model import Organisation
from core.users import Representation, Rights, Role, User
from core.users.audit import AuditFilter

PASSWORD = "a long test password"


@pytest.fixture
def two_workstations(tmp_path):
    first = open_context(tmp_path / "data", user="jana")
    second = open_context(tmp_path / "data", user="jana")
    yield first, second
    second.close()
    first.close()


def test_the_second_saver_of_an_organisation_is_told_and_the_first_change_stays(two_workstations):
    first, second = two_workstations
    org = first.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
    mine, theirs = first.organisations.get(org.id), second.organisations.get(org.id)
    first.organisations.update(replace(mine, city="Brno"))
    with pytest.raises(EditConflict, match="changed by someone else"):
        second.organisations.update(replace(theirs, phone="+420 123"))
    saved = second.organisations.get(org.id)
    assert (saved.city, saved.phone) == ("Brno", "")
    second.organisations.update(replace(saved, phone="+420 123"))  # reloaded: saved
    assert (first.organisations.get(org.id).city, first.organisations.get(org.id).phone) == ("Brno", "+420 123")


def test_the_second_saver_of_a_guarantee_is_told(two_workstations):
    first, second = two_workstations
    org = first.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
    g = first.guarantees.add(Guarantee(org_id=org.id, type="1", grn=with_check_digit("26CZ520101000011"),
                                       office="CZ520101", amount=Decimal(1000), currency="CZK"))
    mine, theirs = first.guarantees.get(g.id), second.guarantees.get(g.id)
    first.guarantees.update(replace(mine, amount=Decimal(2000)))
    with pytest.raises(EditConflict):
        second.guarantees.update(replace(theirs, description="theirs"))
    assert first.guarantees.get(g.id).amount == Decimal(2000)
    assert first.guarantees.get(g.id).description == ""


def test_what_was_saved_can_be_saved_again(two_workstations):
    first, _ = two_workstations
    org = first.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
    saved = first.organisations.update(replace(first.organisations.get(org.id), city="Brno"))
    first.organisations.update(replace(saved, city="Praha"))  # the saved record carries its new version
    assert first.organisations.get(org.id).city == "Praha"


def test_the_second_saver_of_a_parameter_set_is_told(two_workstations):
    from core.communication import CommParams

    first, second = two_workstations
    saved = first.params.save(CommParams(name="CZ training", gateway="http://127.0.0.1:8720/"))
    theirs = second.params.get(saved.id)
    first.params.save(replace(first.params.get(saved.id), gateway="http://127.0.0.1:9000/"))
    with pytest.raises(EditConflict):
        second.params.save(replace(theirs, name="renamed"))
    assert (first.params.get(saved.id).name, first.params.get(saved.id).gateway) == ("CZ training",
                                                                                    "http://127.0.0.1:9000/")


def _petr(context) -> User:
    return context.users.add_user(context.session, User(login="petr", role=Role.DECLARANT), PASSWORD)


def _changes_of_users(context) -> int:
    return context.audit.count(AuditFilter(action="user_changed"))


def test_the_second_administrator_saving_a_user_is_told_and_the_first_change_stays(two_workstations):
    first, second = two_workstations
    petr = _petr(first)
    mine, theirs = first.users.get_by_id(petr.id), second.users.get_by_id(petr.id)
    first.users.update_user(first.session, replace(mine, full_name="Petr Novák"))
    changes = _changes_of_users(first)
    with pytest.raises(EditConflict, match="user petr was changed by someone else"):
        second.users.update_user(second.session, replace(theirs, role=Role.OFFICER, active=False))
    saved = second.users.get("petr")
    assert (saved.full_name, saved.role, saved.active) == ("Petr Novák", Role.DECLARANT, True)
    assert _changes_of_users(first) == changes  # nothing written, not even to the audit log
    second.users.update_user(second.session, replace(saved, role=Role.OFFICER))  # reloaded: saved
    assert (first.users.get("petr").full_name, first.users.get("petr").role) == ("Petr Novák", Role.OFFICER)


def test_a_saved_user_can_be_saved_again(two_workstations):
    first, _ = two_workstations
    saved = first.users.update_user(first.session, replace(_petr(first), full_name="Petr"))
    first.users.update_user(first.session, replace(saved, full_name="Petr Novák"))  # carries its new version
    assert first.users.get("petr").full_name == "Petr Novák"


def test_signing_in_and_passwords_do_not_stop_an_administrator_saving_the_user(two_workstations):
    first, second = two_workstations
    _petr(first)
    opened = first.users.get("petr")
    with pytest.raises(LoginFailed):
        second.users.authenticate("petr", "not the password")
    session = second.users.authenticate("petr", PASSWORD)
    second.users.change_password(session, PASSWORD, "another long password")
    second.users.reset_password(second.session, "petr", "a third long password")
    first.users.update_user(first.session, replace(opened, full_name="Petr Novák"))
    assert first.users.get("petr").full_name == "Petr Novák"


def _representation(context) -> Representation:
    org = context.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
    return context.representations.save(Representation(org_id=org.id, user_id=_petr(context).id, rights=Rights.BASIC,
                                                       valid_from=date(2020, 1, 1)))


def test_the_second_saver_of_a_representation_is_told_and_the_first_change_stays(two_workstations):
    first, second = two_workstations
    rep = _representation(first)
    mine, theirs = first.representations.get(rep.id), second.representations.get(rep.id)
    first.representations.save(replace(mine, rights=Rights.EXTENDED))
    with pytest.raises(EditConflict, match="representation of Spedice Brno s.r.o. by petr was changed by someone"):
        second.representations.save(replace(theirs, basis="employment contract"))
    saved = second.representations.get(rep.id)
    assert (saved.rights, saved.basis) == (Rights.EXTENDED, "")
    second.representations.save(replace(saved, basis="employment contract"))  # reloaded: saved
    assert (first.representations.get(rep.id).rights, first.representations.get(rep.id).basis) == (
        Rights.EXTENDED, "employment contract")


def test_ending_a_representation_someone_else_changed_meanwhile_is_refused(two_workstations):
    first, second = two_workstations
    rep = _representation(first)
    theirs = second.representations.get(rep.id)
    first.representations.save(replace(first.representations.get(rep.id), rights=Rights.EXTENDED))
    with pytest.raises(EditConflict, match="changed by someone else"):
        second.representations.end(rep.id, date(2024, 12, 31), version=theirs.version)
    assert first.representations.get(rep.id).valid_to is None
    ended = second.representations.end(rep.id, date(2024, 12, 31), version=second.representations.get(rep.id).version)
    assert (ended.valid_to, ended.rights) == (date(2024, 12, 31), Rights.EXTENDED)
