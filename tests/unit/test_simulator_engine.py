"""The customs simulator's rules (spec 02 §2.6), driven through CustomsEngine with real envelopes.

Each test gets a copy of a demo data folder (app database, training PKI), a register seeded from it
and a clock it controls. Messages are built with core.messages, sealed with the participant's
credentials for the customs certificate, and the answers are opened from the register's outbox.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from unit_shared import SHARED

from simulator.demo import DEMO_PAC, DEMO_SPKS
from core.guarantees.grn import compute_check_digit, with_check_digit
from core.messages import (
    AccessCodeRegistration,
    GuaranteeQuery,
    MessageHeader,
    QueryItem,
    QueryKind,
    SchemaSet,
    build_cc034c,
    build_registration,
    message_type_of,
    new_message_id,
    parse_cc037c,
    parse_cc906c,
    parse_cc917c,
    parse_confirmation,
    parse_xml,
    read_header,
)
from core.secrets import Secret
from core.transport import Credentials, EnvelopeError, open_sealed, seal, verify
from simulator.engine import CustomsEngine, Refused
from simulator.register import RegisteredGuarantee, seed_from_file

OFFICIAL_XSD = SHARED / "ncts-p5-xsd"
CZ_EORI, CZ_SENDER = "CZ25596641", "CDTRAIN01"
DE_EORI, DE_SENDER = "DE415230871234567", "DE-WKS-0815"
OTHER_CZ_EORI = "CZ60826843"  # the second Czech demo organisation
UNKNOWN_GRN = with_check_digit("26CZ520101000099")



@dataclass
class Participant:
    """Who sends: the id in the message header and the certificate that signs (and receives answers)."""

    sender: str
    eori: str
    credentials: Credentials
    customs: x509.Certificate




@pytest.fixture
def grns(context) -> dict[str, str]:
    """The demo GRNs by their first 16 characters."""
    return {g.grn[:16]: g.grn for g in context.guarantees.list() if g.grn}




@pytest.fixture
def cz(context) -> Participant:
    return Participant(CZ_SENDER, CZ_EORI, context.certificates.participant(CZ_EORI, "CZ", "training"),
                       context.certificates.customs("CZ", "training"))


@pytest.fixture
def de(context) -> Participant:
    return Participant(DE_SENDER, DE_EORI, context.certificates.participant(DE_EORI, "DE", "test"),
                       context.certificates.customs("DE", "test"))


# --- building, sending and reading ------------------------------------------------------------------


def header(message_type: str, sender: str = CZ_SENDER, message_id: str | None = None) -> MessageHeader:
    return MessageHeader(sender=sender, recipient="NTA.CZ", prepared_at=datetime.now().replace(microsecond=0),
                         message_id=message_id or new_message_id(), message_type=message_type)


def query_xml(*items: QueryItem, requester: str = CZ_EORI, sender: str = CZ_SENDER) -> bytes:
    return build_cc034c(GuaranteeQuery(requester_tin=requester, items=list(items)), header("CC034C", sender))


def item(grn: str, kind: QueryKind = QueryKind.BALANCE, code: str = "AC01", period: tuple | None = None) -> QueryItem:
    period_from, period_to = period or (None, None)
    return QueryItem(grn=grn, kind=kind, access_code=Secret(code), period_from=period_from, period_to=period_to)


def registration_xml(grn: str, *, spks=("AC01",), pac: str = DEMO_PAC, new_pac: str | None = None,
                     holder: str = CZ_EORI, office: str = "CZ520101", guarantee_type: str = "1") -> bytes:
    registration = AccessCodeRegistration(
        holder_tin=holder, office=office, guarantee_type=guarantee_type, grn=grn, pac=Secret(pac),
        spks=[Secret(s) for s in spks], new_pac=Secret(new_pac) if new_pac else None)
    return build_registration(registration, header("E_ACC_COD"))


def send(engine: CustomsEngine, party: Participant, xml: bytes):
    return engine.receive(seal(xml, party.credentials, party.customs))


def collect(engine: CustomsEngine, party: Participant) -> list[bytes]:
    """Open (and take out of the outbox) every answer waiting for ``party``, oldest first."""
    answers = []
    for waiting in engine.waiting_for(party.sender):
        envelope = engine.register.item(waiting["id"])
        opened = open_sealed(envelope, party.credentials, lambda cert: cert == engine.credentials.certificate)
        answers.append(opened.content)
        engine.register.forget(waiting["id"])
    return answers


def ask(engine: CustomsEngine, party: Participant, xml: bytes) -> list[bytes]:
    send(engine, party, xml)
    return collect(engine, party)


def only(answers: list[bytes], message_type: str) -> bytes:
    assert [message_type_of(a) for a in answers] == [message_type], [message_type_of(a) for a in answers]
    return answers[0]


def functional_errors(answers: list[bytes]) -> list:
    return parse_cc906c(only(answers, "CC906C"))[1].errors


def seed(engine: CustomsEngine, tmp_path: Path, *entries: dict) -> None:
    path = tmp_path / "register.json"
    path.write_text(json.dumps(list(entries)), encoding="utf-8")
    seed_from_file(engine.register, path)


def set_usages(engine: CustomsEngine, grn: str, rows: list[tuple[str, str, date, date | None]]) -> None:
    """Replace the register's operations on ``grn``: (MRN, amount, lock date, release date or None)."""
    db = engine.register.db
    with engine.register.atomic():
        db.execute("DELETE FROM usages WHERE grn = ?", [grn])
        for position, (mrn, amount, lock, release) in enumerate(rows):
            arrival = datetime.combine(release, datetime.min.time()).isoformat() if release else None
            db.execute("INSERT INTO usages (grn, position, mrn, amount, currency, lock_date, arrival, release_date) "
                       "VALUES (?, ?, ?, ?, 'CZK', ?, ?, ?)",
                       [grn, position, mrn, amount, lock.isoformat(), arrival,
                        release.isoformat() if release else None])


