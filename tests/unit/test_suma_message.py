"""The summary declaration as messages (spec 05): CUSPRL and CUSPRR built, valid under the project's own schema, read
back; signed and verified with XMLDSig (the training PKI of the demo, and certificates made here); shown as HTML."""
from __future__ import annotations

import base64
import copy
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from lxml import etree
from signxml import XMLSigner

from core.errors import UserError
from core.messages import (
    MessageFormatError,
    MessageHeader,
    SchemaSet,
    parse_xml,
    render_html,
)
from core.resources import resource
from core.suma.message import (
    HEADER_ELEMENTS,
    POSITION_ELEMENTS,
    SUMA_NS,
    SumaError,
    SumaResponse,
    build_cusprl,
    build_response,
    element_path,
    parse_cusprl,
    parse_response,
    sign_xml,
    verify_xml,
)
from core.suma.model import (
    CODES,
    HEADER_FIELDS,
    MAX_POSITIONS,
    POSITION_FIELDS,
    Declaration,
    Kind,
    Position,
    Status,
    new_mrn,
)
from core.suma.rules import Code, Context, Plan, Problem, check, row_for
from core.transport import Credentials, EnvelopeError, TrustedSigners
from simulator.pki import IssuedBy, load_simulator_credentials

AIRPORT = "DE002601"
MRN = new_mrn(2026, "DE", "000000000042")
CONTEXT = Context(office_at_airport=lambda office: office == AIRPORT)
XSD = "{http://www.w3.org/2001/XMLSchema}"


def position(number: int, **changes) -> Position:
    values = {"number": number, "specific_reference": f"020-{number:08d}", "specific_reference_kind": "AWB",
              "custodian.tin": "DE987654321000000", "custodian.branch": "0001", "custody_place": "FRA-CARGO-1",
              "description": f"Electronic parts, lot {number}", "package_kind": "PK", "packages": number % 50 + 1,
              "gross_mass": Decimal("125.5") + number, "customs_status": "N"}
    values.update(changes)
    return Position(values)


def declaration(positions: int = 3, **header) -> Declaration:
    values = {"sender.tin": "DE123456789012345", "sender.branch": "0000", "identification": "REG",
              "reference": "REF-1", "transport_number": "LH400", "arrival_date": "2026-12-03",
              "place_of_loading": "JFK", "previous_document_type": "MAWB", "previous_document_number": "020-1",
              "transport_mode": "4", "presenter.tin": "DE123456789012345", "presenter.branch": "0000",
              "presenter.name": "Air Cargo Handling GmbH", "presenter.street": "Cargo City Süd 5",
              "presenter.postcode": "60549", "presenter.city": "Frankfurt", "presenter.country": "DE",
              "representative.tin": "DE555555555555555", "representative.branch": "0002",
              "office_of_presentation": AIRPORT, "presentation_date": "2026-12-03", "contact.name": "Eva Klein",
              "contact.position": "Clerk", "contact.phone": "+49 69 1234", "additional_information": "Fragile"}
    values.update(header)
    return Declaration(header=values, positions=[position(n) for n in range(1, positions + 1)])


def held(working: Declaration, status: Status, confirmed: frozenset[int] = frozenset()) -> Declaration:
    """What customs hold: a copy of ``working`` with its MRN and status."""
    copied = copy.deepcopy(working)
    copied.status, copied.mrn = status, MRN
    for p in copied.positions:
        p.confirmed = p.number in confirmed
    return copied


def header(message_type: str = "CUSPRL", correlation_id: str | None = None) -> MessageHeader:
    return MessageHeader(sender="DE123456789012345", recipient="ATLAS-DE-ZOLL",
                         prepared_at=datetime(2026, 12, 3, 8, 15),
                         message_id=f"CDTEST{message_type}", message_type=message_type, correlation_id=correlation_id)


def created(positions: int = 3, kind: Kind = Kind.VSA, **values) -> tuple[Declaration, bytes]:
    working = declaration(positions, **values)
    plan = check(None, working, kind, "3" if kind is Kind.ESV else None, None, CONTEXT)
    return working, build_cusprl(working, plan, header())


