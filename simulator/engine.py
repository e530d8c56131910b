"""The customs side of the training environment (spec 02 §2.6), independent of how envelopes travel.

``receive`` takes a sealed envelope and returns the signed delivery receipt; the answers it decides
on are sealed for the sender and wait in the register's outbox until the sender fetches them.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from core.errors import UserError
from core.messages import (
    AccessCodeRegistration,
    Exposure,
    FunctionalError,
    FunctionalRejection,
    GuaranteeInfo,
    GuaranteeQuery,
    MessageHeader,
    Party,
    QueryAnswer,
    QueryItem,
    QueryKind,
    QueryResponse,
    RegistrationConfirmation,
    SchemaSet,
    Usage,
    XmlError,
    XmlRejection,
    build_cc037c,
    build_cc906c,
    build_cc917c,
    build_confirmation,
    new_message_id,
    parse_cc034c,
    parse_registration,
    parse_xml,
    read_header,
)
from core.suma.message import (
    DECLARATION,
    RESPONSE,
    SumaError,
    SumaResponse,
    build_response,
    parse_cusprl,
    verify_xml,
)
from core.suma.model import MAX_POSITIONS
from core.transport import EnvelopeError, open_sealed, seal, sign
from simulator.pki import (
    SIMULATOR_FOLDER,
    IssuedBy,
    load_simulator_credentials,
    registered_certificates,
)
from simulator.register import CustomsRegister, RegisteredGuarantee
from simulator.suma import SumaDesk, airport_offices


def app_database_of(data_dir: Path) -> Path | str:
    """The app's database the training side reads: the office database the data folder uses, else its file."""
    from core.store.office import chosen_office_url

    return chosen_office_url(data_dir) or data_dir / "customsdesk.sqlite"

LONG_PERIOD_DAYS = 31
OUTAGE, ANSWER_DELAY, RESPONSE_DELAY = "outage", "answer_delay_seconds", "response_delay_seconds"


