"""Sample message contents for the core/messages tests, and the EU schemas that check them."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import cache

from lxml import etree
from unit_shared import SHARED

from core.messages import (
    AccessCodeRegistration,
    Exposure,
    FunctionalError,
    FunctionalRejection,
    GuaranteeInfo,
    GuaranteeInvalidNotice,
    GuaranteeQuery,
    InvalidGuarantee,
    MessageHeader,
    Party,
    QueryAnswer,
    QueryItem,
    QueryKind,
    QueryResponse,
    RegistrationConfirmation,
    Usage,
    XmlError,
    XmlRejection,
)
from core.secrets import Secret

OFFICIAL_XSD = SHARED / "ncts-p5-xsd"
MESSAGES = SHARED / "test-data" / "messages"
P5_G04 = MESSAGES / "p5_CC055C_guarantee_invalid_G04_hmrc.xml"
P6_G03 = MESSAGES / "p6_CC055C_guarantee_invalid_G03_access_code_hmrc.xml"
P4_FILES = sorted(MESSAGES.glob("p4_*.xml"))

TRADER = "CZ25596641"
CUSTOMS = "NTA.CZ"
OFFICE = "CZ510201"
GRNS = ["23GB0000010000854", "23GB0000010000863", "23XI0000010000655"]
PAC, NEW_PAC, SPK = "Q7Z9", "K3X8", "M5W2"


def header(message_type: str, correlation_id: str | None = None, outbound: bool = True) -> MessageHeader:
    sender, recipient = (TRADER, CUSTOMS) if outbound else (CUSTOMS, TRADER)
    return MessageHeader(sender=sender, recipient=recipient, prepared_at=datetime(2024, 5, 2, 9, 30, 15),
                         message_id=f"CDTEST{message_type}", message_type=message_type, correlation_id=correlation_id)


def mrn(number: int) -> str:
    return f"24CZ{number:012d}J{number % 10}"


def query(items: int = 1, kind: QueryKind = QueryKind.USAGE, period: bool = True, owner: bool = True) -> GuaranteeQuery:
    return GuaranteeQuery(TRADER, [
        QueryItem(grn=GRNS[i % len(GRNS)], kind=kind, access_code=Secret(SPK), owner_tin=TRADER if owner else None,
                  period_from=date(2024, 4, 1) if period else None, period_to=date(2024, 4, 30) if period else None)
        for i in range(items)
    ])


def usages(count: int) -> list[Usage]:
    return [Usage(mrn=mrn(i), amount=Decimal("1250.50") + i, currency="EUR", lock_date=date(2024, 4, 2),
                  arrival=datetime(2024, 4, 5, 14, 20, 0) if i % 2 else None,
                  release_date=date(2024, 4, 6) if i % 3 == 0 else None) for i in range(1, count + 1)]


OWNER = Party(tin=TRADER, name="Spedice Test s.r.o.", street="Na Příkopě 1", city="Praha", country="CZ", postcode="11000")
GUARANTOR = Party(tin="CZ45317054", name="Česká banka a.s.", street="Václavské nám. 2", city="Praha", country="CZ")
INFO = GuaranteeInfo(guarantee_amount=Decimal("500000.00"), currency="CZK", validity_start=date(2023, 1, 1),
                     reference_amount=Decimal("1000000.00"), validity_end=date(2026, 12, 31), invalidity_code="G02",
                     invalidity_text="Guarantee revoked by the guarantor", restricted_for_suspended_goods=True,
                     not_valid_in=["CH", "NO"])


def answer(kind: QueryKind = QueryKind.USAGE_AND_BALANCE, usage_count: int = 3, full: bool = True) -> QueryAnswer:
    return QueryAnswer(
        grn=GRNS[0], kind=kind, accepted_at=datetime(2024, 5, 2, 9, 31, 0), guarantee_type="1",
        period_from=date(2024, 4, 1), period_to=date(2024, 4, 30),
        owner=OWNER if full else None, usages=usages(usage_count),
        exposure=Exposure(exposure=Decimal("3751.50"), counter=3, balance=Decimal("496248.50"), currency="CZK") if full else None,
        info=INFO if full else None, guarantor=GUARANTOR if full else None,
    )


def response(*answers: QueryAnswer) -> QueryResponse:
    return QueryResponse(requester_tin=TRADER, office=OFFICE, answers=list(answers) or [answer()])


def notice() -> GuaranteeInvalidNotice:
    return GuaranteeInvalidNotice(mrn=mrn(7), accepted_on=date(2024, 5, 1), office_of_departure=OFFICE, holder_tin=TRADER,
                                  guarantees=[InvalidGuarantee(GRNS[0], "G03", "Access code not valid"),
                                              InvalidGuarantee(GRNS[1], "G02")])


def functional_rejection(reason: str = "G03") -> FunctionalRejection:
    return FunctionalRejection(errors=[
        FunctionalError(pointer="/CC034C/GuaranteeReference[1]/GRN", code="14", reason=reason, original_value=GRNS[0]),
        FunctionalError(pointer="/CC034C/GuaranteeReference[2]/GuaranteeQuery/queryIdentifier", code="14",
                        reason="R261", original_value=GRNS[1]),
    ])


def xml_rejection() -> XmlRejection:
    return XmlRejection(errors=[
        XmlError(line=12, column=7, code="51", text="The value 'ABCDE' does not match the pattern",
                 pointer="/CC034C/GuaranteeReference[1]/AccessCode/accessCode"),
        XmlError(line=3, column=1, code="13", text="Missing element messageRecipient"),
    ])


def registration(spk_count: int = 1, new_pac: bool = False, guarantee_type: str = "1",
                 spk: str = SPK, grn: str = GRNS[1]) -> AccessCodeRegistration:
    return AccessCodeRegistration(holder_tin=TRADER, office=OFFICE, guarantee_type=guarantee_type, grn=grn,
                                  pac=Secret(PAC), spks=[Secret(spk)] + [Secret(f"S{i:03d}") for i in range(1, spk_count)],
                                  new_pac=Secret(NEW_PAC) if new_pac else None)


def confirmation(errors: list[str] | None = None) -> RegistrationConfirmation:
    if errors:
        return RegistrationConfirmation(grn=GRNS[1], registered_at=None, stored_count=0, pac_changed=False, errors=errors)
    return RegistrationConfirmation(grn=GRNS[1], registered_at=datetime(2024, 5, 2, 9, 31, 5), stored_count=3,
                                    pac_changed=True, errors=[])


@cache
def official_schema(message_type: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(OFFICIAL_XSD / f"{message_type.lower()}.xsd")))


def official_problems(data: bytes, message_type: str) -> list[str]:
    schema = official_schema(message_type)
    ok = schema.validate(etree.fromstring(data))
    return [] if ok else [f"{e.line}: {e.message}" for e in schema.error_log]


SECRET_TEXT = "TOP-SECRET-7f3a91"


def hostile_documents(folder) -> tuple[bytes, bytes]:
    """An external entity pointing at a file holding SECRET_TEXT, and a billion-laughs document."""
    secret = folder / "secret.txt"
    secret.write_text(SECRET_TEXT, encoding="utf-8")
    xxe = (f'<?xml version="1.0"?>\n<!DOCTYPE CC034C [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>\n'
           '<CC034C xmlns="http://ncts.dgtaxud.ec"><messageSender>&leak;</messageSender></CC034C>').encode()
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    laughs = (f'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY l0 "lol">{entities}]>\n<lolz>&l9;</lolz>').encode()
    return xxe, laughs