def unchecked_plan(working: Declaration) -> Plan:
    """A VSA of every position, for values the rules would refuse before a message is built."""
    return Plan(row_for(Status.NONE, Kind.VSA, None), [p.number for p in working.positions], [])


def valid(data: bytes) -> bytes:
    assert SchemaSet().validate(data) == []
    return data


def problems(data: bytes) -> list[str]:
    return [p.message for p in SchemaSet().validate(data)]


def children(data: bytes, name: str) -> list[etree._Element]:
    return [e for e in parse_xml(data) if e.tag == name]


def xsd() -> etree._Element:
    return etree.parse(str(resource("schemas", "atlas-summary-declaration.xsd"))).getroot()


# ---- element names and the schema follow the model ----------------------------------------------------------

def test_element_names_are_the_field_names_in_upper_camel_case():
    assert element_path("presenter.tin") == ("Presenter", "TIN")
    assert HEADER_ELEMENTS["contact.phone"] == ("Contact", "Phone")
    assert HEADER_ELEMENTS["previous_document_type"] == ("PreviousDocumentType",)
    assert POSITION_ELEMENTS["specific_reference"] == ("SpecificReference",)
    assert POSITION_ELEMENTS["custodian.branch"] == ("Custodian", "Branch")
    assert len(set(HEADER_ELEMENTS.values())) == len(HEADER_FIELDS)
    assert len(set(POSITION_ELEMENTS.values())) == len(POSITION_FIELDS)


@pytest.mark.parametrize("level, elements", [("DeclarationType", HEADER_ELEMENTS), ("PositionType", POSITION_ELEMENTS)])
def test_every_field_has_its_element_in_the_schema(level, elements):
    schema = xsd()
    types = {t.get("name"): t for t in schema.iter(f"{XSD}complexType")}

    def declared(type_name: str) -> dict[str, str]:
        return {e.get("name"): e.get("type") for e in types[type_name].iter(f"{XSD}element")}

    for name, path in elements.items():
        found = declared(level)
        assert path[0] in found, f"{name}: no element {path[0]} in {level}"
        if len(path) == 2:
            assert path[1] in declared(found[path[0]]), f"{name}: no element {'/'.join(path)}"


@pytest.mark.parametrize("field, simple_type", [
    ("identification", "IdentificationCode"), ("transport_mode", "TransportModeCode"),
    ("customs_status", "CustomsStatusCode"), ("specific_reference_kind", "ReferenceKindCode"),
    ("previous_document_type", "PreviousDocumentTypeCode"),
])
def test_the_schema_code_lists_are_those_of_the_model(field, simple_type):
    found = next(t for t in xsd().iter(f"{XSD}simpleType") if t.get("name") == simple_type)
    assert [e.get("value") for e in found.iter(f"{XSD}enumeration")] == list(CODES[field])


# ---- CUSPRL round trips ---------------------------------------------------------------------------------------

def test_vsa_is_valid_and_reads_back_with_every_value():
    working, data = created(3)
    parsed = parse_cusprl(valid(data))

    assert parsed.header == header()
    assert (parsed.kind, parsed.flag, parsed.mrn, parsed.manifest_id) == (Kind.VSA, None, None, None)
    assert parsed.declaration.header == working.header
    assert [p.values for p in parsed.declaration.positions] == [p.values for p in working.positions]
    assert parsed.positions == [1, 2, 3] and parsed.confirms == [] and parsed.deletions == []
    assert not any(p.confirmed for p in parsed.declaration.positions)


def test_the_message_is_in_the_schema_namespace_with_the_header_every_message_has():
    _, data = created(1)
    root = parse_xml(data)
    assert root.tag == f"{{{SUMA_NS}}}CUSPRL"
    assert [e.tag for e in root][:7] == ["messageSender", "messageRecipient", "preparationDateAndTime",
                                         "messageIdentification", "messageType", "Kind", "Declaration"]
    assert root.findtext("Declaration/Presenter/TIN") == "DE123456789012345"
    assert root.findtext("Position/SpecificReference") == "020-00000001"
    assert root.findtext("Position/GrossMass") == "126.5"


