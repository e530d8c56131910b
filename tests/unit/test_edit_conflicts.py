"""Two people saving the same record: the second is told, and nothing the first saved is overwritten."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from core.errors import EditConflict
from core.guarantees.grn import with_check_digit
from core.guarantees.model import Guarantee
from core.installation import open_context
from core.organisations.model import Organisation


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
