"""The state machine of the summary declaration, row by row and refusal by refusal (ATLAS field description
CUSPRL, "Status der Bearbeitung", paragraphs 1 to 8)."""
from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from core.suma.model import (
    MAX_POSITIONS,
    Declaration,
    Kind,
    Position,
    Status,
    mrn_errors,
    new_mrn,
)
from core.suma.rules import (
    ROWS,
    Code,
    Context,
    Refused,
    allowed,
    check,
    locked_header_fields,
)

AIRPORT, INLAND = "DE002601", "DE004600"
MRN = new_mrn(2026, "DE", "000000000042")
CONTEXT = Context(office_at_airport=lambda office: office == AIRPORT)


def position(number: int, **changes) -> Position:
    values = {"number": number, "specific_reference": f"020-{number:08d}", "specific_reference_kind": "AWB",
              "custodian.tin": "", "custodian.branch": "", "custody_place": "FRA-CARGO-1",
              "description": "Electronic parts", "package_kind": "PK", "packages": 3,
              "gross_mass": Decimal("125.5"), "customs_status": "N"}
    values.update(changes)
    return Position(values)


def declaration(positions: int = 3, **header) -> Declaration:
    values = {"sender.tin": "DE123456789012345", "sender.branch": "0000", "identification": "REG",
              "reference": "REF-1", "transport_number": "LH400", "arrival_date": "2026-12-03",
              "place_of_loading": "JFK", "previous_document_type": "MAWB", "previous_document_number": "020-1",
              "transport_mode": "4", "presenter.tin": "DE123456789012345", "presenter.branch": "0000",
              "presenter.name": "Air Cargo Handling GmbH", "presenter.street": "Cargo City Süd 5",
              "presenter.postcode": "60549", "presenter.city": "Frankfurt", "presenter.country": "DE",
              "representative.tin": "", "representative.branch": "", "office_of_presentation": AIRPORT,
              "presentation_date": "2026-12-03", "contact.name": "Eva Klein", "contact.position": "Clerk",
              "contact.phone": "+49 69 1234", "additional_information": "Fragile"}
    values.update(header)
    return Declaration(header=values, positions=[position(n) for n in range(1, positions + 1)])


def accepted_as(working: Declaration, status: Status, confirmed: set[int] = frozenset()) -> Declaration:
    held = copy.deepcopy(working)
    held.status, held.mrn = status, MRN
    for p in held.positions:
        p.confirmed = p.number in confirmed
    return held


def refusal(accepted, working, kind, flag=None, named=None, context=CONTEXT):
    with pytest.raises(Refused) as caught:
        check(accepted, working, kind, flag, named, context)
    return caught.value.problems


# --- the table -----------------------------------------------------------------------------------------


def test_the_table_has_the_eight_rows_of_the_field_description():
    assert [(r.rule, r.before, r.kind, r.flag) for r in ROWS] == [
        (1, Status.NONE, Kind.VSA, None), (2, Status.EARLY, Kind.VSM, None), (3, Status.PARTIAL, Kind.VSM, None),
        (4, Status.EARLY, Kind.ESA, "1"), (5, Status.PARTIAL, Kind.ESA, "1"), (6, Status.EARLY, Kind.ESA, "2"),
        (7, Status.PARTIAL, Kind.ESA, "2"), (8, Status.NONE, Kind.ESV, "3")]


@pytest.mark.parametrize("status, offered", [
    (Status.NONE, [("VSA", None), ("ESV", "3")]),
    (Status.EARLY, [("VSM", None), ("ESA", "1"), ("ESA", "2")]),
    (Status.PARTIAL, [("VSM", None), ("ESA", "1"), ("ESA", "2")]),
    (Status.FINAL, []),
])
def test_only_the_kinds_and_flags_of_the_status_are_offered(status, offered):
    assert [(r.kind.value, r.flag) for r in allowed(status)] == offered


@pytest.mark.parametrize("status, kind, flag", [
    (Status.NONE, Kind.VSM, None), (Status.NONE, Kind.ESA, "1"), (Status.NONE, Kind.VSA, "1"),
    (Status.EARLY, Kind.VSA, None), (Status.EARLY, Kind.ESV, "3"), (Status.EARLY, Kind.ESA, "3"),
    (Status.EARLY, Kind.ESA, None), (Status.PARTIAL, Kind.VSA, None), (Status.FINAL, Kind.VSM, None),
    (Status.FINAL, Kind.ESA, "1"), (Status.NONE, Kind.ESV, None),
])
def test_a_kind_or_flag_not_allowed_in_the_status_is_refused(status, kind, flag):
    working = declaration()
    accepted = None if status is Status.NONE else accepted_as(working, status)
    [problem] = refusal(accepted, working, kind, flag)
    assert problem.code is Code.KIND_NOT_ALLOWED and problem.field == "kind"
    assert status.label in problem.message