def test_vsa_leaves_empty_optional_fields_out():
    working = declaration(2, **{"representative.tin": "", "representative.branch": "", "contact.phone": ""})
    working.positions[1].values.update({"custodian.tin": "", "custodian.branch": "", "custody_place": " "})
    data = valid(build_cusprl(working, check(None, working, Kind.VSA, None, None, CONTEXT), header()))
    root = parse_xml(data)

    assert root.find("Declaration/Representative") is None
    assert root.find("Declaration/Contact/Phone") is None and root.findtext("Declaration/Contact/Name") == "Eva Klein"
    first, second = root.findall("Position")
    assert first.find("Custodian") is not None and second.find("Custodian") is None
    assert second.find("CustodyPlace") is None
    assert parse_cusprl(data).deletions == []


def test_esv_confirms_every_position_with_flag_3():
    _, data = created(4, kind=Kind.ESV)
    parsed = parse_cusprl(valid(data))
    assert (parsed.kind, parsed.flag) == (Kind.ESV, "3")
    assert parsed.confirms == [1, 2, 3, 4]
    assert all(p.confirmed for p in parsed.declaration.positions)


def test_vsm_carries_the_changed_positions_and_sends_empty_optional_fields_to_delete_them():
    accepted = held(declaration(5), Status.EARLY)
    working = copy.deepcopy(accepted)
    working.position(4).values["custody_place"] = ""
    working.position(2).values.update({"custodian.tin": "", "custodian.branch": "", "description": "Spare parts"})
    working.header["contact.phone"] = ""
    plan = check(accepted, working, Kind.VSM, None, None, CONTEXT)
    data = valid(build_cusprl(working, plan, header()))
    root = parse_xml(data)

    assert [p.findtext("Number") for p in root.findall("Position")] == ["2", "4"]
    assert root.findtext("MRN") == MRN and root.find("ConfirmationFlag") is None
    assert root.find("Declaration/Contact/Phone") is not None and root.findtext("Declaration/Contact/Phone") == ""
    fourth = root.findall("Position")[1]
    assert fourth.find("CustodyPlace") is not None and fourth.findtext("CustodyPlace") == ""
    assert fourth.findtext("Custodian/TIN") == "DE987654321000000"  # kept: sent with its value
    parsed = parse_cusprl(data)
    assert sorted(parsed.deletions, key=str) == sorted(
        [("contact.phone", None), ("custodian.tin", 2), ("custodian.branch", 2), ("custody_place", 4)], key=str)
    assert set(plan.deletions) <= set(parsed.deletions)
    assert parsed.declaration.position(2).values["description"] == "Spare parts"
    assert parsed.declaration.position(4).values["custody_place"] == ""
    assert (parsed.kind, parsed.mrn, parsed.declaration.mrn) == (Kind.VSM, MRN, MRN)


def test_esa_carries_its_flag_and_only_the_positions_of_the_plan_in_order():
    accepted = held(declaration(6), Status.EARLY)
    working = copy.deepcopy(accepted)
    working.position(5).values["packages"] = 99
    working.position(2).values["custody_place"] = ""
    plan = check(accepted, working, Kind.ESA, "1", [5, 2], CONTEXT)
    parsed = parse_cusprl(valid(build_cusprl(working, plan, header())))

    assert (parsed.kind, parsed.flag) == (Kind.ESA, "1")
    assert parsed.positions == [2, 5] == plan.positions
    assert parsed.confirms == [2, 5]
    assert parsed.declaration.position(5).values["packages"] == 99
    assert parsed.deletions == [("custody_place", 2)] == plan.deletions  # ESA deletes as VSM does


def test_a_declaration_identified_by_its_manifest_id_is_addressed_by_the_one_customs_hold():
    accepted = held(declaration(2, identification="MID"), Status.EARLY)
    working = copy.deepcopy(accepted)
    working.header["transport_number"] = "LH402"
    plan = check(accepted, working, Kind.VSM, None, None, CONTEXT)
    data = valid(build_cusprl(working, plan, header(), manifest_id=accepted.manifest_id))
    parsed = parse_cusprl(data)

    assert parsed.mrn is None
    assert parsed.manifest_id == ("LH400", "2026-12-03", "JFK", "MAWB")
    assert parsed.declaration.header["transport_number"] == "LH402"