class Refused(Exception):
    """The gateway does not take the envelope at all (it cannot be read or is not for customs)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass
class Received:
    message_id: str
    receipt: bytes
    duplicate: bool


def _schema_error(xml: bytes, problem) -> SumaError:
    """A declaration that breaks the schema: more than 9,999 positions (S06) or a field's format (S11)."""
    positions = sum(1 for element in parse_xml(xml) if isinstance(element.tag, str)
                    and element.tag.rsplit("}", 1)[-1] == "Position")
    if positions > MAX_POSITIONS:
        return SumaError("S06", f"A declaration has at most {MAX_POSITIONS:,} positions; this one has {positions:,}.",
                         field="positions")
    return SumaError("S11", f"{problem.message} (line {problem.line})", field=problem.path or None)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class CustomsEngine:
    def __init__(self, data_dir: Path, throttle_seconds: int = 60, schema_folder: Path | None = None, clock=utc_now):
        self.folder = Path(data_dir) / SIMULATOR_FOLDER
        self.register = CustomsRegister(self.folder)
        self.credentials, self.ca = load_simulator_credentials(Path(data_dir))
        self._issued_by_ca = IssuedBy(self.ca)
        self.schemas = SchemaSet(schema_folder)
        self.throttle = timedelta(seconds=throttle_seconds)
        self.clock = clock
        self.sender_id = "NTA.CZ"
        airports = airport_offices(app_database_of(Path(data_dir)))
        self.suma = SumaDesk(self.register.db, lambda: self.clock(), lambda office: office in airports)

    # -- switches -------------------------------------------------------------------------------
    @property
    def outage(self) -> bool:
        return self.register.switch(OUTAGE) == "1"

    def seconds(self, name: str) -> float:
        return float(self.register.switch(name, "0") or 0)

    def set_switches(self, outage: bool | None = None, answer_delay: float | None = None,
                     response_delay: float | None = None) -> dict:
        if outage is not None:
            self.register.set_switch(OUTAGE, "1" if outage else "0")
        if answer_delay is not None:
            self.register.set_switch(ANSWER_DELAY, str(answer_delay))
        if response_delay is not None:
            self.register.set_switch(RESPONSE_DELAY, str(response_delay))
        return self.status()

    def status(self) -> dict:
        return {"outage": self.outage, ANSWER_DELAY: self.seconds(ANSWER_DELAY),
                RESPONSE_DELAY: self.seconds(RESPONSE_DELAY), "guarantees": self.register.count(),
                "received": self.register.received_count()}

    # -- receiving ------------------------------------------------------------------------------
    def receive(self, envelope: bytes) -> Received:
        try:
            opened = open_sealed(envelope, self.credentials, self._participant_certificate_ok)
        except EnvelopeError as exc:
            raise Refused(400, exc.reason if hasattr(exc, "reason") else str(exc)) from None
        try:
            header = read_header(parse_xml(opened.content))
        except Exception as exc:  # noqa: BLE001 - anything unreadable is refused at the door
            raise Refused(400, f"the content is not a readable customs message: {exc}") from None
        existing = self.register.receipt_for(header.message_id)
        if existing is not None:
            return Received(header.message_id, existing, duplicate=True)
        now = self.clock()
        receipt = sign(json.dumps({"messageIdentification": header.message_id, "receivedAt": iso(now)}).encode(),
                       self.credentials)
        deliver_after = iso(now + timedelta(seconds=self.seconds(ANSWER_DELAY)))
        with self.register.atomic():  # the register change, the receipt and the answers: all or nothing
            answers = self._answers(opened.content, header)
            self.register.note_received(header.message_id, header.sender, iso(now), receipt)
            for xml in answers:
                self.register.queue(uuid.uuid4().hex, header.sender, "message", seal(xml, self.credentials, opened.signer),
                                    deliver_after, iso(now))
        return Received(header.message_id, receipt, duplicate=False)

    def signed_refusal(self, message_id: str, reason: str) -> bytes:
        """A mailbox refusal the participant can verify: signed like every answer from customs."""
        return sign(json.dumps({"messageIdentification": message_id, "refused": reason}).encode(), self.credentials)

    def _participant_certificate_ok(self, certificate) -> bool:
        """The training environment knows participants by certificates its own CA issued, or registered with it."""
        return self._issued_by_ca(certificate) or certificate in registered_certificates(self.folder)

    def _answers(self, xml: bytes, header: MessageHeader) -> list[bytes]:
        if header.message_type == DECLARATION:  # ATLAS answers its own way, also to a malformed declaration
            return [self._summary_declaration(xml, header)]
        problems = self.schemas.validate(xml)
        if problems:
            return [self._xml_rejection(header, problems)]
        if header.message_type == "E_ACC_COD":
            return [self._registration(xml, header)]
        if header.message_type == "CC034C":
            return self._query(xml, header)
        rejection = FunctionalRejection([FunctionalError(pointer=f"/{header.message_type}", code="15",
                                                         reason="N/A", original_value=header.message_type)])
        return [build_cc906c(rejection, self._reply_header(header, "CC906C"))]

    def _reply_header(self, header: MessageHeader, message_type: str) -> MessageHeader:
        return MessageHeader(sender=self.sender_id, recipient=header.sender,
                             prepared_at=self.clock().replace(tzinfo=None), message_id=new_message_id(),
                             message_type=message_type, correlation_id=header.message_id)

    def _xml_rejection(self, header: MessageHeader, problems) -> bytes:
        errors = [XmlError(line=p.line, column=p.column, code=xml_error_code(p.message), text=p.message[:512],
                           pointer=p.path or None) for p in problems[:9999]]
        return build_cc917c(XmlRejection(errors), self._reply_header(header, "CC917C"))

    # -- summary declarations (ATLAS) ---------------------------------------------------------------
    def _summary_declaration(self, xml: bytes, header: MessageHeader) -> bytes:
        reply = MessageHeader(sender="ATLAS.DE", recipient=header.sender, prepared_at=self.clock().replace(tzinfo=None),
                              message_id=new_message_id(), message_type=RESPONSE, correlation_id=header.message_id)
        try:
            signed = verify_xml(xml, self._participant_certificate_ok)
        except (EnvelopeError, UserError) as exc:
            return build_response(SumaResponse(False, errors=[SumaError("S00", f"The declaration's signature "
                                                                        f"cannot be verified: {exc}")]), reply)
        problems = self.schemas.validate(signed)
        if problems:
            return build_response(SumaResponse(False, errors=[_schema_error(signed, problems[0])]), reply)
        parsed = parse_cusprl(signed)
        decision = self.suma.process(parsed.kind, parsed.flag, parsed.mrn, parsed.declaration)
        return build_response(SumaResponse(decision.accepted, decision.mrn, decision.status, decision.positions,
                                           [SumaError.from_problem(p) for p in decision.errors]), reply)

    # -- access code registration ---------------------------------------------------------------
    def _registration(self, xml: bytes, header: MessageHeader) -> bytes:
        _, reg = parse_registration(xml)
        g = self.register.get(reg.grn)
        errors = registration_errors(reg, g)
        stored, pac_changed, registered_at = 0, False, None
        if not errors:
            g.spks = [s.reveal() for s in reg.spks]
            if reg.new_pac is not None:
                g.pac, pac_changed = reg.new_pac.reveal(), True
            registered_at = self.clock().replace(tzinfo=None)
            g.registered_at = registered_at.isoformat()
            self.register.put(g)
            stored = len(g.spks)
        confirmation = RegistrationConfirmation(grn=reg.grn, registered_at=registered_at, stored_count=stored,
                                                pac_changed=pac_changed, errors=errors[:9])
        return build_confirmation(confirmation, self._reply_header(header, "E_ACC_RSP"))

    # -- queries --------------------------------------------------------------------------------
    def _query(self, xml: bytes, header: MessageHeader) -> list[bytes]:
        _, query = parse_cc034c(xml)
        now = self.clock()
        by_office: dict[str, list[QueryAnswer]] = {}
        errors: list[FunctionalError] = []
        for position, item in enumerate(query.items, start=1):
            g = self.register.get(item.grn)
            problem = self._query_problem(query, item, g, now)
            if g is not None:
                self.register.note_query(item.grn, iso(now))
            if problem:
                code, field = problem
                errors.append(FunctionalError(pointer=f"/CC034C/GuaranteeReference[{position}]/{field}", code="14",
                                              reason=code, original_value=item.grn))
            else:
                by_office.setdefault(g.office, []).append(self._answer(item, g, now))
        messages = [build_cc037c(QueryResponse(requester_tin=query.requester_tin, office=office, answers=answers,
                                               requester_role=query.requester_role),
                                 self._reply_header(header, "CC037C"))
                    for office, answers in by_office.items()]
        if errors:
            messages.append(build_cc906c(FunctionalRejection(errors), self._reply_header(header, "CC906C")))
        return messages

    def _query_problem(self, query: GuaranteeQuery, item: QueryItem, g: RegisteredGuarantee | None,
                       now: datetime) -> tuple[str, str] | None:
        if g is None:
            return "G01", "GRN"
        last = self.register.last_query(item.grn)
        if last and now - datetime.strptime(last, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) < self.throttle:
            return "THR60", "GRN"
        if query.requester_tin != g.holder_tin:
            return "P07", "GRN"
        if item.access_code.reveal().upper() not in g.spks:
            return "G03", "AccessCode/accessCode"
        if item.kind in (QueryKind.BALANCE, QueryKind.USAGE_AND_BALANCE) and g.type in "24":
            return "R261", "GuaranteeQuery/queryIdentifier"
        if not g.valid and item.kind != QueryKind.INFO:
            return "G02", "GRN"
        return None

    def _answer(self, item: QueryItem, g: RegisteredGuarantee, now: datetime) -> QueryAnswer:
        usages = [_usage(row) for row in self.register.usages(g.grn)]
        answer = QueryAnswer(grn=g.grn, kind=item.kind, accepted_at=now.replace(tzinfo=None), guarantee_type=g.type,
                             period_from=item.period_from, period_to=item.period_to)
        if item.kind in (QueryKind.USAGE, QueryKind.USAGE_AND_BALANCE):
            answer.usages = usages_in_period(usages, item.period_from, item.period_to)
        if item.kind in (QueryKind.BALANCE, QueryKind.USAGE_AND_BALANCE):
            answer.exposure = exposure_of(g, usages)
        if item.kind == QueryKind.INFO:
            answer.owner = Party(tin=g.holder_tin, name=g.holder_name or g.holder_tin, street=g.street or "-",
                                 city=g.city or "-", country=g.country or g.office[:2], postcode=g.postcode)
            answer.info = GuaranteeInfo(
                guarantee_amount=Decimal(g.amount), currency=g.currency,
                validity_start=datetime.fromisoformat(g.valid_from).date(),
                reference_amount=Decimal(g.reference_amount) if g.reference_amount else None,
                validity_end=datetime.fromisoformat(g.valid_to).date() if g.valid_to else None,
                invalidity_code=None if g.valid else "G02",
                restricted_for_suspended_goods=g.restricted_for_suspended_goods, not_valid_in=list(g.not_valid_in))
        return answer

    # -- fetching -------------------------------------------------------------------------------
    def waiting_for(self, recipient: str) -> list[dict]:
        return self.register.waiting_for(recipient, iso(self.clock()))

    def close(self) -> None:
        self.register.close()