# --- rule 1 and 8: creating ------------------------------------------------------------------------------


def test_rule_1_vsa_creates_the_declaration_early_with_every_position():
    plan = check(None, declaration(3), Kind.VSA, None, None, CONTEXT)
    assert plan.row.rule == 1 and plan.positions == [1, 2, 3] and plan.confirms == []
    assert plan.status_after is Status.EARLY


def test_rule_8_esv_creates_and_confirms_every_position_final():
    plan = check(None, declaration(3), Kind.ESV, "3", None, CONTEXT)
    assert plan.row.rule == 8 and plan.confirms == [1, 2, 3] and plan.status_after is Status.FINAL


def test_a_declaration_needs_a_position():
    [problem] = refusal(None, declaration(0), Kind.VSA)
    assert problem.code is Code.NOTHING_TO_SEND


# --- rule 2 and 3: modifying ----------------------------------------------------------------------------


def test_rule_2_vsm_at_early_changes_header_and_positions_and_appends_status_stays():
    working = declaration(3)
    accepted = accepted_as(working, Status.EARLY)
    working.header["transport_number"] = "LH401"
    working.positions[1].values["packages"] = 4
    working.positions.append(position(4))
    plan = check(accepted, working, Kind.VSM, None, None, CONTEXT)
    assert plan.row.rule == 2 and plan.positions == [2, 4] and plan.header_changes == ["transport_number"]
    assert plan.status_after is Status.EARLY


@pytest.mark.parametrize("status, rule", [(Status.EARLY, 2), (Status.EARLY, 4), (Status.EARLY, 6)])
@pytest.mark.parametrize("name", ["presenter.tin", "presenter.street", "presenter.city", "presenter.name"])
def test_rules_2_4_6_the_presenters_tin_and_address_never_change(status, rule, name):
    working = declaration(2, **{"sender.tin": "DE999999999999999"} if name == "presenter.tin" else {})
    accepted = accepted_as(declaration(2), status)
    if name == "presenter.tin":
        working.header["presenter.tin"] = "DE999999999999999"
    else:
        working.header[name] = "Changed 1"
    row = {2: (Kind.VSM, None), 4: (Kind.ESA, "1"), 6: (Kind.ESA, "2")}[rule]
    problems = refusal(accepted, working, *row)
    assert [(p.code, p.field, p.rule) for p in problems] == [(Code.PRESENTER_CHANGED, name, rule)]


def test_rule_2_an_optional_field_sent_empty_deletes_the_stored_value():
    working = declaration(2)
    accepted = accepted_as(working, Status.EARLY)
    working.header["additional_information"] = ""
    working.positions[0].values["custody_place"] = ""
    plan = check(accepted, working, Kind.VSM, None, None, CONTEXT)
    assert plan.deletions == [("additional_information", None), ("custody_place", 1)]


def test_a_required_field_sent_empty_is_refused_not_deleted():
    working = declaration(2)
    accepted = accepted_as(working, Status.EARLY)
    working.positions[0].values["description"] = " "
    [problem] = refusal(accepted, working, Kind.VSM)
    assert (problem.code, problem.field, problem.position) == (Code.FIELD_INVALID, "description", 1)


def test_rule_3_vsm_at_partial_changes_only_the_contact_person_in_the_header():
    working = declaration(3)
    accepted = accepted_as(working, Status.PARTIAL, confirmed={1})
    working.header["contact.phone"] = "+49 69 9999"
    working.positions[1].values["packages"] = 9
    plan = check(accepted, working, Kind.VSM, None, None, CONTEXT)
    assert plan.row.rule == 3 and plan.positions == [2] and plan.header_changes == ["contact.phone"]
    assert plan.status_after is Status.PARTIAL

    working.header["reference"] = "REF-2"
    [problem] = refusal(accepted, working, Kind.VSM)
    assert (problem.code, problem.field, problem.rule) == (Code.HEADER_LOCKED, "reference", 3)


