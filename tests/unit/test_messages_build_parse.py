"""Building and reading the messages (spec 02 §2.1): valid under the EU and the own schemas, read back equal."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from lxml import etree
from message_samples import (
    CUSTOMS,
    GRNS,
    NEW_PAC,
    OFFICE,
    OFFICIAL_XSD,
    P5_G04,
    P6_G03,
    PAC,
    SPK,
    TRADER,
    answer,
    confirmation,
    functional_rejection,
    header,
    notice,
    official_problems,
    query,
    registration,
    response,
    xml_rejection,
)

from core.errors import UserError
from core.messages import (
    NATIONAL_NS,
    NCTS_NS,
    MessageFormatError,
    MessageHeader,
    QueryKind,
    SchemaSet,
    build_cc034c,
    build_cc037c,
    build_cc055c,
    build_cc906c,
    build_cc917c,
    build_confirmation,
    build_registration,
    message_type_of,
    new_message_id,
    parse_cc034c,
    parse_cc037c,
    parse_cc055c,
    parse_cc906c,
    parse_cc917c,
    parse_confirmation,
    parse_registration,
    parse_xml,
    read_header,
)
from core.messages.queries import QueryResponse
from core.secrets import Secret

PREPARED = re.compile(rb"<preparationDateAndTime>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}</preparationDateAndTime>")


def assert_valid(data: bytes, message_type: str) -> None:
    assert SchemaSet().validate(data) == []
    if message_type.startswith("CC"):
        assert official_problems(data, message_type) == []
        assert SchemaSet(extra_folder=OFFICIAL_XSD).validate(data) == []


def roundtrip(build, parse, payload, message_type: str, outbound: bool = True):
    head = header(message_type, correlation_id=None if outbound else "CDTESTQUERY", outbound=outbound)
    data = build(payload, head)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert PREPARED.search(data)
    assert_valid(data, message_type)
    parsed_header, parsed = parse(data)
    assert parsed_header == head
    assert parsed == payload
    return data


# ---- CC034C --------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", list(QueryKind))
@pytest.mark.parametrize("period", [True, False])
def test_query_of_each_kind_with_and_without_period(kind, period):
    data = roundtrip(build_cc034c, parse_cc034c, query(kind=kind, period=period), "CC034C")
    assert (b"<periodFromDate>2024-04-01</periodFromDate>" in data) is period
    assert f"<queryIdentifier>{int(kind)}</queryIdentifier>".encode() in data


def test_query_with_99_guarantees_and_without_owner():
    data = roundtrip(build_cc034c, parse_cc034c, query(items=99, owner=False), "CC034C")
    assert data.count(b"<GuaranteeReference>") == 99
    assert b"<sequenceNumber>99</sequenceNumber>" in data
    assert b"<Owner>" not in data


def test_query_comes_from_the_trader_with_phase_and_sender():
    root = parse_xml(build_cc034c(query(), header("CC034C")))
    assert root.tag == f"{{{NCTS_NS}}}CC034C"
    assert root.get("PhaseID") == "NCTS5.1"
    assert root[0].tag == "messageSender" and root[0].text == TRADER  # the EU group MESSAGE, sender included
    assert all(child.tag.count("{") == 0 for child in root)  # children are unqualified


def test_query_writes_codes_in_capitals():
    item = query().items[0]
    item.grn, item.access_code, item.owner_tin = " 23gb0000010000854 ", Secret("ab1c"), "cz25596641"
    data = build_cc034c(query_with(item), header("CC034C"))
    assert b"<GRN>23GB0000010000854</GRN>" in data
    assert b"<accessCode>AB1C</accessCode>" in data
    assert b"<identificationNumber>CZ25596641</identificationNumber>" in data
    assert_valid(data, "CC034C")


def query_with(item):
    q = query()
    q.items = [item]
    return q


def test_query_kind_labels_and_names():
    assert [k.label for k in QueryKind] == ["usage", "balance", "usage and balance", "other information"]
    assert QueryKind.from_name("usage") is QueryKind.USAGE
    assert QueryKind.from_name("Balance") is QueryKind.BALANCE
    assert QueryKind.from_name("info") is QueryKind.INFO
    assert QueryKind.from_name("usage and balance") is QueryKind.USAGE_AND_BALANCE
    with pytest.raises(UserError, match="usage, balance"):
        QueryKind.from_name("everything")


# ---- CC037C --------------------------------------------------------------------------------

def test_response_with_usages_exposure_information_owner_and_guarantor():
    data = roundtrip(build_cc037c, parse_cc037c, response(answer()), "CC037C", outbound=False)
    for element in (b"<Owner>", b"<Usage>", b"<Exposure>", b"<Guarantor>", b"<ComprehensiveGuarantee>"):
        assert element in data


def test_response_amounts_have_two_decimals():
    a = answer(usage_count=1)
    a.usages[0].amount = Decimal(1250)
    a.exposure.exposure, a.exposure.balance = Decimal(0), Decimal("17.5")
    data = build_cc037c(response(a), header("CC037C", outbound=False))
    assert b"<coveredAmount>1250.00</coveredAmount>" in data
    assert b"<exposure>0.00</exposure>" in data
    assert b"<balance>17.50</balance>" in data
    assert_valid(data, "CC037C")


def test_response_with_9999_usages():
    data = roundtrip(build_cc037c, parse_cc037c, response(answer(QueryKind.USAGE, usage_count=9999, full=False)),
                     "CC037C", outbound=False)
    assert data.count(b"<Usage>") == 9999


def test_response_with_several_guarantees_and_kinds():
    answers = [answer(QueryKind.BALANCE, usage_count=0), answer(QueryKind.INFO, usage_count=0, full=False)]
    answers[1].grn, answers[1].info = GRNS[1], answer().info
    roundtrip(build_cc037c, parse_cc037c, response(*answers), "CC037C", outbound=False)


def test_response_missing_optional_elements_read_as_none():
    data = build_cc037c(response(answer(QueryKind.BALANCE, usage_count=0)), header("CC037C", outbound=False))
    root = parse_xml(data)
    reference = root.find("GuaranteeReference")
    for name in ("Owner", "Guarantor", "ComprehensiveGuarantee"):
        reference.remove(reference.find(name))
    reference.find("Exposure").remove(reference.find("Exposure/balance"))
    parsed = parse_cc037c(etree.tostring(root))[1].answers[0]
    assert parsed.owner is None and parsed.guarantor is None and parsed.info is None
    assert parsed.exposure.balance is None and parsed.usages == []


def test_response_without_a_required_element_names_it():
    root = parse_xml(build_cc037c(response(answer(usage_count=2)), header("CC037C", outbound=False)))
    usage = root.findall("GuaranteeReference/Usage")[1]
    usage.remove(usage.find("MRN"))
    data = etree.tostring(root)
    with pytest.raises(MessageFormatError, match=r"CC037C/GuaranteeReference\[1\]/Usage\[2\] has no MRN") as error:
        parse_cc037c(data)
    assert error.value.line == parse_xml(data).findall("GuaranteeReference/Usage")[1].sourceline


def test_response_with_a_wrong_date_names_element_and_value():
    data = build_cc037c(response(answer(usage_count=1)), header("CC037C", outbound=False))
    with pytest.raises(MessageFormatError, match=r"Usage\[1\]/lockDate must be a date .*'2024-13-02'"):
        parse_cc037c(data.replace(b"<lockDate>2024-04-02", b"<lockDate>2024-13-02"))


# ---- CC055C, CC906C, CC917C ----------------------------------------------------------------

def test_guarantee_not_valid():
    roundtrip(build_cc055c, parse_cc055c, notice(), "CC055C", outbound=False)


def test_guarantee_not_valid_without_holder():
    n = notice()
    n.holder_tin = None
    data = roundtrip(build_cc055c, parse_cc055c, n, "CC055C", outbound=False)
    assert b"<HolderOfTheTransitProcedure/>" in data


def test_functional_rejection():
    data = roundtrip(build_cc906c, parse_cc906c, functional_rejection(), "CC906C", outbound=False)
    assert b"<errorReason>R261</errorReason>" in data


def test_functional_rejection_with_lrn_mrn_and_throttle():
    rejection = functional_rejection("THR60")
    rejection.lrn, rejection.mrn = "CD-LRN-1", "24CZ000000000007J7"
    roundtrip(build_cc906c, parse_cc906c, rejection, "CC906C", outbound=False)


def test_xml_rejection():
    roundtrip(build_cc917c, parse_cc917c, xml_rejection(), "CC917C", outbound=False)


def test_real_cc055c_g04_with_ncts_prefix():
    head, parsed = parse_cc055c(P5_G04.read_bytes())
    assert head.sender == "NTA.GB" and head.message_id == "N1KEPH0FES6SRM" and head.correlation_id is None
    assert head.prepared_at == datetime(2023, 7, 5, 10, 55, 41)
    assert parsed.mrn == "23GB000246F5YWI4J2" and parsed.accepted_on == date(2023, 7, 5)
    assert parsed.office_of_departure == "GB000246" and parsed.holder_tin == "GB953574106000"
    assert [(g.grn, g.code, g.text) for g in parsed.guarantees] == [("23XI00000100000D0", "G04", None)]


def test_real_cc055c_g03_with_ns2_prefix_and_no_phase():
    root = parse_xml(P6_G03.read_bytes())
    assert root.prefix == "ns2" and root.get("PhaseID") is None
    _, parsed = parse_cc055c(P6_G03.read_bytes())
    assert [(g.grn, g.code, g.text) for g in parsed.guarantees] == [
        ("24GB0000010000295", "G03", "Access code not valid")]


def test_reading_one_message_as_another_is_refused():
    with pytest.raises(MessageFormatError, match="Expected a CC037C message, but this one is CC055C"):
        parse_cc037c(P5_G04.read_bytes())


# ---- national pair -------------------------------------------------------------------------

def test_registration_with_one_code():
    data = roundtrip(build_registration, parse_registration, registration(), "E_ACC_COD")
    root = parse_xml(data)
    assert root.tag == f"{{{NATIONAL_NS}}}E_ACC_COD"
    assert [e.tag for e in root][:6] == ["messageSender", "messageRecipient", "preparationDateAndTime",
                                         "messageIdentification", "messageType", "HolderOfTheGuarantee"]
    assert b"<NewPrimaryAccessCode>" not in data


def test_registration_with_999_codes():
    data = roundtrip(build_registration, parse_registration, registration(spk_count=999), "E_ACC_COD")
    assert data.count(b"<SecondaryAccessCode>") == 999


def test_registration_changing_the_primary_code():
    data = roundtrip(build_registration, parse_registration, registration(new_pac=True), "E_ACC_COD")
    assert f"<NewPrimaryAccessCode>\n    <accessCode>{NEW_PAC}</accessCode>".encode() in data
    assert f"<accessCode>{PAC}</accessCode>".encode() in data


def test_registration_sends_codes_in_capitals_and_never_shows_them_in_repr():
    reg = registration(spk=SPK.lower())
    data = build_registration(reg, header("E_ACC_COD"))
    assert f"<accessCode>{SPK}</accessCode>".encode() in data
    _, parsed = parse_registration(data)
    assert parsed.spks == [Secret(SPK)]
    assert PAC not in repr(parsed) and SPK not in repr(parsed)


def test_confirmation_ok():
    roundtrip(build_confirmation, parse_confirmation, confirmation(), "E_ACC_RSP", outbound=False)
    assert confirmation().ok


def test_confirmation_with_nine_errors():
    codes = ["G01", "G02", "G03", "P03", "P06", "P07", "P97", "P98", "P99"]
    data = roundtrip(build_confirmation, parse_confirmation, confirmation(codes), "E_ACC_RSP", outbound=False)
    assert b"<registrationDateAndTime>" not in data
    assert not confirmation(codes).ok


# ---- header and basics ---------------------------------------------------------------------

def test_preparation_time_has_no_fraction_or_zone():
    head = header("CC034C")
    head.prepared_at = datetime(2024, 5, 2, 9, 30, 15, 987654, tzinfo=UTC)
    data = build_cc034c(query(), head)
    assert b"<preparationDateAndTime>2024-05-02T09:30:15</preparationDateAndTime>" in data
    assert_valid(data, "CC034C")


def test_header_written_type_follows_the_builder():
    data = build_cc034c(query(), header("something else"))
    assert read_header(parse_xml(data)).message_type == "CC034C"


def test_new_header_and_message_ids():
    ids = {new_message_id() for _ in range(1000)}
    assert len(ids) == 1000
    assert all(re.fullmatch(r"CD[A-Z2-7]{20}", i) for i in ids)
    head = MessageHeader.new("CC034C", TRADER, CUSTOMS)
    assert head.prepared_at.microsecond == 0 and len(head.message_id) <= 35
    assert_valid(build_cc034c(query(), head), "CC034C")


def test_message_type_of():
    assert message_type_of(build_cc034c(query(), header("CC034C"))) == "CC034C"
    assert message_type_of(build_confirmation(confirmation(), header("E_ACC_RSP"))) == "E_ACC_RSP"
    assert message_type_of(P6_G03.read_bytes()) == "CC055C"


def test_malformed_xml_names_line_and_column():
    with pytest.raises(MessageFormatError, match=r"not well-formed XML.*line 3") as error:
        parse_xml(b"<?xml version='1.0'?>\n<a>\n<b></a>")
    assert error.value.line == 3 and error.value.column


def test_empty_message():
    with pytest.raises(MessageFormatError):
        parse_xml(b"")


def test_office_and_requester_read_back():
    _, parsed = parse_cc037c(build_cc037c(response(), header("CC037C", outbound=False)))
    assert isinstance(parsed, QueryResponse)
    assert (parsed.office, parsed.requester_tin, parsed.requester_role) == (OFFICE, TRADER, "1")