def mrn(serial: int) -> str:
    body = f"26CZ{serial:012d}J"
    return body + str(compute_check_digit(body))


LOCKED_5, RELEASED_20, LOCKED_45 = mrn(1), mrn(2), mrn(3)


def stranger_credentials() -> Credentials:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Not from the training CA"),
                      x509.NameAttribute(NameOID.SERIAL_NUMBER, CZ_EORI)])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
                   .not_valid_after(now + timedelta(days=30)).sign(key, hashes.SHA256()))
    return Credentials(certificate, key)


# --- customs rules on queries ---------------------------------------------------------------------------


def test_unknown_grn_is_answered_with_g01(engine, cz):
    errors = functional_errors(ask(engine, cz, query_xml(item(UNKNOWN_GRN))))
    assert [(e.code, e.reason, e.pointer, e.original_value) for e in errors] == [
        ("14", "G01", "/CC034C/GuaranteeReference[1]/GRN", UNKNOWN_GRN)]


def test_invalid_guarantee_gives_g02_on_a_query_and_p06_on_a_registration(engine, cz, grns, tmp_path):
    grn = grns["25CZ520101000011"]
    seed(engine, tmp_path, {"grn": grn, "type": "1", "office": "CZ520101", "holder_tin": CZ_EORI, "valid": False,
                            "amount": "2500000.00", "currency": "CZK", "pac": DEMO_PAC, "spks": ["AC01"]})

    errors = functional_errors(ask(engine, cz, query_xml(item(grn))))
    assert [(e.reason, e.original_value) for e in errors] == [("G02", grn)]

    confirmation = parse_confirmation(only(ask(engine, cz, registration_xml(grn, spks=["ZZ11"])), "E_ACC_RSP"))[1]
    assert confirmation.errors == ["P06"] and not confirmation.ok
    assert confirmation.stored_count == 0 and confirmation.registered_at is None
    assert engine.register.get(grn).spks == ["AC01"]  # nothing changed on an invalid guarantee


def test_wrong_access_code_is_answered_with_g03(engine, cz, grns):
    grn = grns["25CZ520101000011"]
    errors = functional_errors(ask(engine, cz, query_xml(item(grn, code="ZZ99"))))
    assert [(e.code, e.reason, e.original_value) for e in errors] == [("14", "G03", grn)]
    assert errors[0].pointer == "/CC034C/GuaranteeReference[1]/AccessCode/accessCode"