@pytest.mark.parametrize("kind, flag, rule", [(Kind.VSM, None, 3), (Kind.ESA, "1", 5)])
def test_rules_3_and_5_a_confirmed_position_cannot_change(kind, flag, rule):
    working = declaration(3)
    accepted = accepted_as(working, Status.PARTIAL, confirmed={1})
    working.positions[0].values["gross_mass"] = Decimal("130")
    problems = refusal(accepted, working, kind, flag, named=[1] if kind is Kind.VSM else [1, 2])
    confirmed_problem = next(p for p in problems if p.position == 1)
    assert confirmed_problem.code in (Code.CONFIRMED_POSITION_CHANGED, Code.ALREADY_CONFIRMED)
    assert confirmed_problem.rule == rule


# --- rules 4 to 7: confirming ----------------------------------------------------------------------------


def test_rule_4_esa_1_at_early_confirms_with_changes_and_appends_partial_until_all_are_confirmed():
    working = declaration(3)
    accepted = accepted_as(working, Status.EARLY)
    working.positions[0].values["packages"] = 5
    working.positions.append(position(4))
    plan = check(accepted, working, Kind.ESA, "1", [1, 4], CONTEXT)
    assert plan.row.rule == 4 and plan.confirms == [1, 4] and plan.status_after is Status.PARTIAL
    everything = check(accepted, working, Kind.ESA, "1", None, CONTEXT)
    assert everything.confirms == [1, 2, 3, 4] and everything.status_after is Status.FINAL


def test_rule_5_esa_1_at_partial_header_contact_only_and_final_when_the_last_is_confirmed():
    working = declaration(3)
    accepted = accepted_as(working, Status.PARTIAL, confirmed={1, 2})
    working.positions[2].values["description"] = "Spare parts"
    plan = check(accepted, working, Kind.ESA, "1", None, CONTEXT)
    assert plan.row.rule == 5 and plan.confirms == [3] and plan.status_after is Status.FINAL
    working.header["transport_number"] = "LH999"
    [problem] = refusal(accepted, working, Kind.ESA, "1")
    assert (problem.code, problem.rule) == (Code.HEADER_LOCKED, 5)


def test_rule_6_esa_2_at_early_confirms_without_changes():
    working = declaration(3)
    accepted = accepted_as(working, Status.EARLY)
    plan = check(accepted, working, Kind.ESA, "2", [2], CONTEXT)
    assert plan.row.rule == 6 and plan.confirms == [2] and plan.status_after is Status.PARTIAL

    working.positions[1].values["packages"] = 7
    [problem] = refusal(accepted, working, Kind.ESA, "2", [2])
    assert (problem.code, problem.field, problem.position, problem.rule) == (
        Code.POSITION_CHANGED_FLAG_2, "packages", 2, 6)


def test_rule_6_flag_2_appends_no_positions():
    working = declaration(2)
    accepted = accepted_as(working, Status.EARLY)
    working.positions.append(position(3))
    [problem] = refusal(accepted, working, Kind.ESA, "2", [3])
    assert (problem.code, problem.position) == (Code.POSITION_CHANGED_FLAG_2, 3)


def test_rule_7_esa_2_at_partial_refuses_confirming_again_and_changes():
    working = declaration(3)
    accepted = accepted_as(working, Status.PARTIAL, confirmed={1})
    plan = check(accepted, working, Kind.ESA, "2", None, CONTEXT)
    assert plan.row.rule == 7 and plan.confirms == [2, 3] and plan.status_after is Status.FINAL

    [problem] = refusal(accepted, working, Kind.ESA, "2", [1])
    assert (problem.code, problem.position, problem.rule) == (Code.ALREADY_CONFIRMED, 1, 7)
    working.header["contact.name"] = "Jan Novák"
    assert check(accepted, working, Kind.ESA, "2", [2], CONTEXT).header_changes == ["contact.name"]
    working.header["presentation_date"] = "2026-12-04"
    [problem] = refusal(accepted, working, Kind.ESA, "2", [2])
    assert (problem.code, problem.field, problem.rule) == (Code.HEADER_LOCKED, "presentation_date", 7)


def test_a_position_sent_cannot_be_taken_out_and_unknown_positions_cannot_be_named():
    working = declaration(3)
    accepted = accepted_as(working, Status.EARLY)
    del working.positions[2]
    problems = refusal(accepted, working, Kind.ESA, "1", [1, 7])
    assert {(p.code, p.position) for p in problems} == {(Code.POSITION_REMOVED, 3), (Code.UNKNOWN_POSITION, 7)}


