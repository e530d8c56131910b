"""The EU query on guarantees (CC034C) and its response (CC037C), spec 01 §1.6."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import IntEnum

from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.messages.xml import (
    NCTS_NS,
    PHASE_ID,
    MessageFormatError,
    MessageHeader,
    Node,
    add,
    add_optional,
    code,
    format_amount,
    format_date,
    format_datetime,
    format_flag,
    format_optional_amount,
    format_optional_date,
    new_message,
    read_header,
    read_message,
    to_bytes,
)
from core.secrets import Secret

QUERY = "CC034C"
RESPONSE = "CC037C"


class QueryKind(IntEnum):
    USAGE = 1
    BALANCE = 2
    USAGE_AND_BALANCE = 3
    INFO = 4

    @property
    def label(self) -> str:
        """What the user reads: usage, balance, usage and balance, other information."""
        return translate("Messages", _LABELS[self])

    @property
    def english_label(self) -> str:
        """The label in English, as records keep it (a message's kind and search text, the audit log)."""
        return _LABELS[self]

    @classmethod
    def from_name(cls, name: str) -> QueryKind:
        key = name.strip().lower().replace("_", " ").replace("-", " ")
        for kind, names in _NAMES.items():
            if key in names:
                return kind
        raise UserError(translate("Messages", "Unknown query kind '{name}': use usage, balance, usage and balance or "
                                              "info.").format(name=name))


_LABELS = {QueryKind.USAGE: QT_TRANSLATE_NOOP("Messages", "usage"),
           QueryKind.BALANCE: QT_TRANSLATE_NOOP("Messages", "balance"),
           QueryKind.USAGE_AND_BALANCE: QT_TRANSLATE_NOOP("Messages", "usage and balance"),
           QueryKind.INFO: QT_TRANSLATE_NOOP("Messages", "other information")}
_NAMES = {QueryKind.USAGE: {"usage", "1"}, QueryKind.BALANCE: {"balance", "exposure", "drawdown", "2"},
          QueryKind.USAGE_AND_BALANCE: {"usage and balance", "both", "3"},
          QueryKind.INFO: {"info", "information", "other information", "4"}}


@dataclass
class QueryItem:
    grn: str
    kind: QueryKind
    access_code: Secret
    owner_tin: str | None = None
    period_from: date | None = None
    period_to: date | None = None


@dataclass
class GuaranteeQuery:
    requester_tin: str
    items: list[QueryItem]
    requester_role: str = "1"


@dataclass
class Usage:
    mrn: str
    amount: Decimal
    currency: str
    lock_date: date
    arrival: datetime | None = None
    release_date: date | None = None


@dataclass
class Exposure:
    exposure: Decimal
    counter: int
    balance: Decimal | None
    currency: str


@dataclass
class Party:
    tin: str
    name: str
    street: str
    city: str
    country: str
    postcode: str = ""


@dataclass
class GuaranteeInfo:
    guarantee_amount: Decimal
    currency: str
    validity_start: date
    reference_amount: Decimal | None = None
    validity_end: date | None = None
    invalidity_code: str | None = None
    invalidity_text: str | None = None
    restricted_for_suspended_goods: bool = False
    not_valid_in: list[str] = field(default_factory=list)


@dataclass
class QueryAnswer:
    grn: str
    kind: QueryKind
    accepted_at: datetime
    guarantee_type: str
    monitoring_code: str = "1"
    period_from: date | None = None
    period_to: date | None = None
    owner: Party | None = None
    usages: list[Usage] = field(default_factory=list)
    exposure: Exposure | None = None
    info: GuaranteeInfo | None = None
    guarantor: Party | None = None


@dataclass
class QueryResponse:
    requester_tin: str
    office: str
    answers: list[QueryAnswer]
    requester_role: str = "1"


# ---- CC034C ------------------------------------------------------------------------------

def build_cc034c(query: GuaranteeQuery, header: MessageHeader) -> bytes:
    """Content rules (1..99 items, 4-character codes) are checked by validating with SchemaSet."""
    root = new_message(QUERY, NCTS_NS, header, PHASE_ID)
    _add_requester(root, query.requester_tin, query.requester_role)
    for number, item in enumerate(query.items, start=1):
        reference = add(root, "GuaranteeReference")
        add(reference, "sequenceNumber", str(number))
        add(reference, "GRN", code(item.grn))
        _add_guarantee_query(reference, item.kind, item.period_from, item.period_to)
        if item.owner_tin:
            add(add(reference, "Owner"), "identificationNumber", code(item.owner_tin))
        add(add(reference, "AccessCode"), "accessCode", code(item.access_code.reveal()))
    return to_bytes(root)


def parse_cc034c(data: bytes) -> tuple[MessageHeader, GuaranteeQuery]:
    root = read_message(data, QUERY)
    requester = root.required("Requester")
    items = [_read_query_item(node) for node in root.all("GuaranteeReference")]
    if not items:
        raise root.missing("GuaranteeReference")
    query = GuaranteeQuery(requester_tin=requester.text("identificationNumber"), items=items,
                           requester_role=requester.text("role"))
    return read_header(root), query


def _read_query_item(node: Node) -> QueryItem:
    kind, period_from, period_to = _read_guarantee_query(node.required("GuaranteeQuery"))
    owner = node.optional("Owner")
    return QueryItem(
        grn=node.text("GRN"), kind=kind,
        access_code=Secret(node.required("AccessCode").text("accessCode")),
        owner_tin=owner.optional_text("identificationNumber") if owner else None,
        period_from=period_from, period_to=period_to,
    )


# ---- CC037C ------------------------------------------------------------------------------

def build_cc037c(response: QueryResponse, header: MessageHeader) -> bytes:
    root = new_message(RESPONSE, NCTS_NS, header, PHASE_ID)
    _add_requester(root, response.requester_tin, response.requester_role)
    add(add(root, "CustomsOfficeOfGuarantee"), "referenceNumber", code(response.office))
    for number, answer in enumerate(response.answers, start=1):
        _add_answer(add(root, "GuaranteeReference"), number, answer)
    return to_bytes(root)


def _add_answer(reference, number: int, answer: QueryAnswer) -> None:
    add(reference, "sequenceNumber", str(number))
    add(reference, "GRN", code(answer.grn))
    add(reference, "acceptanceDateAndTime", format_datetime(answer.accepted_at))
    add(reference, "guaranteeType", code(answer.guarantee_type))
    add(reference, "guaranteeMonitoringCode", answer.monitoring_code.strip())
    _add_guarantee_query(reference, answer.kind, answer.period_from, answer.period_to)
    if answer.owner:
        _add_party(add(reference, "Owner"), answer.owner)
    for usage_number, usage in enumerate(answer.usages, start=1):
        _add_usage(add(reference, "Usage"), usage_number, usage)
    if answer.exposure:
        _add_exposure(add(reference, "Exposure"), answer.exposure)
    if answer.guarantor:
        _add_party(add(reference, "Guarantor"), answer.guarantor)
    if answer.info:
        _add_info(add(reference, "ComprehensiveGuarantee"), answer.info)


def _add_usage(element, number: int, usage: Usage) -> None:
    add(element, "sequenceNumber", str(number))
    add(element, "MRN", code(usage.mrn))
    add(element, "coveredAmount", format_amount(usage.amount))
    add(element, "currency", code(usage.currency))
    add(element, "lockDate", format_date(usage.lock_date))
    add_optional(element, "arrivalDateAndTime", format_datetime(usage.arrival) if usage.arrival else None)
    add_optional(element, "releaseDate", format_optional_date(usage.release_date))


def _add_exposure(element, exposure: Exposure) -> None:
    add(element, "exposure", format_amount(exposure.exposure))
    add(element, "exposureCounter", str(exposure.counter))
    add_optional(element, "balance", format_optional_amount(exposure.balance))
    add(element, "currency", code(exposure.currency))


def _add_party(element, party: Party) -> None:
    add(element, "identificationNumber", code(party.tin))
    add(element, "name", party.name.strip())
    address = add(element, "Address")
    add(address, "streetAndNumber", party.street.strip())
    add_optional(address, "postcode", party.postcode.strip())
    add(address, "city", party.city.strip())
    add(address, "country", code(party.country))


def _add_info(element, info: GuaranteeInfo) -> None:
    """ComprehensiveGuarantee. numberOfCertificates is required by the EU schema but not kept: always 0."""
    add_optional(element, "referenceAmount", format_optional_amount(info.reference_amount))
    add(element, "guaranteeAmount", format_amount(info.guarantee_amount))
    add(element, "currency", code(info.currency))
    add(element, "numberOfCertificates", "0")
    add(element, "validityStartDate", format_date(info.validity_start))
    add_optional(element, "validityEndDate", format_optional_date(info.validity_end))
    add_optional(element, "invalidityReasonCode", code(info.invalidity_code) if info.invalidity_code else None)
    add_optional(element, "invalidityReasonText", info.invalidity_text)
    add(element, "restrictedUseForSuspendedGoods", format_flag(info.restricted_for_suspended_goods))
    for number, country in enumerate(info.not_valid_in, start=1):
        limitation = add(element, "ValidityLimitation")
        add(limitation, "sequenceNumber", str(number))
        add(limitation, "guaranteeNotValidIn", code(country))


def parse_cc037c(data: bytes) -> tuple[MessageHeader, QueryResponse]:
    root = read_message(data, RESPONSE)
    requester = root.required("Requester")
    answers = [_read_answer(node) for node in root.all("GuaranteeReference")]
    if not answers:
        raise root.missing("GuaranteeReference")
    response = QueryResponse(
        requester_tin=requester.text("identificationNumber"),
        office=root.required("CustomsOfficeOfGuarantee").text("referenceNumber"),
        answers=answers, requester_role=requester.text("role"),
    )
    return read_header(root), response


def _read_answer(node: Node) -> QueryAnswer:
    kind, period_from, period_to = _read_guarantee_query(node.required("GuaranteeQuery"))
    owner, exposure, info, guarantor = (node.optional(name) for name in
                                        ("Owner", "Exposure", "ComprehensiveGuarantee", "Guarantor"))
    return QueryAnswer(
        grn=node.text("GRN"), kind=kind, accepted_at=node.datetime("acceptanceDateAndTime"),
        guarantee_type=node.text("guaranteeType"), monitoring_code=node.text("guaranteeMonitoringCode"),
        period_from=period_from, period_to=period_to,
        owner=_read_party(owner) if owner else None,
        usages=[_read_usage(usage) for usage in node.all("Usage")],
        exposure=_read_exposure(exposure) if exposure else None,
        info=_read_info(info) if info else None,
        guarantor=_read_party(guarantor) if guarantor else None,
    )


def _read_usage(node: Node) -> Usage:
    return Usage(mrn=node.text("MRN"), amount=node.decimal("coveredAmount"), currency=node.text("currency"),
                 lock_date=node.date("lockDate"), arrival=node.optional_datetime("arrivalDateAndTime"),
                 release_date=node.optional_date("releaseDate"))


def _read_exposure(node: Node) -> Exposure:
    return Exposure(exposure=node.decimal("exposure"), counter=node.integer("exposureCounter"),
                    balance=node.optional_decimal("balance"), currency=node.text("currency"))


def _read_party(node: Node) -> Party:
    address = node.required("Address")
    return Party(tin=node.text("identificationNumber"), name=node.text("name"),
                 street=address.text("streetAndNumber"), city=address.text("city"),
                 country=address.text("country"), postcode=address.optional_text("postcode") or "")


def _read_info(node: Node) -> GuaranteeInfo:
    suspended = node.optional_text("restrictedUseForSuspendedGoods")
    return GuaranteeInfo(
        guarantee_amount=node.decimal("guaranteeAmount"), currency=node.text("currency"),
        validity_start=node.date("validityStartDate"), reference_amount=node.optional_decimal("referenceAmount"),
        validity_end=node.optional_date("validityEndDate"),
        invalidity_code=node.optional_text("invalidityReasonCode"),
        invalidity_text=node.optional_text("invalidityReasonText"),
        restricted_for_suspended_goods=node.flag("restrictedUseForSuspendedGoods") if suspended else False,
        not_valid_in=[limit.text("guaranteeNotValidIn") for limit in node.all("ValidityLimitation")],
    )


# ---- shared ------------------------------------------------------------------------------

def _add_requester(root, tin: str, role: str) -> None:
    requester = add(root, "Requester")
    add(requester, "identificationNumber", code(tin))
    add(requester, "role", role.strip())


def _add_guarantee_query(reference, kind: QueryKind, period_from: date | None, period_to: date | None) -> None:
    query = add(reference, "GuaranteeQuery")
    add(query, "queryIdentifier", str(int(kind)))
    add_optional(query, "periodFromDate", format_optional_date(period_from))
    add_optional(query, "periodToDate", format_optional_date(period_to))


def _read_guarantee_query(node: Node) -> tuple[QueryKind, date | None, date | None]:
    identifier = node.text("queryIdentifier")
    try:
        kind = QueryKind(int(identifier))
    except ValueError:
        line = node.element.sourceline
        raise MessageFormatError(
            translate("Messages", "{path}/queryIdentifier '{value}' is not a known query kind (1 usage, 2 balance, "
                                  "3 usage and balance, 4 other information) (line {line}).").format(
                path=node.path, value=identifier, line=line), line
        ) from None
    return kind, node.optional_date("periodFromDate"), node.optional_date("periodToDate")