def test_requester_who_is_not_the_guarantee_user_gets_p07(engine, cz, grns):
    grn = grns["25CZ520101000011"]  # used by CZ25596641
    errors = functional_errors(ask(engine, cz, query_xml(item(grn), requester=OTHER_CZ_EORI)))
    assert [(e.reason, e.original_value) for e in errors] == [("P07", grn)]

    confirmation = parse_confirmation(only(ask(engine, cz, registration_xml(grn, holder=OTHER_CZ_EORI)), "E_ACC_RSP"))[1]
    assert confirmation.errors == ["P07"]


def test_registration_at_the_wrong_office_of_guarantee_gets_p03(engine, cz, grns):
    grn = grns["25CZ520101000011"]
    confirmation = parse_confirmation(only(ask(engine, cz, registration_xml(grn, office="CZ510201")), "E_ACC_RSP"))[1]
    assert confirmation.errors == ["P03"] and confirmation.stored_count == 0
    assert engine.register.get(grn).spks == DEMO_SPKS["1"]


def test_registration_for_a_guarantee_type_other_than_0_or_1_is_refused(engine, cz, grns, tmp_path):
    grn = grns["25CZ610101000203"]  # type 2 in the customs register: the guarantor gives the code
    seed(engine, tmp_path, {"grn": grn, "type": "2", "office": "CZ610101", "holder_tin": CZ_EORI,
                            "amount": "180000.00", "currency": "CZK", "pac": DEMO_PAC, "spks": ["GU12"]})

    claimed_type_1 = registration_xml(grn, spks=["NEW1"], office="CZ610101", guarantee_type="1")
    confirmation = parse_confirmation(only(ask(engine, cz, claimed_type_1), "E_ACC_RSP"))[1]
    assert confirmation.errors == ["P97"] and confirmation.stored_count == 0

    # the national schema allows only types 0 and 1: a registration saying type 2 is refused as XML
    said_type_2 = registration_xml(grn, spks=["NEW1"], office="CZ610101", guarantee_type="2")
    xml_errors = parse_cc917c(only(ask(engine, cz, said_type_2), "CC917C"))[1].errors
    assert any("guaranteeType" in (e.pointer or "") for e in xml_errors)
    assert engine.register.get(grn).spks == ["GU12"]


@pytest.mark.parametrize("kind", [QueryKind.BALANCE, QueryKind.USAGE_AND_BALANCE])
@pytest.mark.parametrize("guarantee, code", [("25CZ610101000203", "GU12"), ("25DE004600000517", "VO44")])
def test_balance_kinds_for_types_2_and_4_break_rule_r261(engine, cz, de, grns, guarantee, code, kind):
    grn = grns[guarantee]
    party, requester = (cz, CZ_EORI) if guarantee.startswith("25CZ") else (de, DE_EORI)
    errors = functional_errors(ask(engine, party, query_xml(item(grn, kind, code), requester=requester,
                                                            sender=party.sender)))
    assert [(e.code, e.reason, e.original_value) for e in errors] == [("14", "R261", grn)]
    assert errors[0].pointer == "/CC034C/GuaranteeReference[1]/GuaranteeQuery/queryIdentifier"


@pytest.mark.parametrize("kind", [QueryKind.USAGE, QueryKind.INFO])
def test_usage_and_information_are_answered_for_type_2(engine, cz, grns, kind):
    grn = grns["25CZ610101000203"]
    response = parse_cc037c(only(ask(engine, cz, query_xml(item(grn, kind, "GU12"))), "CC037C"))[1]
    assert [(a.grn, a.kind, a.guarantee_type) for a in response.answers] == [(grn, kind, "2")]


# --- schema-invalid messages -------------------------------------------------------------------------


def line_of(xml: bytes, text: bytes) -> int:
    return next(number for number, line in enumerate(xml.splitlines(), start=1) if text in line)


