"""Opening what customs sent and applying it to the records, each answer in one transaction."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.errors import CannotSend, UserError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.messaging import faults
from core.messaging.answers import HANDLERS, Outcome
from core.messaging.store import Message, MessageStore, parse_stamp
from core.store.transactions import is_busy, when_not_busy
from core.wording import Phrase, Value, WordedError, english, in_context, joined, loads

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path

    from core.communication import CommParams, CommParamsService
    from core.guarantees.access_codes import AccessCodeService
    from core.guarantees.service import GuaranteeService
    from core.refdata.catalogue import Catalogue
    from core.store.connection import Database
    from core.transport.certificates import CertificateStore

    Handler = Callable[["AnswerApplier", bytes, Message | None, object], Outcome]

log = logging.getLogger(__name__)
_said = in_context("Answers")


@dataclass
class Reading:
    """An answer opened and checked, or why it could not be."""

    row_id: int
    xml: bytes | None = None
    common: dict = field(default_factory=dict)  # the columns read from its header
    error: Value | None = None


class AnswerApplier:
    """Applies customs answers to the register on nobody's behalf: ``guarantees`` has system access, so an
    answer is applied whoever syncs."""

    def __init__(
        self, *, db: Database, store: MessageStore, params: CommParamsService, certificates: CertificateStore,
        catalogue: Catalogue, schema_folder: Callable[[], Path | None], access_codes: AccessCodeService,
        guarantees: GuaranteeService, more_handlers: Mapping[str, Handler] | None = None,
    ):
        """``more_handlers``: what other modules answer to (message type → handler), e.g. summary declarations."""
        self.handlers = {**HANDLERS, **(more_handlers or {})}
        self.store = store
        self.access_codes = access_codes
        self.guarantees = guarantees
        self._db = db
        self._params = params
        self.certificates = certificates  # for one send and receive: looked up once (see run_cache)
        self._catalogue = catalogue
        self._schema_folder = schema_folder

    # -- trust ----------------------------------------------------------------------------------
    def _customs_trust(self, params: CommParams):
        """Only a customs certificate stored for this administration and environment may sign answers."""
        return self.certificates.customs_signers(params.administration, params.environment)

    def receipt_detail(self, receipt: bytes, params: CommParams, message_id: str) -> Phrase | None:
        """A description of a verified delivery receipt for ``message_id``, or None."""
        from core.transport import EnvelopeError, verify

        try:
            opened = verify(receipt, self._customs_trust(params))
            data = json.loads(opened.content)
        except (EnvelopeError, ValueError, UserError):
            return None
        if not isinstance(data, dict) or data.get("messageIdentification") != message_id:
            return None
        return _receipt_detail(data)

    def verified_refusal(self, refusal: bytes, params: CommParams) -> tuple[str, str] | None:
        """(message identification, reason) of a refusal signed by customs; None when it is not."""
        from core.transport import EnvelopeError, verify

        try:
            data = json.loads(verify(refusal, self._customs_trust(params)).content)
        except (EnvelopeError, ValueError, UserError, RecursionError):
            return None
        if not isinstance(data, dict) or not isinstance(data.get("messageIdentification"), str):
            return None
        return data["messageIdentification"], str(data.get("refused", "no reason given"))[:500]

    def apply_mailbox_receipt(self, receipt: bytes, params: CommParams, summary) -> None:
        from core.transport import EnvelopeError, verify

        try:
            data = json.loads(verify(receipt, self._customs_trust(params)).content)
        except (EnvelopeError, ValueError, UserError) as exc:
            summary.problems.append(translate("Messaging", "A delivery receipt could not be verified: {error}").format(
                error=exc))
            return
        if not isinstance(data, dict):
            summary.problems.append(translate("Messaging", "A delivery receipt could not be read: it names no "
                                                           "message."))
            return
        message = self.store.find_outbound(data.get("messageIdentification"))
        if message is None:
            return
        with self._db.atomic():
            if self.store.get_state(message.id) != "sent":
                return  # answered already, or recorded by another run
            self.store.update(message.id, state="delivered", delivered_at=self.store.now(), receipt=receipt,
                              detail=_receipt_detail(data))
        summary.delivered += 1

    # -- inbound messages -----------------------------------------------------------------------
    def process(self, row_id: int, summary) -> bool:
        """Apply the answer once, whatever else runs: only the run that claims it applies it. False when the
        database stayed busy: it stays waiting, to be applied at the next send and receive."""
        with self.store.claimed(row_id, "received") as mine:
            return self.process_claimed([row_id], summary) if mine else True

    def process_claimed(self, row_ids: list[int], summary) -> bool:
        """Open the answers this run has claimed (the cryptography, outside any transaction), then apply them in
        one transaction, each in its own savepoint: one that cannot be applied is quarantined alone."""
        readings = [self._read(row_id) for row_id in row_ids]
        faults.crash_point("before-apply")
        try:
            applied = when_not_busy(lambda: self._apply_readings(readings, type(summary)()))
        except Exception as exc:
            if not is_busy(exc):
                raise
            self.note_busy(summary)
            return False
        faults.crash_point("after-apply")
        summary.add(applied)
        return True

    @staticmethod
    def note_busy(summary) -> None:
        summary.deferred += 1
        summary.problems.append(translate("Messaging", "The database stayed busy (another program kept writing to "
                                                       "it); the answers left are applied at the next send and "
                                                       "receive."))

    def _read(self, row_id: int) -> Reading:
        try:
            xml = self._open(self.store.get(row_id))
        except UserError as exc:
            return Reading(row_id, error=getattr(exc, "wording", None) or str(exc))
        from core.messages import message_type_of, parse_xml, read_header

        header = read_header(parse_xml(xml))
        common = {"message_id": header.message_id, "message_type": header.message_type or message_type_of(xml),
                  "correlation_id": header.correlation_id, "xml": xml}
        return Reading(row_id, xml=xml, common=common)

    def _apply_readings(self, readings: list[Reading], summary):
        with self._db.atomic():
            for reading in readings:
                if self.store.holds(reading.row_id, "received"):  # not applied by another run meanwhile
                    self._apply_reading(reading, summary)
        return summary

    def _apply_reading(self, reading: Reading, summary) -> None:
        row_id, common = reading.row_id, reading.common
        if reading.error is not None:
            self._quarantine(row_id, reading.error, summary, search_text=f"quarantined {english(reading.error)}")
            return
        if self.store.inbound_already_processed(common["message_id"], row_id):
            self.store.update(row_id, state="duplicate",
                              detail=_said(QT_TRANSLATE_NOOP("Answers", "customs sent this message before; ignored")),
                              result=_said(QT_TRANSLATE_NOOP("Answers", "Duplicate of an earlier message")), **common)
            summary.duplicates += 1
            return
        outbound = self.store.find_outbound(common["correlation_id"])
        try:
            outcome = self._apply_in_one_transaction(row_id, reading.xml, common, outbound, summary)
        except Exception as exc:  # one answer that cannot be applied must not stop every later sync
            if is_busy(exc):
                raise  # waiting is no fault of the answer's
            log.exception("answer %s could not be applied", row_id)
            self._quarantine(row_id, _said(QT_TRANSLATE_NOOP(
                "Answers", "it could not be applied to the records ({error})"), error=f"{type(exc).__name__}: {exc}"),
                summary, **common)
            return
        summary.applied += outcome.state == "applied"
        summary.unmatched += outcome.state == "unmatched"

    def _quarantine(self, row_id: int, reason: Value, summary, **columns) -> None:
        self.store.update(row_id, state="quarantined", detail=reason, error_text=english(reason),
                          result=Phrase("Messaging", QT_TRANSLATE_NOOP("Messaging", "Quarantined: {reason}"),
                                        {"reason": reason}),
                          **columns)
        summary.quarantined += 1

    def _apply_in_one_transaction(self, row_id: int, xml: bytes, common: dict, outbound: Message | None,
                                  summary) -> Outcome:
        """In a savepoint: a failure undoes this answer's changes only."""
        with self._db.atomic():
            outcome = self._apply(xml, common["message_type"], outbound, summary)
            if outbound is None and outcome.state == "applied" and not outcome.records:
                outcome.state = "unmatched"
            self.store.update(
                row_id, state=outcome.state, detail=outcome.result, result=outcome.result,
                error_code=outcome.error_code, error_text=outcome.error_text,
                answer_to=outbound.id if outbound else None, org_id=outbound.org_id if outbound else None,
                search_text=_search_text(common["message_type"], outcome, outbound), **common,
            )
            self.store.set_records(row_id, outcome.records)
            if outbound is not None and outcome.outbound_state:
                self._settle_outbound(outbound, outcome)
        return outcome

    def _open(self, row: Message) -> bytes:
        from core.messages import SchemaSet
        from core.transport import open_sealed

        if row.params_id is None:
            raise WordedError(_said(QT_TRANSLATE_NOOP(
                "Answers", "cannot decrypt: the communication parameter set it came through was deleted")))
        params = self._params.get(row.params_id)
        _, envelope = self.store.content(row.id)
        try:
            own = self.certificates.participant(params.eori, params.administration, params.environment)
        except CannotSend as exc:
            raise WordedError(_said(QT_TRANSLATE_NOOP("Answers", "cannot decrypt: {error}"), error=str(exc))) from None
        xml = open_sealed(envelope, own, self._customs_trust(params)).content
        problems = SchemaSet(self._schema_folder()).validate(xml)
        if problems:
            first = problems[0]
            raise WordedError(_said(QT_TRANSLATE_NOOP(
                "Answers", "the message does not match its schema (line {line}, column {column}: {problem})"),
                line=first.line, column=first.column, problem=first.message))
        return xml

    def _settle_outbound(self, outbound: Message, outcome: Outcome) -> None:
        current = self.store.get_state(outbound.id)
        state = outcome.outbound_state
        if current == "answered" and state == "rejected":
            state = "answered"  # part answered, part refused: the answer wins, the errors are on the records
        result = outcome.result if not outbound.result or current in ("sent", "delivered", "queued") \
            else joined("; ", [(loads(outbound.result_wording) if outbound.result_wording else None) or outbound.result,
                               outcome.result])
        self.store.update(outbound.id, state=state, answered_at=self.store.now(), result=result,
                          error_code=outcome.error_code, error_text=outcome.error_text,
                          detail=_said(QT_TRANSLATE_NOOP("Answers", "answer: {result}"), result=outcome.result),
                          search_text=f"{self.store.search_text(outbound.id)} {english(outcome.result)}")

    @property
    def db(self) -> Database:
        return self._db

    def _apply(self, xml: bytes, message_type: str, outbound: Message | None, summary) -> Outcome:
        handler = self.handlers.get(message_type)
        if handler is None:
            return Outcome(state="unmatched", result=_said(QT_TRANSLATE_NOOP(
                "Answers", "{type}: a message type this version does not apply"), type=message_type))
        return handler(self, xml, outbound, summary)

    # -- helpers for the handlers ---------------------------------------------------------------
    def guarantee_for(self, grn: str, outbound: Message | None) -> int | None:
        if outbound is not None:
            for gid, record_grn in self.store.records(outbound.id):
                if record_grn == grn:
                    return gid
            return None
        matches = self.guarantees.find_by_grn(grn)
        return matches[0].id if len(matches) == 1 else None

    def guarantee_at(self, position: int, outbound: Message | None) -> tuple[int | None, str] | None:
        if outbound is None:
            return None
        records = self.store.records(outbound.id)
        return records[position - 1] if 0 < position <= len(records) else None

    def update_guarantee(self, gid: int | None, **answer) -> None:
        if gid is not None:
            self.guarantees.record_customs_answer(gid, **answer)

    def meaning(self, code: str):
        from core.messages import explain

        return explain(self._catalogue, code)

    def now(self) -> str:
        return self.store.now()


def _receipt_detail(receipt: dict) -> Phrase:
    """When customs received the message: a moment shown in the reader's local time, or their text as it came."""
    received = str(receipt.get("receivedAt", "?"))
    try:
        at = parse_stamp(received)
    except ValueError:
        at = None
    return _said(QT_TRANSLATE_NOOP("Answers", "delivery receipt: received by customs at {at}"), at=at or received)


def _search_text(message_type: str, outcome: Outcome, outbound: Message | None) -> str:
    grns = " ".join(grn for _, grn in outcome.records)
    return f"{message_type} {english(outcome.result)} {outcome.error_code or ''} {outcome.error_text or ''} {grns}"