def test_a_vsm_may_change_only_the_header():
    accepted = held(declaration(3), Status.PARTIAL, confirmed=frozenset({1}))
    working = copy.deepcopy(accepted)
    working.header["contact.phone"] = "+49 69 9999"
    plan = check(accepted, working, Kind.VSM, None, None, CONTEXT)
    parsed = parse_cusprl(valid(build_cusprl(working, plan, header())))
    assert parsed.positions == [] and parsed.declaration.header["contact.phone"] == "+49 69 9999"


def test_a_change_without_an_mrn_cannot_be_built():
    accepted = held(declaration(2), Status.EARLY)
    working = copy.deepcopy(accepted)
    working.position(1).values["packages"] = 7
    plan = check(accepted, working, Kind.VSM, None, None, CONTEXT)
    working.mrn = None
    with pytest.raises(UserError, match="registration number"):
        build_cusprl(working, plan, header())


def test_a_plan_that_confirms_only_some_of_its_positions_cannot_be_built():
    accepted = held(declaration(3), Status.EARLY)
    plan = check(accepted, copy.deepcopy(accepted), Kind.ESA, "2", None, CONTEXT)
    plan.confirms = [1]
    with pytest.raises(UserError, match="A message of kind ESA confirms every position it carries"):
        build_cusprl(accepted, plan, header())


def test_control_characters_are_refused_naming_the_position():
    working = declaration(2)
    plan = check(None, working, Kind.VSA, None, None, CONTEXT)
    working.position(2).values["description"] = "Parts\x07"
    with pytest.raises(UserError, match="position 2"):
        build_cusprl(working, plan, header())


# ---- what the schema refuses ----------------------------------------------------------------------------------

def test_9999_positions_are_valid_and_a_10000th_is_refused():
    _, data = created(MAX_POSITIONS)
    assert problems(data) == []
    root = parse_xml(data)
    extra = copy.deepcopy(root.findall("Position")[-1])
    extra.find("Number").text = "1"  # the number is not what is refused here
    root.findall("Position")[-1].addnext(extra)
    found = problems(etree.tostring(root))

    assert len(found) == 1
    assert "Element 'Position': This element is not expected" in found[0]
    assert "at most 9,999 positions" in found[0]


def test_a_position_number_twice_is_refused():
    _, data = created(3)
    root = parse_xml(data)
    root.findall("Position")[2].find("Number").text = "1"
    found = problems(etree.tostring(root))
    assert len(found) == 1 and "Duplicate key-sequence ['1']" in found[0]


@pytest.mark.parametrize("number", ["0", "10000", "01"])
def test_position_numbers_run_from_1_to_9999(number):
    _, data = created(1)
    root = parse_xml(data)
    root.find("Position/Number").text = number
    found = problems(etree.tostring(root))
    assert f"The value '{number}' is not accepted by the pattern" in found[0]
    assert all("Positions are numbered 1 to 9,999" in p for p in found)  # the unique key may complain too


TEXT_FIELDS = [(f.name, f.max_length, False) for f in HEADER_FIELDS if f.kind == "text"] + [
    (f.name, f.max_length, True) for f in POSITION_FIELDS if f.kind == "text"]


@pytest.mark.parametrize("name, max_length, in_position", TEXT_FIELDS, ids=[n for n, _, _ in TEXT_FIELDS])
def test_text_lengths_are_those_of_the_model(name, max_length, in_position):
    def message(value: str) -> bytes:
        working = declaration(1)
        (working.positions[0].values if in_position else working.header)[name] = value
        return build_cusprl(working, unchecked_plan(working), header())

    assert problems(message("A" * max_length)) == []
    too_long = problems(message("A" * (max_length + 1)))
    assert too_long and all(f"allowed maximum length of '{max_length}'" in p for p in too_long)