def test_query_with_a_five_character_access_code_gets_cc917c_with_line_column_and_pointer(engine, cz, grns):
    grn = grns["25CZ520101000011"]
    good = query_xml(item(grn))
    bad = good.replace(b"<accessCode>AC01</accessCode>", b"<accessCode>AC01X</accessCode>")
    assert bad != good

    answer = only(ask(engine, cz, bad), "CC917C")
    header_of_answer, rejection = parse_cc917c(answer)
    assert header_of_answer.correlation_id == read_header(parse_xml(bad)).message_id
    first = rejection.errors[0]
    assert first.line == line_of(bad, b"<accessCode>")
    assert first.column > 1 and "accessCode" in first.pointer
    assert b"AC01X" not in answer  # the code is never repeated back
    assert engine.register.last_query(grn) is None  # nothing was answered, so nothing throttles


def test_query_without_a_grn_gets_cc917c_naming_the_missing_element(engine, cz, grns):
    grn = grns["25CZ520101000011"]
    good = query_xml(item(grn))
    bad = good.replace(f"<GRN>{grn}</GRN>".encode(), b"")
    assert bad != good

    rejection = parse_cc917c(only(ask(engine, cz, bad), "CC917C"))[1]
    first = rejection.errors[0]
    assert "GRN" in first.text
    assert first.line == line_of(bad, b"<GuaranteeQuery>") and first.column >= 1
    assert first.pointer and "GuaranteeReference" in first.pointer


# --- throttle and duplicates ---------------------------------------------------------------------------


def test_the_same_grn_queried_again_within_a_minute_is_throttled(engine, cz, grns, clock):
    grn = grns["25CZ520101000011"]
    only(ask(engine, cz, query_xml(item(grn))), "CC037C")
    clock.advance(seconds=59)
    errors = functional_errors(ask(engine, cz, query_xml(item(grn, QueryKind.INFO))))
    assert [(e.code, e.reason, e.original_value) for e in errors] == [("14", "THR60", grn)]
    clock.advance(seconds=60)
    only(ask(engine, cz, query_xml(item(grn, QueryKind.INFO))), "CC037C")


def test_duplicate_message_identification_gets_the_same_receipt_and_is_processed_once(engine, cz, grns, clock):
    xml = query_xml(item(grns["25CZ520101000011"]))
    first = send(engine, cz, xml)
    waiting = engine.waiting_for(CZ_SENDER)
    clock.advance(seconds=5)
    again = send(engine, cz, xml)  # sealed again: another envelope, the same messageIdentification
    assert first.duplicate is False and again.duplicate is True
    assert again.message_id == first.message_id and again.receipt == first.receipt
    assert engine.register.received_count() == 1
    assert engine.waiting_for(CZ_SENDER) == waiting and len(waiting) == 1


def test_receipt_is_signed_by_customs_and_names_the_message_and_time(engine, cz, grns, clock):
    xml = query_xml(item(grns["25CZ520101000011"]))
    received = send(engine, cz, xml)
    opened = verify(received.receipt, lambda cert: cert == cz.customs)
    assert json.loads(opened.content) == {"messageIdentification": read_header(parse_xml(xml)).message_id,
                                          "receivedAt": clock().strftime("%Y-%m-%dT%H:%M:%SZ")}


# --- several guarantees in one query ---------------------------------------------------------------------


def test_valid_and_invalid_items_get_a_cc037c_and_a_cc906c(engine, cz, grns):
    good_1, good_2 = grns["25CZ520101000011"], grns["25CZ510101000027"]
    wrong_code = grns["25CZ610101000203"]
    answers = ask(engine, cz, query_xml(item(good_1, QueryKind.INFO), item(UNKNOWN_GRN, QueryKind.INFO),
                                        item(wrong_code, QueryKind.INFO, "ZZ99"), item(good_2, QueryKind.INFO)))
    assert sorted(message_type_of(a) for a in answers) == ["CC037C", "CC037C", "CC906C"]
    answered = [a.grn for x in answers if message_type_of(x) == "CC037C" for a in parse_cc037c(x)[1].answers]
    assert sorted(answered) == sorted([good_1, good_2])  # two offices of guarantee: one CC037C each
    errors = functional_errors([x for x in answers if message_type_of(x) == "CC906C"])
    assert [(e.pointer, e.reason, e.original_value) for e in errors] == [
        ("/CC034C/GuaranteeReference[2]/GRN", "G01", UNKNOWN_GRN),
        ("/CC034C/GuaranteeReference[3]/AccessCode/accessCode", "G03", wrong_code)]


