"""The guarantee record's rules (spec 01 §1.3): type, GRN, other reference, office, amount, links."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from core.communication import CommParams
from core.errors import NotFound, ValidationError
from core.guarantees.model import Guarantee, parse_amount
from core.organisations import Organisation

VALID_GRN = "23GB0000010000863"
VOUCHER_GRN = "05DE3300BE0001067A001017"


def make(org, **fields) -> Guarantee:
    values = {"type": "1", "grn": VALID_GRN, "office": "CZ520101"}
    values.update(fields)
    return Guarantee(org_id=org.id, **values)


def errors(context, g) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for e in context.guarantees.validate(g):
        found.setdefault(e.field, []).append(e.message)
    return found


def test_complete_guarantee_is_stored_and_read_back(workspace, org):
    g = workspace.guarantees.add(make(org, amount=Decimal("150000.00"), currency="CZK", description="main"))
    stored = workspace.guarantees.get(g.id)
    assert (stored.org_id, stored.type, stored.grn, stored.office) == (org.id, "1", VALID_GRN, "CZ520101")
    assert (stored.amount, stored.currency, stored.description) == (Decimal("150000.00"), "CZK", "main")
    assert stored.grn_override is False


def test_fields_are_normalised_before_storing(workspace, org):
    g = workspace.guarantees.add(make(org, grn=" 23gb 0000 0100 00863 ", office="cz 520101", currency=" czk ",
                                      amount=Decimal(10)))
    stored = workspace.guarantees.get(g.id)
    assert (stored.grn, stored.office, stored.currency) == (VALID_GRN, "CZ520101", "CZK")


# --- type and GRN -------------------------------------------------------------------------------

@pytest.mark.parametrize("gtype", ["0", "1", "2", "9"])
def test_grn_types_need_a_grn(workspace, org, gtype):
    assert "needs a GRN" in errors(workspace, make(org, type=gtype, grn=""))["grn"][0]


def test_voucher_type_needs_a_24_character_grn(workspace, org):
    assert "24-character voucher" in errors(workspace, make(org, type="4", grn=""))["grn"][0]
    assert "this one has 17" in errors(workspace, make(org, type="4", grn=VALID_GRN))["grn"][0]
    assert errors(workspace, make(org, type="4", grn=VOUCHER_GRN)) == {}


def test_non_voucher_type_refuses_a_24_character_grn(workspace, org):
    assert errors(workspace, make(org, type="1", grn=VOUCHER_GRN))["grn"] == [
        "A GRN has 17 characters; this one has 24."
    ]


@pytest.mark.parametrize("gtype", ["3", "5", "8", "A", "B", "J", "R"])
def test_types_without_grn_refuse_one(workspace, org, gtype):
    g = make(org, type=gtype, other_ref="REF-1" if gtype == "8" else "")
    assert "has no GRN" in errors(workspace, g)["grn"][0]


@pytest.mark.parametrize("gtype", ["5", "A", "B", "J", "R"])
def test_types_without_grn_or_reference_are_valid_empty(workspace, org, gtype):
    assert errors(workspace, make(org, type=gtype, grn="")) == {}


def test_unknown_type_is_refused_with_the_code_list(workspace, org):
    message = errors(workspace, make(org, type="X", grn=""))["type"][0]
    assert "'X' is not a guarantee type" in message
    assert "0, 1, 2, 3, 4, 5, 8, 9, A, B, J, R" in message


def test_type_is_upper_cased(workspace, org):
    g = workspace.guarantees.add(make(org, type="a", grn=""))
    assert workspace.guarantees.get(g.id).type == "A"


# --- other guarantee reference (C0130) -------------------------------------------------------------

def test_type_8_requires_other_reference(workspace, org):
    assert "C0130" in errors(workspace, make(org, type="8", grn=""))["other_ref"][0]
    assert errors(workspace, make(org, type="8", grn="", other_ref="Urząd Miasta Gdańsk")) == {}


def test_type_3_other_reference_is_optional(workspace, org):
    assert errors(workspace, make(org, type="3", grn="")) == {}
    assert errors(workspace, make(org, type="3", grn="", other_ref="Cash deposit 2025/117")) == {}


@pytest.mark.parametrize("gtype", ["0", "1", "2", "9", "5", "A", "B", "J", "R"])
def test_other_types_refuse_other_reference(workspace, org, gtype):
    grn = VALID_GRN if gtype in "0129" else ""
    assert "takes no other guarantee reference" in errors(workspace, make(org, type=gtype, grn=grn, other_ref="X1"))["other_ref"][0]


def test_other_reference_has_at_most_35_characters(workspace, org):
    assert errors(workspace, make(org, type="8", grn="", other_ref="R" * 35)) == {}
    assert "36 characters; at most 35" in errors(workspace, make(org, type="8", grn="", other_ref="R" * 36))["other_ref"][0]


# --- check-digit override ----------------------------------------------------------------------------

def test_failing_check_digit_is_refused_and_offers_override(workspace, org):
    with pytest.raises(ValidationError) as caught:
        workspace.guarantees.add(make(org, grn="01GB1234567890120"))
    [message] = caught.value.for_field("grn")
    assert "7 was expected" in message
    assert "override" in message
    assert workspace.guarantees.count() == 0


def test_check_digit_override_keeps_the_grn_visibly(workspace, org):
    g = workspace.guarantees.add(make(org, grn="01GB1234567890120", grn_override=True))
    stored = workspace.guarantees.get(g.id)
    assert stored.grn == "01GB1234567890120"
    assert stored.grn_override is True


def test_override_does_not_excuse_a_wrong_character(workspace, org):
    found = errors(workspace, make(org, grn="2AGB1234567890120", grn_override=True))
    assert found["grn"] == ["Character 2 ('A') must be a digit (year)."]


def test_override_does_not_excuse_a_wrong_length(workspace, org):
    found = errors(workspace, make(org, type="4", grn="01GB1234567890120", grn_override=True))
    assert "this one has 17" in found["grn"][0]
    assert len(found["grn"]) == 2


# --- office of guarantee ---------------------------------------------------------------------------

@pytest.mark.parametrize("office", ["CZ520101", "CZ510101", "DE004600", "CZ610101", "DE002150", "PL320000"])
def test_builtin_guarantee_offices_are_accepted(workspace, org, office):
    assert errors(workspace, make(org, office=office)) == {}


@pytest.mark.parametrize("office", ["CZ5201", "CZ5201010", "C1520101", "CZ52-101"])
def test_office_reference_format_is_checked(workspace, org, office):
    messages = errors(workspace, make(org, office=office))["office"]
    assert any("is not a customs office reference number" in m for m in messages), messages


def test_unknown_office_is_refused(workspace, org):
    assert "CZ123456 is not in the customs office list" in errors(workspace, make(org, office="CZ123456"))["office"][0]


def _add_office(context, office_id, roles, state="valid", active_from=None):
    with context.db.atomic():
        context.db.execute("INSERT INTO customs_offices (id, country, roles, state, active_from) VALUES (?, ?, ?, ?, ?)",
                      [office_id, office_id[:2], roles, state, active_from])


def test_office_without_gua_role_is_refused(workspace, org):
    _add_office(workspace, "AT100000", ",DEP,DES,")
    assert "not an office of guarantee (role GUA) valid today" in errors(workspace, make(org, office="AT100000"))["office"][0]


def test_office_not_yet_active_is_refused(workspace, org):
    _add_office(workspace, "AT200000", ",GUA,", active_from=(date.today() + timedelta(days=1)).isoformat())
    assert "valid today" in errors(workspace, make(org, office="AT200000"))["office"][0]


def test_invalid_office_is_refused(workspace, org):
    _add_office(workspace, "AT300000", ",GUA,", state="invalid")
    assert "office" in errors(workspace, make(org, office="AT300000"))


# --- amount and currency -----------------------------------------------------------------------------

@pytest.mark.parametrize("amount", ["0.01", "1", "150000.50", "99999999999999.99", "1.500"])
def test_amounts_within_decimal_16_2_are_accepted(workspace, org, amount):
    assert errors(workspace, make(org, amount=Decimal(amount), currency="EUR")) == {}


@pytest.mark.parametrize("amount", ["0", "-1", "-0.01"])
def test_amount_must_be_positive(workspace, org, amount):
    assert "greater than zero" in errors(workspace, make(org, amount=Decimal(amount), currency="EUR"))["amount"][0]


@pytest.mark.parametrize("amount", ["1.005", "0.001", "100.125"])
def test_amount_has_at_most_two_decimals(workspace, org, amount):
    assert errors(workspace, make(org, amount=Decimal(amount), currency="EUR"))["amount"] == ["The amount has at most 2 decimals."]


@pytest.mark.parametrize("amount", ["100000000000000", "123456789012345.5"])
def test_amount_has_at_most_14_integer_digits(workspace, org, amount):
    assert "at most 14 digits" in errors(workspace, make(org, amount=Decimal(amount), currency="EUR"))["amount"][0]


def test_huge_amount_with_three_decimals_is_a_validation_error(workspace, org):
    # 27 integer digits and 3 decimals: Decimal.quantize() overflows the default context precision.
    g = make(org, amount=Decimal("123456789012345678901234567.891"), currency="EUR")
    assert "amount" in errors(workspace, g)


def test_amount_needs_a_currency(workspace, org):
    assert "needs its currency" in errors(workspace, make(org, amount=Decimal(100)))["currency"][0]


def test_currency_must_be_in_the_currency_list(workspace, org):
    assert "not in the currency code list" in errors(workspace, make(org, amount=Decimal(1), currency="USD"))["currency"][0]
    assert "not an ISO 4217 currency code" in errors(workspace, make(org, amount=Decimal(1), currency="EURO"))["currency"][-1]


@pytest.mark.parametrize("text, value", [("1 234,50", "1234.50"), ("1234.50", "1234.50"),
                                         ("1.234,50", "1234.50"), ("1,234.50", "1234.50")])
def test_parse_amount_accepts_common_notations(text, value):
    assert parse_amount(text) == Decimal(value)


def test_amount_typed_in_exponent_notation_is_refused():
    with pytest.raises(ValueError, match="write it out in digits"):
        parse_amount("1e2")


def test_amount_held_in_exponent_form_is_written_as_a_plain_decimal(workspace, org):
    g = workspace.guarantees.add(make(org, type="3", grn="", amount=Decimal("1E+2"), currency="EUR"))
    assert workspace.guarantees.get(g.id).as_dict()["amount"] == "100"


@pytest.mark.parametrize("text", ["abc", "", "NaN", "Infinity"])
def test_parse_amount_rejects_non_amounts(text):
    with pytest.raises(ValueError):
        parse_amount(text)


# --- links to other records --------------------------------------------------------------------------

def test_unknown_organisation_is_refused(workspace, org):
    g = Guarantee(org_id=org.id + 999, type="1", grn=VALID_GRN)
    assert "does not exist" in errors(workspace, g)["org_id"][0]


def test_unknown_parameter_set_is_refused(workspace, org):
    assert "parameter set 4242 does not exist" in errors(workspace, make(org, params_id=4242))["params_id"][0]


def test_existing_parameter_set_is_accepted(workspace, org):
    params = workspace.params.save(CommParams(name="CZ NCTS training"))
    assert errors(workspace, make(org, params_id=params.id)) == {}


def test_validation_error_names_every_failing_field(workspace, org):
    g = Guarantee(org_id=org.id + 999, type="1", grn="", other_ref="X", office="CZ5", amount=Decimal(-5),
                  params_id=4242)
    with pytest.raises(ValidationError) as caught:
        workspace.guarantees.add(g)
    fields = {e.field for e in caught.value.errors}
    assert fields == {"org_id", "params_id", "grn", "other_ref", "office", "amount", "currency"}
    assert str(caught.value).startswith("org_id: ")
    assert workspace.guarantees.count() == 0


# --- service ------------------------------------------------------------------------------------------

def test_update_and_delete(workspace, org):
    g = workspace.guarantees.add(make(org))
    g.description = "changed"
    workspace.guarantees.update(g)
    assert workspace.guarantees.get(g.id).description == "changed"
    workspace.guarantees.delete(g.id)
    with pytest.raises(NotFound):
        workspace.guarantees.get(g.id)


def test_update_is_validated(workspace, org):
    g = workspace.guarantees.add(make(org))
    g.grn = "01GB1234567890120"
    with pytest.raises(ValidationError):
        workspace.guarantees.update(g)
    assert workspace.guarantees.get(g.id).grn == VALID_GRN


def test_list_by_organisation_and_find_by_grn(workspace, org):
    other = workspace.organisations.add(Organisation(name="Other", eori="DE123", country="DE"))
    workspace.guarantees.add(make(org))
    workspace.guarantees.add(make(other, grn="23GB0000010000854"))
    assert [g.grn for g in workspace.guarantees.list(org_id=org.id)] == [VALID_GRN]
    assert workspace.guarantees.count() == 2
    assert workspace.guarantees.count(org.id) == 1
    assert [g.org_id for g in workspace.guarantees.find_by_grn("23GB0000010000854")] == [other.id]