@pytest.mark.parametrize("path, value, hint", [
    ("MRN", "26DE000000000042J1", "the procedure letter U"),
    ("Kind", "VSX", "VSA (create)"),
    ("ConfirmationFlag", "4", "1 or 2 (ESA) or 3 (ESV)"),
    ("Position/GrossMass", "12.5005", "at most 3 decimals"),
    ("Position/CustomsStatus", "T", "N (non-Union goods)"),
    ("Declaration/OfficeOfPresentation", "DE26", "6 capitals or digits"),
    ("Declaration/ArrivalDate", "2026-02-30", "YYYY-MM-DD"),
])
def test_wrong_values_are_refused_with_the_rule(path, value, hint):
    accepted = held(declaration(1), Status.EARLY)
    working = copy.deepcopy(accepted)
    plan = check(accepted, working, Kind.ESA, "2", None, CONTEXT)
    root = parse_xml(valid(build_cusprl(working, plan, header())))
    root.find(path).text = value
    found = problems(etree.tostring(root))
    assert len(found) == 1 and hint in found[0], found


def test_an_empty_required_element_is_refused():
    _, data = created(1)
    root = parse_xml(data)
    root.find("Position/Description").text = ""
    assert len(problems(etree.tostring(root))) == 1


# ---- reading what is not a good CUSPRL ---------------------------------------------------------------------------

def test_reading_another_message_type_is_refused():
    data = build_response(SumaResponse(accepted=True, mrn=MRN, status=Status.EARLY), header("CUSPRR", "CD1"))
    with pytest.raises(MessageFormatError, match="Expected a CUSPRL message"):
        parse_cusprl(data)


def test_a_missing_required_field_is_named():
    _, data = created(2)
    root = parse_xml(data)
    position_2 = root.findall("Position")[1]
    position_2.remove(position_2.find("PackageKind"))
    with pytest.raises(MessageFormatError, match=r"CUSPRL/Position\[2\] has no PackageKind"):
        parse_cusprl(etree.tostring(root))


def test_a_value_that_is_not_a_number_is_named():
    _, data = created(1)
    root = parse_xml(data)
    root.find("Position/Packages").text = "three"
    with pytest.raises(MessageFormatError, match=r"Position\[1\]/Packages: Packages is a whole number"):
        parse_cusprl(etree.tostring(root))


# ---- CUSPRR --------------------------------------------------------------------------------------------------

def test_an_acceptance_reads_back():
    response = SumaResponse(accepted=True, mrn=MRN, status=Status.PARTIAL, accepted_positions=[1, 2, 7])
    data = valid(build_response(response, header("CUSPRR", "CDTESTCUSPRL")))
    parsed = parse_response(data)

    assert (parsed.accepted, parsed.mrn, parsed.status) == (True, MRN, Status.PARTIAL)
    assert parsed.accepted_positions == [1, 2, 7]
    assert parsed.errors == [] and parsed.header == header("CUSPRR", "CDTESTCUSPRL")


def test_a_rejection_reads_back_with_every_error():
    errors = [SumaError.from_problem(Problem(Code.CONFIRMED_POSITION_CHANGED, "Position 4 is confirmed: it can no "
                                             "longer change.", field="gross_mass", position=4, rule=5)),
              SumaError.from_problem(Problem(Code.PRESENTER_CHANGED, "The presenter's TIN never changes.",
                                             field="presenter.tin")),
              SumaError("S14", "Nothing to send.")]
    response = SumaResponse(accepted=False, errors=errors)
    parsed = parse_response(valid(build_response(response, header("CUSPRR", "CDTESTCUSPRL"))))

    assert (parsed.accepted, parsed.mrn, parsed.status, parsed.accepted_positions) == (False, None, Status.NONE, [])
    assert parsed.errors == [SumaError("S03", "Position 4 is confirmed: it can no longer change.", 4, "gross_mass"),
                             SumaError("S07", "The presenter's TIN never changes.", None, "presenter.tin"),
                             SumaError("S14", "Nothing to send.", None, None)]


def test_a_long_error_text_is_shortened_to_what_the_schema_takes():
    response = SumaResponse(accepted=False, errors=[SumaError("S11", "word " * 200, 1, "description")])
    parsed = parse_response(valid(build_response(response, header("CUSPRR", "CD1"))))
    assert len(parsed.errors[0].text) == 512 and parsed.errors[0].text.endswith("…")


def test_an_answer_names_the_message_it_answers():
    with pytest.raises(UserError, match="correlation id"):
        build_response(SumaResponse(accepted=True, mrn=MRN, status=Status.EARLY), header("CUSPRR"))
    data = build_response(SumaResponse(accepted=True, mrn=MRN, status=Status.EARLY), header("CUSPRR", "CD1"))
    root = parse_xml(data)
    root.remove(root.find("correlationIdentifier"))
    assert problems(etree.tostring(root))