def test_answers_wait_in_the_order_they_were_made(engine, cz):
    """A gateway delivers first in, first out, also when many answers are made within one second."""
    order = []
    for _ in range(12):
        xml = query_xml(item(UNKNOWN_GRN, QueryKind.INFO))
        order.append(read_header(parse_xml(xml)).message_id)
        send(engine, cz, xml)
    answered = [read_header(parse_xml(a)).correlation_id for a in collect(engine, cz)]
    assert answered == order


# --- what the answers say --------------------------------------------------------------------------------


@pytest.fixture
def usage_grn(engine, grns, clock) -> str:
    """A guarantee with known operations: locked 5, 20 and 45 days ago; the 20-day one released."""
    grn = grns["25CZ520101000011"]
    today = clock().date()
    set_usages(engine, grn, [
        (LOCKED_5, "1000.00", today - timedelta(days=5), None),
        (RELEASED_20, "2000.00", today - timedelta(days=20), today - timedelta(days=18)),
        (LOCKED_45, "4000.50", today - timedelta(days=45), None),
    ])
    return grn


def usage_answer(engine, cz, grn, period):
    response = parse_cc037c(only(ask(engine, cz, query_xml(item(grn, QueryKind.USAGE, period=period))), "CC037C"))[1]
    return response.answers[0]


def test_usage_for_a_period_of_up_to_31_days_lists_operations_locked_in_it(engine, cz, usage_grn, clock):
    today = clock().date()
    answer = usage_answer(engine, cz, usage_grn, (today - timedelta(days=30), today))
    assert [u.mrn for u in answer.usages] == [LOCKED_5, RELEASED_20]
    released = answer.usages[1]
    assert released.amount == Decimal("2000.00") and released.release_date == today - timedelta(days=18)
    assert released.lock_date == today - timedelta(days=20) and released.arrival is not None
    assert (answer.period_from, answer.period_to) == (today - timedelta(days=30), today)


def test_usage_for_a_longer_period_lists_only_operations_not_yet_released(engine, cz, usage_grn, clock):
    today = clock().date()
    answer = usage_answer(engine, cz, usage_grn, (today - timedelta(days=60), today))
    assert [u.mrn for u in answer.usages] == [LOCKED_5, LOCKED_45]
    assert all(u.release_date is None for u in answer.usages)


def test_usage_without_a_period_lists_only_operations_not_yet_released(engine, cz, usage_grn):
    answer = usage_answer(engine, cz, usage_grn, None)
    assert [u.mrn for u in answer.usages] == [LOCKED_5, LOCKED_45]


def test_balance_is_the_reference_amount_less_the_exposure(engine, cz, usage_grn):
    response = parse_cc037c(only(ask(engine, cz, query_xml(item(usage_grn))), "CC037C"))[1]
    exposure = response.answers[0].exposure
    assert exposure.exposure == Decimal("5000.50")  # the two operations not released
    assert exposure.balance == Decimal("2500000.00") - Decimal("5000.50")
    assert exposure.currency == "CZK" and exposure.counter >= 2
    assert response.office == "CZ520101" and response.requester_tin == CZ_EORI


