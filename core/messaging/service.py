"""Preparing, sending, fetching and applying customs messages (spec 02 §2.3).

Every step leaves the database consistent, so a process killed anywhere loses nothing:
a message is stored before it is sent, retries reuse its identification, a delivery is stored
before it is acknowledged, and an answer is applied in the same transaction that marks it applied.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from core.communication import CommParams, ensure_can_send
from core.errors import CannotSend, NotPermitted, UserError
from core.guarantees import types
from core.guarantees.model import Guarantee
from core.guarantees.service import GuaranteeService
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.messages import (
    AccessCodeRegistration,
    GuaranteeQuery,
    MessageHeader,
    QueryItem,
    QueryKind,
    build_cc034c,
    build_registration,
    new_message_id,
)
from core.messaging import faults
from core.messaging.apply import AnswerApplier
from core.messaging.channels import (
    ChannelError,
    Delivery,
    PermanentChannelError,
    channel_for,
    plural,
    said,
)
from core.messaging.gateways import (
    OUTAGE_THRESHOLD_SETTING,
    GatewayDown,
    GatewayWatch,
    OutageLog,
    gateway_source,
    gateways_down,
    merged,
    participant_id,
    read_down,
    threshold_from,
)
from core.messaging.outbox import HeldBack, Outbox, fail
from core.messaging.run_cache import RunCertificates
from core.messaging.store import Message, MessageStore, utc_now
from core.store.transactions import is_busy, is_database_error
from core.users.access import system_access
from core.wording import Phrase, shown

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path

    from cryptography import x509

    from core.communication import CommParamsService
    from core.guarantees.access_codes import AccessCodeService
    from core.organisations import OrganisationService
    from core.refdata.catalogue import Catalogue
    from core.secrets import SecretBox
    from core.settings import Settings
    from core.store.connection import Database
    from core.transport.certificates import CertificateStore
    from core.users import AuditLog, Session
    from core.users.access import Access

log = logging.getLogger(__name__)

QUERY_INTERVAL_SETTING = "query_interval_seconds"
NO_ANSWER_HOURS_SETTING = "no_answer_hours"
INBOUND_LIMIT_SETTING = "inbound_max_mb"
DEFAULT_QUERY_INTERVAL = 60
DEFAULT_NO_ANSWER_HOURS = 4
CLAIM_BATCH = 50  # answers claimed at once: few transactions, and each claim far from lapsing
APPLY_BATCH = 10  # answers applied in one transaction: short enough for a clerk's action to wait for
DEFAULT_INBOUND_LIMIT_MB = 25  # a CC037C listing 9,999 usages, signed and encrypted, is about 6 MB
MAX_QUERY_ITEMS = 99
DEFAULT_USAGE_DAYS = 30
REGISTRATION_TYPE = "E_ACC_COD"
QUERY_TYPE = "CC034C"


def customs_recipient(params: CommParams) -> str:
    return f"NTA.{params.administration}"


def content_context(message_id: str) -> str:
    return f"message-content|{message_id}"


def sealed_for(own: x509.Certificate, customs: x509.Certificate) -> str:
    """Which participant and customs certificates an envelope was made with (their serial numbers)."""
    return f"{own.serial_number:X}|{customs.serial_number:X}"


@dataclass(frozen=True)
class RegistrationPreview:
    """What an access code registration would tell customs, shown before it is queued (it replaces every code
    registered before for the guarantee)."""

    grn: str
    secondary_codes: int
    changes_pac: bool


@dataclass
class SyncSummary:
    sent: int = 0
    delivered: int = 0
    retry_later: int = 0
    held: int = 0
    failed: int = 0
    received: int = 0
    applied: int = 0
    unmatched: int = 0
    quarantined: int = 0
    duplicates: int = 0
    deferred: int = 0
    no_answer: list[int] = field(default_factory=list)
    pac_deletion_recommended: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    gateways_down: list[dict] = field(default_factory=list)  # GatewayDown.as_dict() of each gateway down after the run
    recovered: list[dict] = field(default_factory=list)  # Recovery.as_dict(): back in this run, and what went out

    def as_dict(self) -> dict:
        return dict(self.__dict__)

    def add(self, other: SyncSummary) -> None:
        """Count in what another part of the run did."""
        for name, value in other.__dict__.items():
            if isinstance(value, list):
                getattr(self, name).extend(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def counts(self) -> str:
        """For the log: the numbers that are not 0, e.g. "sent 2, delivered 2"."""
        return ", ".join(f"{name.replace('_', ' ')} {value}" for name, value in self.__dict__.items()
                         if isinstance(value, int) and value)


def _lower(label: str) -> str:
    """A label inside a sentence: its first letter small (German nouns keep their capitals)."""
    return label[:1].lower() + label[1:]


def _log_summary(summary: SyncSummary) -> None:
    counts = summary.counts()
    # a poll that found nothing stays out of the file: the window polls every minute
    log.log(logging.INFO if counts else logging.DEBUG, "send and receive: %s", counts or "nothing to do")
    for recovery in summary.recovered:
        log.info("send and receive: %s", recovery["text"])
    for problem in summary.problems:
        log.warning("send and receive: %s", problem)


class MessagingService:
    """The signed-in user's messages: what they prepare is sealed with their codes; what customs answer is
    applied on nobody's behalf (system access), whoever happens to run the send and receive."""

    def __init__(
        self, *, db: Database, installation_box: SecretBox, session: Session, access: Access, audit: AuditLog,
        settings: Settings, catalogue: Catalogue, organisations: OrganisationService, guarantees: GuaranteeService,
        access_codes: AccessCodeService, params: CommParamsService, certificates: CertificateStore,
        schema_folder: Callable[[], Path | None], clock=utc_now, answer_handlers: Mapping | None = None,
        incidents: OutageLog | None = None,
    ):
        """``incidents``: where a gateway found down opens a draft incident, closed when it answers again."""
        self.clock = clock
        self.incidents = incidents
        self._run_watch: GatewayWatch | None = None
        self._db = db
        self._session = session
        self._audit = audit
        self._settings = settings
        self._organisations = organisations
        self._guarantees = guarantees
        self._access_codes = access_codes
        self._param_sets = params
        self._certificates = self._store_certificates = certificates
        self._schema_folder = schema_folder
        self.store = MessageStore(db, installation_box, access, clock)
        self.applier = AnswerApplier(
            db=db, store=self.store, params=params, certificates=certificates, catalogue=catalogue,
            schema_folder=schema_folder, access_codes=access_codes, guarantees=GuaranteeService(db, system_access()),
            more_handlers=answer_handlers,
        )

    @property
    def _user(self) -> str:
        return self._session.login

    # -- settings -------------------------------------------------------------------------------
    @property
    def query_interval(self) -> timedelta:
        return timedelta(seconds=int(self._settings.get(QUERY_INTERVAL_SETTING, str(DEFAULT_QUERY_INTERVAL))))

    @property
    def no_answer_after(self) -> timedelta:
        return timedelta(hours=float(self._settings.get(NO_ANSWER_HOURS_SETTING, str(DEFAULT_NO_ANSWER_HOURS))))

    @property
    def outage_threshold(self) -> int:
        """Send and receives in a row in which a gateway did not answer before it counts as down."""
        return threshold_from(self._settings.get(OUTAGE_THRESHOLD_SETTING))

    @property
    def inbound_limit(self) -> int:
        """The largest delivery kept, in bytes; a larger one is quarantined unread and stays at the gateway."""
        try:
            megabytes = float(self._settings.get(INBOUND_LIMIT_SETTING, str(DEFAULT_INBOUND_LIMIT_MB)))
        except ValueError:
            megabytes = DEFAULT_INBOUND_LIMIT_MB
        return int(max(megabytes, 0.001) * 1_000_000)

    # -- what may be sent -----------------------------------------------------------------------
    def registration_blocker(self, g: Guarantee) -> str | None:
        """Why an access-code registration for ``g`` cannot be sent now, or None."""
        try:
            self._check_registration(g)
        except UserError as exc:
            return str(exc)
        return None

    def query_blocker(self, g: Guarantee, kind: QueryKind) -> str | None:
        try:
            self._check_query(g, kind)
        except UserError as exc:
            return str(exc)
        return None

    def _check_registration(self, g: Guarantee):
        what = (translate("Messaging", "The access code registration for {reference}").format(reference=g.reference)
                if g.reference else translate("Messaging", "The access code registration for this guarantee"))
        if not types.has_pac(g.type):
            raise CannotSend(translate("Messaging", "{what} is not possible: only guarantee types 0 and 1 have access "
                                                    "codes registered electronically; for type {type} the guarantor "
                                                    "gives the code.").format(what=what, type=g.type))
        refusal = self._access_codes.pac_blocker(g.id)
        if refusal:
            raise NotPermitted(refusal)
        params = self._params(g, what)
        codes = self._access_codes.codes_for(g.id)
        if codes.pac is None:
            holder = codes.pac_holder
            if holder:
                raise CannotSend(translate("Messaging", "{what} needs the primary access code, which {holder} holds: "
                                                        "ask them to send it.").format(what=what, holder=holder))
            raise CannotSend(translate("Messaging", "{what} needs the primary access code: enter it in the guarantee "
                                                    "editor ▸ Access codes.").format(what=what))
        if not codes.spks:
            raise CannotSend(translate("Messaging", "{what} needs at least one secondary access code: add yours in the "
                                                    "guarantee editor ▸ Access codes.").format(what=what))
        return params, codes

    def _check_query(self, g: Guarantee, kind: QueryKind):
        what = (translate("Messaging", "The {kind} query for {reference}").format(kind=kind.label,
                                                                                   reference=g.reference)
                if g.reference else
                translate("Messaging", "The {kind} query for this guarantee").format(kind=kind.label))
        if not g.grn:
            raise CannotSend(translate("Messaging", "{what} is not possible: guarantee type {type} has no GRN to ask "
                                                    "customs about.").format(what=what, type=g.type))
        if kind in (QueryKind.BALANCE, QueryKind.USAGE_AND_BALANCE) and g.type in types.NO_BALANCE_QUERY_TYPES:
            raise CannotSend(translate("Messaging", "{what} is not allowed: customs do not give the balance of a type "
                                                    "{type} guarantee (EU rule R261). Ask for usage or other "
                                                    "information instead.").format(what=what, type=g.type))
        params = self._params(g, what)
        spk = self._access_codes.codes_for(g.id).first_spk
        if spk is None:
            raise CannotSend(translate("Messaging", "{what} needs your secondary access code ({user}): enter it in the "
                                                    "guarantee editor ▸ Access codes.").format(what=what,
                                                                                               user=self._user))
        last = self.store.last_query_at(g.grn)
        if last is not None and self.clock() - last < self.query_interval:
            possible = (last + self.query_interval).astimezone()
            raise CannotSend(translate("Messaging", "{what} must wait: customs answer one query per GRN a minute and "
                                                    "{grn} was asked at {asked}. It will be possible at {possible}.")
                             .format(what=what, grn=g.grn, asked=f"{last.astimezone():%H:%M:%S}",
                                     possible=f"{possible:%H:%M:%S}"))
        return params, spk

    def _params(self, g: Guarantee, what: str) -> CommParams:
        params = self._param_sets.get(g.params_id) if g.params_id is not None else None
        return ensure_can_send(params, what)

    # -- preparing ------------------------------------------------------------------------------
    def registration_preview(self, g: Guarantee) -> RegistrationPreview:
        """What the registration of ``g`` would send now (no code itself); raises like :meth:`prepare_registration`."""
        _params, codes = self._check_registration(g)
        return RegistrationPreview(g.grn, len(codes.spks), codes.new_pac is not None)

    def prepare_registration(self, guarantee_id: int, *, urgent: bool = False) -> Message:
        g = self._guarantees.get(guarantee_id)
        params, codes = self._check_registration(g)
        org = self._organisations.get(g.org_id)
        registration = AccessCodeRegistration(
            holder_tin=org.eori, office=g.office, guarantee_type=g.type, grn=g.grn,
            pac=codes.pac, new_pac=codes.new_pac, spks=list(codes.spks),
        )
        header = self._header(params, REGISTRATION_TYPE)
        xml = self._valid(build_registration(registration, header),
                          translate("Messaging", "The registration for {grn}").format(grn=g.grn))
        kind = (QT_TRANSLATE_NOOP("Audit", "PAC change") if codes.new_pac is not None
                else QT_TRANSLATE_NOOP("Audit", "access code registration"))
        with self._db.atomic():
            message = self._queue(
                xml, params, message_type=REGISTRATION_TYPE, kind=kind, message_id=header.message_id,
                org_id=g.org_id, records=[(g.id, g.grn)],
                search_text=f"{REGISTRATION_TYPE} {kind} {g.grn} {org.name} {org.eori}", urgent=urgent,
            )
            audit = self._audit
            where = {"org_id": g.org_id, "guarantee_id": g.id, "grn": g.grn, "message_id": header.message_id}
            audit.record(self._user, "spk_used", **where, detail=Phrase("Audit", QT_TRANSLATE_NOOP(
                "Audit", "{kind}: codes registered: {count}"), {"kind": Phrase("Audit", kind), "count": len(codes.spks)}))
            if codes.new_pac is not None:
                audit.record(self._user, "pac_changed", **where,
                             detail=Phrase("Audit", QT_TRANSLATE_NOOP("Audit", "sent to customs")))
        return message

    def prepare_queries(self, guarantee_ids: list[int], kind: QueryKind, period_from: date | None = None,
                        period_to: date | None = None, unreleased_only: bool = False, *,
                        urgent: bool = False) -> list[Message]:
        """One CC034C per organisation and parameter set, up to 99 guarantees each. All or none are queued.

        A usage query without dates asks for the last 30 days; ``unreleased_only`` sends no period, so
        customs list only the operations not yet released. ``urgent``: sent before the others.
        """
        if unreleased_only:
            period_from = period_to = None
        elif kind == QueryKind.USAGE and period_from is None and period_to is None:
            period_to = self.clock().astimezone().date()
            period_from = period_to - timedelta(days=DEFAULT_USAGE_DAYS)
        if period_from and period_to and period_from > period_to:
            raise CannotSend(translate("Messaging", "The usage period starts ({start}) after it ends ({end}): swap the "
                                                    "dates.").format(start=period_from, end=period_to))
        groups: dict[tuple[int, int], list[tuple[Guarantee, QueryItem]]] = {}
        problems = []
        for gid in dict.fromkeys(guarantee_ids):
            g = self._guarantees.get(gid)
            try:
                params, spk = self._check_query(g, kind)
            except CannotSend as exc:
                problems.append(str(exc))
                continue
            dates = (period_from, period_to) if kind in (QueryKind.USAGE, QueryKind.USAGE_AND_BALANCE) else (None, None)
            item = QueryItem(grn=g.grn, kind=kind, access_code=spk, period_from=dates[0], period_to=dates[1])
            groups.setdefault((g.org_id, params.id), []).append((g, item))
        if problems:
            raise CannotSend("\n".join(problems))
        messages = []
        with self._db.atomic():
            for (org_id, params_id), entries in groups.items():
                for start in range(0, len(entries), MAX_QUERY_ITEMS):
                    messages.append(self._queue_query(org_id, params_id, entries[start:start + MAX_QUERY_ITEMS], kind,
                                                      urgent))
        return messages

    def _queue_query(self, org_id: int, params_id: int, entries, kind: QueryKind, urgent: bool = False) -> Message:
        org = self._organisations.get(org_id)
        params = self._param_sets.get(params_id)
        header = self._header(params, QUERY_TYPE)
        query = GuaranteeQuery(requester_tin=org.eori, items=[item for _, item in entries])
        xml = self._valid(build_cc034c(query, header),
                          translate("Messaging", "The query for {organisation}").format(organisation=org.name))
        grns = " ".join(g.grn for g, _ in entries)
        message = self._queue(
            xml, params, message_type=QUERY_TYPE, kind=f"{kind.english_label} query", message_id=header.message_id,
            org_id=org_id, records=[(g.id, g.grn) for g, _ in entries],
            search_text=f"{QUERY_TYPE} {kind.english_label} query {grns} {org.name} {org.eori}", urgent=urgent,
        )
        for g, _ in entries:
            self._audit.record(self._user, "spk_used", org_id=org_id, guarantee_id=g.id, grn=g.grn,
                                 message_id=header.message_id, detail=Phrase("Audit", QT_TRANSLATE_NOOP(
                                     "Audit", "{kind} query"), {"kind": Phrase("Messages", kind.english_label)}))
        return message

    def queue_document(self, xml: bytes, params: CommParams, *, message_type: str, kind: str, message_id: str,
                       search_text: str, org_id: int | None = None,
                       records: list[tuple[int | None, str]] | None = None, urgent: bool = False,
                       also: Callable[[Message], None] | None = None) -> Message:
        """Queue a message another module built (a summary declaration, say): checked against the schemas, then
        signed and encrypted for customs like every other, before the transaction that stores it (a large message
        takes a while to seal), in which ``also(message)`` records what the other module keeps of it. ``urgent``:
        to send immediately after resumption (unloading remarks, say): it goes before the others."""
        what = translate("Messaging", "The {message_type}").format(message_type=message_type)
        ensure_can_send(params, what)
        sealed = self._sealed(self._valid(xml, what), params, message_id)
        with self._db.atomic():
            message = self.store.add_outbound(
                **sealed, params_id=params.id, created_by=self._user, message_type=message_type, kind=kind,
                message_id=message_id, org_id=org_id, records=records or [], search_text=search_text, urgent=urgent)
            if also is not None:
                also(message)
        return message

    def flag_urgent(self, row_id: int) -> Message:
        """Send a queued message before the others (and first when its gateway is back after an outage)."""
        message = self.store.require_visible(row_id)
        if message.direction != "out" or message.state not in ("draft", "queued"):
            raise CannotSend(translate("Messaging", "Message {id} is {state}: only a message waiting to be sent can be "
                                                    "flagged urgent.").format(id=row_id,
                                                                              state=_lower(message.state_label)))
        if message.urgent:
            return message
        with self._db.atomic():
            self.store.update(row_id, urgent=1, detail=said(QT_TRANSLATE_NOOP(
                "Messaging", "{user} flagged it urgent: it is sent before the others"), user=self._user))
        return self.store.get(row_id)

    def _queue(self, xml: bytes, params: CommParams, **fields) -> Message:
        """Sign and encrypt for customs now, while the user's codes are at hand; keep a masked copy to read, and
        the content sealed with the user's key for a certificate change before it is sent."""
        return self.store.add_outbound(**self._sealed(xml, params, fields["message_id"]), params_id=params.id,
                                       created_by=self._user, **fields)

    def _sealed(self, xml: bytes, params: CommParams, message_id: str) -> dict:
        """The columns of a message sealed for customs: the envelope and what it was sealed for, the masked copy to
        read, and the content sealed with the user's key."""
        from core.messages import mask_access_codes
        from core.secrets import Secret

        envelope, sealed_for = self._seal_for_customs(xml, params)
        content = self._session.box.seal(Secret(xml.decode("utf-8")), content_context(message_id))
        return {"xml": mask_access_codes(xml), "envelope": envelope, "sealed_for": sealed_for,
                "content_sealed": content}

    def _seal_for_customs(self, xml: bytes, params: CommParams) -> tuple[bytes, str]:
        """The envelope signed with the participant certificate and encrypted for the customs certificate in
        effect now, and which two certificates those were."""
        from core.transport import seal

        now = self.clock()
        own = self._certificates.participant(params.eori, params.administration, params.environment, at=now)
        customs = self._certificates.customs(params.administration, params.environment, at=now)
        return seal(xml, own, customs), sealed_for(own.certificate, customs)

    def _valid(self, xml: bytes, what: str) -> bytes:
        """Nothing leaves that customs would refuse as XML: checked against our schemas and any imported ones."""
        from core.messages import SchemaSet

        problems = SchemaSet(self._schema_folder()).validate(xml)
        if problems:
            first = problems[0]
            where = first.path or translate("Messaging", "line {line}").format(line=first.line)
            raise CannotSend(translate("Messaging", "{what} does not match the message schema at {where}: {problem} "
                                                    "Correct the record and try again.")
                             .format(what=what, where=where, problem=first.message))
        return xml

    def _header(self, params: CommParams, message_type: str) -> MessageHeader:
        return MessageHeader(sender=participant_id(params), recipient=customs_recipient(params),
                             prepared_at=self.clock().astimezone().replace(tzinfo=None),
                             message_id=new_message_id(), message_type=message_type)

    # -- sending --------------------------------------------------------------------------------
    async def send_due(self, summary: SyncSummary, ignore_backoff: bool = False, recovered_only: bool = False) -> None:
        """Send each message due, each by the one run that claims it (see :mod:`core.messaging.outbox`)."""
        outbox = Outbox(db=self._db, store=self.store, params=self._param_sets, applier=self.applier,
                        envelope_for=self._envelope, participant=participant_id, watch=self._watch())
        await outbox.send_due(summary, ignore_backoff, recovered_only)

    def _watch(self) -> GatewayWatch:
        """The gateways' state for this send and receive (outside one: for this call)."""
        if self._run_watch is not None:
            return self._run_watch
        return GatewayWatch(self._db, self.outage_threshold, self.clock, self.incidents)

    def gateways_down(self) -> list[GatewayDown]:
        """The gateways known down, longest first, each with the messages waiting for it (for the window's banner)."""
        in_use = {gateway_source(p) for p in self._param_sets.list() if p.gateway}
        rows = [row for row in read_down(self._db, self.outage_threshold) if row.source in in_use]
        return gateways_down(rows, self._queued_for)

    def waiting_count(self, gateway: str = "", administration: str = "") -> int:
        """How many outbound messages wait to be sent to ``gateway`` (an address), else to the gateways of
        ``administration``, else to any gateway: what goes out when an outage is over (for the window's banner)."""
        administration = administration.upper()
        ids = [p.id for p in self._param_sets.list() if p.gateway and (p.gateway == gateway if gateway else
                                                                       not administration or
                                                                       p.administration == administration)]
        return self.store.queued_count(ids)

    def _envelope(self, message: Message, params: CommParams) -> bytes:
        """The envelope sealed when queued, unless a certificate changed since: then it is sealed again for the
        certificates in effect now, from the content its creator sealed (older messages: sealed at first sending)."""
        xml, envelope = self.store.content(message.id)
        now = self.clock()
        try:
            own = self._certificates.participant(params.eori, params.administration, params.environment, at=now)
            customs = self._certificates.customs(params.administration, params.environment, at=now)
        except CannotSend as exc:
            raise HeldBack(str(exc)) from None
        if envelope and message.sealed_for in (None, sealed_for(own.certificate, customs)):
            return envelope
        if envelope:
            xml = self._creator_content(message)
        from core.transport import seal

        envelope = seal(xml, own, customs)
        with self._db.atomic():
            self.store.update(message.id, envelope=envelope, sealed_for=sealed_for(own.certificate, customs),
                              detail=said(QT_TRANSLATE_NOOP("Messaging", "signed and encrypted for customs with the "
                                                                         "certificates in effect now")))
        return envelope

    def _creator_content(self, message: Message) -> bytes:
        """The content as queued, which only the user who queued it can open (it holds their access codes)."""
        sealed = self.store.content_sealed(message.id)
        if sealed is None or message.created_by.casefold() != self._user.casefold() or self._session.locked:
            raise HeldBack(said(QT_TRANSLATE_NOOP(
                "Messaging", "A certificate changed since {user} queued this message, so it must be signed and "
                             "encrypted again: it is sent at {user}'s next send and receive."),
                user=message.created_by))
        return self._session.box.open(sealed, content_context(message.message_id)).reveal().encode("utf-8")

    # -- receiving ------------------------------------------------------------------------------
    async def fetch(self, summary: SyncSummary) -> None:
        """Store what each gateway holds, then let it forget what was stored; one gateway failing or sending
        nonsense does not keep the others from being read."""
        watch = self._watch()
        for params in self._params_with_gateway():
            if watch.skips(gateway_source(params)):
                continue  # known down, and it did not answer a moment ago in this run
            channel = channel_for(params.gateway, participant_id(params))
            try:
                try:
                    fetched = await channel.fetch(self.inbound_limit)
                except PermanentChannelError:
                    watch.answered(params)  # it refused, so it works
                    raise
                except ChannelError as exc:
                    watch.failed(params, exc.wording)
                    raise
                watch.answered(params)
                summary.problems.extend(fetched.problems)
                with self._db.atomic():  # stored together, then forgotten by the gateway together
                    stored = [d.gateway_id for d in fetched.deliveries if self._store_delivery(d, params, summary)]
                faults.crash_point("before-ack")
                await channel.acknowledge_all(stored)
            except ChannelError as exc:
                summary.problems.append(str(exc))
            finally:
                await channel.close()

    def _params_with_gateway(self) -> list[CommParams]:
        seen, result = set(), []
        for params in self._param_sets.list():
            key = (params.gateway, participant_id(params))
            if params.gateway and key not in seen:
                seen.add(key)
                result.append(params)
        return result

    def _store_delivery(self, delivery: Delivery, params: CommParams, summary: SyncSummary) -> bool:
        """Store or apply one delivery; whether the gateway may forget it now."""
        if delivery.data is None:
            return self._refuse_too_large(delivery, params, summary)
        if delivery.is_refusal:
            self._apply_refusal(delivery, params, summary)
            return True
        if delivery.is_receipt:
            self.applier.apply_mailbox_receipt(delivery.data, params, summary)
            return True
        source = gateway_source(params)
        stored = self.store.delivery_row(source, delivery.gateway_id)
        if stored is not None and stored[1] == "quarantined" and not stored[2]:
            self.store.keep_refused_delivery(stored[0], delivery.data)  # the limit was raised since
            summary.received += 1
        elif self.store.add_inbound(gateway_id=delivery.gateway_id, envelope=delivery.data, params_id=params.id,
                                    source=source):
            summary.received += 1
        return True

    def _refuse_too_large(self, delivery: Delivery, params: CommParams, summary: SyncSummary) -> bool:
        """Quarantine it unread, once, and leave it at the gateway: raising the limit lets it in."""
        limit = self.inbound_limit
        reason = said(QT_TRANSLATE_NOOP(
            "Messaging", "{size} MB is larger than the {limit} MB kept for one delivery (setting {setting}); it stays "
                         "at the gateway until the limit is raised."),
            size=f"{delivery.size / 1e6:.1f}", limit=f"{limit / 1e6:g}", setting=INBOUND_LIMIT_SETTING)
        if self.store.add_inbound(gateway_id=delivery.gateway_id, envelope=None, params_id=params.id,
                                  source=gateway_source(params), refused=reason):
            summary.quarantined += 1
            summary.problems.append(translate("Messaging", "A delivery from {gateway} was not kept: {reason}").format(
                gateway=params.gateway, reason=shown(reason)))
        return False

    def _apply_refusal(self, delivery: Delivery, params: CommParams, summary: SyncSummary) -> None:
        """A refusal signed by customs fails the message; anything else in the mailbox is only a notice."""
        named = delivery.gateway_id.rsplit(".", 1)[0]
        verified = self.applier.verified_refusal(delivery.data, params)
        message = self.store.find_outbound(verified[0] if verified else named)
        if message is None:
            summary.problems.append(translate("Messaging", "A refusal {refusal} in {gateway} names no message sent "
                                                           "from here; it was set aside.").format(
                refusal=delivery.gateway_id, gateway=params.gateway))
            return
        if verified is None:
            notice = said(QT_TRANSLATE_NOOP(
                "Messaging", "An unverified refusal for message {message_id} was found in the mailbox (not signed by "
                             "customs, so the message stays as it was): {text}"),
                message_id=message.message_id, text=delivery.data[:300].decode("utf-8", "replace"))
            with self._db.atomic():
                self.store.update(message.id, detail=notice)
            summary.problems.append(shown(notice))
            return
        with self._db.atomic():
            if self.store.get_state(message.id) in ("queued", "sent"):
                reason = said(QT_TRANSLATE_NOOP("Messaging", "The gateway refused the message: {reason}"),
                              reason=verified[1])
                fail(self.store, message, reason, summary)

    def process_inbound(self, summary: SyncSummary) -> None:
        for _ in self._apply_pending(summary):
            pass

    def _apply_pending(self, summary: SyncSummary):
        """Apply the answers waiting, in order, each by the one run that claims it; yields after each batch. While the
        database stays busy, the rest waits for the next send and receive."""
        pending = self.store.pending_inbound()
        for start in range(0, len(pending), CLAIM_BATCH):
            try:
                mine = self.store.claim_many(pending[start:start + CLAIM_BATCH], "received")
            except Exception as exc:
                if not is_busy(exc):
                    raise
                self.applier.note_busy(summary)
                return
            try:
                for first in range(0, len(mine), APPLY_BATCH):
                    if not self.applier.process_claimed(mine[first:first + APPLY_BATCH], summary):
                        return
                    yield
            finally:
                try:
                    self.store.release_many(mine)
                except Exception as exc:  # a claim left behind lapses by itself
                    if not is_database_error(exc):
                        raise

    def raise_alerts(self, summary: SyncSummary) -> None:
        for message in self.store.waiting_since(self.clock() - self.no_answer_after):
            with self._db.atomic():
                if self.store.get(message.id).alerted_at is None:  # not alerted by another run meanwhile
                    self.store.update(message.id, alerted_at=self.store.now(), detail=said(QT_TRANSLATE_NOOP(
                        "Messaging", "no answer after {hours} hours: check the gateway or ask customs"),
                        hours=f"{self.no_answer_after.total_seconds() / 3600:g}"))
        summary.no_answer = [m.id for m in self.store.overdue()]

    # -- putting right ---------------------------------------------------------------------------
    def retry(self, row_id: int) -> Message:
        """Apply a quarantined answer again (after importing a certificate, say) at the next send and receive."""
        message = self.store.require_visible(row_id)
        if message.direction != "in" or message.state != "quarantined":
            raise CannotSend(translate("Messaging", "Message {id} is {state}: only a quarantined answer can be "
                                                    "retried. A message that failed is sent again by preparing a new "
                                                    "one.").format(id=row_id, state=_lower(message.state_label)))
        with self._db.atomic():
            if not self.store.has_content(row_id):
                raise CannotSend(translate("Messaging", "Message {id} was too large to keep ({reason}) Raise the limit "
                                                        "({setting}): it is fetched again at the next send and "
                                                        "receive.").format(id=row_id, reason=message.error_text,
                                                                           setting=INBOUND_LIMIT_SETTING))
            self.store.update(row_id, state="received", error_text=None, result="",
                              detail=said(QT_TRANSLATE_NOOP("Messaging", "{user} asked to apply it again"),
                                          user=self._user))
            self._audit.record(self._user, "message_retried", org_id=message.org_id,
                               message_id=message.message_id or "",
                               detail=Phrase("Audit", QT_TRANSLATE_NOOP("Audit", "message {id}"), {"id": row_id}))
        return self.store.get(row_id)

    async def sync(self, ignore_backoff: bool = True) -> SyncSummary:
        """Send what is due, fetch and store what waits, apply it, and flag long silences; say which gateways are
        down, and which came back and what then went out."""
        summary = SyncSummary()
        self._certificates = self.applier.certificates = RunCertificates(self._store_certificates)
        self._run_watch = GatewayWatch(self._db, self.outage_threshold, self.clock, self.incidents)
        try:
            return await self._sync(summary, ignore_backoff)
        finally:
            self._certificates = self.applier.certificates = self._store_certificates
            self._run_watch = None

    async def _sync(self, summary: SyncSummary, ignore_backoff: bool) -> SyncSummary:
        await self._send_step(summary, ignore_backoff)
        await self._receive_step(summary)
        if self._waits_for_recovered():  # found back by the last fetching: what waited for it goes in this run
            await self._send_step(summary, ignore_backoff, recovered_only=True)
            await self._receive_step(summary)
        async with self._unless_busy(summary):
            self.raise_alerts(summary)
            self._report_gateways(summary)
        summary.problems[:] = dict.fromkeys(summary.problems)  # each mailbox on a gateway that failed alike: once
        _log_summary(summary)
        return summary

    def _waits_for_recovered(self) -> bool:
        watch = self._watch()
        return bool(watch.recovered) and any(
            m.id not in watch.handled for m in self.store.due_outbound(ignore_backoff=True)
            if m.params_id is not None and self._source_of(m.params_id) in watch.recovered)

    def _source_of(self, params_id: int) -> str | None:
        try:
            params = self._param_sets.get(params_id)
        except UserError:
            return None
        return gateway_source(params) if params.gateway else None

    def _report_gateways(self, summary: SyncSummary) -> None:
        """The gateways down after the run (each a problem), and those back, with what went out to them."""
        down = self.gateways_down()
        summary.gateways_down = [gateway.as_dict() for gateway in down]
        for gateway in down:
            count = gateway.queued_count
            waiting = plural(translate("Messaging", "%n message(s) wait for it and go", None, count),
                             "1 message waits for it and goes" if count == 1 else
                             f"{count or 'no'} messages wait for it and go")
            summary.problems.append(translate("Messaging", "The gateway {gateway} is down since {since}: {waiting} as "
                                                           "soon as it answers again. Last error: {error}").format(
                gateway=gateway.gateway, since=gateway.since, waiting=waiting,
                error=gateway.last_error_shown))
        still_down = {gateway.gateway for gateway in down}
        for recovery in self._watch().recovered.values():
            recovery.still_queued = self._queued_for(recovery.source)
        for recovery in merged(list(self._watch().recovered.values())):
            if recovery.gateway not in still_down:  # down again before the run ended: the problem says so
                summary.recovered.append(recovery.as_dict())

    def _queued_for(self, source: str) -> int:
        return self.store.queued_count([p.id for p in self._param_sets.list() if p.gateway
                                        and gateway_source(p) == source])

    async def _send_step(self, summary: SyncSummary, ignore_backoff: bool, recovered_only: bool = False) -> None:
        async with self._unless_busy(summary):
            await self.send_due(summary, ignore_backoff=ignore_backoff, recovered_only=recovered_only)

    async def _receive_step(self, summary: SyncSummary) -> None:
        async with self._unless_busy(summary):
            await self.fetch(summary)
        for _ in self._apply_pending(summary):
            await asyncio.sleep(0)  # a backlog of answers must not hold the event loop

    @contextlib.asynccontextmanager
    async def _unless_busy(self, summary: SyncSummary):
        """A step the database kept too busy to finish is left for the next send and receive; what it did is
        kept (every message's step is its own transaction)."""
        try:
            yield
        except Exception as exc:
            if not is_busy(exc):
                raise
            summary.problems.append(translate("Messaging", "The database stayed busy (another program kept writing "
                                                           "to it); the rest is done at the next send and receive."))

    def message_for_display(self, row_id: int) -> tuple[Message, bytes | None]:
        message = self.store.require_visible(row_id)
        xml, _ = self.store.content(row_id)
        return message, xml