def test_an_unknown_status_in_an_answer_is_refused():
    data = build_response(SumaResponse(accepted=True, mrn=MRN, status=Status.FINAL), header("CUSPRR", "CD1"))
    assert "<Status>Endgültig</Status>" in data.decode()
    with pytest.raises(MessageFormatError, match="Status is one of Vorzeitig, Teilweise, Endgültig"):
        parse_response(data.replace("Endgültig".encode(), b"Final"))


# ---- XMLDSig ----------------------------------------------------------------------------------------------------

DE_EORI = "DE415230871234567"  # the demo's participant in the DE ATLAS test environment
DS = "{http://www.w3.org/2000/09/xmldsig#}"


@pytest.fixture
def seal(context) -> Credentials:
    """The DE participant's seal from the training PKI of the demo."""
    return context.certificates.participant(DE_EORI, "DE", "test")


@pytest.fixture
def training_ca(demo_dir) -> IssuedBy:
    return IssuedBy(load_simulator_credentials(demo_dir)[1])


def self_signed(name: str, key=None, *, days: tuple[int, int] = (-1, 30)) -> Credentials:
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    certificate = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now + timedelta(days=days[0]))
                   .not_valid_after(now + timedelta(days=days[1])).sign(key, hashes.SHA256()))
    return Credentials(certificate, key)


def test_a_signed_declaration_is_valid_verifies_and_reads_back(seal, training_ca):
    working, data = created(3)
    signed = valid(sign_xml(valid(data), seal))
    signature = parse_xml(signed)[-1]

    assert signature.tag == f"{DS}Signature"
    assert signature.find(f"{DS}SignedInfo/{DS}SignatureMethod").get("Algorithm") == \
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
    assert signature.find(f"{DS}SignedInfo/{DS}CanonicalizationMethod").get("Algorithm") == \
        "http://www.w3.org/2001/10/xml-exc-c14n#"
    reference = signature.find(f"{DS}SignedInfo/{DS}Reference")
    assert reference.get("URI") == ""
    assert "http://www.w3.org/2000/09/xmldsig#enveloped-signature" in [
        t.get("Algorithm") for t in reference.iter(f"{DS}Transform")]
    in_key_info = signature.findtext(f"{DS}KeyInfo/{DS}X509Data/{DS}X509Certificate")
    assert x509.load_der_x509_certificate(base64.b64decode(in_key_info)) == seal.certificate

    verified = verify_xml(signed, training_ca)
    assert b"Signature" not in verified
    parsed = parse_cusprl(verified)
    assert [p.values for p in parsed.declaration.positions] == [p.values for p in working.positions]
    assert parsed.declaration.header == working.header


def test_a_signed_answer_verifies(seal, training_ca):
    response = SumaResponse(accepted=False, errors=[SumaError("S03", "Position 2 is confirmed.", 2, "gross_mass")])
    signed = valid(sign_xml(build_response(response, header("CUSPRR", "CD1")), seal))
    assert parse_response(verify_xml(signed, training_ca)).errors == response.errors


def test_a_position_value_changed_after_signing_is_refused(seal, training_ca):
    _, data = created(3)
    signed = sign_xml(data, seal)
    assert b"<GrossMass>127.5</GrossMass>" in signed
    tampered = signed.replace(b"<GrossMass>127.5</GrossMass>", b"<GrossMass>12.5</GrossMass>")
    assert SchemaSet().validate(tampered) == []  # still a well-formed, valid declaration

    with pytest.raises(EnvelopeError, match="the message was changed after it was signed"):
        verify_xml(tampered, training_ca)


def test_a_signer_that_is_not_trusted_is_refused(training_ca):
    _, data = created(1)
    signed = sign_xml(data, self_signed("Somebody Else GmbH"))
    with pytest.raises(EnvelopeError, match="signed by CN=Somebody Else GmbH, which is not a certificate issued by"):
        verify_xml(signed, training_ca)