def test_information_answer_carries_owner_and_validity(engine, cz, grns, tmp_path):
    grn = grns["25CZ510101000027"]
    seed(engine, tmp_path, {
        "grn": grn, "type": "0", "office": "CZ510101", "holder_tin": CZ_EORI, "holder_name": "Spedice Brno s.r.o.",
        "street": "Hněvkovského 30", "postcode": "617 00", "city": "Brno", "country": "CZ",
        "amount": "5000000.00", "currency": "CZK", "reference_amount": "4000000.00", "valid_from": "2025-02-01",
        "valid_to": "2027-01-31", "restricted_for_suspended_goods": True, "not_valid_in": ["AD", "SM"],
        "pac": DEMO_PAC, "spks": ["AC01", "BX42"]})
    answer = parse_cc037c(only(ask(engine, cz, query_xml(item(grn, QueryKind.INFO, "BX42"))), "CC037C"))[1].answers[0]
    assert (answer.owner.tin, answer.owner.name, answer.owner.city, answer.owner.country) == (
        CZ_EORI, "Spedice Brno s.r.o.", "Brno", "CZ")
    assert answer.owner.street == "Hněvkovského 30" and answer.owner.postcode == "617 00"
    info = answer.info
    assert (info.validity_start, info.validity_end) == (date(2025, 2, 1), date(2027, 1, 31))
    assert (info.guarantee_amount, info.reference_amount, info.currency) == (
        Decimal("5000000.00"), Decimal("4000000.00"), "CZK")
    assert info.restricted_for_suspended_goods is True and info.not_valid_in == ["AD", "SM"]
    assert info.invalidity_code is None and answer.guarantee_type == "0"


def test_information_on_an_invalid_guarantee_names_the_invalidity(engine, cz, grns, tmp_path):
    grn = grns["25CZ510101000027"]
    seed(engine, tmp_path, {"grn": grn, "type": "0", "office": "CZ510101", "holder_tin": CZ_EORI, "valid": False,
                            "amount": "5000000.00", "currency": "CZK", "spks": ["AC01"]})
    answer = parse_cc037c(only(ask(engine, cz, query_xml(item(grn, QueryKind.INFO))), "CC037C"))[1].answers[0]
    assert answer.info.invalidity_code == "G02"


def test_every_answer_kind_validates_against_the_official_schemas(engine, cz, usage_grn, grns):
    official = SchemaSet(extra_folder=OFFICIAL_XSD)
    answers = ask(engine, cz, query_xml(item(usage_grn, QueryKind.USAGE_AND_BALANCE), item(UNKNOWN_GRN)))
    answers += ask(engine, cz, query_xml(item(grns["25CZ510101000027"], QueryKind.INFO)))
    bad = query_xml(item(grns["25CZ610101000203"], QueryKind.INFO, "GU12")).replace(b"GU12", b"GU123")
    answers += ask(engine, cz, bad)
    answers += ask(engine, cz, registration_xml(grns["25CZ520101000011"], spks=["AC01", "NEW2"]))
    assert sorted(message_type_of(a) for a in answers) == ["CC037C", "CC037C", "CC906C", "CC917C", "E_ACC_RSP"]
    for answer in answers:
        assert official.validate(answer) == [], message_type_of(answer)


# --- access code registration ----------------------------------------------------------------------------


def test_registration_replaces_all_secondary_codes_and_a_new_pac_replaces_the_pac(engine, cz, grns, clock):
    grn = grns["25CZ510101000027"]  # type 0: customs know the demo codes
    assert engine.register.get(grn).spks == DEMO_SPKS["0"]
    xml = registration_xml(grn, spks=["QQ12", "RR34"], new_pac="NW55", office="CZ510101", guarantee_type="0")
    confirmation = parse_confirmation(only(ask(engine, cz, xml), "E_ACC_RSP"))[1]
    assert confirmation.ok and confirmation.stored_count == 2 and confirmation.pac_changed is True
    assert confirmation.registered_at == clock().replace(tzinfo=None)
    registered = engine.register.get(grn)
    assert registered.spks == ["QQ12", "RR34"] and registered.pac == "NW55"

    clock.advance(minutes=2)
    errors = functional_errors(ask(engine, cz, query_xml(item(grn, code="AC01"))))
    assert [e.reason for e in errors] == ["G03"]  # the old code no longer works
    clock.advance(minutes=2)
    only(ask(engine, cz, query_xml(item(grn, code="RR34"))), "CC037C")

    with_old_pac = registration_xml(grn, spks=["AC01"], office="CZ510101", guarantee_type="0")
    assert parse_confirmation(only(ask(engine, cz, with_old_pac), "E_ACC_RSP"))[1].errors == ["G03"]