def registration_errors(reg: AccessCodeRegistration, g: RegisteredGuarantee | None) -> list[str]:
    if g is None:
        return ["G01"]
    errors = []
    if g.type not in "01":
        errors.append("P97")
    elif reg.guarantee_type != g.type:
        errors.append("G13")
    if not g.valid:
        errors.append("P06")
    if reg.office != g.office:
        errors.append("P03")
    if reg.holder_tin != g.holder_tin:
        errors.append("P07")
    if g.pac is None or reg.pac.reveal().upper() != g.pac:
        errors.append("G03")
    return errors


def _usage(row: dict) -> Usage:
    return Usage(mrn=row["mrn"], amount=Decimal(row["amount"]), currency=row["currency"],
                 lock_date=datetime.fromisoformat(row["lock_date"]).date(),
                 arrival=datetime.fromisoformat(row["arrival"]) if row["arrival"] else None,
                 release_date=datetime.fromisoformat(row["release_date"]).date() if row["release_date"] else None)


def usages_in_period(usages: list[Usage], period_from, period_to) -> list[Usage]:
    """A period of up to 31 days gives the operations locked in it; a longer one (or none) the unreleased ones."""
    if period_from and period_to and (period_to - period_from).days <= LONG_PERIOD_DAYS:
        return [u for u in usages if period_from <= u.lock_date <= period_to]
    return [u for u in usages if u.release_date is None]


def exposure_of(g: RegisteredGuarantee, usages: list[Usage]) -> Exposure | None:
    open_amount = sum((u.amount for u in usages if u.release_date is None), Decimal(0))
    if not usages:
        return None
    base = Decimal(g.reference_amount or g.amount or "0")
    return Exposure(exposure=open_amount, counter=len(usages), balance=max(base - open_amount, Decimal(0)),
                    currency=g.currency)


XML_ERROR_CODES = (("pattern", "51"), ("Missing child element", "13"), ("Expected is", "13"),
                   ("not expected", "15"), ("length", "39"), ("not an element of the set", "12"),
                   ("not a valid value", "50"))


def xml_error_code(message: str) -> str:
    """The EU XML error code (CL XmlErrorCodes) closest to a schema validator's message."""
    for words, code in XML_ERROR_CODES:
        if words.lower() in message.lower():
            return code
    return "18"