def test_an_expired_signer_is_refused():
    expired = self_signed("Old Seal GmbH", days=(-30, -1))
    _, data = created(1)
    signed = sign_xml(data, expired)
    with pytest.raises(EnvelopeError, match="the signer certificate CN=Old Seal GmbH expired on"):
        verify_xml(signed, TrustedSigners((expired.certificate,)))
    # the same signature holds at a time the certificate was valid
    assert verify_xml(signed, TrustedSigners((expired.certificate,)), at=datetime.now(UTC) - timedelta(days=2))


def test_a_certificate_swapped_for_another_trusted_one_is_refused(seal):
    other = self_signed("Other Seal GmbH")
    _, data = created(1)
    root = parse_xml(sign_xml(data, seal))
    root.find(f"{DS}Signature/{DS}KeyInfo/{DS}X509Data/{DS}X509Certificate").text = base64.b64encode(
        other.certificate.public_bytes(serialization.Encoding.DER)).decode()
    with pytest.raises(EnvelopeError, match="the signature does not match the certificate CN=Other Seal GmbH"):
        verify_xml(etree.tostring(root), TrustedSigners((seal.certificate, other.certificate)))


def test_an_unsigned_or_twice_signed_message_is_refused(seal, training_ca):
    _, data = created(1)
    with pytest.raises(EnvelopeError, match="the message is not signed"):
        verify_xml(data, training_ca)
    signed = sign_xml(data, seal)
    with pytest.raises(UserError, match="signed already"):
        sign_xml(signed, seal)
    root = parse_xml(signed)
    root.find("Declaration").append(copy.deepcopy(root[-1]))
    with pytest.raises(EnvelopeError, match="2 signatures instead of one"):
        verify_xml(etree.tostring(root), training_ca)


def test_only_what_was_signed_is_returned(seal, training_ca):
    _, data = created(2)
    signed = sign_xml(data, seal)
    # comments are not signed (C14N without comments): one added later passes, and is not returned
    commented = signed.replace(b"<Description>", b"<!-- release without inspection --><Description>", 1)
    verified = verify_xml(commented, training_ca)
    assert b"release without inspection" not in verified
    assert b"<Description>Electronic parts, lot 1</Description>" in verified


def test_a_signature_over_part_of_the_message_is_refused(seal):
    _, data = created(2)
    root = parse_xml(data)
    root.find("Position").set("Id", "first")
    partial = XMLSigner(signature_algorithm="rsa-sha256", digest_algorithm="sha256",
                        c14n_algorithm="http://www.w3.org/2001/10/xml-exc-c14n#").sign(
        root, key=seal.private_key, cert=[seal.certificate], reference_uri="#first")
    with pytest.raises(EnvelopeError, match="covers only part of the message"):
        verify_xml(etree.tostring(partial), TrustedSigners((seal.certificate,)))


def test_an_ec_seal_signs_with_ecdsa():
    ec_seal = self_signed("EC Seal GmbH", ec.generate_private_key(ec.SECP256R1()))
    _, data = created(1)
    signed = sign_xml(data, ec_seal)
    assert b"xmldsig-more#ecdsa-sha256" in signed
    assert parse_cusprl(verify_xml(signed, TrustedSigners((ec_seal.certificate,)))).positions == [1]


def test_a_document_type_declaration_is_refused(training_ca):
    with pytest.raises(MessageFormatError, match="DTDs and entities are not accepted"):
        verify_xml(b'<!DOCTYPE x [<!ENTITY e "e">]><x>&e;</x>', training_ca)


# ---- previews --------------------------------------------------------------------------------------------------

RED = "color:#b00000"


def table_rows(html: str, after: str) -> int:
    """The rows of the table after ``after``, without its heading row (<tr bgcolor=…>)."""
    return html.split(after, 1)[1].split("</table>", 1)[0].count("<tr>")


def test_the_declaration_preview_shows_kind_identification_header_and_positions():
    _, data = created(3)
    html = render_html(data)

    assert "<h2>Summary declaration<span" in html
    assert ">VSA — create (early)</td>" in html and ">Vorzeitig (early)</td>" in html
    assert "new declaration (customs give the MRN)" in html
    assert "Air Cargo Handling GmbH, Cargo City Süd 5, 60549 Frankfurt, DE" in html
    assert "<h3>Positions (3)</h3>" in html
    for number in (1, 2, 3):
        assert f'<td align="right">{number}</td><td>020-{number:08d}</td><td>AWB</td>' in html
    assert "<td>DE987654321000000 / 0001</td>" in html and "<td>Electronic parts, lot 2</td>" in html