def test_registration_without_a_new_pac_keeps_the_pac(engine, cz, grns):
    grn = grns["25CZ520101000011"]
    confirmation = parse_confirmation(only(ask(engine, cz, registration_xml(grn, spks=["ZX01"])), "E_ACC_RSP"))[1]
    assert confirmation.ok and confirmation.pac_changed is False and confirmation.stored_count == 1
    assert engine.register.get(grn).pac == DEMO_PAC and engine.register.get(grn).spks == ["ZX01"]


# --- envelopes -------------------------------------------------------------------------------------------


def test_envelope_signed_by_a_certificate_not_issued_by_the_training_ca_is_refused(engine, cz, grns):
    xml = query_xml(item(grns["25CZ520101000011"]))
    with pytest.raises(Refused) as refused:
        engine.receive(seal(xml, stranger_credentials(), cz.customs))
    assert refused.value.status == 400
    assert "signature verification failed" in refused.value.reason and "Not from the training CA" in refused.value.reason
    assert engine.register.received_count() == 0 and engine.waiting_for(CZ_SENDER) == []


@pytest.mark.parametrize("data", [b"", b"garbage", b"\x30\x82\x01\x00" + bytes(256), b"<CC034C/>"])
def test_garbage_is_refused(engine, data):
    with pytest.raises(Refused) as refused:
        engine.receive(data)
    assert refused.value.status == 400 and "cannot decrypt" in refused.value.reason
    assert engine.register.received_count() == 0


def test_envelope_not_encrypted_for_customs_is_refused(engine, cz, grns):
    xml = query_xml(item(grns["25CZ520101000011"]))
    with pytest.raises(Refused) as refused:
        engine.receive(seal(xml, cz.credentials, cz.credentials.certificate))
    assert "cannot decrypt" in refused.value.reason


def test_sealed_content_that_is_not_a_message_is_refused(engine, cz):
    with pytest.raises(Refused) as refused:
        engine.receive(seal(b"not xml at all", cz.credentials, cz.customs))
    assert refused.value.status == 400 and "not a readable customs message" in refused.value.reason


def test_answers_are_signed_by_customs_and_encrypted_for_the_sender_only(engine, cz, de, grns):
    send(engine, de, query_xml(item(grns["25DE004600000319"]), requester=DE_EORI, sender=DE_SENDER))
    assert engine.waiting_for(CZ_SENDER) == []
    [waiting] = engine.waiting_for(DE_SENDER)
    envelope = engine.register.item(waiting["id"])

    opened = open_sealed(envelope, de.credentials, lambda cert: True)
    assert opened.signer == de.customs == engine.credentials.certificate
    assert message_type_of(opened.content) == "CC037C"
    with pytest.raises(EnvelopeError, match="cannot decrypt"):
        open_sealed(envelope, cz.credentials, lambda cert: True)


def test_answer_delay_holds_answers_back_until_the_time_passes(engine, cz, grns, clock):
    engine.set_switches(answer_delay=120)
    received = send(engine, cz, query_xml(item(grns["25CZ520101000011"])))
    assert received.receipt  # the receipt is not delayed
    clock.advance(seconds=119)
    assert engine.waiting_for(CZ_SENDER) == []
    clock.advance(seconds=1)
    only(collect(engine, cz), "CC037C")


def test_switches_are_reported_in_the_status(engine):
    status = engine.set_switches(outage=True, answer_delay=30, response_delay=2)
    assert status["outage"] is True and status["answer_delay_seconds"] == 30.0
    assert status["response_delay_seconds"] == 2.0 and status["guarantees"] == 8
    assert engine.set_switches(outage=False)["outage"] is False


def test_register_entries_from_a_file_replace_the_same_grn(engine, grns, tmp_path):
    grn = grns["25CZ520101000011"]
    seed(engine, tmp_path, {"grn": grn, "type": "1", "office": "CZ520101", "holder_tin": OTHER_CZ_EORI})
    replaced = engine.register.get(grn)
    assert isinstance(replaced, RegisteredGuarantee)
    assert replaced.holder_tin == OTHER_CZ_EORI and replaced.spks == [] and replaced.pac is None
    assert engine.register.count() == 8
