"""Organisations (spec 01 §1.2): field rules, storage, deletion with its guarantees."""
from __future__ import annotations

import pytest

from core.errors import NotFound, ValidationError
from core.guarantees.access_codes import AccessCodes
from core.guarantees.model import Guarantee
from core.organisations import Organisation, validate_organisation
from core.organisations.model import normalise
from core.secrets import Secret


def field_errors(**fields) -> dict[str, str]:
    values = {"name": "Spedice Brno s.r.o.", "eori": "CZ25596641", "country": "CZ"}
    values.update(fields)
    return {e.field: e.message for e in validate_organisation(normalise(Organisation(**values)))}


@pytest.mark.parametrize("eori", ["CZ25596641", "DE415230871234567", "PL5260001246", "CZ1", "cz 2559 6641", "GBAB12"])
def test_valid_eori(eori):
    assert field_errors(eori=eori) == {}


def test_eori_is_normalised():
    org = normalise(Organisation(name="X", eori=" cz 2559 6641 ", country=" cz "))
    assert (org.eori, org.country) == ("CZ25596641", "CZ")


def test_eori_is_required():
    assert "required" in field_errors(eori="")["eori"]


def test_eori_has_at_most_17_characters():
    assert field_errors(eori="DE" + "1" * 15) == {}
    assert "18 characters; at most 17" in field_errors(eori="DE" + "1" * 16)["eori"]


def test_eori_needs_a_country_prefix():
    assert "'12' is not one" in field_errors(eori="1225596641")["eori"]
    assert "'C1' is not one" in field_errors(eori="C125596641")["eori"]


def test_eori_needs_something_after_the_prefix():
    assert "1 to 15" in field_errors(eori="CZ")["eori"]


def test_eori_refuses_punctuation():
    assert "only letters A–Z and digits" in field_errors(eori="CZ-25596641")["eori"]


def test_country_is_two_letters():
    assert "ISO 3166" in field_errors(country="CZE")["country"]
    assert "ISO 3166" in field_errors(country="")["country"]


@pytest.mark.parametrize("branch", ["123", "12345", "12a4"])
def test_branch_has_four_digits(branch):
    assert "exactly 4 digits" in field_errors(branch=branch)["branch"]


def test_branch_defaults_to_0000():
    assert normalise(Organisation(name="X", eori="CZ1", country="CZ", branch=" ")).branch == "0000"
    assert field_errors(branch="0042") == {}


@pytest.mark.parametrize("email", ["clo@spedicebrno.cz", "", "a.b+c@x.example.org"])
def test_valid_email(email):
    assert field_errors(email=email) == {}


@pytest.mark.parametrize("email", ["clo", "clo@spedicebrno", "a b@x.cz", "a@@x.cz"])
def test_invalid_email(email):
    assert "is not an e-mail address" in field_errors(email=email)["email"]


def test_name_is_required_and_at_most_70_characters():
    assert "required" in field_errors(name="  ")["name"]
    assert field_errors(name="N" * 70) == {}
    assert "71 characters" in field_errors(name="N" * 71)["name"]


def test_add_get_update_list(workspace):
    orgs = workspace.organisations
    b = orgs.add(Organisation(name="Beta", eori="cz60826843", country="cz", city="Tábor"))
    a = orgs.add(Organisation(name="alfa", eori="DE415230871234567", country="DE", is_representative=True))
    assert orgs.get(b.id) == Organisation(id=b.id, name="Beta", eori="CZ60826843", country="CZ", city="Tábor")
    assert orgs.get(a.id).is_representative is True
    assert [o.name for o in orgs.list()] == ["alfa", "Beta"]
    assert orgs.count() == 2
    b.city = "Písek"
    orgs.update(b)
    assert orgs.get(b.id).city == "Písek"


def test_invalid_organisation_is_not_stored(workspace):
    with pytest.raises(ValidationError) as caught:
        workspace.organisations.add(Organisation(name="", eori="XX", country="Czechia", branch="1", email="x"))
    assert {e.field for e in caught.value.errors} == {"name", "eori", "country", "branch", "email"}
    assert workspace.organisations.count() == 0


def test_invalid_update_keeps_the_stored_record(workspace, org):
    org.eori = "not an eori!"
    with pytest.raises(ValidationError):
        workspace.organisations.update(org)
    assert workspace.organisations.get(org.id).eori == "CZ25596641"


def test_missing_organisation_is_not_found(workspace):
    with pytest.raises(NotFound):
        workspace.organisations.get(4242)
    with pytest.raises(NotFound):
        workspace.organisations.delete(4242)


def _two_guarantees(context, org):
    g1 = context.guarantees.add(Guarantee(org_id=org.id, type="1", grn="23GB0000010000863", office="CZ520101"))
    g2 = context.guarantees.add(Guarantee(org_id=org.id, type="8", other_ref="Urząd Miasta Gdańsk"))
    context.access_codes.save(g1.id, AccessCodes(pac=Secret("PK7Q"), spks=[Secret("AC01")]))
    return g1, g2


def test_deletion_preview_lists_the_guarantees(workspace, org):
    _two_guarantees(workspace, org)
    preview = workspace.organisations.deletion_preview(org.id)
    assert preview.organisation.id == org.id
    assert preview.guarantee_labels == ["type 1: 23GB0000010000863", "type 8: Urząd Miasta Gdańsk"]


def test_delete_cascades_guarantees_and_access_codes(workspace, org):
    keep = workspace.organisations.add(Organisation(name="Keep", eori="DE1", country="DE"))
    kept = workspace.guarantees.add(Guarantee(org_id=keep.id, type="1", grn="23GB0000010000854"))
    workspace.access_codes.save(kept.id, AccessCodes(spks=[Secret("KEEP")]))
    _two_guarantees(workspace, org)
    assert workspace.db.execute("SELECT count(*) FROM access_codes").fetchone()[0] == 3

    workspace.organisations.delete(org.id)

    assert workspace.organisations.count() == 1
    assert [g.id for g in workspace.guarantees.list()] == [kept.id]
    assert [r[0] for r in workspace.db.execute("SELECT guarantee_id FROM access_codes")] == [kept.id]