def test_the_preview_shows_what_a_change_deletes_and_the_mrn():
    accepted = held(declaration(3), Status.EARLY)
    working = copy.deepcopy(accepted)
    working.position(3).values["custody_place"] = ""
    working.header["additional_information"] = ""
    html = render_html(build_cusprl(working, check(accepted, working, Kind.VSM, None, None, CONTEXT), header()))

    assert ">VSM — modify</td>" in html and f"<td>{MRN}</td>" in html
    deleted = f'<i style="{RED}">sent empty (deletes)</i>'
    assert f"Additional information</th><td>{deleted}</td>" in html
    assert f"<td>{deleted}</td><td>Electronic parts, lot 3</td>" in html
    assert "<h3>Positions (1)</h3>" in html


def test_a_confirmation_by_manifest_id_shows_flag_and_manifest():
    accepted = held(declaration(2, identification="MID"), Status.EARLY)
    plan = check(accepted, copy.deepcopy(accepted), Kind.ESA, "2", None, CONTEXT)
    html = render_html(build_cusprl(accepted, plan, header()))
    assert ">2 — confirm without changes</td>" in html
    assert "<td>LH400, 2026-12-03, JFK, MAWB</td>" in html
    assert "Teilweise (partial), or Endgültig (final)" in html


def test_9999_positions_are_all_shown_in_linear_time():
    _, small = created(1000)
    _, large = created(MAX_POSITIONS)

    def best(data: bytes) -> float:
        times = []
        for _ in range(2):
            start = time.perf_counter()
            render_html(data)
            times.append(time.perf_counter() - start)
        return min(times)

    html = render_html(large)
    assert "<h3>Positions (9999)</h3>" in html
    assert table_rows(html, "<h3>Positions (9999)</h3>") == MAX_POSITIONS
    assert '<td align="right">9999</td><td>020-00009999</td>' in html
    assert best(large) < 25 * best(small)  # about 10 when linear, 100 when quadratic


def test_a_signed_declaration_previews_like_the_unsigned_one(seal):
    _, data = created(2)
    assert render_html(sign_xml(data, seal)) == render_html(data)


def test_the_answer_preview_shows_a_rejection_with_its_errors_in_red():
    response = SumaResponse(accepted=False, mrn=MRN, status=Status.PARTIAL, accepted_positions=[1, 2], errors=[
        SumaError("S03", "Position 4 is confirmed: it can no longer change.", 4, "gross_mass"),
        SumaError("S07", "The presenter's TIN never changes.", None, "presenter.tin")])
    html = render_html(build_response(response, header("CUSPRR", "CDTESTCUSPRL")))

    assert "<h2>Summary declaration answer<span" in html
    assert f'<h3 style="{RED}">Rejected</h3>' in html and f'<h3 style="{RED}">Errors (2)</h3>' in html
    assert f"<td>{MRN}</td>" in html and ">Teilweise (partial)</td>" in html
    assert ">Positions accepted (2)</th><td>1, 2</td>" in html
    assert (f'<td><span style="{RED}; font-weight:bold">S03</span></td>'
            f'<td><span style="{RED}">Position 4 is confirmed: it can no longer change.</span></td>'
            f'<td align="right"><span style="{RED}">4</span></td>'
            f'<td><span style="{RED}">gross_mass</span></td>') in html
    assert f'<span style="{RED}; font-weight:bold">S07</span>' in html and "presenter.tin" in html
    assert "CDTESTCUSPRL" in html  # the correlation id of the header table


def test_the_answer_preview_shows_an_acceptance():
    response = SumaResponse(accepted=True, mrn=MRN, status=Status.FINAL, accepted_positions=[1, 2, 3])
    html = render_html(build_response(response, header("CUSPRR", "CD1")))
    assert '<h3 style="color:#006000">Accepted</h3>' in html
    assert ">Endgültig (final)</td>" in html and ">Positions accepted (3)</th><td>1, 2, 3</td>" in html
    assert "Errors" not in html