def test_nothing_changed_means_nothing_to_send():
    working = declaration(2)
    [problem] = refusal(accepted_as(working, Status.EARLY), working, Kind.VSM)
    assert problem.code is Code.NOTHING_TO_SEND


# --- who sends, how it is identified, how big it is -------------------------------------------------------


def test_the_sender_must_be_the_presenter_or_the_representative():
    working = declaration(1, **{"sender.tin": "DE555555555555555"})
    [problem] = refusal(None, working, Kind.VSA)
    assert (problem.code, problem.field) == (Code.SENDER_NOT_PRESENTER, "sender.tin")
    working.header.update({"representative.tin": "DE555555555555555", "representative.branch": "0000"})
    assert check(None, working, Kind.VSA, None, None, CONTEXT).row.rule == 1
    working.header["sender.branch"] = "0001"
    assert refusal(None, working, Kind.VSA)[0].code is Code.SENDER_NOT_PRESENTER


def test_the_manifest_id_only_at_an_office_at_the_airport():
    assert check(None, declaration(1, identification="MID"), Kind.VSA, None, None, CONTEXT)
    [problem] = refusal(None, declaration(1, identification="MID", office_of_presentation=INLAND), Kind.VSA)
    assert (problem.code, problem.field) == (Code.MANIFEST_NOT_AT_AIRPORT, "identification")
    assert INLAND in problem.message
    assert check(None, declaration(1, office_of_presentation=INLAND), Kind.VSA, None, None, CONTEXT)


def test_the_manifest_id_needs_its_four_parts_and_must_be_free():
    problems = refusal(None, declaration(1, identification="MID", transport_number="", arrival_date=""), Kind.VSA)
    assert {p.field for p in problems} == {"transport_number", "arrival_date"}
    taken = Context(office_at_airport=lambda office: True, manifest_in_use=lambda manifest: manifest[0] == "LH400")
    [problem] = refusal(None, declaration(1, identification="MID"), Kind.VSA, context=taken)
    assert problem.code is Code.MANIFEST_IN_USE


def test_more_than_9999_positions_are_refused():
    working = declaration(0)
    working.positions = [position(n) for n in range(1, MAX_POSITIONS + 1)]
    assert check(None, working, Kind.VSA, None, None, CONTEXT).positions[-1] == MAX_POSITIONS
    working.positions.append(position(1))
    problems = refusal(None, working, Kind.VSA)
    assert Code.TOO_MANY_POSITIONS in {p.code for p in problems}


def test_field_formats_are_named_with_field_and_position():
    working = declaration(2, arrival_date="2026-02-30", transport_mode="X")
    working.positions[1].values.update(packages="many", gross_mass="-3", customs_status="Q")
    problems = {(p.field, p.position) for p in refusal(None, working, Kind.VSA)}
    assert problems == {("arrival_date", None), ("transport_mode", None), ("packages", 2), ("gross_mass", 2),
                        ("customs_status", 2)}


def test_a_registered_declaration_is_addressed_by_its_mrn():
    working = declaration(1)
    accepted = accepted_as(working, Status.EARLY)
    accepted.mrn = None
    working.header["reference"] = "REF-9"
    [problem] = refusal(accepted, working, Kind.VSM)
    assert problem.code is Code.NO_MRN


@pytest.mark.parametrize("mrn, valid", [
    (new_mrn(2026, "DE", "ABC123456789"), True),
    ("26DEABC123456789U0", None),  # the check digit decides
    ("26DEABC123456789X1", False),
    ("26DEABC12345678U1", False),
])
def test_mrn_has_the_procedure_letter_u_and_an_iso_6346_check_digit(mrn, valid):
    errors = mrn_errors(mrn)
    if valid is None:
        assert (errors == []) == (mrn == new_mrn(2026, "DE", "ABC123456789"))
    else:
        assert (errors == []) is valid


def test_locked_header_fields_follow_the_status():
    assert locked_header_fields(Status.NONE) == {}
    early = locked_header_fields(Status.EARLY)
    assert set(early) == {"presenter.tin", "presenter.branch", "presenter.name", "presenter.street",
                          "presenter.postcode", "presenter.city", "presenter.country"}
    partial = locked_header_fields(Status.PARTIAL)
    assert "contact.phone" not in partial and "reference" in partial and "rules 3, 5 and 7" in partial["reference"]
    assert len(locked_header_fields(Status.FINAL)) == 25
